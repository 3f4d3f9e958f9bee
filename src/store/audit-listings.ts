import type { Kysely } from 'kysely';
import type { ListingAudit } from '../core/market/listing.ts';
import type { Issue } from '../core/result.ts';
import type { Database } from './database.ts';
import { countListingsToAudit, listListingsToAudit, saveListingAudits } from './listing.repository.ts';

/** What a batch audit of stored listings did. */
export interface AuditRunSummary {
  /** Listings that lacked an audit of the version when the run started. */
  pending: number;
  audited: number;
  /** Listings the audit could not judge (left unaudited, listed in `issues`). */
  failed: number;
  issues: Array<Issue & { listingId: number }>;
  /** Set when a batch could not be stored: it was rolled back and the run stopped there. */
  aborted?: Issue;
}

export interface AuditRunOptions {
  /** The audit of one listing; undefined when it cannot be judged. */
  audit: (title: string, text: string) => ListingAudit | undefined;
  /** Listings without an audit of this version are (re)audited and stored with it. */
  version: string;
  /** Listings per read and per transaction (default 500). */
  batchSize?: number;
  /** Problems kept in `issues` (default 20); all are counted. */
  maxIssues?: number;
  onProgress?: (summary: Readonly<AuditRunSummary>) => void;
}

/**
 * Audits every stored listing lacking an audit of `version`, in batches read by id and each
 * committed in one transaction. A listing that cannot be judged is counted and skipped; a
 * database failure rolls back the batch at hand and stops the run (running again continues).
 */
export async function auditStoredListings(
  db: Kysely<Database>,
  options: AuditRunOptions,
): Promise<AuditRunSummary> {
  const { batchSize = 500, maxIssues = 20, version } = options;
  const summary: AuditRunSummary = {
    pending: await countListingsToAudit(db, version),
    audited: 0,
    failed: 0,
    issues: [],
  };
  options.onProgress?.(summary);
  let afterId = 0;
  for (;;) {
    const rows = await listListingsToAudit(db, { version, afterId, limit: batchSize });
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]!.id;
    const audits: Array<{ id: number; audit: ListingAudit }> = [];
    for (const row of rows) {
      let audit: ListingAudit | undefined;
      let problem: string | undefined;
      try {
        audit = options.audit(row.title, row.text);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (audit !== undefined) audits.push({ id: row.id, audit: { ...audit, version } });
      else {
        summary.failed++;
        if (summary.issues.length < maxIssues) {
          summary.issues.push({
            code: 'LISTING_AUDIT_FAILED',
            message: `listing ${row.id} ("${row.title}") could not be audited${problem ? `: ${problem}` : ': it has no text'}`,
            listingId: row.id,
          });
        }
      }
    }
    try {
      await saveListingAudits(db, audits);
    } catch (error) {
      summary.aborted = {
        code: 'STORE_WRITE_FAILED',
        message: `storing the audits of ${audits.length} listings failed and was rolled back: ${
          error instanceof Error ? error.message : String(error)
        }`,
        hint: 'fix the database problem and run rolefit audit --db again; audited listings are skipped',
      };
      return summary;
    }
    summary.audited += audits.length;
    options.onProgress?.(summary);
  }
  return summary;
}
