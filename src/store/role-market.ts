import type { Kysely } from 'kysely';
import type { PersonMarket } from '../core/analysis/analyze-with-market.ts';
import type { Verdict } from '../core/audit/verdict.ts';
import { dateRange, listingDay } from '../core/market/listing-date.ts';
import { basisSources, type MarketBasis } from '../core/market/market-basis.ts';
import { buildRoleMarket, type RoleMarket } from '../core/market/market-figures.ts';
import {
  buildMarketSection,
  type DisguisedListings,
  type MarketSection,
  withListingAudits,
} from '../core/market/market-section.ts';
import { type MarketSnapshot, snapshotBasis, snapshotSkillSets } from '../core/market/market-snapshot.ts';
import { typicalTitles } from '../core/market/market-titles.ts';
import type { OnetDemandFile } from '../core/market/onet-demand.ts';
import { indexDemandShares, type SkillSetIndex } from '../core/market/skill-set-index.ts';
import { snapshotPersonMarket } from '../core/market/snapshot-market.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import type { Database } from './database.ts';
import {
  countListings,
  findListingAudits,
  type ListingFilter,
  listListingProvenance,
  listSkillSetIndex,
  listSkillSets,
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

/** What the role's stored market figures rest on: its listings' sources, counts and posting dates. */
export async function storedMarketBasis(
  db: Kysely<Database>,
  roleFamily: string,
  includeDisguised = false,
): Promise<MarketBasis> {
  const rows = await listListingProvenance(db, marketListingFilter(roleFamily, includeDisguised));
  const days = rows.map((r) => ({ source: r.source, day: listingDay(r.postedAt) }));
  const sources = basisSources(days);
  return {
    kind: 'store',
    listings: rows.length,
    what: 'stored listings of this role',
    sources,
    dates: dateRange(sources.flatMap((s) => (s.dates ? [s.dates.from, s.dates.to] : []))),
  };
}

export interface StoredMarketInput {
  roleId: string;
  personSkillIds: Iterable<string>;
  /** Of them, the skills the resume only lists: each counts as half (MarketSectionInput.listedOnly). */
  listedOnly?: Iterable<string>;
  taxonomy: Taxonomy;
  /** The shipped snapshot of the role's listings, used when the store holds none. */
  snapshot?: MarketSnapshot | undefined;
  /** Listings in `topMatches` (default 5). */
  top?: number;
  /** Count disguised-developer listings in the figures (default: leave them out). */
  includeDisguised?: boolean;
}

/**
 * A person's market section from a role's stored listings, with the disguised-developer count
 * and the audits of the best-fitting listings; plus the index it read (empty when none are stored).
 */
export async function storedMarketSection(
  db: Kysely<Database>,
  input: StoredMarketInput,
): Promise<{ section: MarketSection; index: SkillSetIndex }> {
  const [index, disguised, basis] = await Promise.all([
    listSkillSetIndex(db, marketListingFilter(input.roleId, input.includeDisguised)),
    disguisedListings(db, input.roleId, input.includeDisguised),
    storedMarketBasis(db, input.roleId, input.includeDisguised),
  ]);
  const section = buildMarketSection({
    personSkillIds: input.personSkillIds,
    ...(input.listedOnly ? { listedOnly: input.listedOnly } : {}),
    listings: index,
    basis,
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
 * store is given and holds some, else the shipped snapshot for the role, else undefined.
 */
export async function personMarket(
  db: Kysely<Database> | undefined,
  input: StoredMarketInput,
): Promise<PersonMarket | undefined> {
  if (db !== undefined) {
    const { section, index } = await storedMarketSection(db, input);
    if (index.size > 0) return { section, demand: indexDemandShares(index) };
    const fallback = snapshotPersonMarket(input);
    // The snapshot's figures, with the store's count of disguised listings it read.
    return fallback && section.disguised
      ? { ...fallback, section: { ...fallback.section, disguised: section.disguised } }
      : fallback;
  }
  return snapshotPersonMarket(input);
}

export interface RoleMarketInput {
  role: Role;
  taxonomy: Taxonomy;
  snapshot?: MarketSnapshot | undefined;
  onet?: OnetDemandFile | undefined;
  /** Skills in demand (default 25). */
  top?: number;
  includeDisguised?: boolean;
}

/**
 * A role's market for `rolefit market` and the API: its stored listings when the store holds
 * some, else the shipped snapshot; O*NET as a reference beside either.
 */
export async function roleMarketFor(
  db: Kysely<Database> | undefined,
  input: RoleMarketInput,
): Promise<RoleMarket> {
  const [stored, disguised] = db
    ? await Promise.all([
        listSkillSets(db, marketListingFilter(input.role.id, input.includeDisguised)),
        disguisedListings(db, input.role.id, input.includeDisguised),
      ])
    : [[], undefined];
  const fromStore = db !== undefined && stored.length > 0;
  const listings = fromStore ? stored : input.snapshot ? snapshotSkillSets(input.snapshot) : [];
  const basis = fromStore
    ? await storedMarketBasis(db, input.role.id, input.includeDisguised)
    : input.snapshot
      ? snapshotBasis(input.snapshot)
      : undefined;
  return buildRoleMarket({
    role: input.role,
    listings,
    basis,
    titles: fromStore
      ? typicalTitles(
          stored.map((l) => l.title),
          input.role.titleAliases,
        )
      : (input.snapshot?.titles ?? []),
    label: (id) => input.taxonomy.byId.get(id)?.label,
    onet: input.onet,
    disguised,
    ...(input.top === undefined ? {} : { top: input.top }),
  });
}
