import type { Kysely } from 'kysely';
import type { PersonMarket } from '../core/analysis/analyze-with-market.ts';
import type { Verdict } from '../core/audit/verdict.ts';
import {
  buildMarketSection,
  type DisguisedListings,
  type MarketSection,
  withListingAudits,
} from '../core/market/market-section.ts';
import type { OnetDemandFile } from '../core/market/onet-demand.ts';
import { onetPersonMarket, onetShares } from '../core/market/onet-market.ts';
import { indexDemandShares, type SkillSetIndex } from '../core/market/skill-set-index.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import type { Database } from './database.ts';
import {
  countListings,
  findListingAudits,
  type ListingFilter,
  listSkillSetIndex,
} from './listing.repository.ts';

const DISGUISED: Verdict = 'disguised-developer';

/** The listings a role's market figures rest on: disguised-developer ones left out unless asked for. */
export function marketListingFilter(roleFamily: string, includeDisguised = false): ListingFilter {
  return includeDisguised ? { roleFamily } : { roleFamily, excludeVerdicts: [DISGUISED] };
}

/** How many of a role's listings the audit calls developer jobs in disguise, and whether they are left out. */
export async function disguisedListings(
  db: Kysely<Database>,
  roleFamily: string,
  includeDisguised = false,
): Promise<DisguisedListings> {
  return {
    listings: await countListings(db, { roleFamily, verdict: DISGUISED }),
    excluded: !includeDisguised,
  };
}

export interface StoredMarketInput {
  roleId: string;
  personSkillIds: Iterable<string>;
  taxonomy: Taxonomy;
  /** Fallback demand when the role has no listings. */
  onet?: OnetDemandFile | undefined;
  /** Listings in `topMatches` (default 5). */
  top?: number;
  /** Count disguised-developer listings in the figures (default: leave them out). */
  includeDisguised?: boolean;
}

/**
 * A person's market section from a role's stored listings (O*NET without any), with the
 * disguised-developer count and the audits of the best-fitting listings; plus the index it read.
 */
export async function storedMarketSection(
  db: Kysely<Database>,
  input: StoredMarketInput,
): Promise<{ section: MarketSection; index: SkillSetIndex }> {
  const [index, disguised] = await Promise.all([
    listSkillSetIndex(db, marketListingFilter(input.roleId, input.includeDisguised)),
    disguisedListings(db, input.roleId, input.includeDisguised),
  ]);
  const section = buildMarketSection({
    personSkillIds: input.personSkillIds,
    listings: index,
    ...(input.onet ? { onet: input.onet } : {}),
    label: (id) => input.taxonomy.byId.get(id)?.label,
    broader: (id) => input.taxonomy.ancestors(id),
    ...(input.top === undefined ? {} : { top: input.top }),
    disguised,
  });
  const audits = await findListingAudits(
    db,
    section.topMatches.map((m) => Number(m.id)),
  );
  return { section: withListingAudits(section, audits), index };
}

/**
 * A person's market and the demand that ranks their gaps: the role's stored listings when a
 * store is given and holds some, else O*NET demand for the role, else undefined.
 */
export async function personMarket(
  db: Kysely<Database> | undefined,
  input: StoredMarketInput,
): Promise<PersonMarket | undefined> {
  if (db === undefined) return onetPersonMarket(input);
  const { section, index } = await storedMarketSection(db, input);
  if (index.size === 0 && !input.onet) return undefined;
  return {
    section,
    demand: section.source === 'listings' ? indexDemandShares(index) : onetShares(input.onet),
  };
}
