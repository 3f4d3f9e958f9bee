// ingestListings: batches, counts, issues and where an import stops. It only calls
// insertListings, whose contract suite runs on SQLite and PostgreSQL (listing.repository.test.ts),
// so these tests use an in-memory SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore, preparedListing } from '../../test/fixtures/store.ts';
import type { ListingRead, PreparedListing } from '../core/market/listing.ts';
import { fail, ok } from '../core/result.ts';
import { emptyIngestSummary, type IngestSummary, ingestListings } from './ingest-listings.ts';
import { countListings } from './listing.repository.ts';
import type { Store } from './open-store.ts';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(() => store.close());

const listing = preparedListing;
const good = (count: number, from = 0): ListingRead[] =>
  Array.from({ length: count }, (_, i) => ({ ok: true, value: listing(), at: `r${from + i + 1}` }));
const bad = (code: string, at: string): ListingRead => ({
  ok: false,
  error: { code, message: `${code} here` },
  at,
});
/** A listing whose skills break the (listing, skill) key: its batch fails and is rolled back. */
const breaksItsBatch = (at: string): ListingRead => ({
  ok: true,
  value: listing({
    skills: [
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'jira', requirement: 'preferred' },
    ],
  }),
  at,
});
const asIs = (item: ListingRead & { ok: true }) => ok(item.value as PreparedListing);

/** Each onProgress call as [read, inserted, errors]. */
function progressOf(): { calls: number[][]; onProgress: (s: Readonly<IngestSummary>) => void } {
  const calls: number[][] = [];
  return { calls, onProgress: (s) => calls.push([s.read, s.inserted, s.errors]) };
}

describe('ingestListings', () => {
  it('starts from an empty summary', () => {
    expect(emptyIngestSummary()).toEqual({
      read: 0,
      inserted: 0,
      duplicates: 0,
      errors: 0,
      errorCodes: {},
      warnings: 0,
      issues: [],
    });
  });

  it('stores 500 listings a transaction by default, and reports progress every 100 read and after each batch', async () => {
    const { calls, onProgress } = progressOf();
    const summary = await ingestListings(store.db, good(1001), { prepare: asIs, extractor: 't', onProgress });
    expect(summary).toEqual({ ...emptyIngestSummary(), read: 1001, inserted: 1001 });
    expect(calls).toEqual([
      [100, 0, 0],
      [200, 0, 0],
      [300, 0, 0],
      [400, 0, 0],
      [500, 500, 0],
      [500, 500, 0],
      [600, 500, 0],
      [700, 500, 0],
      [800, 500, 0],
      [900, 500, 0],
      [1000, 1000, 0],
      [1000, 1000, 0],
      [1001, 1001, 0],
      [1001, 1001, 0],
    ]);
    expect(await countListings(store.db)).toBe(1001);
  });

  it('stores a batch as soon as it is full, and the rest at the end', async () => {
    const { calls, onProgress } = progressOf();
    await ingestListings(store.db, good(5), { prepare: asIs, extractor: 't', batchSize: 2, onProgress });
    expect(calls).toEqual([
      [2, 2, 0],
      [4, 4, 0],
      [5, 5, 0],
      [5, 5, 0],
    ]);
    // Nothing left over: no batch is stored after the last full one.
    const exact = progressOf();
    await ingestListings(store.db, good(4, 5), {
      prepare: asIs,
      extractor: 't',
      batchSize: 2,
      onProgress: exact.onProgress,
    });
    expect(exact.calls).toEqual([
      [2, 2, 0],
      [4, 4, 0],
      [4, 4, 0],
    ]);
  });

  it('counts every bad item by code and keeps the first 20 as issues, with where each was', async () => {
    const items = [
      ...Array.from({ length: 22 }, (_, i) => bad('CSV_MALFORMED_ROW', `r${i + 1}`)),
      ...good(1, 22),
      bad('LISTING_NO_TEXT', 'r24'),
    ];
    const summary = await ingestListings(store.db, items, { prepare: asIs, extractor: 't' });
    expect(summary).toMatchObject({
      read: 24,
      inserted: 1,
      errors: 23,
      errorCodes: { CSV_MALFORMED_ROW: 22, LISTING_NO_TEXT: 1 },
    });
    expect(summary.issues).toHaveLength(20);
    expect(summary.issues[0]).toEqual({
      code: 'CSV_MALFORMED_ROW',
      message: 'CSV_MALFORMED_ROW here',
      at: 'r1',
    });
    expect(summary.issues[19]?.at).toBe('r20');
    const fewer = await ingestListings(store.db, items, { prepare: asIs, extractor: 't', maxIssues: 2 });
    expect(fewer.issues.map((i) => i.at)).toEqual(['r1', 'r2']);
    expect(fewer.errors).toBe(23);
  });

  it("counts a listing prepare refuses as an error, and stores a prepared listing's warnings as issues", async () => {
    const items = good(3);
    const summary = await ingestListings(store.db, items, {
      prepare: (item) => {
        if (item.at === 'r1') return fail({ code: 'LISTING_NO_TEXT', message: 'no text' });
        const value = item.value as PreparedListing;
        return item.at === 'r2'
          ? ok({ ...value, warnings: [{ code: 'LISTING_URL_DROPPED', message: 'not http(s)' }] })
          : ok(value);
      },
      extractor: 't',
      maxIssues: 1,
    });
    expect(summary).toEqual({
      read: 3,
      inserted: 2,
      duplicates: 0,
      errors: 1,
      errorCodes: { LISTING_NO_TEXT: 1 },
      warnings: 1,
      // The warning is counted, but the one issue kept is the error before it.
      issues: [{ code: 'LISTING_NO_TEXT', message: 'no text', at: 'r1' }],
    });
    const warned = await ingestListings(store.db, good(1, 10), {
      prepare: (item) =>
        ok({ ...(item.value as PreparedListing), warnings: [{ code: 'LISTING_URL_DROPPED', message: 'x' }] }),
      extractor: 't',
    });
    expect(warned.issues).toEqual([{ code: 'LISTING_URL_DROPPED', message: 'x', at: 'r11' }]);
    expect(warned.errors).toBe(0);
  });

  it('counts listings already stored as duplicates', async () => {
    const items = good(3);
    await ingestListings(store.db, items, { prepare: asIs, extractor: 't' });
    const again = await ingestListings(store.db, items, { prepare: asIs, extractor: 't' });
    expect(again).toEqual({ ...emptyIngestSummary(), read: 3, duplicates: 3 });
  });

  it('stops at a batch the database refuses: rolled back, said why, and nothing read after it', async () => {
    const { calls, onProgress } = progressOf();
    const items = [...good(2), breaksItsBatch('r3'), ...good(1, 3), ...good(3, 10)];
    const summary = await ingestListings(store.db, items, {
      prepare: asIs,
      extractor: 't',
      batchSize: 2,
      onProgress,
    });
    expect(summary).toMatchObject({ read: 4, inserted: 2, errors: 0 });
    expect(summary.aborted).toEqual({
      code: 'STORE_WRITE_FAILED',
      message: expect.stringMatching(/^storing a batch of 2 listings failed and was rolled back: .*UNIQUE/),
      hint: 'fix the database problem and run the same import again; listings already stored are skipped',
    });
    expect(calls).toEqual([[2, 2, 0]]);
    expect(await countListings(store.db)).toBe(2);
  });

  it('says so when the last batch is refused', async () => {
    const summary = await ingestListings(store.db, [...good(1), breaksItsBatch('r2')], {
      prepare: asIs,
      extractor: 't',
    });
    expect(summary.aborted?.message).toMatch(/^storing a batch of 2 listings failed and was rolled back: /);
    expect(summary.inserted).toBe(0);
  });

  it('keeps what was read before a source breaks off, and says where it broke', async () => {
    const { calls, onProgress } = progressOf();
    async function* breaking(): AsyncGenerator<ListingRead> {
      yield* good(3);
      throw Object.assign(new Error('truncated'), {
        issue: { code: 'CSV_UNREADABLE', message: 'cut at row 4' },
      });
    }
    const summary = await ingestListings(store.db, breaking(), {
      prepare: asIs,
      extractor: 't',
      batchSize: 2,
      onProgress,
    });
    expect(summary).toEqual({
      ...emptyIngestSummary(),
      read: 3,
      inserted: 3,
      aborted: { code: 'CSV_UNREADABLE', message: 'cut at row 4' },
    });
    expect(calls).toEqual([
      [2, 2, 0],
      [3, 3, 0],
      [3, 3, 0],
    ]);
  });

  it('says where a source broke off right after a batch was stored, with nothing left to store', async () => {
    async function* breaking(): AsyncGenerator<ListingRead> {
      yield* good(2);
      throw Object.assign(new Error('truncated'), {
        issue: { code: 'CSV_UNREADABLE', message: 'cut at row 3' },
      });
    }
    const summary = await ingestListings(store.db, breaking(), {
      prepare: asIs,
      extractor: 't',
      batchSize: 2,
    });
    expect(summary).toEqual({
      ...emptyIngestSummary(),
      read: 2,
      inserted: 2,
      aborted: { code: 'CSV_UNREADABLE', message: 'cut at row 3' },
    });
  });

  it('says the batch failed, not the source, when storing what was read before the break fails', async () => {
    async function* breaking(): AsyncGenerator<ListingRead> {
      yield breaksItsBatch('r1');
      throw Object.assign(new Error('truncated'), { issue: { code: 'CSV_UNREADABLE', message: 'cut' } });
    }
    const summary = await ingestListings(store.db, breaking(), { prepare: asIs, extractor: 't' });
    expect(summary.aborted?.code).toBe('STORE_WRITE_FAILED');
    expect(summary.inserted).toBe(0);
  });

  it('lets a failure that is not a source issue through (a bug, not bad input)', async () => {
    async function* broken(): AsyncGenerator<ListingRead> {
      yield* good(1);
      throw new Error('a bug');
    }
    await expect(ingestListings(store.db, broken(), { prepare: asIs, extractor: 't' })).rejects.toThrow(
      'a bug',
    );
    async function* withIssueOfWrongType(): AsyncGenerator<ListingRead> {
      yield* [];
      throw Object.assign(new Error('odd'), { issue: 'CSV_UNREADABLE' });
    }
    await expect(
      ingestListings(store.db, withIssueOfWrongType(), { prepare: asIs, extractor: 't' }),
    ).rejects.toThrow('odd');
    const thrownNull = async function* (): AsyncGenerator<ListingRead> {
      yield* [];
      throw null;
    };
    await expect(
      ingestListings(store.db, thrownNull(), { prepare: asIs, extractor: 't' }),
    ).rejects.toBeNull();
  });
});
