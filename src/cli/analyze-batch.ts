import { analyzeWithMarket } from '../core/analysis/analyze-with-market.ts';
import type { AnalysisReport } from '../core/analysis/report.ts';
import type { ReadDocument } from '../core/document.ts';
import type { Issue, Result } from '../core/result.ts';
import type { Role } from '../core/role/schema.ts';
import { bundledTaxonomy } from '../data/bundled.ts';
import { RolefitError } from '../errors.ts';
import { readDocument } from '../readers/index.ts';
import type { AnalysisMarket } from './analysis-market.ts';
import type { CliIo } from './io.ts';
import { bar, formatDuration, progressLine } from './progress.ts';
import { readInputBytes } from './read-input.ts';
import { type ResumeItem, type ResumeSource, resumeItems } from './resume-inputs.ts';

/**
 * Resumes read ahead of the one being analyzed. Binary files parse in the pool of parse workers
 * (src/readers/isolate.ts, which bounds the parallel parses); this bounds what waits in memory.
 */
const READ_AHEAD = 8;

/** One line of `--format jsonl`: a report, or why this resume has none. */
export type BatchRow =
  | { input: string; id?: string | number; ok: true; report: AnalysisReport }
  | { input: string; id?: string | number; ok: false; error: Issue };

export interface BatchSummary {
  analyzed: number;
  errors: number;
  errorCodes: Record<string, number>;
  seconds: number;
}

/**
 * Analyzes every resume of the sources in one process and writes one JSON line per resume, in
 * input order: a resume that cannot be read is an error row, and the batch goes on.
 */
export async function analyzeBatch(
  sources: readonly ResumeSource[],
  options: { role: Role; market: AnalysisMarket; io: CliIo; ocr?: false },
): Promise<BatchSummary> {
  const { io } = options;
  const started = performance.now();
  const summary: BatchSummary = { analyzed: 0, errors: 0, errorCodes: {}, seconds: 0 };
  // Files are counted up front; the lines of a JSONL file only as they are read.
  const total = sources.every((s) => s.kind === 'file') ? sources.length : undefined;
  const progress = progressLine(io);
  const emit = (row: BatchRow) => {
    io.stdout(`${JSON.stringify(row)}\n`);
    if (row.ok) summary.analyzed++;
    else {
      summary.errors++;
      summary.errorCodes[row.error.code] = (summary.errorCodes[row.error.code] ?? 0) + 1;
    }
    const done = summary.analyzed + summary.errors;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = total !== undefined && rate > 0 ? ` · ${formatDuration((total - done) / rate)} left` : '';
    progress.update(
      `${total === undefined ? '' : `${bar(done / total)} `}${done}${total === undefined ? '' : `/${total}`} resumes · ${summary.errors} errors · ${rate.toFixed(0)}/s${left}`,
      done === total,
    );
  };

  const pending: Promise<BatchRow>[] = [];
  try {
    for (const source of sources) {
      for await (const item of resumeItems(source)) {
        pending.push(analyzeItem(item, options));
        if (pending.length >= READ_AHEAD) emit(await pending.shift()!);
      }
    }
    while (pending.length > 0) emit(await pending.shift()!);
  } finally {
    progress.done();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The summary line for stderr. */
export function renderBatchSummary(s: BatchSummary): string {
  const n = s.analyzed + s.errors;
  const rate = s.seconds > 0 ? ` (${(n / s.seconds).toFixed(1)} per second)` : '';
  const codes = Object.entries(s.errorCodes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, k]) => `${code} ${k}`)
    .join(', ');
  return `rolefit: ${n} ${n === 1 ? 'resume' : 'resumes'} in ${s.seconds.toFixed(1)} s${rate}: ${s.analyzed} analyzed, ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}${codes ? ` (${codes})` : ''}.\n`;
}

async function analyzeItem(
  item: ResumeItem,
  options: { role: Role; market: AnalysisMarket; ocr?: false },
): Promise<BatchRow> {
  const head = { input: item.input, ...('id' in item && item.id !== undefined ? { id: item.id } : {}) };
  if (item.kind === 'error') return { ...head, ok: false, error: item.error };
  try {
    const read = await readItem(item, options.ocr);
    if (!read.ok) return { ...head, ok: false, error: read.error };
    const { role, market } = options;
    const report = await analyzeWithMarket(
      { document: read.value, role, taxonomy: bundledTaxonomy() },
      (ids) => market.forPerson(role, ids),
    );
    return { ...head, ok: true, report };
  } catch (error) {
    if (error instanceof RolefitError)
      return {
        ...head,
        ok: false,
        error: { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
      };
    return {
      ...head,
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'something went wrong inside rolefit while analyzing this resume.',
        hint: 'Please report it with the file if you can share it; the other resumes are analyzed.',
      },
    };
  }
}

async function readItem(
  item: Exclude<ResumeItem, { kind: 'error' }>,
  ocr: false | undefined,
): Promise<Result<ReadDocument, Issue>> {
  if (item.kind === 'file') {
    const bytes = await readInputBytes(item.path);
    return readDocument(bytes, { filename: item.path, ...(ocr === false ? { ocr } : {}) });
  }
  if (item.kind === 'text') return readDocument(new TextEncoder().encode(item.text), {});
  const read = await readDocument(new TextEncoder().encode(JSON.stringify(item.json)), {
    filename: 'resume.json',
  });
  if (!read.ok && read.error.code === 'JSON_RESUME_INVALID') {
    return {
      ok: false,
      error: {
        code: 'JSON_RESUME_INVALID',
        message: 'the line has no "text" field and is not a JSON Resume.',
        hint: 'Write {"id": …, "text": "…"} or a JSON Resume on each line.',
      },
    };
  }
  return read;
}
