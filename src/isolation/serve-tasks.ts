import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol.ts';

/** Asks the process that owns the pool a question (see CallHandler). */
export type Call = (name: string, args: unknown) => Promise<unknown>;

/**
 * The worker's side of a pool, in a thread or a child process: announces itself ready once its
 * modules are loaded, then runs tasks one at a time. A child process also reports the peak of
 * its resident memory during each task.
 */
export function serveTasks<In>(run: (input: In, call: Call) => Promise<unknown>): void {
  const port = parentPort;
  const send = (message: FromWorker) => (port ? port.postMessage(message) : process.send?.(message));
  const replies = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextCall = 0;
  const call: Call = (name, args) =>
    new Promise((resolve, reject) => {
      const callId = nextCall++;
      replies.set(callId, { resolve, reject });
      send({ type: 'call', callId, name, args });
    });
  const onMessage = async (message: ToWorker) => {
    if (message.type === 'reply') {
      const waiting = replies.get(message.callId);
      replies.delete(message.callId);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(`call ${message.callId} failed`));
      return;
    }
    if (!port) resetPeak();
    let answer: FromWorker;
    try {
      answer = { type: 'result', value: await run(message.input as In, call), ...peak(port) };
    } catch {
      answer = { type: 'failed', ...peak(port) };
    }
    try {
      send(answer);
    } catch {
      send({ type: 'failed' });
    }
  };
  if (port) port.on('message', onMessage);
  else {
    process.on('message', onMessage as (message: unknown) => void);
    // The pool's process is gone (or closed the pool): nothing is left to do.
    process.on('disconnect', () => process.exit(0));
  }
  send({ type: 'ready' });
}

/** Linux lets a process reset its high-water mark, so each task's peak is its own. */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Elsewhere the peak is the process's since it started: still an upper bound.
  }
}

function peak(port: unknown): { peakRssMb?: number } {
  if (port) return {};
  try {
    const hwm = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm !== undefined) return { peakRssMb: Math.round(Number(hwm) / 1024) };
  } catch {
    // Not Linux.
  }
  return { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}
