// OCR with tesseract.js and the English model that the @tesseract.js-data/eng package ships: the
// only module that touches tesseract.js. Nothing is fetched or cached at run time: the model is
// read from the installed package, the engine's wasm is required from tesseract.js-core, and the
// engine's thread has no fetch at all (a model path that is not a file fails instead of downloading).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GrayImage } from './page-images.ts';
import { encodePgm } from './page-images.ts';

/** One recognized word; boxes are in the image's pixels, origin top left. */
export interface OcrWord {
  text: string;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One text line: its words, its baseline (a line through two points) and its height in pixels. */
export interface OcrLine {
  words: OcrWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowHeight: number;
}

/** What OCR read in one image: lines in tesseract's reading order, and its mean word confidence. */
export interface OcrResult {
  lines: OcrLine[];
  confidence: number;
}

export interface OcrEngine {
  /** Reads one grey image scanned at `dpi`; rejects with an OcrFailure. */
  read(image: GrayImage, dpi: number, timeoutMs: number): Promise<OcrResult>;
  close(): Promise<void>;
}

/** Why OCR stopped: the engine did not start, took too long, failed on an image, or the image was too large to read. */
export class OcrFailure extends Error {
  constructor(
    readonly reason: 'start' | 'timeout' | 'failed' | 'too-large',
    detail: string,
  ) {
    super(detail);
  }
}

/** Where the model and the engine's thread script come from; overridable only for tests. */
export interface OcrPaths {
  /** Folder holding eng.traineddata.gz. */
  langPath: string;
}

const require = createRequire(import.meta.url);

/** The LSTM-only model (the integer "best" one): what tesseract.js itself would download for OEM 1. */
export function shippedOcrPaths(): OcrPaths {
  return {
    langPath: join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int'),
  };
}

/**
 * The engine's thread. fetch is taken away before tesseract's worker script loads (it would
 * fetch a model path that looks like a URL). An error that escapes the script fails the job in
 * hand (and any later one) instead of leaving it unanswered; a thread whose start-up failed ends
 * itself, since tesseract.js hands out no handle to end it.
 */
function workerBootstrap(): URL {
  const script = pathToFileURL(require.resolve('tesseract.js/src/worker-script/node/index.js')).href;
  const code = `
import { parentPort } from 'node:worker_threads';
globalThis.fetch = async () => { throw new Error('OCR may not fetch anything'); };
const post = parentPort.postMessage.bind(parentPort);
const STARTING = ['load', 'loadLanguage', 'initialize'];
let pending;
let broken;
const settle = (message) => {
  if (pending && message?.jobId === pending.jobId && message.status !== 'progress') pending = undefined;
  post(message);
  if (message?.status === 'reject' && STARTING.includes(message.action)) setImmediate(() => process.exit(1));
};
// Once broken, the script's own answers are dropped: tesseract.js fails on a job answered twice.
parentPort.postMessage = (message) => { if (!broken) settle(message); };
const answer = (job) => settle({ workerId: job.workerId, jobId: job.jobId, action: job.action, status: 'reject', data: broken });
parentPort.on('message', (job) => {
  pending = job;
  if (broken) answer(job);
});
const fatal = (error) => {
  if (broken) return;
  broken = 'the OCR engine failed: ' + String(error?.message ?? error);
  post({ status: 'rolefit-fatal', data: broken });
  if (pending) answer(pending);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
try { await import(${JSON.stringify(script)}); } catch (error) { fatal(error); }
`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface TesseractWorker {
  worker: { on(event: 'message', listener: (m: { status?: string; data?: unknown }) => void): void };
  recognize(
    image: Uint8Array,
    options: Record<string, string>,
    output: Record<string, boolean>,
  ): Promise<{ data: { confidence: number; blocks: TesseractBlock[] | null } }>;
  terminate(): Promise<unknown>;
}

interface TesseractBlock {
  paragraphs: Array<{
    lines: Array<{
      baseline: OcrLine['baseline'];
      rowAttributes: { rowHeight: number };
      bbox: { y0: number; y1: number };
      words: Array<{
        text: string;
        confidence: number;
        bbox: { x0: number; y0: number; x1: number; y1: number };
      }>;
    }>;
  }>;
}

/** Starts the engine (about 1–2 s: the wasm and the 3 MB model load); rejects with an OcrFailure. */
export async function startOcr(
  startTimeoutMs: number,
  paths: OcrPaths = shippedOcrPaths(),
): Promise<OcrEngine> {
  const tesseract = (await import('tesseract.js')).default;
  let fatal: ((detail: string) => void) | undefined;
  // A model that cannot be read fails a start-up step, which tesseract.js reports only here.
  let startFailed: ((detail: string) => void) | undefined;
  const failedToStart = new Promise<never>((_, reject) => {
    startFailed = (detail) => reject(new OcrFailure('start', detail));
  });
  failedToStart.catch(() => undefined);
  const created = tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    langPath: paths.langPath,
    gzip: true,
    // 'none': neither read a cached model from, nor write one to, the working folder.
    cacheMethod: 'none',
    workerPath: workerBootstrap() as unknown as string,
    // Without a handler tesseract.js rethrows a failed job's error where no one can catch it.
    errorHandler: (error: unknown) => startFailed?.(describe(error)),
  }) as unknown as Promise<TesseractWorker>;
  const worker = await within(Promise.race([created, failedToStart]), startTimeoutMs, 'start').catch(
    (error: unknown) => {
      // A worker that starts late, or half started, is ended.
      created.then((w) => w.terminate()).catch(() => undefined);
      throw error instanceof OcrFailure ? error : new OcrFailure('start', describe(error));
    },
  );
  startFailed = undefined;
  worker.worker.on('message', (m) => {
    if (m.status === 'rolefit-fatal') fatal?.(String(m.data));
  });
  return {
    async read(image, dpi, timeoutMs) {
      const crashed = new Promise<never>((_, reject) => {
        fatal = (detail) => reject(new OcrFailure('failed', detail));
      });
      const job = worker
        .recognize(
          encodePgm(image),
          { user_defined_dpi: String(Math.round(dpi)) },
          { text: false, blocks: true },
        )
        .catch((error: unknown) => {
          throw new OcrFailure('failed', describe(error));
        });
      try {
        const { data } = await within(Promise.race([job, crashed]), timeoutMs, 'timeout');
        return { lines: linesOf(data.blocks ?? []), confidence: data.confidence };
      } finally {
        fatal = undefined;
      }
    },
    async close() {
      await worker.terminate().catch(() => undefined);
    },
  };
}

function linesOf(blocks: TesseractBlock[]): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of blocks)
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const words = line.words
          .filter((w) => w.text.trim() !== '')
          .map((w) => ({ text: w.text.trim(), confidence: w.confidence, ...w.bbox }));
        if (words.length === 0) continue;
        const height = line.rowAttributes?.rowHeight;
        out.push({
          words,
          baseline: line.baseline,
          rowHeight: height > 0 ? height : line.bbox.y1 - line.bbox.y0,
        });
      }
  return out;
}

function within<T>(promise: Promise<T>, ms: number, reason: 'start' | 'timeout'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrFailure(reason, `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
