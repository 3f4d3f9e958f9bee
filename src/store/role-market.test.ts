// A role's market from the store, or from the shipped snapshot when the store holds none of its
// listings. The queries are the repository's, whose contract suite runs on SQLite and PostgreSQL
// (listing.repository.test.ts); these tests use an in-memory SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore, preparedListing } from '../../test/fixtures/store.ts';
import type { ListingAudit, PreparedListing } from '../core/market/listing.ts';
import type { MarketSnapshot } from '../core/market/market-snapshot.ts';
import { snapshotPersonMarket } from '../core/market/snapshot-market.ts';
import { bundledTaxonomy, marketSnapshotFor, onetDemandFor, requireRole } from '../data/bundled.ts';
import { insertListings } from './listing.repository.ts';
import type { Store } from './open-store.ts';
import {
  disguisedListings,
  marketListingFilter,
  personMarket,
  roleMarketFor,
  storedMarketBasis,
  storedMarketSection,
} from './role-market.ts';

const ROLE = 'technical-project-manager';
const role = requireRole(ROLE);
const taxonomy = bundledTaxonomy();
const snapshot = marketSnapshotFor(role) as MarketSnapshot;

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(() => store.close());

const DISGUISED: ListingAudit = {
  verdict: 'disguised-developer',
  contentFamily: 'software-development',
  handsOnShare: 0.8,
  reason: 'Hands-on coding is required.',
  version: 'v1',
};
const listing = (overrides: Partial<PreparedListing> = {}) =>
  preparedListing({ source: 'boards', title: 'Technical Project Manager', roleFamily: ROLE, ...overrides });
const put = (listings: PreparedListing[]) => insertListings(store.db, listings, { extractor: 't' });

describe('marketListingFilter', () => {
  it("is the role's listings, less the disguised-developer ones unless they are asked for", () => {
    expect(marketListingFilter(ROLE)).toEqual({ roleFamily: ROLE, excludeVerdicts: ['disguised-developer'] });
    expect(marketListingFilter(ROLE, false)).toEqual({
      roleFamily: ROLE,
      excludeVerdicts: ['disguised-developer'],
    });
    expect(marketListingFilter(ROLE, true)).toEqual({ roleFamily: ROLE });
  });
});

describe('the stored market of a role', () => {
  it('counts the disguised-developer listings of the role alone, and says whether they are left out', async () => {
    await put([
      listing({ audit: DISGUISED }),
      listing({ audit: DISGUISED }),
      listing({ audit: { ...DISGUISED, verdict: 'genuine' } }),
      listing({ roleFamily: 'business-analyst', audit: DISGUISED }),
    ]);
    expect(await disguisedListings(store.db, ROLE)).toEqual({ listings: 2, excluded: true });
    expect(await disguisedListings(store.db, ROLE, true)).toEqual({ listings: 2, excluded: false });
  });

  it('rests on its listings: their sources by count, how many are dated, and the dates', async () => {
    await put([
      listing({ source: 'hn', postedAt: '2025-03-02T10:00:00Z' }),
      listing({ source: 'boards', postedAt: '2025-01-15' }),
      listing({ source: 'boards', postedAt: '2025-02-20' }),
      listing({ source: 'boards' }),
      listing({ source: 'boards', postedAt: '2024-12-01', audit: DISGUISED }),
      listing({ source: 'other', roleFamily: 'business-analyst', postedAt: '2020-01-01' }),
    ]);
    expect(await storedMarketBasis(store.db, ROLE)).toEqual({
      kind: 'store',
      listings: 4,
      what: 'stored listings of this role',
      sources: [
        { name: 'boards', listings: 3, dated: 2, dates: { from: '2025-01-15', to: '2025-02-20' } },
        { name: 'hn', listings: 1, dated: 1, dates: { from: '2025-03-02', to: '2025-03-02' } },
      ],
      dates: { from: '2025-01-15', to: '2025-03-02' },
    });
    const withDisguised = await storedMarketBasis(store.db, ROLE, true);
    expect(withDisguised.listings).toBe(5);
    expect(withDisguised.dates).toEqual({ from: '2024-12-01', to: '2025-03-02' });
  });

  it('has no dates when no listing is dated', async () => {
    await put([listing()]);
    const basis = await storedMarketBasis(store.db, ROLE);
    expect(basis.sources).toEqual([{ name: 'boards', listings: 1, dated: 0, dates: null }]);
    expect(basis.dates).toBeNull();
  });

  it('ranks the top matches by fit, as many as asked', async () => {
    await put([
      listing({ title: 'TPM A', skills: [{ skillId: 'jira', requirement: 'required' }] }),
      listing({
        title: 'TPM B',
        skills: [
          { skillId: 'jira', requirement: 'required' },
          { skillId: 'kubernetes', requirement: 'required' },
        ],
      }),
      listing({ title: 'TPM C', skills: [{ skillId: 'kubernetes', requirement: 'required' }] }),
    ]);
    const input = { roleId: ROLE, personSkillIds: ['jira'], taxonomy };
    const { section, index } = await storedMarketSection(store.db, input);
    expect(index.size).toBe(3);
    expect(section.topMatches.map((m) => m.title)).toEqual(['TPM A', 'TPM B', 'TPM C']);
    // Skills are named by the taxonomy's labels.
    expect(section.demand.map((d) => d.skill)).toContainEqual({
      id: 'jira',
      label: taxonomy.byId.get('jira')?.label,
    });
    expect(taxonomy.byId.get('jira')?.label).toBe('Jira');
    const one = await storedMarketSection(store.db, { ...input, top: 1 });
    expect(one.section.topMatches.map((m) => m.title)).toEqual(['TPM A']);
  });
});

describe('personMarket', () => {
  const input = { roleId: ROLE, personSkillIds: ['jira', 'agile'], taxonomy, snapshot };

  it("is the snapshot's without a store, and undefined without either", async () => {
    const fromSnapshot = await personMarket(undefined, input);
    expect(fromSnapshot).toEqual(snapshotPersonMarket(input));
    expect(fromSnapshot?.section.basis.kind).toBe('snapshot');
    expect(await personMarket(undefined, { ...input, snapshot: undefined })).toBeUndefined();
  });

  it("is the store's when it holds listings of the role, with their demand", async () => {
    await put([
      listing(),
      listing({
        skills: [
          { skillId: 'jira', requirement: 'required' },
          { skillId: 'sql', requirement: 'preferred' },
        ],
      }),
      listing({ audit: DISGUISED, skills: [{ skillId: 'java', requirement: 'required' }] }),
    ]);
    const market = await personMarket(store.db, input);
    expect(market?.section).toMatchObject({
      source: 'listings',
      listings: 2,
      basis: { kind: 'store', listings: 2 },
      disguised: { listings: 1, excluded: true },
    });
    expect(market?.demand.get('jira')).toBe(1);
    expect(market?.demand.get('sql')).toBe(0.5);
    expect(market?.demand.has('java')).toBe(false);
  });

  it("falls back to the snapshot when the store holds none of the role's listings, with the store's disguised count", async () => {
    await put([listing({ audit: DISGUISED }), listing({ roleFamily: 'business-analyst' })]);
    const market = await personMarket(store.db, input);
    const expected = snapshotPersonMarket(input)!;
    expect(market).toEqual({
      ...expected,
      section: { ...expected.section, disguised: { listings: 1, excluded: true } },
    });
    expect(await personMarket(store.db, { ...input, snapshot: undefined })).toBeUndefined();
  });
});

describe('roleMarketFor', () => {
  const input = { role, taxonomy, snapshot, onet: onetDemandFor(role) };

  it("is the store's listings when it holds some: their titles, basis and disguised count", async () => {
    await put([
      listing({ title: 'Technical Project Manager' }),
      listing({ title: 'Technical Project Manager' }),
      listing({
        title: 'Senior Technical Program Manager',
        skills: [{ skillId: 'sql', requirement: 'required' }],
      }),
      listing({ title: 'Developer', audit: DISGUISED }),
    ]);
    const market = await roleMarketFor(store.db, input);
    expect(market).toMatchObject({
      role: { id: ROLE, title: role.title },
      source: 'listings',
      listings: 3,
      basis: { kind: 'store', listings: 3 },
      disguised: { listings: 1, excluded: true },
    });
    expect(market.titles.map((t) => t.title)).toContain('Technical Project Manager');
    expect(market.titles.some((t) => t.title === 'Developer')).toBe(false);
    expect(market.demand.find((d) => d.skill.id === 'jira')).toMatchObject({
      skill: { id: 'jira', label: 'Jira' },
      share: expect.closeTo(2 / 3),
    });
    expect(market.reference).not.toBeNull();

    const all = await roleMarketFor(store.db, { ...input, includeDisguised: true });
    expect(all).toMatchObject({ listings: 4, disguised: { listings: 1, excluded: false } });
    const top = await roleMarketFor(store.db, { ...input, top: 1 });
    expect(top.demand).toHaveLength(1);
  });

  it("is the snapshot's when the store holds none of the role's listings, with the store's disguised count", async () => {
    await put([listing({ audit: DISGUISED })]);
    const market = await roleMarketFor(store.db, input);
    const alone = await roleMarketFor(undefined, input);
    expect(market).toEqual({ ...alone, disguised: { listings: 1, excluded: true } });
    expect(alone.source).toBe('snapshot');
    expect(alone.basis?.kind).toBe('snapshot');
    expect(alone.titles).toEqual(snapshot.titles);
    expect(alone).not.toHaveProperty('disguised');
  });

  it('has nothing to show without listings or a snapshot', async () => {
    const market = await roleMarketFor(store.db, { ...input, snapshot: undefined });
    expect(market).toMatchObject({
      source: 'none',
      listings: 0,
      basis: null,
      demand: [],
      titles: [],
      disguised: { listings: 0, excluded: true },
    });
    expect(await roleMarketFor(undefined, { ...input, snapshot: undefined })).toMatchObject({
      source: 'none',
      titles: [],
    });
  });
});
