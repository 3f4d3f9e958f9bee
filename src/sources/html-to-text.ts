import { decodeEntities, htmlToText as textOfHtml } from '../core/text/html-to-text.ts';

/** A listing's HTML → text; the line breaks its text holds count, as job boards write them. */
export const htmlToText = (html: string): string => textOfHtml(html, { newlines: 'break' });

const TAG_START = /<(?:p|br|div|ul|ol|li|h[1-6]|strong|b|span|em)\b/i;

/**
 * Does the string look like HTML markup rather than plain text? A tag start with a `>` after it:
 * `/<(p|…|em)\b[^>]*>/i`, which looked for the `>` from every tag start (quadratic in unclosed tags).
 */
export const looksLikeHtml = (s: string): boolean => {
  const start = TAG_START.exec(s);
  return start !== null && s.indexOf('>', start.index + start[0].length) !== -1;
};

/** Greenhouse sends HTML with its markup escaped (`&lt;p&gt;`): decode once, then read as HTML. */
export function escapedHtmlToText(escaped: string): string {
  return htmlToText(/&lt;\/?[a-z]/i.test(escaped) ? decodeEntities(escaped) : escaped);
}

/** Text of a value that may be HTML or plain text. */
export const textOf = (s: string): string => (looksLikeHtml(s) ? htmlToText(s) : s);
