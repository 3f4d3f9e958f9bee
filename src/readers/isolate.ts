import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadDocument } from '../core/document.ts';
import type { Issue, Result } from '../core/result.ts';
import type { ReadHint } from './index.ts';

/** Bounds on one parse: a hostile file can cost at most this much. */
export interface ParseLimits {
  timeoutMs: number;
  /** V8 old-generation heap of the worker. */
  maxHeapMb: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 20_000, maxHeapMb: 384 };

/** Parallel parses at most; more wait their turn. */
const MAX_WORKERS = 2;

type ReadResult = Result<ReadDocument, Issue>;

interface Job {
  bytes: Uint8Array;
  hint: Omit<ReadHint, 'isolate'>;
  limits: ParseLimits;
  resolve(result: ReadResult): void;
}

interface PooledWorker {
  worker: Worker;
  maxHeapMb: number;
}

/**
 * Warm parse workers. Starting a worker (tsx and pdf.js loading inside it) costs seconds, so an
 * idle worker is kept for the next file; a worker that times out, runs out of memory or fails is
 * terminated and never reused. Idle workers do not keep the process alive.
 */
const idle: PooledWorker[] = [];
const queue: Job[] = [];
let running = 0;

/** Ends the idle parse workers, so a finished command can exit; the next parse starts a new one. */
export async function closeParseWorkers(): Promise<void> {
  const workers = idle.splice(0);
  await Promise.all(workers.map((w) => w.worker.terminate()));
}

/** Runs readDocument in a worker thread with resource limits and a timeout; never throws. */
export function readInWorker(
  bytes: Uint8Array,
  hint: ReadHint,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<ReadResult> {
  const { isolate: _ignored, ...rest } = hint;
  return new Promise((resolve) => {
    queue.push({ bytes, hint: rest, limits, resolve });
    pump();
  });
}

function pump(): void {
  while (queue.length > 0 && running < MAX_WORKERS) {
    const job = queue.shift()!;
    running++;
    run(job).then((result) => {
      running--;
      job.resolve(result);
      pump();
    });
  }
}

function take(maxHeapMb: number): PooledWorker {
  const k = idle.findIndex((w) => w.maxHeapMb === maxHeapMb);
  if (k >= 0) {
    const [pooled] = idle.splice(k, 1);
    pooled!.worker.ref();
    return pooled!;
  }
  const entry = new URL(
    import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.js',
    import.meta.url,
  );
  const worker = new Worker(entry.pathname.endsWith('.ts') ? typescriptBootstrap(entry) : entry, {
    eval: entry.pathname.endsWith('.ts'),
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  // Parser chatter stays inside the worker.
  worker.stdout.resume();
  worker.stderr.resume();
  return { worker, maxHeapMb };
}

function run(job: Job): Promise<ReadResult> {
  const pooled = take(job.limits.maxHeapMb);
  const { worker } = pooled;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ReadResult, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) {
        worker.unref();
        idle.push(pooled);
      } else {
        void worker.terminate();
      }
      resolve(result);
    };
    const onMessage = (result: ReadResult) => finish(result, true);
    const onError = (error: Error & { code?: string }) =>
      finish(
        {
          ok: false,
          error:
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? {
                  code: 'PARSE_OUT_OF_MEMORY',
                  message: `reading the file needed more than ${job.limits.maxHeapMb} MB of memory and was stopped.`,
                  hint: 'The file may be damaged or built to exhaust memory; export the resume again, or save it as text.',
                }
              : {
                  code: 'PARSE_FAILED',
                  message: 'the file could not be read: the parser failed on it.',
                  hint: 'Export the resume again, or save it as .docx or text.',
                },
        },
        false,
      );
    const onExit = (code: number) =>
      finish(
        {
          ok: false,
          error: {
            code: 'PARSE_FAILED',
            message: `the parser stopped without a result (exit code ${code}).`,
            hint: 'Export the resume again, or save it as .docx or text.',
          },
        },
        false,
      );
    const timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            error: {
              code: 'PARSE_TIMEOUT',
              message: `reading the file took longer than ${Math.max(1, Math.round(job.limits.timeoutMs / 1000))} s and was stopped.`,
              hint: 'The file may be damaged or built to be slow; export the resume again, or save it as .docx or text.',
            },
          },
          false,
        ),
      job.limits.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ bytes: job.bytes, hint: job.hint });
  });
}

/**
 * Running from the TypeScript sources (there is no build step): the worker registers tsx's
 * loader before importing its entry (an `--import` flag would not apply to the entry itself).
 */
function typescriptBootstrap(entry: URL): string {
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = new URL('dist/esm/api/index.mjs', tsxPackage).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}
