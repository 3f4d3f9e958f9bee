import { randomBytes } from 'node:crypto';
import type { AnalysisReport } from '../core/analysis/report.ts';

/** What is kept when a person asks to save an analysis: the report and the text it was made from. */
export interface SavedAnalysis {
  report: AnalysisReport;
  document: { format: string; text: string; warnings: string[] };
  savedAt: Date;
  expiresAt: Date;
}

/** Where saved analyses live; `delete` must remove every trace of one. */
export interface SavedAnalysisStore {
  save(entry: Omit<SavedAnalysis, 'savedAt' | 'expiresAt'>): { id: string; expiresAt: Date };
  get(id: string): SavedAnalysis | undefined;
  delete(id: string): boolean;
  size(): number;
}

export interface MemoryStoreOptions {
  ttlMs: number;
  /** The oldest entry is dropped beyond this many. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Saved analyses in server memory: nothing reaches the disk, a restart forgets them, and they
 * expire after `ttlMs`. The id is 128 random bits and is the only key: whoever holds it may read
 * or delete the analysis.
 */
export function memorySavedAnalyses(options: MemoryStoreOptions): SavedAnalysisStore {
  const { ttlMs, maxEntries = 10_000, now = Date.now } = options;
  const entries = new Map<string, SavedAnalysis>();
  const sweep = () => {
    const t = now();
    for (const [id, e] of entries) if (e.expiresAt.getTime() <= t) entries.delete(id);
  };
  return {
    save(entry) {
      sweep();
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      const id = randomBytes(16).toString('base64url');
      const t = now();
      const expiresAt = new Date(t + ttlMs);
      entries.set(id, { ...entry, savedAt: new Date(t), expiresAt });
      return { id, expiresAt };
    },
    get(id) {
      sweep();
      return entries.get(id);
    },
    delete(id) {
      return entries.delete(id);
    },
    size() {
      sweep();
      return entries.size;
    },
  };
}
