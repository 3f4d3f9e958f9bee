import type { Kysely } from 'kysely';
import type { ListingRead, PreparedListing } from '../core/market/listing.ts';
import type { Issue, Result } from '../core/result.ts';
import type { Database } from './database.ts';
import { insertListings } from './listing.repository.ts';

/** What an import did. */
export interface IngestSummary {
  /** Items read from the source, good or bad. */
  read: number;
  inserted: number;
  /** Listings already stored (same source id, or same normalized content). */
  duplicates: number;
  /** Items that could not become listings. */
  errors: number;
  /** Errors per code. */
  errorCodes: Record<string, number>;
  /** Listings stored with a change a person should know of (a link that is not http(s) left out). */
  warnings: number;
  /** The first problems (errors and warnings), with where they were. */
  issues: Array<Issue & { at: string }>;
  /** Set when a batch could not be stored: it was rolled back and the import stopped there. */
  aborted?: Issue;
}

export interface IngestOptions {
  prepare: (input: ListingRead & { ok: true }) => Result<PreparedListing>;
  /** Version tag of the extraction, stored per listing. */
  extractor: string;
  /** Listings per transaction (default 500). */
  batchSize?: number;
  /** Problems kept in `issues` (default 20); all are counted. */
  maxIssues?: number;
  onProgress?: (summary: Readonly<IngestSummary>) => void;
}

/**
 * Prepares and stores listings in batches, one transaction each; a bad item is counted and
 * skipped, never fatal. A database failure rolls back the batch at hand and stops the import.
 */
/** A summary with nothing counted yet. */
export function emptyIngestSummary(): IngestSummary {
  return { read: 0, inserted: 0, duplicates: 0, errors: 0, errorCodes: {}, warnings: 0, issues: [] };
}

export async function ingestListings(
  db: Kysely<Database>,
  items: AsyncIterable<ListingRead> | Iterable<ListingRead>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const { batchSize = 500, maxIssues = 20 } = options;
  const summary = emptyIngestSummary();
  const problem = (issue: Issue, at: string) => {
    summary.errors++;
    summary.errorCodes[issue.code] = (summary.errorCodes[issue.code] ?? 0) + 1;
    if (summary.issues.length < maxIssues) summary.issues.push({ ...issue, at });
  };
  let batch: PreparedListing[] = [];
  const flush = async (): Promise<boolean> => {
    if (batch.length === 0) return true;
    try {
      const outcome = await insertListings(db, batch, { extractor: options.extractor });
      summary.inserted += outcome.inserted;
      summary.duplicates += outcome.duplicates;
      batch = [];
      options.onProgress?.(summary);
      return true;
    } catch (error) {
      summary.aborted = {
        code: 'STORE_WRITE_FAILED',
        message: `storing a batch of ${batch.length} listings failed and was rolled back: ${
          error instanceof Error ? error.message : String(error)
        }`,
        hint: 'fix the database problem and run the same import again; listings already stored are skipped',
      };
      return false;
    }
  };

  try {
    for await (const item of items) {
      summary.read++;
      if (!item.ok) problem(item.error, item.at);
      else {
        const prepared = options.prepare(item);
        if (prepared.ok) {
          batch.push(prepared.value);
          for (const warning of prepared.value.warnings ?? []) {
            summary.warnings++;
            if (summary.issues.length < maxIssues) summary.issues.push({ ...warning, at: item.at });
          }
        } else problem(prepared.error, item.at);
      }
      if (batch.length >= batchSize && !(await flush())) return summary;
      if (summary.read % 100 === 0) options.onProgress?.(summary);
    }
  } catch (error) {
    // The input broke off (a truncated file, a wrong mapping): keep what was read well before it.
    if (!hasIssue(error)) throw error;
    if (await flush()) summary.aborted = error.issue;
    options.onProgress?.(summary);
    return summary;
  }
  await flush();
  options.onProgress?.(summary);
  return summary;
}

/** Errors thrown by sources carry their issue (see src/sources/source-error.ts). */
function hasIssue(error: unknown): error is { issue: Issue } {
  return typeof error === 'object' && error !== null && 'issue' in error && typeof error.issue === 'object';
}
