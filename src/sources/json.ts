import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ListingRead } from '../core/market/listing.ts';
import { type ColumnMapping, resolveColumns } from './field-map.ts';
import { detectBoard, readBoard } from './job-boards.ts';
import { findJobPostings, jobPostingToListing } from './jobposting-html.ts';
import { recordToListing } from './record-to-listing.ts';
import { SourceError } from './source-error.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface JsonOptions {
  source: string;
  name: string;
  map?: ColumnMapping;
}

/** Nested objects flattened one level (`company.name`), so mappings can name them. */
function flatten(record: Json): Json {
  const out: Json = { ...record };
  for (const [k, v] of Object.entries(record)) {
    if (isObject(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
  }
  return out;
}

function readRecord(value: unknown, at: string, options: JsonOptions): ListingRead {
  if (!isObject(value)) {
    return { ok: false, at, error: { code: 'JSON_NOT_OBJECT', message: 'the item is not a JSON object' } };
  }
  const [posting] = isObject(value) && '@type' in value ? findJobPostings(value) : [];
  if (posting) {
    const l = jobPostingToListing(posting, options.source);
    return l.ok ? { ok: true, value: l.value, at } : { ok: false, error: l.error, at };
  }
  const record = flatten(value);
  const mapping = resolveColumns(Object.keys(record), options.map, `${at}`);
  if (!mapping.ok) {
    // A wrong --map is the user's mistake for every row: stop rather than report it thousands of times.
    if (mapping.error.code === 'MAP_COLUMN_NOT_FOUND' && options.map) throw new SourceError(mapping.error);
    return { ok: false, at, error: mapping.error };
  }
  const l = recordToListing(record, mapping.value, options.source);
  return l.ok ? { ok: true, value: l.value, at } : { ok: false, error: l.error, at };
}

/** Streams listings from JSON Lines, one object per line; a line that is not JSON is an error for that line only. */
export async function* readJsonlListings(input: Readable, options: JsonOptions): AsyncGenerator<ListingRead> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim().length === 0) continue;
    const at = `${options.name}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield {
        ok: false,
        at,
        error: {
          code: 'JSONL_INVALID_LINE',
          message: `line is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        },
      };
      continue;
    }
    yield readRecord(value, at, options);
  }
}

/** Items of a parsed JSON document: a board response, JSON-LD, an array, or an object holding one. */
export function readJsonDocument(doc: unknown, options: JsonOptions): ListingRead[] {
  const board = detectBoard(doc);
  if (board) {
    const read = readBoard(board, doc, options.name);
    if (!read.ok) throw new SourceError(read.error);
    return read.value;
  }
  const postings = findJobPostings(doc);
  if (postings.length > 0) {
    return postings.map((p, k) => {
      const l = jobPostingToListing(p, options.source);
      const at = `${options.name}#${k + 1}`;
      return l.ok ? { ok: true, value: l.value, at } : { ok: false, error: l.error, at };
    });
  }
  let items: unknown[] | undefined = Array.isArray(doc) ? doc : undefined;
  if (!items && isObject(doc)) {
    for (const key of ['jobs', 'listings', 'postings', 'results', 'data', 'items']) {
      if (Array.isArray(doc[key])) {
        items = doc[key] as unknown[];
        break;
      }
    }
    items ??= [doc];
  }
  if (!items) {
    throw new SourceError({
      code: 'JSON_NO_LISTINGS',
      message: `${options.name} holds no listings (expected an array of objects)`,
      hint: 'give an array of job objects, an object with a "jobs" array, or JSON Lines',
    });
  }
  return items.map((item, k) => readRecord(item, `${options.name}#${k + 1}`, options));
}

/** Parses a whole JSON file; not valid JSON is an error for the whole file. */
export function parseJsonFile(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SourceError({
      code: 'JSON_INVALID',
      message: `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      hint: 'for one JSON object per line, name the file .jsonl or pass --source jsonl',
    });
  }
}
