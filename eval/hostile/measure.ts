// What the hostile eval measures around a process: resident memory of it and its children (from
// /proc), a command's run under /usr/bin/time, one raw HTTP exchange, and the health probe.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { parseAnswer, type RawAnswer } from './requests.ts';

/** A V8 stack frame (`    at f (file.js:1:2)`), in any output: none may ever be shown. */
export const STACK_FRAME =
  /^\s*at (?:async )?(?:\S+ \()?(?:file:|node:|\/|<anonymous>)[^\n]*?(?::\d+:\d+\)?|\))$/m;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process's resident memory, in KB (0 once it is gone). */
export const rssKb = (pid: number): number => statusKb(pid, 'VmRSS');

/**
 * Resident KB of the process's `[heap]` mapping: the main thread's malloc arena, where Node puts
 * request buffers below glibc's mmap threshold (0 when unknown). It shrinks only from its top.
 */
export function mallocHeapKb(pid: number): number {
  try {
    const smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
    const at = smaps.search(/ \[heap\]\n/);
    if (at < 0) return 0;
    return Number(/^Rss:\s*(\d+) kB/m.exec(smaps.slice(at))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The process's resident memory with its descendants' (the server's parser processes), in KB. */
export const treeKb = (pid: number): number =>
  rssKb(pid) + descendants(pid).reduce((sum, p) => sum + rssKb(p), 0);

/**
 * Reads a quiet server's memory every second for `seconds`, or until its own RSS is at most
 * `backBelowKb` with no child process left (idle parser processes end on their own) and has not
 * fallen for 10 s (V8 shrinks a heap over a few collections).
 */
export async function watchQuiet(pid: number, options: { backBelowKb: number; seconds: number }) {
  let lowestKb = rssKb(pid);
  let lowestAt = 0;
  let backAfterS = lowestKb <= options.backBelowKb ? 0 : -1;
  const readings = [`0 s ${Math.round(lowestKb / 1024)}`];
  for (let s = 1; s <= options.seconds; s++) {
    await new Promise((r) => setTimeout(r, 1_000));
    const kb = rssKb(pid);
    if (kb < lowestKb) [lowestKb, lowestAt] = [kb, s];
    if (backAfterS < 0 && kb <= options.backBelowKb) backAfterS = s;
    const done = backAfterS >= 0 && s - lowestAt >= 10 && descendants(pid).length === 0;
    if (s % 15 === 0 || done) readings.push(`${s} s ${Math.round(kb / 1024)}`);
    if (done) break;
  }
  return {
    lowestKb,
    /** Seconds until RSS was at most backBelowKb; -1 if it never was. */
    backAfterS,
    treeKb: treeKb(pid),
    mallocKb: mallocHeapKb(pid),
    parsers: descendants(pid).length,
    /** Own RSS in MB every 15 s, and at the end. */
    timeline: readings.join(' · '),
  };
}

/** Every descendant of `pid` (children started by any of its threads, and theirs). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const visit = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of children.split(' ').filter(Boolean).map(Number)) {
        out.push(c);
        visit(c);
      }
    }
  };
  visit(pid);
  return out;
}

/** Samples resident memory every few milliseconds: of `pid` itself and of `pid` with its descendants. */
export class MemorySampler {
  #timer: NodeJS.Timeout | undefined;
  peakOwnKb = 0;
  peakTreeKb = 0;

  constructor(
    readonly pid: number,
    readonly options: { everyMs?: number; includeSelf?: boolean } = {},
  ) {}

  sample(): void {
    const own = this.options.includeSelf === false ? 0 : rssKb(this.pid);
    const tree = own + descendants(this.pid).reduce((sum, p) => sum + rssKb(p), 0);
    this.peakOwnKb = Math.max(this.peakOwnKb, own);
    this.peakTreeKb = Math.max(this.peakTreeKb, tree);
  }

  start(): this {
    this.sample();
    this.#timer = setInterval(() => this.sample(), this.options.everyMs ?? 20);
    return this;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}

export interface CommandRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The largest of: the highest resident memory of any one process (`/usr/bin/time`), and the sampled sum over the process tree. */
  peakMb: number;
  timedOut: boolean;
}

const TIME = '/usr/bin/time';
const KEEP = 2 * 1024 * 1024;

/** Runs `node <args>` with a time limit, measuring its peak memory with its children (the parser process). */
export function runCommand(
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; timeFile: string },
): Promise<CommandRun> {
  const timed = existsSync(TIME);
  const argv = timed ? ['-f', '%M', '-o', options.timeFile, process.execPath, ...args] : args;
  const started = performance.now();
  // A group of its own, so a run that overstays is ended with everything it started.
  const child = spawn(timed ? TIME : process.execPath, argv, {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    if (stdout.length < KEEP) stdout += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < KEEP) stderr += d.toString('utf8');
  });
  const sampler = new MemorySampler(child.pid ?? 0, { includeSelf: !timed }).start();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, options.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      sampler.stop();
      const ms = performance.now() - started;
      let code = exitCode;
      let signal: string | null = exitSignal;
      let maxKb = 0;
      if (timed && existsSync(options.timeFile)) {
        const report = readFileSync(options.timeFile, 'utf8');
        rmSync(options.timeFile, { force: true });
        maxKb = Number(/(\d+)\s*$/.exec(report)?.[1] ?? 0);
        const bySignal = /terminated by signal (\d+)/.exec(report)?.[1];
        if (bySignal) {
          signal = `signal ${bySignal}`;
          code = null;
        }
      }
      resolve({
        code,
        signal,
        stdout,
        stderr,
        ms,
        peakMb: Math.round(Math.max(maxKb, sampler.peakTreeKb) / 1024),
        timedOut,
      });
    });
  });
}

export interface Exchange {
  answer: RawAnswer;
  ms: number;
  /** A client-side error (the server reset the connection while the request was being written). */
  error?: string;
  timedOut: boolean;
}

/**
 * Writes one raw request on a connection of its own and reads the answer until the server closes;
 * `from` is the local address (any of 127.0.0.0/8 on Linux), so the server sees distinct clients.
 */
export function exchange(port: number, bytes: Buffer, timeoutMs: number, from?: string): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let error: string | undefined;
    let timedOut = false;
    // Written in pieces, and no more once the server has answered (as clients do): a server that
    // refuses a large body at its headers closes the connection, and writing on would lose the answer.
    let answered = false;
    const socket = connect(
      { host: '127.0.0.1', port, ...(from === undefined ? {} : { localAddress: from }) },
      () => {
        let at = 0;
        const next = () => {
          while (!answered && at < bytes.length) {
            const piece = bytes.subarray(at, at + 64 * 1024);
            at += piece.length;
            if (!socket.write(piece)) return void socket.once('drain', next);
          }
        };
        next();
      },
    );
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (d: Buffer) => {
      answered = true;
      chunks.push(d);
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({
        answer: parseAnswer(Buffer.concat(chunks)),
        ms: performance.now() - started,
        ...(error === undefined ? {} : { error }),
        timedOut,
      });
    });
  });
}

/** GET /api/health in a loop on a kept-alive connection, recording each latency against the input running then. */
export class HealthProbe {
  readonly samples: Array<{ input: number; ms: number }> = [];
  /** The index of the input in flight, or -1 between inputs. */
  input = -1;
  #running = false;
  #done: Promise<void> | undefined;
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    readonly port: number,
    readonly everyMs = 50,
  ) {}

  #probe(): Promise<number> {
    return new Promise((resolve) => {
      const started = performance.now();
      const req = request(
        { host: '127.0.0.1', port: this.port, path: '/api/health', agent: this.#agent, timeout: 30_000 },
        (res) => {
          res.resume();
          res.on('end', () => resolve(performance.now() - started));
        },
      );
      req.on('error', () => resolve(performance.now() - started));
      req.on('timeout', () => req.destroy());
      req.end();
    });
  }

  start(): void {
    this.#running = true;
    this.#done = (async () => {
      while (this.#running) {
        const input = this.input;
        const ms = await this.#probe();
        if (input >= 0) this.samples.push({ input, ms });
        await new Promise((r) => setTimeout(r, this.everyMs));
      }
    })();
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#done;
    this.#agent.destroy();
  }
}

/** The q-quantile of `values` (nearest rank). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
