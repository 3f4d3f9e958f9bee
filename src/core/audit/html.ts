// Just enough HTML handling for postings: the schema.org JobPosting title/description and the page's
// heading. Its text comes from the one HTML-to-text all readers use.
import { asciiLower, decodeEntities, forwardFinder, htmlToText as textOfHtml } from '../text/html-to-text.ts';

export { decodeEntities };

/** A posting's HTML → text; the line breaks its text holds count, as posting sites write them. */
export const htmlToText = (html: string): string => textOfHtml(html, { newlines: 'break' });

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
