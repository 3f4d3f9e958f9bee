// OCR of image-only PDF pages, end to end: the engine and model from the installed packages, a
// scan made by a scanner's rules (test/fixtures/scanned-sample.ts), each limit and way it fails.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../test/fixtures/encode-jpeg.ts';
import { type ImagePage, makeImagePdf } from '../../test/fixtures/make-image-pdf.ts';
import { sampleOnePagePdf } from '../../test/fixtures/sample-resume.ts';
import {
  SCANNED_SAMPLE_WORDS,
  scannedSamplePage,
  scannedSamplePdf,
} from '../../test/fixtures/scanned-sample.ts';
import { runCliCaptured } from '../../test/run-cli.ts';
import type { AnalysisReport } from '../core/analysis/report.ts';
import { type ReadHint, readDocument } from './index.ts';
import { readInWorker } from './isolate.ts';
import { decodeJpegLuma } from './jpeg-luma.ts';
import { OcrFailure, startOcr } from './ocr.ts';

const read = (bytes: Uint8Array, hint: ReadHint = {}) => readDocument(bytes, { isolate: false, ...hint });
const squash = (s: string) => s.replace(/\s+/g, ' ');

// OCR takes seconds of CPU a page: on a loaded machine, many more.
describe('OCR of a scanned PDF', { timeout: 120_000 }, () => {
  it('reads the words of an image-only page and says which page OCR read, with its confidence', async () => {
    const result = await read(scannedSamplePdf(), { filename: 'scan.pdf' });
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.value;
    for (const words of SCANNED_SAMPLE_WORDS) expect(squash(doc.text)).toContain(words);
    expect(doc.text.split('\n')).toContain(
      '• Coordinated a Kubernetes migration across six engineering teams.',
    );
    expect(doc.ocr?.pages).toEqual([1]);
    expect(doc.ocr?.confidence).toBeGreaterThanOrEqual(85);
    expect(doc.warnings).toEqual([]);
    // Nothing was cached in the working folder (tesseract.js's default writes eng.traineddata there).
    expect(existsSync(join(process.cwd(), 'eng.traineddata'))).toBe(false);
  });

  it('never fetches: a model path that is a URL fails to start instead of downloading', async () => {
    const started = startOcr(10_000, { langPath: 'https://rolefit.invalid/tessdata' });
    await expect(started).rejects.toBeInstanceOf(OcrFailure);
    await expect(started).rejects.toMatchObject({
      reason: 'start',
      message: expect.stringContaining('may not fetch'),
    });
  });

  it('fails to start, at once, without its model', async () => {
    const started = Date.now();
    await expect(startOcr(10_000, { langPath: '/nonexistent/tessdata' })).rejects.toMatchObject({
      reason: 'start',
    });
    expect(Date.now() - started).toBeLessThan(9_000);
  });

  it('stops a page that takes longer than its limit, with a clear error', async () => {
    const result = await read(scannedSamplePdf(), { ocr: { pageTimeoutMs: 1 } });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'OCR_TIMEOUT',
        message: 'reading page 1 of the scan by OCR took longer than 1 s and was stopped.',
        hint: 'Scan it again at 300 dpi, black text on white, or export the resume from your word processor as a text PDF or .docx.',
      },
    });
  });

  it('reads at most maxPages pages by OCR and says which were left unread', async () => {
    const result = await read(scannedSamplePdf(2), { ocr: { maxPages: 1 } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.ocr?.pages).toEqual([1]);
    expect(result.value.warnings).toEqual([
      'page 2 is an image without text; rolefit reads at most 1 pages by OCR, so its content was not read.',
    ]);
  });

  it('names the pages too large to read, and reads the others', async () => {
    // 8-bit grey, Flate-compressed, 23 million pixels over a Letter page: only pdf.js could decode it, whole.
    const large: ImagePage = {
      data: new Uint8Array(4250 * 5500).fill(255),
      encoding: 'gray',
      width: 4250,
      height: 5500,
      pageWidth: 612,
      pageHeight: 792,
    };
    const result = await read(makeImagePdf([scannedSamplePage(), large, large]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.ocr?.pages).toEqual([1]);
    expect(result.value.warnings).toEqual([
      "pages 2 and 3 of the scan are images too large to read within rolefit's memory limit, and were not read. Scan it again at 300 dpi, black text on white, or export the resume from your word processor as a text PDF or .docx.",
    ]);
  });

  it('warns that words may be misread on a page read with a mean confidence under 75', async () => {
    // The snippet with a quarter of its pixels turned to black or white specks, as a bad fax.
    const clean = decodeJpegLuma(scannedSamplePage().data, 8)!;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const data = clean.data.map((v) => (random() < 0.25 ? (random() < 0.5 ? 0 : 255) : v));
    const jpeg = encodeJpeg({ width: clean.width, height: clean.height, data }, { components: 1 });
    const result = await read(makeImagePdf([{ ...scannedSamplePage(), data: jpeg, components: 1 }]));
    if (!result.ok) throw new Error(result.error.message);
    const confidence = result.value.ocr?.confidence ?? 100;
    expect(confidence).toBeLessThan(75);
    expect(result.value.warnings).toEqual([
      `page 1 was read by OCR with a mean confidence of ${confidence}%: some words may be misread; check the quotes.`,
    ]);
  });

  it('with OCR off (rolefit --no-ocr), a scan fails with the no-text error; on, the report says OCR read it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-ocr-'));
    try {
      const file = join(dir, 'scan.pdf');
      writeFileSync(file, scannedSamplePdf());
      const off = await runCliCaptured(['analyze', file, '--no-ocr']);
      expect(off.code).toBe(1);
      expect(off.stderr).toBe(
        'rolefit: scan.pdf: the PDF has no text layer: it looks like a scanned image of a resume. Export the resume from your word processor as a text PDF or .docx (or run OCR on the scan first). [PDF_NO_TEXT]\n',
      );
      const on = await runCliCaptured(['analyze', file, '--format', 'json']);
      expect(on.code).toBe(0);
      const report = JSON.parse(on.stdout) as AnalysisReport;
      expect(report.document.ocr).toEqual({ pages: [1], confidence: expect.any(Number) });
      const text = await runCliCaptured(['analyze', file, '--no-ocr', '--format', 'text']);
      expect(text.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs in the parser process, which grants OCR its time beyond the parse limit', async () => {
    // A parser of its own (pools are keyed by these limits), warmed by a text PDF: the scan's time
    // before OCR asks for more is then tens of milliseconds. A cold parser's first PDF loads and
    // compiles the reader first, which on a loaded machine took over the second (PARSE_TIMEOUT).
    const parser = { idleMs: 60_000 };
    const warm = await readInWorker(sampleOnePagePdf(), { filename: 'cv.pdf' }, parser);
    expect(warm.ok).toBe(true);
    // A second could not read a page (the engine's start-up alone takes one): the time OCR asked for did.
    const result = await readInWorker(
      scannedSamplePdf(),
      { filename: 'scan.pdf' },
      { ...parser, timeoutMs: 1_000 },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(squash(result.value.text)).toContain('Technical Program Manager, Halcyon Freight Systems');
    expect(result.value.ocr?.pages).toEqual([1]);
  });
});
