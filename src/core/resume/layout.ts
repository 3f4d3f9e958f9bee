/**
 * Positioned text (as a PDF gives it) → logical lines in reading order.
 * Pure: the PDF reader maps pdf.js items to `TextItem`s and calls `layoutPage`.
 *
 * Steps: items → rows (same baseline) → fragments (items close together on a row) →
 * column bands (a vertical gutter no fragment crosses for many rows, with text on both sides)
 * → each column read top to bottom → wrapped lines of one paragraph joined.
 */

/** One run of text on a page; y is the baseline measured from the page bottom (PDF space). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  height: number;
}

export interface PageText {
  width: number;
  height: number;
  items: TextItem[];
}

/** A stretch of a row: items close enough to be one phrase. */
interface Fragment {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  /** Position of its first item in the content stream: a hint of the author's order. */
  order: number;
}

interface Row {
  y: number;
  size: number;
  fragments: Fragment[];
}

/** A laid-out line: its text and the column band it came from (for diagnostics and tests). */
export interface LaidOutLine {
  text: string;
  /** 0 for full-width text, 1 for the left column of a band, 2 for the right. */
  column: 0 | 1 | 2;
}

const BULLET = /^[•●○◦▪▫■□►▸‣⁃–\-*·✓✔➢➤→]\s*/;

/** Lays out one page: lines in reading order. */
export function layoutPage(page: PageText): LaidOutLine[] {
  const rows = toRows(page.items);
  if (rows.length === 0) return [];
  const out: LaidOutLine[] = [];
  readRegion(rows, page.width, 0, out);
  return out;
}

/** Items → rows (top to bottom) of fragments (left to right). */
function toRows(items: readonly TextItem[]): Row[] {
  const visible = items
    .map((it, order) => ({ ...it, order }))
    .filter((it) => it.str.trim().length > 0 && it.height > 0 && Number.isFinite(it.x + it.y));
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; items: typeof visible }> = [];
  for (const it of visible) {
    const row = rows[rows.length - 1];
    // Same row when baselines (nearly) match; a looser match would chain rows of two columns.
    if (row && Math.abs(row.y - it.y) <= Math.max(1, 0.2 * Math.min(row.size, it.height))) {
      row.items.push(it);
      row.size = Math.max(row.size, it.height);
    } else rows.push({ y: it.y, size: it.height, items: [it] });
  }
  return rows.map((r) => {
    r.items.sort((a, b) => a.x - b.x);
    const fragments: Fragment[] = [];
    for (const it of r.items) {
      const last = fragments[fragments.length - 1];
      const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
      // Word gaps (even in justified text) stay under ~1.2 em; wider gaps separate phrases.
      if (last && gap < 1.2 * Math.max(last.size, it.height)) {
        const space = gap > 0.15 * it.height && !last.text.endsWith(' ') && !it.str.startsWith(' ');
        last.text += (space ? ' ' : '') + it.str;
        last.x1 = Math.max(last.x1, it.x + it.width);
        last.size = Math.max(last.size, it.height);
      } else {
        fragments.push({
          x0: it.x,
          x1: it.x + it.width,
          y: it.y,
          size: it.height,
          text: it.str,
          order: it.order,
        });
      }
    }
    for (const f of fragments) f.text = f.text.replace(/\s+/g, ' ').trim();
    return { y: r.y, size: r.size, fragments };
  });
}

interface Band {
  /** Row indexes [from, to) of the band. */
  from: number;
  to: number;
  gutter: number;
}

/** Reads rows: full-width rows in order; a column band left column first, then right. */
function readRegion(rows: readonly Row[], pageWidth: number, column: 0 | 1 | 2, out: LaidOutLine[]): void {
  const band = column === 0 ? findBand(rows, pageWidth) : undefined;
  if (!band) {
    emitRows(rows, column, out);
    return;
  }
  readRegion(rows.slice(0, band.from), pageWidth, 0, out);
  const left: Row[] = [];
  const right: Row[] = [];
  for (const row of rows.slice(band.from, band.to)) {
    const l = row.fragments.filter((f) => f.x1 <= band.gutter);
    const r = row.fragments.filter((f) => f.x0 >= band.gutter);
    if (l.length > 0) left.push({ ...row, fragments: l });
    if (r.length > 0) right.push({ ...row, fragments: r });
  }
  emitRows(left, 1, out);
  emitRows(right, 2, out);
  readRegion(rows.slice(band.to), pageWidth, 0, out);
}

/**
 * The longest run of rows that a vertical gutter splits into two columns, if any.
 * A right-aligned date column is not a column: its rows are few, every one of them shares a
 * baseline with text on the left, and the author wrote them interleaved with that text.
 */
function findBand(rows: readonly Row[], pageWidth: number): Band | undefined {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const r of rows)
    for (const f of r.fragments) {
      minX = Math.min(minX, f.x0);
      maxX = Math.max(maxX, f.x1);
    }
  const span = maxX - minX;
  if (!(span > 0)) return undefined;
  let best: (Band & { score: number }) | undefined;
  const step = Math.max(1, span / 200);
  for (let x = minX + 0.15 * span; x <= minX + 0.85 * span; x += step) {
    let from = 0;
    for (let k = 0; k <= rows.length; k++) {
      const crossed = k === rows.length || rows[k]!.fragments.some((f) => f.x0 < x && f.x1 > x);
      if (!crossed) continue;
      if (k - from >= 4) {
        const score = bandScore(rows, from, k, x);
        if (score > 0 && (!best || score > best.score)) best = { from, to: k, gutter: x, score };
      }
      from = k + 1;
    }
  }
  if (!best) return undefined;
  // Centre the gutter in the empty space around it.
  const { from, to, gutter } = best;
  let leftEdge = Number.NEGATIVE_INFINITY;
  let rightEdge = Number.POSITIVE_INFINITY;
  for (let k = from; k < to; k++)
    for (const f of rows[k]!.fragments) {
      if (f.x1 <= gutter) leftEdge = Math.max(leftEdge, f.x1);
      else rightEdge = Math.min(rightEdge, f.x0);
    }
  void pageWidth;
  return { from, to, gutter: (leftEdge + rightEdge) / 2 };
}

/** How convincingly rows [from, to) form two columns at x; 0 when they do not. */
function bandScore(rows: readonly Row[], from: number, to: number, x: number): number {
  let leftRows = 0;
  let rightRows = 0;
  let leftOnly = 0;
  let rightOnly = 0;
  let paired = 0;
  const inStreamOrder: boolean[] = [];
  const fragments: Fragment[] = [];
  for (let k = from; k < to; k++) {
    const row = rows[k]!;
    const l = row.fragments.some((f) => f.x1 <= x);
    const r = row.fragments.some((f) => f.x0 >= x);
    if (l) leftRows++;
    if (r) rightRows++;
    if (l && !r) leftOnly++;
    if (r && !l) rightOnly++;
    if (l && r) paired++;
    fragments.push(...row.fragments);
  }
  if (leftRows < 3 || rightRows < 3) return 0;
  fragments.sort((a, b) => a.order - b.order);
  for (const f of fragments) inStreamOrder.push(f.x1 <= x);
  let switches = 0;
  for (let k = 1; k < inStreamOrder.length; k++) if (inStreamOrder[k] !== inStreamOrder[k - 1]) switches++;
  // Written column by column: few switches between sides in the content stream.
  const writtenByColumn = switches <= 3 && leftRows >= 3 && rightRows >= 3;
  // Independent baselines: each side has rows the other side does not, and most rows of the shorter
  // side are its own. A table's label or date column ("2017 – 2021 | Release Manager, Acme") shares
  // its baselines with the text beside it, written row by row: one column, read row by row.
  const independent =
    leftOnly >= 2 &&
    rightOnly >= 2 &&
    leftRows >= 4 &&
    rightRows >= 4 &&
    paired * 2 < Math.min(leftRows, rightRows);
  if (!writtenByColumn && !independent) return 0;
  return to - from + Math.min(leftRows, rightRows);
}

/** Rows of one column → lines; a paragraph's wrapped lines become one line. */
function emitRows(rows: readonly Row[], column: 0 | 1 | 2, out: LaidOutLine[]): void {
  if (rows.length === 0) return;
  // The column's right margin: where most full lines end (a wide header line or a date may stick out).
  let left = Number.POSITIVE_INFINITY;
  const ends: number[] = [];
  for (const r of rows) {
    for (const f of r.fragments) left = Math.min(left, f.x0);
    const last = r.fragments[r.fragments.length - 1]!;
    if (r.fragments.length === 1 && last.text.length >= 20) ends.push(last.x1);
  }
  ends.sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.8)] ?? Number.NEGATIVE_INFINITY;
  const width = right - left;
  let previous: Row | undefined;
  for (const row of rows) {
    const text = row.fragments.map((f) => f.text).join('\t');
    const last = out[out.length - 1];
    if (previous && last && last.column === column && continues(previous, row, right, width)) {
      last.text = joinWrapped(last.text, text);
    } else out.push({ text, column });
    previous = row;
  }
}

/** Whether `next` continues the paragraph of `prev` (a wrapped line, not a new item). */
function continues(prev: Row, next: Row, right: number, width: number): boolean {
  if (prev.fragments.length !== 1 || next.fragments.length !== 1) return false;
  const p = prev.fragments[0]!;
  const n = next.fragments[0]!;
  if (p.text.length < 20 || !Number.isFinite(right) || Math.abs(p.size - n.size) > 0.5) return false;
  if (prev.y - next.y > 1.7 * p.size) return false;
  if (p.x1 < right - 0.2 * width) return false;
  if (BULLET.test(n.text) || /[:.!?]$/.test(p.text)) return false;
  // Continuation lines start at or right of the paragraph's text (a hanging bullet indent).
  return n.x0 >= p.x0 - 1;
}

function joinWrapped(a: string, b: string): string {
  // "cloud-" + "native" keeps the hyphen: resumes hyphenate compounds far more than words.
  if (a.endsWith('-') && /^[a-z]/.test(b)) return a + b;
  return `${a} ${b}`;
}
