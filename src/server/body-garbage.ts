import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Request bodies read and dropped (or held) between collections of young garbage.
 *
 * Node's HTTP parser copies each piece of a request body (up to 64 KB) into a Buffer of its own,
 * allocated with malloc in glibc's main heap. V8 frees those only when it collects garbage, and a
 * server that reads a large body while allocating little JavaScript does so late: V8 starts a
 * collection for external memory only once it has grown by 64 MB. By then the pieces have pushed
 * the heap up, and glibc keeps what lies below memory still in use: after an 11 MB and a 26 MB
 * upload refused as too large, the idle server kept 25 MB more than before (docs/benchmarks.md).
 * Collected every MB, the pieces are freed as they come and the next ones reuse their memory.
 */
export const COLLECT_EVERY_BYTES = 1024 * 1024;

/** Counts body bytes read and calls `collect` each time another `every` bytes have been read. */
export function bodyGarbage(collect: () => void, every = COLLECT_EVERY_BYTES): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < every) return;
    since = 0;
    collect();
  };
}

/**
 * V8's collection of its young generation (a scavenge, which copies only what is alive there),
 * or undefined when this V8 gives no way to it. `gc` is exposed to a context made for the
 * purpose and hidden again from every context made after it (a worker's).
 */
export function youngCollector(): (() => void) | undefined {
  const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
  try {
    if (!exposed) setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    if (typeof gc !== 'function') return undefined;
    return () => gc({ type: 'minor' });
  } catch {
    return undefined;
  } finally {
    if (!exposed) setFlagsFromString('--no-expose-gc');
  }
}

/** The server's count: every request body read in this process, whatever route or refusal reads it. */
let note: ((bytes: number) => void) | undefined;
export function noteBodyBytes(bytes: number): void {
  if (!note) {
    const collect = youngCollector();
    note = collect ? bodyGarbage(collect) : () => undefined;
  }
  note(bytes);
}
