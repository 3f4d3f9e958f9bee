import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AnalysisReport } from '../core/analysis/report.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import type { Database } from '../store/database.ts';
import {
  countSavedAnalyses,
  deleteExpiredSavedAnalyses,
  deleteSavedAnalysis,
  findSavedAnalysis,
  insertSavedAnalysis,
} from '../store/saved-analysis.repository.ts';

/** What is kept when a person asks to save an analysis: the report and the text it was made from. */
export interface SavedAnalysis {
  report: AnalysisReport;
  document: { format: string; text: string; warnings: string[] };
  savedAt: Date;
  expiresAt: Date;
}

/** Where saved analyses live; `delete` must remove every trace of one. */
export interface SavedAnalysisStore {
  /** Fails with SAVED_STORAGE_FULL when the server's byte cap would be passed. */
  save(entry: Omit<SavedAnalysis, 'savedAt' | 'expiresAt'>): Promise<Result<{ id: string; expiresAt: Date }>>;
  get(id: string): Promise<SavedAnalysis | undefined>;
  delete(id: string): Promise<boolean>;
  /** Unexpired analyses and the bytes they take. */
  usage(): Promise<{ analyses: number; bytes: number }>;
  /** Deletes the expired ones; returns how many. */
  sweep(): Promise<number>;
}

export interface SavedAnalysesOptions {
  ttlMs: number;
  /** Total bytes the unexpired analyses may take; a save beyond it is refused, nothing is evicted. */
  maxBytes: number;
  now?: () => number;
}

/** The store keeps a hash of the id, so its rows and statement logs do not hold the key itself. */
const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * Saved analyses in the listing store (SQLite or PostgreSQL), so they survive a restart and every
 * server process on the store serves them. The id is 128 random bits and is the only key: whoever
 * holds it may read or delete the analysis. Expired ones are never served and are deleted by `sweep`.
 */
export function storeSavedAnalyses(db: Kysely<Database>, options: SavedAnalysesOptions): SavedAnalysisStore {
  const { ttlMs, maxBytes, now = Date.now } = options;
  const iso = () => new Date(now()).toISOString();
  return {
    async save(entry) {
      await deleteExpiredSavedAnalyses(db, iso());
      const id = randomBytes(16).toString('base64url');
      const t = now();
      const expiresAt = new Date(t + ttlMs);
      const stored = await insertSavedAnalysis(
        db,
        {
          idHash: hashId(id),
          payload: JSON.stringify({ report: entry.report, document: entry.document }),
          savedAt: new Date(t).toISOString(),
          expiresAt: expiresAt.toISOString(),
        },
        maxBytes,
      );
      return stored ? ok({ id, expiresAt }) : fail(storageFull(ttlMs));
    },
    async get(id) {
      const record = await findSavedAnalysis(db, hashId(id), iso());
      if (record === undefined) return undefined;
      const { report, document } = JSON.parse(record.payload) as Pick<SavedAnalysis, 'report' | 'document'>;
      return { report, document, savedAt: new Date(record.savedAt), expiresAt: new Date(record.expiresAt) };
    },
    delete: (id) => deleteSavedAnalysis(db, hashId(id), iso()),
    usage: () => countSavedAnalyses(db, iso()),
    sweep: () => deleteExpiredSavedAnalyses(db, iso()),
  };
}

function storageFull(ttlMs: number): Issue {
  const hours = Math.round(ttlMs / 3_600_000);
  return {
    code: 'SAVED_STORAGE_FULL',
    message: "this server's space for saved analyses is full.",
    hint: `Analyze without saving, or save again later: saved analyses are deleted after ${hours} hour${hours === 1 ? '' : 's'}.`,
  };
}
