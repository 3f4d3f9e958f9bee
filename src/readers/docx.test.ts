import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/make-docx.ts';
import { readDocument } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (bytes: Uint8Array) => readDocument(bytes, { filename: 'cv.docx', isolate: false });

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A picture as Word embeds one: a drawing whose blip points at word/media/photo-N.png. */
const picture = (n: number) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="${n}" name="Picture ${n}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImg${n}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A Word document whose body is `body` (WordprocessingML), with `pictures` PNG parts it refers to. */
function docxWithBody(body: string, pictures = 0, extra: Parameters<typeof zipSync>[0] = {}): Uint8Array {
  const rels = Array.from(
    { length: pictures },
    (_, i) =>
      `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/photo-${i + 1}.png"/>`,
  ).join('');
  const media = Object.fromEntries(
    Array.from({ length: pictures }, (_, i) => [
      `word/media/photo-${i + 1}.png`,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, i]),
    ]),
  );
  return zipSync({
    '[Content_Types].xml': enc(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': enc(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    ...media,
    ...extra,
  });
}

/** `zip` with the compressed bytes of entry `name` overwritten, so inflating it fails. */
function damageEntry(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = enc(name);
  for (let at = 0; at + 30 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const candidate = out.subarray(at + 30, at + 30 + nameLength);
    if (candidate.length !== nameBytes.length || !candidate.every((b, i) => b === nameBytes[i])) continue;
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    out.fill(0xff, start, start + view.getUint32(at + 18, true));
    return out;
  }
  throw new Error(`no entry ${name}`);
}

describe('readDocx', () => {
  it('reads the page header (name, headline, contacts) before the body, each line once, no page number', async () => {
    const header = (inner: string) =>
      new TextEncoder().encode(
        `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${inner}</w:hdr>`,
      );
    const p = (...runs: string[]) =>
      `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
    const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const docx = makeDocx(
      [{ paragraph: 'Experience' }, { paragraph: 'Release Manager, Bramblecote Software' }],
      {
        'word/header1.xml': header(
          p(t('Marisol Quenneville')) +
            p(
              t('Technical Program Manager'),
              '<w:r><w:tab/></w:r>',
              t('marisol.q@example.com &amp; +1 555 010 4471'),
            ) +
            // A text box, written for Word and again for older readers: read once.
            `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${p(t('Denver, CO'))}</w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p(t('Denver, CO (fallback)'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
            p(t('Experience')),
        ),
        'word/header2.xml': header(
          p(t('Marisol Quenneville')) + p('<w:fldSimple w:instr="PAGE">', t('2'), '</w:fldSimple>'),
        ),
      },
    );
    const result = await readDocument(docx, { filename: 'cv.docx', isolate: false });
    expect(result.ok && result.value.text.split('\n')).toEqual([
      'Marisol Quenneville',
      'Technical Program Manager\tmarisol.q@example.com & +1 555 010 4471',
      'Denver, CO',
      'Experience',
      'Release Manager, Bramblecote Software',
    ]);
  });

  it("reads a word with Word's optional hyphens as the word (mammoth gives them as soft hyphens)", async () => {
    const docx = makeDocx([{ paragraph: 'Led change manage\u00adment and stake\u00adholder reviews' }]);
    const result = await readDocument(docx, { filename: 'cv.docx', isolate: false });
    expect(result.ok && result.value.text).toBe('Led change management and stakeholder reviews');
  });

  it('drops icon-font glyphs and reads Symbol bullets typed as characters as bullets', async () => {
    const docx = makeDocx([
      { paragraph: '\uf0e0 alex@example.com  \uf095 +1 555 0100' },
      { paragraph: '\uf0b1 EXPERIENCE' },
      { paragraph: '\uf0b7 Led the release train' },
    ]);
    const result = await readDocument(docx, { filename: 'cv.docx', isolate: false });
    expect(result.ok && result.value.text).toBe(
      ' alex@example.com  +1 555 0100\n EXPERIENCE\n• Led the release train',
    );
  });

  it('reads the text of a document without pictures, with no warning', async () => {
    expect(await read(makeDocx([{ paragraph: 'Alex Rivera' }, { paragraph: 'Project Manager' }]))).toEqual({
      ok: true,
      value: { format: 'docx', text: 'Alex Rivera\nProject Manager', warnings: [] },
    });
  });

  it('skips pictures, which are never inflated, and says how many', async () => {
    const one = await read(docxWithBody(`${para('Alex Rivera')}${picture(1)}${para('Project Manager')}`, 1));
    expect(one).toEqual({
      ok: true,
      value: {
        format: 'docx',
        text: 'Alex Rivera\nProject Manager',
        warnings: ['1 image(s) skipped; text inside images is not read.'],
      },
    });
    const two = await read(docxWithBody(`${para('Alex Rivera')}${picture(1)}${picture(2)}`, 2));
    expect(two.ok && two.value.warnings).toEqual(['2 image(s) skipped; text inside images is not read.']);
  });

  it('inflates only the parts mammoth reads (.xml, .rels at the end of the name): a damaged picture is not read', async () => {
    for (const name of ['word/media/chart.xml.png', 'word/media/photo.rels.png']) {
      const docx = damageEntry(
        docxWithBody(para('Alex Rivera'), 0, { [name]: [new Uint8Array(4096).fill(7), { level: 9 }] }),
        name,
      );
      expect(await read(docx)).toEqual({
        ok: true,
        value: { format: 'docx', text: 'Alex Rivera', warnings: [] },
      });
    }
    // The same damage in a part mammoth reads is a damaged archive.
    const damaged = damageEntry(
      docxWithBody(para('Alex Rivera'), 0, {
        'word/styles.xml': [new Uint8Array(4096).fill(7), { level: 9 }],
      }),
      'word/styles.xml',
    );
    expect(await read(damaged)).toMatchObject({ ok: false, error: { code: 'ZIP_CORRUPT' } });
  });

  it('fails as EMPTY_INPUT when the document has no text (blank paragraphs, only a picture)', async () => {
    const empty = {
      ok: false,
      error: {
        code: 'EMPTY_INPUT',
        message: 'the Word document has no text.',
        hint: 'If the resume is an image pasted into Word, save the original as .docx or text PDF.',
      },
    };
    expect(await read(docxWithBody(`${para('   ')}${para('')}`))).toEqual(empty);
    expect(await read(docxWithBody(picture(1), 1))).toEqual(empty);
  });

  it("reads a section heading set in a table's left cell as a line of its own, before its content", async () => {
    const docx = makeDocx([
      { paragraph: 'Nadia Kovalenko' },
      {
        columns: [
          [{ paragraph: 'Education' }],
          [
            { paragraph: 'Bachelor of Applied Science, Computer Engineering' },
            { paragraph: 'University of Waterloo — 2007 to 2012' },
          ],
        ],
      },
      { table: [['Certifications', 'PMP — Project Management Institute, 2019']] },
      // A row whose label names no section of the work ("Languages", spoken or programming) stays one line.
      { table: [['Languages', 'Java, SQL']] },
    ]);
    const result = await read(docx);
    expect(result.ok && result.value.text.split('\n')).toEqual([
      'Nadia Kovalenko',
      'Education',
      'Bachelor of Applied Science, Computer Engineering',
      'University of Waterloo — 2007 to 2012',
      'Certifications',
      'PMP — Project Management Institute, 2019',
      'Languages | Java, SQL',
    ]);
  });

  it('reads a link whose target the document no longer lists as plain text, and says so', async () => {
    const link = (id: string) =>
      `<w:p><w:r><w:t xml:space="preserve">Portfolio: </w:t></w:r><w:hyperlink r:id="${id}"><w:r><w:t>alex.example.com</w:t></w:r></w:hyperlink></w:p>`;
    const result = await read(docxWithBody(para('Alex Rivera') + link('rId9')));
    expect(result.ok && result.value.text.split('\n')).toEqual([
      'Alex Rivera',
      'Portfolio: alex.example.com',
    ]);
    expect(result.ok && result.value.warnings).toEqual([
      'Links whose targets are missing from the document were read as plain text.',
    ]);
  });

  it('fails as DOCX_CORRUPT when mammoth cannot read the document part', async () => {
    const docx = makeDocx([{ paragraph: 'Alex Rivera' }], {
      'word/document.xml': enc('<?xml version="1.0"?><w:document'),
    });
    expect(await read(docx)).toEqual({
      ok: false,
      error: {
        code: 'DOCX_CORRUPT',
        message: 'the Word document is damaged or is not a .docx file.',
        hint: 'Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF.',
      },
    });
  });
});

describe('readDocx: the month the file was saved', () => {
  const core = (modified?: string, created?: string) =>
    enc(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : ''}${modified ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>` : ''}</cp:coreProperties>`,
    );
  const savedOfDocx = async (extra: Record<string, Uint8Array>) => {
    const r = await read(makeDocx([{ paragraph: 'Project Manager, Acme Corp, Mar 2015 - Present' }], extra));
    if (!r.ok) throw new Error(r.error.code);
    return r.value.saved;
  };

  it('reads dcterms:modified, else dcterms:created; none without a believable date', async () => {
    expect(
      await savedOfDocx({ 'docProps/core.xml': core('2019-03-15T09:30:00Z', '2018-01-01T00:00:00Z') }),
    ).toEqual({
      year: 2019,
      month: 3,
    });
    expect(await savedOfDocx({ 'docProps/core.xml': core(undefined, '2018-01-01T00:00:00Z') })).toEqual({
      year: 2018,
      month: 1,
    });
    expect(await savedOfDocx({ 'docProps/core.xml': core('1601-01-01T00:00:00Z') })).toBeUndefined();
    expect(await savedOfDocx({ 'docProps/core.xml': core('2999-01-01T00:00:00Z') })).toBeUndefined();
    expect(await savedOfDocx({})).toBeUndefined();
  });
});
