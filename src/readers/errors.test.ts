// Every way a resume file can be broken gets its own code and a one-line message.
import { describe, expect, it } from 'vitest';
import { makeDocx, makeZipBombDocx } from '../../test/fixtures/make-docx.ts';
import { makePdf, slowPdf, truncate } from '../../test/fixtures/make-pdf.ts';
import { sampleDocx, sampleOnePagePdf } from '../../test/fixtures/sample-resume.ts';
import { type ReadHint, readDocument } from './index.ts';
import { readInWorker } from './isolate.ts';

const read = async (bytes: Uint8Array, hint: ReadHint = {}) => {
  const r = await readDocument(bytes, { isolate: false, ...hint });
  if (r.ok) throw new Error(`expected a failure, read ${r.value.format}`);
  expect(r.error.message).not.toContain('\n');
  expect(r.error.hint?.length ?? 0).toBeGreaterThan(10);
  return r.error;
};

describe('PDF errors', () => {
  it('an image-only (scanned) PDF with OCR off: no text layer, suggests a text PDF or DOCX', async () => {
    const error = await read(makePdf([{ texts: [], image: true }]), { filename: 'scan.pdf', ocr: false });
    expect(error.code).toBe('PDF_NO_TEXT');
    expect(error.message).toBe('the PDF has no text layer: it looks like a scanned image of a resume.');
    expect(error.hint).toContain('text PDF or .docx');
  });

  it('an image-only PDF whose images are too coarse for text (4 × 4 pixels over the page): OCR reads nothing', async () => {
    const error = await read(makePdf([{ texts: [], image: true }]), { filename: 'scan.pdf' });
    expect(error.code).toBe('PDF_NO_TEXT');
    expect(error.message).toBe('the PDF has no text layer, and OCR found no readable words in its images.');
    expect(error.hint).toContain('300 dpi');
  });

  it('a truncated PDF', async () => {
    expect((await read(truncate(sampleOnePagePdf(), 0.5))).code).toBe('PDF_TRUNCATED');
  });

  it('an encrypted PDF', async () => {
    const pdf = makePdf([{ texts: [{ x: 50, y: 700, text: 'Secret resume' }] }], { encrypted: true });
    const error = await read(pdf);
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.message).toBe('the PDF is password-protected.');
  });

  it('a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`);
    expect((await read(bytes)).code).toBe('PDF_CORRUPT');
  });

  it('a file named .pdf that is not one', async () => {
    expect((await read(new TextEncoder().encode('hello'), { filename: 'cv.pdf' })).code).toBe('PDF_CORRUPT');
  });

  it('more than 20 pages', async () => {
    const pages = Array.from({ length: 21 }, (_, i) => ({
      texts: [{ x: 50, y: 700, text: `Page ${i + 1} text` }],
    }));
    const error = await read(makePdf(pages));
    expect(error.code).toBe('PDF_TOO_MANY_PAGES');
    expect(error.message).toBe('the PDF has 21 pages; rolefit reads resumes of up to 20 pages.');
  });

  it('over 10 MB, refused before parsing', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    const error = await read(big);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('the file is 10.0 MB; rolefit reads documents up to 10 MB.');
  });
});

describe('DOCX and ZIP errors', () => {
  it('a zip bomb is refused without inflating it', async () => {
    expect((await read(makeZipBombDocx(8), { filename: 'cv.docx' })).code).toBe('ZIP_BOMB');
  });

  it('a truncated DOCX', async () => {
    expect((await read(truncate(sampleDocx(), 0.7), { filename: 'cv.docx' })).code).toBe('ZIP_CORRUPT');
  });

  it('a DOCX whose document part is not WordprocessingML', async () => {
    const broken = makeDocx([], { 'word/document.xml': new TextEncoder().encode('<not-closed') });
    expect((await read(broken)).code).toBe('DOCX_CORRUPT');
  });

  it('a ZIP that is neither a DOCX nor a LinkedIn export', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    expect((await read(zipSync({ 'notes.txt': strToU8('hi') }))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('a legacy .doc', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const error = await read(doc, { filename: 'cv.doc' });
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'this is a legacy Word (.doc) file, which rolefit cannot read.',
    });
  });

  it('a .json file that is not a JSON Resume', async () => {
    expect((await read(new TextEncoder().encode('{"a": 1}'), { filename: 'x.json' })).code).toBe(
      'JSON_RESUME_INVALID',
    );
  });
});

describe('isolation (worker thread with limits)', () => {
  it('reads a PDF in a worker by default in Node', async () => {
    const r = await readDocument(sampleOnePagePdf(), { filename: 'cv.pdf' });
    expect(r.ok && r.value.format).toBe('pdf');
    expect(r.ok && r.value.text.split('\n')[0]).toBe('Alex Rivera');
  });

  it('stops a parse that exceeds its time bound, and says after how long (at least 1 s)', async () => {
    const r = await readInWorker(slowPdf(), {}, { timeoutMs: 1, maxHeapMb: 256 });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'PARSE_TIMEOUT',
        message: 'reading the file took longer than 1 s and was stopped.',
        hint: 'The file may be damaged or built to be slow; export the resume again, or save it as .docx or text.',
      },
    });
  });
});

describe('warm parse workers', () => {
  it('reuses a worker after a good parse and still reads correctly', async () => {
    const first = await readInWorker(sampleOnePagePdf(), { filename: 'a.pdf' });
    const second = await readInWorker(sampleOnePagePdf(), { filename: 'b.pdf' });
    expect(first.ok && second.ok && first.value.text === second.value.text).toBe(true);
  });

  it('recovers after a timed-out parse', async () => {
    const stopped = await readInWorker(slowPdf(), {}, { timeoutMs: 1, maxHeapMb: 256 });
    expect(stopped.ok ? 'ok' : stopped.error.code).toBe('PARSE_TIMEOUT');
    const next = await readInWorker(sampleOnePagePdf(), {}, { timeoutMs: 20_000, maxHeapMb: 256 });
    expect(next.ok && next.value.format).toBe('pdf');
  });
});
