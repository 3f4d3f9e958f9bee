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

/** HTML → plain text with one block element per line. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<(?:br|hr)\s*\/?>/gi, '\n')
      .replace(
        /<\/?(?:p|div|h[1-6]|ul|ol|tr|table|section|article|header|footer|dl|dt|dd|blockquote|pre)[^>]*>/gi,
        '\n',
      )
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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

/** The first schema.org JobPosting in the page's JSON-LD blocks, if any (malformed blocks are skipped). */
export function extractJobPostingLd(html: string): JobPostingLd | undefined {
  const blocks = html.matchAll(/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi);
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block[1] ?? '');
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
  for (const re of [/<h1[^>]*>([\s\S]*?)<\/h1>/i, /<title[^>]*>([\s\S]*?)<\/title>/i]) {
    const m = re.exec(html);
    const text = m?.[1] === undefined ? '' : htmlToText(m[1]).replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return undefined;
}
