// Does the format change the answer? Each labelled development resume (../shared/eval/dev-gold) is
// printed to a one-column PDF by Chromium (each line a paragraph, wrapped by the page as a word
// processor would) and read back by rolefit's PDF reader; the analysis of the PDF is compared with the
// analysis of the text. Issue 11's target: the same content scores within ±3 points in every format.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyzeResume } from '../src/core/analysis/analyze.ts';
import type { ReadDocument } from '../src/core/document.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { readDocument } from '../src/readers/index.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

const CHROMIUM = '/usr/bin/chromium';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain one-column page: each line of the text a paragraph, headings as they are. */
function page(text: string): string {
  const body = text
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `<p>${escapeHtml(l)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: Letter; margin: 2cm; }
    body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; }
    p { margin: 0 0 0.35em; }
  </style></head><body>${body}</body></html>`;
}

const evaluation: Evaluation = async ({ dataDir }) => {
  const dir = join(dataDir, '..', 'eval', 'dev-gold', 'resumes');
  const out: EvalOutcome = { name: 'Same resume, text and PDF', report: '', figures: {}, floors: [] };
  if (!existsSync(CHROMIUM)) {
    out.report = `skipped: ${CHROMIUM} not found (apt-get install -y chromium; bash .ci/run installs it).`;
    return out;
  }
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  const analyze = (document: ReadDocument) =>
    analyzeResume({ document, role, taxonomy, asOf: { year: 2026, month: 11 } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: Array<{ file: string; text: number; pdf: number; status: number; failed?: string }> = [];
  try {
    const tab = await browser.newPage();
    for (const file of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const fromText = analyze({ format: 'text', text, warnings: [] });
      await tab.setContent(page(text));
      const pdf = new Uint8Array(await tab.pdf({ format: 'Letter' }));
      const read = await readDocument(pdf, { filename: `${file}.pdf` });
      if (!read.ok) {
        rows.push({ file, text: fromText.score ?? 0, pdf: 0, status: 0, failed: read.error.code });
        continue;
      }
      const fromPdf = analyze(read.value);
      // Requirements whose status is the same in both formats.
      const same = fromText.requirements.filter(
        (r, k) => fromPdf.requirements[k]?.status === r.status,
      ).length;
      rows.push({
        file,
        text: fromText.score ?? 0,
        pdf: fromPdf.score ?? 0,
        status: same / fromText.requirements.length,
      });
    }
  } finally {
    await browser.close();
  }
  const deltas = rows.map((r) => Math.abs(r.pdf - r.text));
  const lines = [
    `${rows.length} development resumes printed to a one-column Letter PDF by Chromium and read back.`,
    '',
    '| resume | text score | PDF score | difference | requirements with the same status |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.text} | ${r.failed ? `failed: ${r.failed}` : r.pdf} | ${r.pdf - r.text > 0 ? '+' : ''}${r.pdf - r.text} | ${Math.round(r.status * 100)}% |`,
    ),
  ];
  out.report = lines.join('\n');
  out.figures = {
    'resumes within 3 points': deltas.filter((d) => d <= 3).length / rows.length,
    'mean absolute score difference': deltas.reduce((s, d) => s + d, 0) / rows.length,
    'largest score difference': Math.max(...deltas),
    'requirement status agreement': rows.reduce((s, r) => s + r.status, 0) / rows.length,
    'PDFs read': rows.filter((r) => !r.failed).length / rows.length,
  };
  // Measured 20 of 20 within 3 points (largest difference 1) once evidence on long lines was graded per clause.
  out.floors = [
    {
      figure: 'resumes within 3 points',
      min: 1,
      why: `issue 11 target: every format within ±3 points (n=${rows.length})`,
    },
    {
      figure: 'requirement status agreement',
      min: 0.99,
      why: `measured 0.997 over ${rows.length} × 15 requirements`,
    },
    { figure: 'PDFs read', min: 1, why: 'every printed resume must read back' },
  ];
  return out;
};

export default evaluation;
