import type { OcrReport } from '../document.ts';
import type { SectionKind } from '../extract/types.ts';
import type { Guidance } from '../guidance/build-guidance.ts';
import type { MarketSection } from '../market/market-section.ts';
import type { DocumentKind } from '../resume/document-kind.ts';
import type { ResumeStructure } from '../resume/structure.ts';
import type { FoundSkill, Gap, RequirementResult, StrengthItem, TrackRecord } from './types.ts';

// The scoring stage's types, for readers of the whole report.
export type * from './types.ts';

/** Bumped on any breaking change of the JSON report; documented in docs/report-schema.md. */
export const REPORT_SCHEMA_VERSION = '4.3.0';

/** A readiness band of the role: the scores from `from` to `to` (both included) read as `label`. */
export interface ScoreBand {
  label: string;
  meaning: string;
  from: number;
  to: number;
}

export interface AnalysisReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  role: { id: string; title: string };
  /**
   * The sum of every requirement's points and the track record's, rounded; null when the document
   * is not a resume (a job posting, placeholder text): see `document.kind` and `document.warning`.
   */
  score: number | null;
  /** What the score reads as, from the role's readiness bands; absent with no score or no bands. */
  scoreBand?: ScoreBand;
  requirements: RequirementResult[];
  trackRecord: TrackRecord;
  strengths: StrengthItem[];
  gaps: Gap[];
  skills: FoundSkill[];
  ignored: Array<{ skillId: string; label: string; quote: string; line: number; reason: string }>;
  document: {
    /** What the document is: only a resume gets a score. */
    kind: DocumentKind;
    /** Why it is not read as a resume, and what to do; absent for a resume. */
    warning?: string;
    format: string;
    /** Pages that were images and were read by OCR, and OCR's mean word confidence (0–100). */
    ocr?: OcrReport;
    lines: number;
    sections: Array<{ kind: SectionKind; heading: string; startLine: number; endLine: number }>;
    /** Positions, education, certifications and skills read from the resume (docs/resume-reading.md). */
    structure: Omit<ResumeStructure, 'sections'>;
  };
  /** Demand from stored listings (or the shipped snapshot of real listings) and where the person stands; see docs/market.md. */
  market?: MarketSection;
  /** Career-switch guidance (issue 6); see docs/guidance.md. Absent for roles without guidance data. */
  background?: Guidance['background'];
  transition?: Guidance['transition'];
  selfCheck?: Guidance['selfCheck'];
  learningPlan?: Guidance['learningPlan'];
  feedback?: Guidance['feedback'];
}
