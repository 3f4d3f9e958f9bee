// auditStoredListings: batches read by id, counts, issues and where a run stops. It only calls
// repository functions whose contract suite runs on SQLite and PostgreSQL
// (listing.repository.test.ts), so these tests use an in-memory SQLite store.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore, preparedListing } from '../../test/fixtures/store.ts';
import type { ListingAudit } from '../core/market/listing.ts';
import { type AuditRunSummary, auditStoredListings } from './audit-listings.ts';
import {
  countListingsToAudit,
  findListingAudits,
  insertListings,
  listListingsToAudit,
} from './listing.repository.ts';
import type { Store } from './open-store.ts';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(() => store.close());

const listing = (title: string, text = 'Run sprint planning and track risks.') =>
  preparedListing({ title, text, skills: [] });
/** Stores listings of these titles; their ids, in order. */
async function storeListings(titles: string[]): Promise<number[]> {
  await insertListings(
    store.db,
    titles.map((t) => listing(t)),
    { extractor: 't' },
  );
  return (await listListingsToAudit(store.db, { version: 'none yet', limit: 100_000 })).map((r) => r.id);
}
const AUDIT: ListingAudit = {
  verdict: 'genuine',
  contentFamily: 'technical-program-management',
  handsOnShare: 0.1,
  reason: 'Delivery work throughout.',
  version: 'the audit function’s own',
};
const judge = () => AUDIT;

describe('auditStoredListings', () => {
  it('audits every listing lacking the version, 500 a batch by default, reporting progress from the start', async () => {
    await storeListings(Array.from({ length: 1001 }, (_, i) => `TPM ${i}`));
    const calls: Array<[number, number]> = [];
    const summary = await auditStoredListings(store.db, {
      audit: judge,
      version: 'v1',
      onProgress: (s) => calls.push([s.pending, s.audited]),
    });
    expect(summary).toEqual({ pending: 1001, audited: 1001, failed: 0, issues: [] });
    expect(calls).toEqual([
      [1001, 0],
      [1001, 500],
      [1001, 1000],
      [1001, 1001],
    ]);
    expect(await countListingsToAudit(store.db, 'v1')).toBe(0);
  });

  it('stores each audit with the version of the run', async () => {
    const ids = await storeListings(['TPM']);
    await auditStoredListings(store.db, { audit: judge, version: 'v7' });
    expect((await findListingAudits(store.db, ids)).get(String(ids[0]))).toEqual({ ...AUDIT, version: 'v7' });
    // A run of the same version finds nothing to do, and says so before the first batch.
    const calls: AuditRunSummary[] = [];
    const again = await auditStoredListings(store.db, {
      audit: () => {
        throw new Error('nothing to audit');
      },
      version: 'v7',
      onProgress: (s) => calls.push({ ...s }),
    });
    expect(again).toEqual({ pending: 0, audited: 0, failed: 0, issues: [] });
    expect(calls).toEqual([{ pending: 0, audited: 0, failed: 0, issues: [] }]);
  });

  it('counts a listing it cannot judge, says why, and goes on past it (it stays unaudited)', async () => {
    const ids = await storeListings(['no text', 'throws', 'throws a string', 'TPM']);
    const summary = await auditStoredListings(store.db, {
      audit: (title) => {
        if (title === 'no text') return undefined;
        if (title === 'throws') throw new Error('the audit broke');
        if (title === 'throws a string') throw 'a string';
        return AUDIT;
      },
      version: 'v1',
      batchSize: 1,
    });
    expect(summary).toEqual({
      pending: 4,
      audited: 1,
      failed: 3,
      issues: [
        {
          code: 'LISTING_AUDIT_FAILED',
          message: `listing ${ids[0]} ("no text") could not be audited: it has no text`,
          listingId: ids[0],
        },
        {
          code: 'LISTING_AUDIT_FAILED',
          message: `listing ${ids[1]} ("throws") could not be audited: the audit broke`,
          listingId: ids[1],
        },
        {
          code: 'LISTING_AUDIT_FAILED',
          message: `listing ${ids[2]} ("throws a string") could not be audited: a string`,
          listingId: ids[2],
        },
      ],
    });
    expect(await countListingsToAudit(store.db, 'v1')).toBe(3);
  });

  it('keeps the first 20 issues by default, or as many as asked, and counts all', async () => {
    await storeListings(Array.from({ length: 22 }, (_, i) => `TPM ${i}`));
    const none = () => undefined;
    const summary = await auditStoredListings(store.db, { audit: none, version: 'v1', batchSize: 5 });
    expect(summary).toMatchObject({ pending: 22, audited: 0, failed: 22 });
    expect(summary.issues.map((i) => i.message.match(/\("(.*)"\)/)?.[1])).toEqual(
      Array.from({ length: 20 }, (_, i) => `TPM ${i}`),
    );
    const two = await auditStoredListings(store.db, { audit: none, version: 'v1', maxIssues: 2 });
    expect(two.issues).toHaveLength(2);
    expect(two.failed).toBe(22);
  });

  it('stops at a batch the database refuses: rolled back, said why, the batches before it kept', async () => {
    const ids = await storeListings(['TPM 1', 'TPM 2', 'TPM 3', 'refused', 'TPM 5']);
    await sql`create trigger refuse_audit before update of audit_verdict on listing when new.title = 'refused'
      begin select raise(abort, 'audits refused here'); end`.execute(store.db);
    const calls: number[] = [];
    const summary = await auditStoredListings(store.db, {
      audit: judge,
      version: 'v1',
      batchSize: 2,
      onProgress: (s) => calls.push(s.audited),
    });
    expect(summary).toEqual({
      pending: 5,
      audited: 2,
      failed: 0,
      issues: [],
      aborted: {
        code: 'STORE_WRITE_FAILED',
        message: 'storing the audits of 2 listings failed and was rolled back: audits refused here',
        hint: 'fix the database problem and run rolefit audit --db again; audited listings are skipped',
      },
    });
    expect(calls).toEqual([0, 2]);
    const audits = await findListingAudits(store.db, ids);
    expect(ids.map((id) => audits.has(String(id)))).toEqual([true, true, false, false, false]);
  });
});
