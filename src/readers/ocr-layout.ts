// OCR'd words → positioned text in page space, so a scanned page goes through the same layout
// step (columns, rows, wrapped lines) as a page with a text layer. Pure.
import type { TextItem } from '../core/resume/layout.ts';
import type { OcrLine, OcrResult, OcrWord } from './ocr.ts';
import { apply, type Matrix } from './page-images.ts';

/** Bullets OCR reads as another mark: a lone small glyph opening a line. */
const BULLET_LOOKALIKES = /^[»«•·*°©®@eo¢¬~>+]$/;

/**
 * Words of one image → text items on the page: each word's left end on its line's baseline,
 * mapped through the image's placement; the page's skew (the median slope of long baselines)
 * is turned back first, so the words of one line share a baseline.
 */
export function ocrTextItems(
  result: OcrResult,
  image: { width: number; height: number },
  matrix: Matrix,
  origin: { x: number; y: number },
): TextItem[] {
  const angle = skewOf(result.lines);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const cx = image.width / 2;
  const cy = image.height / 2;
  const unskew = (x: number, y: number): [number, number] =>
    angle === 0 ? [x, y] : [cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos];
  const toPage = (x: number, y: number): [number, number] => {
    const [px, py] = apply(matrix, x / image.width, 1 - y / image.height);
    return [px - origin.x, py - origin.y];
  };
  const pointsPerPixel = Math.hypot(matrix[2], matrix[3]) / image.height;
  const sizes = lineSizes(result.lines);
  const items: TextItem[] = [];
  result.lines.forEach((line, n) => {
    if (!hasText(line)) return;
    const b = line.baseline;
    const slope = b.x1 === b.x0 ? 0 : (b.y1 - b.y0) / (b.x1 - b.x0);
    const size = sizes[n]! * pointsPerPixel;
    for (const segment of segmentsOf(line)) {
      // A segment beside another column sits on its own baseline, which OCR may have merged.
      const offset = baselineOffset(segment, line, slope);
      const baseline = (x: number) => b.y0 + slope * (x - b.x0) + offset;
      segment.forEach((word, k) => {
        const [lx, ly] = unskew(word.x0, baseline(word.x0));
        const [rx, ry] = unskew(word.x1, baseline(word.x1));
        const [x0, y0] = toPage(lx, ly);
        const [x1, y1] = toPage(rx, ry);
        const bullet = k === 0 && isBulletMark(word, segment[1], line);
        // OCR boxes the ink; a text layer places a glyph's origin, before its left side bearing, which
        // is wide for a bullet: without it, a bullet's wrapped line would seem to start left of it.
        const bearing = (bullet ? 0.15 : 0.05) * size;
        items.push({
          str: bullet ? '•' : word.text,
          x: Math.min(x0, x1) - bearing,
          y: (y0 + y1) / 2,
          width: Math.hypot(x1 - x0, y1 - y0) + bearing,
          height: size,
        });
      });
    }
  });
  return items;
}

/**
 * Each line's text size: OCR measures every line's height apart, a pixel or two off, while the
 * layout step treats lines whose sizes differ by over half a point as different text. Heights
 * that follow each other within 6% are one size (a heading's are further apart): their median.
 */
function lineSizes(lines: readonly OcrLine[]): number[] {
  const order = lines.map((_, k) => k).sort((a, b) => lines[a]!.rowHeight - lines[b]!.rowHeight);
  const sizes = new Array<number>(lines.length);
  let start = 0;
  for (let k = 1; k <= order.length; k++) {
    if (k < order.length && lines[order[k]!]!.rowHeight <= lines[order[k - 1]!]!.rowHeight * 1.06) continue;
    const group = order.slice(start, k);
    const median = lines[group[Math.floor(group.length / 2)]!]!.rowHeight;
    for (const i of group) sizes[i] = median;
    start = k;
  }
  return sizes;
}

/**
 * A small lone glyph before a line's first word: a bullet read as something else (•, ▪ or ◦ as
 * '»', '*', 'e', 'm', 'o'). A letter counts only before a capital, where no word 'e' or 'm' stands.
 */
function isBulletMark(word: OcrWord, next: OcrWord | undefined, line: OcrLine): boolean {
  if (!next || [...word.text].length !== 1) return false;
  const height = (word.y1 - word.y0) / line.rowHeight;
  // A square bullet stands as tall as a small letter.
  if (/^[a-z]$/.test(word.text) && !/^[aiu]$/.test(word.text) && /^\p{Lu}/u.test(next.text))
    return height < 0.65;
  if (height >= 0.5) return false;
  return !/[\p{L}\p{N}]/u.test(word.text) || (BULLET_LOOKALIKES.test(word.text) && word.confidence < 70);
}

/** A line's words split where a gap wider than one and a half line heights separates them. */
function segmentsOf(line: OcrLine): OcrWord[][] {
  const out: OcrWord[][] = [];
  for (const word of line.words) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && word.x0 - last.x1 <= 1.5 * line.rowHeight) current.push(word);
    else out.push([word]);
  }
  return out;
}

/**
 * How far below the line's baseline a segment's words stand: the lower quartile of how far their
 * boxes reach below it (a word with a descender reaches further), when that is over a sixth of a
 * line height; else none.
 */
function baselineOffset(segment: readonly OcrWord[], line: OcrLine, slope: number): number {
  const b = line.baseline;
  const below = segment.map((w) => w.y1 - (b.y0 + slope * ((w.x0 + w.x1) / 2 - b.x0))).sort((x, y) => x - y);
  const offset = below[Math.floor((below.length - 1) / 4)]!;
  return Math.abs(offset) > line.rowHeight / 6 ? offset : 0;
}

/**
 * Whether a line holds text: a word of two letters or two digits that OCR is fairly sure of.
 * Accents over a name's capitals, rules and specks come back as lines of lone marks ('- 7 4 / mu').
 */
function hasText(line: OcrLine): boolean {
  return line.words.some((w) => w.confidence >= 60 && /\p{L}{2}|\p{N}{2}/u.test(w.text));
}

/** The page's skew in radians (y down): the median slope of baselines longer than ten line heights. */
export function skewOf(lines: readonly OcrLine[]): number {
  const slopes = lines
    .filter((l) => l.baseline.x1 - l.baseline.x0 > 10 * l.rowHeight)
    .map((l) => Math.atan2(l.baseline.y1 - l.baseline.y0, l.baseline.x1 - l.baseline.x0))
    .sort((a, b) => a - b);
  if (slopes.length === 0) return 0;
  const median = slopes[Math.floor(slopes.length / 2)]!;
  // Under a twentieth of a degree no line moves a point off its row.
  return Math.abs(median) < 0.001 ? 0 : median;
}
