import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CallHandler, Outcome, Slot } from './pool.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** How a worker ended: by breaking a memory limit, or otherwise. */
interface End {
  outOfMemory: boolean;
  peakRssMb?: number;
}

/** What a slot needs from a thread or a process. */
interface Channel {
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onEnd(listener: (end: End) => void): void;
  kill(): void;
  hold(held: boolean): void;
}

export interface ThreadLimits {
  /** V8 old-generation heap of the thread: everything an analysis allocates lives there. */
  maxHeapMb: number;
}

/** A worker thread running `entry` (which calls serveTasks), with V8 heap limits. */
export function threadSlot<In, Out>(entry: URL, limits: ThreadLimits, gone: () => void): Slot<In, Out> {
  const worker = new Worker(threadBootstrap(entry), {
    eval: true,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxHeapMb,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: 4,
    },
  });
  let outOfMemory = false;
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
  });
  return slotOver<In, Out>(
    {
      send: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onEnd: (listener) => worker.once('exit', () => listener({ outOfMemory })),
      kill: () => void worker.terminate(),
      hold: (held) => (held ? worker.ref() : worker.unref()),
    },
    gone,
  );
}

export interface ProcessLimits {
  /** V8 old-generation heap (--max-old-space-size). */
  maxHeapMb: number;
  /**
   * Resident memory of the whole process, whatever allocates it (decompressor and parser buffers
   * live outside the V8 heap): a watchdog thread in the child kills it beyond this.
   */
  maxRssMb: number;
  /** JavaScript run before tsx is registered: modules imported here load without its transform. */
  preload?: string;
}

/** How often the watchdog looks at the child's resident memory. */
const WATCHDOG_MS = 10;

/**
 * A child process running `entry` (which calls serveTasks), with a heap limit and a watchdog on
 * its resident memory. Its memory goes back to the system when it ends, unlike a thread's.
 */
export function processSlot<In, Out>(entry: URL, limits: ProcessLimits, gone: () => void): Slot<In, Out> {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${limits.maxHeapMb}`,
      '--input-type=module',
      '-e',
      processBootstrap(entry, limits),
    ],
    // fd 4 carries the watchdog's last reading; the child's own output is chatter.
    { stdio: ['ignore', 'ignore', 'ignore', 'ipc', 'pipe'], serialization: 'advanced' },
  );
  const watchdog = child.stdio[4] as Readable;
  let reading = '';
  watchdog.setEncoding('utf8');
  watchdog.on('data', (text: string) => {
    reading += text;
  });
  watchdog.on('error', () => undefined);
  return slotOver<In, Out>(
    {
      send: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', listener as (message: unknown) => void),
      // 'close' comes after fd 4 is drained, so the watchdog's reading is in.
      onEnd: (listener) => {
        // 'close' comes after fd 4 is drained, so the watchdog's reading is in; 'error' when it never started.
        child.once('error', () => listener({ outOfMemory: false }));
        child.once('close', (code, signal) => {
          const killedAt = /rss=(\d+)/.exec(reading)?.[1];
          listener({
            // A V8 heap limit aborts the process (SIGABRT); the watchdog reports before it kills.
            outOfMemory: killedAt !== undefined || signal === 'SIGABRT' || code === 134,
            ...(killedAt === undefined ? {} : { peakRssMb: Math.round(Number(killedAt) / 1024 / 1024) }),
          });
        });
      },
      kill: () => {
        child.kill('SIGKILL');
      },
      hold: (held) => {
        const handles: Array<{ ref(): void; unref(): void } | null | undefined> = [
          child,
          child.channel,
          watchdog as unknown as { ref(): void; unref(): void },
        ];
        for (const handle of handles) {
          if (held) handle?.ref();
          else handle?.unref();
        }
      },
    },
    gone,
  );
}

function slotOver<In, Out>(channel: Channel, gone: () => void): Slot<In, Out> {
  let markReady!: (started: boolean) => void;
  const ready = new Promise<boolean>((resolve) => {
    markReady = resolve;
  });
  let pending: { resolve(outcome: Outcome<Out>): void; call: CallHandler | undefined } | undefined;
  let ended = false;
  const settle = (outcome: Outcome<Out>) => {
    const task = pending;
    pending = undefined;
    task?.resolve(outcome);
  };
  channel.onMessage((message) => {
    switch (message.type) {
      case 'ready':
        markReady(true);
        break;
      case 'result':
        settle({ kind: 'done', value: message.value as Out, ...peak(message.peakRssMb) });
        break;
      case 'failed':
        settle({ kind: 'crashed' });
        break;
      case 'call': {
        const { callId } = message;
        const answer = pending?.call?.(message.name, message.args) ?? Promise.reject(new Error('no handler'));
        answer.then(
          (value) => !ended && channel.send({ type: 'reply', callId, ok: true, value }),
          () => !ended && channel.send({ type: 'reply', callId, ok: false }),
        );
        break;
      }
    }
  });
  channel.onEnd((end) => {
    if (ended) return;
    ended = true;
    markReady(false);
    settle(end.outOfMemory ? { kind: 'out-of-memory', ...peak(end.peakRssMb) } : { kind: 'crashed' });
    gone();
  });
  return {
    ready,
    run(input, call) {
      return new Promise((resolve) => {
        if (ended) return resolve({ kind: 'crashed' });
        pending = { resolve, call };
        channel.send({ type: 'task', input });
      });
    },
    kill: () => channel.kill(),
    hold: (held) => channel.hold(held),
  };
}

const peak = (mb: number | undefined): { peakRssMb?: number } => (mb === undefined ? {} : { peakRssMb: mb });

const tsxApi = (): string =>
  new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')))
    .href;

/**
 * Library chatter stays inside the worker: its output is dropped there, before its entry loads.
 * (Reading it from this side with `stdout: true` kept the process alive for as long as the worker
 * lived, idle or not, so a closed server never exited.) From the TypeScript sources, the worker
 * registers tsx's loader before importing its entry (an `--import` flag would not apply to it).
 */
function threadBootstrap(entry: URL): string {
  const load = `import(${JSON.stringify(entry.href)})`;
  return [
    'for (const stream of [process.stdout, process.stderr]) {',
    '  stream.write = (...args) => { const done = args.find((a) => typeof a === "function"); if (done) queueMicrotask(done); return true; };',
    '}',
    entry.pathname.endsWith('.ts')
      ? `import(${JSON.stringify(tsxApi())}).then((m) => { m.register(); return ${load}; });`
      : `${load};`,
  ].join('\n');
}

/** Reads the process's resident memory from its own thread, so a busy main thread cannot delay it. */
const WATCHDOG = `
import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss <= workerData.limit) return;
  try { writeSync(workerData.fd, 'rss=' + rss + '\\n'); } catch {}
  process.kill(process.pid, 'SIGKILL');
}, workerData.every);
`;

function processBootstrap(entry: URL, limits: ProcessLimits): string {
  const watchdogData = { limit: limits.maxRssMb * 1024 * 1024, fd: 4, every: WATCHDOG_MS };
  return [
    `import { Worker } from 'node:worker_threads';`,
    `new Worker(new URL(${JSON.stringify(`data:text/javascript,${encodeURIComponent(WATCHDOG)}`)}), { workerData: ${JSON.stringify(watchdogData)} }).unref();`,
    limits.preload ?? '',
    entry.pathname.endsWith('.ts') ? `(await import(${JSON.stringify(tsxApi())})).register();` : '',
    `await import(${JSON.stringify(entry.href)});`,
  ].join('\n');
}
