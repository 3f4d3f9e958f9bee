import { statSync } from 'node:fs';
import type { ListingRead } from '../../core/market/listing.ts';
import { prepareListing } from '../../core/market/prepare-listing.ts';
import { listingPreparation } from '../../core/market/setup.ts';
import type { Issue } from '../../core/result.ts';
import { bundledRoles, bundledTaxonomy } from '../../data/bundled.ts';
import { RolefitError } from '../../errors.ts';
import { type ColumnMapping, parseFieldMap } from '../../sources/field-map.ts';
import { JOB_BOARDS, type JobBoard } from '../../sources/job-boards.ts';
import {
  fetchBoardListings,
  listInputFiles,
  readListingsFromFile,
  SOURCE_FORMATS,
  type SourceFormat,
} from '../../sources/read-listings.ts';
import { emptyIngestSummary, type IngestSummary, ingestListings } from '../../store/ingest-listings.ts';
import { countByRoleFamily } from '../../store/listing.repository.ts';
import { type CliIo, type Command, oneOf, parseCommandArgs } from '../io.ts';
import { openStoreFor } from '../store.ts';

const USAGE =
  'rolefit ingest <file|folder> [--source csv|jsonl|json|jobposting-html|greenhouse|lever|ashby|document] [--map field=column,...] | --greenhouse <board> | --lever <company> | --ashby <board>  [--db <path|postgres-url>] [--format text|json]';

/** A one-line progress bar on stderr: share done, listings, rate and time left. Only on a terminal. */
function progressBar(io: CliIo, totalBytes: number | undefined) {
  const started = performance.now();
  let last = 0;
  let bytes = 0;
  let shown = false;
  return {
    bytes(n: number) {
      bytes = n;
    },
    update(summary: Readonly<IngestSummary>, force = false) {
      if (!io.stderrIsTTY) return;
      const now = performance.now();
      if (!force && now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? summary.read / seconds : 0;
      const done = totalBytes ? Math.min(1, bytes / totalBytes) : undefined;
      const eta = done !== undefined && done > 0 ? (seconds * (1 - done)) / done : undefined;
      const width = 24;
      const bar =
        done === undefined
          ? ''
          : `[${'#'.repeat(Math.round(done * width)).padEnd(width, '-')}] ${(done * 100).toFixed(0).padStart(3)}% `;
      io.stderr(
        `\r${bar}${summary.read.toLocaleString('en-US')} read, ${summary.inserted.toLocaleString('en-US')} new, ${summary.errors} errors · ${Math.round(rate).toLocaleString('en-US')}/s${eta === undefined ? '' : ` · ETA ${formatDuration(eta)}`}\u001b[K`,
      );
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

const formatDuration = (s: number) =>
  `${Math.floor(s / 60)}:${Math.round(s % 60)
    .toString()
    .padStart(2, '0')}`;

/** Adds one input's counts to the running total. */
function addInto(total: IngestSummary, part: IngestSummary, maxIssues: number): void {
  total.read += part.read;
  total.inserted += part.inserted;
  total.duplicates += part.duplicates;
  total.errors += part.errors;
  total.warnings += part.warnings;
  for (const [code, n] of Object.entries(part.errorCodes))
    total.errorCodes[code] = (total.errorCodes[code] ?? 0) + n;
  total.issues.push(...part.issues.slice(0, Math.max(0, maxIssues - total.issues.length)));
}

export const ingestCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        source: { type: 'string', short: 's' },
        map: { type: 'string', short: 'm' },
        greenhouse: { type: 'string', multiple: true },
        lever: { type: 'string', multiple: true },
        ashby: { type: 'string', multiple: true },
        db: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'batch-size': { type: 'string' },
      },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const sourceFormat: SourceFormat | undefined =
      values.source === undefined ? undefined : oneOf(values.source, SOURCE_FORMATS, 'csv', 'source');
    let map: ColumnMapping | undefined;
    if (values.map !== undefined) {
      const parsed = parseFieldMap(values.map);
      if (!parsed.ok) throw new RolefitError('USAGE', `${parsed.error.message}.`, parsed.error.hint);
      map = parsed.value;
    }
    const batchSize = values['batch-size'] === undefined ? 500 : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) {
      throw new RolefitError('USAGE', '--batch-size must be a whole number from 1 to 50000.');
    }
    const boards: Array<{ board: JobBoard; name: string }> = JOB_BOARDS.flatMap((board) =>
      (values[board] ?? []).map((name) => ({ board, name })),
    );
    if (positionals.length === 0 && boards.length === 0) {
      throw new RolefitError(
        'USAGE',
        'give a file or folder of listings, or a job board to fetch.',
        `Usage: ${USAGE}`,
      );
    }
    const inputs = positionals.map((path) => {
      const listed = listInputFiles(path, sourceFormat);
      if (!listed.ok)
        throw new RolefitError(listed.error.code, `${listed.error.message}.`, listed.error.hint);
      return listed.value;
    });

    const store = await openStoreFor(values.db, io);
    try {
      const preparation = listingPreparation(bundledTaxonomy(), bundledRoles());
      const maxIssues = 20;
      const total = emptyIngestSummary();
      // Inputs refused whole (an empty CSV, a broken mapping, a board that did not answer).
      const failures: Array<Issue & { input: string }> = [];
      const totalBytes = inputs.reduce((s, i) => s + i.bytes, 0);
      const bar = progressBar(io, boards.length === 0 ? totalBytes : undefined);
      let bytesBefore = 0;

      const run = async (items: AsyncIterable<ListingRead> | Iterable<ListingRead>, label: string) => {
        const base = { ...total };
        const summary = await ingestListings(store.db, items, {
          prepare: (item) => prepareListing(item.value, preparation),
          extractor: preparation.extractor,
          batchSize,
          maxIssues,
          onProgress: (s) =>
            bar.update({
              ...base,
              read: base.read + s.read,
              inserted: base.inserted + s.inserted,
              errors: base.errors + s.errors,
            }),
        });
        addInto(total, summary, maxIssues);
        if (summary.aborted) failures.push({ input: label, ...summary.aborted });
      };

      for (const input of inputs) {
        for (const file of input.files) {
          const before = bytesBefore;
          await run(
            readListingsFromFile(file, { format: sourceFormat, map, onBytes: (n) => bar.bytes(before + n) }),
            file,
          );
          bytesBefore += statSync(file).size;
        }
      }
      for (const { board, name } of boards) {
        const fetched = await fetchBoardListings(board, name);
        if (!fetched.ok) {
          failures.push({ input: `${board} ${name}`, ...fetched.error });
          continue;
        }
        await run(fetched.value, `${board} ${name}`);
      }
      bar.update(total, true);
      bar.done();

      const families = await countByRoleFamily(store.db);
      if (format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              read: total.read,
              inserted: total.inserted,
              duplicates: total.duplicates,
              errors: total.errors,
              errorCodes: total.errorCodes,
              warnings: total.warnings,
              issues: total.issues,
              failures,
              store: { dialect: store.dialect, location: store.location },
              roleFamilies: families.map((f) => ({ roleFamily: f.roleFamily, listings: f.listings })),
            },
            null,
            2,
          )}\n`,
        );
      } else {
        const n = (x: number) => x.toLocaleString('en-US');
        io.stdout(
          `Read ${n(total.read)} listings: ${n(total.inserted)} new, ${n(total.duplicates)} already stored, ${n(total.errors)} errors${total.warnings > 0 ? `, ${n(total.warnings)} stored without their link` : ''}.\n`,
        );
        for (const issue of total.issues.slice(0, 10))
          io.stdout(`  ${issue.at}: ${issue.message} [${issue.code}]\n`);
        if (total.errors + total.warnings > 10) {
          io.stdout(
            `  … ${n(total.errors + total.warnings - Math.min(10, total.issues.length))} more (${Object.entries(
              {
                ...total.errorCodes,
                ...(total.warnings > 0 ? { LISTING_URL_DROPPED: total.warnings } : {}),
              },
            )
              .map(([c, k]) => `${c} ${k}`)
              .join(', ')})\n`,
          );
        }
        const byRole = families.filter((f) => f.roleFamily !== null);
        io.stdout(
          `Store ${store.location} now holds ${n(families.reduce((s, f) => s + f.listings, 0))} listings${byRole.length > 0 ? ` (${byRole.map((f) => `${n(f.listings)} ${f.roleFamily}`).join(', ')})` : ''}.\n`,
        );
      }
      // As every command ends on an error: one line each, its code last.
      for (const f of failures)
        io.stderr(`rolefit: ${f.input}: ${f.message}${f.hint ? ` (${f.hint})` : ''} [${f.code}]\n`);
      const nothingUsable = total.read > 0 && total.inserted + total.duplicates === 0;
      // Every listing refused: the most frequent reason's code stands for the file.
      const [code] = Object.entries(total.errorCodes).sort((a, b) => b[1] - a[1])[0] ?? [];
      if (nothingUsable && failures.length === 0 && code !== undefined) {
        io.stderr(
          `rolefit: nothing was stored: ${total.read === 1 ? 'the one listing read was' : `all ${total.read.toLocaleString('en-US')} listings read were`} refused (see above). [${code}]\n`,
        );
      }
      return failures.length > 0 || nothingUsable ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
