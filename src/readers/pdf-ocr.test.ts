// OCR of a PDF page's images without the OCR engine: a page shaped as pdf.js hands it over (its
// operator list, its decoded images), and an engine that "reads" the ink it is given as one word
// boxed where the ink is. What is pinned is pdf-ocr.ts's own work: which images are read, at what
// resolution, cut into which blocks, with how much time, and where the words land on the page.
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../test/fixtures/encode-jpeg.ts';
import { OPS } from '../../test/fixtures/image-ops.ts';
import type { HeldImage } from './large-images.ts';
import type { OcrEngine, OcrLine, OcrResult } from './ocr.ts';
import type { DecodedImage, GrayImage, Matrix } from './page-images.ts';
import { OcrFailure, ocrIssue, ocrPage } from './pdf-ocr.ts';

const LIMITS = { maxPages: 5, pageTimeoutMs: 60_000 };

type Box = [number, number, number, number];

/** White paper with black blocks of "text" (x0, y0, x1, y1 in pixels), as pdf.js decodes an RGB scan. */
function rgbScan(width: number, height: number, blocks: Box[]): DecodedImage {
  const data = new Uint8ClampedArray(width * height * 3).fill(255);
  for (const [x0, y0, x1, y1] of blocks)
    for (let y = y0; y < y1; y++) data.fill(0, (y * width + x0) * 3, (y * width + x1) * 3);
  return { width, height, kind: 2, data };
}

/** The same as 8-bit grey. */
function grayScan(width: number, height: number, blocks: Box[]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of blocks)
    for (let y = y0; y < y1; y++) data.fill(0, y * width + x0, y * width + x1);
  return { width, height, data };
}

/** The box of the dark pixels of an image, or undefined when it has none. */
function inkOf(image: GrayImage): Box | undefined {
  let box: Box | undefined;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x]! >= 128) continue;
      box = box
        ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x + 1), Math.max(box[3], y + 1)]
        : [x, y, x + 1, y + 1];
    }
  return box;
}

interface Call {
  width: number;
  height: number;
  dpi: number;
  timeoutMs: number;
  ink: Box | undefined;
}

/**
 * An engine that reads each block's ink as one word ("word1", "word2", …) boxed where the ink is, with
 * the confidences given in turn (and as many words as `words` says, each the same box), and records
 * every image it was handed.
 */
function inkReader(confidences: number[] = [90], words: number[] = [1]) {
  const calls: Call[] = [];
  let started = 0;
  const engine: OcrEngine = {
    async read(image, dpi, timeoutMs): Promise<OcrResult> {
      const ink = inkOf(image);
      const k = calls.length;
      calls.push({ width: image.width, height: image.height, dpi, timeoutMs, ink });
      const confidence = confidences[k % confidences.length]!;
      if (!ink) return { lines: [], confidence: 0 };
      const [x0, y0, x1, y1] = ink;
      const count = words[k % words.length]!;
      const line: OcrLine = {
        words: Array.from({ length: count }, () => ({ text: `word${k + 1}`, confidence, x0, y0, x1, y1 })),
        baseline: { x0, y0: y1, x1, y1 },
        rowHeight: y1 - y0,
      };
      return { lines: count > 0 ? [line] : [], confidence };
    },
    async close() {},
  };
  return {
    calls,
    start: async () => {
      started++;
      return engine;
    },
    get started() {
      return started;
    },
  };
}

/** A page as pdf.js gives it: its view, its images by id (some not decoded yet), and a count of cleanups. */
function pdfPage(
  images: Record<string, DecodedImage | null>,
  view: number[] = [0, 0, 612, 792],
  later: Record<string, DecodedImage> = {},
) {
  const store = (prefix: (id: string) => boolean) => ({
    has: (id: string) => prefix(id) && id in images,
    get: (id: string, callback?: (data: unknown) => void) => {
      if (!callback) return images[id];
      setTimeout(() => callback(later[id]), 5);
      return undefined;
    },
  });
  const page = {
    view,
    objs: store((id) => !id.startsWith('g_')),
    commonObjs: store((id) => id.startsWith('g_')),
    cleanups: 0,
    cleanup() {
      page.cleanups++;
    },
  };
  return page;
}

/** An operator list painting each image through its matrix, as `q … cm /Im Do Q` does. */
function paints(...images: Array<[string | DecodedImage, Matrix, ('image' | 'inline' | 'mask')?]>) {
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  for (const [source, matrix, kind = 'image'] of images) {
    fnArray.push(OPS.save, OPS.transform);
    argsArray.push(null, matrix);
    if (typeof source === 'string') {
      fnArray.push(OPS.paintImageXObject);
      argsArray.push([source, 0, 0]);
    } else {
      fnArray.push(kind === 'mask' ? OPS.paintImageMaskXObject : OPS.paintInlineImageXObject);
      argsArray.push([source]);
    }
    fnArray.push(OPS.restore);
    argsArray.push(null);
  }
  return { fnArray, argsArray };
}

// A Letter page scanned at 200 dpi (1700 × 2200 pixels) and painted over the whole page.
const LETTER: Matrix = [612, 0, 0, 792, 0, 0];

describe('ocrPage: which images are read', () => {
  it('reads a whole-page scan block by block, each cut with a tenth of an inch of paper around it', async () => {
    // Two blocks a band apart: a heading at the top, a paragraph lower down.
    const scan = rgbScan(1700, 2200, [
      [200, 200, 900, 260],
      [200, 800, 1500, 1000],
    ]);
    const page = pdfPage({ img_p0_1: scan });
    const reader = inkReader([90, 60], [2, 1]);
    const read = await ocrPage(page, paints(['img_p0_1', LETTER]), OPS, reader.start, LIMITS);
    // Each block with 20 pixels (a tenth of an inch at 200 dpi) of paper on every side.
    expect(reader.calls).toEqual([
      { width: 740, height: 100, dpi: 200, timeoutMs: expect.any(Number), ink: [20, 20, 720, 80] },
      { width: 1340, height: 240, dpi: 200, timeoutMs: expect.any(Number), ink: [20, 20, 1320, 220] },
    ]);
    // The page's time runs from the engine's start: a minute, less what the first block took.
    for (const call of reader.calls) {
      expect(call.timeoutMs).toBeGreaterThan(30_000);
      expect(call.timeoutMs).toBeLessThanOrEqual(60_000);
    }
    expect(reader.started).toBe(1);
    expect(page.cleanups).toBe(1);
    // The words land where the ink is on the page (200 px = 72 pt, baselines from the page's foot),
    // a glyph's side bearing (a twentieth of the line's size) left of the ink.
    expect(read?.items.map((i) => [i.str, Math.round(i.x), Math.round(i.y)])).toEqual([
      ['word1', 71, 792 - 94],
      ['word1', 71, 792 - 94],
      ['word2', 68, 792 - 360],
    ]);
    // Confidence is the mean over words: (2 × 90 + 1 × 60) / 3.
    expect(read?.confidence).toBe(80);
    expect(read?.words).toBe(3);
  });
});

describe('ocrIssue', () => {
  it('words each way OCR can fail, the timeout in whole seconds and at least 1', () => {
    const instead = 'export the resume from your word processor as a text PDF or .docx';
    expect(ocrIssue(new OcrFailure('start', 'no model'), 2, LIMITS)).toEqual({
      code: 'OCR_FAILED',
      message: 'the PDF is a scanned image, and the OCR engine that reads scans could not start.',
      hint: `Reinstall rolefit (the OCR engine and its English model come with it), or ${instead}.`,
    });
    expect(
      ocrIssue(new OcrFailure('too-large', 'an image of 23 million pixels (500 dpi)'), 2, LIMITS),
    ).toEqual({
      code: 'OCR_IMAGE_TOO_LARGE',
      message:
        'page 2 of the scan is an image of 23 million pixels (500 dpi), more than rolefit can read within its memory limit; the page was not read.',
      hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
    });
    expect(
      ocrIssue(new OcrFailure('timeout', 'no answer within 1 ms'), 3, { maxPages: 5, pageTimeoutMs: 1 }),
    ).toEqual({
      code: 'OCR_TIMEOUT',
      message: 'reading page 3 of the scan by OCR took longer than 1 s and was stopped.',
      hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
    });
    expect(ocrIssue(new OcrFailure('timeout', ''), 1, { maxPages: 5, pageTimeoutMs: 2_600 }).message).toBe(
      'reading page 1 of the scan by OCR took longer than 3 s and was stopped.',
    );
    const failed = {
      code: 'OCR_FAILED',
      message: 'OCR could not read page 4 of the scan.',
      hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
    };
    expect(ocrIssue(new OcrFailure('failed', 'the OCR engine failed: out of memory'), 4, LIMITS)).toEqual(
      failed,
    );
    // Anything else thrown is a failure too, whatever it says.
    expect(ocrIssue(new Error('start'), 4, LIMITS)).toEqual(failed);
    expect(ocrIssue('too-large', 4, LIMITS)).toEqual(failed);
  });
});

describe('ocrPage: which images are read, and at what resolution', () => {
  it('leaves out a logo (under 2% of the page), a scan under 100 dpi and what pdf.js did not decode; with nothing left the engine never starts', async () => {
    const ink: Box[] = [[10, 10, 60, 30]];
    const page = pdfPage({
      // 98 × 98 pt of a 612 × 792 page: 1.98%, at 300 dpi.
      logo: rgbScan(408, 408, ink),
      // A whole page at 99 dpi.
      coarse: rgbScan(841, 1089, ink),
      undecoded: null,
      nopixels: { width: 1700, height: 2200, kind: 2, data: null },
      nowidth: {} as DecodedImage,
    });
    const reader = inkReader();
    const list = paints(
      ['logo', [98, 0, 0, 98, 100, 100]],
      ['coarse', LETTER],
      ['undecoded', LETTER],
      ['nopixels', LETTER],
      ['nowidth', LETTER],
    );
    expect(await ocrPage(page, list, OPS, reader.start, LIMITS)).toBeUndefined();
    expect(reader.started).toBe(0);
    expect(page.cleanups).toBe(0);
  });

  it('reads an image of just 2% of the page at just 100 dpi', async () => {
    // 99 × 99 pt (2.02% of the page) of 138 × 138 pixels (100.4 dpi); and a page at 100 dpi exactly.
    const page = pdfPage({
      small: rgbScan(138, 138, [[20, 20, 110, 40]]),
      whole: rgbScan(850, 1100, [[100, 100, 700, 140]]),
    });
    const reader = inkReader();
    const read = await ocrPage(
      page,
      paints(['small', [99, 0, 0, 99, 300, 300]], ['whole', LETTER]),
      OPS,
      reader.start,
      LIMITS,
    );
    expect(reader.calls.map((c) => [c.width, c.height, c.dpi])).toEqual([
      [112, 40, (138 * 72) / 99],
      [620, 60, 100],
    ]);
    expect(read?.words).toBe(2);
  });

  it('brings a scan finer than 320 dpi to 300 dpi, and keeps one of 320', async () => {
    // A quarter of the page (153 × 198 pt) at 400 dpi, then at 320.
    const quarter: Matrix = [153, 0, 0, 198, 0, 0];
    const page = pdfPage({
      fine: rgbScan(850, 1100, [[100, 100, 700, 160]]),
      just: rgbScan(680, 880, [[80, 80, 560, 128]]),
    });
    const reader = inkReader();
    await ocrPage(page, paints(['fine', quarter], ['just', quarter]), OPS, reader.start, LIMITS);
    expect(reader.calls.map((c) => [c.width, c.height, c.dpi, c.ink])).toEqual([
      // 850 × 1100 → 638 × 825: 300.2 dpi; a margin of 30 pixels (blocks are cut on 4-pixel cells).
      [512, 108, (400 * 638) / 850, [30, 33, 480, 78]],
      [544, 112, 320, [32, 32, 512, 80]],
    ]);
  });

  it('finds images shared between pages (commonObjs), and waits for one pdf.js has not decoded yet', async () => {
    const scan = rgbScan(850, 1100, [[100, 100, 700, 140]]);
    const page = pdfPage({ g_d0_img_1: scan }, undefined, { img_p0_2: scan });
    const reader = inkReader();
    const read = await ocrPage(
      page,
      paints(['g_d0_img_1', LETTER], ['img_p0_2', LETTER]),
      OPS,
      reader.start,
      LIMITS,
    );
    expect(reader.calls).toHaveLength(2);
    expect(read?.words).toBe(2);
  });

  it('reads inline images and image masks (one bit a pixel, cleared bits black)', async () => {
    // A 200-dpi mask of a whole page: 1700 pixels are 213 bytes a row, set (white) but for a block.
    const stride = Math.ceil(1700 / 8);
    const bits = new Uint8Array(stride * 2200).fill(0xff);
    for (let y = 400; y < 440; y++) bits.fill(0, y * stride + 25, y * stride + 100);
    const mask: DecodedImage = { width: 1700, height: 2200, data: bits };
    const inline = rgbScan(850, 1100, [[100, 100, 700, 140]]);
    const reader = inkReader();
    const read = await ocrPage(
      pdfPage({}),
      paints([mask, LETTER, 'mask'], [inline, LETTER, 'inline']),
      OPS,
      reader.start,
      LIMITS,
    );
    expect(reader.calls.map((c) => [c.width, c.height, c.dpi, c.ink])).toEqual([
      [640, 80, 200, [20, 20, 620, 60]],
      [620, 60, 100, [10, 10, 610, 50]],
    ]);
    expect(read?.items.map((i) => i.str)).toEqual(['word1', 'word2']);
  });

  it("places words from the page's own origin when its view does not start at 0", async () => {
    const scan = rgbScan(1700, 2200, [[200, 200, 900, 260]]);
    const reader = inkReader();
    const read = await ocrPage(
      pdfPage({ img: scan }, [100, 50, 712, 842]),
      paints(['img', [612, 0, 0, 792, 100, 50]]),
      OPS,
      reader.start,
      LIMITS,
    );
    expect(read?.items.map((i) => [i.str, Math.round(i.x), Math.round(i.y)])).toEqual([
      ['word1', 71, 792 - 94],
    ]);
  });

  it('reads a Letter page when pdf.js gives no view', async () => {
    const reader = inkReader();
    const read = await ocrPage(
      pdfPage({ img: rgbScan(1700, 2200, [[200, 200, 900, 260]]) }, []),
      paints(['img', LETTER]),
      OPS,
      reader.start,
      LIMITS,
    );
    expect(read?.items.map((i) => [i.str, Math.round(i.x), Math.round(i.y)])).toEqual([
      ['word1', 71, 792 - 94],
    ]);
  });
});

describe('ocrPage: time and what OCR found', () => {
  it("gives each block what is left of the page's time, and at least 1 ms", async () => {
    const scan = rgbScan(1700, 2200, [
      [200, 200, 900, 260],
      [200, 800, 1500, 1000],
    ]);
    const reader = inkReader();
    await ocrPage(pdfPage({ img: scan }), paints(['img', LETTER]), OPS, reader.start, {
      maxPages: 5,
      pageTimeoutMs: 0,
    });
    expect(reader.calls.map((c) => c.timeoutMs)).toEqual([1, 1]);
  });

  it('is undefined when OCR found no words, though it read the page', async () => {
    const page = pdfPage({
      blank: rgbScan(1700, 2200, []),
      ink: rgbScan(1700, 2200, [[200, 200, 900, 260]]),
    });
    const reader = inkReader([90], [0]);
    expect(
      await ocrPage(page, paints(['blank', LETTER], ['ink', LETTER]), OPS, reader.start, LIMITS),
    ).toBeUndefined();
    expect(reader.started).toBe(1);
    expect(reader.calls).toHaveLength(1);
    expect(page.cleanups).toBe(1);
  });

  it("weighs each image's confidence by its words, across the images of a page", async () => {
    const page = pdfPage({
      a: rgbScan(1700, 2200, [[200, 200, 900, 260]]),
      b: rgbScan(1700, 2200, [[200, 200, 900, 260]]),
    });
    const reader = inkReader([95, 65], [3, 1]);
    const read = await ocrPage(page, paints(['a', LETTER], ['b', LETTER]), OPS, reader.start, LIMITS);
    expect(read?.words).toBe(4);
    expect(read?.confidence).toBe((3 * 95 + 65) / 4);
    expect(read?.items.map((i) => i.str)).toEqual(['word1', 'word1', 'word1', 'word2']);
  });
});

describe('ocrPage: large images held back from pdf.js', () => {
  /** The marker pdf.js decodes in a held image's place: "RF11" and the image's index. */
  const marker = (index: number): DecodedImage => ({
    width: 2,
    height: 1,
    kind: 2,
    data: new Uint8Array([0x52, 0x46, 0x31, 0x31, index >> 8, index & 0xff]),
  });
  const INCH: Matrix = [72, 0, 0, 72, 0, 0];
  const inchPage = (index = 0) => pdfPage({ img: marker(index) }, [0, 0, 72, 72]);

  it('decodes a 600-dpi JPEG at half size, straight from its coefficients', async () => {
    const jpeg = encodeJpeg(grayScan(600, 600, [[100, 100, 500, 160]]));
    const reader = inkReader();
    const held: HeldImage[] = [
      { width: 1, height: 1 },
      { width: 600, height: 600, jpeg },
    ];
    const read = await ocrPage(inchPage(1), paints(['img', INCH]), OPS, reader.start, LIMITS, held);
    expect(reader.calls.map((c) => [c.width, c.height, c.dpi, c.ink])).toEqual([
      [264, 92, 300, [32, 32, 232, 62]],
    ]);
    expect(read?.words).toBe(1);
  });

  it('keeps a JPEG that is 320 dpi at half size as it is', async () => {
    const jpeg = encodeJpeg(grayScan(640, 640, [[100, 100, 500, 160]]));
    const reader = inkReader();
    await ocrPage(inchPage(), paints(['img', INCH]), OPS, reader.start, LIMITS, [
      { width: 640, height: 640, jpeg },
    ]);
    expect(reader.calls.map((c) => [c.width, c.dpi])).toEqual([[268, 320]]);
  });

  it('decodes a 400-dpi JPEG whole and averages it down to 300 dpi', async () => {
    const jpeg = encodeJpeg(grayScan(400, 400, [[80, 80, 320, 120]]));
    const reader = inkReader();
    await ocrPage(inchPage(), paints(['img', INCH]), OPS, reader.start, LIMITS, [
      { width: 400, height: 400, jpeg },
    ]);
    expect(reader.calls.map((c) => [c.width, c.height, c.dpi, c.ink])).toEqual([
      [240, 92, 300, [30, 30, 210, 60]],
    ]);
  });

  it('refuses, before the engine starts, an image it cannot decode smaller or whose JPEG is broken', async () => {
    const reader = inkReader();
    const letter = () => pdfPage({ img: marker(0) });
    const failure = (held: HeldImage) =>
      ocrPage(letter(), paints(['img', LETTER]), OPS, reader.start, LIMITS, [held]).then(
        () => undefined,
        (error: OcrFailure) => [error.reason, error.message],
      );
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    // Flate data: only pdf.js could decode it, whole.
    expect(await failure({ width: 4250, height: 5500 })).toEqual([
      'too-large',
      'an image of 23 million pixels (500 dpi)',
    ]);
    // A JPEG of 3.6 billion pixels is 56 million at an eighth of its size.
    expect(await failure({ width: 60_000, height: 60_000, jpeg: broken })).toEqual([
      'too-large',
      'an image of 3600 million pixels (5455 dpi)',
    ]);
    // 160 million at a quarter is 40 million, which is still read.
    expect(await failure({ width: 16_000, height: 10_000, jpeg: broken })).toEqual([
      'failed',
      'an image of 160 million pixels (909 dpi) whose JPEG data could not be decoded',
    ]);
    expect(reader.started).toBe(0);
  });
});
