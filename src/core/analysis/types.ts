// What the scoring stage produces: evidence, scored requirements, strengths, gaps and the skill
// profile. Later stages (guidance, market, renderers) read these types; this module imports no stage.
import type { QuoteSpan, SectionKind, Strength } from '../extract/types.ts';
import type { RequirementCategory } from '../role/schema.ts';
import type { SkillKind } from '../taxonomy/schema.ts';

export interface Evidence {
  /** Verbatim text of the input. */
  quote: string;
  /** Where the words that show the skill lie in `quote`: a renderer that shortens the quote keeps them. */
  match?: QuoteSpan;
  /** 1-based line of the input. */
  line: number;
  section: SectionKind;
  strength: Strength;
  hedged: boolean;
  /** The skill this evidence shows (a requirement can accept several). */
  skillId: string;
  /** Credit factor (< 1) for evidence from a role that ended years ago; absent when it counts fully. */
  recency?: number;
  /** Credit factor (< 1) for evidence from an internship, placement or traineeship; absent otherwise. */
  internship?: number;
  /** Applied work in the role analysed, held now: it counts as owned (100%). */
  inRole?: true;
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

/**
 * Why a requirement's best evidence earns less than work done with the requirement itself would:
 * each part present is one reason (docs/scoring.md §2–4).
 */
export interface InPart {
  /** The related skill the evidence shows, and the share of the requirement it counts for (below 1). */
  via?: { id: string; label: string; share: number };
  /** The factor for work shown far from technology (below 1). */
  farFromTechnology?: number;
  /** The factor for evidence from a role that ended years ago (below 1). */
  recency?: number;
  /** The factor for evidence from an internship, placement or traineeship (below 1). */
  internship?: number;
}

export interface Gap {
  skill: { id: string; label: string; category: RequirementCategory };
  /**
   * The requirement's status: missing, partial, or shown when its best evidence earns less than
   * applied work with the requirement itself (80%), for a reason `inPart` gives.
   */
  status: RequirementStatus;
  /** Why the evidence earns only part of the points; absent when there is none, or none of these reasons. */
  inPart?: InPart;
  /** Points the requirement could still earn (weight − points): never more than its weight. */
  pointsAtStake: number;
  /** Share of listings (0–1) that ask for the skill, when market demand is known. */
  demand?: number;
  /** The ranking key: points at stake scaled by demand when known (½ when nobody asks, 1.5× when all do). */
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

/**
 * Points for having held the role or a close one under its title (role.trackRecord): the title line
 * that earned them is quoted, like every other point.
 */
export interface TrackRecord {
  /** Points it is worth out of 100. */
  weight: number;
  points: number;
  /** 0–1: the share of the points the background earns. */
  credit: number;
  /** The background credited, when a title shows one. */
  background?: { id: string; label: string };
  evidence?: { quote: string; line: number };
  explanation: string;
  why: string;
}

/** The scored part of a report, as later stages read it. */
export interface ScoredResume {
  score: number;
  requirements: RequirementResult[];
  skills: FoundSkill[];
  gaps: Gap[];
}
