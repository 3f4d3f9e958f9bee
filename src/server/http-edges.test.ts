import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from './app.ts';
import { type ServerConfig, testConfig } from './config.ts';
import { maxFormBytes } from './upload.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server(config: Partial<ServerConfig> = {}) {
  app = await buildServer({ config: testConfig(config), logger: false });
  return app;
}

const errorOf = (body: string) => (JSON.parse(body) as { error: Record<string, unknown> }).error;

/** Sends bytes as they are, over a real socket: Node's HTTP parser sees what a client wrote. */
function rawRequest(port: number, data: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(data));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      out += chunk;
    });
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer; got ${JSON.stringify(out)}`)));
  });
}

/** Status and JSON body of a raw HTTP/1.1 response. */
function parseResponse(raw: string) {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) as unknown };
}

describe('malformed multipart bodies', () => {
  const form = 'multipart/form-data; boundary=b';
  const part = '--b\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n\r\n';
  it.each([
    ['a boundary that is not in the body', 'multipart/form-data; boundary=zzz', `${part}Jira\r\n--b--\r\n`],
    ['no boundary at all', 'multipart/form-data', `${part}Jira\r\n--b--\r\n`],
    ['a file cut short', form, `${part}Led Scrum with Jira`],
    ['a part header cut short', form, '--b\r\nContent-Disposition: form-data; na'],
    ['a field cut short', form, '--b\r\nContent-Disposition: form-data; name="role"\r\n\r\ntechn'],
  ])('answer 400 INVALID_REQUEST for %s, and the server goes on serving', async (_what, type, payload) => {
    const api = await server();
    for (const url of ['/api/analyses', '/api/audits']) {
      const res = await api.inject({ method: 'POST', url, headers: { 'content-type': type }, payload });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body)).toEqual({
        code: 'INVALID_REQUEST',
        message: 'the form upload is malformed or incomplete.',
        hint: 'Send the file again; a form built by hand needs a boundary that matches its Content-Type.',
      });
    }
    const fine = await api.inject({ method: 'POST', url: '/api/analyses', payload: { text: 'Jira' } });
    expect(fine.statusCode).toBe(200);
  });
});

describe('requests refused before any route runs', () => {
  const badHttp = {
    code: 'INVALID_REQUEST',
    message: 'the request is not valid HTTP (for example a malformed or duplicated Content-Length).',
    hint: 'Send a well-formed HTTP/1.1 request; see /api/openapi.json.',
  };
  const post = (headers: string, body = '{}') =>
    `POST /api/analyses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${headers}\r\n\r\n${body}`;

  it.each([
    [
      'oversized headers',
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      {
        code: 'INVALID_REQUEST',
        message: 'the request headers are too large.',
        hint: 'Send fewer or shorter headers (a large cookie for this site is a common cause).',
      },
    ],
    ['a Content-Length that is not a number', post('Content-Length: abc'), 400, badHttp],
    ['two different Content-Lengths', post('Content-Length: 2\r\nContent-Length: 3'), 400, badHttp],
    [
      'Content-Length with chunked encoding',
      post('Content-Length: 5\r\nTransfer-Encoding: chunked', '0\r\n\r\n'),
      400,
      badHttp,
    ],
    [
      'a URL with a broken %-escape',
      'GET /api/roles/%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      400,
      {
        code: 'INVALID_REQUEST',
        message: 'the URL is not valid (a broken %-escape).',
        hint: 'Check the address; see /api/openapi.json.',
      },
    ],
  ])('answer %s with the documented error body', async (_what, request, status, error) => {
    const api = await server();
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    const res = parseResponse(await rawRequest(port, request));
    expect(res.status).toBe(status);
    expect(res.head).toMatch(/content-type: application\/json/i);
    expect(res.body).toEqual({ error });
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });
});

/**
 * Sends `data` in `pieces` writes `everyMs` apart without reading, as a client that writes its whole
 * request before it reads (Python's http.client, curl on a slow link) does, then reads the answer.
 * A write that fails (the server reset the connection) ends the exchange with what was received.
 */
function sendAllThenRead(
  port: number,
  data: string,
  pieces: number,
  everyMs: number,
): Promise<{ received: string; error?: string }> {
  return new Promise((resolve) => {
    const bytes = Buffer.from(data, 'latin1');
    const size = Math.ceil(bytes.length / pieces);
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const socket = connect(port, '127.0.0.1');
    socket.pause();
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error ??= e.code ?? e.message;
    });
    socket.on('close', () =>
      resolve({ received: Buffer.concat(chunks).toString('utf8'), ...(error ? { error } : {}) }),
    );
    socket.setTimeout(15_000, () => socket.destroy());
    socket.once('connect', async () => {
      for (let at = 0; at < bytes.length && !socket.destroyed; at += size) {
        await new Promise<void>((done) => socket.write(bytes.subarray(at, at + size), () => done()));
        if (everyMs > 0) await new Promise((done) => setTimeout(done, everyMs));
      }
      socket.resume();
    });
  });
}

describe('a request line too large for the HTTP parser (a query of 20,000 parameters)', () => {
  const tooLarge = {
    code: 'INVALID_REQUEST',
    message: 'the request headers are too large.',
    hint: 'Send fewer or shorter headers (a large cookie for this site is a common cause).',
  };
  const query = Array.from({ length: 20_000 }, (_, i) => `q${i}=1`).join('&');
  const request = `GET /api/listings?${query} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

  // Node refuses it after 16 KB, when most of it is still to come. Closed at once, the rest reset the
  // connection, and a client still writing got EPIPE or ECONNRESET, never the 431 (the hostile eval,
  // 2 runs in 5). 20 times, as the race went either way.
  it('is answered 431 with the error body while the client is still writing it, 20 times in 20', async () => {
    const api = await server();
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    for (let round = 0; round < 20; round++) {
      const { received, error } = await sendAllThenRead(port, request, 10, 10);
      expect({ round, error }).toEqual({ round, error: undefined });
      const res = parseResponse(received);
      expect(res.status).toBe(431);
      expect(res.body).toEqual({ error: tooLarge });
    }
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  });

  it('is answered when the client takes longer than 2 s to send it, as long as it keeps sending', async () => {
    const api = await server();
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    const { received, error } = await sendAllThenRead(port, request, 10, 300);
    expect(error).toBeUndefined();
    expect(parseResponse(received)).toMatchObject({ status: 431, body: { error: tooLarge } });
  });
});

describe('a body over the limit, sent in one go', () => {
  it('is read and dropped, so the client sees its 413 instead of a reset connection', async () => {
    const api = await server();
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    const body = JSON.stringify({ text: 'a'.repeat(6 * 1024 * 1024) });
    const request = `POST /api/analyses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const res = parseResponse(await rawRequest(port, request));
    expect(res.status).toBe(413);
    expect((res.body as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });

  // A fixed 5 s drain answered and closed while this body was still arriving: the rest met a closed
  // socket, and a client that writes everything before it reads got a reset, not the 413.
  it('is answered 413 when the body takes longer than 5 s to arrive, as long as it keeps coming', async () => {
    const api = await server();
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    const body = JSON.stringify({ text: 'a'.repeat(6 * 1024 * 1024) });
    const request = `POST /api/analyses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const { received, error } = await sendAllThenRead(port, request, 28, 250);
    expect(error).toBeUndefined();
    expect(parseResponse(received)).toMatchObject({
      status: 413,
      body: { error: { code: 'INPUT_TOO_LARGE' } },
    });
  }, 20_000);
});

describe('/api/health', () => {
  it('is not rate-limited with the API, so probes get through', async () => {
    const api = await server({ rateLimitPerMinute: 2 });
    for (let k = 0; k < 3; k++) await api.inject({ method: 'GET', url: '/api/roles' });
    expect((await api.inject({ method: 'GET', url: '/api/roles' })).statusCode).toBe(429);
    for (let k = 0; k < 10; k++) {
      const res = await api.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', store: false, saving: false });
    }
  });
});

describe('the web folder', () => {
  it('serves the app but no dotfile in it', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'rolefit-web-'));
    try {
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>rolefit</title>');
      writeFileSync(join(webDir, '.env'), 'ROLEFIT_ADMIN_TOKEN=SECRET-IN-DOTFILE');
      mkdirSync(join(webDir, '.git'));
      writeFileSync(join(webDir, '.git', 'config'), '[remote] url = SECRET-IN-DOTFILE');
      mkdirSync(join(webDir, 'assets'));
      writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
      writeFileSync(join(webDir, 'assets', '.hidden'), 'SECRET-IN-DOTFILE');
      const api = await server({ webDir });
      expect((await api.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      for (const url of ['/.env', '/%2Eenv', '/.git/config', '/assets/.hidden', '/assets/%2ehidden']) {
        const res = await api.inject({ method: 'GET', url });
        expect(res.body, url).not.toContain('SECRET-IN-DOTFILE');
        // Like any unknown page, it gets the app (whose router shows its own "not found").
        expect(res.body, url).toBe('<!doctype html><title>rolefit</title>');
      }
    } finally {
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});

// Node copies every piece of a body it reads into a buffer of its own, and glibc keeps the heap
// those pushed up after they are freed: a body that cannot be accepted is not gathered.
describe('a form upload over the limit', () => {
  const maxUploadBytes = 64 * 1024;
  const head = (length: string) =>
    `POST /api/analyses HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\n${length}\r\n`;
  const part = '--b\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n\r\n';

  it('is refused by its declared length before its body is read', async () => {
    const api = await server({ maxUploadBytes });
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    expect(maxFormBytes(maxUploadBytes)).toBeLessThan(1024 * 1024);
    // The body never comes: only a refusal at the headers answers (after the drain's 2 s of quiet).
    const res = parseResponse(await rawRequest(port, `${head('Content-Length: 1048576\r\n')}${part}Jira`));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error: {
        code: 'INPUT_TOO_LARGE',
        message: 'the file is larger than 0.1 MB.',
        hint: 'Upload the resume itself, not a collection of documents.',
      },
    });
  });

  it('is refused as soon as its file passes the limit, when no length was declared', async () => {
    const api = await server({ maxUploadBytes });
    await api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = api.server.address() as { port: number };
    const piece = `${part}${'a'.repeat(2 * maxUploadBytes)}`;
    // A chunked body whose file goes on (no last chunk): reading it to its end would wait for ever.
    const chunked = `${head('Transfer-Encoding: chunked\r\n')}${piece.length.toString(16)}\r\n${piece}\r\n`;
    const res = parseResponse(await rawRequest(port, chunked));
    expect(res.status).toBe(413);
    expect((res.body as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');
  });

  it('within the limit, with its fields, is still read', async () => {
    const api = await server({ maxUploadBytes });
    const text = 'Project Manager\nLed releases with Jira and Confluence across 4 teams.\n';
    const payload = `--b\r\nContent-Disposition: form-data; name="role"\r\n\r\ntechnical-project-manager\r\n${part}${text}${' '.repeat(maxUploadBytes - text.length)}\r\n--b--\r\n`;
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      payload,
    });
    expect(res.statusCode).toBe(200);
  });
});
