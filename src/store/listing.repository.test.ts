import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingRead, PreparedListing } from '../core/market/listing.ts';
import { ok } from '../core/result.ts';
import { ingestListings } from './ingest-listings.ts';
import {
  countByRoleFamily,
  countListings,
  countListingsBySkill,
  findListing,
  insertListings,
  listSkillSets,
  packSkills,
  unpackSkills,
} from './listing.repository.ts';
import { openStore, type Store } from './open-store.ts';

const postgresUrl = process.env.ROLEFIT_TEST_POSTGRES_URL;
if (!postgresUrl && process.env.CI) {
  throw new Error(
    'ROLEFIT_TEST_POSTGRES_URL is not set: CI must run the store contract tests on PostgreSQL too.',
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'rolefit-store-'));
const schema = `rolefit_test_${process.pid}_${Date.now()}`;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DIALECTS = [
  { name: 'sqlite', target: () => join(tmp, 'contract.db'), options: {} },
  ...(postgresUrl
    ? [{ name: 'postgres', target: () => postgresUrl, options: { postgresSchema: schema } }]
    : []),
];

let n = 0;
/** A prepared listing with sensible defaults. */
function listing(overrides: Partial<PreparedListing> = {}): PreparedListing {
  n++;
  return {
    source: 'test',
    sourceId: `id-${n}`,
    title: `Technical Program Manager ${n}`,
    text: 'Requirements\nJira',
    dedupeKey: `source:test:id-${n}`,
    contentHash: `hash-${n}`,
    roleFamily: 'technical-project-manager',
    skills: [
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ],
    ...overrides,
  };
}

describe.each(DIALECTS)('listing store contract: $name', ({ name, target, options }) => {
  let store: Store;
  beforeAll(async () => {
    const opened = await openStore(target(), options);
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
  });
  afterAll(async () => {
    if (name === 'postgres') await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
    await store.close();
  });

  it('migrates once: opening again runs nothing and keeps the data', async () => {
    await insertListings(store.db, [listing({ roleFamily: 'other-role' })], { extractor: 't' });
    const again = await openStore(target(), options);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(await countListings(again.value.db, { roleFamily: 'other-role' })).toBe(1);
    await again.value.close();
  });

  it('stores listings with their skills and reads them back as domain objects', async () => {
    const a = listing({
      company: 'Acme',
      location: 'Paris',
      url: 'https://x.test/1',
      postedAt: '2025-01-02',
    });
    const outcome = await insertListings(store.db, [a], { extractor: 'v1', now: '2025-02-03T00:00:00.000Z' });
    expect(outcome).toEqual({ inserted: 1, duplicates: 0 });
    const sets = await listSkillSets(store.db, { roleFamily: 'technical-project-manager' });
    const set = sets.find((s) => s.title === a.title)!;
    expect(set).toEqual({ id: set.id, title: a.title, company: 'Acme', skills: a.skills });
    const stored = await findListing(store.db, Number(set.id));
    expect(stored).toMatchObject({
      title: a.title,
      company: 'Acme',
      location: 'Paris',
      url: 'https://x.test/1',
      postedAt: '2025-01-02',
      sourceId: a.sourceId,
      roleFamily: 'technical-project-manager',
      extractor: 'v1',
      ingestedAt: '2025-02-03T00:00:00.000Z',
      skills: a.skills,
    });
    expect(await findListing(store.db, 987654321)).toBeUndefined();
  });

  it('adds nothing when the same listings come again, in another batch or the same one', async () => {
    const before = await countListings(store.db);
    const a = listing();
    const b = listing();
    expect(await insertListings(store.db, [a, b, a], { extractor: 't' })).toEqual({
      inserted: 2,
      duplicates: 1,
    });
    expect(await insertListings(store.db, [b, a], { extractor: 't' })).toEqual({
      inserted: 0,
      duplicates: 2,
    });
    expect(await countListings(store.db)).toBe(before + 2);
  });

  it('counts listings by skill and by role family through SQL', async () => {
    const family = `fam-${name}`;
    await insertListings(
      store.db,
      [
        listing({ roleFamily: family, skills: [{ skillId: 'agile', requirement: 'required' }] }),
        listing({
          roleFamily: family,
          skills: [
            { skillId: 'agile', requirement: 'preferred' },
            { skillId: 'budgeting', requirement: 'mentioned' },
          ],
        }),
        listing({ roleFamily: undefined, skills: [] }),
      ],
      { extractor: 't' },
    );
    expect(await countListingsBySkill(store.db, { roleFamily: family })).toEqual([
      { skillId: 'agile', listings: 2 },
      { skillId: 'budgeting', listings: 1 },
    ]);
    expect(await countListingsBySkill(store.db, { roleFamily: family, requirement: 'required' })).toEqual([
      { skillId: 'agile', listings: 1 },
    ]);
    const families = await countByRoleFamily(store.db);
    expect(families.find((f) => f.roleFamily === family)?.listings).toBe(2);
    expect(families.some((f) => f.roleFamily === null)).toBe(true);
  });

  it('rolls back a whole batch when one row fails, and the import stops with a clear issue', async () => {
    const before = await countListings(store.db);
    const good = listing();
    // A skill id repeated within one listing breaks the (listing_id, skill_id) key mid-transaction.
    const broken = listing({
      skills: [
        { skillId: 'jira', requirement: 'required' },
        { skillId: 'jira', requirement: 'preferred' },
      ],
    });
    await expect(insertListings(store.db, [good, broken], { extractor: 't' })).rejects.toThrow();
    expect(await countListings(store.db)).toBe(before);

    const reads: ListingRead[] = [good, broken].map((l, i) => ({ ok: true, value: l, at: `row ${i}` }));
    const summary = await ingestListings(store.db, reads, {
      prepare: (item) => ok(item.value as PreparedListing),
      extractor: 't',
    });
    expect(summary.aborted?.code).toBe('STORE_WRITE_FAILED');
    expect(summary.inserted).toBe(0);
    expect(await countListings(store.db)).toBe(before);
  });

  it('ingests a stream: bad items counted, good ones stored in batches, a re-run adds nothing', async () => {
    const before = await countListings(store.db);
    const items = (): ListingRead[] => [
      { ok: true, value: listing({ sourceId: 'stream-1', dedupeKey: 'source:test:stream-1' }), at: 'r1' },
      { ok: false, error: { code: 'CSV_MALFORMED_ROW', message: 'bad quote' }, at: 'r2' },
      { ok: true, value: listing({ sourceId: 'stream-2', dedupeKey: 'source:test:stream-2' }), at: 'r3' },
      { ok: true, value: listing({ sourceId: 'stream-3', dedupeKey: 'source:test:stream-3' }), at: 'r4' },
    ];
    const prepare = (item: ListingRead & { ok: true }) => ok(item.value as PreparedListing);
    const first = await ingestListings(store.db, items(), { prepare, extractor: 't', batchSize: 2 });
    expect(first).toMatchObject({
      read: 4,
      inserted: 3,
      duplicates: 0,
      errors: 1,
      errorCodes: { CSV_MALFORMED_ROW: 1 },
    });
    expect(first.issues).toEqual([{ code: 'CSV_MALFORMED_ROW', message: 'bad quote', at: 'r2' }]);
    const second = await ingestListings(store.db, items(), { prepare, extractor: 't', batchSize: 2 });
    expect(second).toMatchObject({ read: 4, inserted: 0, duplicates: 3, errors: 1 });
    expect(await countListings(store.db)).toBe(before + 3);
  });

  it('keeps what was read before a source breaks off', async () => {
    const before = await countListings(store.db);
    async function* breaking(): AsyncGenerator<ListingRead> {
      yield { ok: true, value: listing(), at: 'r1' };
      throw Object.assign(new Error('truncated'), {
        issue: { code: 'CSV_UNREADABLE', message: 'truncated' },
      });
    }
    const summary = await ingestListings(store.db, breaking(), {
      prepare: (item) => ok(item.value as PreparedListing),
      extractor: 't',
    });
    expect(summary).toMatchObject({ read: 1, inserted: 1, aborted: { code: 'CSV_UNREADABLE' } });
    expect(await countListings(store.db)).toBe(before + 1);
  });
});

describe('opening stores', () => {
  it('reports a PostgreSQL URL that cannot connect, without the password', async () => {
    const opened = await openStore('postgres://someone:secret@127.0.0.1:1/nowhere');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('STORE_CONNECT_FAILED');
    expect(opened.error.message).toContain('postgres://someone:***@127.0.0.1:1/nowhere');
    expect(opened.error.message).not.toContain('secret');
  });

  it('reports a database file that cannot be created', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const opened = await openStore(join(file, 'sub', 'none.db'));
    expect(opened).toMatchObject({ ok: false, error: { code: 'STORE_OPEN_FAILED' } });
  });
});

describe('packed skills', () => {
  it('round-trips every requirement kind and the empty set', () => {
    const skills = [
      { skillId: 'a', requirement: 'required' as const },
      { skillId: 'b-c', requirement: 'preferred' as const },
      { skillId: 'd', requirement: 'mentioned' as const },
      { skillId: 'e', requirement: 'required' as const },
    ];
    expect(packSkills(skills)).toBe('r:a,e;p:b-c;m:d');
    expect(unpackSkills(packSkills(skills))).toEqual([skills[0], skills[3], skills[1], skills[2]]);
    expect(unpackSkills(packSkills([]))).toEqual([]);
  });
});
