import { availableParallelism } from 'node:os';
import type { MarketPerson, MarketSource } from '../core/analysis/analyze-with-market.ts';
import type { PostingInput } from '../core/audit/index.ts';
import type { auditToJson } from '../core/audit/render.ts';
import type { ReadDocument } from '../core/document.ts';
import type { SelfCheckAnswers } from '../core/guidance/self-check.ts';
import type { Issue, Result } from '../core/result.ts';
import type { Role } from '../core/role/schema.ts';
import { bundledRoles } from '../data/bundled.ts';
import { NEWCOMER_WORKERS, type PoolIssues, SUSPECT_MS, TaskPool } from '../isolation/pool.ts';
import { threadSlot } from '../isolation/slots.ts';
import type { ReadHint } from '../readers/index.ts';
import { type ParseLimits, readInWorker } from '../readers/isolate.ts';

/**
 * What a request's untrusted work runs on: never the event loop, which only routes. `client` names
 * who asks (the address rate limits count by): each pool serves waiting clients in turn and caps
 * what one client may have running and waiting.
 */
export interface ServerWork {
  /** Reads an uploaded file, whatever its format, in a parser process. */
  read(
    bytes: Uint8Array,
    hint: Omit<ReadHint, 'isolate'>,
    client: string,
  ): Promise<Result<ReadDocument, Issue>>;
  /**
   * analyzeWithMarket in a worker thread, the report presented (presentReport) and serialized
   * there. `market` runs in this thread, which holds the store (what it throws is thrown here);
   * without one, the worker weighs the analysis against the shipped snapshot itself.
   */
  analyze(
    input: AnalysisInput,
    market: MarketSource | undefined,
    client: string,
  ): Promise<Result<AnalyzedReport, Issue>>;
  /** auditPosting in a worker thread, as the API shows it. */
  audit(posting: PostingInput, client: string): Promise<Result<AuditJson, Issue>>;
}

export interface AnalysisInput {
  document: ReadDocument;
  role: Role;
  selfCheckAnswers?: SelfCheckAnswers;
}

export type AuditJson = ReturnType<typeof auditToJson>;

/** The report as the API shows it, serialized by the worker: the event loop only passes it on. */
export interface AnalyzedReport {
  reportJson: string;
}

/**
 * A task for the analysis workers (analysis-worker.ts). A shipped role goes by its id: copying
 * its 20 KB to the worker was the largest cost left on the event loop.
 */
export type WorkTask =
  | (Omit<AnalysisInput, 'role'> & {
      kind: 'analysis';
      role: Role | { shipped: string };
      /** The server's thread answers for the market (it holds the store). */
      askMarket: boolean;
    })
  | { kind: 'audit'; posting: PostingInput };

export interface WorkLimits {
  /** Worker threads for analyses and audits. */
  workers: number;
  /** Tasks that may wait for a worker; beyond that the API answers 503 SERVER_BUSY. */
  maxQueue: number;
  /** Tasks one client may have running and waiting; beyond that it is answered 429 CLIENT_BUSY. */
  maxPerClient: number;
  /** Time one analysis or audit may take. */
  timeoutMs: number;
  /** V8 heap of one worker thread (a 2 MB resume needs under 100 MB). */
  maxHeapMb: number;
  /** A worker thread idle this long ends, so its heap goes back to the system. */
  idleMs: number;
  /** Parsing uploads: the parser processes' bounds, and how many files may wait for one. */
  parse: Partial<ParseLimits>;
}

export const DEFAULT_WORK_LIMITS: Readonly<WorkLimits> = Object.freeze({
  workers: availableParallelism(),
  // Enough for 32 clients at once on 2 cores without a refusal; a queue of analyses is milliseconds long.
  maxQueue: 64,
  // A person at the web app has one analysis at a time; a script may keep a few going. One client
  // then fills at most 4 of the 64 places, and waits behind every other client's first task.
  maxPerClient: 4,
  timeoutMs: 10_000,
  maxHeapMb: 256,
  // A thread starts in about 0.25 s; after a burst of large inputs each holds 25–60 MB of heap
  // that V8 gives back only after a minute or more of quiet.
  idleMs: 30_000,
  // Uploads wait for one of two parsers (their time starts when one takes them): 32 may wait, so
  // 16 clients sending hostile and valid files at once (npm run bench -- soak) are not refused.
  parse: { timeoutMs: 10_000, maxQueue: 32, maxPerClient: 4 },
});

type TaskResult = Result<AnalyzedReport, Issue> | Result<AuditJson, Issue>;

const pools = new Map<string, TaskPool<WorkTask, TaskResult>>();

/**
 * The work of one server, on pools shared by every server in the process with the same limits
 * (tests build many): workers start when a task needs one and idle ones do not keep the process alive.
 */
export function serverWork(limits: WorkLimits = DEFAULT_WORK_LIMITS): ServerWork {
  const key = `${limits.workers}/${limits.maxHeapMb}/${limits.idleMs}`;
  let pool = pools.get(key);
  if (!pool) {
    const entry = new URL(
      import.meta.url.endsWith('.ts') ? './analysis-worker.ts' : './analysis-worker.js',
      import.meta.url,
    );
    pool = new TaskPool<WorkTask, TaskResult>({
      size: limits.workers,
      idleMs: limits.idleMs,
      suspectMs: SUSPECT_MS,
      spare: NEWCOMER_WORKERS,
      spawn: (gone) => threadSlot(entry, { maxHeapMb: limits.maxHeapMb }, gone),
      issues: workIssues(limits),
    });
    pools.set(key, pool);
  }
  const tasks = pool;
  const run = async (task: WorkTask, client: string, market?: MarketSource) => {
    // A store that fails is this process's error (logged, 500), not the worker's.
    let storeError: { error: unknown } | undefined;
    const call = (_name: string, person: unknown) =>
      market!(person as MarketPerson).catch((error: unknown) => {
        storeError = { error };
        throw error;
      });
    const { result } = await tasks.run(task, {
      timeoutMs: limits.timeoutMs,
      maxQueue: limits.maxQueue,
      maxPerClient: limits.maxPerClient,
      client,
      ...(market ? { call } : {}),
    });
    if (storeError) throw storeError.error;
    return result.ok ? result.value : result;
  };
  return {
    read: (bytes, hint, client) => readInWorker(bytes, hint, limits.parse, client),
    analyze: async ({ role, ...input }, market, client) => {
      const sent = bundledRoles().includes(role) ? { shipped: role.id } : role;
      const task: WorkTask = { ...input, kind: 'analysis', role: sent, askMarket: market !== undefined };
      return (await run(task, client, market)) as Result<AnalyzedReport, Issue>;
    },
    audit: async (posting, client) =>
      (await run({ kind: 'audit', posting }, client)) as Result<AuditJson, Issue>,
  };
}

function workIssues(limits: WorkLimits): PoolIssues {
  const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));
  return {
    timeout: (ms) => ({
      code: 'ANALYSIS_TIMEOUT',
      message: `the analysis took longer than ${seconds(ms)} s and was stopped.`,
      hint: 'The text may be built to be slow (long runs of one character); send the resume or posting itself.',
    }),
    outOfMemory: () => ({
      code: 'ANALYSIS_OUT_OF_MEMORY',
      message: `the analysis needed more than ${limits.maxHeapMb} MB of memory and was stopped.`,
      hint: 'Send the resume or posting itself, not a larger document.',
    }),
    crashed: () => ({
      code: 'ANALYSIS_FAILED',
      message: 'the analysis failed inside rolefit.',
      hint: 'Try again; if it persists, report it.',
    }),
    busy: () => ({
      code: 'SERVER_BUSY',
      message: 'the server is busy with other analyses.',
      hint: 'Try again in a second (see Retry-After).',
    }),
    clientBusy: (max) => ({
      code: 'CLIENT_BUSY',
      message: `you already have ${max} analys${max === 1 ? 'is' : 'es'} or audits running or waiting.`,
      hint: 'Wait for those answers before sending more (see Retry-After).',
    }),
  };
}
