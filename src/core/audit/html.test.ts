import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../test/random-strings.ts';
import { firstElementContent, htmlToText, jsonLdBlocks } from './html.ts';

// The expressions the scanners in html.ts replaced (quadratic or cubic in a run of `<` or of
// unclosed tags). On short strings they are fast, and the scanners must do what they did. The page
// text itself comes from core/text/html-to-text.ts, tested there.
const before = {
  ldBlocks: (html: string) =>
    [...html.matchAll(/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi)].map(
      (m) => m[1],
    ),
  element: (html: string, name: string) =>
    new RegExp(`<${name}[^>]*>([\\s\\S]*?)<\\/${name}>`, 'i').exec(html)?.[1],
};

const TOKENS = [
  '<',
  '>',
  '/',
  '</',
  '<!--',
  '-->',
  '-',
  'script',
  'SCRIPT',
  'style',
  'noscript',
  'template',
  'li',
  'LI',
  'p',
  'pre',
  'div',
  'H2',
  'header',
  'br',
  'hr',
  'h1',
  'title',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  'a',
  'B',
  '&amp;',
  '&#x41;',
  '&',
  ';',
  '"',
  "'",
  'type="application/ld+json"',
  "TYPE='application/ld+json'",
];
const pages = randomStrings(TOKENS, 20_000, 14, 7);

describe('HTML scanners', () => {
  it('find the JSON-LD blocks and the first h1 and title the regular expressions found', () => {
    expect(pages.map((p) => [...jsonLdBlocks(p)])).toEqual(pages.map(before.ldBlocks));
    for (const name of ['h1', 'title'])
      expect(pages.map((p) => firstElementContent(p, name))).toEqual(
        pages.map((p) => before.element(p, name)),
      );
  });

  it('read a page of 200,000 unclosed tags in one pass', () => {
    for (const unit of [
      '<',
      '<script>',
      '<li',
      '<!--',
      '<h1',
      '<title>',
      '<p',
      '<script type="application/ld+json">',
    ]) {
      const page = unit.repeat(200_000 / unit.length);
      // Tags that close are dropped; a `<` that never closes is text.
      expect(htmlToText(page)).toBe(unit.includes('>') ? '' : page);
      expect([...jsonLdBlocks(page)]).toEqual([]);
      expect(firstElementContent(page, 'h1')).toBeUndefined();
    }
  });
});
