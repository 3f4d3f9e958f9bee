import type { MarketSection } from '../market/market-section.ts';
import { type AnalyzeInput, scoreResume } from './analyze.ts';
import type { AnalysisReport } from './report.ts';

/** What the analysis needs from a job market: the person's section and the demand that ranks gaps. */
export interface PersonMarket {
  section: MarketSection;
  /** Share of listings (0–1) asking for each skill id. */
  demand: ReadonlyMap<string, number>;
}

/** Where market data comes from (stored listings, O*NET); undefined when there is none. */
export type MarketSource = (personSkillIds: readonly string[]) => Promise<PersonMarket | undefined>;

/**
 * The analysis with the market's say: the person's skills select their market section, and its
 * demand ranks the gaps (and so the learning plan). Skills do not depend on demand, so the resume
 * is scored once and only the report is written with the demand.
 */
export async function analyzeWithMarket(input: AnalyzeInput, market: MarketSource): Promise<AnalysisReport> {
  const scored = scoreResume(input);
  const found = await market(scored.skills.map((s) => s.id));
  if (!found) return scored.report(input.demand);
  return { ...scored.report(found.demand), market: found.section };
}
