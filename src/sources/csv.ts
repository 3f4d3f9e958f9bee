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
  // Where the last record (or malformed row) ended, and how many empty lines had been skipped then:
  // an unclosed quote is only reported at the end of the file, and its row starts after that record.
  let lastLine = 0;
  let emptyLines = 0;
  let rows = 0;
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: options.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        emptyLines = context.empty_lines;
        return record;
      },
      on_skip: (err) => {
        rows++;
        if (err?.code === 'CSV_QUOTE_NOT_CLOSED') {
          const opened = lastLine + 1 + (Number(err.empty_lines) - emptyLines);
          skipped.push({
            ok: false,
            at: `${options.name}:${opened}`,
            error: {
              code: 'CSV_MALFORMED_ROW',
              message: `a quoted field opens at line ${opened} and is never closed, so lines ${opened}–${err.lines} (${Number(err.lines) - opened + 1} lines) were not read as rows (the rows before line ${opened} were)`,
              hint: 'close the quote (a quote inside a quoted field is written twice: "") and import the file again; listings already stored are skipped',
            },
          });
          return undefined;
        }
        const line = err?.lines ?? '?';
        if (err) {
          lastLine = Number(err.lines);
          emptyLines = Number(err.empty_lines);
        }
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
      rows++;
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
  if (rows === 0) {
    throw new SourceError({
      code: 'CSV_EMPTY',
      message: `${options.name} has a header row but no listings below it`,
      hint: 'export the listings themselves, one row each under the header',
    });
  }
}
