import type { QuoteSpan } from '../extract/types.ts';

/** Tiny styling helpers shared by the text renderers; color is opt-in. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const ANSI: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  red: wrap(31, 39),
};

const id = (s: string) => s;
export const PLAIN: Style = { bold: id, dim: id, green: id, yellow: id, red: id };

export function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

export function padStart(s: string, width: number): string {
  return s.length >= width ? s : ' '.repeat(width - s.length) + s;
}

/** A share (0–1) as a whole percentage: 0.8 → "80%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Shortens to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Shortens a quote to `max` characters so that the words that matched (`match`, offsets into `s`)
 * stay in view: when they fall past the cut, the quote starts a few words before them, after an
 * ellipsis ("…April 2014 Maintain contact with current, new, and prospective clients through…").
 * Every piece shown is verbatim; without a span, or when the span fits at the start, this is clip.
 */
export function clipAround(s: string, match: QuoteSpan | undefined, max: number): string {
  if (s.length <= max) return s;
  if (!match || match.end <= max - 1 || match.start >= s.length) return clip(s, max);
  // A few words before the match, so that it reads as part of its sentence; more when the quote ends
  // soon after it, so that the room is used.
  let from = Math.max(0, Math.min(match.start - Math.min(24, Math.floor(max / 5)), s.length - (max - 1)));
  while (from > 0 && from < match.start && !/\s/.test(s[from - 1]!)) from++;
  const rest = s.slice(from).trimStart();
  if (rest.length <= max - 1) return `…${rest}`;
  return `…${clipAtWord(rest, max - 1)}`;
}

/** clip, ending after a whole word when one ends within the last 16 characters. */
function clipAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  if (cut >= max - 16) return `${s.slice(0, cut).trimEnd()}…`;
  return clip(s, max);
}

/**
 * Wraps prose to a width, indenting continuation lines. `lead` is how many more characters the
 * first line has in front of the text than the continuation lines have ("+ Release knowledge: "
 * against the indent), so that the first line ends where the others do.
 */
export function wrapText(s: string, width: number, indent: string, lead = 0): string {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const room = out.length === 0 ? width - lead : width;
    if (line.length > 0 && line.length + 1 + word.length > room) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

/** The width of the terminal text: no line of it passes this many characters. */
export const TERMINAL_WIDTH = 100;

/**
 * `text` after `lead`, wrapped so that no line passes TERMINAL_WIDTH, its continuation lines after
 * `indent`: `wrapAt(sentence, '', '  ')` for a sentence at the margin, `wrapAt(item, '  - ', '    ')`
 * for a list item.
 */
export function wrapAt(text: string, lead: string, indent: string): string {
  return `${lead}${wrapText(text, TERMINAL_WIDTH - indent.length, indent, lead.length - indent.length)}`;
}

/**
 * `head`, then `tail` (painted, say dimmed) on the same line when both fit in `width` characters, or on
 * the next line after `indent` when they do not: "1. Stakeholder management (missing, 6.0 of 6.0 …)".
 */
export function headThenTail(
  head: string,
  tail: string,
  width: number,
  indent: string,
  paint: (s: string) => string = (s) => s,
): string[] {
  if (head.length + 1 + tail.length <= width) return [`${head} ${paint(tail)}`];
  return [head, `${indent}${paint(wrapText(tail, width - indent.length, indent))}`];
}

/**
 * Text from a resume or posting, inert in Markdown: no HTML (`<script>`, `<img onerror=…>`) and
 * no link or image syntax reaches a viewer that renders the export. Backslashes are escaped first
 * so that none can undo an escape added here.
 */
export function mdText(s: string): string {
  return s
    .replace(/[\\[\]`]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markdown table cell from any text: inert (see mdText), no pipes, no line breaks. */
export function cell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * A count with thousands separators, as n.toLocaleString('en-US') writes it ("1,234"), without
 * starting the ICU number formatter (about 30 ms on the first call of a process).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = n < 0 ? '-' : '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * A label set inside a sentence ("From QA / test engineer to …"): a capitalised word loses its
 * capital, an acronym or a word with capitals inside ("QA", "IT", "DevOps") keeps its letters.
 */
export function midSentence(label: string): string {
  return label.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
}
