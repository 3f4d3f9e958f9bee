/**
 * Positioned text (as a PDF gives it) → logical lines in reading order.
 * Pure: the PDF reader maps pdf.js items to `TextItem`s and calls `layoutPage`.
 *
 * Steps: items → rows (same baseline) → fragments (items close together on a row) →
 * column bands (a vertical gutter no fragment crosses for many rows, with text on both sides)
 * → each column read top to bottom → wrapped lines of one paragraph joined.
 */

import type { SectionKind } from '../extract/types.ts';
import { withoutLetterSpacing } from '../text/letter-spacing.ts';
import { BULLET_MARKS } from './bullets.ts';
import { findDateRange, findDates, isDateCell, joinDatePieces, unfinishedDate } from './dates.ts';
import { isPageMark } from './page-furniture.ts';
import { gluedHeadingKind, headingKind } from './sections.ts';

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
  /** Position of its last item in the content stream. */
  last: number;
  /** Written apart from the fragment before it (text of other rows came between them in the stream). */
  apart: boolean;
  /** Ends with a hyphen drawn as a glyph of its own after a word: a line breaker's, not the author's. */
  breakHyphen?: boolean;
  /** Where wrapped lines were joined, in `text`. */
  joins?: Join[];
}

/**
 * Where a wrapped line was joined to the next, in a line's text, when the join may have split a word:
 * at a hyphen kept between two letters ("Devel-oping", "cross-functional"), or at the space put between
 * two lines ("Con sul", where the PDF's hyphen had no text). Which is a word and which a compound
 * depends on the words of the whole document (see rejoinWords).
 */
export interface Join {
  at: number;
  kind: 'hyphen' | 'space';
}

interface Row {
  y: number;
  size: number;
  fragments: Fragment[];
  /** A section label lifted out of a label column: it heads the whole width, no column's line. */
  heads?: boolean;
}

/** A laid-out line: its text and the column band it came from (for diagnostics and tests). */
export interface LaidOutLine {
  text: string;
  /** 0 for full-width text, 1 for the left column of a band, 2 for the right. */
  column: 0 | 1 | 2;
  /** Joins of wrapped lines that may have split a word, left to right; absent when none. */
  joins?: Join[];
}

const BULLET = new RegExp(`^${BULLET_MARKS}\\s*`);
/** A hyphen alone: ASCII, soft, or typographic (U+2010). */
const HYPHEN_GLYPH = /^[-\u00AD\u2010]$/;
/** An item numbered "1." or "2)". */
const NUMBERED = /^\(?\d{1,2}[.)]\s/;

/** Lays out one page: lines in reading order. */
export function layoutPage(page: PageText): LaidOutLine[] {
  const rows = liftSectionLabels(liftEntryCells(toRows(page.items)));
  if (rows.length === 0) return [];
  const out: LaidOutLine[] = [];
  readRegion(rows, page.width, 0, out);
  return out;
}

/** Items → rows (top to bottom) of fragments (left to right). */
function toRows(items: readonly TextItem[]): Row[] {
  // "2 0 2 1 –", "P R E S E N T": a timeline's letter-spaced dates read as dates ("2021 –",
  // "PRESENT"); letter-spaced headings and names stay as set (the headings' reader joins them).
  const all = items.map((it, order) => ({ ...it, str: withoutLetterSpacing(it.str, joinsToDate), order }));
  const visible = all.filter(
    (it) => it.str.trim().length > 0 && it.height > 0 && Number.isFinite(it.x + it.y),
  );
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; items: typeof visible; marks: boolean }> = [];
  const rowOf = new Int32Array(items.length).fill(-1);
  for (const it of visible) {
    const row = rows[rows.length - 1];
    const mark = LONE_MARK.test(it.str);
    // Same row when baselines (nearly) match; a looser match would chain rows of two columns. A list
    // mark set smaller than its text and raised beside it (TeX's \textbullet, 6 pt over 10 pt text,
    // 1.3 pt up) is on its text's row.
    const raisedMark = row !== undefined && row.marks && !mark && row.size <= 0.8 * it.height;
    const near = raisedMark ? 0.3 * it.height : Math.max(1, 0.2 * Math.min(row?.size ?? 0, it.height));
    if (row && Math.abs(row.y - it.y) <= near) {
      // The row's baseline is its text's, not its mark's.
      if (raisedMark) row.y = it.y;
      row.items.push(it);
      row.size = Math.max(row.size, it.height);
      row.marks &&= mark;
    } else rows.push({ y: it.y, size: it.height, items: [it], marks: mark });
    rowOf[it.order] = rows.length - 1;
  }
  // The first item after each one in the content stream that lies on another row: text written
  // between two neighbours of a row ("Program" | "April", a title wrapping beside its dates) puts
  // them in different boxes, so they are two phrases however close they sit.
  const elsewhere = new Int32Array(items.length + 1).fill(items.length);
  let next = -1;
  for (let o = items.length - 1; o >= 0; o--) {
    if (rowOf[o] === -1) {
      elsewhere[o] = next === -1 ? items.length : rowOf[next] === -1 ? items.length : elsewhere[next]!;
      continue;
    }
    elsewhere[o] = next === -1 ? items.length : rowOf[next] !== rowOf[o] ? next : elsewhere[next]!;
    next = o;
  }
  const apart = (a: number, b: number) => (a < b ? elsewhere[a]! < b : elsewhere[b]! < a);
  return rows.map((r) => {
    r.items.sort((a, b) => a.x - b.x);
    const fragments: Fragment[] = [];
    for (const it of r.items) {
      const last = fragments[fragments.length - 1];
      const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
      const written = last !== undefined && apart(last.last, it.order);
      // Word gaps (even in justified text) stay under ~1.2 em; wider gaps separate phrases.
      if (last && !written && gap < 1.2 * Math.max(last.size, it.height)) {
        // A date drawn flush against the text before it ("Portland, OR" + "Jun 2022 – Present", a title
        // that ran up to its dates) starts a phrase of its own, however small the gap.
        const space =
          (gap > 0.15 * it.height || startsWithDate(last.text, it.str)) &&
          !last.text.endsWith(' ') &&
          !it.str.startsWith(' ');
        // Typst, and Chromium given a hyphenate-character, draw the hyphen of a broken word on its own.
        last.breakHyphen = !space && HYPHEN_GLYPH.test(it.str) && /^\p{L}\p{L}$/u.test(last.text.slice(-2));
        last.text += (space ? ' ' : '') + it.str;
        last.x1 = Math.max(last.x1, it.x + it.width);
        last.size = Math.max(last.size, it.height);
        last.last = it.order;
      } else {
        fragments.push({
          x0: it.x,
          x1: it.x + it.width,
          y: it.y,
          size: it.height,
          text: it.str,
          order: it.order,
          last: it.order,
          apart: written,
        });
      }
    }
    for (const f of fragments) f.text = f.text.replace(/\s+/g, ' ').trim();
    return { y: r.y, size: r.size, fragments: fragments.flatMap(splitAtLeader) };
  });
}

/** An item that is one list mark and nothing else ("•", "▪"). */
const LONE_MARK = new RegExp(`^\\s*${BULLET_MARKS}\\s*$`);

/** A tab's dot leader: four or more dots, middle dots or underscores, or two ellipses, between two phrases. */
const LEADER = /\u2026{2,}|[.\u2026\u00b7_]{4,}/;

/**
 * A phrase cut at a tab's dot leader ("Senior Business Analyst.......Feb 2020 – Present", Word's
 * right tab with dots): two phrases, as a tab without dots would give. Their places are shared out by
 * characters, the leader going to neither.
 */
function splitAtLeader(f: Fragment): Fragment[] {
  const m = LEADER.exec(f.text);
  if (!m) return [f];
  const before = f.text.slice(0, m.index).trimEnd();
  const after = f.text.slice(m.index + m[0].length).trimStart();
  if (before === '' && after === '') return [];
  if (before === '' || after === '') return [{ ...f, text: before || after }];
  const perChar = (f.x1 - f.x0) / f.text.length;
  return [
    { ...f, text: before, x1: f.x0 + before.length * perChar },
    ...splitAtLeader({ ...f, text: after, x0: f.x1 - after.length * perChar, apart: true }),
  ];
}

/** Whether `next`, written right after `text` with no gap, opens with a date while `text` ends a word. */
function startsWithDate(text: string, next: string): boolean {
  if (!/[\p{L}\p{N}.,)]$/u.test(text) || !/^[A-Za-z0-9]/.test(next)) return false;
  const first = findDates(next)[0];
  return first !== undefined && first.from === 0;
}

/** The most rows an entry's side cells span ("Berlin" / "Jan 2020 – Present" / "2 years 3 months"). */
const MAX_ENTRY_CELLS = 4;

/** The leftmost and rightmost x of the rows' fragments. */
function horizontalExtent(rows: readonly Row[]): [number, number] {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const r of rows)
    for (const f of r.fragments) {
      minX = Math.min(minX, f.x0);
      maxX = Math.max(maxX, f.x1);
    }
  return [minX, maxX];
}

/**
 * An entry table's side column: an entry's place, dates and duration printed as a small block beside
 * its first lines (RenderCV, many LaTeX classes), each cell on a baseline of the entry's text, but
 * written after it in the content stream. Read row by row, the dates land on a bullet ("• Built the
 * platform  Jan 2020 – Present"); read as a column, after the entry's bullets. Two to four such
 * cells, aligned, written one after another, right after the entry's own text (before the next
 * entry's), are the entry's header: they join its first row, whose text is no bullet.
 */
function liftEntryCells(rows: Row[]): Row[] {
  const byOrder = rows
    .flatMap((r, row) => r.fragments.map((f) => ({ f, row })))
    .sort((a, b) => a.f.order - b.f.order);
  const rank = new Map<Fragment, number>(byOrder.map((x, k) => [x.f, k]));
  const [minX, maxX] = horizontalExtent(rows);
  const middle = (minX + maxX) / 2;
  /** The row's side cell: its last fragment, short, in the right half, with text before it. */
  const cellOf = (r: Row | undefined) => {
    const f = r && r.fragments.length >= 2 ? r.fragments[r.fragments.length - 1]! : undefined;
    return f && f.x0 >= middle && f.text.length <= 40 ? f : undefined;
  };
  const aligned = (a: Fragment, b: Fragment) => Math.abs(a.x1 - b.x1) <= 2 || Math.abs(a.x0 - b.x0) <= 2;
  const out = rows.map((r) => ({ ...r, fragments: [...r.fragments] }));
  let i = 0;
  while (i < rows.length) {
    const first = cellOf(rows[i]);
    if (!first) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < rows.length) {
      const a = cellOf(rows[j])!;
      const b = cellOf(rows[j + 1]);
      if (!b || rank.get(b) !== rank.get(a)! + 1 || !aligned(first, b)) break;
      j++;
    }
    const size = j - i + 1;
    // Written right after the entry's own text: the fragment before the cells lies on the cells'
    // rows or below them, above the next row with a side cell (a column's cells follow the whole column).
    let next = j + 1;
    while (next < rows.length && !cellOf(rows[next])) next++;
    const before = byOrder[rank.get(first)! - 1];
    const lead = rows[i]!.fragments[0]!;
    if (
      size >= 2 &&
      size <= MAX_ENTRY_CELLS &&
      before !== undefined &&
      before.row >= i &&
      before.row < next &&
      !BULLET.test(lead.text)
    ) {
      const cells = rows.slice(i, j + 1).map((r) => r.fragments[r.fragments.length - 1]!);
      for (let k = i; k <= j; k++) out[k]!.fragments.pop();
      out[i]!.fragments.push({
        ...first,
        x0: Math.min(...cells.map((c) => c.x0)),
        x1: Math.max(...cells.map((c) => c.x1)),
        last: cells[cells.length - 1]!.last,
        text: cells.map((c) => c.text).join('\t'),
      });
    }
    i = j + 1;
  }
  return out;
}

/** Text a section label can be: a few words of letters, no figures, no sentence. */
const labelLike = (f: Fragment) =>
  f.text.length <= 32 && f.text.split(' ').length <= 4 && /^\p{L}[\p{L}&/,' -]*$/u.test(f.text);

/**
 * Section labels set in a left column beside their content, as many Word and LaTeX CV templates set
 * them: "CAREER HISTORY" on the row of the first job's title, "LICENSES &" / "CERTIFICATIONS" wrapped
 * beside the first two certifications. Read row by row, a label starts its content's first line and is
 * no heading. Each label becomes a line of its own, its wrapped parts joined, just above its content.
 * Only where the layout is plain: labels at one x with their content at another, every other row of
 * the stretch in the content column, and at least two labels that name a section.
 */
function liftSectionLabels(rows: Row[]): Row[] {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
  const candidates = rows.filter((r) => r.fragments.length >= 2 && labelLike(r.fragments[0]!));
  if (candidates.length < 2) return rows;
  // The label and content columns: the x pair most candidates share.
  let best: [number, number] | undefined;
  let most = 0;
  for (const c of candidates) {
    const xl = c.fragments[0]!.x0;
    const xc = c.fragments[1]!.x0;
    const n = candidates.filter((d) => near(d.fragments[0]!.x0, xl) && near(d.fragments[1]!.x0, xc)).length;
    if (n > most) [best, most] = [[xl, xc], n];
  }
  const [xl, xc] = best!;
  const isLabel = (r: Row) =>
    near(r.fragments[0]!.x0, xl) &&
    labelLike(r.fragments[0]!) &&
    r.fragments[0]!.x1 <= xc - 0.5 * r.fragments[0]!.size &&
    (r.fragments.length === 1 || near(r.fragments[1]!.x0, xc));
  const start = rows.findIndex((r) => r.fragments.length >= 2 && isLabel(r));
  // Labels and their wrapped parts: a label-only row continues the label just above it.
  const groups: Array<{ rows: number[]; text: string }> = [];
  let content = 0;
  for (let k = start; k < rows.length; k++) {
    const r = rows[k]!;
    const prev = groups.at(-1);
    const lastRow = prev ? rows[prev.rows.at(-1)!]! : undefined;
    const label = isLabel(r) ? r.fragments[0]! : undefined;
    if (label) {
      // A wrapped part sits a label's line spacing below the part above it; the next label further,
      // or as close when the label above names a section whole and this one has content of its own
      // (one-line sections: "EDUCATION" then "CERTIFICATIONS"). A word the narrow column cut
      // ("CERTIFICATIO" / "NS") is one word again when that names a section.
      const spaced = `${prev?.text} ${label.text}`;
      const glued = `${prev?.text}${label.text}`;
      const cut = prev !== undefined && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(label.text);
      const joined =
        cut && headingKind(spaced) === undefined && headingKind(glued) !== undefined ? glued : spaced;
      const wrapped =
        lastRow &&
        prev!.rows.at(-1) === k - 1 &&
        lastRow.y - r.y <= 2 * label.size &&
        !(
          headingKind(prev!.text) !== undefined &&
          r.fragments.length >= 2 &&
          headingKind(joined) === undefined
        );
      if (wrapped) {
        prev!.rows.push(k);
        prev!.text = joined;
      } else if (r.fragments.length >= 2) groups.push({ rows: [k], text: label.text });
      else return rows;
    } else if (r.fragments[0]!.x0 >= xc - 1.5) content++;
    else return rows;
  }
  const named = groups.filter((g) => headingKind(g.text) !== undefined).length;
  if (groups.length < 2 || named < 2 || content === 0) return rows;
  const out = rows.map((r) => ({ ...r, fragments: [...r.fragments] }));
  const lifted: Row[] = [];
  groups.forEach((g) => {
    const parts = g.rows.map((k) => out[k]!.fragments.shift()!);
    const first = parts[0]!;
    lifted[g.rows[0]!] = {
      y: rows[g.rows[0]!]!.y + 0.01,
      size: first.size,
      heads: true,
      fragments: [
        { ...first, x1: Math.max(...parts.map((f) => f.x1)), last: parts.at(-1)!.last, text: g.text },
      ],
    };
  });
  return out.flatMap((r, k) => [...(lifted[k] ? [lifted[k]!] : []), ...(r.fragments.length > 0 ? [r] : [])]);
}

/**
 * A justified line in a narrow column spreads its words wider than a word gap. Single words with
 * equal gaps under 4 em that run to the column's edge, or (under 8 em) to a box written apart beside
 * them (a title wrapping beside its dates), are one phrase; two words count only beside such a box. Chips
 * ("Go  Python  SQL") have equal gaps too, but stop short of the edge.
 */
function joinJustified(fragments: readonly Fragment[], edge: number): Fragment[] {
  const out: Fragment[] = [];
  let k = 0;
  while (k < fragments.length) {
    let end = k + 1;
    while (end < fragments.length && !fragments[end]!.apart) end++;
    const run = fragments.slice(k, end);
    const after = fragments[end];
    const x1 = run[run.length - 1]!.x1;
    const gaps = run.slice(1).map((f, i) => f.x0 - run[i]!.x1);
    const size = Math.max(...run.map((f) => f.size));
    const besideBox = after !== undefined && after.x0 - x1 <= 1.5;
    const justified =
      run.length >= 2 &&
      run.every((f) => !f.text.includes(' ')) &&
      Math.max(...gaps) < (besideBox ? 8 : 4) * size &&
      (run.length === 2
        ? besideBox
        : (besideBox || Math.abs(x1 - edge) <= 1.5) &&
          Math.max(...gaps) - Math.min(...gaps) <= Math.max(1, 0.05 * Math.max(...gaps)));
    if (justified)
      out.push({
        ...run[0]!,
        x1,
        size,
        last: run[run.length - 1]!.last,
        text: run.map((f) => f.text).join(' '),
      });
    else out.push(...run);
    k = end;
  }
  return out;
}

interface Band {
  /** Row indexes [from, to) of the band. */
  from: number;
  to: number;
  gutter: number;
}

/** Reads rows: full-width rows in order; a column band left column first, then right. */
function readRegion(
  rows: readonly Row[],
  pageWidth: number,
  column: 0 | 1 | 2,
  out: LaidOutLine[],
  depth = 0,
): void {
  const band = depth < MAX_BAND_DEPTH ? findBand(rows, pageWidth) : undefined;
  if (!band) {
    emitRows(rows, column, out);
    return;
  }
  // A side of a band may hold two columns of its own (a sidebar, a date rail and the main column
  // of a designer's three-column page): each side is read as a region, its lines keeping the side's
  // column.
  const sideOf = (k: 1 | 2): 1 | 2 => (column === 0 ? k : column);
  const readSide = (side: Row[], k: 1 | 2) => readRegion(side, pageWidth, sideOf(k), out, depth + 1);
  readRegion(rows.slice(0, band.from), pageWidth, column, out, depth);
  const left: Row[] = [];
  const right: Row[] = [];
  for (const row of rows.slice(band.from, band.to)) {
    const l = row.fragments.filter((f) => f.x1 <= band.gutter);
    const r = row.fragments.filter((f) => f.x0 >= band.gutter);
    // Each side keeps its own baseline and size: a row of the band joins both sides' rows.
    const side = (fragments: Fragment[]): Row => ({
      y: fragments[0]!.y,
      size: Math.max(...fragments.map((f) => f.size)),
      fragments,
    });
    if (l.length > 0) left.push(side(l));
    if (r.length > 0) right.push(side(r));
  }
  // A sidebar of headed sections beside a main column that opens with the name (LinkedIn's PDF:
  // Contact, Top Skills, Certifications beside the name and headline) is read after the main
  // column: the name and headline first, and each of the sidebar's sections still under its heading.
  if (namesFirst(left, right)) {
    readSide(right, 2);
    readSide(left, 1);
    readRegion(rows.slice(band.to), pageWidth, column, out, depth);
    return;
  }
  readSide(left, 1);
  const lastLeft = out.length - 1;
  readSide(right, 2);
  // A paragraph may go on from the foot of the left column to the head of the right one.
  const leftLine = out[lastLeft];
  const rightLine = out[lastLeft + 1];
  const joined =
    leftLine?.column === 1 && rightLine?.column === 2 ? continueAcross(leftLine, rightLine) : undefined;
  if (joined) out.splice(lastLeft, 2, joined);
  readRegion(rows.slice(band.to), pageWidth, column, out, depth);
}

/** How deep bands nest: a page of three columns is a band whose one side is a band again. */
const MAX_BAND_DEPTH = 2;

/** Whether the right column opens with the largest type of the band (a name) and the left with a heading. */
function namesFirst(left: readonly Row[], right: readonly Row[]): boolean {
  const top = right[0];
  const side = left[0];
  if (!top || !side || headingKind(side.fragments.map((f) => f.text).join(' ')) === undefined) return false;
  const largest = Math.max(...left.map((r) => r.size), ...right.slice(1).map((r) => r.size));
  return top.size >= 1.5 * largest && top.y >= side.y - 2 * side.size;
}

/**
 * The longest run of rows that a vertical gutter splits into two columns, if any.
 * A right-aligned date column is not a column: its rows are few, every one of them shares a
 * baseline with text on the left, and the author wrote them interleaved with that text.
 */
function findBand(rows: readonly Row[], pageWidth: number): Band | undefined {
  const [minX, maxX] = horizontalExtent(rows);
  const span = maxX - minX;
  if (!(span > 0)) return undefined;
  let best: (Band & { score: number }) | undefined;
  const step = Math.max(1, span / 200);
  for (let x = minX + 0.15 * span; x <= minX + 0.85 * span; x += step) {
    let from = 0;
    for (let k = 0; k <= rows.length; k++) {
      const crossed =
        k === rows.length ||
        rows[k]!.heads === true ||
        rows[k]!.fragments.some((f) => f.x0 < x && f.x1 > x) ||
        (k > 0 && k === from && wrappedTail(rows[k - 1]!, rows[k]!));
      if (!crossed) continue;
      if (k - from >= 4) {
        const score = bandScore(rows, from, k, x);
        if (score > 0 && (!best || score > best.score)) best = { from, to: k, gutter: x, score };
      }
      from = k + 1;
    }
  }
  if (!best) return undefined;
  const { from, gutter } = best;
  const to = headedTail(rows, from, best.to, gutter);
  if (to - from < 2) return undefined;
  // Centre the gutter in the empty space around it.
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

/**
 * Whether `row` is the last line of the paragraph on `above`, wrapped below it: one piece, starting
 * where the paragraph starts, in lowercase, a line's gap down ("…into the tech" / "space."). It goes
 * with the paragraph, not with a column below it.
 */
function wrappedTail(above: Row, row: Row): boolean {
  const [piece] = row.fragments;
  const start = above.fragments[0];
  return (
    row.fragments.length === 1 &&
    piece !== undefined &&
    start !== undefined &&
    Math.abs(piece.x0 - start.x0) <= 1.5 &&
    above.y - row.y <= 1.6 * Math.max(row.size, above.size) &&
    /^\p{Ll}/u.test(piece.text)
  );
}

/**
 * Where a band ends when its last rows are a section of one side alone, headed and lower than all
 * of the other side: they follow the band rather than sit in one of its columns. A contact block
 * beside the name leaves no text across the gutter on the row of the heading after it ("SUMMARY"),
 * which would otherwise be read in the name's column, before the contact lines.
 */
function headedTail(rows: readonly Row[], from: number, to: number, gutter: number): number {
  const side = (r: Row) => {
    const left = r.fragments.some((f) => f.x1 <= gutter);
    const right = r.fragments.some((f) => f.x0 >= gutter);
    return left && right ? 0 : left ? 1 : 2;
  };
  let lowest1 = Number.POSITIVE_INFINITY;
  let lowest2 = Number.POSITIVE_INFINITY;
  for (let k = from; k < to; k++) {
    const s = side(rows[k]!);
    if (s !== 2) lowest1 = Math.min(lowest1, rows[k]!.y);
    if (s !== 1) lowest2 = Math.min(lowest2, rows[k]!.y);
  }
  // The tail: rows of the last row's side alone, all below the other side's lowest row.
  const tail = side(rows[to - 1]!);
  if (tail === 0) return to;
  const floor = tail === 1 ? lowest2 : lowest1;
  let cut = to;
  for (let k = to - 1; k > from && side(rows[k]!) === tail && rows[k]!.y < floor; k--)
    if (headingKind(rows[k]!.fragments.map((f) => f.text).join(' ')) !== undefined) cut = k;
  return cut;
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
  // A table's date column ("Jun 2023 –" / "Present" beside a job's title and its bullets) is no
  // column of its own: each cell belongs to the row it sits on, whichever side is taller. (Read last:
  // only a band the tests above would take pays for reading its dates.)
  if (datesAlone(fragments.filter((f) => f.x1 <= x)) || datesAlone(fragments.filter((f) => f.x0 >= x)))
    return 0;
  // Nor is a gutter between a rail of dates and the entries they date ("OCT 2024 / – / PRESENT"
  // beside a job, right of a sidebar): the dates go with the entries, not with the sidebar.
  if (dateRailAt(fragments.filter((f) => f.x1 <= x))) return 0;
  return to - from + Math.min(leftRows, rightRows);
}

/**
 * Whether a side's text, headings aside, is dates alone: two cells or more, each of dates or a piece of
 * one a narrow column wrapped ("Septembe" / "r 2020 –").
 */
function datesAlone(side: readonly Fragment[]): boolean {
  const cells = side.filter((f) => headingKind(f.text) === undefined && !DASH.test(f.text));
  return cells.length >= 2 && cells.every((f) => isDatePiece(f.text));
}

/**
 * Whether a side ends in a rail of dates: its rightmost cells start at one x (a timeline's column of
 * "OCT 2024", "–", "PRESENT"), two or more of them dates, all of them dates or dashes, clear of the
 * side's other text; headings aside.
 */
function dateRailAt(all: readonly Fragment[]): boolean {
  const side = all.filter((f) => headingKind(f.text) === undefined);
  if (side.length < 4) return false;
  const lane = Math.max(...side.map((f) => f.x0));
  const rail = side.filter((f) => f.x0 >= lane - 2);
  if (rail.length < 2 || rail.length === side.length) return false;
  const dates = rail.filter((f) => isDatePiece(f.text.trim())).length;
  if (dates < 2 || !rail.every((f) => isDatePiece(f.text.trim()) || DASH.test(f.text))) return false;
  return side.every((f) => f.x0 >= lane - 2 || f.x1 < lane - 2);
}

/** A dash alone: the middle of a date range a rail of dates writes on three rows. */
const DASH = /^\s*[–—-]\s*$/;

/** Whether a letter-spaced run, joined, is a date or the start of one. */
const joinsToDate = (text: string) => isDateCell(text) || unfinishedDate(text);

const isDatePiece = (text: string) =>
  isDateCell(text) || unfinishedDate(text) || isDateCell(text.replace(/^\p{Ll}{1,3}\s+/u, ''));

/** Rows of one column → lines; a paragraph's wrapped lines become one line. */
function emitRows(written: readonly Row[], column: 0 | 1 | 2, out: LaidOutLine[]): void {
  if (written.length === 0) return;
  const geometry = columnGeometry(written);
  const rows = joinSpacedRuns(
    completeWrappedDates(
      written.map((r) => ({ ...r, fragments: joinJustified(r.fragments, geometry.edge) })),
    ),
    geometry,
  );
  // The cells of the line last written, as joined so far: a row may continue each of them. The
  // row before continued `owners[k]` with its fragment k (a cell's second row may go on in a third).
  let line: Wrapped = { cells: [], owners: [], rows: 0 };
  let previous: Row | undefined;
  // The kind of the heading the rows are under, in this column.
  let under: SectionKind | undefined;
  rows.forEach((row, k) => {
    const last = out[out.length - 1];
    const joined =
      previous && last && last.column === column
        ? wrapInto(line, previous, row, geometry, rows[k + 1], under === 'certifications')
        : undefined;
    if (row.fragments.length === 1) under = headingKind(row.fragments[0]!.text) ?? under;
    if (joined && last) {
      line = joined;
      last.text = line.cells.map((c) => c.text).join('\t');
      const joins = lineJoins(line.cells);
      if (joins.length > 0) last.joins = joins;
    } else {
      line = { cells: row.fragments.map((f) => ({ ...f })), owners: row.fragments.map((_, k) => k), rows: 1 };
      out.push({ text: line.cells.map((c) => c.text).join('\t'), column });
    }
    previous = row;
  });
}

/**
 * "JUN 2022" over "PRESENT" or over "MAY 2024", a rail's start and end with no dash between: the
 * range they write ("JUN 2022 – PRESENT"), when the first names its month and the end does not
 * come before it; undefined otherwise.
 */
function undashedRange(start: string, end: string): string | undefined {
  const text = `${start.trim()} – ${end.trim()}`;
  const range = findDateRange(text);
  if (!range?.start || range.from !== 0 || range.to < text.length - 1 || !/\p{L}{3}/u.test(start))
    return undefined;
  const from = range.start.year * 12 + (range.start.month ?? 1);
  const to =
    range.end === 'present' ? Number.POSITIVE_INFINITY : range.end.year * 12 + (range.end.month ?? 12);
  return to >= from ? text : undefined;
}

/**
 * A narrow date column wraps its dates ("2017 –" / "Present", resume-matcher's LaTeX template; "Sep" /
 * "2020 –" / "Present" in a Word table's narrow cell; "Septembe" / "r 2020 –"): the pieces land on the
 * rows of the entry's text, between its bullets, and would open lines of their own. A date cell that
 * stops before its date does (unfinishedDate), first or last on a row with text beside it, takes the
 * pieces under it: each the first (or last) cell of a row below, within the column and left (or right)
 * of the text beside the date, at most 1.7 times the type's size below the piece before; rows of the
 * text column between them are passed over. The rest of each row stays where it is.
 */
function completeWrappedDates(rows: Row[]): Row[] {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row.fragments.length === 0) continue;
    // A date alone on its row opens a timeline's rail ("OCT 2024" / "–" / "PRESENT" left of a job
    // whose rows fall between them): its pieces are joined as a left-hand date's are.
    const alone = row.fragments.length === 1;
    for (const side of alone ? (['left'] as const) : (['left', 'right'] as const)) {
      const at = side === 'left' ? 0 : row.fragments.length - 1;
      const date = row.fragments[at]!;
      const beside = alone ? undefined : row.fragments[side === 'left' ? 1 : at - 1]!;
      // A rail's first piece is a whole date ("OCT 2024"), its dash and end on the rows below.
      const opensRail = side === 'left' && isDateCell(date.text);
      if (!unfinishedDate(date.text) && !opensRail) continue;
      let cell = { text: date.text, x0: date.x0, x1: date.x1, last: date.last };
      let y = row.y;
      for (
        let j = k + 1;
        j < rows.length && (unfinishedDate(cell.text) || (opensRail && cell.text === date.text));
        j++
      ) {
        const next = rows[j]!;
        if (next.fragments.length === 0) continue;
        const piece = side === 'left' ? next.fragments[0]! : next.fragments[next.fragments.length - 1]!;
        if (y - next.y > 1.7 * Math.max(date.size, piece.size)) break;
        // A typesetter that ran out of room puts the end of a right-hand date at the start of the next
        // line ("… Life and Pensions⇥2015 –" over "2020"): the whole row is that end.
        const text = joinDatePieces(cell.text, piece.text);
        const wrapped =
          side === 'right' &&
          j === k + 1 &&
          next.fragments.length === 1 &&
          Math.abs(piece.x0 - row.fragments[0]!.x0) <= 2 &&
          isDateCell(text);
        if (wrapped) {
          cell = { ...cell, text, last: piece.last };
          next.fragments.pop();
          break;
        }
        // A row of the text column, between two pieces of the date.
        if (side === 'left' ? piece.x0 >= cell.x1 : piece.x1 <= cell.x0) continue;
        // A whole date goes on only with a dash: "2023" over "2022" is a column of single years. A
        // month and its year over a later one, or over "Present", is a rail that writes no dash
        // ("JUN 2022" / "PRESENT").
        const undashed =
          opensRail && cell.text === date.text ? undashedRange(date.text, piece.text) : undefined;
        if (!unfinishedDate(cell.text) && !/^[–—-]/.test(piece.text.trim()) && !undashed) break;
        const under =
          side === 'left'
            ? piece.x1 <= (beside?.x0 ?? Number.POSITIVE_INFINITY) &&
              piece.x0 <= cell.x1 &&
              piece.x1 >= cell.x0
            : piece.x0 >= (beside?.x1 ?? Number.NEGATIVE_INFINITY) &&
              piece.x0 <= cell.x1 &&
              piece.x1 >= cell.x0;
        if (!under || !isDateCell(undashed ?? text)) break;
        cell = {
          text: undashed ?? text,
          x0: Math.min(cell.x0, piece.x0),
          x1: Math.max(cell.x1, piece.x1),
          last: piece.last,
        };
        y = next.y;
        if (side === 'left') next.fragments.shift();
        else next.fragments.pop();
      }
      if (cell.text !== date.text) row.fragments[at] = { ...date, ...cell };
    }
  }
  return rows.filter((r) => r.fragments.length > 0);
}

/** The widest run of spaces read as a space inside running text (four typed spaces are about 1.3 em). */
const MAX_TYPED_GAP_EM = 3;

/**
 * A paragraph with a run of spaces typed in it (text pasted from a web form: "requirements.    Proactively
 * managing…") is cut by the gap into two phrases on its row, and the row below, which goes on from the
 * row's end, would continue the first of them ("…fax." + "tickets, review…", or "…sales" + "2019" where
 * the text read "sales    January 2017-february 2019"). A row is one phrase again when its phrases were
 * written one after another (no box apart), are of one size and under 3 em apart, its last phrase runs
 * to where the column ends and names no date range, and the row below starts where the row starts and
 * goes on from its end: in lowercase, or after a comma, an ampersand or a lowercase word, with a first
 * word that would not have fitted. A title and its dates ("Release Manager   Jan 2020 – Present"), a
 * table's cells (written apart) and a label before its value keep their cells.
 */
function joinSpacedRuns(rows: Row[], geometry: ColumnGeometry): Row[] {
  for (let k = 0; k + 1 < rows.length; k++) {
    const row = rows[k]!;
    const fragments = row.fragments;
    const first = fragments[0];
    const last = fragments[fragments.length - 1];
    const next = rows[k + 1]!.fragments[0];
    if (!first || !last || !next || fragments.length < 2) continue;
    if (Math.abs(next.x0 - first.x0) > 1.5 || Math.abs(next.size - last.size) > 0.5) continue;
    const typed = fragments.every(
      (f, i) =>
        i === 0 ||
        (!f.apart &&
          Math.abs(f.size - first.size) <= 0.5 &&
          f.x0 - fragments[i - 1]!.x1 < MAX_TYPED_GAP_EM * Math.max(f.size, fragments[i - 1]!.size)),
    );
    if (!typed || findDates(last.text).some((d) => d.start !== undefined)) continue;
    if (row.y - rows[k + 1]!.y > loose(geometry, last.size)) continue;
    const goesOn = /^\p{Ll}/u.test(next.text) || /(?:[,&]|(?:^|\s)\p{Ll}\S*)$/u.test(last.text);
    const fits = firstWordFits(last.x1, next, edgeOf(geometry, first.x0), 1.5);
    if (!goesOn || fits || /[.!?:]$/.test(last.text)) continue;
    rows[k] = {
      ...row,
      fragments: [
        {
          ...first,
          x1: last.x1,
          last: last.last,
          text: fragments.map((f) => f.text).join(' '),
          breakHyphen: last.breakHyphen === true,
        },
      ],
    };
  }
  return rows;
}

/**
 * An email or web address opening a line ("ilse.varga@example.com", "linkedin.com/in/ilse"): lowercase,
 * but the head of a contact block, never the rest of a sentence. No ".net": "asp.net core services"
 * goes on a sentence far more often than a .net address opens a contact block.
 */
const CONTACT_HEAD =
  /^(?:[^\s@]+@|https?:\/\/|www\.|[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|org|io|me|dev)(?:\/|\s|$))/i;

/**
 * How many lines at the end of a laid-out page are a sidebar written after the main column of a band
 * (LinkedIn's PDF puts Contact, Top Skills and Certifications beside the first page's main column,
 * which then goes on at the head of the next page). Page marks after it are counted with it. 0 when
 * the page does not end with a band's second column, or when that column is the main one.
 */
export function sideColumnTail(page: readonly LaidOutLine[]): number {
  let end = page.length;
  while (end > 0 && (page[end - 1]!.text.trim() === '' || isPageMark(page[end - 1]!.text))) end--;
  const side = page[end - 1]?.column ?? 0;
  if (side === 0) return 0;
  let start = end;
  while (start > 0 && (page[start - 1]!.column === side || page[start - 1]!.text.trim() === '')) start--;
  // The other column came first on the page and holds the work history, the tail none of it: the
  // tail is a sidebar (a sidebar read first, beside a main column read last, is no tail). A sidebar
  // opens with a heading and holds short items (a contact, skill names); text flowing through two
  // columns of a page is no sidebar, its second column as long-lined as its first.
  const lines = (from: number, to: number, column: number) =>
    page.slice(from, to).filter((l) => l.column === column && l.text.trim() !== '');
  const other = page.slice(0, start).find((l) => l.column !== 0 && l.column !== side)?.column;
  if (other === undefined) return 0;
  const main = lines(0, start, other);
  const tail = lines(start, page.length, side);
  const meanLength = (ls: readonly LaidOutLine[]) => ls.reduce((n, l) => n + l.text.length, 0) / ls.length;
  const sidebar =
    tail.length > 0 &&
    headingKind(tail[0]!.text) !== undefined &&
    meanLength(tail) < 0.6 * meanLength(main) &&
    !tail.some((l) => headingKind(l.text) === 'experience') &&
    main.some((l) => headingKind(l.text) === 'experience');
  return sidebar ? page.length - start : 0;
}

/**
 * A paragraph broken by the foot of a column or a page ("…take on new problems that" / "require
 * innovative solutions."): the line after the break goes on from the one before when that one stops
 * mid-sentence (a word in lowercase, a comma, a word broken by a hyphen) and the next opens in lowercase.
 * A line of cells (a title and its dates) is no paragraph. Undefined when they are two lines.
 */
export function continueAcross(before: LaidOutLine, after: LaidOutLine): LaidOutLine | undefined {
  const a = before.text;
  const b = after.text;
  if (a.includes('\t') || b.includes('\t') || BULLET.test(b) || CONTACT_HEAD.test(b)) return undefined;
  // A lowercase word, not a name ("…Orrin Bank" above "facilitated…" may be a header over its text).
  if (!/(?:(?:^|\s)\p{Ll}\S*|\p{L}[-\u00AD\u2010]|,)$/u.test(a) || /[.!?:;]$/.test(a)) return undefined;
  if (!/^\p{Ll}/u.test(b)) return undefined;
  const wrap = joinWrapped(a, b, false);
  const shift = wrap.text.length - b.length;
  const joins = [
    ...(before.joins ?? []),
    ...(wrap.join ? [wrap.join] : []),
    ...(after.joins ?? []).map((j) => ({ ...j, at: j.at + shift })),
  ];
  return { text: wrap.text, column: before.column, ...(joins.length > 0 ? { joins } : {}) };
}

/** The joins of a line's cells, placed in the line's text (cells joined by tabs). */
function lineJoins(cells: readonly Fragment[]): Join[] {
  const out: Join[] = [];
  let offset = 0;
  for (const c of cells) {
    for (const j of c.joins ?? []) out.push({ at: offset + j.at, kind: j.kind });
    offset += c.text.length + 1;
  }
  return out;
}

interface ColumnGeometry {
  /** Where the column's lines end at the most (a wrapped line ends short of it by less than a word). */
  edge: number;
  /** Long single-phrase rows as [start, end]: lines starting where a line starts end where it may. */
  lines: ReadonlyArray<readonly [number, number]>;
  /** Baseline distances between consecutive rows of (nearly) one size: [size, distance]. */
  gaps: ReadonlyArray<readonly [number, number]>;
  /** Whether some rows of one size sit further apart than a paragraph's lines: items are spaced apart. */
  spaced: boolean;
  /** Where the widest one-phrase row ends: at most the column's edge, known even when no line wrapped. */
  widest: number;
  /**
   * Whether the column sets a heading of two words or in capitals alone on a row in the body's type,
   * the size of the rows around it (a text file printed): its one-word headings are set so too.
   */
  bodyHeadings: boolean;
}

function columnGeometry(rows: readonly Row[]): ColumnGeometry {
  // Only lines long enough to have wrapped tell where the column ends; a list of short items does not,
  // nor a line of one unbreakable run (an email address or a URL may overflow a narrow column).
  let edge = Number.NEGATIVE_INFINITY;
  let widest = Number.NEGATIVE_INFINITY;
  const lines: Array<[number, number]> = [];
  for (const r of rows) {
    const only = r.fragments.length === 1 ? r.fragments[0]! : undefined;
    if (!only || (only.text.length >= 20 && !only.text.includes(' '))) continue;
    widest = Math.max(widest, only.x1);
    if (only.text.length >= 20) {
      edge = Math.max(edge, only.x1);
      lines.push([only.x0, only.x1]);
    }
  }
  const gaps: Array<[number, number]> = [];
  // Items set apart by a margin of up to about an em (a list of degrees or certifications).
  const apart: Array<[number, number]> = [];
  for (let k = 1; k < rows.length; k++) {
    const a = rows[k - 1]!;
    const b = rows[k]!;
    const gap = a.y - b.y;
    if (Math.abs(a.size - b.size) > 0.6 || gap < 0.9 * a.size) continue;
    if (gap <= 1.7 * a.size) gaps.push([a.size, gap]);
    else if (gap <= 2.4 * a.size) apart.push([a.size, gap]);
  }
  const bodyHeadings = rows.some(
    (r, k) =>
      r.fragments.length === 1 &&
      isHeadingRow(r.fragments[0]!.text) &&
      [rows[k - 1], rows[k + 1]].every((o) => o !== undefined && Math.abs(o.size - r.size) <= 0.5),
  );
  const geometry = { edge, lines, gaps, spaced: false, widest, bodyHeadings };
  geometry.spaced = [...gaps, ...apart].some(([size, gap]) => gap > loose(geometry, size));
  return geometry;
}

/**
 * Where a line starting at x0 may end: the furthest end of the long lines that start there (bullets
 * beside a date column stop short of the column's edge), given three of them; else the column's edge.
 */
function edgeOf({ edge, lines }: Pick<ColumnGeometry, 'edge' | 'lines'>, x0: number): number {
  let n = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of lines)
    if (Math.abs(a - x0) <= 1) {
      n++;
      end = Math.max(end, b);
    }
  return n >= 3 ? end : edge;
}

/**
 * The largest baseline distance still within one paragraph of this size: the most common distance
 * between rows of that size (a paragraph's lines, or list items, which a wrapped line is no further
 * apart than), and a tenth more, as baselines wobble by a point in real PDFs.
 */
function loose({ gaps }: Pick<ColumnGeometry, 'gaps'>, size: number): number {
  const counts = new Map<number, number>();
  for (const [s, gap] of gaps)
    if (Math.abs(s - size) <= 0.6)
      counts.set(Math.round(gap * 2) / 2, (counts.get(Math.round(gap * 2) / 2) ?? 0) + 1);
  let pitch = Number.POSITIVE_INFINITY;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < pitch)) [pitch, most] = [gap, n];
  return pitch + Math.max(0.5, 0.1 * pitch);
}

/** A line ending in a word that needs the next one: "…the migration plan and". */
const CONNECTOR_END = /\b(?:and|or|of|in|for|to|with|the|a|an|on|by|&)$/i;

/** The smallest baseline distance between rows of this size in the column: its wrapped lines' at most. */
function tightest({ gaps }: Pick<ColumnGeometry, 'gaps'>, size: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (const [s, gap] of gaps) if (Math.abs(s - size) <= 0.6) least = Math.min(least, gap);
  return least;
}

/** A line that is a date range and nothing else but its length of time ("(3 years 10 months)"). */
function isDateLine(text: string): boolean {
  const range = findDateRange(text);
  if (range?.from !== 0 || range.start === undefined) return false;
  return !/\p{L}/u.test(text.slice(range.to).replace(/\(\s*\d[^)]*\)/g, ''));
}

/** A text ending in a year, bare or closing a bracket ("Scrum Alliance (2018)", "2016 – 2018"). */
const ENDS_WITH_YEAR = /(?<!\d)(?:19|20)\d\d[)\]]?$/;

/** A dash and a space: a bullet, or a separator ("University - Alexandria, VA") a wrap put at a row's head. */
const DASH_HEAD = /^[-–—]\s/;

/**
 * Whether a row opening with a dash and a space goes on from the line above instead of being a bullet:
 * the wrap fell before the separator of "Strayer University - Alexandria, VA". It does when the line is
 * no dash item itself (nor one of another mark the row is indented under), ends in no label or clause
 * mark, and the row after it opens with no dash where this one does (a list's items follow one
 * another). Whether the dash would have fitted is decided as for any wrap.
 */
function isWrappedDash(line: Wrapped, prev: Row, n: Fragment, after: Row | undefined): boolean {
  if (!DASH_HEAD.test(n.text) || prev.fragments.length !== 1 || line.cells.length !== 1) return false;
  // A dash item after a dash item is the next item; after an item of another mark ("• Tabletop exercises
  // … Canyon State Credit Union" / "- Phoenix, AZ"), only one indented under it (a sub-item) is.
  const head = line.cells[0]!;
  if (DASH_HEAD.test(head.text) || (BULLET.test(head.text) && n.x0 > head.x0 + 1)) return false;
  if (/[:;,]$/.test(prev.fragments[0]!.text)) return false;
  const below = after?.fragments[0];
  return !(below && Math.abs(below.x0 - n.x0) <= 1.5 && BULLET.test(below.text));
}

/**
 * Words that end a certification's name and seldom start one alone: "… Professional", "… Associate",
 * "… Data Engineer", "… Product Owner", "… Foundation".
 */
const NAME_END =
  /^(?:professional|associate|practitioner|foundation|fundamentals|essentials|certification|certificate|specialist|expert|master|scrummaster|owner|manager|engineer|developer|architect|administrator|analyst|agilist|consultant|tester|auditor|programmer|level|belt|coach|leader)$/i;
/** A level after a name: "PSM I", "Product Owner II", "Level 2". */
const LEVEL = /^(?:I{1,3}|IV|\d+)$/;
/** What closes a name: one of those words, a level, an acronym, a bracket. */
const closesName = (word: string) =>
  NAME_END.test(word) || LEVEL.test(word) || /^(?:\p{Lu}{2,6}\+?|.*\))$/u.test(word);

/**
 * Whether a short row `a` of a certifications list, in a column whose items are not spaced apart,
 * goes on in the row `b` below it: a certification's name wrapped in a narrow sidebar ("Project
 * Management" / "Professional (PMP)", "Epic Cadence" / "Certification"). It does when `b` is a
 * name's last word alone, or when `a` leaves its name open (no closing word, figure, acronym or
 * bracket at its end, or a joining word: "of", "&", "–") and `b` opens or ends with a word that ends names.
 */
function nameGoesOn(a: string, b: string): boolean {
  const bWords = b.split(/[\s/]+/).filter(Boolean);
  if (bWords.length === 1 && NAME_END.test(bWords[0]!)) return true;
  const last = a.split(/\s+/).at(-1)!;
  if (/^(?:of|in|for|and|&|to|on|with|the|[-–—/])$/i.test(last)) return true;
  if (closesName(last)) return false;
  // "Product Owner I", "Scrum Master II": a level after the word that ends the name.
  const ends = bWords.length > 1 && LEVEL.test(bWords.at(-1)!) ? bWords.at(-2)! : bWords.at(-1);
  return NAME_END.test(bWords[0] ?? '') || NAME_END.test(ends ?? '');
}

/** A line being written: its cells, the cell each fragment of its last row continued, its rows. */
interface Wrapped {
  cells: Fragment[];
  owners: number[];
  rows: number;
}

/**
 * An item closed by its year (a certification, a degree, a talk, a dated header) takes a row or two;
 * a line that has run over more rows and characters than that is a paragraph, whose rows wrap
 * wherever a year falls ("…Problem Solving — Familiar January 2019" / "Measures a candidate's…").
 */
const isItemSoFar = (line: Wrapped, cell: Fragment) => line.rows <= 2 || cell.text.length < 150;

/**
 * `cells` with `next` joined into them when `next` is their wrapped continuation, else undefined.
 * A cell wraps when the first word of its next line would not have fitted where it ended: against
 * the column's edge, or against the next cell for a title wrapping beside its dates.
 */
function wrapInto(
  line: Wrapped,
  prev: Row,
  next: Row,
  geometry: ColumnGeometry,
  after: Row | undefined,
  /** The rows are under a certifications heading, where a short row may be part of a long name. */
  certifications = false,
): Wrapped | undefined {
  const { spaced } = geometry;
  // A certifications list of short rows only (its long names all wrapped) ends no further left than
  // its widest row: a name's next word that would not fit there wrapped.
  const edge = Number.isFinite(geometry.edge) || !certifications ? geometry.edge : geometry.widest;
  if (line.owners.length !== prev.fragments.length || !Number.isFinite(edge)) return undefined;
  const gap = prev.y - next.y;
  const joined = line.cells.map((c) => ({ ...c }));
  const owners: number[] = [];
  for (const n of next.fragments) {
    if (BULLET.test(n.text) && !isWrappedDash(line, prev, n, after)) return undefined;
    // A row that is a section's heading alone ("Work Experience", "EDUCATION" under a headline that
    // filled the line, in a text file printed to PDF) opens its section: a heading set in the body's
    // type does not go on from the text above it. One word in Title Case may end a name ("Epic Cadence"
    // / "Certification", "Interpersonal" / "Skills"), and goes on, unless the column sets its other
    // headings in the body's type too.
    if (!certifications && next.fragments.length === 1 && isHeadingRow(n.text, geometry.bodyHeadings))
      return undefined;
    // The cell this line continues: the one it starts under (or right of, a hanging indent).
    let k = prev.fragments.findIndex(
      (p, i) => n.x0 >= p.x0 - 1 && n.x0 < (prev.fragments[i + 1]?.x0 ?? Number.POSITIVE_INFINITY) - 1,
    );
    // A text file printed keeps an item's indent on its first line only: "  - Owning the backlog
    // for one Scrum team and shared" / "backlog items with the data team" goes on at the margin, left of
    // where its line started. In lowercase after a line that filled the column, it is the same item.
    if (k < 0 && prev.fragments.length === 1 && outdentedGoesOn(prev.fragments[0]!, n, geometry.edge)) k = 0;
    const p = prev.fragments[k];
    if (!p || (prev.fragments.length > 1 && Math.abs(n.x0 - p.x0) > 1.5)) return undefined;
    // A row indented under a shorter line, reaching further right than that line stopped, is the first
    // item of a list under it (a web page's bullets lost in print: "Kanban Freight Pty Ltd, Melbourne"
    // / "   Ran trade-show stands, monthly EDMs…"): the line above stopped short by choice, not for
    // want of room. A bullet's or a number's text wraps under its words, right of the mark.
    if (n.x0 > p.x0 + 0.5 * p.size && n.x1 > p.x1 + p.size && !BULLET.test(p.text) && !NUMBERED.test(p.text))
      return undefined;
    // The text continued and its continuation are of one size, a paragraph's line spacing apart (a
    // larger cell beside it, "2017 –" in a date column, does not count).
    if (Math.abs(p.size - n.size) > 0.5) return undefined;
    if (gap > 1.7 * p.size || gap > loose(geometry, p.size)) return undefined;
    // Where the column's wrapped lines sit closer than its rows usually do (LinkedIn's sidebar: one
    // item a row, a long one wrapped tighter), a row at the wider distance is the next item.
    // A line that plainly goes on (in lowercase, or after "and") still wraps.
    if (gap > 1.25 * tightest(geometry, p.size) && !/^\p{Ll}/u.test(n.text) && !CONNECTOR_END.test(p.text))
      return undefined;
    // A sentence's end is no wrap, nor an item closed by its year ("…, Google Cloud (2023)") before
    // a capital or a figure: the next line is the next item, however long its first word.
    if (/[.!?]$/.test(p.text)) return undefined;
    // Nor is a line that ends on a heading run into it by a lost line break ("EXCEL- Experience - 6
    // monthsCompany Details" / "company - Acme Ltd"): its section starts on the next line.
    if (gluedHeadingKind(p.text)) return undefined;
    // Nor is a line of dates alone ("January 2021 to Present", "March 2023 - Present (3 years)") under
    // a line that stops well short of the column's edge: an entry's header line of its own under its
    // employer, not a header's dates pushed to the next line by a long title.
    if (p.x1 < edge - 0.25 * (edge - p.x0) && isDateLine(n.text)) return undefined;
    if (
      ENDS_WITH_YEAR.test(p.text) &&
      /^[\p{Lu}\d]/u.test(n.text) &&
      isItemSoFar(line, line.cells[line.owners[k]!]!)
    )
      return undefined;
    // A colon ends a label ("Skills:") unless it only ends a name wrapped in a narrow column
    // ("HashiCorp Certified:" / "Terraform Associate" among items spaced apart, or in lowercase).
    const colon = p.text.endsWith(':');
    if (colon && !spaced && !/^\p{Ll}/u.test(n.text) && !(certifications && nameGoesOn(p.text, n.text)))
      return undefined;
    // A word broken by a hyphen goes on, however much room its line had left (a title in a table
    // cell narrower than the row: "…Trillion-Parameter Mod-" / "els").
    const broken = /\p{L}[-\u00AD\u2010]$/u.test(p.text) && /^\p{Ll}/u.test(n.text);
    // A cell beside another ends a gutter short of it: phrases closer than 1.2 em are one phrase,
    // and a title box beside its dates leaves about an em ("…, Mactan Logistics" / "Technology").
    const beside = prev.fragments[k + 1];
    const bound = beside ? beside.x0 - p.size : edgeOf({ edge, lines: geometry.lines }, p.x0);
    // Room for the word, its space and half a character to spare (widths are estimated): no wrap. A
    // line going on in lowercase needs only to end near the edge, which a wider line may overstate.
    const fits = firstWordFits(p.x1, n, bound, 1.5);
    const goesOn = /^\p{Ll}/u.test(n.text) && p.x1 >= bound - 0.15 * (bound - p.x0);
    if (fits && (colon || (!goesOn && !broken))) return undefined;
    // A short line wrapped only where items are spaced apart (the gap says it is no new item), or
    // when the next line plainly goes on ("in" | "economics").
    if (
      p.text.length < 20 &&
      prev.fragments.length === 1 &&
      !spaced &&
      !/^[a-z]/.test(n.text) &&
      !broken &&
      !n.text.startsWith('(') &&
      !(certifications && nameGoesOn(p.text, n.text))
    )
      return undefined;
    const owner = line.owners[k]!;
    const cell = joined[owner]!;
    const wrap = joinWrapped(cell.text, n.text, p.breakHyphen === true);
    joined[owner] = {
      ...cell,
      text: wrap.text,
      x1: n.x1,
      breakHyphen: n.breakHyphen === true,
      ...(wrap.join ? { joins: [...(cell.joins ?? []), wrap.join] } : {}),
    };
    owners.push(owner);
  }
  return { cells: joined, owners, rows: line.rows + 1 };
}

/**
 * A row that is a section's heading: of two words or more or in capitals ("Work Experience", "SKILLS"),
 * or, with `oneWord`, a single word in Title Case ("Education").
 */
function isHeadingRow(text: string, oneWord = false): boolean {
  if (!/^\p{Lu}/u.test(text) || headingKind(text) === undefined) return false;
  return oneWord || /\p{L}\s+\p{L}/u.test(text) || !/\p{Ll}/u.test(text);
}

/**
 * Whether `n`, starting left of the line `p` above it, goes on from it: `n` opens in lowercase, and
 * its first word would not have fitted after `p` before the column's edge.
 */
function outdentedGoesOn(p: Fragment, n: Fragment, edge: number): boolean {
  if (n.x0 >= p.x0 || !/^\p{Ll}/u.test(n.text) || !Number.isFinite(edge)) return false;
  return !firstWordFits(p.x1, n, edge, 1);
}

/**
 * Whether the first word of `next`, its space and `spare` characters more (widths are estimated from
 * `next`'s own characters), would have fitted between `end` and `bound`.
 */
function firstWordFits(end: number, next: Fragment, bound: number, spare: number): boolean {
  const word = next.text.split(' ')[0]!;
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  return end + (word.length + spare) * charWidth <= bound;
}

/**
 * Two wrapped lines as one. A soft hyphen, or one drawn apart from its word, was put there by a line
 * breaker: the word is whole again. A typographic hyphen (U+2010, what Chromium prints for both) before
 * a lowercase letter too. An ASCII hyphen may be the author's ("cloud-" + "native") or TeX's ("Devel-" +
 * "oping"): it stays, and the join is returned for the document to decide, as is the space between two
 * lines that may have lost their hyphen to a font that maps it to a soft hyphen (pdf.js drops those).
 */
function joinWrapped(a: string, b: string, breakHyphen: boolean): { text: string; join?: Join } {
  // The end of a long paragraph is read, not the whole of it.
  const end = a.slice(-2);
  if (/^\p{L}[-\u00AD\u2010]$/u.test(end) && /^\p{L}/u.test(b)) {
    if (breakHyphen || a.endsWith('\u00AD') || (a.endsWith('\u2010') && /^\p{Ll}/u.test(b)))
      return { text: a.slice(0, -1) + b };
    return { text: a + b, join: { at: a.length - 1, kind: 'hyphen' } };
  }
  if (/\p{L}$/u.test(end) && /^\p{Ll}/u.test(b))
    return { text: `${a} ${b}`, join: { at: a.length, kind: 'space' } };
  return { text: `${a} ${b}` };
}
