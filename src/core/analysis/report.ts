import type { SectionKind, Strength } from '../extract/types.ts';
import type { Guidance } from '../guidance/build-guidance.ts';
import type { MarketSection } from '../market/market-section.ts';
import type { ResumeStructure } from '../resume/structure.ts';
import type { RequirementCategory } from '../role/schema.ts';
import type { SkillKind } from '../taxonomy/schema.ts';

/** Bumped on any breaking change of the JSON report; documented in docs/report-schema.md. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

export interface Evidence {
  /** Verbatim text of the input. */
  quote: string;
  /** 1-based line of the input. */
  line: number;
  section: SectionKind;
  strength: Strength;
  hedged: boolean;
  /** The skill this evidence shows (a requirement can accept several). */
  skillId: string;
  /** Credit factor (< 1) for evidence from a role that ended years ago; absent when it counts fully. */
  recency?: number;
}

export type RequirementStatus = 'shown' | 'partial' | 'missing';

export interface RequirementResult {
  skill: { id: string; label: string; category: RequirementCategory };
  /** Points this requirement is worth out of 100. */
  weight: number;
  /** Points earned: weight × credit. */
  points: number;
  /** 0–1: the best evidence's credit. */
  credit: number;
  status: RequirementStatus;
  /** How the points were earned, or why none were, in one sentence. */
  explanation: string;
  why: string;
  evidence: Evidence[];
}

export interface StrengthItem {
  skill: { id: string; label: string; category: RequirementCategory };
  reason: string;
  evidence: Evidence[];
}

export interface Gap {
  skill: { id: string; label: string; category: RequirementCategory };
  status: Exclude<RequirementStatus, 'shown'>;
  /** Points at stake (weight × missing credit), scaled by market demand when known. */
  importance: number;
  nextSteps: string[];
}

export interface FoundSkill {
  id: string;
  label: string;
  kind: SkillKind;
  strength: Strength;
  hedged: boolean;
  evidence: Evidence[];
  /** Ids of the role requirements this skill earns credit toward (empty: not relevant to the role). */
  countsToward: string[];
}

export interface AnalysisReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  role: { id: string; title: string };
  score: number;
  requirements: RequirementResult[];
  strengths: StrengthItem[];
  gaps: Gap[];
  skills: FoundSkill[];
  ignored: Array<{ skillId: string; label: string; quote: string; line: number; reason: string }>;
  document: {
    format: string;
    lines: number;
    sections: Array<{ kind: SectionKind; heading: string; startLine: number; endLine: number }>;
    /** Positions, education, certifications and skills read from the resume (docs/resume-reading.md). */
    structure: Omit<ResumeStructure, 'sections'>;
  };
  /** Demand from stored listings (or O*NET flags) and the person's fit to listings; see docs/market.md. */
  market?: MarketSection;
  /** Career-switch guidance (issue 6); see docs/guidance.md. Absent for roles without guidance data. */
  background?: Guidance['background'];
  transition?: Guidance['transition'];
  selfCheck?: Guidance['selfCheck'];
  learningPlan?: Guidance['learningPlan'];
  feedback?: Guidance['feedback'];
}
