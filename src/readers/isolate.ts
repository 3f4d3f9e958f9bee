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

/** Runs readDocument in a worker thread with resource limits and a timeout; never throws. */
export function readInWorker(
  bytes: Uint8Array,
  hint: ReadHint,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<Result<ReadDocument, Issue>> {
  const entry = new URL(
    import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.js',
    import.meta.url,
  );
  const { isolate: _ignored, ...rest } = hint;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Result<ReadDocument, Issue>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const worker = new Worker(entry.pathname.endsWith('.ts') ? typescriptBootstrap(entry) : entry, {
      eval: entry.pathname.endsWith('.ts'),
      workerData: { bytes, hint: rest },
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxHeapMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
      stdout: true,
      stderr: true,
    });
    // Parser chatter stays inside the worker.
    worker.stdout.resume();
    worker.stderr.resume();
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          error: {
            code: 'PARSE_TIMEOUT',
            message: `reading the file took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped.`,
            hint: 'The file may be damaged or built to be slow; export the resume again, or save it as .docx or text.',
          },
        }),
      limits.timeoutMs,
    );
    worker.once('message', (result: Result<ReadDocument, Issue>) => finish(result));
    worker.once('error', (error: Error & { code?: string }) =>
      finish({
        ok: false,
        error:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? {
                code: 'PARSE_OUT_OF_MEMORY',
                message: `reading the file needed more than ${limits.maxHeapMb} MB of memory and was stopped.`,
                hint: 'The file may be damaged or built to exhaust memory; export the resume again, or save it as text.',
              }
            : {
                code: 'PARSE_FAILED',
                message: 'the file could not be read: the parser failed on it.',
                hint: 'Export the resume again, or save it as .docx or text.',
              },
      }),
    );
    worker.once('exit', (code) =>
      finish({
        ok: false,
        error: {
          code: 'PARSE_FAILED',
          message: `the parser stopped without a result (exit code ${code}).`,
          hint: 'Export the resume again, or save it as .docx or text.',
        },
      }),
    );
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
