import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ListingRead } from '../core/market/listing.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { readDocument } from '../readers/index.ts';
import { readCsvListings } from './csv.ts';
import type { ColumnMapping } from './field-map.ts';
import { boardUrl, type JobBoard, readBoard } from './job-boards.ts';
import { readJobPostingHtml } from './jobposting-html.ts';
import { parseJsonFile, readJsonDocument, readJsonlListings } from './json.ts';
import { SourceError } from './source-error.ts';

/** Input formats of `rolefit ingest --source`. `document` is one job description per file (.md, .txt, .docx). */
export const SOURCE_FORMATS = [
  'csv',
  'jsonl',
  'json',
  'jobposting-html',
  'greenhouse',
  'lever',
  'ashby',
  'document',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.html': 'jobposting-html',
  '.htm': 'jobposting-html',
  '.md': 'document',
  '.markdown': 'document',
  '.txt': 'document',
  '.docx': 'document',
};

/** The format of a file from its extension; undefined when unknown. */
export const formatOf = (path: string): SourceFormat | undefined => BY_EXTENSION[extname(path).toLowerCase()];

/** Largest whole-file input (JSON, HTML, a document); bigger ones should be JSON Lines or CSV, which stream. */
const MAX_WHOLE_FILE = 256 * 1024 * 1024;

export interface InputFiles {
  files: string[];
  bytes: number;
}

/** The files to import: the file itself, or a directory's files of known formats (sorted, not recursive). */
export function listInputFiles(path: string, format?: SourceFormat): Result<InputFiles, Issue> {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return fail({
      code: 'INPUT_NOT_FOUND',
      message: `${path} does not exist`,
      hint: 'give a file or a folder of listings',
    });
  }
  const files = stat.isDirectory()
    ? readdirSync(path)
        .filter((f) => !f.startsWith('.') && (format !== undefined || formatOf(f) !== undefined))
        .sort()
        .map((f) => join(path, f))
        .filter((f) => statSync(f).isFile())
    : [path];
  if (files.length === 0) {
    return fail({
      code: 'INPUT_EMPTY_DIR',
      message: `${path} holds no file rolefit can import`,
      hint: `supported: ${Object.keys(BY_EXTENSION).join(' ')}`,
    });
  }
  return ok({ files, bytes: files.reduce((s, f) => s + statSync(f).size, 0) });
}

export interface ReadFileOptions {
  format?: SourceFormat | undefined;
  map?: ColumnMapping | undefined;
  /** Called with the bytes read so far of this file, for progress. */
  onBytes?: (bytes: number) => void;
}

/** Listings of one file, streamed where the format allows; a whole-file problem throws a SourceError. */
export async function* readListingsFromFile(
  path: string,
  options: ReadFileOptions = {},
): AsyncGenerator<ListingRead> {
  const name = basename(path);
  const format = options.format ?? formatOf(path);
  if (format === undefined) {
    throw new SourceError({
      code: 'INPUT_UNKNOWN_FORMAT',
      message: `cannot tell the format of ${name}`,
      hint: `pass --source ${SOURCE_FORMATS.join('|')}`,
    });
  }
  // Provenance for dedupe by source id: the file name without its extension.
  const source = name.replace(/\.[^.]+$/, '');
  if (format === 'csv' || format === 'jsonl') {
    const stream = createReadStream(path);
    let bytes = 0;
    if (options.onBytes) {
      const report = options.onBytes;
      stream.on('data', (chunk) => {
        bytes += chunk.length;
        report(bytes);
      });
    }
    const common = { source, name, ...(options.map ? { map: options.map } : {}) };
    if (format === 'csv') {
      yield* readCsvListings(stream, {
        ...common,
        ...(extname(path).toLowerCase() === '.tsv' ? { delimiter: '\t' } : {}),
      });
    } else yield* readJsonlListings(stream, common);
    return;
  }
  const size = statSync(path).size;
  if (size > MAX_WHOLE_FILE) {
    throw new SourceError({
      code: 'INPUT_TOO_LARGE',
      message: `${name} is ${Math.round(size / 1e6)} MB; ${format} files are read whole (limit ${MAX_WHOLE_FILE / 1e6} MB)`,
      hint: 'convert it to JSON Lines or CSV, which stream',
    });
  }
  const bytes = readFileSync(path);
  options.onBytes?.(bytes.length);
  if (format === 'document') {
    const doc = await readDocument(new Uint8Array(bytes), { filename: name });
    if (!doc.ok) {
      yield { ok: false, at: name, error: doc.error };
      return;
    }
    const text = doc.value.text;
    const title = (text.split('\n').find((l) => l.trim().length > 0) ?? name).replace(/^#+\s*/, '').trim();
    yield { ok: true, at: name, value: { source: 'document', title: title.slice(0, 160), text } };
    return;
  }
  const text = bytes.toString('utf8');
  if (format === 'jobposting-html') {
    yield* readJobPostingHtml(text, name);
    return;
  }
  const doc = parseJsonFile(text, name);
  if (format === 'json') {
    yield* readJsonDocument(doc, { source, name, ...(options.map ? { map: options.map } : {}) });
    return;
  }
  const read = readBoard(format, doc, name);
  if (!read.ok) throw new SourceError(read.error);
  yield* read.value;
}

/** Board names are URL slugs. */
const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Fetches a company's public job board (global fetch) and reads its jobs. */
export async function fetchBoardListings(
  board: JobBoard,
  name: string,
  fetchFn: typeof fetch = fetch,
): Promise<Result<ListingRead[], Issue>> {
  if (!BOARD_NAME.test(name)) {
    return fail({
      code: 'BOARD_BAD_NAME',
      message: `"${name}" is not a ${board} board name`,
      hint: `use the slug from the company's job-board URL (e.g. ${board === 'greenhouse' ? 'boards.greenhouse.io/<name>' : board === 'lever' ? 'jobs.lever.co/<name>' : 'jobs.ashbyhq.com/<name>'})`,
    });
  }
  const url = boardUrl(board, name);
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    return fail({
      code: 'BOARD_FETCH_FAILED',
      message: `cannot reach ${url}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
      hint: 'check the network connection, or download the JSON yourself and pass the file with --source',
    });
  }
  if (!response.ok) {
    return fail({
      code: response.status === 404 ? 'BOARD_NOT_FOUND' : 'BOARD_FETCH_FAILED',
      message:
        response.status === 404
          ? `${board} has no board named "${name}" (HTTP 404 from ${url})`
          : `${url} answered HTTP ${response.status}`,
      hint: response.status === 404 ? 'check the slug in the company’s job-board URL' : 'try again later',
    });
  }
  let doc: unknown;
  try {
    doc = await response.json();
  } catch {
    return fail({ code: 'BOARD_NOT_JSON', message: `${url} did not answer JSON` });
  }
  return readBoard(board, doc, `${board}:${name}`, name);
}

export { SourceError };
