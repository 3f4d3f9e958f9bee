import type { ScoredResume } from '../analysis/types.ts';
import type { SectionKind, SkillMention } from '../extract/types.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { bundledGuidance, type GuidanceData } from './data.ts';
import { type BackgroundResult, detectBackground, type PositionLike } from './detect-background.ts';
import { buildLearningPlan, type LearningPlan } from './learning-plan.ts';
import { buildResumeFeedback, type ResumeFeedback } from './resume-feedback.ts';
import { buildSelfCheck, type SelfCheckAnswers, type SelfCheckResult } from './self-check.ts';
import { buildTransition, type TransitionGuidance } from './transition.ts';

/** The career-switch part of the report. */
export interface Guidance {
  background: BackgroundResult;
  transition?: TransitionGuidance;
  selfCheck: SelfCheckResult;
  learningPlan: LearningPlan;
  feedback: ResumeFeedback;
}

export interface GuidanceInput {
  lines: readonly string[];
  sectionOf(line: number): SectionKind;
  mentions: readonly SkillMention[];
  report: Pick<ScoredResume, 'requirements' | 'skills' | 'gaps'>;
  role: Role;
  taxonomy: Taxonomy;
  /** Positions read by the structure step, when available: their titles and durations count as title evidence. */
  positions?: ReadonlyArray<PositionLike>;
  answers?: SelfCheckAnswers;
  /** Years of experience from the structure step (merged dated positions). */
  totalYears?: number;
  engineeringYears?: number;
  /** Stands in for "present" in date ranges; defaults to the current year. */
  thisYear?: number;
  /** Defaults to the data shipped for the role. */
  data?: GuidanceData;
}

/** Background → transition → self-check → feedback → learning plan; undefined when rolefit has no guidance for the role. */
export function buildGuidance(input: GuidanceInput): Guidance | undefined {
  const { lines, sectionOf, report, role, taxonomy } = input;
  const data = input.data ?? bundledGuidance(role, taxonomy);
  if (!data) return undefined;
  const background = detectBackground({
    lines,
    sectionOf,
    skills: report.skills,
    backgrounds: data.backgrounds,
    positions: input.positions ?? [],
    narrower: (id) => taxonomy.narrower(id),
    thisYear: input.thisYear ?? new Date().getFullYear(),
    ...(input.totalYears !== undefined ? { totalYears: input.totalYears } : {}),
    ...(input.engineeringYears !== undefined ? { engineeringYears: input.engineeringYears } : {}),
  });
  const transition = buildTransition(background, report, role, taxonomy, data.transitions);
  const selfCheck = buildSelfCheck(
    role,
    report.skills,
    background,
    taxonomy,
    data.transitions,
    input.answers,
  );
  const feedback = buildResumeFeedback(
    report,
    lines,
    sectionOf,
    input.mentions,
    data.phrasing.rules,
    taxonomy,
  );
  const learningPlan = buildLearningPlan(report, lines, background.primary, data.learning, feedback.bullets);
  return { background, ...(transition ? { transition } : {}), selfCheck, learningPlan, feedback };
}
