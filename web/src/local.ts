// Local-only mode: the analysis core runs in this page; the resume never leaves the device.
// Loaded on demand, so server mode does not download the core and its data.
import { analyzeResume } from '../../src/core/analysis/analyze.ts';
import { type DocumentFormat, repairDocument } from '../../src/core/document.ts';
import { snapshotPersonMarket } from '../../src/core/market/snapshot-market.ts';
import { bundledTaxonomy, findRole, marketSnapshotFor } from '../../src/data/bundled.ts';
import { decodeText } from '../../src/readers/text.ts';
import { type AnalysisResult, ApiFailure } from './api.ts';

/** What the browser reads without a server: text formats only (PDF and Word need the server's readers). */
export const LOCAL_EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

export function readLocalFile(name: string, bytes: Uint8Array): { format: DocumentFormat; text: string } {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? 'txt';
  const format = LOCAL_EXTENSIONS[ext];
  if (format === undefined) {
    throw new ApiFailure({
      code: 'UNSUPPORTED_FORMAT',
      message: `local-only mode reads .txt and .md files; "${name}" is a .${ext} file.`,
      hint: 'Paste the text of your resume instead, save it as .txt, or switch to server mode.',
    });
  }
  const text = decodeText(bytes);
  if (!text.ok)
    throw new ApiFailure({ code: text.error.code, message: text.error.message, hint: text.error.hint ?? '' });
  return { format, text: text.value };
}

export function analyzeLocally(
  input: { format: DocumentFormat; text: string },
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
  const document = repairDocument({ format: input.format, text, warnings: [] });
  const analysisInput = { document, role, taxonomy, ...(selfCheckAnswers ? { selfCheckAnswers } : {}) };
  const first = analyzeResume(analysisInput);
  // As analyzeWithMarket does on the server without a store: the shipped snapshot of real
  // listings gives the market section, and its demand ranks the gaps.
  const market = snapshotPersonMarket({
    personSkillIds: first.skills.map((s) => s.id),
    taxonomy,
    snapshot: marketSnapshotFor(role),
  });
  const report = market
    ? { ...analyzeResume({ ...analysisInput, demand: market.demand }), market: market.section }
    : first;
  return { report: report as AnalysisResult['report'], document, saved: null };
}
