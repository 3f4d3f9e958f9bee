import type { PersonMarket } from '../analysis/analyze-with-market.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { buildMarketSection } from './market-section.ts';
import { type MarketSnapshot, snapshotBasis, snapshotSkillSets } from './market-snapshot.ts';
import { indexDemandShares, indexSkillSets } from './skill-set-index.ts';

/**
 * A person's market without stored listings: the shipped snapshot of real listings of the role,
 * or none. Its listings have no titles, so no best-fitting listing is named.
 */
export function snapshotPersonMarket(input: {
  personSkillIds: Iterable<string>;
  /** Of them, the skills the resume only lists: each counts as half (MarketSectionInput.listedOnly). */
  listedOnly?: Iterable<string> | undefined;
  taxonomy: Taxonomy;
  snapshot?: MarketSnapshot | undefined;
}): PersonMarket | undefined {
  if (!input.snapshot) return undefined;
  const index = indexSkillSets(snapshotSkillSets(input.snapshot));
  const section = buildMarketSection({
    personSkillIds: input.personSkillIds,
    ...(input.listedOnly ? { listedOnly: input.listedOnly } : {}),
    listings: index,
    basis: snapshotBasis(input.snapshot),
    label: (id) => input.taxonomy.byId.get(id)?.label,
    broader: (id) => input.taxonomy.ancestors(id),
    top: 0,
  });
  return { section, demand: indexDemandShares(index) };
}
