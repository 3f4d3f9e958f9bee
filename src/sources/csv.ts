import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ListingRead } from '../core/market/listing.ts';
import { type ColumnMapping, resolveColumns } from './field-map.ts';
import { recordToListing } from './record-to-listing.ts';
import { SourceError } from './source-error.ts';

export interface CsvOptions {
  /** Provenance of the listings (dedupes source ids): the file name by default. */
  source: string;
  /** Shown in messages: `jobs.csv`. */
  name: string;
  map?: ColumnMapping;
  delimiter?: string;
}

/**
 * Streams listings out of a CSV file with a header row. A malformed row (bad quoting, wrong
 * column count) is yielded as an error and skipped; a wrong `--map` throws before any row.
 */
export async function* readCsvListings(input: Readable, options: CsvOptions): AsyncGenerator<ListingRead> {
  const skipped: ListingRead[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: options.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (err) => {
        const line = err?.lines ?? '?';
        skipped.push({
          ok: false,
          at: `${options.name}:${line}`,
          error: {
            code: 'CSV_MALFORMED_ROW',
            message: `malformed CSV row (${(err?.message ?? 'unreadable').replace(/\s+/g, ' ').slice(0, 160)})`,
          },
        });
        return undefined;
      },
    }),
  );
  // A read error of the input (a vanished file) must end the parse with an error, not hang.
  input.once('error', (e) => parser.destroy(e));
  let header: string[] | undefined;
  let mapping: ColumnMapping | undefined;
  try {
    for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = chunk;
      // Header first: a wrong --map must fail before any row is reported or stored.
      if (header !== undefined) yield* skipped.splice(0);
      if (header === undefined) {
        header = record.map((h) => h.trim());
        const resolved = resolveColumns(header, options.map, options.name);
        if (!resolved.ok) throw new SourceError(resolved.error);
        mapping = resolved.value;
        continue;
      }
      const at = `${options.name}:${info.lines}`;
      if (record.length !== header.length) {
        yield {
          ok: false,
          at,
          error: {
            code: 'CSV_COLUMN_COUNT',
            message: `row has ${record.length} columns, the header has ${header.length}`,
          },
        };
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((h, i) => {
        row[h] = record[i] ?? '';
      });
      const listing = recordToListing(row, mapping!, options.source);
      yield listing.ok ? { ok: true, value: listing.value, at } : { ok: false, error: listing.error, at };
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError({
      code: 'CSV_UNREADABLE',
      message: `${options.name} stopped being readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'check the file is CSV with a header row (for another delimiter, save it as comma-separated)',
    });
  }
  yield* skipped.splice(0);
  if (header === undefined) {
    throw new SourceError({
      code: 'CSV_EMPTY',
      message: `${options.name} is empty`,
      hint: 'export the listings with a header row',
    });
  }
}
