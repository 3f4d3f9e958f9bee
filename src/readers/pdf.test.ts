import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/fixtures/make-pdf.ts';
import { readDocument } from './index.ts';
import { parsePdfDate, savedOf } from './pdf.ts';

/** A paragraph whose lines end in a word broken by an ASCII hyphen and in a compound's hyphen. */
function hyphenatedPdf(options: { producer?: string; creator?: string }): Uint8Array {
  const lines = [
    'Scheduled clinicians and planned the rotas for nine hos-',
    'pitals across the region and ran weekly reviews with cross-',
    'functional teams of nurses, porters and managers.',
  ];
  return makePdf([{ texts: lines.map((text, k) => ({ x: 50, y: 700 - k * 14, text })) }], options);
}

const textOf = async (pdf: Uint8Array) => {
  const read = await readDocument(pdf, { filename: 'resume.pdf', isolate: false });
  if (!read.ok) throw new Error(read.error.code);
  return read.value.text;
};

describe('readPdf: whose a line-end hyphen is, as the producer says', () => {
  it('joins a broken word where TeX, a word processor or no one is named; keeps it for Chromium and Typst', async () => {
    const joined =
      'Scheduled clinicians and planned the rotas for nine hospitals across the region and ran weekly reviews with cross-functional teams of nurses, porters and managers.';
    const kept = joined.replace('hospitals', 'hos-pitals');
    expect(await textOf(hyphenatedPdf({ producer: 'pdfTeX-1.40.24' }))).toBe(joined);
    expect(await textOf(hyphenatedPdf({ producer: 'LibreOffice 7.5', creator: 'Writer' }))).toBe(joined);
    expect(await textOf(hyphenatedPdf({}))).toBe(joined);
    expect(await textOf(hyphenatedPdf({ producer: 'Skia/PDF m143', creator: 'Chromium' }))).toBe(kept);
    expect(await textOf(hyphenatedPdf({ creator: 'Typst 0.14.2' }))).toBe(kept);
  });
});

describe('readPdf: pages', () => {
  it('reads a paragraph on over a page break, and keeps a page that opens a new item apart', async () => {
    const page = (lines: string[]) => ({ texts: lines.map((text, k) => ({ x: 50, y: 740 - k * 14, text })) });
    const pdf = makePdf([
      page([
        'Experience',
        'Release Manager, Bramblecote Software (2019 - 2024)',
        'Ran the release train for four product teams and kept the change calendar for the depot',
        'systems, so that every cut-over had its',
      ]),
      page([
        'rollback plan signed off before the window.',
        'Scrum Master, Orrin Bank (2016 - 2019)',
        'Facilitated the ceremonies of two teams.',
      ]),
      page(['Education', 'BSc Computing, University of Leeds']),
    ]);
    expect((await textOf(pdf)).split('\n')).toEqual([
      'Experience',
      'Release Manager, Bramblecote Software (2019 - 2024)',
      'Ran the release train for four product teams and kept the change calendar for the depot systems, so that every cut-over had its rollback plan signed off before the window.',
      'Scrum Master, Orrin Bank (2016 - 2019)',
      'Facilitated the ceremonies of two teams.',
      '',
      'Education',
      'BSc Computing, University of Leeds',
    ]);
  });

  it("reads a first page's sidebar after the main column it sits beside, when that column goes on over the page", async () => {
    // LinkedIn's "Save to PDF": a sidebar beside the first page's main column only, the name on top of
    // the main column, read first.
    const column = (x: number, top: number, lines: string[]) =>
      lines.map((text, k) => ({ x, y: top - k * 14, text }));
    const main = [
      'Delivery Manager at Paystream',
      'Experience',
      'Paystream',
      'Delivery Manager',
      'March 2023 - Present (3 years 10 months)',
      'Ran go/no-go for 22 releases and kept the risk log.',
      'Interswitch',
      'QA Analyst',
    ];
    const side = ['Contact', 'amara@example.com', 'Top Skills', 'Confluence', 'Certifications', 'ITIL 4'];
    const firstPage = [
      { x: 220, y: 740, size: 20, text: 'Amara Okafor' },
      ...column(220, 712, main),
      ...column(40, 740, side),
      { x: 300, y: 40, text: 'Page 1 of 2' },
    ];
    const nextPage = (opening: string) => [
      ...column(220, 740, [
        opening,
        'Triaged production defects with the support team every morning and kept the list.',
        'Wrote the regression suite for the merchant dashboard with Cypress and TypeScript.',
      ]),
      ...column(220, 690, ['Education', 'University of Ibadan']),
    ];
    const lines = (
      await textOf(makePdf([{ texts: firstPage }, { texts: nextPage('June 2017 - September 2021') }]))
    ).split('\n');
    // The main column goes on from the first page to the second; the sidebar is read after both.
    expect(lines.indexOf('June 2017 - September 2021')).toBe(lines.indexOf('QA Analyst') + 2);
    expect(lines.slice(-side.length)).toEqual(side);
    expect(lines).not.toContain('Page 1 of 2');
    // A second page that opens with a heading starts a section of its own: the sidebar stays where it was.
    const headed = (await textOf(makePdf([{ texts: firstPage }, { texts: nextPage('Projects') }]))).split(
      '\n',
    );
    expect(headed.indexOf('Contact')).toBeLessThan(headed.indexOf('Projects'));
  });
});

describe('readPdf: the month the file was saved', () => {
  const resume = (options: { modDate?: string; creationDate?: string }) =>
    makePdf(
      [
        {
          texts: [
            { x: 50, y: 700, text: 'Technical Project Manager, Acme Corporation, March 2015 - Present' },
          ],
        },
      ],
      options,
    );
  const savedOfPdf = async (pdf: Uint8Array) => {
    const read = await readDocument(pdf, { filename: 'resume.pdf', isolate: false });
    if (!read.ok) throw new Error(read.error.code);
    return read.value.saved;
  };

  it('reads ModDate, else CreationDate; none without a believable date', async () => {
    expect(await savedOfPdf(resume({ modDate: "D:20190315093000+01'00'" }))).toEqual({
      year: 2019,
      month: 3,
    });
    expect(await savedOfPdf(resume({ creationDate: 'D:20170102' }))).toEqual({ year: 2017, month: 1 });
    expect(await savedOfPdf(resume({ modDate: 'D:20210630', creationDate: 'D:20170102' }))).toEqual({
      year: 2021,
      month: 6,
    });
    // A zeroed clock, a date in the future and no date at all give none.
    expect(await savedOfPdf(resume({ modDate: 'D:19700101000000Z' }))).toBeUndefined();
    expect(await savedOfPdf(resume({ modDate: 'D:29990101' }))).toBeUndefined();
    expect(await savedOfPdf(resume({}))).toBeUndefined();
  });

  it('reads PDF and XMP dates in UTC', () => {
    expect(parsePdfDate("D:20190301003000+02'00'")?.toISOString()).toBe('2019-02-28T22:30:00.000Z');
    expect(parsePdfDate('2019-03-15T09:30:00+01:00')?.toISOString()).toBe('2019-03-15T08:30:00.000Z');
    expect(parsePdfDate('D:20191301')).toBeUndefined();
    expect(parsePdfDate('yesterday')).toBeUndefined();
    const today = new Date('2026-12-05T00:00:00Z');
    expect(
      savedOf({ info: {}, xmp: { get: (n) => (n === 'xmp:modifydate' ? '2020-07-01' : undefined) } }, today),
    ).toEqual({
      year: 2020,
      month: 7,
    });
  });
});
