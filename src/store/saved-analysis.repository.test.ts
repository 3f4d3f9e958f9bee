// The saved-analysis repository on every store dialect: the byte cap, expiry, deletion and the counts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../../test/skips.ts';
import { openStore, type Store } from './open-store.ts';
import {
  countSavedAnalyses,
  deleteExpiredSavedAnalyses,
  deleteSavedAnalysis,
  findSavedAnalysis,
  insertSavedAnalysis,
  type SavedAnalysisRecord,
} from './saved-analysis.repository.ts';

const postgresUrl = testPostgresUrl('the saved-analysis repository tests');
const tmp = mkdtempSync(join(tmpdir(), 'rolefit-saved-repo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const schemaBase = `rolefit_saved_repo_${process.pid}_${Date.now()}`;

const DIALECTS = [
  { name: 'sqlite', open: (n: number) => openStore(join(tmp, `saved-${n}.db`)) },
  ...(postgresUrl
    ? [
        {
          name: 'postgres',
          open: (n: number) => openStore(postgresUrl, { postgresSchema: `${schemaBase}_${n}` }),
        },
      ]
    : []),
];

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';
const T2 = '2026-01-03T00:00:00.000Z';
const record = (idHash: string, payload: string, savedAt = T0, expiresAt = T1): SavedAnalysisRecord => ({
  idHash,
  payload,
  savedAt,
  expiresAt,
});

describe.each(DIALECTS)('saved analyses: $name', ({ name, open }) => {
  let stores = 0;
  const opened: Store[] = [];
  /** A store of its own for each test: the counts below are of the whole table. */
  async function fresh(): Promise<Store> {
    const store = await open(++stores);
    if (!store.ok) throw new Error(store.error.message);
    opened.push(store.value);
    return store.value;
  }
  beforeAll(() => {
    stores = 0;
  });
  afterAll(async () => {
    for (const [i, store] of opened.entries()) {
      if (name === 'postgres')
        await sql`drop schema ${sql.id(`${schemaBase}_${i + 1}`)} cascade`.execute(store.db);
      await store.close();
    }
  });

  it('stores one and finds it by its id hash until it expires', async () => {
    const { db } = await fresh();
    expect(await insertSavedAnalysis(db, record('h1', '{"a":1}'), 1000)).toBe(true);
    expect(await findSavedAnalysis(db, 'h1', T0)).toStrictEqual(record('h1', '{"a":1}'));
    expect(await findSavedAnalysis(db, 'h1', '2026-01-01T23:59:59.999Z')).toStrictEqual(
      record('h1', '{"a":1}'),
    );
    expect(await findSavedAnalysis(db, 'h1', T1)).toBeUndefined();
    expect(await findSavedAnalysis(db, 'h2', T0)).toBeUndefined();
    const stored = await db.selectFrom('saved_analysis').select(['bytes']).execute();
    expect(stored.map((r) => Number(r.bytes))).toEqual([7]);
  });

  it('refuses one that would take the unexpired payloads over the cap, counting UTF-8 bytes', async () => {
    const { db } = await fresh();
    // "éabcd" is 5 characters, 6 bytes.
    expect(await insertSavedAnalysis(db, record('a', 'éabcd'), 10)).toBe(true);
    expect(await countSavedAnalyses(db, T0)).toEqual({ analyses: 1, bytes: 6 });
    expect(await insertSavedAnalysis(db, record('b', '12345'), 10)).toBe(false);
    expect(await insertSavedAnalysis(db, record('c', '1234'), 10)).toBe(true);
    expect(await countSavedAnalyses(db, T0)).toEqual({ analyses: 2, bytes: 10 });
    expect(await insertSavedAnalysis(db, record('d', ''), 10)).toBe(true);
    expect(await insertSavedAnalysis(db, record('e', 'x'), 10)).toBe(false);
    // Saved once the others have expired (at T1), they count no more.
    expect(await insertSavedAnalysis(db, record('f', '1234567890', T1, T2), 10)).toBe(true);
    expect(await countSavedAnalyses(db, T1)).toEqual({ analyses: 1, bytes: 10 });
    expect(await countSavedAnalyses(db, T2)).toEqual({ analyses: 0, bytes: 0 });
  });

  it('deletes one on request: true only when it had not expired', async () => {
    const { db } = await fresh();
    await insertSavedAnalysis(db, record('live', 'x'), 100);
    await insertSavedAnalysis(db, record('old', 'y'), 100);
    expect(await deleteSavedAnalysis(db, 'live', T0)).toBe(true);
    expect(await deleteSavedAnalysis(db, 'live', T0)).toBe(false);
    expect(await deleteSavedAnalysis(db, 'old', T1)).toBe(false);
    expect(await countSavedAnalyses(db, T0)).toEqual({ analyses: 0, bytes: 0 });
  });

  it('deletes the expired ones, at their expiry and after it, and says how many', async () => {
    const { db } = await fresh();
    await insertSavedAnalysis(db, record('a', 'x', T0, T1), 100);
    await insertSavedAnalysis(db, record('b', 'y', T0, T2), 100);
    await insertSavedAnalysis(db, record('c', 'z', T0, '2026-01-01T12:00:00.000Z'), 100);
    expect(await deleteExpiredSavedAnalyses(db, T0)).toBe(0);
    expect(await deleteExpiredSavedAnalyses(db, T1)).toBe(2);
    expect(await findSavedAnalysis(db, 'b', T1)).toStrictEqual(record('b', 'y', T0, T2));
    expect(await countSavedAnalyses(db, T0)).toEqual({ analyses: 1, bytes: 1 });
  });

  it.runIf(name === 'sqlite')(
    'leaves no copy of deleted text in the SQLite files, after either kind of delete',
    async () => {
      const store = await fresh();
      const holds = (text: string) =>
        ['', '-wal'].filter((suffix) => {
          try {
            return readFileSync(`${store.location}${suffix}`, 'latin1').includes(text);
          } catch {
            return false; // no write-ahead log left
          }
        });
      await insertSavedAnalysis(store.db, record('s', `resume-text-${'q'.repeat(200)}`), 10_000);
      await insertSavedAnalysis(store.db, record('t', `other-text-${'w'.repeat(200)}`, T0, T0), 10_000);
      expect(holds('resume-text-')).toEqual(['-wal']);
      expect(await deleteSavedAnalysis(store.db, 's', T0)).toBe(true);
      expect(holds('resume-text-')).toEqual([]);
      expect(holds('other-text-')).toEqual(['']);
      expect(await deleteExpiredSavedAnalyses(store.db, T0)).toBe(1);
      expect(holds('other-text-')).toEqual([]);
    },
  );

  it.runIf(name === 'postgres')(
    'keeps to the cap when saves come at once (an advisory lock orders them)',
    async () => {
      const { db } = await fresh();
      for (let round = 0; round < 5; round++) {
        const results = await Promise.all(
          Array.from({ length: 24 }, (_, i) =>
            insertSavedAnalysis(db, record(`r${round}-${i}`, '0123456789'), 100),
          ),
        );
        expect(results.filter(Boolean).length).toBe(10);
        await db.deleteFrom('saved_analysis').execute();
      }
    },
  );
});
