// The warnings readPdf gives for the image pages of a PDF that has text elsewhere: pages left
// unread (OCR off, or past its page limit) and pages OCR found no words in. The images here are
// too coarse for OCR (4 × 4 pixels over a page), so no test starts the OCR engine.
import { describe, expect, it } from 'vitest';
import { makePdf, type PdfPage } from '../../test/fixtures/make-pdf.ts';
import { readPdf } from './pdf.ts';

const TEXT: PdfPage = {
  texts: [
    { x: 72, y: 720, size: 14, text: 'Alex Rivera' },
    { x: 72, y: 700, text: 'Technical Program Manager, Halcyon Freight Systems, 2019 to 2024' },
  ],
};
const IMAGE: PdfPage = { texts: [], image: true };

async function warningsOf(pages: PdfPage[], ocr?: { maxPages: number } | false): Promise<string[]> {
  const read = await readPdf(makePdf(pages), ocr === undefined ? {} : { ocr });
  if (!read.ok) throw new Error(read.error.message);
  expect(read.value.text.split('\n')).toEqual([
    'Alex Rivera',
    'Technical Program Manager, Halcyon Freight Systems, 2019 to 2024',
  ]);
  expect(read.value.ocr).toBeUndefined();
  return read.value.warnings;
}

describe('readPdf: image pages beside text', () => {
  it('a text page only: no warning', async () => {
    expect(await warningsOf([TEXT])).toEqual([]);
  });

  it('image pages in which OCR found no words (their images too coarse to hold text) are counted', async () => {
    expect(await warningsOf([TEXT, IMAGE])).toEqual(['1 page(s) are images in which OCR found no words.']);
    expect(await warningsOf([IMAGE, TEXT, IMAGE])).toEqual([
      '2 page(s) are images in which OCR found no words.',
    ]);
  });

  it('with OCR off, image pages are counted as not read', async () => {
    expect(await warningsOf([TEXT, IMAGE], false)).toEqual([
      '1 page(s) are images without text (scanned?); their content was not read.',
    ]);
    expect(await warningsOf([IMAGE, TEXT, IMAGE], false)).toEqual([
      '2 page(s) are images without text (scanned?); their content was not read.',
    ]);
  });

  it('past the OCR page limit, image pages are named as not read', async () => {
    expect(await warningsOf([TEXT, IMAGE], { maxPages: 0 })).toEqual([
      'page 2 is an image without text; rolefit reads at most 0 pages by OCR, so its content was not read.',
    ]);
    expect(await warningsOf([IMAGE, TEXT, IMAGE, IMAGE], { maxPages: 0 })).toEqual([
      'pages 1, 3 and 4 are images without text; rolefit reads at most 0 pages by OCR, so their content was not read.',
    ]);
  });
});
