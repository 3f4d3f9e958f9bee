// Does OCR read a scanned resume as well as the text PDF it was scanned from? Resumes with known
// content (development resumes of ../shared/eval/dev-gold printed one column, and invented ones in
// two layouts) are printed to PDF by Chromium, rendered to 300-dpi JPEG pages (pdf.js in Chromium),
// and wrapped as image-only PDFs, clean and as a flatbed scanner leaves them (tilted 0.6°, grey,
// noisy). Each scan is read by rolefit's PDF reader and analysed as `rolefit analyze` does, and
// compared with the text PDF: words read, score, positions, time. Issue 11's targets: word accuracy
// ≥ 0.95 on 300-dpi scans, score within ±5 points, ≤ 10 s a page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analysisMarket } from '../src/cli/analysis-market.ts';
import { analyzeWithMarket } from '../src/core/analysis/analyze-with-market.ts';
import type { AnalysisReport } from '../src/core/analysis/report.ts';
import type { ReadDocument } from '../src/core/document.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { readDocument } from '../src/readers/index.ts';
import { readIsolated } from '../src/readers/isolate.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../test/chromium.ts';
import { makeImagePdf } from '../test/fixtures/make-image-pdf.ts';
import { rasterisePdf, type ScanStyle } from './ocr/rasterise.ts';
import { RESUMES } from './reading/resumes.ts';
import { TEMPLATES } from './reading/templates.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

/** Development resumes scanned (each about two Letter pages). */
const DEV_GOLD = ['c00.txt', 'c03.txt', 'c07.txt', 'c12.txt'];
/** Invented resumes, in a one-column and a two-column layout. */
const SYNTHETIC = ['tpm-platform', 'devops-sre'];
const LAYOUTS = ['one-column', 'sidebar'];

const STYLES: Record<'clean' | 'scanner', ScanStyle> = {
  clean: { dpi: 300, quality: 0.85 },
  scanner: { dpi: 300, skewDegrees: 0.6, noise: 18, quality: 0.75 },
};
/** Documents also scanned in the scanner style (the first of each kind). */
const SCANNER_DOCS = new Set(['c00', 'tpm-platform/sidebar']);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The format-parity eval's plain page: each line of the text a paragraph. */
function plainPage(text: string): string {
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

/** Words as OCR should give them back: lower case, letters and digits, punctuation at the ends dropped. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Words of `truth` that `read` has too, counted with multiplicity (order aside: layouts differ). */
function matched(truth: readonly string[], read: readonly string[]): number {
  const left = new Map<string, number>();
  for (const w of read) left.set(w, (left.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of truth) {
    const k = left.get(w) ?? 0;
    if (k > 0) {
      n++;
      left.set(w, k - 1);
    }
  }
  return n;
}

/** Word error rate of `read` against `reference`, in order (Levenshtein over words). */
function wordErrorRate(reference: readonly string[], read: readonly string[]): number {
  let previous = Array.from({ length: read.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const row = [i];
    for (let j = 1; j <= read.length; j++) {
      const same = reference[i - 1] === read[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + same));
    }
    previous = row;
  }
  return previous[read.length]! / Math.max(1, reference.length);
}

interface Doc {
  id: string;
  html: string;
}

interface Row {
  id: string;
  style: keyof typeof STYLES;
  pages: number;
  truthWords: number;
  accuracy: number;
  precision: number;
  orderAccuracy: number;
  confidence: number;
  textScore: number;
  scanScore: number;
  positions: number;
  positionsSame: number;
  seconds: number;
  cpuSeconds: number;
  failed?: string;
}

const evaluation: Evaluation = async ({ dataDir }) => {
  const out: EvalOutcome = { name: 'OCR of scanned resumes', report: '', figures: {}, floors: [] };
  if (!hasChromium()) {
    out.report = `skipped: ${CHROMIUM} not found (apt-get install -y chromium; bash .ci/run installs it).`;
    return out;
  }
  const role = findRole('technical-project-manager')!;
  const market = analysisMarket(undefined, {
    stdout: () => undefined,
    stderr: () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  });
  // What `rolefit analyze` does once the file is read.
  const analyze = (document: ReadDocument): Promise<AnalysisReport> =>
    analyzeWithMarket({ document, role, taxonomy: bundledTaxonomy() }, (ids) => market.forPerson(role, ids));

  const docs: Doc[] = [];
  const devDir = join(dataDir, '..', 'eval', 'dev-gold', 'resumes');
  for (const file of DEV_GOLD) {
    docs.push({ id: file.replace(/\.txt$/, ''), html: plainPage(readFileSync(join(devDir, file), 'utf8')) });
  }
  for (const id of SYNTHETIC) {
    const resume = RESUMES.find((r) => r.id === id)!;
    for (const layout of LAYOUTS) {
      const template = TEMPLATES.find((t) => t.id === layout)!;
      docs.push({ id: `${id}/${layout}`, html: template.render(resume) });
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'rolefit-ocr-eval-'));
  const rows: Row[] = [];
  let browser: Browser | undefined;
  let isolatedCheck = '';
  try {
    browser = await launchChromium();
    const tab = await browser.newPage();
    for (const doc of docs) {
      await tab.setContent(doc.html);
      // The words printed, as the page shows them (CSS capitals included).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a scan shows
      const truth = wordsOf(await tab.evaluate(() => document.body.innerText));
      const pdf = new Uint8Array(await tab.pdf({ preferCSSPageSize: true }));
      const fromText = await readDocument(pdf, { filename: 'resume.pdf', isolate: false, ocr: false });
      if (!fromText.ok) throw new Error(`${doc.id}: the text PDF did not read (${fromText.error.code})`);
      const textReport = await analyze(fromText.value);
      for (const style of Object.keys(STYLES) as Array<keyof typeof STYLES>) {
        if (style === 'scanner' && !SCANNER_DOCS.has(doc.id)) continue;
        const pages = await rasterisePdf(browser, pdf, STYLES[style]);
        const scan = makeImagePdf(pages.map((p) => ({ ...p, data: p.jpeg, encoding: 'jpeg' as const })));
        const name = `${doc.id.replace('/', '-')}-${style}.pdf`;
        mkdirSync(work, { recursive: true });
        writeFileSync(join(work, name), scan);
        // Read as the parser process reads (the same function), here so its CPU time can be counted.
        const cpu = process.cpuUsage();
        const started = performance.now();
        const read = await readDocument(scan, { filename: name, isolate: false });
        const seconds = (performance.now() - started) / 1000;
        const used = process.cpuUsage(cpu);
        const base = {
          id: doc.id,
          style,
          pages: pages.length,
          truthWords: truth.length,
          seconds,
          cpuSeconds: (used.user + used.system) / 1e6,
          textScore: textReport.score ?? 0,
        };
        if (!read.ok) {
          rows.push({
            ...base,
            accuracy: 0,
            precision: 0,
            orderAccuracy: 0,
            confidence: 0,
            scanScore: 0,
            positions: 0,
            positionsSame: 0,
            failed: read.error.code,
          });
          continue;
        }
        const got = wordsOf(read.value.text);
        const same = matched(truth, got);
        const scanReport = await analyze(read.value);
        const textPositions = textReport.document.structure.positions;
        const scanPositions = scanReport.document.structure.positions;
        const key = (p: (typeof textPositions)[number]) =>
          JSON.stringify([p.title, p.organisation, p.start, p.end]);
        rows.push({
          ...base,
          accuracy: same / Math.max(1, truth.length),
          precision: same / Math.max(1, got.length),
          orderAccuracy: 1 - wordErrorRate(wordsOf(fromText.value.text), got),
          confidence: read.value.ocr?.confidence ?? 0,
          scanScore: scanReport.score ?? 0,
          positions: textPositions.length,
          positionsSame: matched(textPositions.map(key), scanPositions.map(key)),
        });
      }
    }
    // The CLI's own path once: the parser process, its default limits, the time OCR asks for.
    const first = `${docs[0]!.id}-clean.pdf`;
    const isolated = await readIsolated(new Uint8Array(readFileSync(join(work, first))), { filename: first });
    const result = isolated.result.ok ? isolated.result.value : isolated.result;
    isolatedCheck = result.ok
      ? `${first} read in a parser process with the default limits: pages ${result.value.ocr?.pages.join(', ')} by OCR, peak memory ${isolated.peakRssMb ?? '?'} MB of 384.`
      : `${first} in a parser process FAILED: ${result.error.code} (${result.error.message})`;
    out.figures['parser process: scan read within its default limits'] = result.ok ? 1 : 0;
  } finally {
    await browser?.close();
    await market.close();
    rmSync(work, { recursive: true, force: true });
  }

  const summary = (style: keyof typeof STYLES) => {
    const rs = rows.filter((r) => r.style === style);
    const pages = rs.reduce((n, r) => n + r.pages, 0);
    const words = rs.reduce((n, r) => n + r.truthWords, 0);
    const deltas = rs.map((r) => Math.abs(r.scanScore - r.textScore));
    const positions = rs.reduce((n, r) => n + r.positions, 0);
    return {
      rows: rs,
      pages,
      figures: {
        'documents read': rs.filter((r) => !r.failed).length / rs.length,
        'word accuracy': rs.reduce((s, r) => s + r.accuracy * r.truthWords, 0) / words,
        'word precision': rs.reduce((s, r) => s + r.precision * r.truthWords, 0) / words,
        'word accuracy in reading order': rs.reduce((s, r) => s + r.orderAccuracy * r.truthWords, 0) / words,
        'lowest document word accuracy': Math.min(...rs.map((r) => r.accuracy)),
        'mean OCR confidence': rs.reduce((s, r) => s + r.confidence, 0) / rs.length,
        'largest score difference': Math.max(...deltas),
        'mean absolute score difference': deltas.reduce((s, d) => s + d, 0) / rs.length,
        'positions as in the text PDF': rs.reduce((n, r) => n + r.positionsSame, 0) / Math.max(1, positions),
        'seconds per page': rs.reduce((s, r) => s + r.seconds, 0) / pages,
        'slowest seconds per page': Math.max(...rs.map((r) => r.seconds / r.pages)),
        'CPU seconds per page': rs.reduce((s, r) => s + r.cpuSeconds, 0) / pages,
      },
    };
  };
  const clean = summary('clean');
  const scanner = summary('scanner');
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  out.report = [
    `${new Set(rows.map((r) => r.id)).size} resumes (${DEV_GOLD.length} development resumes printed one column; ${SYNTHETIC.length} invented ones in ${LAYOUTS.join(' and ')} layouts), printed by Chromium, rendered to 300-dpi JPEG pages and wrapped as image-only PDFs: ${clean.pages} clean pages, and ${scanner.pages} pages as a scanner leaves them (tilted 0.6°, grey, noise ±18, JPEG quality 0.75). Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${availableParallelism()} cores.`,
    '',
    '| resume | scan | pages | words | word accuracy | precision | in order | OCR confidence | text PDF score | scan score | positions as text | s/page | CPU s/page |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.style} | ${r.pages} | ${r.truthWords} | ${r.failed ? `failed: ${r.failed}` : pct(r.accuracy)} | ${pct(r.precision)} | ${pct(r.orderAccuracy)} | ${r.confidence} | ${r.textScore} | ${r.scanScore} | ${r.positionsSame}/${r.positions} | ${(r.seconds / r.pages).toFixed(1)} | ${(r.cpuSeconds / r.pages).toFixed(1)} |`,
    ),
    '',
    'word accuracy: the printed words (the page as Chromium shows it) that OCR read exactly, whatever their order; precision: the share of the words read that were printed; in order: 1 − word error rate against the text PDF as rolefit reads it.',
    isolatedCheck,
    `Targets (issue 11): word accuracy ≥ 0.95 (clean ${clean.figures['word accuracy'].toFixed(3)}, scanner ${scanner.figures['word accuracy'].toFixed(3)}); score within ±5 points (largest ${clean.figures['largest score difference']}, ${scanner.figures['largest score difference']}); ≤ 10 s a page (${clean.figures['seconds per page'].toFixed(1)} s, ${scanner.figures['seconds per page'].toFixed(1)} s wall, at this load).`,
  ].join('\n');
  for (const [k, v] of Object.entries(clean.figures)) out.figures[`clean: ${k}`] = v;
  for (const [k, v] of Object.entries(scanner.figures)) out.figures[`scanner: ${k}`] = v;
  const n = `${clean.rows.length} clean scans, ${clean.pages} pages`;
  const m = `${scanner.rows.length} tilted noisy scans, ${scanner.pages} pages`;
  // Measured 2026-12-02 (load 7–13 on 2 cores): clean word accuracy 0.994, precision 0.996, in
  // order 0.994; scanner 0.999 / 1.0; largest score difference 1 and 0; positions as in the text
  // PDF 1.0 (32 and 8); 4.5 s of CPU a page; wall 9.8 and 10.0 s a page at that load.
  out.floors = [
    { figure: 'clean: documents read', min: 1, why: `every scan must read (${n})` },
    { figure: 'scanner: documents read', min: 1, why: `every scan must read (${m})` },
    {
      figure: 'parser process: scan read within its default limits',
      min: 1,
      why: 'a 3-page scan reads in the parser process under its default time and memory limits (peak 348 MB of 384)',
    },
    {
      figure: 'clean: word accuracy',
      min: 0.99,
      why: `issue 11 target ≥ 0.95, met: measured 0.994 (${n})`,
    },
    { figure: 'clean: word precision', min: 0.99, why: `measured 0.996 (${n})` },
    {
      figure: 'clean: word accuracy in reading order',
      min: 0.98,
      why: `measured 0.994 (0.963 before the page was cut into blocks and wrapped lines joined), ${n}`,
    },
    {
      figure: 'scanner: word accuracy',
      min: 0.99,
      why: `issue 11 target ≥ 0.95, met: measured 0.999 (${m})`,
    },
    { figure: 'scanner: word precision', min: 0.99, why: `measured 1.0 (${m})` },
    {
      figure: 'clean: largest score difference',
      max: 5,
      why: `issue 11 target: within ±5 points of the text PDF, met: largest 1 (${n})`,
    },
    {
      figure: 'scanner: largest score difference',
      max: 5,
      why: `issue 11 target: within ±5 points of the text PDF, met: largest 0 (4 before the tilt was turned back and columns cut apart), ${m}`,
    },
    { figure: 'clean: mean absolute score difference', max: 1, why: `measured 0.125 (${n})` },
    {
      figure: 'clean: positions as in the text PDF',
      min: 0.95,
      why: `measured 1.0 over 32 positions (0.625 before line sizes were evened and bullets placed), ${n}`,
    },
    {
      figure: 'scanner: positions as in the text PDF',
      min: 0.95,
      why: `measured 1.0 over 8 positions (${m})`,
    },
    {
      figure: 'clean: CPU seconds per page',
      max: 10,
      why: `issue 11 target ≤ 10 s a page, met in CPU time: 4.5 s (wall time, 9.8 s at load 7–13 on 2 cores, depends on the load and is printed against the target instead), ${n}`,
    },
    {
      figure: 'scanner: CPU seconds per page',
      max: 10,
      why: `issue 11 target ≤ 10 s a page: 4.5 s of CPU (${m})`,
    },
  ];
  return out;
};

export default evaluation;
