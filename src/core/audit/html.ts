// Just enough HTML handling for postings: page text, and the schema.org JobPosting title/description.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  hellip: '…',
};

/** Decodes named and numeric HTML entities. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** `s` with ASCII capitals lowered and nothing else changed, so offsets stay valid (`i` matches only ASCII here). */
const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * The first `needle` at or after a position, for positions that only grow: each search starts
 * where the last one ended, so a whole page costs one pass per needle.
 */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let searchedFrom = 0;
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && from >= searchedFrom)) return found;
    searchedFrom = from;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** Elements whose content is not page text. */
const RAW_TEXT = ['script', 'style', 'noscript', 'template'];
const BLOCK_TAGS = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'dl',
  'dt',
  'dd',
  'blockquote',
];

/**
 * `html.replace(re, by)` for `re` one of `/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi`,
 * `/<!--[\s\S]*?-->/g`, `/<li[^>]*>/gi`, `/<\/?(?:p|div|h[1-6]|…|blockquote|pre)[^>]*>/gi` and
 * `/<[^>]+>/g`, as one scan each. Those expressions looked for a `>` or a closing tag from every
 * `<`, which took time quadratic (cubic for raw text) in a run of `<` or of unclosed tags.
 */
function replaceRawText(html: string, by: string): string {
  const lower = asciiLower(html);
  const nextGt = forwardFinder(lower, '>');
  const closers = new Map(RAW_TEXT.map((name) => [name, forwardFinder(lower, `</${name}>`)]));
  let out = '';
  let from = 0;
  for (let i = lower.indexOf('<'); i !== -1; i = lower.indexOf('<', i + 1)) {
    const name = RAW_TEXT.find((n) => lower.startsWith(n, i + 1));
    if (name === undefined) continue;
    const gt = nextGt(i + 1 + name.length);
    if (gt === -1) break;
    const close = closers.get(name)!(gt + 1);
    if (close === -1) continue;
    out += html.slice(from, i) + by;
    from = close + name.length + 3;
    i = from - 1;
  }
  return from === 0 ? html : out + html.slice(from);
}

function replaceComments(html: string, by: string): string {
  let out = '';
  let from = 0;
  for (let i = html.indexOf('<!--'); i !== -1; i = html.indexOf('<!--', from)) {
    const close = html.indexOf('-->', i + 4);
    if (close === -1) break;
    out += html.slice(from, i) + by;
    from = close + 3;
  }
  return from === 0 ? html : out + html.slice(from);
}

/** Replaces every `<` + (a name `opens` accepts) + `[^>]*>`; `opens(lower, i)` is the name's end or -1. */
function replaceTags(html: string, opens: (lower: string, i: number) => number, by: string): string {
  const lower = asciiLower(html);
  const nextGt = forwardFinder(lower, '>');
  let out = '';
  let from = 0;
  for (let i = lower.indexOf('<'); i !== -1; i = lower.indexOf('<', i + 1)) {
    const nameEnd = opens(lower, i);
    if (nameEnd === -1) continue;
    const gt = nextGt(nameEnd);
    // No `>` after this `<`: none after any later one either.
    if (gt === -1) break;
    out += html.slice(from, i) + by;
    from = gt + 1;
    i = gt;
  }
  return from === 0 ? html : out + html.slice(from);
}

const listItem = (lower: string, i: number) => (lower.startsWith('li', i + 1) ? i + 3 : -1);
const blockTag = (lower: string, i: number) => {
  const at = lower.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  const name = BLOCK_TAGS.find((n) => lower.startsWith(n, at));
  return name === undefined ? -1 : at + name.length;
};
const anyTag = (lower: string, i: number) =>
  i + 1 < lower.length && lower.charCodeAt(i + 1) !== 62 ? i + 2 : -1;

/** HTML → plain text with one block element per line. */
export function htmlToText(html: string): string {
  let text = replaceRawText(html, ' ');
  text = replaceComments(text, ' ');
  text = replaceTags(text, listItem, '\n- ');
  text = text.replace(/<(?:br|hr)\s*\/?>/gi, '\n');
  text = replaceTags(text, blockTag, '\n');
  text = replaceTags(text, anyTag, '');
  return (
    decodeEntities(text)
      .replace(/[ \t\u00a0]+/g, ' ')
      // Runs of spaces are single spaces by now.
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export interface JobPostingLd {
  title: string | undefined;
  /** Description as plain text. */
  description: string | undefined;
}

function findJobPosting(node: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findJobPosting(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return record;
  return findJobPosting(record['@graph']);
}

const LD_TYPE = /type=["']application\/ld\+json["']/g;

/**
 * Contents of `<script …type="application/ld+json"…>…</script>` blocks: the matches of
 * `/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi`, in one scan.
 */
export function* jsonLdBlocks(html: string): Generator<string> {
  const lower = asciiLower(html);
  const nextGt = forwardFinder(lower, '>');
  const nextClose = forwardFinder(lower, '</script>');
  const types = [...lower.matchAll(LD_TYPE)].map((m) => m.index);
  let t = 0;
  for (let i = lower.indexOf('<script'); i !== -1; i = lower.indexOf('<script', i + 1)) {
    const gt = nextGt(i + 7);
    if (gt === -1) return;
    while (t < types.length && types[t]! < i + 7) t++;
    // The type attribute holds no `>`: one starting inside the tag ends inside it.
    if (t === types.length || types[t]! >= gt) continue;
    const close = nextClose(gt + 1);
    if (close === -1) return;
    yield html.slice(gt + 1, close);
    i = close + 8;
  }
}

/** Content of the first `<name…>…</name>`, as `/<name[^>]*>([\s\S]*?)<\/name>/i` found it. */
export function firstElementContent(html: string, name: string): string | undefined {
  const lower = asciiLower(html);
  const open = lower.indexOf(`<${name}`);
  const gt = open === -1 ? -1 : lower.indexOf('>', open + name.length + 1);
  const close = gt === -1 ? -1 : lower.indexOf(`</${name}>`, gt + 1);
  return close === -1 ? undefined : html.slice(gt + 1, close);
}

/** The first schema.org JobPosting in the page's JSON-LD blocks, if any (malformed blocks are skipped). */
export function extractJobPostingLd(html: string): JobPostingLd | undefined {
  for (const block of jsonLdBlocks(html)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    const posting = findJobPosting(parsed);
    if (posting === undefined) continue;
    const title = typeof posting.title === 'string' ? decodeEntities(posting.title).trim() : undefined;
    const description =
      typeof posting.description === 'string' ? htmlToText(decodeEntities(posting.description)) : undefined;
    return { title: title || undefined, description: description || undefined };
  }
  return undefined;
}

/** The page's first <h1>, else its <title>, as text. */
export function extractHtmlHeading(html: string): string | undefined {
  for (const name of ['h1', 'title']) {
    const content = firstElementContent(html, name);
    const text = content === undefined ? '' : htmlToText(content).replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return undefined;
}
