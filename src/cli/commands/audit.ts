import { basename } from 'node:path';
import {
  auditPosting,
  auditToJson,
  type PostingInput,
  renderAuditMarkdown,
  renderAuditText,
} from '../../core/audit/index.ts';
import { VERDICT_LABELS, type Verdict } from '../../core/audit/verdict.ts';
import { auditListing, LISTING_AUDIT_VERSION } from '../../core/market/listing-audit.ts';
import { RolefitError } from '../../errors.ts';
import { readDocument } from '../../readers/index.ts';
import { decodeText } from '../../readers/text.ts';
import { type AuditRunSummary, auditStoredListings } from '../../store/audit-listings.ts';
import { countByVerdict, countListings, listAuditedListings } from '../../store/listing.repository.ts';
import { type CliIo, type Command, oneOf, parseCommandArgs } from '../io.ts';
import { readInputBytes } from '../read-input.ts';
import { openStoreFor } from '../store.ts';

const USAGE =
  'rolefit audit <posting.txt|.md|.html|.pdf|.docx> [--title "…"] [--format text|md|json]  |  rolefit audit --db [<path|postgres-url>] [--top <n>] [--batch-size <n>] [--format text|json]';

/** Verdicts a listing with a TPM, program or project manager title can get, in the order summaries list them. */
const TPM_VERDICTS: readonly Verdict[] = ['genuine', 'hybrid', 'disguised-developer', 'not-tpm'];

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isPdf = (b: Uint8Array): boolean =>
  /%PDF-\d/.test(new TextDecoder('latin1').decode(b.subarray(0, 1024)));

function decode(bytes: Uint8Array, name: string): string {
  const text = decodeText(bytes);
  if (!text.ok) throw new RolefitError(text.error.code, `${name}: ${text.error.message}`, text.error.hint);
  return text.value;
}

/** Posting file → what the core audits: HTML stays HTML (for its JSON-LD title), PDF, DOCX and text become text. */
async function readPosting(path: string): Promise<PostingInput> {
  const bytes = await readInputBytes(path, 'job posting');
  const name = basename(path);
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (isZip(bytes) && ext !== undefined && ext !== 'docx') {
    throw new RolefitError(
      'UNSUPPORTED_FORMAT',
      `${name} is a ZIP archive, not a posting.`,
      'Give a .txt, .md, .html, .pdf or .docx file.',
    );
  }
  if (isZip(bytes) || isPdf(bytes) || ext === 'docx' || ext === 'pdf') {
    // The readers `rolefit analyze` uses: a parser process with memory limits, ZIP and PDF checks.
    const read = await readDocument(bytes, { filename: name });
    if (!read.ok) throw new RolefitError(read.error.code, `${name}: ${read.error.message}`, read.error.hint);
    return { text: read.value.text };
  }
  const text = decode(bytes, name);
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html|<head|<body|<script)/i.test(text))
    return { html: text };
  return { text };
}

/** A bare `--db` (last, or followed by another option) means the default store, as ingest picks it. */
function allowBareDb(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    return arg === '--db' && (next === undefined || next.startsWith('-')) ? '--db=' : arg;
  });
}

/** A one-line progress counter on stderr, only on a terminal. */
function auditProgress(io: CliIo) {
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(s: Readonly<AuditRunSummary>, force = false) {
      if (!io.stderrIsTTY) return;
      const now = performance.now();
      if (!force && now - last < 100) return;
      last = now;
      const done = s.audited + s.failed;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.max(0, s.pending - done) / rate : undefined;
      const share = s.pending === 0 ? 1 : Math.min(1, done / s.pending);
      io.stderr(
        `\r[${'#'.repeat(Math.round(share * 24)).padEnd(24, '-')}] ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')} of ${s.pending.toLocaleString('en-US')} audited · ${Math.round(rate).toLocaleString('en-US')}/s${eta === undefined ? '' : ` · ETA ${Math.ceil(eta)}s`}\u001b[K`,
      );
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/** `rolefit audit --db`: audits stored listings lacking a current audit, then summarizes the store. */
async function auditStore(
  dbOption: string,
  io: CliIo,
  options: { format: 'text' | 'json'; top: number; batchSize: number },
): Promise<number> {
  const store = await openStoreFor(dbOption, io);
  try {
    const bar = auditProgress(io);
    const run = await auditStoredListings(store.db, {
      audit: (title, text) => auditListing(title, text),
      version: LISTING_AUDIT_VERSION,
      batchSize: options.batchSize,
      onProgress: (s) => bar.update(s),
    });
    bar.update(run, true);
    bar.done();
    const [byVerdict, stored, mostDisguised] = await Promise.all([
      countByVerdict(store.db),
      countListings(store.db),
      listAuditedListings(store.db, { verdict: 'disguised-developer', limit: options.top }),
    ]);
    const verdicts = Object.fromEntries(TPM_VERDICTS.map((v) => [v, byVerdict[v] ?? 0])) as Record<
      Verdict,
      number
    >;
    const deliveryTitled = TPM_VERDICTS.reduce((sum, v) => sum + verdicts[v], 0);
    const otherTitles = byVerdict['not-applicable'] ?? 0;
    const unaudited = stored - deliveryTitled - otherTitles;
    if (options.format === 'json') {
      io.stdout(
        `${JSON.stringify(
          {
            audited: run.audited,
            failed: run.failed,
            issues: run.issues,
            ...(run.aborted ? { aborted: run.aborted } : {}),
            version: LISTING_AUDIT_VERSION,
            store: { dialect: store.dialect, location: store.location },
            listings: stored,
            unaudited,
            deliveryTitled,
            verdicts,
            otherTitles,
            mostDisguised: mostDisguised.map((l) => ({
              id: l.id,
              title: l.title,
              company: l.company ?? null,
              roleFamily: l.roleFamily ?? null,
              handsOnShare: l.audit.handsOnShare,
              reason: l.audit.reason,
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const n = (x: number) => x.toLocaleString('en-US');
      const pct = (x: number) => (deliveryTitled === 0 ? '' : `${Math.round((100 * x) / deliveryTitled)}%`);
      const out = [
        `Audited ${n(run.audited)} listing${run.audited === 1 ? '' : 's'}${run.failed > 0 ? `, ${n(run.failed)} could not be audited` : ''}; ${store.location} holds ${n(stored)}${unaudited > 0 ? `, ${n(unaudited)} not audited` : ''}.`,
      ];
      for (const issue of run.issues.slice(0, 10)) out.push(`  ${issue.message} [${issue.code}]`);
      out.push(
        '',
        `${n(deliveryTitled)} listing${deliveryTitled === 1 ? ' has' : 's have'} a TPM, program or project manager title (${n(otherTitles)} other${otherTitles === 1 ? ' does' : 's do'} not):`,
        ...TPM_VERDICTS.map(
          (v) =>
            `  ${v.padEnd(20)} ${n(verdicts[v]).padStart(7)} ${pct(verdicts[v]).padStart(4)}  ${VERDICT_LABELS[v]}`,
        ),
      );
      if (mostDisguised.length > 0) {
        out.push('', 'Most disguised (hands-on share of the duties):');
        for (const l of mostDisguised) {
          out.push(
            `  ${`${Math.round(l.audit.handsOnShare * 100)}%`.padStart(4)}  #${l.id} ${l.title}${l.company ? ` (${l.company})` : ''}`,
            `        ${l.audit.reason}`,
          );
        }
      }
      io.stdout(`${out.join('\n')}\n`);
    }
    if (run.aborted)
      io.stderr(`rolefit: ${run.aborted.message}${run.aborted.hint ? ` (${run.aborted.hint})` : ''}\n`);
    return run.aborted ? 1 : 0;
  } finally {
    await store.close();
  }
}

export const auditCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      allowBareDb(argv),
      {
        title: { type: 'string', short: 't' },
        format: { type: 'string', short: 'f' },
        db: { type: 'string' },
        top: { type: 'string' },
        'batch-size': { type: 'string' },
      },
      USAGE,
    );
    if (values.db !== undefined) {
      if (positionals.length > 0 || values.title !== undefined) {
        throw new RolefitError(
          'USAGE',
          'audit either one posting file or the listing store (--db), not both.',
          `Usage: ${USAGE}`,
        );
      }
      const top = wholeNumber(values.top, 10, 100, 'top');
      const batchSize = wholeNumber(values['batch-size'], 500, 50_000, 'batch-size');
      const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
      return auditStore(values.db, io, { format, top, batchSize });
    }
    const format = oneOf(values.format, ['text', 'md', 'json'] as const, 'text', 'format');
    const path = positionals[0];
    if (path === undefined)
      throw new RolefitError('USAGE', 'give the job posting file to audit.', `Usage: ${USAGE}`);
    if (positionals.length > 1)
      throw new RolefitError('USAGE', 'audit one posting at a time.', `Usage: ${USAGE}`);
    const input = await readPosting(path);
    if (values.title !== undefined) input.title = values.title;
    const result = auditPosting(input);
    if (!result.ok)
      throw new RolefitError(
        result.error.code,
        `${basename(path)}: ${result.error.message}`,
        result.error.hint,
      );
    const audit = result.value;
    if (format === 'json') io.stdout(`${JSON.stringify(auditToJson(audit), null, 2)}\n`);
    else io.stdout(format === 'md' ? renderAuditMarkdown(audit) : renderAuditText(audit));
    return 0;
  },
};

function wholeNumber(value: string | undefined, fallback: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new RolefitError('USAGE', `--${name} must be a whole number from 1 to ${max}.`);
  return n;
}
