// OCR of PDF pages that are images (scans, exports from design tools): finds the page's images,
// hands their pixels to the OCR engine, and returns the words as text items in page space.

import type { Issue } from '../core/result.ts';
import type { TextItem } from '../core/resume/layout.ts';
import { decodeJpegLuma } from './jpeg-luma.ts';
import { type HeldImage, heldImageOf } from './large-images.ts';
import { type OcrEngine, OcrFailure, type OcrLine, startOcr } from './ocr.ts';
import { ocrTextItems } from './ocr-layout.ts';
import type { OcrLimits } from './ocr-limits.ts';
import {
  type DecodedImage,
  downscale,
  findPlacedImages,
  type GrayImage,
  type ImageOps,
  type PlacedImage,
  placedDpi,
  placedSize,
  toGray,
} from './page-images.ts';
import { type Region, textRegions } from './page-regions.ts';

/** What OCR read on one page. */
export interface OcrPageResult {
  items: TextItem[];
  /** Mean word confidence, 0–100. */
  confidence: number;
  words: number;
}

/** Images below this resolution hold no text OCR can read (icons, logos, decoration). */
const MIN_DPI = 100;
/** Above this, a scan is brought to 300 dpi (a 400-dpi Letter page took 372 MB of the parser's 384). */
const SHRINK_ABOVE_DPI = 320;
/** An image covering less of the page than this is a logo or a photo, not the page's text. */
const MIN_PAGE_SHARE = 0.02;
/** The most pixels a held image is decoded to (1 byte each), before it is brought to 300 dpi. */
const MAX_DECODED_PIXELS = 40_000_000;

/** What this module needs of a pdf.js page, and of its operator list. */
interface PdfPageLike {
  objs: PdfObjects;
  /** Drops what pdf.js decoded for the page. */
  cleanup(): unknown;
  commonObjs: PdfObjects;
  view: number[];
}
interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}
interface PdfObjects {
  has(id: string): boolean;
  get(id: string, callback?: (data: unknown) => void): unknown;
}

/**
 * OCR of one page's images; undefined when the page has no image OCR could read. `engine` is
 * called once there is one. `held` are the large images kept from pdf.js (large-images.ts), which
 * the page's markers stand for. Rejects with an OcrFailure when the engine fails, the page takes
 * longer than its limit, or its image is too large to read.
 */
export async function ocrPage(
  page: PdfPageLike,
  list: OperatorList,
  ops: ImageOps,
  engine: () => Promise<OcrEngine>,
  limits: OcrLimits,
  held: readonly HeldImage[] = [],
): Promise<OcrPageResult | undefined> {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0));
  const placed = findPlacedImages(list, ops);
  const items: TextItem[] = [];
  let confidence = 0;
  let words = 0;
  // Every image to read, as grey: pdf.js's decoded copies (RGB, 25 MB a Letter page) go before OCR starts.
  const rasters: Array<{ gray: GrayImage; dpi: number; matrix: PlacedImage['matrix'] }> = [];
  for (const image of placed) {
    const size = placedSize(image.matrix);
    if (size.width * size.height < MIN_PAGE_SHARE * pageArea) continue;
    const decoded = 'inline' in image.source ? image.source.inline : await objectOf(page, image.source.objId);
    if (!decoded) continue;
    const large = heldImageOf(decoded, held);
    const source = large ?? decoded;
    const dpi = placedDpi(source, image.matrix);
    if (dpi < MIN_DPI) continue;
    const gray = large ? decodeHeld(large, dpi) : shrunk(decoded, image.mask, dpi);
    if (!gray) continue;
    rasters.push({ gray, dpi: (dpi * gray.width) / source.width, matrix: image.matrix });
  }
  if (rasters.length === 0) return undefined;
  page.cleanup();
  // The engine starts (and the page's time runs) only once there is an image to read.
  const ocr = await engine();
  const deadline = Date.now() + limits.pageTimeoutMs;
  for (const { gray, dpi, matrix } of rasters) {
    // Each block of text (a column, a sidebar, a header) is read on its own.
    const lines: OcrLine[] = [];
    for (const region of textRegions(gray, dpi)) {
      const part = crop(gray, region, Math.round(dpi / 10));
      const result = await ocr.read(part.image, dpi, Math.max(1, deadline - Date.now()));
      const count = result.lines.reduce((n, l) => n + l.words.length, 0);
      confidence += result.confidence * count;
      words += count;
      lines.push(...result.lines.map((l) => shifted(l, part.x, part.y)));
    }
    items.push(...ocrTextItems({ lines, confidence: 0 }, gray, matrix, { x: x0, y: y0 }));
  }
  if (words === 0) return undefined;
  return { items, confidence: confidence / words, words };
}

/** Finer scans are brought to 300 dpi: OCR reads them as well, faster and in less memory. */
function shrunk(decoded: DecodedImage, mask: boolean, dpi: number): GrayImage | undefined {
  const full = toGray(decoded, mask);
  return full && dpi > SHRINK_ABOVE_DPI ? downscale(full, 300 / dpi) : full;
}

/**
 * A held image's luma at about 300 dpi, decoded from its DCT coefficients: halved there (a 600-dpi
 * scan at half size, its full-size pixels never held), the rest averaged down as any scan is
 * (halving in the DCT reads as well as averaging; other fractions read worse). An OcrFailure when
 * it cannot be read.
 */
function decodeHeld(image: HeldImage, dpi: number): GrayImage {
  const pixels = image.width * image.height;
  let scale = 8;
  while (scale > 1 && (dpi * scale) / 16 >= 299.5) scale /= 2;
  const size = `an image of ${Math.round(pixels / 1e6)} million pixels (${Math.round(dpi)} dpi)`;
  if (!image.jpeg || pixels * (scale / 8) ** 2 > MAX_DECODED_PIXELS) throw new OcrFailure('too-large', size);
  const gray = decodeJpegLuma(image.jpeg, scale);
  if (!gray) throw new OcrFailure('failed', `${size} whose JPEG data could not be decoded`);
  const decodedDpi = (dpi * gray.width) / image.width;
  return decodedDpi > SHRINK_ABOVE_DPI ? downscale(gray, 300 / decodedDpi) : gray;
}

/** A region of the raster with a margin of paper around it, and where it starts. */
function crop(image: GrayImage, region: Region, margin: number): { image: GrayImage; x: number; y: number } {
  const x = Math.max(0, region.x0 - margin);
  const y = Math.max(0, region.y0 - margin);
  const width = Math.min(image.width, region.x1 + margin) - x;
  const height = Math.min(image.height, region.y1 + margin) - y;
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    const from = (y + row) * image.width + x;
    data.set(image.data.subarray(from, from + width), row * width);
  }
  return { image: { width, height, data }, x, y };
}

/** A line read in a crop, in the whole image's pixels. */
function shifted(line: OcrLine, dx: number, dy: number): OcrLine {
  const b = line.baseline;
  return {
    ...line,
    baseline: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy },
    words: line.words.map((w) => ({ ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy })),
  };
}

/** The decoded image behind an id; images shared between pages live in commonObjs. */
async function objectOf(page: PdfPageLike, id: string): Promise<DecodedImage | undefined> {
  const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
  const value = objs.has(id)
    ? objs.get(id)
    : await new Promise<unknown>((resolve) => {
        objs.get(id, resolve);
      });
  const image = value as DecodedImage | null | undefined;
  return typeof image?.width === 'number' ? image : undefined;
}

export { DEFAULT_OCR_LIMITS, OCR_START_TIMEOUT_MS } from './ocr-limits.ts';
export { OcrFailure, startOcr };

/** What a person reads when OCR of a page did not work: what went wrong and what to do. */
export function ocrIssue(error: unknown, page: number, limits: OcrLimits): Issue {
  const reason = error instanceof OcrFailure ? error.reason : 'failed';
  const instead = 'export the resume from your word processor as a text PDF or .docx';
  if (reason === 'start') {
    return {
      code: 'OCR_FAILED',
      message: 'the PDF is a scanned image, and the OCR engine that reads scans could not start.',
      hint: `Reinstall rolefit (the OCR engine and its English model come with it), or ${instead}.`,
    };
  }
  if (reason === 'too-large') {
    return {
      code: 'OCR_IMAGE_TOO_LARGE',
      message: `page ${page} of the scan is ${error instanceof Error ? error.message : 'an image'}, more than rolefit can read within its memory limit; the page was not read.`,
      hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
    };
  }
  if (reason === 'timeout') {
    return {
      code: 'OCR_TIMEOUT',
      message: `reading page ${page} of the scan by OCR took longer than ${Math.max(1, Math.round(limits.pageTimeoutMs / 1000))} s and was stopped.`,
      hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
    };
  }
  return {
    code: 'OCR_FAILED',
    message: `OCR could not read page ${page} of the scan.`,
    hint: `Scan it again at 300 dpi, black text on white, or ${instead}.`,
  };
}
