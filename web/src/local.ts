// Local-only mode: the analysis core runs in this page; the resume never leaves the device.
// Loaded on demand, so server mode does not download the core and its data.
import { analyzeResume } from '../../src/core/analysis/analyze.ts';
import {
  listedOnlySkillIds,
  marketSkillIds,
  withReportLabels,
} from '../../src/core/analysis/analyze-with-market.ts';
import { type ReadDocument, repairDocument } from '../../src/core/document.ts';
import { snapshotPersonMarket } from '../../src/core/market/snapshot-market.ts';
import { bundledTaxonomy, findRole, marketSnapshotFor } from '../../src/data/bundled.ts';
import { type AnalysisResult, ApiFailure } from './api.ts';
import type { ReadReply, ReadRequest } from './read-worker.ts';

/** How long reading one file may take in the page, as in the server's parser processes. */
const READ_TIMEOUT_MS = 10_000;

/**
 * A file → the document the server would read from it: the same readers (PDF through pdf.js, Word
 * through mammoth, text, HTML, JSON Resume, a LinkedIn export) in a Web Worker, stopped after 10 s.
 */
export function readLocalFile(file: File): Promise<ReadDocument> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      done();
      reject(
        new ApiFailure({
          code: 'PARSE_TIMEOUT',
          message: `reading the file took longer than ${READ_TIMEOUT_MS / 1000} s and was stopped.`,
          hint: 'The file may be damaged or built to be slow; export the resume again, or save it as .docx or text.',
        }),
      );
    }, READ_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<Partial<ReadReply> | undefined>) => {
      const read = event.data?.rolefitRead;
      if (!read) return;
      done();
      if (read.ok) resolve(read.value);
      else
        reject(
          new ApiFailure({ code: read.error.code, message: read.error.message, hint: read.error.hint ?? '' }),
        );
    };
    worker.onerror = () => {
      done();
      reject(
        new ApiFailure({
          code: 'PARSE_FAILED',
          message: 'the file could not be read in this browser.',
          hint: 'Paste the text of your resume instead, or switch to server mode.',
        }),
      );
    };
    file
      .arrayBuffer()
      .then((buffer) => {
        const request: ReadRequest = { name: file.name, type: file.type, bytes: new Uint8Array(buffer) };
        worker.postMessage(request, [buffer]);
      })
      .catch(() => undefined);
  });
}

export function analyzeLocally(
  input: Omit<ReadDocument, 'warnings'> & { warnings?: string[] },
  roleId: string,
  selfCheckAnswers?: Record<string, number>,
): AnalysisResult {
  const role = findRole(roleId);
  if (!role) throw new ApiFailure({ code: 'UNKNOWN_ROLE', message: `there is no role "${roleId}".` });
  const text = input.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new ApiFailure({
      code: 'EMPTY_INPUT',
      message: 'the resume text is empty.',
      hint: 'Paste the text of your resume.',
    });
  const taxonomy = bundledTaxonomy();
  const document = repairDocument({ ...input, text, warnings: input.warnings ?? [] });
  const analysisInput = { document, role, taxonomy, ...(selfCheckAnswers ? { selfCheckAnswers } : {}) };
  const first = analyzeResume(analysisInput);
  // As analyzeWithMarket does on the server without a store: the shipped snapshot of real
  // listings gives the market section, and its demand ranks the gaps.
  const market = snapshotPersonMarket({
    personSkillIds: marketSkillIds(first),
    listedOnly: listedOnlySkillIds(first),
    taxonomy,
    snapshot: marketSnapshotFor(role),
  });
  const report = market
    ? {
        ...analyzeResume({ ...analysisInput, demand: market.demand }),
        market: withReportLabels(market.section, role, taxonomy),
      }
    : first;
  return { report: report as AnalysisResult['report'], document, saved: null };
}
