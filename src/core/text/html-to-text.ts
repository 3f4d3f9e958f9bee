// HTML → text for every caller: HTML resumes and Word documents (through mammoth's HTML), job
// board and JSON-LD descriptions, and pages given to the posting audit. One pass over the markup
// with a stack of its own (no recursion, no parser library), so a page of any nesting or any run of
// unclosed tags is read in time linear in its length, in Node and in the browser alike.

/** Named character references: the Latin-1 set and the typographic ones postings and resumes use. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  hellip: '…',
  trade: '™',
  reg: '®',
  copy: '©',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  prime: '′',
  larr: '←',
  rarr: '→',
  harr: '↔',
  check: '✓',
  shy: '\u00ad',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwj: '\u200d',
  zwnj: '\u200c',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  szlig: 'ß',
  oelig: 'œ',
  OElig: 'Œ',
  scaron: 'š',
  Scaron: 'Š',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};
// Accented letters: &eacute; &Uuml; &ccedil; … for the vowels and letters Latin-1 has them for.
const ACCENTS: Record<string, [string, string]> = {
  grave: ['aeiouAEIOU', 'àèìòùÀÈÌÒÙ'],
  acute: ['aeiouyAEIOUY', 'áéíóúýÁÉÍÓÚÝ'],
  circ: ['aeiouAEIOU', 'âêîôûÂÊÎÔÛ'],
  tilde: ['anoANO', 'ãñõÃÑÕ'],
  uml: ['aeiouAEIOU', 'äëïöüÄËÏÖÜ'],
  ring: ['aA', 'åÅ'],
  cedil: ['cC', 'çÇ'],
  slash: ['oO', 'øØ'],
};
for (const [accent, [bases, letters]] of Object.entries(ACCENTS))
  for (let k = 0; k < bases.length; k++) ENTITIES[`${bases[k]}${accent}`] = letters[k]!;
Object.assign(ENTITIES, { aelig: 'æ', AElig: 'Æ', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ' });

/** A numeric reference's character; U+FFFD for a code point no string can hold. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
    ? String.fromCodePoint(n)
    : '\ufffd';
}

/** Decodes named (as listed above, case as written, else lowercased) and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z][a-z0-9]{1,9});/gi, (whole, body: string) => {
    if (body[0] === '#')
      return codePoint(
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** `s` with ASCII capitals lowered and nothing else changed, so offsets stay valid. */
export const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * The first `needle` at or after a position, for positions that only grow: each search starts
 * where the last one ended, so a whole page costs one pass per needle.
 */
export function forwardFinder(text: string, needle: string): (from: number) => number {
  let searchedFrom = 0;
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && from >= searchedFrom)) return found;
    searchedFrom = from;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** Elements that break lines before and after them. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'blockquote',
  'center',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'pre',
  'hr',
  'br',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'legend',
  'body',
  'html',
]);
/** Elements whose content is code, not text: read to their closing tag without looking inside. */
const RAW_TEXT = ['script', 'style'];
/** Elements whose content is no text of the page: metadata, icons, embedded frames, controls. */
const HIDDEN = new Set(['noscript', 'template', 'title', 'svg', 'iframe', 'object', 'button', 'select']);

/** Lines being gathered: the page's, or one table cell's. */
interface Gathered {
  lines: string[];
  current: string;
}

/** An open table, row or cell; a row keeps the gatherer its line goes to, a cell the row it is in. */
type Open =
  | { kind: 'table' }
  | { kind: 'row'; cells: string[][]; outer: Gathered }
  | { kind: 'cell'; row: string[][]; outer: Gathered };

const BULLET = '• ';
/** More lines than this in one cell make its row a layout of columns. */
const LAYOUT_CELL_LINES = 5;
/** A line this long is a paragraph of prose, not a value. */
const PROSE_LINE = 100;
const isLayoutCell = (lines: readonly string[]) =>
  lines.length > LAYOUT_CELL_LINES ||
  lines.some((l) => l.startsWith(BULLET)) ||
  (lines.length > 1 && lines.some((l) => l.length > PROSE_LINE));
/**
 * A row of two cells, one only the dates and the other a role's title with what was done below it
 * (a Word resume's date column, left or right): the title's line with the dates beside it, as the page
 * shows them, then the rest of the role. Read cell after cell, the dates of a right column went to the
 * next role, and those of a left column made a role of their own.
 */
function datedEntry(
  cells: readonly string[][],
  isDateCell?: (cell: string) => boolean,
): string[] | undefined {
  if (!isDateCell || cells.length !== 2) return undefined;
  const [a, b] = cells as [string[], string[]];
  const dateSide =
    a.length <= 2 && isDateCell(a.join(' ')) ? 0 : b.length <= 2 && isDateCell(b.join(' ')) ? 1 : -1;
  if (dateSide < 0) return undefined;
  const dates = (dateSide === 0 ? a : b).join(' ');
  const entry = dateSide === 0 ? b : a;
  if (entry.length < 2 || isDateCell(entry[0]!)) return undefined;
  const head = dateSide === 0 ? `${dates} | ${entry[0]}` : `${entry[0]} | ${dates}`;
  return [head, ...entry.slice(1)];
}

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;

export interface HtmlTextOptions {
  /**
   * What a line break in the text itself is: "space", as in a page or a document (pandoc and hand
   * written HTML wrap paragraphs anywhere); "break" for text typed into a form that HTML was added to
   * (job boards and HN posts mix their own line breaks with <p>: "looking for:\n* Engineer\n* Designer").
   */
  newlines?: 'space' | 'break';
  /**
   * Whether a table cell's text is a section heading set beside its content ("Education" in the left
   * cell, the degree in the right): such a row is a layout, the heading a line of its own.
   */
  isSideHeading?: (cell: string) => boolean;
  /**
   * Whether a table cell holds only dates ("Mar 2021 – Present"): beside a cell of a role's title
   * and bullets, a row of a layout whose dates go with that title, on its line.
   */
  isDateCell?: (cell: string) => boolean;
  /**
   * Whether a tab is the author's (a Word document's right tab before the dates, "Senior TPM⇥Jan 2022 –
   * Present"), kept as one, where in HTML written by hand it is only the source's indentation.
   */
  tabs?: boolean;
}

const SOFT_HYPHEN_IN_WORD = /(\p{L})\u00ad(?=\p{L})/gu;

/**
 * HTML → lines: one per block, list item ("• Led releases") or table row (cells joined by " | ",
 * a cell's own lines by " ; "; a table inside a cell adds its cells to the row; a row with a cell of
 * more than five lines, of a list, or of prose below another line, is a layout of columns, each cell's
 * lines kept, cell after cell). Scripts, styles,
 * comments and hidden elements (title, svg, buttons, …) are left out; character references are
 * decoded, soft hyphens inside words dropped and runs of spaces made one. A `<` that opens no tag, or a tag that never closes, is text.
 */
export function htmlToLines(html: string, options: HtmlTextOptions = {}): string[] {
  const breakText = options.newlines === 'break';
  const lower = asciiLower(html);
  const nextGt = forwardFinder(lower, '>');
  const nextCommentEnd = forwardFinder(html, '-->');
  const closers = new Map<string, (from: number) => number>();
  const closerOf = (name: string) => {
    let f = closers.get(name);
    if (!f) {
      f = forwardFinder(lower, `</${name}`);
      closers.set(name, f);
    }
    return f;
  };
  let into: Gathered = { lines: [], current: '' };
  const flush = () => {
    // A soft hyphen in a word (&shy;, Word's optional hyphen) shows only where a line wraps, which text does not.
    const text = into.current.replace(SOFT_HYPHEN_IN_WORD, '$1');
    // A run of white space is one space, or one tab where the run holds the author's tab.
    const t = text.replace(/\s+/g, (run) => (options.tabs && run.includes('\t') ? '\t' : ' ')).trim();
    if (t.length > 0 && t !== BULLET.trim()) into.lines.push(t);
    into.current = '';
  };
  const open: Open[] = [];
  const hidden = new Map<string, number>();
  let hiddenDepth = 0;
  let preDepth = 0;

  const closeCell = () => {
    const cell = open.pop() as Extract<Open, { kind: 'cell' }>;
    flush();
    if (into.lines.length > 0) cell.row.push(into.lines);
    into = cell.outer;
  };
  const closeRow = () => {
    if (open[open.length - 1]?.kind === 'cell') closeCell();
    const row = open.pop() as Extract<Open, { kind: 'row' }>;
    flush();
    // A cell of many lines is a column of the page's layout (a Word template's sidebar and main
    // column), not a value of a table: its lines stay lines, cell after cell. So is a cell that holds
    // a list, or a paragraph of prose below another line (a role's title and what was done, beside
    // its dates in a column of their own).
    const sideHeading =
      options.isSideHeading !== undefined &&
      row.cells.length >= 2 &&
      row.cells[0]!.length === 1 &&
      options.isSideHeading(row.cells[0]![0]!);
    const dated = sideHeading ? undefined : datedEntry(row.cells, options.isDateCell);
    if (dated) row.outer.lines.push(...dated);
    else if (sideHeading || row.cells.some(isLayoutCell))
      for (const c of row.cells) row.outer.lines.push(...c);
    else if (row.cells.length > 0) row.outer.lines.push(row.cells.map((c) => c.join(' ; ')).join(' | '));
  };
  /** Closes what is open down to (and with) the innermost `kind`, if one is open inside the innermost table. */
  const closeTo = (kind: 'cell' | 'row' | 'table') => {
    let k = open.length - 1;
    while (k >= 0 && open[k]!.kind !== kind && open[k]!.kind !== 'table') k--;
    if (k < 0 || open[k]!.kind !== kind) return;
    while (open.length > k) {
      const top = open[open.length - 1]!.kind;
      if (top === 'cell') closeCell();
      else if (top === 'row') closeRow();
      else {
        open.pop();
        flush();
      }
    }
  };

  const text = (from: number, to: number) => {
    if (hiddenDepth > 0 || to <= from) return;
    const chunk = decodeEntities(html.slice(from, to));
    if (preDepth === 0 && !breakText) {
      into.current += chunk;
      return;
    }
    // Inside <pre> (or text whose line breaks count), a line break is a line break.
    const parts = chunk.split(/\r?\n/);
    parts.forEach((p, k) => {
      if (k > 0) flush();
      into.current += p;
    });
  };

  const startTag = (name: string, selfClosing: boolean) => {
    if (HIDDEN.has(name)) {
      if (!selfClosing) {
        hidden.set(name, (hidden.get(name) ?? 0) + 1);
        hiddenDepth++;
      }
      return;
    }
    if (hiddenDepth > 0) return;
    const top = open[open.length - 1];
    if (name === 'table') {
      flush();
      open.push({ kind: 'table' });
    } else if (name === 'tr') {
      closeTo('row');
      flush();
      open.push({ kind: 'row', cells: [], outer: into });
    } else if (name === 'td' || name === 'th') {
      if (top?.kind === 'cell') closeCell();
      const row = open[open.length - 1];
      if (row?.kind === 'row') {
        flush();
        open.push({ kind: 'cell', row: row.cells, outer: into });
        into = { lines: [], current: '' };
      } else flush();
    } else if (name === 'li') {
      flush();
      into.current = BULLET;
    } else if (BLOCKS.has(name)) {
      // A list item's marker waits for its text: "<li><p>Led releases</p></li>" is one item.
      if (into.current.trim() !== BULLET.trim()) flush();
      if (name === 'pre') preDepth++;
    }
  };

  const endTag = (name: string) => {
    if (HIDDEN.has(name)) {
      const depth = hidden.get(name) ?? 0;
      if (depth > 0) {
        hidden.set(name, depth - 1);
        hiddenDepth--;
      }
      return;
    }
    if (hiddenDepth > 0) return;
    if (name === 'table') closeTo('table');
    else if (name === 'tr') closeTo('row');
    else if (name === 'td' || name === 'th') closeTo('cell');
    else if (name === 'li' || BLOCKS.has(name)) {
      flush();
      if (name === 'pre' && preDepth > 0) preDepth--;
    }
  };

  let from = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const c = html.charCodeAt(i + 1);
    let next = -1;
    if (html.startsWith('<!--', i)) {
      const end = nextCommentEnd(i + 4);
      if (end !== -1) {
        text(from, i);
        from = next = end + 3;
      }
    } else if (c === 33 || c === 63) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: declarations, no text.
      const gt = nextGt(i + 2);
      if (gt === -1) break;
      text(from, i);
      from = next = gt + 1;
    } else if (isNameStart(c) || (c === 47 && isNameStart(html.charCodeAt(i + 2)))) {
      const closing = c === 47;
      let end = i + (closing ? 2 : 1);
      while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
      const name = lower.slice(i + (closing ? 2 : 1), end);
      const gt = nextGt(end);
      // No `>` after this `<`: none after any later one either, so the rest is text.
      if (gt === -1) break;
      text(from, i);
      from = next = gt + 1;
      if (closing) endTag(name);
      else if (RAW_TEXT.includes(name)) {
        const close = closerOf(name)(gt + 1);
        // Code up to its closing tag; with none, the tag alone is dropped and what follows read as text.
        if (close !== -1) {
          const closeGt = nextGt(close + name.length + 2);
          from = next = closeGt === -1 ? html.length : closeGt + 1;
        }
      } else {
        const selfClosing = html.charCodeAt(gt - 1) === 47;
        // A hidden element that is never closed hides nothing (a stray <button> must not hide the page).
        if (!(HIDDEN.has(name) && !selfClosing && closerOf(name)(gt + 1) === -1)) startTag(name, selfClosing);
      }
    }
    i = html.indexOf('<', next === -1 ? i + 1 : next);
  }
  text(from, html.length);
  while (open.length > 0) closeTo(open[open.length - 1]!.kind);
  flush();
  return into.lines;
}

/** HTML → plain text, a line per block, list item or table row (see htmlToLines). */
export function htmlToText(html: string, options: HtmlTextOptions = {}): string {
  return htmlToLines(html, options).join('\n');
}
