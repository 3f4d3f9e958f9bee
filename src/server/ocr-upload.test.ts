// Scanned resumes uploaded to the server: read by OCR unless the settings turn it off.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { scannedSamplePdf } from '../../test/fixtures/scanned-sample.ts';
import { buildServer } from './app.ts';
import { loadServerConfig, ocrHint, testConfig } from './config.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function upload(pdf: Uint8Array) {
  const boundary = '----rolefit-ocr-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    method: 'POST' as const,
    url: '/api/analyses',
    payload: Buffer.concat([Buffer.from(head), Buffer.from(pdf), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('OCR settings', () => {
  it('reads up to 5 scanned pages by default; ROLEFIT_OCR=false or ROLEFIT_OCR_MAX_PAGES=0 turn it off', () => {
    const pages = (env: Record<string, string>) => {
      const loaded = loadServerConfig(env);
      if (!loaded.ok) throw new Error(loaded.error[0]?.message);
      return loaded.value.ocrMaxPages;
    };
    expect(pages({})).toBe(5);
    expect(pages({ ROLEFIT_OCR_MAX_PAGES: '2' })).toBe(2);
    expect(pages({ ROLEFIT_OCR: 'false', ROLEFIT_OCR_MAX_PAGES: '2' })).toBe(0);
    expect(pages({ ROLEFIT_OCR_MAX_PAGES: '0' })).toBe(0);
    expect(loadServerConfig({ ROLEFIT_OCR_MAX_PAGES: '50' }).ok).toBe(false);
    expect(ocrHint({ ocrMaxPages: 0 })).toEqual({ ocr: false });
    expect(ocrHint({ ocrMaxPages: 3 })).toEqual({ ocr: { maxPages: 3 } });
  });
});

describe('POST /api/analyses with a scanned PDF', { timeout: 120_000 }, () => {
  it('with OCR off: 422 PDF_NO_TEXT, a message and what to do', async () => {
    app = await buildServer({ config: testConfig({ ocrMaxPages: 0 }), logger: false });
    const res = await app.inject(upload(scannedSamplePdf()));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'PDF_NO_TEXT',
        message: 'the PDF has no text layer: it looks like a scanned image of a resume.',
        hint: 'Export the resume from your word processor as a text PDF or .docx (or run OCR on the scan first).',
      },
    });
  });

  it('with OCR on: the report says which page OCR read, and the text is what it read', async () => {
    app = await buildServer({ config: testConfig(), logger: false });
    const res = await app.inject(upload(scannedSamplePdf()));
    expect(res.statusCode).toBe(200);
    const body = res.json() as { report: { document: { ocr?: unknown } }; document: { text: string } };
    expect(body.report.document.ocr).toEqual({ pages: [1], confidence: expect.any(Number) });
    expect(body.document.text).toContain('Technical Program Manager, Halcyon Freight Systems');
  });
});
