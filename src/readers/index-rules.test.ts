// How readDocument tells formats apart: content first, then the media type, then the name; and the
// failures it answers itself, word for word. In-process (isolate: false) throughout.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/fixtures/make-pdf.ts';
import { closeReaders, MAX_DOCUMENT_BYTES, type ReadHint, readDocument, warmReaders } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (bytes: Uint8Array, hint: ReadHint = {}) => readDocument(bytes, { isolate: false, ...hint });
const formatOf = async (bytes: Uint8Array, hint: ReadHint = {}) => {
  const r = await read(bytes, hint);
  return r.ok ? r.value.format : r.error.code;
};

describe('readDocument: the name and the media type', () => {
  it('refuses a name it does not read, unless the media type says text or a format it reads', async () => {
    expect(await read(utf8('Alex Rivera'), { filename: 'cv.xyz' })).toEqual({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: '".xyz" files are not supported.',
        hint: 'Supported: .pdf, .docx, .html, .json (JSON Resume), LinkedIn export .zip, .txt and .md.',
      },
    });
    expect(await formatOf(utf8('Alex Rivera'), { filename: 'CV.XYZ' })).toBe('UNSUPPORTED_FORMAT');
    expect(await formatOf(utf8('Alex Rivera'), { filename: 'cv.xyz', mediaType: 'text/plain' })).toBe('text');
    expect(await formatOf(utf8('# Alex'), { filename: 'cv.xyz', mediaType: 'text/markdown' })).toBe(
      'markdown',
    );
    expect(await formatOf(utf8('Alex Rivera'), { filename: 'cv.xyz', mediaType: 'image/text/' })).toBe(
      'UNSUPPORTED_FORMAT',
    );
    // No extension: text.
    expect(await formatOf(utf8('Alex Rivera'), { filename: 'resume' })).toBe('text');
    expect(await formatOf(utf8('Alex Rivera'), { filename: 'resume.' })).toBe('text');
  });

  it('takes the format from the name, upper-case too, and from the media type before the name', async () => {
    expect(await formatOf(utf8('# Alex'), { filename: 'CV.MD' })).toBe('markdown');
    expect(await formatOf(utf8('# Alex'), { filename: 'cv.markdown' })).toBe('markdown');
    expect(await formatOf(utf8('# Alex'), { filename: 'cv.txt', mediaType: 'text/markdown' })).toBe(
      'markdown',
    );
    expect(await formatOf(utf8('Alex'), { filename: 'cv.md', mediaType: 'text/html' })).toBe('html');
    expect(await formatOf(utf8('Alex'), { mediaType: 'application/xhtml+xml' })).toBe('html');
    expect(await formatOf(utf8('Alex'), { filename: 'cv.md.txt' })).toBe('text');
    expect(await formatOf(utf8('[]'), { mediaType: 'application/ld+json' })).toBe('JSON_RESUME_INVALID');
  });
});

describe('readDocument: text content', () => {
  it('says whether a .json file is not JSON or not a JSON Resume', async () => {
    const json = async (text: string) => {
      const r = await read(utf8(text), { filename: 'cv.json' });
      return r.ok ? r.value.format : r.error.message;
    };
    expect(await json('{"basics": ')).toBe('the .json file is not valid JSON.');
    expect(await json('{"a": 1}')).toBe(
      'the JSON file is not a JSON Resume (it needs "basics" or "work" and "education").',
    );
    // Outside a .json name, text that opens with a brace and is no JSON Resume is text.
    expect(await formatOf(utf8('{"a": 1}'), { filename: 'cv.txt' })).toBe('text');
    expect(await formatOf(utf8('  {"basics": {"name": "Alex"}}'), { filename: 'cv.txt' })).toBe(
      'json-resume',
    );
  });

  it('reads HTML by its content: a doctype, an html tag, XML before one, or a block element near the start', async () => {
    const html = [
      '<!DOCTYPE html><p>Alex</p>',
      '<HTML><p>Alex</p>',
      '<html lang="en">Alex',
      '<?xml version="1.0"?>\n<html>Alex',
    ];
    for (const text of html) expect(await formatOf(utf8(text))).toBe('html');
    for (const tag of ['body', 'div', 'p', 'h2', 'ul', 'table'])
      expect(await formatOf(utf8(`<span>x</span>\n<${tag}>Alex</${tag}>`))).toBe('html');
    expect(await formatOf(utf8('<span>x</span> <DIV class="a">Alex</DIV>'))).toBe('html');
    // Not at the start, not a block element, a tag name that only begins like one, or after 4 KB.
    expect(await formatOf(utf8('Alex <div>x</div>'))).toBe('text');
    expect(await formatOf(utf8('<span>Alex</span>'))).toBe('text');
    expect(await formatOf(utf8('<h7>Alex</h7> <pre>x</pre>'))).toBe('text');
    expect(await formatOf(utf8('<divider>Alex</divider>'))).toBe('text');
    expect(await formatOf(utf8(`<span>${'x'.repeat(4096)}</span><div>Alex</div>`))).toBe('text');
    expect(await formatOf(utf8('<html-ish>Alex'))).toBe('text');
  });

  it('keeps a Markdown file that opens with HTML (a README) Markdown, its tags read as text', async () => {
    const readme = utf8(
      '<h1 align="center">Alex Kim</h1>\n<p align="center">Data Engineer</p>\n\n## Experience\n',
    );
    const r = await read(readme, { filename: 'README.md' });
    expect(r.ok && r.value).toMatchObject({
      format: 'markdown',
      text: 'Alex Kim\nData Engineer\n\n## Experience\n',
    });
    expect(await formatOf(readme)).toBe('html');
  });
});

describe('readDocument: binary files it cannot read', () => {
  it('names an RTF file and an image, each refused', async () => {
    const refused = async (bytes: Uint8Array) => {
      const r = await read(bytes, { filename: 'cv.txt' });
      return r.ok ? r.value.format : `${r.error.code}: ${r.error.message}`;
    };
    expect(await refused(utf8('{\\rtf1\\ansi Alex}'))).toBe(
      'UNSUPPORTED_FORMAT: this is a RTF file, which rolefit cannot read.',
    );
    for (const magic of [
      [0x89, 0x50, 0x4e, 0x47],
      [0xff, 0xd8, 0xff],
      [0x47, 0x49, 0x46, 0x38],
      [0x49, 0x49, 0x2a, 0],
      [0x4d, 0x4d, 0, 0x2a],
    ])
      expect(await refused(new Uint8Array([...magic, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
        'UNSUPPORTED_FORMAT: this is a image file, which rolefit cannot read.',
      );
  });

  it('calls a ZIP of Excel or PowerPoint parts one, and one with only its content types a damaged Word file', async () => {
    const types = { '[Content_Types].xml': strToU8('<Types/>') };
    const message = async (files: Record<string, Uint8Array>) => {
      const r = await read(zipSync(files));
      return r.ok ? r.value.format : `${r.error.code}: ${r.error.message}`;
    };
    expect(await message({ ...types, 'xl/workbook.xml': strToU8('<workbook/>') })).toBe(
      'DOCX_CORRUPT: this is an Excel or PowerPoint file, not a Word document.',
    );
    expect(await message({ ...types, 'ppt/presentation.xml': strToU8('<p/>') })).toBe(
      'DOCX_CORRUPT: this is an Excel or PowerPoint file, not a Word document.',
    );
    expect(await message(types)).toBe(
      'DOCX_CORRUPT: the Word document is damaged: its main part (word/document.xml) is missing.',
    );
    expect(await message({ 'word/styles.xml': strToU8('<styles/>') })).toBe(
      'DOCX_CORRUPT: the Word document is damaged: its main part (word/document.xml) is missing.',
    );
    const hint = await read(zipSync(types));
    expect(!hint.ok && hint.error.hint).toBe('Save the resume as .docx or PDF and try again.');
  });

  it('refuses a file named .docx whose content is not one', async () => {
    expect(await read(utf8('Alex Rivera'), { filename: 'cv.docx' })).toEqual({
      ok: false,
      error: {
        code: 'DOCX_CORRUPT',
        message: 'the file is named .docx but its content is not a Word document.',
        hint: 'Export the resume again from the program that made it.',
      },
    });
  });
});

describe('readDocument: what it answers itself', () => {
  it('refuses a file named .pdf whose content is not one, in words of its own', async () => {
    expect(await read(utf8('Alex Rivera'), { filename: 'cv.pdf' })).toEqual({
      ok: false,
      error: {
        code: 'PDF_CORRUPT',
        message: 'the file is named .pdf but its content is not a PDF.',
        hint: 'Export the resume again from the program that made it.',
      },
    });
  });

  it('reads a document of exactly 10 MB, not one byte more', async () => {
    expect(MAX_DOCUMENT_BYTES).toBe(10 * 1024 * 1024);
    const zip = (n: number) => {
      const bytes = new Uint8Array(n);
      bytes.set([0x50, 0x4b, 3, 4]);
      return bytes;
    };
    expect(await formatOf(zip(MAX_DOCUMENT_BYTES))).toBe('ZIP_CORRUPT');
    expect(await formatOf(zip(MAX_DOCUMENT_BYTES + 1))).toBe('INPUT_TOO_LARGE');
  });

  it("answers a text file that is binary with the text reader's failure", async () => {
    expect(await formatOf(new Uint8Array([0x41, 0x00, 0x42, 0x43]), { filename: 'cv.txt' })).toBe(
      'BINARY_INPUT',
    );
  });
});

describe('readDocument: by content', () => {
  it('gives plain text as it is, with no warning', async () => {
    expect(await read(utf8('Alex Rivera'), { filename: 'cv.txt' })).toEqual({
      ok: true,
      value: { format: 'text', text: 'Alex Rivera', warnings: [] },
    });
  });

  it('reads a PDF after up to 1,016 bytes of anything before its header, not after more', async () => {
    const pdf = makePdf([
      { texts: [{ x: 50, y: 700, text: 'Alex Rivera, Release Manager at Bramblecote since 2019' }] },
    ]);
    const behind = (junk: string) => new Uint8Array([...utf8(junk), ...pdf]);
    expect(await formatOf(behind('x \n'.repeat(300)), { ocr: false })).toBe('pdf');
    expect(await formatOf(behind(' '), { ocr: false })).toBe('pdf');
    expect(await formatOf(behind('x'.repeat(1017)), { ocr: false })).not.toBe('pdf');
  });

  it('reads an empty ZIP as one, and a ZIP of Word parts without its main part as a damaged Word file', async () => {
    expect(await read(zipSync({}))).toEqual({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: 'this ZIP archive is neither a Word document nor a LinkedIn data export.',
        hint: 'Give the resume file itself (PDF, .docx, .txt), or the ZIP LinkedIn sent you unchanged.',
      },
    });
    const parts = zipSync({
      'word/styles.xml': strToU8('<w:styles/>'),
      'docProps/app.xml': strToU8('<Properties/>'),
    });
    expect(await formatOf(parts)).toBe('DOCX_CORRUPT');
  });
});

describe('warmReaders and closeReaders', () => {
  it('starts a parser for a PDF, a Word file or a ZIP, named in capitals too; closeReaders ends it', async () => {
    for (const filename of ['cv.pdf', 'CV.DOCX', 'export.Zip'])
      expect(await warmReaders({ filename })).toBe(true);
    await closeReaders();
  });
});

describe('warmReaders', () => {
  it('starts no parser for a file that needs none, or when parsing is not isolated', async () => {
    for (const filename of ['cv.txt', 'cv.md', 'cv.pdf.txt', 'cvpdf'])
      expect(await warmReaders({ filename, isolate: true })).toBe(false);
    expect(await warmReaders({ isolate: true })).toBe(false);
    for (const filename of ['cv.pdf', 'CV.DOCX', 'export.zip'])
      expect(await warmReaders({ filename, isolate: false })).toBe(false);
  });
});
