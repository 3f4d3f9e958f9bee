import { withFontBullets } from './text/glyphs.ts';
import { decodeEntities } from './text/html-to-text.ts';
import { withoutLinkedInPage } from './text/linkedin-paste.ts';
import { repairMojibake } from './text/mojibake.ts';

/** Formats rolefit reads; each reader declares which one it produced. */
export const DOCUMENT_FORMATS = [
  'text',
  'markdown',
  'pdf',
  'docx',
  'html',
  'json-resume',
  'linkedin-export',
] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * What a reader hands to the core: plain text in reading order, one logical line per line.
 * Readers of structured formats (JSON Resume, LinkedIn export) render headings and
 * "Title — Organisation (dates)" lines that the core's structure step recognizes.
 */
export interface ReadDocument {
  format: DocumentFormat;
  text: string;
  pages?: number;
  /** Pages that were images and were read by OCR; absent when none was. */
  ocr?: OcrReport;
  /** Things the reader noticed that the person may want to know (e.g. "2 images skipped"). */
  warnings: string[];
  /**
   * The month the file says it was last saved (or made), from its own metadata (a PDF's ModDate or
   * CreationDate, a DOCX's dcterms:modified or created); absent for text and when no date is valid.
   */
  saved?: SavedMonth;
}

/** A year and month (1–12), both known. */
export interface SavedMonth {
  year: number;
  month: number;
}

/** The earliest year a saved date is believed: earlier ones are zeroed or made-up clocks (1601, 1970). */
const EARLIEST_SAVED_YEAR = 1990;

/**
 * The month of a date a file carries, when it is believable: a real date, not before 1990 and not
 * after `today` (a wrong clock). `today` is passed in: the core reads no clock.
 */
export function savedMonth(date: Date | undefined, today: Date): SavedMonth | undefined {
  if (!date || Number.isNaN(date.getTime()) || date.getTime() > today.getTime()) return undefined;
  const year = date.getUTCFullYear();
  if (year < EARLIEST_SAVED_YEAR) return undefined;
  return { year, month: date.getUTCMonth() + 1 };
}

/** Which pages OCR read (1-based) and its mean word confidence over them, 0–100. */
export interface OcrReport {
  pages: number[];
  confidence: number;
}

/**
 * The document with mis-decoded UTF-8 repaired ("â€¢" → "•"), and a warning saying so. Every
 * path into the analysis goes through this, so what the person sees is what was analysed.
 */
export function repairDocument(document: ReadDocument): ReadDocument {
  const pasted = document.format === 'markdown' || document.format === 'text';
  const unmarked = document.format === 'markdown' ? markdownWithoutHtml(document.text) : document.text;
  // A LinkedIn profile copied from the page: read without the page's menus and buttons.
  const page = pasted ? withoutLinkedInPage(unmarked) : { text: unmarked, removed: 0 };
  const plain = page.text;
  const warnings =
    page.removed > 0
      ? [
          ...document.warnings,
          `This reads as a LinkedIn profile copied from its web page: ${page.removed} lines of the page (menus, buttons, counters, endorsements, other people's profiles, lines written twice) were left out.`,
        ]
      : document.warnings;
  const decoded = repairMojibake(plain);
  const bullets = withFontBullets(decoded.text);
  const text = bullets.text;
  if (decoded.repaired === 0 && bullets.repaired === 0)
    return plain === document.text && warnings === document.warnings
      ? document
      : { ...document, text, warnings };
  return {
    ...document,
    text,
    warnings: [
      ...warnings,
      ...(decoded.repaired > 0
        ? [
            `${decoded.repaired} ${decoded.repaired === 1 ? 'character was' : 'characters were'} saved in one encoding and read in another (such as "â€¢" for "•"); rolefit read them as intended.`,
          ]
        : []),
      ...(bullets.repaired > 0
        ? [
            bullets.repaired === 1
              ? '1 bullet was saved without its symbol font ("Ø" for "➢", say); rolefit read it as a bullet.'
              : `${bullets.repaired} bullets were saved without their symbol font (such as "Ø" for "➢"); rolefit read them as bullets.`,
          ]
        : []),
    ],
  };
}

/** The HTML tags a Markdown file carries ("<p align=\"center\">", "</a>", "<img src=…>", "<br/>"). */
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|code|del|details|div|em|figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|picture|pre|s|section|small|source|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^<>\n]*)?\/?>/gi;
/** A tag that ends a line of its own (a line break, the end of a block) where the line goes on. */
const LINE_TAG = /(<br\s*\/?>|<\/(?:p|div|h[1-6]|li|tr|table|ul|ol|details|summary|center)>)(?!\n)/gi;

/**
 * Markdown with the HTML a GitHub profile README mixes in (`<h1 align="center">Name</h1>`, a
 * paragraph of badges) read as its text: every tag goes, a line break or a block's end starts a new
 * line, entities are decoded. Markdown's own marks stay for the structure step. Text without a tag
 * is returned as it is.
 */
export function markdownWithoutHtml(text: string): string {
  HTML_TAG.lastIndex = 0;
  if (!HTML_TAG.test(text)) return text;
  const lines = text
    .replace(LINE_TAG, '$1\n')
    .replace(HTML_TAG, '')
    .split('\n')
    .map((line) => (line.includes('&') ? decodeEntities(line) : line).trimEnd());
  // A tag alone on its line leaves it empty: runs of empty lines become one.
  return lines.filter((line, k) => line !== '' || (k > 0 && lines[k - 1] !== '')).join('\n');
}
