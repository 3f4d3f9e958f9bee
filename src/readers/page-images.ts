// The images a PDF page paints, where it paints them, and their pixels as 8-bit grey: what OCR
// reads on a page without a text layer. Pure: pdf.js's operator list and decoded images in.

/** A PDF transformation matrix [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = [number, number, number, number, number, number];

/** An image drawn on the page: the unit square of image space mapped through `matrix` to page space. */
export interface PlacedImage {
  /** The pdf.js object id of an image XObject, or the decoded data of an inline image. */
  source: { objId: string } | { inline: DecodedImage };
  /** An image mask (one bit per pixel, painted in the fill colour) rather than an image. */
  mask: boolean;
  matrix: Matrix;
}

/** Decoded pixels as pdf.js hands them over (ImageKind: 1 = 1 bit grey, 2 = RGB, 3 = RGBA). */
export interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray | null;
}

/** One 8-bit grey raster, row by row from the top, 0 black. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The operator codes this module follows (pdf.js's OPS). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied after m2 (PDF's `cm` concatenates the new matrix before the current one). */
export function multiply(m: Matrix, by: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = by;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

/** Maps a point through a matrix. */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The images an operator list paints, each with the transformation in force when it was painted. */
export function findPlacedImages(
  list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  ops: ImageOps,
): PlacedImage[] {
  const out: PlacedImage[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = transformed(ctm, args);
    else if (fn === ops.paintFormXObjectBegin) {
      // A form (which may hold the scan) draws through its own matrix, restored at its end.
      stack.push(ctm);
      ctm = transformed(ctm, args?.[0] as ArrayLike<unknown> | null | undefined);
    } else if (fn === ops.paintImageXObject && typeof args?.[0] === 'string') {
      out.push({ source: { objId: args[0] }, mask: false, matrix: ctm });
    } else if (fn === ops.paintInlineImageXObject && isDecoded(args?.[0])) {
      out.push({ source: { inline: args[0] }, mask: false, matrix: ctm });
    } else if (fn === ops.paintImageMaskXObject && isDecoded(args?.[0])) {
      out.push({ source: { inline: args[0] }, mask: true, matrix: ctm });
    }
  }
  return out;
}

function transformed(ctm: Matrix, args: ArrayLike<unknown> | null | undefined): Matrix {
  if (!args || args.length < 6) return ctm;
  const m = Array.from({ length: 6 }, (_, i) => Number(args[i])) as Matrix;
  return m.every(Number.isFinite) ? multiply(m, ctm) : ctm;
}

function isDecoded(value: unknown): value is DecodedImage {
  const v = value as DecodedImage | null | undefined;
  return typeof v?.width === 'number' && typeof v.height === 'number';
}

/** Size of the placed image on the page, in points (its matrix's column lengths). */
export function placedSize(m: Matrix): { width: number; height: number } {
  return { width: Math.hypot(m[0], m[1]), height: Math.hypot(m[2], m[3]) };
}

/** Pixels per inch of an image as placed: the lower of its two directions. */
export function placedDpi(image: { width: number; height: number }, m: Matrix): number {
  const size = placedSize(m);
  if (size.width === 0 || size.height === 0) return 0;
  return Math.min((image.width * 72) / size.width, (image.height * 72) / size.height);
}

/**
 * Decoded pixels → 8-bit grey (ITU-R 601 luma); undefined for a layout pdf.js did not decode to
 * pixels. A mask paints its cleared bits in the fill colour, which a scan's is: black.
 */
export function toGray(image: DecodedImage, mask = false): GrayImage | undefined {
  const { width, height, kind, data } = image;
  if (!data || width <= 0 || height <= 0) return undefined;
  const out = new Uint8Array(width * height);
  if (mask || kind === 1) {
    const stride = Math.ceil(width / 8);
    if (data.length < stride * height) return undefined;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const set = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
        out[y * width + x] = set ? 255 : 0;
      }
    }
    return { width, height, data: out };
  }
  const bytes = kind === 2 ? 3 : kind === 3 ? 4 : 0;
  if (bytes === 0 || data.length < width * height * bytes) return undefined;
  for (let p = 0, q = 0; p < out.length; p++, q += bytes) {
    const luma = (data[q]! * 77 + data[q + 1]! * 150 + data[q + 2]! * 29) >> 8;
    // A transparent pixel shows the white page beneath it.
    out[p] = bytes === 4 ? 255 - Math.round(((255 - luma) * data[q + 3]!) / 255) : luma;
  }
  return { width, height, data: out };
}

/**
 * A raster shrunk by `factor` (0–1], each pixel the mean of the source pixels it covers, for
 * scans finer than OCR needs.
 */
export function downscale(image: GrayImage, factor: number): GrayImage {
  if (factor >= 1) return image;
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const from = (k: number, size: number, out: number) => Math.min(size, Math.floor((k * size) / out));
  const xs = Int32Array.from({ length: width + 1 }, (_, k) => from(k, image.width, width));
  const ys = Int32Array.from({ length: height + 1 }, (_, k) => from(k, image.height, height));
  const out = new Uint8Array(width * height);
  const sums = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    const y0 = ys[y]!;
    const y1 = Math.max(ys[y + 1]!, y0 + 1);
    for (let sy = y0; sy < y1; sy++) {
      const row = sy * image.width;
      for (let x = 0; x < width; x++) {
        const x1 = Math.max(xs[x + 1]!, xs[x]! + 1);
        let sum = 0;
        for (let sx = xs[x]!; sx < x1; sx++) sum += image.data[row + sx]!;
        sums[x]! += sum;
      }
    }
    for (let x = 0; x < width; x++) {
      const area = (y1 - y0) * (Math.max(xs[x + 1]!, xs[x]! + 1) - xs[x]!);
      out[y * width + x] = Math.round(sums[x]! / area);
    }
  }
  return { width, height, data: out };
}

/** A raster as a binary PGM file (P5), which leptonica reads without any codec. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}
