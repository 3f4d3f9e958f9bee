import type { MarketSection, SkillLabel } from '../market/market-section.ts';
import { reportLabels } from '../role/labels.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { type AnalyzeInput, scoreResume } from './analyze.ts';
import type { AnalysisReport, RequirementResult } from './report.ts';
import type { FoundSkill } from './types.ts';

/** What the analysis needs from a job market: the person's section and the demand that ranks gaps. */
export interface PersonMarket {
  section: MarketSection;
  /** Share of listings (0–1) asking for each skill id. */
  demand: ReadonlyMap<string, number>;
}

/** The skills a market section weighs a person on, and those of them the resume only lists. */
export interface MarketPerson {
  skillIds: readonly string[];
  /** Listed in the resume, never shown in use: each counts as half a skill (listedOnlySkillIds). */
  listedOnly: readonly string[];
}

/** Where market data comes from (stored listings, the snapshot); undefined when there is none. */
export type MarketSource = (person: MarketPerson) => Promise<PersonMarket | undefined>;

/**
 * The analysis with the market's say: the person's skills select their market section, and its
 * demand ranks the gaps (and so the learning plan). Skills do not depend on demand, so the resume
 * is scored once and only the report is written with the demand.
 */
export async function analyzeWithMarket(input: AnalyzeInput, market: MarketSource): Promise<AnalysisReport> {
  const scored = scoreResume(input);
  const found = await market({ skillIds: marketSkillIds(scored), listedOnly: listedOnlySkillIds(scored) });
  if (!found) return scored.report(input.demand);
  return {
    ...scored.report(found.demand),
    market: withReportLabels(found.section, input.role, input.taxonomy),
  };
}

/**
 * The skills the market section counts as half, as the requirement table credits a skill only listed
 * at half of one used at work: skills found only in lists, less the requirements the table ticks (a
 * requirement shown through a skill it accepts is shown) and the skills named by a title the track
 * record credits (six years as a Technical Program Manager show program management to the market). A
 * skill a narrower one shows in use counts in full through it (expandWithBroader), as in the resume
 * feedback.
 */
export function listedOnlySkillIds(analysis: {
  skills: readonly Pick<FoundSkill, 'id' | 'strength' | 'evidence'>[];
  requirements: readonly Pick<RequirementResult, 'status' | 'skill'>[];
  heldTitleLines?: ReadonlySet<number>;
}): string[] {
  const shown = new Set(analysis.requirements.filter((r) => r.status === 'shown').map((r) => r.skill.id));
  const held = analysis.heldTitleLines;
  return analysis.skills
    .filter(
      (s) =>
        s.strength === 'listed' && !shown.has(s.id) && !(held && s.evidence.some((e) => held.has(e.line))),
    )
    .map((s) => s.id);
}

/**
 * The market section naming each skill as the rest of the report does: a skill the role requires by
 * the requirement's label ("Risk mitigation", not the taxonomy's "Risk management").
 */
export function withReportLabels(section: MarketSection, role: Role, taxonomy: Taxonomy): MarketSection {
  const labelOf = reportLabels(role, taxonomy);
  const named = (s: SkillLabel): SkillLabel => ({ id: s.id, label: labelOf(s.id) ?? s.label });
  const entry = <T extends { skill: SkillLabel }>(e: T): T => ({ ...e, skill: named(e.skill) });
  return {
    ...section,
    demand: section.demand.map(entry),
    strengths: section.strengths.map(entry),
    gaps: section.gaps.map(entry),
    topMatches: section.topMatches.map((m) => ({
      ...m,
      matched: m.matched.map(named),
      missing: m.missing.map(named),
    })),
  };
}

/**
 * The skills the market section weighs a person on: every skill found, with the role's own
 * requirements read as the report reads them, so the two never disagree. A requirement shown
 * through a skill it accepts ("worked with cross-functional teams" for stakeholder management) is
 * shown in the market too; one the report calls missing is not, even where its name was found (in a
 * product's description, which shows no work of the person's).
 */
export function marketSkillIds(analysis: {
  skills: readonly { id: string }[];
  requirements: readonly Pick<RequirementResult, 'status' | 'skill'>[];
}): string[] {
  const ids = new Set(analysis.skills.map((s) => s.id));
  for (const r of analysis.requirements) {
    if (r.status === 'shown') ids.add(r.skill.id);
    else if (r.status === 'missing') ids.delete(r.skill.id);
  }
  return [...ids];
}
