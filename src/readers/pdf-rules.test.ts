// readPdf's own rules, read in this process from PDFs written in the test (OCR off, or on with no
// page for it): the page bound, the text items it drops, the page box, the text-layer threshold,
// the producer that decides a line-end hyphen, the warnings and the failures, word for word.
import { describe, expect, it } from 'vitest';
import { makePdf, type PdfOptions, type PdfPage } from '../../test/fixtures/make-pdf.ts';
import { type ReadHint, readDocument } from './index.ts';

const read = (bytes: Uint8Array, hint: ReadHint = {}) =>
  readDocument(bytes, { filename: 'resume.pdf', isolate: false, ocr: false, ...hint });

/** Lines of 10-point text down the page from `top`, 14 points apart. */
const at = (x: number, top: number, texts: string[]) =>
  texts.map((text, k) => ({ x, y: top - k * 14, text }));

const RESUME = ['Alex Rivera', 'Release Manager at Bramblecote Software since 2019'];
const textPage: PdfPage = { texts: at(50, 740, RESUME) };
const imagePage: PdfPage = { texts: [], image: true };

const textOf = async (pages: PdfPage[], options: PdfOptions = {}, hint: ReadHint = {}) => {
  const r = await read(makePdf(pages, options), hint);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.text;
};

const failure = async (bytes: Uint8Array, hint: ReadHint = {}) => {
  const r = await read(bytes, hint);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('readPdf: what it gives', () => {
  it('a text PDF: its text, its pages, no warning and no OCR report (OCR on, no page for it)', async () => {
    expect(await read(makePdf([textPage]), { ocr: {} })).toEqual({
      ok: true,
      value: { format: 'pdf', text: RESUME.join('\n'), pages: 1, warnings: [] },
    });
  });

  it('reads 20 pages, the most it reads', async () => {
    const pages = Array.from({ length: 20 }, (_, k) => ({
      texts: at(50, 740, [`Page ${k + 1} of a long resume`]),
    }));
    const r = await read(makePdf(pages));
    expect(r.ok && r.value.pages).toBe(20);
  });

  it('leaves a blank line between pages, one for a blank page between them', async () => {
    const more = ['Skills', 'Jira, Confluence, SQL'];
    expect((await textOf([textPage, { texts: [] }, { texts: at(50, 740, more) }])).split('\n')).toEqual([
      ...RESUME,
      '',
      ...more,
    ]);
  });

  it("drops a running header that repeats the first page's opening line, and page numbers at a page break", async () => {
    const header = 'Alex Rivera | Release Manager';
    const page1: PdfPage = {
      texts: [
        ...at(50, 760, [header]),
        ...at(50, 720, ['Experience', 'Release Manager, Bramblecote Software']),
        ...at(300, 60, ['Page 1 of 2']),
      ],
    };
    const page2: PdfPage = {
      texts: [...at(50, 760, [header]), ...at(50, 720, ['• Ran the release train for six teams.', 'Skills'])],
    };
    expect((await textOf([page1, page2])).split('\n')).toEqual([
      header,
      'Experience',
      'Release Manager, Bramblecote Software',
      '',
      '• Ran the release train for six teams.',
      'Skills',
    ]);
    // A page's own first line that differs from the first page's opening stays.
    const other: PdfPage = { texts: [...at(50, 760, ['Alex Rivera, page 2']), ...at(50, 720, ['Skills'])] };
    expect((await textOf([page1, other])).split('\n')).toEqual([
      header,
      'Experience',
      'Release Manager, Bramblecote Software',
      '',
      'Alex Rivera, page 2',
      'Skills',
    ]);
  });
});

describe('readPdf: the text items it keeps', () => {
  it('drops text turned more than half its size off the line (a label at 53°), keeps a slant of exactly one half', async () => {
    const page: PdfPage = {
      texts: [
        ...at(50, 740, RESUME),
        { x: 500, y: 400, text: 'SIDEBAR', matrix: [0.6, 0.8, -0.8, 0.6] },
        { x: 50, y: 600, text: 'Slanted heading', matrix: [1, 0.5, 0, 1] },
      ],
    };
    expect((await textOf([page])).split('\n')).toEqual([...RESUME, 'Slanted heading']);
  });

  it('reads a page whose box does not start at 0 as the same page at 0', async () => {
    const columns = (dx: number, dy: number): PdfPage => ({
      texts: [
        ...at(40 + dx, 740 + dy, ['Skills', 'Kubernetes', 'Terraform', 'Go']),
        ...at(220 + dx, 740 + dy, [
          'Experience',
          'Platform Engineer, Orrin Bank (2019 - 2024)',
          'Ran the clusters of four product teams.',
        ]),
      ],
    });
    const plain = await textOf([columns(0, 0)]);
    expect(await textOf([columns(300, 500)], { origin: [300, 500] })).toBe(plain);
    expect(await textOf([columns(-300, -500)], { origin: [-300, -500] })).toBe(plain);
  });
});

describe('readPdf: a text layer, and pages that are images', () => {
  const forty = ['abcdefghij abcdefghij', 'abcdefghij abcdefghij'];

  it('takes 40 visible characters in the whole PDF as a text layer, and reads no image on a page with them', async () => {
    expect(await read(makePdf([{ texts: at(50, 740, forty), image: true }]))).toEqual({
      ok: true,
      value: { format: 'pdf', text: forty.join(' '), pages: 1, warnings: [] },
    });
    const half = (s: string) => ({ texts: at(50, 740, [s]) });
    expect(await textOf([half('twenty-five characters  here'), half('and twenty-five more on this')])).toBe(
      'twenty-five characters here and twenty-five more on this',
    );
  });

  it('with fewer: no text, or a scan, each with its own words', async () => {
    const hint =
      'Export the resume from your word processor as a text PDF or .docx (or run OCR on the scan first).';
    expect(await failure(makePdf([{ texts: at(50, 740, ['Alex Rivera']) }]))).toEqual({
      code: 'PDF_NO_TEXT',
      message: 'the PDF contains no readable text.',
      hint,
    });
    expect(await failure(makePdf([imagePage]))).toEqual({
      code: 'PDF_NO_TEXT',
      message: 'the PDF has no text layer: it looks like a scanned image of a resume.',
      hint,
    });
  });

  it('says which pages are images it did not read: OCR off, or past the pages OCR may read', async () => {
    const off = await read(makePdf([imagePage, textPage]));
    expect(off.ok && off.value.warnings).toEqual([
      '1 page(s) are images without text (scanned?); their content was not read.',
    ]);
    const none = await read(makePdf([imagePage, textPage]), { ocr: { maxPages: 0 } });
    expect(none.ok && none.value.warnings).toEqual([
      'page 1 is an image without text; rolefit reads at most 0 pages by OCR, so its content was not read.',
    ]);
    const two = await read(makePdf([imagePage, textPage, imagePage]), { ocr: { maxPages: 0 } });
    expect(two.ok && two.value.warnings).toEqual([
      'pages 1 and 3 are images without text; rolefit reads at most 0 pages by OCR, so their content was not read.',
    ]);
  });

  it('takes a page with an image and a few characters (a page number over a scan) for a scan', async () => {
    expect((await failure(makePdf([{ texts: at(300, 40, ['Page 1']), image: true }]))).message).toBe(
      'the PDF has no text layer: it looks like a scanned image of a resume.',
    );
  });
});

describe('readPdf: whose a line-end hyphen is', () => {
  const paragraph = (options: PdfOptions) =>
    textOf(
      [
        {
          texts: at(50, 700, ['Planned the rotas for nine hospitals and de-', 'livered the weekly reviews.']),
        },
      ],
      options,
    );
  const joined = 'Planned the rotas for nine hospitals and delivered the weekly reviews.';
  const kept = joined.replace('delivered', 'de-livered');

  it('TeX named first or after other words, in the producer or the creator: a break; no one named: kept', async () => {
    expect(await paragraph({ producer: 'pdfTeX-1.40.24' })).toBe(joined);
    expect(await paragraph({ producer: 'Acme', creator: 'TeX' })).toBe(joined);
    expect(await paragraph({ producer: 'Acme 2 (TeX output)' })).toBe(joined);
    expect(await paragraph({})).toBe(kept);
    expect(await paragraph({ producer: 'AcmeTeX' })).toBe(kept);
  });
});

describe('readPdf: the failures it words', () => {
  it('a PDF cut short, and a damaged one: each with its hint', async () => {
    const whole = makePdf([textPage]);
    expect(await failure(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({
      code: 'PDF_TRUNCATED',
      message: 'the PDF is incomplete: the file ends before the PDF does (an interrupted download or copy?).',
      hint: 'Download or export the resume again.',
    });
    expect(await failure(new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`))).toEqual({
      code: 'PDF_CORRUPT',
      message: 'the PDF is damaged and cannot be read.',
      hint: 'Export the resume again from the program that made it, or save it as .docx.',
    });
  });

  it('looks for %%EOF in the last 1 KB only', async () => {
    const early = new TextEncoder().encode(`%PDF-1.7\n%%EOF\n${'garbage '.repeat(200)}`);
    expect((await failure(early)).code).toBe('PDF_TRUNCATED');
  });
});
