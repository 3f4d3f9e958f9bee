import type { ScoredResume } from '../analysis/types.ts';
import type { SectionKind, SkillMention } from '../extract/types.ts';
import { reportLabels } from '../role/labels.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { bundledGuidance, type GuidanceData } from './data.ts';
import type { BackgroundResult } from './detect-background.ts';
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
  /** The background the detection stage found (detectBackground), which the score already used. */
  background: BackgroundResult;
  lines: readonly string[];
  sectionOf(line: number): SectionKind;
  mentions: readonly SkillMention[];
  report: Pick<ScoredResume, 'requirements' | 'skills' | 'gaps'>;
  role: Role;
  taxonomy: Taxonomy;
  answers?: SelfCheckAnswers;
  /** Defaults to the data shipped for the role. */
  data?: GuidanceData;
}

/** Transition → self-check → feedback → learning plan from a detected background; undefined when rolefit has no guidance for the role. */
export function buildGuidance(input: GuidanceInput): Guidance | undefined {
  const { lines, sectionOf, report, role, taxonomy, background } = input;
  const data = input.data ?? bundledGuidance(role, taxonomy);
  if (!data) return undefined;
  const transition = buildTransition(background, report, role, taxonomy, data.transitions);
  const selfCheck = buildSelfCheck(
    role,
    report.requirements,
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
    reportLabels(role, taxonomy),
  );
  const learningPlan = buildLearningPlan(report, lines, background.primary, data.learning, feedback.bullets);
  return { background, ...(transition ? { transition } : {}), selfCheck, learningPlan, feedback };
}
