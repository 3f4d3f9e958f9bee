import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test/run-cli.ts';
import { analyzeResume } from '../core/analysis/analyze.ts';
import { bundledMarketSnapshot, bundledTaxonomy, findRole } from '../data/bundled.ts';
import { ERROR_CODES } from '../errors.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { buildServer } from './app.ts';
import { type ServerConfig, testConfig } from './config.ts';
import type { SavedAnalysisStore } from './saved-analyses.ts';

const resume = readFileSync(new URL('../../examples/resumes/scrum-master.md', import.meta.url), 'utf8');
const ADMIN = 'a-very-secret-admin-token';

let app: FastifyInstance | undefined;
let store: Store | undefined;
afterEach(async () => {
  await app?.close();
  await store?.close();
  app = undefined;
  store = undefined;
});

async function server(
  config: Partial<ServerConfig> = {},
  extra: { saved?: SavedAnalysisStore; store?: Store; logger?: { stream: { write(l: string): void } } } = {},
) {
  app = await buildServer({
    config: testConfig(config),
    ...extra,
    ...(extra.logger ? {} : { logger: false }),
  });
  return app;
}

/** A multipart body with the given parts, as a browser sends it. */
function form(parts: Array<{ name: string; value: string | Uint8Array; filename?: string; type?: string }>) {
  const boundary = '----rolefit-test-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** An in-memory SQLite store, closed after the test. */
async function memoryStore(): Promise<Store> {
  const opened = await openStore(':memory:');
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  return store;
}

const errorOf = (body: string) =>
  (JSON.parse(body) as { error: { code: string; message: string; hint?: string } }).error;

/** Unexpired saved analyses, as the admin stats report them. */
async function savedCount(api: FastifyInstance): Promise<number> {
  const res = await api.inject({
    method: 'GET',
    url: '/api/admin/stats',
    headers: { authorization: `Bearer ${ADMIN}` },
  });
  return res.json().savedAnalyses;
}

describe('POST /api/analyses', () => {
  const expected = analyzeResume({
    document: { format: 'text', text: resume, warnings: [] },
    role: findRole('technical-project-manager')!,
    taxonomy: bundledTaxonomy(),
  });

  it('analyzes JSON text into the same report the CLI prints, and stores nothing', async () => {
    // No store: a request that tried to save would answer 503.
    const api = await server();
    const res = await api.inject({ method: 'POST', url: '/api/analyses', payload: { text: resume } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-api-'));
    const file = join(dir, 'resume.txt');
    writeFileSync(file, resume);
    const cli = await runCliCaptured(['analyze', file, '--format', 'json']);
    rmSync(dir, { recursive: true, force: true });
    expect(cli.code).toBe(0);
    expect(body.report).toEqual(JSON.parse(cli.stdout));
    expect(body.report.score).toBe(expected.score);
    expect(body.report.market.source).toBe('snapshot');
    expect(body.document.text).toBe(resume);
    expect(body.saved).toBeNull();
  });

  it('analyzes an uploaded .txt file to the same score', async () => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([
        { name: 'role', value: 'technical-project-manager' },
        { name: 'file', value: resume, filename: 'resume.txt', type: 'text/plain' },
      ]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().report.score).toBe(expected.score);
    expect(res.json().report.requirements[0].evidence[0].quote).toBe(
      expected.requirements[0]!.evidence[0]!.quote,
    );
  });

  it.each([
    ['binary data', new Uint8Array([0, 1, 2, 3, 0, 0, 9, 200, 0]), 'data.txt', 'BINARY_INPUT', 422],
    ['an empty file', new Uint8Array(), 'empty.txt', 'EMPTY_INPUT', 422],
    [
      'a file type rolefit does not read',
      new TextEncoder().encode('x'),
      'resume.exe',
      'UNSUPPORTED_FORMAT',
      415,
    ],
    ['invalid UTF-8', new Uint8Array([0x52, 0xc3, 0x28, 0x41]), 'bad.txt', 'INVALID_ENCODING', 422],
  ])('refuses %s with a clear 4xx', async (_what, bytes, filename, code, status) => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'file', value: bytes, filename, type: 'application/octet-stream' }]),
    });
    expect(res.statusCode).toBe(status);
    const error = errorOf(res.body);
    expect(error.code).toBe(code);
    expect(error.hint).toMatch(/\w/);
    expect(res.body).not.toMatch(/ at .*\.ts:\d+/);
  });

  it('refuses a file over the upload limit with 413', async () => {
    const api = await server({ maxUploadBytes: 1024 });
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'file', value: 'a'.repeat(5000), filename: 'big.txt', type: 'text/plain' }]),
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res.body)).toEqual({
      code: 'INPUT_TOO_LARGE',
      message: 'the file is larger than 0 MB.',
      hint: 'Upload the resume itself, not a collection of documents.',
    });
  });

  it('refuses JSON text over the text limit and bodies over the body limit with 413', async () => {
    const api = await server();
    const tooLong = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: 'a'.repeat(2 * 1024 * 1024 + 1) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(errorOf(tooLong.body).code).toBe('INVALID_REQUEST');
    const huge = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'a'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(errorOf(huge.body).code).toBe('INPUT_TOO_LARGE');
  });

  it('refuses two files, a wrong field name and a form without a file', async () => {
    const api = await server();
    const two = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([
        { name: 'file', value: resume, filename: 'a.txt' },
        { name: 'file', value: resume, filename: 'b.txt' },
      ]),
    });
    expect(two.statusCode).toBe(413);
    expect(errorOf(two.body).code).toBe('INPUT_TOO_LARGE');
    const wrong = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'resume', value: resume, filename: 'a.txt' }]),
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong.body).message).toBe('unexpected file field "resume".');
    const none = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'role', value: 'technical-project-manager' }]),
    });
    expect(none.statusCode).toBe(400);
    expect(errorOf(none.body).message).toBe('the form has no "file" field.');
  });

  it('lists every invalid field of a JSON body at once', async () => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { role: 'Not A Role', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('INVALID_REQUEST');
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body', 'role', 'text']);
  });

  it('answers 404 UNKNOWN_ROLE, 400 for bad JSON, 415 for other content types', async () => {
    const api = await server();
    const role = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, role: 'astronaut' },
    });
    expect(role.statusCode).toBe(404);
    expect(errorOf(role.body)).toEqual({
      code: 'UNKNOWN_ROLE',
      message: 'there is no role "astronaut".',
      hint: 'Known roles: technical-project-manager.',
    });
    const json = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": "Jane Doe, jane@example.com',
    });
    expect(json.statusCode).toBe(400);
    expect(errorOf(json.body).code).toBe('INVALID_REQUEST');
    expect(json.body).not.toContain('jane@example.com');
    const text = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      headers: { 'content-type': 'text/plain' },
      payload: resume,
    });
    expect(text.statusCode).toBe(415);
    expect(errorOf(text.body).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('combines self-check answers with the resume, and refuses unknown questions', async () => {
    const api = await server();
    const dimension = findRole('technical-project-manager')!.fitDimensions[0]!.id;
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, selfCheck: { [dimension]: 5 } },
    });
    expect(res.statusCode).toBe(200);
    const selfCheck = res.json().report.selfCheck;
    expect(selfCheck.answered).toBe(true);
    expect(selfCheck.items.find((i: { id: string }) => i.id === dimension).answer).toBe(5);
    const bad = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, selfCheck: { 'not-a-question': 3 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body).code).toBe('INVALID_ANSWERS');
    const range = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, selfCheck: { [dimension]: 9 } },
    });
    expect(range.statusCode).toBe(400);
    expect(errorOf(range.body).code).toBe('INVALID_REQUEST');
  });

  it('keeps an analysis only when asked, and DELETE removes every trace', async () => {
    const api = await server({ adminToken: ADMIN }, { store: await memoryStore() });
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, save: true },
    });
    expect(res.statusCode).toBe(201);
    const { id, url } = res.json().saved;
    expect(res.headers.location).toBe(`/api/analyses/${id}`);
    expect(url).toBe(`/api/analyses/${id}`);
    expect(await savedCount(api)).toBe(1);
    const got = await api.inject({ method: 'GET', url });
    expect(got.statusCode).toBe(200);
    expect(got.json().document.text).toBe(resume);
    expect(got.json().report.score).toBe(expected.score);
    expect((await api.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect(await savedCount(api)).toBe(0);
    const rows = await store!.db.selectFrom('saved_analysis').selectAll().execute();
    expect(rows).toEqual([]);
    const gone = await api.inject({ method: 'GET', url });
    expect(gone.statusCode).toBe(404);
    expect(errorOf(gone.body).code).toBe('ANALYSIS_NOT_FOUND');
    expect((await api.inject({ method: 'DELETE', url })).statusCode).toBe(404);
  });

  it('rate-limits analyses per client with 429 and Retry-After', async () => {
    const api = await server({ analysisRateLimitPerMinute: 2 });
    for (let k = 0; k < 2; k++) {
      expect(
        (await api.inject({ method: 'POST', url: '/api/analyses', payload: { text: 'Jira' } })).statusCode,
      ).toBe(200);
    }
    const limited = await api.inject({ method: 'POST', url: '/api/analyses', payload: { text: 'Jira' } });
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited.body).code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await api.inject({ method: 'GET', url: '/api/roles' })).statusCode).toBe(200);
  });

  it('hides internal errors behind a generic 500', async () => {
    const broken: SavedAnalysisStore = {
      save: async () => {
        throw new Error('secret detail jane@example.com');
      },
      get: async () => undefined,
      delete: async () => false,
      usage: async () => ({ analyses: 0, bytes: 0 }),
      sweep: async () => 0,
    };
    const api = await server({}, { saved: broken });
    const res = await api.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: resume, save: true },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'INTERNAL',
        message: 'something went wrong inside rolefit.',
        hint: 'Try again; if it persists, report it.',
      },
    });
  });
});

describe('logs', () => {
  it('carry no personal data: no names, emails, phone numbers, resume text, query strings or addresses', async () => {
    const lines: string[] = [];
    const api = await server({}, { logger: { stream: { write: (l) => void lines.push(l) } } });
    const text =
      'Jane Q. Doe\njane.doe@example.com · +1 555 0100\nLed Scrum ceremonies with Jira for 3 teams.';
    await api.inject({ method: 'POST', url: '/api/analyses?name=Jane', payload: { text } });
    await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'file', value: text, filename: 'Jane_Doe_resume.txt' }]),
    });
    await api.inject({
      method: 'POST',
      url: '/api/analyses',
      ...form([{ name: 'file', value: new Uint8Array([0, 0]), filename: 'Jane_Doe.bin' }]),
    });
    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(log).toContain('"statusCode":200');
    expect(log).toContain('"statusCode":422');
    for (const personal of [
      'Jane',
      'Doe',
      'jane.doe@example.com',
      '555 0100',
      'Scrum ceremonies',
      '127.0.0.1',
      'remoteAddress',
    ]) {
      expect(log).not.toContain(personal);
    }
  });
});

describe('security headers', () => {
  it('sends CSP, nosniff, frame and referrer policies', async () => {
    const api = await server();
    const res = await api.inject({ method: 'GET', url: '/api/roles' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route, from the validating schemas, with resolvable refs', async () => {
    const api = await server();
    const doc = (await api.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/admin/listings',
      '/api/admin/stats',
      '/api/analyses',
      '/api/analyses/{id}',
      '/api/audits',
      '/api/health',
      '/api/listings',
      '/api/listings/{id}',
      '/api/openapi.json',
      '/api/roles',
      '/api/roles/{id}',
      '/api/roles/{id}/market',
    ]);
    const post = doc.paths['/api/analyses'].post;
    const json = post.requestBody.content['application/json'].schema;
    expect(json.required).toEqual(['text']);
    expect(json.properties.role.default).toBe('technical-project-manager');
    expect(json.properties.text.maxLength).toBe(2 * 1024 * 1024);
    expect(post.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
    expect(doc.paths['/api/admin/listings'].post.security).toEqual([{ adminToken: [] }]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs)
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')]).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('$defs');
    // Evidence says where in its quote the skill matched (schema 3.4.0) and the factor of an
    // internship (4.2.0), and work in the role held now (4.3.0).
    expect(Object.keys(doc.components.schemas.Evidence.properties)).toEqual([
      'quote',
      'match',
      'line',
      'section',
      'strength',
      'hedged',
      'skillId',
      'recency',
      'internship',
      'inRole',
    ]);
  });
});

describe('roles and market', () => {
  it('serves the role guide with points summing to 100 and its self-check', async () => {
    const api = await server();
    expect((await api.inject({ method: 'GET', url: '/api/roles' })).json()[0].id).toBe(
      'technical-project-manager',
    );
    const guide = (await api.inject({ method: 'GET', url: '/api/roles/technical-project-manager' })).json();
    // The requirements and the track record share the 100 points, as the analysis scores them.
    const points = guide.requirements.reduce((s: number, r: { points: number }) => s + r.points, 0);
    expect(guide.trackRecord.points).toBe(20);
    expect(Math.round(points + guide.trackRecord.points)).toBe(100);
    expect(guide.selfCheck.length).toBe(findRole('technical-project-manager')!.fitDimensions.length);
    expect((await api.inject({ method: 'GET', url: '/api/roles/nope' })).statusCode).toBe(404);
  });

  it('falls back to the shipped snapshot of real listings without a store, and validates the query', async () => {
    const api = await server();
    const market = (
      await api.inject({ method: 'GET', url: '/api/roles/technical-project-manager/market?top=3' })
    ).json();
    const snapshot = bundledMarketSnapshot();
    expect(market.source).toBe('snapshot');
    expect(market.listings).toBe(snapshot.listings);
    expect(market.basis.snapshot).toEqual({ version: snapshot.version, asOf: snapshot.asOf });
    expect(market.demand).toHaveLength(3);
    expect(market.demand[0].listings).toBe(snapshot.demand[0]!.listings);
    // O*NET is a labelled reference, kept to what the role names or its listings ask for.
    expect(market.reference.attribution.join(' ')).toContain('O*NET');
    expect(market.reference.skills.map((s: { skill: { id: string } }) => s.skill.id)).not.toContain(
      'adobe-creative',
    );
    const bad = await api.inject({ method: 'GET', url: '/api/roles/technical-project-manager/market?top=0' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body).code).toBe('INVALID_REQUEST');
  });
});

describe('POST /api/audits', () => {
  it('audits a pasted posting and refuses an empty one', async () => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/audits',
      payload: {
        text: 'Technical Project Manager\n\nYou will run sprint planning, track risks and dependencies across teams, and report status to stakeholders.',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBe('Technical Project Manager');
    expect(typeof res.json().verdict).toBe('string');
    const empty = await api.inject({ method: 'POST', url: '/api/audits', payload: { text: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty.body).message).toContain('give the posting as `text` or `html`');
  });
});

describe('listings and admin', () => {
  it('answers 503 NO_STORE without a store, 404 when admin is disabled', async () => {
    const api = await server();
    expect(errorOf((await api.inject({ method: 'GET', url: '/api/listings' })).body).code).toBe('NO_STORE');
    const admin = await api.inject({
      method: 'GET',
      url: '/api/admin/stats',
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(admin.statusCode).toBe(404);
  });

  it('imports listings behind the admin token, then searches and reads them', async () => {
    const opened = await openStore(':memory:');
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
    const api = await server({ adminToken: ADMIN }, { store });
    const listings = [
      {
        sourceId: '1',
        title: 'Technical Project Manager',
        company: 'Acme',
        text: 'Requirements\n- Jira and Scrum\n- Risk management',
      },
      {
        sourceId: '2',
        title: 'Senior Java Developer',
        company: 'Beta',
        text: 'Requirements\n- Java, Spring, SQL',
      },
    ];
    const denied = await api.inject({ method: 'POST', url: '/api/admin/listings', payload: { listings } });
    expect(denied.statusCode).toBe(401);
    expect(errorOf(denied.body).code).toBe('UNAUTHORIZED');
    const wrong = await api.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: { authorization: 'Bearer wrong' },
      payload: { listings },
    });
    expect(wrong.statusCode).toBe(401);
    const auth = { authorization: `Bearer ${ADMIN}` };
    const ingest = await api.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: auth,
      payload: { listings },
    });
    expect(ingest.statusCode).toBe(200);
    expect(ingest.json()).toMatchObject({ read: 2, inserted: 2, duplicates: 0, errors: 0 });
    const again = await api.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: auth,
      payload: { listings },
    });
    expect(again.json()).toMatchObject({ inserted: 0, duplicates: 2 });

    const found = (await api.inject({ method: 'GET', url: '/api/listings?q=acme' })).json();
    expect(found.total).toBe(1);
    expect(found.listings[0].title).toBe('Technical Project Manager');
    expect(found.listings[0]).not.toHaveProperty('text');
    const bySkill = (await api.inject({ method: 'GET', url: '/api/listings?skill=java' })).json();
    expect(bySkill.listings.map((l: { title: string }) => l.title)).toEqual(['Senior Java Developer']);
    const one = (await api.inject({ method: 'GET', url: `/api/listings/${found.listings[0].id}` })).json();
    expect(one.text).toContain('Risk management');
    expect((await api.inject({ method: 'GET', url: '/api/listings/999' })).statusCode).toBe(404);
    const stats = (await api.inject({ method: 'GET', url: '/api/admin/stats', headers: auth })).json();
    expect(stats.listings).toBe(2);
  });
  it('leaves disguised-developer listings out of the market unless asked, and flags matched listings', async () => {
    const opened = await openStore(':memory:');
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
    const api = await server({ adminToken: ADMIN }, { store });
    const postings = readFileSync(new URL('../store/fixtures/audit-postings.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; title: string; company: string; description: string })
      .map((p) => ({ sourceId: p.id, title: p.title, company: p.company, text: p.description }));
    const ingest = await api.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: { listings: postings },
    });
    expect(ingest.json()).toMatchObject({ inserted: 3 });
    const url = '/api/roles/technical-project-manager/market';
    const market = (await api.inject({ method: 'GET', url })).json();
    expect([market.listings, market.disguised]).toEqual([1, { listings: 1, excluded: true }]);
    const all = (await api.inject({ method: 'GET', url: `${url}?includeDisguised=true` })).json();
    expect([all.listings, all.disguised]).toEqual([2, { listings: 1, excluded: false }]);
    expect((await api.inject({ method: 'GET', url: `${url}?includeDisguised=maybe` })).statusCode).toBe(400);

    const java = readFileSync(new URL('../../examples/resumes/java-developer.txt', import.meta.url), 'utf8');
    const analysis = (
      await api.inject({ method: 'POST', url: '/api/analyses', payload: { text: java } })
    ).json();
    expect(analysis.report.market.disguised).toEqual({ listings: 1, excluded: true });
    expect(analysis.report.market.topMatches).toEqual([
      expect.objectContaining({
        company: 'Paylane',
        audit: { verdict: 'genuine', reason: expect.stringMatching(/^Delivery management dominates/) },
      }),
    ]);
  });
});

describe('unknown paths', () => {
  it('answers a JSON 404 and documents every code it uses', async () => {
    const api = await server();
    const res = await api.inject({ method: 'GET', url: '/api/nothing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res.body)).toEqual({
      code: 'NOT_FOUND',
      message: 'there is no GET /api/nothing.',
      hint: 'See /api/openapi.json for the endpoints.',
    });
    const dir = new URL('.', import.meta.url);
    const files = [
      'app.ts',
      'http-error.ts',
      'routes/analyses.ts',
      'routes/roles.ts',
      'routes/audits.ts',
      'routes/listings.ts',
      'routes/admin.ts',
    ];
    const used = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const codes = [...used.matchAll(/HttpError\(\s*\d+,\s*'([A-Z_]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(Object.keys(ERROR_CODES)).toContain(code);
  });
});
