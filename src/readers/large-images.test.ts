// Scans finer than OCR needs: a 600-dpi page is read within the parser's memory limit, and a page
// rolefit cannot decode smaller is refused with a code that says so, never by running out of memory.
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../test/fixtures/encode-jpeg.ts';
import { type ImagePage, makeImagePdf } from '../../test/fixtures/make-image-pdf.ts';
import {
  SCANNED_SAMPLE_WORDS,
  scannedSamplePage,
  scannedSamplePdf,
} from '../../test/fixtures/scanned-sample.ts';
import { readDocument } from './index.ts';
import { DEFAULT_PARSE_LIMITS, readIsolated } from './isolate.ts';
import { decodeJpegLuma } from './jpeg-luma.ts';
import { HOLD_ABOVE_PIXELS, holdLargeImages } from './large-images.ts';

const LETTER = { pageWidth: 612, pageHeight: 792 };
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** A Letter page scanned at 600 dpi in colour (5100 × 6600, 34 million pixels): the test snippet, doubled, on white. */
function page600(): ImagePage {
  cached ??= makePage600();
  return cached;
}
let cached: ImagePage | undefined;
function makePage600(): ImagePage {
  const snippet = decodeJpegLuma(scannedSamplePage().data, 8)!;
  const [width, height] = [5100, 6600];
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < snippet.height * 2; y++)
    for (let x = 0; x < snippet.width * 2; x++)
      data[(600 + y) * width + 600 + x] = snippet.data[(y >> 1) * snippet.width + (x >> 1)]!;
  const jpeg = encodeJpeg({ width, height, data }, { components: 3 });
  return { data: jpeg, encoding: 'jpeg', components: 3, width, height, ...LETTER };
}

/** A blank Letter page scanned to a colour JPEG of this size. */
function blankJpegPage(width: number, height: number): ImagePage {
  const jpeg = encodeJpeg(
    { width, height, data: new Uint8Array(width * height).fill(255) },
    { components: 3 },
  );
  return { data: jpeg, encoding: 'jpeg', components: 3, width, height, ...LETTER };
}

/** A page of 8-bit grey pixels, Flate-compressed, which rolefit cannot decode at a smaller scale. */
function flatePage(width: number, height: number): ImagePage {
  return { data: new Uint8Array(width * height).fill(255), encoding: 'gray', width, height, ...LETTER };
}

describe('holdLargeImages', () => {
  it('leaves a PDF without large images as it is', () => {
    expect(holdLargeImages(scannedSamplePdf())).toBeUndefined();
  });

  it('keeps 300- and 600-dpi JPEG pages from pdf.js, to be decoded as grey, and refuses what it cannot decode', () => {
    const page300 = blankJpegPage(2550, 3300);
    const pdf = makeImagePdf([page600(), flatePage(4250, 5500), flatePage(3000, 4000), page300]);
    const held = holdLargeImages(pdf)!;
    expect(held.held.map((h) => [h.width, h.height, h.jpeg !== undefined])).toEqual([
      [5100, 6600, true],
      [4250, 5500, false],
      [2550, 3300, true],
    ]);
    // A 300-dpi Letter page is held (8.4 million pixels); 12 million in Flate (as a 300-dpi Legal
    // scan) are still pdf.js's to decode, as rolefit decodes only JPEGs itself.
    expect(HOLD_ABOVE_PIXELS).toBeLessThan(2550 * 3300);
    // An incremental update: the original file, then the markers. (Compared as bytes: toEqual
    // walks a 1.4 MB array element by element, 5-40 s, past the test's time on a loaded machine.)
    expect(Buffer.compare(held.bytes.subarray(0, pdf.length), pdf)).toBe(0);
    expect(held.bytes.length - pdf.length).toBeLessThan(1024);
  });
});

describe('a scan finer than OCR needs', { timeout: 180_000 }, () => {
  it('600 dpi in colour is read within the parser memory limit, at 300 dpi; a page too large to read is refused and named', async () => {
    const pdf = makeImagePdf([page600(), flatePage(4250, 5500)]);
    const { result, peakRssMb } = await readIsolated(pdf, { filename: 'scan.pdf' });
    const read = result.ok ? result.value : result;
    if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message}`);
    for (const words of SCANNED_SAMPLE_WORDS) expect(squash(read.value.text)).toContain(words);
    expect(read.value.ocr?.pages).toEqual([1]);
    expect(read.value.ocr?.confidence).toBeGreaterThanOrEqual(85);
    expect(read.value.warnings).toEqual([
      'page 2 of the scan is an image of 23 million pixels (500 dpi), more than rolefit can read within its memory limit; the page was not read. Scan it again at 300 dpi, black text on white, or export the resume from your word processor as a text PDF or .docx.',
    ]);
    // pdf.js decoded this page whole (100 MB of RGB, and its decoder's planes): 342 MB at peak
    // (real 600-dpi scans: 384, the limit). Held back and decoded at half size: 204 MB.
    expect(peakRssMb).toBeLessThan(DEFAULT_PARSE_LIMITS.maxRssMb * 0.75);
  });

  it('a scan whose only page is too large fails with OCR_IMAGE_TOO_LARGE, before the OCR engine starts', async () => {
    const result = await readDocument(makeImagePdf([flatePage(4250, 5500)]), {
      filename: 'scan.pdf',
      isolate: false,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'OCR_IMAGE_TOO_LARGE',
        message:
          'page 1 of the scan is an image of 23 million pixels (500 dpi), more than rolefit can read within its memory limit; the page was not read.',
        hint: 'Scan it again at 300 dpi, black text on white, or export the resume from your word processor as a text PDF or .docx.',
      },
    });
  });

  it('with OCR off, a 600-dpi scan is not decoded at all: PDF_NO_TEXT', async () => {
    const result = await readDocument(makeImagePdf([page600()]), {
      filename: 'scan.pdf',
      isolate: false,
      ocr: false,
    });
    expect(result.ok ? 'read' : result.error.code).toBe('PDF_NO_TEXT');
  });
});
