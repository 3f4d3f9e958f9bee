import { type Kysely, PostgresAdapter, SqliteAdapter, sql } from 'kysely';
import type { Database } from './database.ts';

/** A saved analysis as stored: the payload is opaque JSON to the store. */
export interface SavedAnalysisRecord {
  idHash: string;
  payload: string;
  /** ISO 8601 instants (UTC). */
  savedAt: string;
  expiresAt: string;
}

// Any constant: the lock only orders saves of saved analyses against each other.
const SAVE_LOCK = 0x726f6c65;

/**
 * Stores one saved analysis unless the unexpired ones would then exceed `maxBytes`; false when
 * they would. The check and the insert are one statement, serialized across server processes.
 */
export async function insertSavedAnalysis(
  db: Kysely<Database>,
  record: SavedAnalysisRecord,
  maxBytes: number,
): Promise<boolean> {
  const bytes = Buffer.byteLength(record.payload, 'utf8');
  const insert = (q: Kysely<Database>) =>
    sql<{ id_hash: string }>`insert into saved_analysis (id_hash, payload, bytes, saved_at, expires_at)
      select ${record.idHash}, ${record.payload}, cast(${bytes} as integer), ${record.savedAt}, ${record.expiresAt}
      where (select coalesce(sum(bytes), 0) from saved_analysis where expires_at > ${record.savedAt})
        + cast(${bytes} as bigint) <= cast(${maxBytes} as bigint)
      returning id_hash`.execute(q);
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    // SQLite takes the write lock when the statement starts, so its sum is never stale.
    return (await insert(db)).rows.length === 1;
  }
  // PostgreSQL: two concurrent statements would both see the old sum without the lock.
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SAVE_LOCK})`.execute(trx);
    return (await insert(trx)).rows.length === 1;
  });
}

/** The saved analysis with this id hash, unless it has expired by `now`. */
export async function findSavedAnalysis(
  db: Kysely<Database>,
  idHash: string,
  now: string,
): Promise<SavedAnalysisRecord | undefined> {
  const row = await db
    .selectFrom('saved_analysis')
    .select(['id_hash', 'payload', 'saved_at', 'expires_at'])
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { idHash: row.id_hash, payload: row.payload, savedAt: row.saved_at, expiresAt: row.expires_at };
}

/** Deletes one saved analysis; true when it existed and had not expired (an expired one is deleted too). */
export async function deleteSavedAnalysis(
  db: Kysely<Database>,
  idHash: string,
  now: string,
): Promise<boolean> {
  const rows = await db
    .deleteFrom('saved_analysis')
    .where('id_hash', '=', idHash)
    .returning('expires_at')
    .execute();
  if (rows.length > 0) await scrub(db);
  return rows.some((r) => r.expires_at > now);
}

/** Deletes every saved analysis that expired by `now`; returns how many. */
export async function deleteExpiredSavedAnalyses(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('saved_analysis').where('expires_at', '<=', now).executeTakeFirst();
  const deleted = Number(result.numDeletedRows);
  if (deleted > 0) await scrub(db);
  return deleted;
}

/** How many saved analyses are unexpired at `now`, and their payload bytes. */
export async function countSavedAnalyses(
  db: Kysely<Database>,
  now: string,
): Promise<{ analyses: number; bytes: number }> {
  const row = await db
    .selectFrom('saved_analysis')
    .select((eb) => [eb.fn.countAll().as('analyses'), eb.fn.coalesce(eb.fn.sum('bytes'), sql`0`).as('bytes')])
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns count and sum as strings (bigint).
  return { analyses: Number(row.analyses), bytes: Number(row.bytes) };
}

/**
 * After a delete, leaves no copy of the deleted text in SQLite's files: `secure_delete` (set when
 * the store is opened) zeroes the freed pages, and the write-ahead log, which still holds the old
 * pages, is checkpointed and truncated. PostgreSQL reclaims dead rows itself (autovacuum).
 */
async function scrub(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter)
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
