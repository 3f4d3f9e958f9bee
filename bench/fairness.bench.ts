// Issue 12, fairness between clients: how long one client's valid PDF upload takes while another
// client has four scanned PDFs (OCR, seconds each: slow but within the limits) being read. Through
// the API in this process (app.inject with distinct remote addresses), default limits: two parsers.
// Three rounds, each from new addresses; the parsers are warm before the first.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import { makePdf } from '../test/fixtures/make-pdf.ts';
import { scannedSamplePdf } from '../test/fixtures/scanned-sample.ts';
import type { BenchContext } from './run.ts';

const ROUNDS = 3;
const FLOOD = 4;
/** The valid upload follows the flood by this much, so the flood holds both parsers. */
const AFTER_MS = 500;

function upload(app: FastifyInstance, name: string, bytes: Uint8Array, client: string) {
  const boundary = 'rolefit-fairness';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return app.inject({
    method: 'POST',
    url: '/api/analyses',
    remoteAddress: client,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export default async function bench(_ctx: BenchContext): Promise<void> {
  const app = await buildServer({ config: testConfig(), logger: false });
  const scan = scannedSamplePdf();
  const valid = makePdf([
    {
      texts: [
        'Technical Project Manager',
        'Led releases with Jira and Confluence across 4 teams.',
        'Managed risks and budgets for 3 projects.',
      ].map((text, i) => ({ x: 72, y: 700 - i * 20, text })),
    },
  ]);
  try {
    await Promise.all([upload(app, 'w1.pdf', valid, '10.9.0.1'), upload(app, 'w2.pdf', valid, '10.9.0.2')]);
    console.log(`client A: ${FLOOD} scanned PDFs at once; client B: one text PDF ${AFTER_MS} ms later`);
    for (let round = 1; round <= ROUNDS; round++) {
      const started = performance.now();
      const flood = Array.from({ length: FLOOD }, () =>
        upload(app, 'scan.pdf', scan, `10.0.${round}.1`).then((r) => ({
          status: r.statusCode,
          ms: performance.now() - started,
        })),
      );
      await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
      const sent = performance.now();
      const b = await upload(app, 'cv.pdf', valid, `10.0.${round}.2`);
      const bMs = performance.now() - sent;
      const a = await Promise.all(flood);
      console.log(
        `round ${round}: B ${b.statusCode} in ${s(bMs)}; A's first answer at ${s(Math.min(...a.map((x) => x.ms)))}, last at ${s(Math.max(...a.map((x) => x.ms)))} (${a.map((x) => x.status).join(', ')})`,
      );
    }
  } finally {
    await app.close();
  }
}
