// Decompression bombs: refused with a clear error, in bounded memory measured in the parser process.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  doubleFlatePdf,
  understatedDocx,
  zerosDeflateRaw,
  zerosZlib,
} from '../../test/fixtures/make-bombs.ts';
import { makeDocx } from '../../test/fixtures/make-docx.ts';
import { sampleDocx, sampleOnePagePdf } from '../../test/fixtures/sample-resume.ts';
import { inflateBounded } from './bounded-inflate.ts';
import { readDocument } from './index.ts';
import { DEFAULT_PARSE_LIMITS, readIsolated } from './isolate.ts';
import { findPdfBomb, PDF_STREAM_LIMITS } from './pdf-streams.ts';
import { listZip, unzipEntries, ZIP_LIMITS } from './zip.ts';

const MB = 1024 * 1024;

describe('inflating with a running count', () => {
  it('inflates what fits the budget, byte for byte', () => {
    const data = new TextEncoder().encode('resume '.repeat(10_000));
    const inflated = inflateBounded(deflateSync(data), { layers: ['zlib'], budget: MB });
    expect(inflated.ok && new TextDecoder().decode(inflated.bytes)).toBe('resume '.repeat(10_000));
  });

  it('stops past the budget, whatever the data would become', () => {
    expect(inflateBounded(zerosDeflateRaw(64), { layers: ['raw'], budget: 8 * MB })).toEqual({
      ok: false,
      reason: 'too-large',
    });
    const fits = inflateBounded(zerosDeflateRaw(8), { layers: ['raw'], budget: 8 * MB });
    expect(fits.ok && fits.bytes.length).toBe(8 * MB);
  });

  it('counts each layer of data compressed twice, stopping in the inner one', () => {
    const twice = deflateSync(zerosZlib(2048));
    expect(twice.length).toBeLessThan(8 * 1024);
    expect(inflateBounded(twice, { layers: ['zlib', 'zlib'], budget: 16 * MB })).toEqual({
      ok: false,
      reason: 'too-large',
    });
    const once = inflateBounded(twice, { layers: ['zlib'], budget: 16 * MB });
    expect(once.ok && once.bytes.length).toBe(zerosZlib(2048).length);
  });

  it('reads data cut short as far as it goes', () => {
    const cut = inflateBounded(zerosZlib(4).subarray(0, 2000), { layers: ['zlib'], budget: 16 * MB });
    expect(cut.ok && cut.bytes.length).toBeGreaterThan(MB);
  });

  it('calls damaged data corrupt', () => {
    expect(inflateBounded(new Uint8Array([1, 2, 3, 4, 5]), { layers: ['zlib'], budget: MB })).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});

describe('ZIP entries', () => {
  it('a DOCX whose directory claims 2 KB for a part that inflates to 1 GB passes the declared checks, not inflation', () => {
    const bomb = understatedDocx(1024);
    expect(bomb.length).toBeLessThan(1.1 * MB);
    expect(listZip(bomb).ok).toBe(true);
    const inflated = unzipEntries(bomb, () => true);
    expect(inflated.ok ? 'inflated' : inflated.error.code).toBe('ZIP_BOMB');
    expect(inflated.ok ? '' : inflated.error.message).toBe(
      `the archive expands to more than ${ZIP_LIMITS.maxTotalBytes / MB} MB, far more than any resume (its directory claims 0.0 MB); it was not opened.`,
    );
  });

  it('inflates a real DOCX exactly as before', () => {
    const parts = unzipEntries(sampleDocx(), (name) => name === 'word/document.xml');
    expect(parts.ok && new TextDecoder().decode(parts.value.get('word/document.xml')).slice(0, 38)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>',
    );
  });

  it('a DOCX with a big image within the limits still reads (the image is never inflated)', async () => {
    const docx = makeDocx([{ paragraph: 'Alex Rivera, Technical Project Manager' }], {
      'word/media/photo.png': new Uint8Array(3 * MB).fill(7),
    });
    const read = await readDocument(docx, { isolate: false });
    expect(read.ok && read.value.text).toBe('Alex Rivera, Technical Project Manager');
  });
});

describe('PDF streams', () => {
  it('finds a stream compressed twice (5 KB → 2 GB) before pdf.js decodes it', () => {
    for (const where of ['content', 'font'] as const) {
      const bomb = doubleFlatePdf(2048, { where });
      expect(bomb.length).toBeLessThan(8 * 1024);
      expect(findPdfBomb(bomb)).toEqual({
        code: 'PDF_BOMB',
        message: `a compressed stream in the PDF expands to more than ${PDF_STREAM_LIMITS.maxStreamBytes / MB} MB, far more than any resume; the file was not read.`,
        hint: 'Export the resume again from your word processor, or save it as .docx or text.',
      });
    }
  });

  it('decodes the ASCII layers a bomb hides behind (they took the parser to its memory limit, in 10–20 s on a loaded machine)', () => {
    for (const wrap of ['hex', 'ascii85'] as const) {
      expect(findPdfBomb(doubleFlatePdf(2048, { where: 'font', wrap }))?.code).toBe('PDF_BOMB');
      // The same layers around a stream that fits are read through, to the same bytes.
      expect(findPdfBomb(doubleFlatePdf(8, { wrap }))).toBeUndefined();
      expect(
        findPdfBomb(doubleFlatePdf(48, { wrap }), { maxStreamBytes: 64 * MB, maxTotalBytes: 32 * MB })?.code,
      ).toBe('PDF_BOMB');
    }
  });

  it('counts all streams together', () => {
    expect(
      findPdfBomb(doubleFlatePdf(48), { maxStreamBytes: 64 * MB, maxTotalBytes: 32 * MB })?.message,
    ).toBe(
      "the PDF's compressed streams expand to more than 32 MB together, far more than any resume; the file was not read.",
    );
  });

  it('passes real resumes', () => {
    expect(findPdfBomb(sampleOnePagePdf())).toBeUndefined();
    expect(findPdfBomb(doubleFlatePdf(8))).toBeUndefined();
  });
});

describe('in the parser process (memory measured there)', () => {
  it('a DOCX bomb (1 MB → 1 GB, under-stated directory): ZIP_BOMB within bounded memory', async () => {
    const { result, peakRssMb } = await readIsolated(understatedDocx(1024), { filename: 'cv.docx' });
    expect(result.ok && !result.value.ok && result.value.error.code).toBe('ZIP_BOMB');
    // The parser process holds about 120 MB before any file, plus at most the 64 MB the ZIP limits keep.
    expect(peakRssMb).toBeLessThan(320);
  });

  it('a PDF bomb (5 KB → 2 GB): PDF_BOMB within bounded memory', async () => {
    const { result, peakRssMb } = await readIsolated(doubleFlatePdf(2048, { where: 'font' }), {
      filename: 'cv.pdf',
    });
    expect(result.ok && !result.value.ok && result.value.error.code).toBe('PDF_BOMB');
    expect(peakRssMb).toBeLessThan(320);
  });

  it('a bomb behind a filter the pre-scan does not decode: the process is stopped at its memory limit', async () => {
    const maxRssMb = 256;
    const { result, peakRssMb } = await readIsolated(
      doubleFlatePdf(2048, { wrap: 'run-length' }),
      { filename: 'cv.pdf' },
      { maxRssMb },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'PARSE_OUT_OF_MEMORY',
        message: `reading the file needed more than ${maxRssMb} MB of memory and was stopped.`,
        hint: 'The file may be damaged or built to exhaust memory; export the resume again, or save it as text.',
      },
    });
    // Read by the watchdog just before it killed the process: at the limit, not gigabytes.
    expect(peakRssMb).toBeGreaterThanOrEqual(maxRssMb);
    expect(peakRssMb).toBeLessThan(maxRssMb + 64);
  });

  it('reads a real resume after the bombs, with the default limits', async () => {
    const { result, peakRssMb } = await readIsolated(sampleOnePagePdf(), { filename: 'cv.pdf' });
    expect(result.ok && result.value.ok && result.value.value.text.split('\n')[0]).toBe('Alex Rivera');
    expect(peakRssMb).toBeLessThan(DEFAULT_PARSE_LIMITS.maxRssMb);
  });
});
