import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CallHandler,
  MORE_TIME_CALL,
  type Outcome,
  type PoolIssues,
  type Slot,
  TaskPool,
} from './pool.ts';

const issues: PoolIssues = {
  timeout: (ms) => ({ code: 'TIMEOUT', message: `took over ${ms} ms` }),
  outOfMemory: () => ({ code: 'OUT_OF_MEMORY', message: 'out of memory' }),
  crashed: () => ({ code: 'CRASHED', message: 'crashed' }),
  busy: () => ({ code: 'BUSY', message: 'busy' }),
};

/** A started worker whose task asks the pool what the test says, and ends when it says. */
function manualPool() {
  let call!: CallHandler;
  let finish!: (outcome: Outcome<unknown>) => void;
  const slot: Slot<unknown, unknown> = {
    ready: Promise.resolve(true),
    run: (_input, handler) =>
      new Promise((resolve) => {
        call = handler!;
        finish = resolve;
      }),
    kill: () => undefined,
    hold: () => undefined,
  };
  const pool = new TaskPool<unknown, unknown>({ size: 1, spawn: () => slot, issues });
  return {
    pool,
    call: (name: string, args: unknown) => call(name, args),
    finish: (o: Outcome<unknown>) => finish(o),
  };
}

describe('a task asking for more time (MORE_TIME_CALL)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gets it within extraTimeMs, and the time limit moves by what was granted', async () => {
    vi.useFakeTimers();
    const manual = manualPool();
    const settled = vi.fn();
    void manual.pool.run('scan.pdf', { timeoutMs: 1_000, maxQueue: 1, extraTimeMs: 5_000 }).then(settled);
    await vi.advanceTimersByTimeAsync(500);
    expect(await manual.call(MORE_TIME_CALL, 3_000)).toBe(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(settled).not.toHaveBeenCalled();
    // Only what is left of the allowance.
    expect(await manual.call(MORE_TIME_CALL, 9_000)).toBe(2_000);
    await vi.advanceTimersByTimeAsync(2_499);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalledWith({
      result: { ok: false, error: { code: 'TIMEOUT', message: 'took over 6000 ms' } },
    });
    manual.pool.close();
  });

  it('gets none without an allowance, and the first limit holds', async () => {
    vi.useFakeTimers();
    const manual = manualPool();
    const settled = vi.fn();
    void manual.pool.run('scan.pdf', { timeoutMs: 1_000, maxQueue: 1 }).then(settled);
    await vi.advanceTimersByTimeAsync(0);
    expect(await manual.call(MORE_TIME_CALL, 3_000)).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(settled).toHaveBeenCalledWith({
      result: { ok: false, error: { code: 'TIMEOUT', message: 'took over 1000 ms' } },
    });
    manual.pool.close();
  });

  it("passes other calls to the task's own handler, and a task that finishes in time is done", async () => {
    const manual = manualPool();
    const report = manual.pool.run('resume.pdf', {
      timeoutMs: 10_000,
      maxQueue: 1,
      call: async (name, args) => `${name}: ${String(args)}`,
    });
    await vi.waitFor(() => expect(manual.call('market', 'jira')).resolves.toBe('market: jira'));
    manual.finish({ kind: 'done', value: 'read' });
    expect(await report).toEqual({ result: { ok: true, value: 'read' } });
    manual.pool.close();
  });
});
