// A PDF uploaded to the server counts "Present" up to the date saved in it, as the CLI does.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../test/fixtures/make-pdf.ts';
import { buildServer } from './app.ts';
import { testConfig } from './config.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LINES = [
  'Jane Doe',
  'Experience',
  'Technical Project Manager, Acme Corporation, Jan 2015 - Present',
  '- Ran sprint planning for two teams and kept the risk register',
  'Software Engineer, Beta Limited, Jan 2010 - Dec 2014',
  '- Built the billing service in Java',
];

function upload(pdf: Uint8Array) {
  const boundary = '----rolefit-saved-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    method: 'POST' as const,
    url: '/api/analyses',
    payload: Buffer.concat([Buffer.from(head), Buffer.from(pdf), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('POST /api/analyses with a PDF that says when it was saved', { timeout: 60_000 }, () => {
  it('counts "Present" up to that month, in the structure and the background', async () => {
    app = await buildServer({ config: testConfig(), logger: false });
    const pdf = makePdf([{ texts: LINES.map((text, k) => ({ x: 50, y: 700 - k * 16, text })) }], {
      modDate: 'D:20190315093000Z',
    });
    const res = await app.inject(upload(pdf));
    expect(res.statusCode).toBe(200);
    const { report } = res.json() as {
      report: {
        document: { structure: { totalYears: number; presentCountedAs?: unknown } };
        background?: { experienceYears?: number; presentCountedAs?: unknown };
      };
    };
    // Jan 2010 to Mar 2019: 9.3 years, where today would count 16 and more.
    expect(report.document.structure.totalYears).toBe(9.3);
    expect(report.document.structure.presentCountedAs).toEqual({ year: 2019, month: 3 });
    expect(report.background?.presentCountedAs).toEqual({ year: 2019, month: 3 });
  });
});
