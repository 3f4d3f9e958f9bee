import { parse } from 'node-html-parser';
import { escapeUnclosedComments } from '../readers/html.ts';

const TAG_START = /<(?:p|br|div|ul|ol|li|h[1-6]|strong|b|span|em)\b/i;

/**
 * Does the string look like HTML markup rather than plain text? A tag start with a `>` after it:
 * `/<(p|…|em)\b[^>]*>/i`, which looked for the `>` from every tag start (quadratic in unclosed tags).
 */
export const looksLikeHtml = (s: string): boolean => {
  const start = TAG_START.exec(s);
  return start !== null && s.indexOf('>', start.index + start[0].length) !== -1;
};

/** Plain text of an HTML fragment, one block per line, entities decoded, scripts dropped. */
export function htmlToText(html: string): string {
  const root = parse(escapeUnclosedComments(html), {
    blockTextElements: { script: false, style: false, noscript: false },
  });
  for (const node of root.querySelectorAll('script,style,noscript,template')) node.remove();
  return root.structuredText
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l.length > 0 || (i > 0 && all[i - 1]!.length > 0))
    .join('\n')
    .trim();
}

/** Greenhouse sends HTML with its markup escaped (`&lt;p&gt;`): decode once, then read as HTML. */
export function escapedHtmlToText(escaped: string): string {
  const html = /&lt;\/?[a-z]/i.test(escaped) ? parse(`<div>${escaped}</div>`).text : escaped;
  return htmlToText(html);
}

/** Text of a value that may be HTML or plain text. */
export const textOf = (s: string): string => (looksLikeHtml(s) ? htmlToText(s) : s);
