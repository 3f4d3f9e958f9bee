// A scanned page cut into blocks of text along white gaps (a recursive X-Y cut), so OCR reads each
// column on its own: tesseract finds lines across a sidebar and the main column when their
// baselines nearly meet, and misreads both. Pure.
import type { GrayImage } from './page-images.ts';

/** A rectangle of the image in pixels, origin top left; x1 and y1 are exclusive. */
export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** More blocks than this is a page of fragments (a table, a form): OCR reads it whole. */
const MAX_REGIONS = 24;

/**
 * The page's blocks of text, top to bottom and left to right within each band: the page is cut
 * across at white bands of a third of an inch, and each band down the widest white gutter of a
 * fifth of an inch that runs its full height, again and again. One region (the ink's bounding
 * box) when nothing divides the page; none when the page is blank.
 */
export function textRegions(image: GrayImage, dpi: number): Region[] {
  // Cut on a coarse grid of cells: a sixteenth of the pixels, and a speck of noise is no ink.
  const { dark, width, height } = coarseInk(image, CELL);
  const whole = inkBox(dark, width, { x0: 0, y0: 0, x1: width, y1: height });
  if (!whole) return [];
  const out: Region[] = [];
  cut(dark, width, whole, dpi / CELL, out, 0);
  const regions = out.length > MAX_REGIONS ? [whole] : out;
  return regions.map((r) => ({
    x0: r.x0 * CELL,
    y0: r.y0 * CELL,
    x1: Math.min(image.width, r.x1 * CELL),
    y1: Math.min(image.height, r.y1 * CELL),
  }));
}

/** Pixels on a side of the grid's cells. */
const CELL = 4;

function cut(dark: Uint8Array, width: number, box: Region, dpi: number, out: Region[], depth: number): void {
  if (depth > 8 || out.length > MAX_REGIONS) {
    out.push(box);
    return;
  }
  const across = whiteRuns(rowProfile(dark, width, box), Math.round(dpi / 3));
  if (across.length > 0) {
    let from = box.y0;
    for (const [a, b] of [
      ...across.map(([a, b]) => [a + box.y0, b + box.y0] as const),
      [box.y1, box.y1] as const,
    ]) {
      const part = inkBox(dark, width, { ...box, y0: from, y1: a });
      if (part) cut(dark, width, part, dpi, out, depth + 1);
      from = b;
    }
    return;
  }
  // A gutter splits a block of several lines, not one line's words.
  if (box.y1 - box.y0 >= dpi / 2) {
    const down = whiteRuns(columnProfile(dark, width, box), Math.round(dpi / 5));
    const widest = down.sort((p, q) => q[1] - q[0] - (p[1] - p[0]))[0];
    if (widest) {
      const left = inkBox(dark, width, { ...box, x1: box.x0 + widest[0] });
      const right = inkBox(dark, width, { ...box, x0: box.x0 + widest[1] });
      if (left) cut(dark, width, left, dpi, out, depth + 1);
      if (right) cut(dark, width, right, dpi, out, depth + 1);
      return;
    }
  }
  out.push(box);
}

/**
 * 1 for each cell of the grid holding two or more ink pixels: pixels darker than the threshold
 * between paper and ink (Otsu's).
 */
function coarseInk(image: GrayImage, cell: number): { dark: Uint8Array; width: number; height: number } {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[v]!++;
  const total = image.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let below = 0;
  let belowSum = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    below += histogram[t]!;
    if (below === 0 || below === total) continue;
    belowSum += t * histogram[t]!;
    const m0 = belowSum / below;
    const m1 = (sum - belowSum) / (total - below);
    const between = below * (total - below) * (m0 - m1) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  const width = Math.ceil(image.width / cell);
  const height = Math.ceil(image.height / cell);
  const counts = new Uint8Array(width * height);
  const column = Uint32Array.from({ length: image.width }, (_, x) => Math.floor(x / cell));
  const data = image.data;
  for (let y = 0; y < image.height; y++) {
    const row = Math.floor(y / cell) * width;
    for (let x = 0, i = y * image.width; x < image.width; x++, i++)
      if (data[i]! <= threshold) counts[row + column[x]!]!++;
  }
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i++) dark[i] = counts[i]! >= 2 ? 1 : 0;
  return { dark, width, height };
}

/** Ink pixels in each row of the box. */
function rowProfile(dark: Uint8Array, width: number, box: Region): Uint32Array {
  const out = new Uint32Array(box.y1 - box.y0);
  for (let y = box.y0; y < box.y1; y++) {
    let n = 0;
    for (let x = box.x0, i = y * width + box.x0; x < box.x1; x++, i++) n += dark[i]!;
    out[y - box.y0] = n;
  }
  return out;
}

/** Ink pixels in each column of the box. */
function columnProfile(dark: Uint8Array, width: number, box: Region): Uint32Array {
  const out = new Uint32Array(box.x1 - box.x0);
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0, i = y * width + box.x0; x < box.x1; x++, i++) out[x - box.x0]! += dark[i]!;
  return out;
}

/** Runs of (nearly) blank entries at least `min` long, away from both ends: [start, end). */
function whiteRuns(profile: Uint32Array, min: number): Array<[number, number]> {
  // A speck of noise does not fill a gap.
  const blank = (n: number) => n <= 1;
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let k = 0; k <= profile.length; k++) {
    if (k < profile.length && blank(profile[k]!)) {
      if (start < 0) start = k;
      continue;
    }
    if (start > 0 && k < profile.length && k - start >= min) out.push([start, k]);
    start = -1;
  }
  return out;
}

/** The bounding box of the ink inside `box`, or undefined when it holds none. */
function inkBox(dark: Uint8Array, width: number, box: Region): Region | undefined {
  let x0 = box.x1;
  let x1 = box.x0;
  let y0 = box.y1;
  let y1 = box.y0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0, i = y * width + box.x0; x < box.x1; x++, i++)
      if (dark[i]) {
        if (x < x0) x0 = x;
        if (x >= x1) x1 = x + 1;
        if (y < y0) y0 = y;
        y1 = y + 1;
      }
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : undefined;
}
