// Untrusted work runs in bounded pools: the event loop only routes, and a full pool answers 503.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { doubleFlatePdf, understatedDocx } from '../../test/fixtures/make-bombs.ts';
import { openStore } from '../store/open-store.ts';
import { buildServer } from './app.ts';
import { testConfig } from './config.ts';
import { DEFAULT_WORK_LIMITS, serverWork, type WorkLimits } from './work.ts';

const resume = readFileSync(new URL('../../examples/resumes/scrum-master.md', import.meta.url), 'utf8');

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server(limits: Partial<WorkLimits> = {}) {
  app = await buildServer({
    config: testConfig(),
    logger: false,
    work: serverWork({ ...DEFAULT_WORK_LIMITS, ...limits }),
  });
  return app;
}

const analyze = (api: FastifyInstance, client = '127.0.0.1') =>
  api.inject({ method: 'POST', url: '/api/analyses', payload: { text: resume }, remoteAddress: client });

function upload(name: string, bytes: Uint8Array) {
  const boundary = '----rolefit-work-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('the analysis pool', () => {
  it('answers 503 SERVER_BUSY with Retry-After when every worker is busy and the queue is full', async () => {
    // One worker, no queue; a heap size of its own makes a pool no other test has warmed up.
    const api = await server({ workers: 1, maxQueue: 0, maxHeapMb: 193 });
    const [first, second] = await Promise.all([analyze(api), analyze(api)]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(503);
    expect(second.headers['retry-after']).toBe('1');
    expect(second.json()).toEqual({
      error: {
        code: 'SERVER_BUSY',
        message: 'the server is busy with other analyses.',
        hint: 'Try again in a second (see Retry-After).',
      },
    });
    // The pool takes work again once its worker is free.
    expect((await analyze(api)).statusCode).toBe(200);
  });

  it('queues a few requests rather than refusing them', async () => {
    // Five at once from one address: over the default of 4 per client, which the next test covers.
    const api = await server({ workers: 1, maxQueue: 4, maxHeapMb: 194, maxPerClient: 5 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => analyze(api)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers 429 CLIENT_BUSY with Retry-After to a client over its cap, and serves other clients', async () => {
    const api = await server({ workers: 1, maxQueue: 8, maxPerClient: 2, maxHeapMb: 198 });
    const [a1, a2, a3, b1] = await Promise.all([
      analyze(api, '10.0.0.1'),
      analyze(api, '10.0.0.1'),
      analyze(api, '10.0.0.1'),
      analyze(api, '10.0.0.2'),
    ]);
    expect([a1, a2, a3].map((a) => a.statusCode).sort()).toEqual([200, 200, 429]);
    expect(b1.statusCode).toBe(200);
    const refused = [a1, a2, a3].find((a) => a.statusCode === 429)!;
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.json()).toEqual({
      error: {
        code: 'CLIENT_BUSY',
        message: 'you already have 2 analyses or audits running or waiting.',
        hint: 'Wait for those answers before sending more (see Retry-After).',
      },
    });
    // Its earlier analyses answered, the client may send again.
    expect((await analyze(api, '10.0.0.1')).statusCode).toBe(200);
  });

  it("answers a second client's analysis while the first client's analyses hold every worker", async () => {
    // One worker (and the spare a newcomer may have); a heap size of its own makes a pool of its own.
    // A's analyses are held in their worker, waiting for the market this thread answers, until B has
    // its answer: the order depends on which worker B gets, not on how fast this machine is. Without
    // the spare B would wait behind A's held analysis; the hold then ends after 20 s, A's first
    // answers first, and the order below fails (the time limit is well above the hold).
    const opened = await openStore(':memory:');
    if (!opened.ok) throw new Error(opened.error.message);
    const work = serverWork({ ...DEFAULT_WORK_LIMITS, workers: 1, maxHeapMb: 192, timeoutMs: 40_000 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 20_000);
    });
    let askedForA = 0;
    app = await buildServer({
      config: testConfig(),
      store: opened.value,
      logger: false,
      work: {
        ...work,
        analyze: (input, market, client) =>
          work.analyze(
            input,
            market && client === '10.0.0.1'
              ? async (skillIds) => {
                  askedForA++;
                  await held;
                  return market(skillIds);
                }
              : market,
            client,
          ),
      },
    });
    const api = app;
    // B has been about (one analysis of its own), so once A's work holds every worker the spare is
    // started ahead, and B is a client the spare may take.
    expect((await analyze(api, '10.0.0.2')).statusCode).toBe(200);
    const order: string[] = [];
    const flood = Array.from({ length: 2 }, () =>
      analyze(api, '10.0.0.1').then((res) => order.push(`A ${res.statusCode}`)),
    );
    // A's first analysis is running and held (it asked for its market); its second waits.
    while (askedForA === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const valid = await analyze(api, '10.0.0.2');
    order.push(`B ${valid.statusCode}`);
    release();
    await Promise.all(flood);
    expect(order).toEqual(['B 200', 'A 200', 'A 200']);
    expect(askedForA).toBe(2);
    await app.close();
    app = undefined;
    await opened.value.close();
  }, 60_000);

  it('stops an analysis or audit that overruns its time, replaces the worker, and keeps serving', async () => {
    const slow = await server({ workers: 1, timeoutMs: 1, maxHeapMb: 195 });
    // The time counts from when a started worker has the task, and a warm worker audits the
    // resume in about 1 ms: twenty copies take 50 ms or more even warm, so 1 ms always runs out.
    const long = { text: resume.repeat(20) };
    const stopped = await slow.inject({ method: 'POST', url: '/api/analyses', payload: long });
    expect(stopped.statusCode).toBe(422);
    expect(stopped.json().error).toEqual({
      code: 'ANALYSIS_TIMEOUT',
      message: 'the analysis took longer than 1 s and was stopped.',
      hint: 'The text may be built to be slow (long runs of one character); send the resume or posting itself.',
    });
    const audit = await slow.inject({ method: 'POST', url: '/api/audits', payload: long });
    expect(audit.json().error.code).toBe('ANALYSIS_TIMEOUT');
    const health = await slow.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    await slow.close();
    const fine = await server();
    expect((await analyze(fine)).statusCode).toBe(200);
  });

  it('a store that fails while a worker waits for its market answers 500 INTERNAL, as in the route', async () => {
    const opened = await openStore(':memory:');
    if (!opened.ok) throw new Error(opened.error.message);
    const lines: string[] = [];
    app = await buildServer({
      config: testConfig(),
      store: opened.value,
      logger: { stream: { write: (line) => lines.push(line) } },
      work: serverWork(),
    });
    await opened.value.close();
    const res = await analyze(app);
    expect([res.statusCode, res.json().error.code]).toEqual([500, 'INTERNAL']);
    expect(lines.some((l) => JSON.parse(l).msg === 'internal error')).toBe(true);
  });

  it('audits in the pool as well', async () => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/audits',
      payload: {
        text: 'Technical Project Manager\nWrite production code in Java.\nJoin the on-call rotation.',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().verdict).toBe('disguised-developer');
  });
});

describe('uploads', () => {
  it('are read in a parser process: decompression bombs answer 422 with their code', async () => {
    const api = await server();
    const docx = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...upload('cv.docx', understatedDocx(1024)),
    });
    expect([docx.statusCode, docx.json().error.code]).toEqual([422, 'ZIP_BOMB']);
    const pdf = await api.inject({
      method: 'POST',
      url: '/api/audits',
      ...upload('posting.pdf', doubleFlatePdf(2048)),
    });
    expect([pdf.statusCode, pdf.json().error.code]).toEqual([422, 'PDF_BOMB']);
    expect((await analyze(api)).statusCode).toBe(200);
  });

  it("answer 429 CLIENT_BUSY to a client with its cap of files being read, and read other clients' files", async () => {
    const api = await server({ parse: { maxQueue: 8, maxPerClient: 1, maxHeapMb: 199 } });
    const send = (client: string) =>
      api.inject({
        method: 'POST',
        url: '/api/analyses',
        remoteAddress: client,
        ...upload('cv.txt', new TextEncoder().encode(resume)),
      });
    const [a1, a2, b1] = await Promise.all([send('10.0.0.1'), send('10.0.0.1'), send('10.0.0.2')]);
    expect([a1!.statusCode, a2!.statusCode].sort()).toEqual([200, 429]);
    expect(b1!.statusCode).toBe(200);
    expect([a1, a2].find((a) => a!.statusCode === 429)!.json().error).toEqual({
      code: 'CLIENT_BUSY',
      message: 'you already have 1 file being read or waiting to be read.',
      hint: 'Wait for those answers before sending more (see Retry-After).',
    });
  });

  it('answer 503 SERVER_BUSY when the readers and their queue are full', async () => {
    const api = await server({ parse: { maxQueue: 0, maxHeapMb: 197 } });
    const uploads = await Promise.all(
      Array.from({ length: 3 }, () =>
        api.inject({
          method: 'POST',
          url: '/api/analyses',
          ...upload('cv.txt', new TextEncoder().encode(resume)),
        }),
      ),
    );
    // Two parser processes take two files; the third finds no reader and no room to wait.
    expect(uploads.map((u) => u.statusCode).sort()).toEqual([200, 200, 503]);
    const busy = uploads.find((u) => u.statusCode === 503)!;
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.json().error).toEqual({
      code: 'SERVER_BUSY',
      message: 'every document reader is busy.',
      hint: 'Try again in a few seconds.',
    });
  });
});
