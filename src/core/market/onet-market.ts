import type { PersonMarket } from '../analysis/analyze-with-market.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { buildMarketSection } from './market-section.ts';
import { type OnetDemandFile, onetDemand } from './onet-demand.ts';

/** Demand shares by skill id from O*NET flags. */
export function onetShares(onet: OnetDemandFile | undefined): Map<string, number> {
  return new Map(onet ? onetDemand(onet).map((d) => [d.skillId, d.share]) : []);
}

/** A person's market without stored listings: O*NET demand for the role, or none. */
export function onetPersonMarket(input: {
  personSkillIds: Iterable<string>;
  taxonomy: Taxonomy;
  onet?: OnetDemandFile | undefined;
}): PersonMarket | undefined {
  if (!input.onet) return undefined;
  const section = buildMarketSection({
    personSkillIds: input.personSkillIds,
    listings: [],
    onet: input.onet,
    label: (id) => input.taxonomy.byId.get(id)?.label,
    broader: (id) => input.taxonomy.ancestors(id),
  });
  return { section, demand: onetShares(input.onet) };
}
