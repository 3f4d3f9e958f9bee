import { availableParallelism } from 'node:os';
import type { MarketSource } from '../core/analysis/analyze-with-market.ts';
import type { AnalysisReport } from '../core/analysis/report.ts';
import type { PostingInput } from '../core/audit/index.ts';
import type { auditToJson } from '../core/audit/render.ts';
import type { ReadDocument } from '../core/document.ts';
import type { SelfCheckAnswers } from '../core/guidance/self-check.ts';
import type { Issue, Result } from '../core/result.ts';
import type { Role } from '../core/role/schema.ts';
import { type PoolIssues, TaskPool } from '../isolation/pool.ts';
import { threadSlot } from '../isolation/slots.ts';
import type { ReadHint } from '../readers/index.ts';
import { type ParseLimits, readInWorker } from '../readers/isolate.ts';

/** What a request's untrusted work runs on: never the event loop, which only routes. */
export interface ServerWork {
  /** Reads an uploaded file, whatever its format, in a parser process. */
  read(bytes: Uint8Array, hint: Omit<ReadHint, 'isolate'>): Promise<Result<ReadDocument, Issue>>;
  /** analyzeWithMarket in a worker thread; `market` runs in this thread, which holds the store. */
  analyze(input: AnalysisInput, market: MarketSource): Promise<Result<AnalysisReport, Issue>>;
  /** auditPosting in a worker thread, as the API shows it. */
  audit(posting: PostingInput): Promise<Result<AuditJson, Issue>>;
}

export interface AnalysisInput {
  document: ReadDocument;
  role: Role;
  selfCheckAnswers?: SelfCheckAnswers;
}

export type AuditJson = ReturnType<typeof auditToJson>;

/** A task for the analysis workers (analysis-worker.ts). */
export type WorkTask = (AnalysisInput & { kind: 'analysis' }) | { kind: 'audit'; posting: PostingInput };

export interface WorkLimits {
  /** Worker threads for analyses and audits. */
  workers: number;
  /** Tasks that may wait for a worker; beyond that the API answers 503 SERVER_BUSY. */
  maxQueue: number;
  /** Time one analysis or audit may take. */
  timeoutMs: number;
  /** V8 heap of one worker thread (a 2 MB resume needs under 100 MB). */
  maxHeapMb: number;
  /** Parsing uploads: the parser processes' bounds, and how many files may wait for one. */
  parse: Partial<ParseLimits>;
}

export const DEFAULT_WORK_LIMITS: Readonly<WorkLimits> = Object.freeze({
  workers: availableParallelism(),
  // Enough for 32 clients at once on 2 cores without a refusal; a queue of analyses is milliseconds long.
  maxQueue: 64,
  timeoutMs: 10_000,
  maxHeapMb: 256,
  parse: { timeoutMs: 10_000, maxQueue: 8 },
});

type TaskResult = Result<AnalysisReport, Issue> | Result<AuditJson, Issue>;

const pools = new Map<string, TaskPool<WorkTask, TaskResult>>();

/**
 * The work of one server, on pools shared by every server in the process with the same limits
 * (tests build many): workers start when a task needs one and idle ones do not keep the process alive.
 */
export function serverWork(limits: WorkLimits = DEFAULT_WORK_LIMITS): ServerWork {
  const key = `${limits.workers}/${limits.maxHeapMb}`;
  let pool = pools.get(key);
  if (!pool) {
    const entry = new URL(
      import.meta.url.endsWith('.ts') ? './analysis-worker.ts' : './analysis-worker.js',
      import.meta.url,
    );
    pool = new TaskPool<WorkTask, TaskResult>({
      size: limits.workers,
      spawn: (gone) => threadSlot(entry, { maxHeapMb: limits.maxHeapMb }, gone),
      issues: workIssues(limits),
    });
    pools.set(key, pool);
  }
  const tasks = pool;
  const run = async (task: WorkTask, market?: MarketSource) => {
    const { result } = await tasks.run(task, {
      timeoutMs: limits.timeoutMs,
      maxQueue: limits.maxQueue,
      ...(market ? { call: (_name: string, skillIds: unknown) => market(skillIds as string[]) } : {}),
    });
    return result.ok ? result.value : result;
  };
  return {
    read: (bytes, hint) => readInWorker(bytes, hint, limits.parse),
    analyze: async (input, market) =>
      (await run({ ...input, kind: 'analysis' }, market)) as Result<AnalysisReport, Issue>,
    audit: async (posting) => (await run({ kind: 'audit', posting })) as Result<AuditJson, Issue>,
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
  };
}
