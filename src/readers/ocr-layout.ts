// OCR'd words → positioned text in page space, so a scanned page goes through the same layout
// step (columns, rows, wrapped lines) as a page with a text layer. Pure.
import type { TextItem } from '../core/resume/layout.ts';
import type { OcrLine, OcrResult } from './ocr.ts';
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
  const items: TextItem[] = [];
  for (const line of result.lines) {
    const b = line.baseline;
    const slope = b.x1 === b.x0 ? 0 : (b.y1 - b.y0) / (b.x1 - b.x0);
    line.words.forEach((word, k) => {
      const baseline = (x: number) => b.y0 + slope * (x - b.x0);
      const [lx, ly] = unskew(word.x0, baseline(word.x0));
      const [rx, ry] = unskew(word.x1, baseline(word.x1));
      const [x0, y0] = toPage(lx, ly);
      const [x1, y1] = toPage(rx, ry);
      items.push({
        str: k === 0 && isBulletMark(word, line) ? '•' : word.text,
        x: Math.min(x0, x1),
        y: (y0 + y1) / 2,
        width: Math.hypot(x1 - x0, y1 - y0),
        height: line.rowHeight * pointsPerPixel,
      });
    });
  }
  return items;
}

/** A small, unsure, lone glyph before the first word of a line: a bullet read as something else. */
function isBulletMark(word: OcrLine['words'][number], line: OcrLine): boolean {
  return (
    line.words.length > 1 &&
    BULLET_LOOKALIKES.test(word.text) &&
    word.y1 - word.y0 < 0.5 * line.rowHeight &&
    (word.text === '•' || word.confidence < 70)
  );
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
