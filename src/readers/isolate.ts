import { fileURLToPath } from 'node:url';
import type { ReadDocument } from '../core/document.ts';
import type { Issue, Result } from '../core/result.ts';
import { NEWCOMER_WORKERS, SUSPECT_MS, TaskPool, type TaskReport } from '../isolation/pool.ts';
import { processSlot } from '../isolation/slots.ts';
import type { ReadHint } from './index.ts';
import { ocrTimeAllowanceMs } from './ocr-limits.ts';
import { PRELOADED_PDFJS } from './preloaded-pdfjs.ts';

/** Bounds on one parse: a hostile file can cost at most this much. */
export interface ParseLimits {
  /** Time the parse may take; starting the parser process does not count. */
  timeoutMs: number;
  /** V8 old-generation heap of the parser process. */
  maxHeapMb: number;
  /** Resident memory of the parser process, decompressor and pdf.js buffers included. */
  maxRssMb: number;
  /** Files that may wait for a parser; beyond that a file is refused as SERVER_BUSY. */
  maxQueue: number;
  /** Files one client may have read and waiting at once; beyond that its file is refused as CLIENT_BUSY. */
  maxPerClient: number;
  /** A parser process idle this long ends, and all its memory goes back to the system. */
  idleMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  timeoutMs: 20_000,
  maxHeapMb: 256,
  // A parser process holds about 120 MB before its first file and 180 MB after 25 resume PDFs.
  maxRssMb: 384,
  maxQueue: Number.POSITIVE_INFINITY,
  maxPerClient: Number.POSITIVE_INFINITY,
  // Starting a parser takes about 0.6 s; one left after a burst of uploads holds 100–200 MB.
  idleMs: 30_000,
};

/** Parallel parses at most; more wait their turn. */
const MAX_WORKERS = 2;

/** A parser whose file took more memory than this is replaced, so the memory goes back to the system. */
const RETIRE_ABOVE_RSS_MB = 256;

type ReadResult = Result<ReadDocument, Issue>;
type Task = { bytes: Uint8Array; hint: Omit<ReadHint, 'isolate'> };

const pools = new Map<string, TaskPool<Task, ReadResult>>();

/** Ends the parser processes, so a finished command can exit at once; the next parse starts new ones. */
export async function closeParseWorkers(): Promise<void> {
  for (const pool of pools.values()) pool.close();
  pools.clear();
}

/** Starts a parser process before the first file, which then parses in it. */
export function warmParseWorkers(limits: Partial<ParseLimits> = {}): void {
  poolFor({ ...DEFAULT_PARSE_LIMITS, ...limits }).warm();
}

/**
 * Runs readDocument in a parser process with memory limits and a timeout; never throws. Files of
 * different clients (a server's callers) are read in turn.
 */
export async function readInWorker(
  bytes: Uint8Array,
  hint: ReadHint,
  limits: Partial<ParseLimits> = {},
  client?: string,
): Promise<ReadResult> {
  const { result } = await readIsolated(bytes, hint, limits, client);
  return result.ok ? result.value : result;
}

/** readInWorker, with the parser's peak resident memory during this file. */
export async function readIsolated(
  bytes: Uint8Array,
  hint: ReadHint,
  partial: Partial<ParseLimits> = {},
  client?: string,
): Promise<TaskReport<ReadResult>> {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...partial };
  const { isolate: _ignored, ...rest } = hint;
  // OCR of a scanned page asks for its time page by page (MORE_TIME_CALL), within this allowance.
  return poolFor(limits).run(
    { bytes, hint: rest },
    {
      timeoutMs: limits.timeoutMs,
      maxQueue: limits.maxQueue,
      extraTimeMs: ocrTimeAllowanceMs(rest.ocr),
      maxPerClient: limits.maxPerClient,
      ...(client === undefined ? {} : { client }),
    },
  );
}

/**
 * Parser processes are warm: starting one (Node, pdf.js, tsx) costs a second or more, so an idle
 * one waits for the next file (for `idleMs`) without keeping the process alive. One that broke a
 * limit or failed is killed and never reused.
 */
function poolFor(limits: ParseLimits): TaskPool<Task, ReadResult> {
  const key = `${limits.maxHeapMb}/${limits.maxRssMb}/${limits.idleMs}`;
  let pool = pools.get(key);
  if (!pool) {
    const entry = new URL(
      import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.js',
      import.meta.url,
    );
    pool = new TaskPool<Task, ReadResult>({
      size: MAX_WORKERS,
      retireAboveRssMb: RETIRE_ABOVE_RSS_MB,
      idleMs: limits.idleMs,
      // Only a server's files name their client: the CLI's never make one suspect, nor start a
      // parser beyond MAX_WORKERS.
      suspectMs: SUSPECT_MS,
      spare: NEWCOMER_WORKERS,
      spawn: (gone) =>
        processSlot(
          entry,
          { maxHeapMb: limits.maxHeapMb, maxRssMb: limits.maxRssMb, preload: PRELOAD_PDFJS },
          gone,
        ),
      issues: parseIssues(limits),
    });
    pools.set(key, pool);
  }
  return pool;
}

/**
 * pdf.js loads before the parser says it is ready, so its start-up is not counted in a file's
 * time; and outside tsx, whose transform of its 3 MB of JavaScript would cost 150 MB. The
 * worker module is pdf.js's documented way to parse without a worker of its own. The minified
 * build (1.8 MB instead of 3.4) is the same code, read and compiled sooner. As it loads,
 * pdf.js requires @napi-rs/canvas (native code: about 40 ms and 30 MB of each parser) and reads
 * `Response`, which loads Node's fetch (about 45 ms), both for drawing pages, which rolefit never
 * does: the parser hides them while pdf.js loads and gives it the DOMMatrix its drawing code
 * makes at load. Text, images and OCR need neither.
 */
const PRELOAD_PDFJS = `
const { default: Module } = await import('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === '@napi-rs/canvas') throw new Error('rolefit draws no pages');
  return load.call(this, request, ...rest);
};
globalThis.DOMMatrix ??= class DOMMatrix {};
const response = Object.getOwnPropertyDescriptor(globalThis, 'Response');
if (response?.configurable)
  Object.defineProperty(globalThis, 'Response', { configurable: true, value: { prototype: { bytes() {} } } });
try {
  ${import.meta.url.endsWith('.js') ? loadBundledPdfjs() : ''}
  if (!globalThis.pdfjsWorker) {
    await import(${JSON.stringify(import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'))});
    globalThis.pdfjsWorker = await import(${JSON.stringify(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs'))});
  }
} finally {
  if (response?.configurable) Object.defineProperty(globalThis, 'Response', response);
  Module._load = load;
}
`;

/**
 * From dist/, the same pdf.js as one script the build made (dist/pdfjs.cjs), run with a V8 code
 * cache: a parser then starts without parsing and compiling pdf.js again, and reads its first
 * file without compiling what reading needs (a parser reading a one-page resume: 1.75 G
 * instructions before, 1.47 G with the cache). The cache is written once, after the first PDF
 * a parser read and before its answer: `rolefit analyze` may end (and kill the parser) as soon as
 * the answer comes. Any failure, or ROLEFIT_CODE_CACHE=0, loads the package as above.
 */
function loadBundledPdfjs(): string {
  const codeCache = new URL('./code-cache.js', import.meta.url).href;
  const bundle = fileURLToPath(new URL('./pdfjs.cjs', import.meta.url));
  return `
  try {
    const { codeCacheDir, loadCachedScript } = await import(${JSON.stringify(codeCache)});
    const dir = codeCacheDir(process.env);
    if (dir !== undefined) {
      const bundled = loadCachedScript(${JSON.stringify(bundle)}, dir);
      globalThis[Symbol.for(${JSON.stringify(PRELOADED_PDFJS.description)})] = {
        pdfjs: bundled.exports.pdfjs,
        parsed: bundled.save,
      };
      globalThis.pdfjsWorker = bundled.exports.pdfjsWorker;
    }
  } catch {
    delete globalThis[Symbol.for(${JSON.stringify(PRELOADED_PDFJS.description)})];
    delete globalThis.pdfjsWorker;
  }`;
}

function parseIssues(limits: ParseLimits) {
  const again = 'Export the resume again, or save it as .docx or text.';
  return {
    timeout: (ms: number): Issue => ({
      code: 'PARSE_TIMEOUT',
      message: `reading the file took longer than ${Math.max(1, Math.round(ms / 1000))} s and was stopped.`,
      hint: 'The file may be damaged or built to be slow; export the resume again, or save it as .docx or text.',
    }),
    outOfMemory: (): Issue => ({
      code: 'PARSE_OUT_OF_MEMORY',
      message: `reading the file needed more than ${limits.maxRssMb} MB of memory and was stopped.`,
      hint: 'The file may be damaged or built to exhaust memory; export the resume again, or save it as text.',
    }),
    crashed: (): Issue => ({
      code: 'PARSE_FAILED',
      message: 'the file could not be read: the parser failed on it.',
      hint: again,
    }),
    busy: (): Issue => ({
      code: 'SERVER_BUSY',
      message: 'every document reader is busy.',
      hint: 'Try again in a few seconds.',
    }),
    clientBusy: (max: number): Issue => ({
      code: 'CLIENT_BUSY',
      message: `you already have ${max} file${max === 1 ? '' : 's'} being read or waiting to be read.`,
      hint: 'Wait for those answers before sending more (see Retry-After).',
    }),
  };
}
