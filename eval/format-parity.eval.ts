// Does the format change the answer? Each labelled development resume (../shared/eval/dev-gold) is
// printed to a one-column PDF by Chromium (each line a paragraph, wrapped by the page as a word
// processor would), printed as a browser prints a text file (monospace, no space between lines, long
// lines wrapped at the page's edge) and written as a Word document (a paragraph per line); each is read
// back by rolefit's readers and its analysis compared with the text's. The labelled resumes of the
// resume dataset are printed as a text file too. Issue 11's target: the same content
// scores within ±3 points in every format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResume } from '../src/core/analysis/analyze.ts';
import type { ReadDocument } from '../src/core/document.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { readDocument } from '../src/readers/index.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../test/chromium.ts';
import { makeDocx } from '../test/fixtures/make-docx.ts';
import { loadCases } from './gold.eval.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A plain page: each line of the text a paragraph, headings as they are; in one column, or in two
 * that the text flows through (a paragraph may go on from the foot of one column to the head of the next).
 */
function page(text: string, columns: 1 | 2): string {
  const body = text
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `<p>${escapeHtml(l)}</p>`))
    .join('\n');
  const style =
    columns === 1
      ? '@page { size: Letter; margin: 2cm; } body { font-size: 10.5pt; line-height: 1.35; }'
      : '@page { size: Letter; margin: 1.5cm; } body { font-size: 9.5pt; line-height: 1.3; column-count: 2; column-gap: 1.2cm; }';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    ${style}
    body { font-family: 'DejaVu Sans', Arial, sans-serif; }
    p { margin: 0 0 0.35em; }
  </style></head><body>${body}</body></html>`;
}

/**
 * A text file as a browser prints it (Chromium's "Save as PDF" of a .txt, and close to a word
 * processor opening one): monospace, the text as written, long lines wrapped at the page's edge with
 * nothing between lines to tell a wrap from the next line but where the line above stopped.
 */
function plainPage(text: string, points: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 2cm; }
    pre { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: ${points}pt; white-space: pre-wrap; overflow-wrap: break-word; margin: 0; }
  </style></head><body><pre>${escapeHtml(text)}</pre></body></html>`;
}

/** The floors of one set of texts printed: within 3 points, status agreement, every document read. */
function printedFloors(
  label: string,
  n: number,
  min: { within: number; status: number },
  measuredWithin: number,
  measuredStatus: number,
) {
  return [
    {
      figure: `${label}: resumes within 3 points`,
      min: min.within,
      why: `measured ${measuredWithin} of ${n}`,
    },
    {
      figure: `${label}: requirement status agreement`,
      min: min.status,
      why: `measured ${measuredStatus} over ${n} × 15 requirements`,
    },
    { figure: `${label}: documents read`, min: 1, why: 'every printed resume must read back' },
  ];
}

/** The written sets whose resumes include text files (written15 and written16, held out, aside). */
const WRITTEN_TEXT_SETS = [
  'written',
  'written2',
  'written3',
  'written4',
  'written10',
  'written11',
  'written12',
  'written13',
  'written14',
] as const;

const LABELS = {
  pdf: 'PDF',
  'pdf-two-column': 'two-column PDF',
  // Three type sizes: each breaks the long lines at other words, one of them just before a heading.
  'pdf-plain-9': 'text file printed to PDF at 9 pt',
  'pdf-plain-11': 'text file printed to PDF at 11 pt',
  'pdf-plain-12': 'text file printed to PDF at 12 pt',
  docx: 'DOCX',
} as const;

const evaluation: Evaluation = async ({ dataDir }) => {
  const dir = join(dataDir, '..', 'eval', 'dev-gold', 'resumes');
  const out: EvalOutcome = { name: 'Same resume as text, PDF and DOCX', report: '', figures: {}, floors: [] };
  if (!hasChromium()) {
    out.report = `skipped: ${CHROMIUM} not found (apt-get install -y chromium; bash .ci/run installs it).`;
    return out;
  }
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  const analyze = (document: ReadDocument) =>
    analyzeResume({ document, role, taxonomy, asOf: { year: 2026, month: 11 } });
  // A file read back and analysed beside its text: the scores and the share of requirements whose
  // status is the same in both.
  const readBack = async (
    file: string,
    fromText: ReturnType<typeof analyze>,
    bytes: Uint8Array,
    filename: string,
  ) => {
    const read = await readDocument(bytes, { filename });
    if (!read.ok) return { file, text: fromText.score ?? 0, got: 0, status: 0, failed: read.error.code };
    const other = analyze(read.value);
    const same = fromText.requirements.filter((r, k) => other.requirements[k]?.status === r.status).length;
    return {
      file,
      text: fromText.score ?? 0,
      got: other.score ?? 0,
      status: same / fromText.requirements.length,
    };
  };
  const browser = await launchChromium();
  const formats = ['pdf', 'pdf-two-column', 'pdf-plain-9', 'pdf-plain-11', 'pdf-plain-12', 'docx'] as const;
  type Format = (typeof formats)[number];
  const rows: Array<{
    file: string;
    format: Format;
    text: number;
    got: number;
    status: number;
    failed?: string;
  }> = [];
  const dataset: Array<Omit<(typeof rows)[number], 'format'>> = [];
  const written: typeof dataset = [];
  try {
    const tab = await browser.newPage();
    for (const file of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const fromText = analyze({ format: 'text', text, warnings: [] });
      await tab.setContent(page(text, 1));
      const pdf = new Uint8Array(await tab.pdf({ format: 'Letter' }));
      await tab.setContent(page(text, 2));
      const twoColumns = new Uint8Array(await tab.pdf({ format: 'Letter' }));
      const plain: Uint8Array[] = [];
      for (const points of [9, 11, 12]) {
        await tab.setContent(plainPage(text, points));
        plain.push(new Uint8Array(await tab.pdf({ format: 'A4' })));
      }
      const bytes: Record<Format, Uint8Array> = {
        pdf,
        'pdf-two-column': twoColumns,
        'pdf-plain-9': plain[0]!,
        'pdf-plain-11': plain[1]!,
        'pdf-plain-12': plain[2]!,
        // A Word document with one paragraph per line, as a person pasting the text into Word gets.
        docx: makeDocx(text.split('\n').map((paragraph) => ({ paragraph }))),
      };
      for (const format of formats)
        rows.push({
          format,
          ...(await readBack(file, fromText, bytes[format], `${file}.${format === 'docx' ? 'docx' : 'pdf'}`)),
        });
    }
    // A text printed as a text file at 10 pt, read back and analysed beside the text.
    const printed = async (file: string, text: string): Promise<(typeof dataset)[number]> => {
      await tab.setContent(plainPage(text, 10));
      const pdf = new Uint8Array(await tab.pdf({ format: 'A4' }));
      return readBack(file, analyze({ format: 'text', text, warnings: [] }), pdf, 'resume.pdf');
    };
    // The labelled resumes of the resume dataset (text with mis-encoded bullets, headings run into
    // lines, runs of spaces), printed as a text file: what such a text becomes once someone saves it as PDF.
    for (const c of loadCases(dataDir).filter((c) => /^(?:fresh|rolefit-gold)/.test(c.set)))
      dataset.push(await printed(c.label.file.replace(/^.*#/, ''), c.text));
    // The repo's written resumes kept as text (the held-out set aside), printed as a text file: resumes
    // in today's layouts, with indented items whose wrapped lines go on at the margin.
    for (const set of WRITTEN_TEXT_SETS) {
      const folder = join('eval', 'gold', set, 'resumes');
      for (const name of readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort())
        written.push(await printed(`${set}/${name}`, readFileSync(join(folder, name), 'utf8')));
    }
  } finally {
    await browser.close();
  }
  const n = rows.length / formats.length;
  const lines = [
    `${n} development resumes printed to a one-column and a two-column Letter PDF by Chromium, printed as a browser prints a text file (A4, monospace at 9, 11 and 12 pt) and written as a Word document (one paragraph per line), each read back by rolefit.`,
    '',
    '| resume | format | text score | score | difference | requirements with the same status |',
    '|---|---|---|---|---|---|',
    ...rows
      .filter((r) => r.failed || r.got !== r.text || r.status < 1)
      .map(
        (r) =>
          `| ${r.file} | ${r.format} | ${r.text} | ${r.failed ? `failed: ${r.failed}` : r.got} | ${r.got - r.text > 0 ? '+' : ''}${r.got - r.text} | ${Math.round(r.status * 100)}% |`,
      ),
    "(resumes that score the same, every requirement's status the same, are left out)",
  ];
  for (const format of formats) {
    const rs = rows.filter((r) => r.format === format);
    const deltas = rs.map((r) => Math.abs(r.got - r.text));
    const label = LABELS[format];
    Object.assign(out.figures, {
      [`${label}: resumes within 3 points`]: deltas.filter((d) => d <= 3).length / rs.length,
      [`${label}: mean absolute score difference`]: deltas.reduce((s, d) => s + d, 0) / rs.length,
      [`${label}: largest score difference`]: Math.max(...deltas),
      [`${label}: requirement status agreement`]: rs.reduce((s, r) => s + r.status, 0) / rs.length,
      [`${label}: documents read`]: rs.filter((r) => !r.failed).length / rs.length,
    });
  }
  const printed = [
    {
      label: 'dataset text printed to PDF',
      rows: dataset,
      what: 'labelled resumes of the resume dataset',
    },
    {
      label: 'written text printed to PDF',
      rows: written,
      what: 'written resumes kept as text (eval/gold/written*)',
    },
  ];
  for (const part of printed) {
    if (part.rows.length === 0) continue;
    lines.push(
      '',
      `${part.rows.length} ${part.what} printed as a browser prints a text file (A4, monospace at 10 pt), each read back by rolefit; those whose score or a status moved:`,
      '',
      '| resume | text score | score | difference | requirements with the same status |',
      '|---|---|---|---|---|',
      ...part.rows
        .filter((r) => r.failed || r.got !== r.text || r.status < 1)
        .map(
          (r) =>
            `| ${r.file} | ${r.text} | ${r.failed ? `failed: ${r.failed}` : r.got} | ${r.got - r.text > 0 ? '+' : ''}${r.got - r.text} | ${Math.round(r.status * 100)}% |`,
        ),
    );
    Object.assign(out.figures, {
      [`${part.label}: resumes within 3 points`]:
        part.rows.filter((r) => !r.failed && Math.abs(r.got - r.text) <= 3).length / part.rows.length,
      [`${part.label}: requirement status agreement`]:
        part.rows.reduce((sum, r) => sum + r.status, 0) / part.rows.length,
      [`${part.label}: documents read`]: part.rows.filter((r) => !r.failed).length / part.rows.length,
    });
  }
  out.report = lines.join('\n');
  // PDF measured 20 of 20 within 3 points (largest difference 1) once long lines were graded per clause.
  out.floors = [
    {
      figure: 'PDF: resumes within 3 points',
      min: 1,
      why: `issue 11 target: within ±3 points in every format (n=${n})`,
    },
    {
      figure: 'PDF: requirement status agreement',
      min: 0.99,
      why: `measured 0.997 over ${n} × 15 requirements`,
    },
    { figure: 'PDF: documents read', min: 1, why: 'every printed resume must read back' },
    { figure: 'DOCX: documents read', min: 1, why: 'every written resume must read back' },
    // Two columns measured 20 of 20 within 3 points (largest 2), status 0.997, once a paragraph read on
    // across the foot of a column and of a page (c03 was +7: its paragraph's second half read as a header).
    {
      figure: 'two-column PDF: resumes within 3 points',
      min: 1,
      why: `issue 11 target: within ±3 points in every format (n=${n})`,
    },
    {
      figure: 'two-column PDF: requirement status agreement',
      min: 0.99,
      why: `measured 0.997 over ${n} × 15 requirements`,
    },
    { figure: 'two-column PDF: documents read', min: 1, why: 'every printed resume must read back' },
    // A text file printed: measured 20 of 20 within 3 points at each size (largest 3) and status 0.997
    // to 1 once a heading set in the body's type no longer went on from a full line above it (c13 was
    // -11 at 9 and 12 pt, c07 -10 and c05 -7 at 11 pt: "Work Experience" joined to the headline, and no job found).
    ...(
      [
        'text file printed to PDF at 9 pt',
        'text file printed to PDF at 11 pt',
        'text file printed to PDF at 12 pt',
      ] as const
    ).flatMap((label) => [
      {
        figure: `${label}: resumes within 3 points`,
        min: 1,
        why: `issue 11 target: within ±3 points in every format (n=${n})`,
      },
      {
        figure: `${label}: requirement status agreement`,
        min: 0.99,
        why: `measured 0.997 to 1 over ${n} × 15 requirements`,
      },
      { figure: `${label}: documents read`, min: 1, why: 'every printed resume must read back' },
    ]),
    {
      figure: 'DOCX: resumes within 3 points',
      min: 1,
      why: `issue 11 target: within ±3 points in every format (n=${n})`,
    },
    // The dataset's labelled resumes printed: measured in session 42 at 143 of 144 within 3 points and
    // 0.998 status agreement, once bullets saved in one encoding and read in another kept their bytes
    // in a PDF ("â\u0080¢"), or lost their middle one ("ï·"), and a line ending on a heading run into it
    // stopped taking the next (0.958 and 0.992 before). The one apart: a line one word short of the
    // page's widest read as wrapped.
    ...(dataset.length > 0
      ? printedFloors(
          'dataset text printed to PDF',
          dataset.length,
          { within: 0.99, status: 0.997 },
          143,
          0.998,
        )
      : []),
    // The written resumes kept as text, printed: measured in session 42 at 141 of 142 within 3 points
    // and 0.996 status agreement, once an indented item's wrapped line at the margin went on from it, a
    // dash after an item of another mark went on too and a heading in the body's type stopped a wrap
    // (134 of 142 and 0.990 with the layout step the session started from). The one apart is u13, two
    // columns set with spaces in the text itself.
    ...printedFloors(
      'written text printed to PDF',
      written.length,
      { within: 0.99, status: 0.995 },
      141,
      0.996,
    ),
  ];
  return out;
};

export default evaluation;
