import { fail, type Issue, ok, type Result } from '../core/result.ts';

/** How one task ended inside a worker. */
export type Outcome<Out> =
  | { kind: 'done'; value: Out; peakRssMb?: number }
  | { kind: 'out-of-memory'; peakRssMb?: number }
  | { kind: 'crashed' };

/** A question a task asks the process that owns the pool (a database lookup, say). */
export type CallHandler = (name: string, args: unknown) => Promise<unknown>;

/**
 * The call by which a task asks for more time before a slow step it knows of (OCR of a scanned
 * page): its argument is the milliseconds wanted, its answer those granted, within RunOptions.extraTimeMs.
 */
export const MORE_TIME_CALL = 'more-time';

/**
 * How long a client whose task broke a limit stays suspect (PoolOptions.suspectMs) in the
 * server's pools: long enough to outlast an attacker's pauses, short enough to forgive one odd file.
 */
export const SUSPECT_MS = 5 * 60_000;

/**
 * Workers a server's pools keep beyond their size for newcomers (PoolOptions.spare): one, so a
 * client arriving while others' slow files hold every worker finds one free and warm.
 */
export const NEWCOMER_WORKERS = 1;

/** One started worker (a thread or a child process) that runs one task at a time. */
export interface Slot<In, Out> {
  /** Settles once the worker has loaded its code (true) or failed to start (false). */
  readonly ready: Promise<boolean>;
  run(input: In, call: CallHandler | undefined): Promise<Outcome<Out>>;
  /** Ends the worker at once; a pending run settles as crashed or out of memory. */
  kill(): void;
  /** Whether the worker keeps the process alive: only while it works. */
  hold(held: boolean): void;
}

/** What a task that did not finish tells the person, for one kind of work. */
export interface PoolIssues {
  timeout(ms: number): Issue;
  outOfMemory(): Issue;
  crashed(): Issue;
  busy(): Issue;
  /** What a client told to wait for its own tasks hears (RunOptions.maxPerClient); busy() when unset. */
  clientBusy?(max: number): Issue;
}

export interface PoolOptions<In, Out> {
  /** Workers at most; each runs one task at a time. */
  size: number;
  /** Starts a worker; `gone` is called when it ends on its own (a crash while idle). */
  spawn(gone: () => void): Slot<In, Out>;
  issues: PoolIssues;
  /** A worker whose task peaked above this resident memory is retired, so the memory goes back to the system. */
  retireAboveRssMb?: number;
  /**
   * A worker idle this long is ended, so a quiet server gives back its heap (a thread's) or all of
   * its memory (a process's); the next task starts a new one. Unset: idle workers stay.
   */
  idleMs?: number;
  /**
   * A client whose task broke a limit (time, memory, or its worker crashed) or used over half of
   * its time (a file built to be slow but not quite too slow) is suspect this long:
   * suspect clients' tasks start only when no other client's waits, and, while another client has
   * sent work within this time too, together take at most all workers but one, which stays for
   * the others. Unset: no client is suspect.
   */
  suspectMs?: number;
  /**
   * Workers beyond `size`, for newcomers only: clients (named, not suspect) with nothing running,
   * whose tasks would otherwise wait while every worker holds other clients' work. So a file that
   * takes seconds holds up its own client, never the next one to arrive. One starts as soon as
   * `size` workers are busy with clients' tasks while two or more clients have sent work within
   * `suspectMs`, before a newcomer needs it (else when one arrives); with `size` busy a
   * free worker takes only a newcomer's task, so other tasks still run on `size` at most. Idle, it
   * ends after `idleMs` as the others do. Unset: none.
   */
  spare?: number;
}

export interface RunOptions {
  /** Time the task may take once a started worker has it (start-up and waiting do not count). */
  timeoutMs: number;
  /** Tasks allowed to wait for a worker when this one arrives; beyond that it is refused as busy. */
  maxQueue: number;
  call?: CallHandler;
  /** Time the task may add to timeoutMs by asking for it (MORE_TIME_CALL); none by default. */
  extraTimeMs?: number;
  /**
   * Whose task this is (a client's address): waiting tasks are served client by client, so one
   * client's many slow tasks do not hold up another's one. Tasks without one share a turn.
   */
  client?: string;
  /** Tasks of this client running and waiting at most, this one included; beyond it the task is refused. */
  maxPerClient?: number;
}

/** A task's result, and the peak memory of its worker when the worker is a process of its own. */
export interface TaskReport<Out> {
  result: Result<Out, Issue>;
  peakRssMb?: number;
}

interface Job<In, Out> {
  input: In;
  options: RunOptions;
  lane: Lane<In, Out>;
  resolve(report: TaskReport<Out>): void;
}

/** One client's tasks: those waiting, in order, and how many run. */
interface Lane<In, Out> {
  key: string;
  waiting: Job<In, Out>[];
  running: number;
  /** When a task of this client last started (a counter): ties go to the client served longest ago. */
  servedAt: number;
}

interface Member<In, Out> {
  slot: Slot<In, Out>;
  state: 'starting' | 'idle' | 'busy' | 'gone';
  /** Ends the worker once it has been idle for `idleMs`. */
  retireTimer?: NodeJS.Timeout;
}

/**
 * A bounded pool of warm workers. Tasks wait in a bounded queue, served fairly between clients;
 * a task that overruns its time or memory has its worker killed and replaced; a worker is started
 * only when a task needs one, an idle one does not keep the process alive, and one idle for
 * `idleMs` is ended.
 */
export class TaskPool<In, Out> {
  readonly #options: PoolOptions<In, Out>;
  readonly #members: Member<In, Out>[] = [];
  /** Clients with a task running or waiting. */
  readonly #lanes = new Map<string, Lane<In, Out>>();
  /** Suspect clients (see suspectMs), until when. */
  readonly #suspects = new Map<string, number>();
  /** When each client last sent a task, while suspects are held back for it (see suspectMs). */
  readonly #lastSent = new Map<string, number>();
  #waiting = 0;
  #served = 0;
  #closed = false;

  constructor(options: PoolOptions<In, Out>) {
    this.#options = options;
  }

  /**
   * Runs one task; never throws. Refused at once when its client already has `maxPerClient` tasks
   * (the `clientBusy` issue) or when the queue is full (`busy`).
   */
  run(input: In, options: RunOptions): Promise<TaskReport<Out>> {
    const { issues, size } = this.#options;
    const key = options.client ?? '';
    const known = this.#lanes.get(key);
    const max = options.maxPerClient ?? Number.POSITIVE_INFINITY;
    if (!this.#closed && known && known.running + known.waiting.length >= max) {
      return Promise.resolve({ result: fail(issues.clientBusy?.(max) ?? issues.busy()) });
    }
    const busy = this.#members.filter((m) => m.state === 'busy').length;
    // A newcomer may wait for a spare worker too, so a full queue of others' work does not refuse it.
    const spare = !known && this.#isNewcomer(key) ? (this.#options.spare ?? 0) : 0;
    if (this.#closed || this.#waiting >= Math.max(0, size - busy) + options.maxQueue + spare) {
      return Promise.resolve({ result: fail(issues.busy()) });
    }
    const lane = known ?? { key, waiting: [], running: 0, servedAt: 0 };
    this.#lanes.set(key, lane);
    return new Promise((resolve) => {
      if (this.#options.suspectMs !== undefined && options.client !== undefined) {
        this.#lastSent.delete(key);
        this.#lastSent.set(key, Date.now());
      }
      lane.waiting.push({ input, options, lane, resolve });
      this.#waiting++;
      this.#pump();
    });
  }

  /** Starts a worker before the first task when none is, so its start-up overlaps the caller's work. */
  warm(): void {
    if (!this.#closed && this.#members.length === 0) this.#start();
  }

  /** Tasks running and waiting, and workers started. */
  stats(): { running: number; waiting: number; workers: number } {
    return {
      running: this.#members.filter((m) => m.state === 'busy').length,
      waiting: this.#waiting,
      workers: this.#members.length,
    };
  }

  /** Ends every worker; waiting tasks are refused as busy. */
  close(): void {
    this.#closed = true;
    for (const m of this.#members.splice(0)) {
      m.state = 'gone';
      clearTimeout(m.retireTimer);
      m.slot.kill();
    }
    const waiting = [...this.#lanes.values()].flatMap((lane) => lane.waiting);
    this.#lanes.clear();
    this.#waiting = 0;
    for (const job of waiting) job.resolve({ result: fail(this.#options.issues.busy()) });
  }

  #pump(): void {
    if (this.#closed) return;
    const { size, spare = 0 } = this.#options;
    let busy = this.#members.filter((m) => m.state === 'busy').length;
    for (const m of this.#members) {
      if (m.state !== 'idle') continue;
      // With `size` workers busy, a free one (the spare) waits for a newcomer.
      const job = this.#take(busy >= size);
      if (!job) continue;
      this.#assign(m, job);
      busy++;
    }
    const starting = this.#members.filter((m) => m.state === 'starting').length;
    const wanted = Math.max(0, Math.min(this.#startable() - starting, size - this.#members.length));
    // Newcomers that no worker now starting will take get one beyond `size`, within `spare`; and
    // with every worker busy on clients' work while others are about, one starts before the next
    // newcomer arrives, so it finds a warm worker (a parser takes seconds to start under load).
    let extra = this.#newcomersWaiting() - starting - wanted;
    if (
      extra <= 0 &&
      spare > 0 &&
      starting === 0 &&
      busy >= size &&
      this.#clientsRunning() &&
      this.#clientsAbout() > 1
    )
      extra = 1;
    const room = size + spare - this.#members.length - wanted;
    for (let n = wanted + Math.max(0, Math.min(extra, room)); n > 0; n--) this.#start();
  }

  /**
   * Clients that have sent work within suspectMs: a server used by one client (a person's own,
   * the hostile eval's bursts from one address) never warms a worker no one else would take.
   */
  #clientsAbout(): number {
    return this.#lastSent.size;
  }

  /** Whether a named client (a server's caller, not the CLI) has a task running. */
  #clientsRunning(): boolean {
    for (const lane of this.#lanes.values()) if (lane.key !== '' && lane.running > 0) return true;
    return false;
  }

  /** A client that may have a spare worker: named, not suspect, with nothing running. */
  #isNewcomer(key: string): boolean {
    if (key === '' || this.#isSuspect(key)) return false;
    return (this.#lanes.get(key)?.running ?? 0) === 0;
  }

  /** Clients waiting for their first running task, who may have a spare worker. */
  #newcomersWaiting(): number {
    if (!this.#options.spare) return 0;
    let n = 0;
    for (const lane of this.#lanes.values()) if (lane.waiting.length > 0 && this.#isNewcomer(lane.key)) n++;
    return n;
  }

  #isSuspect(key: string): boolean {
    const until = this.#suspects.get(key);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.#suspects.delete(key);
    return false;
  }

  /** Workers suspect clients may take together: all but one, so one stays for the others. */
  #suspectRoom(): number {
    const { size } = this.#options;
    let running = 0;
    let any = false;
    for (const lane of this.#lanes.values()) {
      if (!this.#isSuspect(lane.key)) continue;
      any = true;
      running += lane.running;
    }
    if (!any) return size;
    // With no one else about (one client's server, the hostile eval), a suspect may use every worker.
    return (this.#othersAbout() ? Math.max(1, size - 1) : size) - running;
  }

  /** Whether a client that is not suspect has sent work within suspectMs. */
  #othersAbout(): boolean {
    for (const key of this.#recentClients()) if (!this.#isSuspect(key)) return true;
    return false;
  }

  /** Clients that have sent work within suspectMs. */
  #recentClients(): Iterable<string> {
    const since = Date.now() - (this.#options.suspectMs ?? 0);
    // Oldest first (a client's entry moves to the end when it sends): drop those out of the window.
    for (const [key, at] of this.#lastSent) {
      if (at >= since) break;
      this.#lastSent.delete(key);
    }
    return this.#lastSent.keys();
  }

  /** Waiting tasks that may start now. */
  #startable(): number {
    let trusted = 0;
    let suspect = 0;
    for (const lane of this.#lanes.values()) {
      if (this.#isSuspect(lane.key)) suspect += lane.waiting.length;
      else trusted += lane.waiting.length;
    }
    return trusted + Math.min(suspect, Math.max(0, this.#suspectRoom()));
  }

  /**
   * The next task to start: the oldest waiting task of the client with the fewest running, and of
   * those the client served longest ago. So a client's second task waits for every other client's
   * first, whoever queued first. Suspect clients come after the others, within their room.
   */
  #take(newcomersOnly = false): Job<In, Out> | undefined {
    const room = this.#suspectRoom();
    let next: Lane<In, Out> | undefined;
    let nextSuspect = false;
    for (const lane of this.#lanes.values()) {
      if (lane.waiting.length === 0) continue;
      if (newcomersOnly && !this.#isNewcomer(lane.key)) continue;
      const suspect = this.#isSuspect(lane.key);
      if (suspect && room <= 0) continue;
      if (
        !next ||
        (nextSuspect && !suspect) ||
        (nextSuspect === suspect &&
          (lane.running < next.running || (lane.running === next.running && lane.servedAt < next.servedAt)))
      ) {
        next = lane;
        nextSuspect = suspect;
      }
    }
    const job = next?.waiting.shift();
    if (!next || !job) return undefined;
    this.#waiting--;
    next.running++;
    next.servedAt = ++this.#served;
    return job;
  }

  /** The task has ended: its client's lane goes when nothing of it is left. */
  #finish(job: Job<In, Out>, report: TaskReport<Out>, brokeLimit = false): void {
    const { lane } = job;
    const { suspectMs } = this.#options;
    if (brokeLimit && suspectMs !== undefined && job.options.client !== undefined) {
      this.#suspects.set(lane.key, Date.now() + suspectMs);
    }
    lane.running--;
    if (lane.running === 0 && lane.waiting.length === 0 && this.#lanes.get(lane.key) === lane) {
      this.#lanes.delete(lane.key);
    }
    job.resolve(report);
  }

  #start(): void {
    const member = { state: 'starting' } as Member<In, Out>;
    const failed = () => {
      this.#remove(member);
      // A worker that cannot start fails the task it was for, rather than being retried for ever.
      const job = this.#take();
      if (job) this.#finish(job, { result: fail(this.#options.issues.crashed()) });
      this.#pump();
    };
    member.slot = this.#options.spawn(() => {
      if (member.state === 'starting') failed();
      else if (member.state !== 'gone') {
        this.#remove(member);
        this.#pump();
      }
    });
    this.#members.push(member);
    member.slot.ready.then((started) => {
      if (member.state !== 'starting') return;
      if (!started) return failed();
      this.#idle(member);
      this.#pump();
    });
  }

  #assign(member: Member<In, Out>, job: Job<In, Out>): void {
    const { issues, retireAboveRssMb = Number.POSITIVE_INFINITY } = this.#options;
    clearTimeout(member.retireTimer);
    member.state = 'busy';
    member.slot.hold(true);
    let settled = false;
    const started = Date.now();
    let allowedMs = job.options.timeoutMs;
    let extraMs = job.options.extraTimeMs ?? 0;
    const settle = (report: TaskReport<Out>, keep: boolean, brokeLimit = false) => {
      settled = true;
      clearTimeout(timer);
      if (keep && member.state === 'busy') {
        this.#idle(member);
      } else {
        this.#remove(member);
        member.slot.kill();
      }
      this.#finish(job, report, brokeLimit || Date.now() - started > allowedMs / 2);
      this.#pump();
    };
    const expire = () => settle({ result: fail(issues.timeout(allowedMs)) }, false, true);
    let timer = setTimeout(expire, allowedMs);
    const call: CallHandler = (name, args) => {
      if (name !== MORE_TIME_CALL)
        return job.options.call?.(name, args) ?? Promise.reject(new Error(`no handler for ${name}`));
      const granted = Math.max(0, Math.min(extraMs, Number(args) || 0));
      extraMs -= granted;
      allowedMs += granted;
      if (!settled) {
        clearTimeout(timer);
        timer = setTimeout(expire, Math.max(0, started + allowedMs - Date.now()));
      }
      return Promise.resolve(granted);
    };
    member.slot.run(job.input, call).then((outcome) => {
      if (settled) return;
      const peak = outcome.kind === 'crashed' ? {} : peakOf(outcome.peakRssMb);
      if (outcome.kind === 'done') {
        settle({ result: ok(outcome.value), ...peak }, (outcome.peakRssMb ?? 0) <= retireAboveRssMb);
      } else {
        settle(
          {
            result: fail(outcome.kind === 'out-of-memory' ? issues.outOfMemory() : issues.crashed()),
            ...peak,
          },
          false,
          true,
        );
      }
    });
  }

  #idle(member: Member<In, Out>): void {
    member.state = 'idle';
    member.slot.hold(false);
    const { idleMs } = this.#options;
    if (idleMs === undefined || !Number.isFinite(idleMs)) return;
    member.retireTimer = setTimeout(() => {
      if (member.state !== 'idle') return;
      this.#remove(member);
      member.slot.kill();
    }, idleMs);
    member.retireTimer.unref();
  }

  #remove(member: Member<In, Out>): void {
    clearTimeout(member.retireTimer);
    member.state = 'gone';
    const k = this.#members.indexOf(member);
    if (k >= 0) this.#members.splice(k, 1);
  }
}

const peakOf = (mb: number | undefined): { peakRssMb?: number } =>
  mb === undefined ? {} : { peakRssMb: mb };
