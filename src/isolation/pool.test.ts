import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { TestTask } from './fixtures/test-tasks.ts';
import { type Outcome, type PoolIssues, type Slot, TaskPool } from './pool.ts';
import { processSlot, threadSlot } from './slots.ts';

const entry = new URL('./fixtures/test-tasks.ts', import.meta.url);
const issues: PoolIssues = {
  timeout: (ms) => ({ code: 'TIMEOUT', message: `took over ${ms} ms` }),
  outOfMemory: () => ({ code: 'OUT_OF_MEMORY', message: 'out of memory' }),
  crashed: () => ({ code: 'CRASHED', message: 'crashed' }),
  busy: () => ({ code: 'BUSY', message: 'busy' }),
  clientBusy: (max) => ({ code: 'CLIENT_BUSY', message: `over ${max}` }),
};
const long = { timeoutMs: 60_000, maxQueue: 10 };
const codeOf = (report: { result: { ok: boolean; error?: { code: string } } }) =>
  report.result.ok ? 'ok' : report.result.error?.code;

const pools: TaskPool<TestTask, unknown>[] = [];
function pool(
  size: number,
  spawn: (gone: () => void) => Slot<TestTask, unknown>,
  retireAboveRssMb?: number,
  idleMs?: number,
) {
  const created = new TaskPool<TestTask, unknown>({
    size,
    spawn,
    issues,
    ...(retireAboveRssMb === undefined ? {} : { retireAboveRssMb }),
    ...(idleMs === undefined ? {} : { idleMs }),
  });
  pools.push(created);
  return created;
}
afterAll(() => {
  for (const p of pools) p.close();
});

describe('the time limit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A worker whose start-up and task end when the test says so. */
  function manualSlot() {
    let start!: (ok: boolean) => void;
    let finish!: (outcome: Outcome<unknown>) => void;
    const killed = { count: 0 };
    const slot: Slot<TestTask, unknown> = {
      ready: new Promise((resolve) => {
        start = resolve;
      }),
      run: () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
      kill: () => {
        killed.count++;
      },
      hold: () => undefined,
    };
    return { slot, start: (ok = true) => start(ok), finish: (o: Outcome<unknown>) => finish(o), killed };
  }

  it('starts when a started worker has the task: start-up and waiting do not count', async () => {
    vi.useFakeTimers();
    const manual = manualSlot();
    const timed = pool(1, () => manual.slot);
    const settled = vi.fn();
    void timed.run({ kind: 'echo', value: 1 }, { timeoutMs: 1_000, maxQueue: 1 }).then(settled);
    // A worker that takes a minute to start (pdf.js and tsx loading on a busy machine).
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).not.toHaveBeenCalled();
    manual.start();
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).not.toHaveBeenCalled();
    manual.finish({ kind: 'done', value: 'read' });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalledWith({ result: { ok: true, value: 'read' } });
  });

  it('stops a task at its limit and kills its worker', async () => {
    vi.useFakeTimers();
    const manual = manualSlot();
    const timed = pool(1, () => manual.slot);
    const report = timed.run({ kind: 'spin' }, { timeoutMs: 1_000, maxQueue: 1 });
    manual.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(codeOf(await report)).toBe('TIMEOUT');
    expect(manual.killed.count).toBe(1);
  });
});

describe('idle workers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A worker that starts at once and finishes each task at once; counts its kills. */
  function instantSlot(kills: { count: number }): Slot<TestTask, unknown> {
    return {
      ready: Promise.resolve(true),
      run: async (input) => ({ kind: 'done', value: input }),
      kill: () => {
        kills.count++;
      },
      hold: () => undefined,
    };
  }

  it('are ended after idleMs without a task, and the next task starts a new one', async () => {
    vi.useFakeTimers();
    const kills = { count: 0 };
    let spawned = 0;
    const idle = pool(
      2,
      () => {
        spawned++;
        return instantSlot(kills);
      },
      undefined,
      30_000,
    );
    await idle.run({ kind: 'echo', value: 1 }, long);
    expect(idle.stats().workers).toBe(1);
    await vi.advanceTimersByTimeAsync(29_999);
    expect({ workers: idle.stats().workers, kills: kills.count }).toEqual({ workers: 1, kills: 0 });
    await vi.advanceTimersByTimeAsync(1);
    expect({ workers: idle.stats().workers, kills: kills.count }).toEqual({ workers: 0, kills: 1 });
    expect((await idle.run({ kind: 'echo', value: 2 }, long)).result).toEqual({
      ok: true,
      value: { kind: 'echo', value: 2 },
    });
    expect(spawned).toBe(2);
  });

  it('count from their last task: a worker kept busy is not ended', async () => {
    vi.useFakeTimers();
    const kills = { count: 0 };
    const idle = pool(1, () => instantSlot(kills), undefined, 30_000);
    for (let i = 0; i < 5; i++) {
      await idle.run({ kind: 'echo', value: i }, long);
      await vi.advanceTimersByTimeAsync(20_000);
    }
    expect({ workers: idle.stats().workers, kills: kills.count }).toEqual({ workers: 1, kills: 0 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect({ workers: idle.stats().workers, kills: kills.count }).toEqual({ workers: 0, kills: 1 });
  });

  it('stay when no idleMs is given', async () => {
    vi.useFakeTimers();
    const kills = { count: 0 };
    const kept = pool(1, () => instantSlot(kills));
    await kept.run({ kind: 'echo', value: 1 }, long);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect({ workers: kept.stats().workers, kills: kills.count }).toEqual({ workers: 1, kills: 0 });
  });

  it('that are real threads end, and a task after that runs on a new one', async () => {
    const threads = pool(1, (gone) => threadSlot(entry, { maxHeapMb: 64 }, gone), undefined, 200);
    expect(codeOf(await threads.run({ kind: 'echo', value: 1 }, long))).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(threads.stats().workers).toBe(0);
    expect(codeOf(await threads.run({ kind: 'echo', value: 2 }, long))).toBe('ok');
  });
});

describe('a pool of worker threads', () => {
  const threads = pool(1, (gone) => threadSlot(entry, { maxHeapMb: 64 }, gone));

  it('runs tasks and answers a task’s questions from the owning thread', async () => {
    expect((await threads.run({ kind: 'echo', value: { a: [1, 2] } }, long)).result).toEqual({
      ok: true,
      value: { a: [1, 2] },
    });
    const asked = await threads.run(
      { kind: 'ask', question: 'market?' },
      { ...long, call: async (name, args) => `${name}: ${String(args)}` },
    );
    expect(asked.result).toEqual({ ok: true, value: 'answer: market?' });
  });

  it('stops a task that overruns its time, and the next task gets a new worker', async () => {
    expect(codeOf(await threads.run({ kind: 'spin' }, { timeoutMs: 200, maxQueue: 10 }))).toBe('TIMEOUT');
    expect(codeOf(await threads.run({ kind: 'echo', value: 1 }, long))).toBe('ok');
  });

  it("answers a second client while the first client's slow tasks hold every worker", async () => {
    const fair = new TaskPool<TestTask, unknown>({
      size: 1,
      spare: 1,
      suspectMs: 60_000,
      issues,
      spawn: (gone) => threadSlot(entry, { maxHeapMb: 64 }, gone),
    });
    pools.push(fair);
    // A floods tasks that run until their 10 s limit; B sends one that takes a millisecond.
    const slow = { timeoutMs: 10_000, maxQueue: 10, client: 'A' };
    let aAnswered = 0;
    for (let n = 0; n < 3; n++) void fair.run({ kind: 'spin' }, slow).then(() => aAnswered++);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const b = await fair.run({ kind: 'echo', value: 'b' }, { ...long, client: 'B' });
    expect(b.result).toEqual({ ok: true, value: 'b' });
    // B waited for a worker to start, not for A's 10 s: none of A's tasks has ended.
    expect(aAnswered).toBe(0);
    fair.close();
  });

  it('stops a task that fills the heap, and recovers', async () => {
    expect(codeOf(await threads.run({ kind: 'heap' }, long))).toBe('OUT_OF_MEMORY');
    expect(codeOf(await threads.run({ kind: 'echo', value: 2 }, long))).toBe('ok');
  });

  it('keeps a worker’s output inside it, and an idle worker does not keep the process alive', async () => {
    const slots = new URL('./slots.ts', import.meta.url).href;
    const pools = new URL('./pool.ts', import.meta.url).href;
    // A process that runs one chatty task and then has nothing left to do must end by itself.
    const script = `
      const { TaskPool } = await import(${JSON.stringify(pools)});
      const { threadSlot } = await import(${JSON.stringify(slots)});
      const busy = () => ({ code: 'X', message: 'x' });
      const pool = new TaskPool({
        size: 1,
        spawn: (gone) => threadSlot(new URL(${JSON.stringify(entry.href)}), { maxHeapMb: 64 }, gone),
        issues: { timeout: busy, outOfMemory: busy, crashed: busy, busy },
      });
      const { result } = await pool.run({ kind: 'chatter' }, { timeoutMs: 60000, maxQueue: 1 });
      process.stdout.write(JSON.stringify(result));
    `;
    const started = performance.now();
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 45_000 },
    );
    expect({ stdout, stderr }).toEqual({ stdout: '{"ok":true,"value":"chattered"}', stderr: '' });
    // It stayed alive until execFile's timeout killed it: the worker's stdout port held it.
    expect(performance.now() - started).toBeLessThan(40_000);
  }, 60_000);

  it('reports a task that throws or ends its worker as crashed, and recovers', async () => {
    expect(codeOf(await threads.run({ kind: 'throw' }, long))).toBe('CRASHED');
    expect(codeOf(await threads.run({ kind: 'exit' }, long))).toBe('CRASHED');
    expect(codeOf(await threads.run({ kind: 'echo', value: 3 }, long))).toBe('ok');
  });
});

describe('admission', () => {
  it('refuses a task at once when every worker is busy and the queue is full', async () => {
    const one = pool(1, (gone) => threadSlot(entry, { maxHeapMb: 64 }, gone));
    const running = one.run({ kind: 'spin' }, { timeoutMs: 1_000, maxQueue: 1 });
    const waiting = one.run({ kind: 'echo', value: 'waited' }, { timeoutMs: 60_000, maxQueue: 1 });
    const refused = await one.run({ kind: 'echo', value: 'refused' }, { timeoutMs: 60_000, maxQueue: 1 });
    expect(codeOf(refused)).toBe('BUSY');
    const { running: started, waiting: queued } = one.stats();
    expect(started + queued).toBe(2);
    expect(codeOf(await running)).toBe('TIMEOUT');
    expect((await waiting).result).toEqual({ ok: true, value: 'waited' });
  });

  it('with no queue, takes only what a worker can start on', async () => {
    const one = pool(1, (gone) => threadSlot(entry, { maxHeapMb: 64 }, gone));
    const first = one.run({ kind: 'echo', value: 1 }, { timeoutMs: 60_000, maxQueue: 0 });
    expect(codeOf(await one.run({ kind: 'echo', value: 2 }, { timeoutMs: 60_000, maxQueue: 0 }))).toBe(
      'BUSY',
    );
    expect(codeOf(await first)).toBe('ok');
  });

  it('warm starts one worker before any task, and the first task runs on it', async () => {
    let spawned = 0;
    const warmed = pool(2, (gone) => {
      spawned++;
      return threadSlot(entry, { maxHeapMb: 64 }, gone);
    });
    warmed.warm();
    warmed.warm();
    expect(warmed.stats()).toEqual({ running: 0, waiting: 0, workers: 1 });
    expect((await warmed.run({ kind: 'echo', value: 'warm' }, long)).result).toEqual({
      ok: true,
      value: 'warm',
    });
    expect(spawned).toBe(1);
  });

  it('fails the task when its worker cannot start, instead of retrying for ever', async () => {
    const broken = pool(1, (gone) =>
      threadSlot(new URL('./fixtures/fails-to-load.ts', import.meta.url), { maxHeapMb: 64 }, gone),
    );
    expect(codeOf(await broken.run({ kind: 'echo', value: 1 }, long))).toBe('CRASHED');
  });
});

describe('fairness between clients', () => {
  /** Workers that start at once and finish a task when the test says; `started` lists tasks in the order they began. */
  function gatedPool(size: number, suspectMs?: number, spare?: number) {
    const started: unknown[] = [];
    const finishers: Array<(crash: boolean) => void> = [];
    const byValue = new Map<unknown, () => void>();
    const gated = new TaskPool<TestTask, unknown>({
      size,
      issues,
      ...(suspectMs === undefined ? {} : { suspectMs }),
      ...(spare === undefined ? {} : { spare }),
      spawn: () => ({
        ready: Promise.resolve(true),
        run: (task) =>
          new Promise<Outcome<unknown>>((resolve) => {
            const value = task.kind === 'echo' ? task.value : task.kind;
            started.push(value);
            const finish = (crash: boolean) => resolve(crash ? { kind: 'crashed' } : { kind: 'done', value });
            finishers.push(finish);
            byValue.set(value, () => {
              finishers.splice(finishers.indexOf(finish), 1);
              finish(false);
            });
          }),
        kill: () => undefined,
        hold: () => undefined,
      }),
    });
    pools.push(gated);
    /** Ends the oldest running task (its worker crashes if `crash`) and lets the pool start the next. */
    const finishOne = async (crash = false) => {
      finishers.shift()?.(crash);
      await new Promise((resolve) => setImmediate(resolve));
    };
    /** Ends the running task that echoes `value`. */
    const finishTask = async (value: unknown) => {
      byValue.get(value)?.();
      await new Promise((resolve) => setImmediate(resolve));
    };
    return { gated, started, finishOne, finishTask };
  }
  const from = (client: string, maxPerClient?: number) => ({
    ...long,
    maxQueue: 20,
    client,
    ...(maxPerClient === undefined ? {} : { maxPerClient }),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("starts another client's one task before the later tasks of a client that queued many", async () => {
    const { gated, started, finishOne } = gatedPool(1);
    for (let n = 1; n <= 5; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    void gated.run({ kind: 'echo', value: 'b1' }, from('B'));
    await settle();
    expect(started).toEqual(['a1']);
    await finishOne();
    // First come, first served would start a2 here, and b1 only after a5.
    expect(started).toEqual(['a1', 'b1']);
    await finishOne();
    expect(started).toEqual(['a1', 'b1', 'a2']);
  });

  it('takes waiting clients in turn', async () => {
    const { gated, started, finishOne } = gatedPool(1);
    void gated.run({ kind: 'echo', value: 'first' }, from('A'));
    await settle();
    for (const client of ['A', 'B', 'C']) {
      for (let n = 1; n <= 2; n++) void gated.run({ kind: 'echo', value: `${client}${n}` }, from(client));
    }
    for (let n = 0; n < 6; n++) await finishOne();
    // A had a task running when B and C arrived: they go first.
    expect(started).toEqual(['first', 'B1', 'C1', 'A1', 'B2', 'C2', 'A2']);
  });

  it('gives a free worker to a client with none running before one whose tasks hold the others', async () => {
    const { gated, started, finishOne } = gatedPool(2);
    for (let n = 1; n <= 4; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    void gated.run({ kind: 'echo', value: 'b1' }, from('B'));
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    await finishOne();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(gated.stats()).toEqual({ running: 2, waiting: 2, workers: 2 });
  });

  it('refuses a client beyond its cap of running and waiting tasks, and no other client', async () => {
    const { gated, finishOne } = gatedPool(1);
    const a1 = gated.run({ kind: 'echo', value: 'a1' }, from('A', 2));
    const a2 = gated.run({ kind: 'echo', value: 'a2' }, from('A', 2));
    const refused = await gated.run({ kind: 'echo', value: 'a3' }, from('A', 2));
    expect(refused.result).toEqual({ ok: false, error: { code: 'CLIENT_BUSY', message: 'over 2' } });
    const b1 = gated.run({ kind: 'echo', value: 'b1' }, from('B', 2));
    await finishOne();
    expect((await a1).result).toEqual({ ok: true, value: 'a1' });
    // One of A's tasks has ended: A may send another.
    const a4 = gated.run({ kind: 'echo', value: 'a4' }, from('A', 2));
    for (let n = 0; n < 3; n++) await finishOne();
    expect([(await b1).result, (await a2).result, (await a4).result]).toEqual([
      { ok: true, value: 'b1' },
      { ok: true, value: 'a2' },
      { ok: true, value: 'a4' },
    ]);
    expect(gated.stats()).toEqual({ running: 0, waiting: 0, workers: 1 });
  });

  it('keeps a worker for other clients once a client broke a limit, and serves that client after them', async () => {
    const { gated, started, finishOne } = gatedPool(2, 60_000);
    const earlier = gated.run({ kind: 'echo', value: 'b0' }, from('B'));
    await settle();
    await finishOne();
    await earlier;
    const crashed = gated.run({ kind: 'echo', value: 'a-bomb' }, from('A'));
    await settle();
    await finishOne(true);
    expect(codeOf(await crashed)).toBe('CRASHED');
    for (let n = 1; n <= 3; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    // A is suspect and B was about lately: A gets one worker, and the other is kept for the others.
    expect(started).toEqual(['b0', 'a-bomb', 'a1']);
    expect(gated.stats()).toEqual({ running: 1, waiting: 2, workers: 1 });
    void gated.run({ kind: 'echo', value: 'b1' }, from('B'));
    await settle();
    expect(started).toEqual(['b0', 'a-bomb', 'a1', 'b1']);
    void gated.run({ kind: 'echo', value: 'c1' }, from('C'));
    await finishOne();
    // The worker a1 leaves goes to C, who waited less long than A's tasks but broke no limit.
    expect(started).toEqual(['b0', 'a-bomb', 'a1', 'b1', 'c1']);
    await finishOne();
    expect(started).toEqual(['b0', 'a-bomb', 'a1', 'b1', 'c1', 'a2']);
  });

  it('lets a suspect client use every worker when no other client is about', async () => {
    const { gated, started, finishOne } = gatedPool(2, 60_000);
    const crashed = gated.run({ kind: 'echo', value: 'a-bomb' }, from('A'));
    await settle();
    await finishOne(true);
    await crashed;
    for (let n = 1; n <= 3; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    expect(started).toEqual(['a-bomb', 'a1', 'a2']);
  });

  it('counts a client suspect whose task used over half its time, though it ended in time', async () => {
    const { gated, started, finishOne } = gatedPool(2, 60_000);
    void gated.run({ kind: 'echo', value: 'b0' }, from('B'));
    await settle();
    await finishOne();
    const slow = gated.run({ kind: 'echo', value: 'a-slow' }, { ...from('A'), timeoutMs: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await finishOne();
    expect((await slow).result).toEqual({ ok: true, value: 'a-slow' });
    for (let n = 1; n <= 2; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    expect(started).toEqual(['b0', 'a-slow', 'a1']);
  });

  it("starts a spare worker for a newcomer while another client's tasks hold every worker", async () => {
    const { gated, started, finishTask } = gatedPool(2, 60_000, 1);
    const a = Array.from({ length: 4 }, (_, n) => gated.run({ kind: 'echo', value: `a${n + 1}` }, from('A')));
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    // A alone: no worker is started that only someone else could take.
    expect(gated.stats()).toEqual({ running: 2, waiting: 2, workers: 2 });
    const b1 = gated.run({ kind: 'echo', value: 'b1' }, from('B'));
    await settle();
    // Without the spare, b1 would wait for a1 or a2, however long A's files take.
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(gated.stats()).toEqual({ running: 3, waiting: 2, workers: 3 });
    // B, now running, waits like everyone for its second task; C finds the spare taken.
    void gated.run({ kind: 'echo', value: 'b2' }, from('B'));
    void gated.run({ kind: 'echo', value: 'c1' }, from('C'));
    await settle();
    expect(gated.stats()).toEqual({ running: 3, waiting: 4, workers: 3 });
    await finishTask('b1');
    expect((await b1).result).toEqual({ ok: true, value: 'b1' });
    // The worker b1 leaves takes the newcomer C, not A's or B's next task.
    expect(started).toEqual(['a1', 'a2', 'b1', 'c1']);
    await finishTask('c1');
    // B has nothing running again: its second task is a newcomer's.
    expect(started).toEqual(['a1', 'a2', 'b1', 'c1', 'b2']);
    await finishTask('b2');
    // No newcomer waits: A's tasks still have two workers, and the third stays free, warm.
    expect(gated.stats()).toEqual({ running: 2, waiting: 2, workers: 3 });
    await finishTask('a1');
    expect(started).toEqual(['a1', 'a2', 'b1', 'c1', 'b2', 'a3']);
    expect(gated.stats()).toEqual({ running: 2, waiting: 1, workers: 3 });
    // The next newcomer starts at once, on the warm one.
    void gated.run({ kind: 'echo', value: 'd1' }, from('D'));
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'c1', 'b2', 'a3', 'd1']);
    expect(gated.stats()).toEqual({ running: 3, waiting: 1, workers: 3 });
    expect((await a[0]!).result).toEqual({ ok: true, value: 'a1' });
  });

  it('warms the spare as soon as every worker is busy while two clients are about', async () => {
    const { gated, started, finishOne } = gatedPool(2, 60_000, 1);
    void gated.run({ kind: 'echo', value: 'b0' }, from('B'));
    await settle();
    await finishOne();
    for (let n = 1; n <= 3; n++) void gated.run({ kind: 'echo', value: `a${n}` }, from('A'));
    await settle();
    // B was about: a third worker starts now, before anyone waits for it, and A's a3 is not its.
    expect(gated.stats()).toEqual({ running: 2, waiting: 1, workers: 3 });
    void gated.run({ kind: 'echo', value: 'c1' }, from('C'));
    await settle();
    expect(started).toEqual(['b0', 'a1', 'a2', 'c1']);
  });

  it('admits a newcomer to a full queue when a spare worker is free', async () => {
    const { gated, started } = gatedPool(1, 60_000, 1);
    void gated.run({ kind: 'echo', value: 'a1' }, { ...from('A'), maxQueue: 0 });
    await settle();
    const a2 = await gated.run({ kind: 'echo', value: 'a2' }, { ...from('A'), maxQueue: 0 });
    expect(codeOf(a2)).toBe('BUSY');
    void gated.run({ kind: 'echo', value: 'b1' }, { ...from('B'), maxQueue: 0 });
    await settle();
    expect(started).toEqual(['a1', 'b1']);
  });

  it('gives the spare worker to no suspect client, nor to tasks without a client', async () => {
    const { gated, started, finishOne } = gatedPool(1, 60_000, 1);
    const crashed = gated.run({ kind: 'echo', value: 'a-bomb' }, from('A'));
    await settle();
    await finishOne(true);
    expect(codeOf(await crashed)).toBe('CRASHED');
    void gated.run({ kind: 'echo', value: 'b1' }, from('B'));
    await settle();
    void gated.run({ kind: 'echo', value: 'a1' }, from('A'));
    void gated.run({ kind: 'echo', value: 'cli-1' }, long);
    await settle();
    // The spare, started when b1 took the one worker, is left idle.
    expect(started).toEqual(['a-bomb', 'b1']);
    expect(gated.stats()).toEqual({ running: 1, waiting: 2, workers: 2 });
  });

  it('starts no spare worker for tasks without a client (the CLI), however many wait', async () => {
    const { gated, started } = gatedPool(1, 60_000, 1);
    for (let n = 1; n <= 3; n++) void gated.run({ kind: 'echo', value: n }, long);
    await settle();
    expect(started).toEqual([1]);
    expect(gated.stats()).toEqual({ running: 1, waiting: 2, workers: 1 });
  });

  it('serves tasks without a client first come, first served, as before', async () => {
    const { gated, started, finishOne } = gatedPool(1);
    for (let n = 1; n <= 3; n++) void gated.run({ kind: 'echo', value: n }, long);
    for (let n = 0; n < 3; n++) await finishOne();
    expect(started).toEqual([1, 2, 3]);
  });
});

describe('a pool of child processes', () => {
  const processes = pool(
    1,
    (gone) => processSlot(entry, { maxHeapMb: 64, maxRssMb: 256 }, gone),
    // A task that peaked above this retires its process.
    160,
  );

  it('runs tasks and reports each task’s peak resident memory', async () => {
    const report = await processes.run({ kind: 'buffers', mb: 1 }, long);
    expect(report.result).toEqual({ ok: true, value: 1 });
    expect(report.peakRssMb).toBeGreaterThan(20);
    expect(report.peakRssMb).toBeLessThan(160);
  });

  it('kills a process whose memory outside the V8 heap passes the limit, and measures the peak', async () => {
    const report = await processes.run({ kind: 'buffers', mb: 2_000 }, long);
    expect(codeOf(report)).toBe('OUT_OF_MEMORY');
    // Measured by the watchdog just before it killed the process: the limit, not 2 GB.
    expect(report.peakRssMb).toBeGreaterThanOrEqual(256);
    expect(report.peakRssMb).toBeLessThan(256 + 64);
    expect(codeOf(await processes.run({ kind: 'echo', value: 1 }, long))).toBe('ok');
  });

  it('stops a process whose V8 heap passes its limit', async () => {
    expect(codeOf(await processes.run({ kind: 'heap' }, long))).toBe('OUT_OF_MEMORY');
  });

  it('stops a task that overruns its time, and the next task gets a new process', async () => {
    expect(codeOf(await processes.run({ kind: 'spin' }, { timeoutMs: 300, maxQueue: 10 }))).toBe('TIMEOUT');
    expect(codeOf(await processes.run({ kind: 'echo', value: 1 }, long))).toBe('ok');
  });

  it('retires a process after a task that took much memory, so the memory goes back', async () => {
    const big = await processes.run({ kind: 'buffers', mb: 150 }, long);
    expect(big.peakRssMb).toBeGreaterThan(160);
    expect(processes.stats().workers).toBe(0);
    const next = await processes.run({ kind: 'buffers', mb: 1 }, long);
    expect(next.peakRssMb).toBeLessThan(160);
  });
});
