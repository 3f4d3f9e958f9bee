import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../../test/skips.ts';
import type { AnalysisReport } from '../core/analysis/report.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { insertSavedAnalysis } from '../store/saved-analysis.repository.ts';
import { buildServer } from './app.ts';
import { type ServerConfig, testConfig } from './config.ts';
import { storeSavedAnalyses } from './saved-analyses.ts';

const postgresUrl = testPostgresUrl('the saved-analysis tests');

const tmp = mkdtempSync(join(tmpdir(), 'rolefit-saved-'));
const schemaPrefix = `rolefit_saved_${process.pid}_${Date.now()}`;
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

let k = 0;
const DIALECTS = [
  { name: 'sqlite', target: () => join(tmp, `saved-${++k}.db`), options: () => ({}) },
  ...(postgresUrl
    ? [
        {
          name: 'postgres',
          target: () => postgresUrl,
          options: () => ({ postgresSchema: `${schemaPrefix}_${++k}` }),
        },
      ]
    : []),
];

const RESUME =
  'Jane Q. Doe\nProject Manager, Acme 2019-2024\n- Led Scrum ceremonies with Jira for 3 teams, cutting cycle time 20%.\n- Managed a budget of $2M and the risk register.\nMARKER-7f3a9c-resume-text\n';

const apps: FastifyInstance[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const s of stores.splice(0)) await s.close();
});

/** One database as several server processes would share it: each open is its own connection. */
function database(dialect: (typeof DIALECTS)[number]) {
  const target = dialect.target();
  const options = dialect.options();
  const open = async () => {
    const opened = await openStore(target, options);
    if (!opened.ok) throw new Error(opened.error.message);
    stores.push(opened.value);
    return opened.value;
  };
  const schema = (options as { postgresSchema?: string }).postgresSchema;
  if (schema !== undefined) {
    cleanups.push(async () => {
      const opened = await openStore(target, { migrate: false });
      if (!opened.ok) return;
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.value.db);
      await opened.value.close();
    });
  }
  return { target, open };
}

async function serve(store: Store, config: Partial<ServerConfig> = {}) {
  const app = await buildServer({ config: testConfig(config), store, logger: false });
  apps.push(app);
  return app;
}

const ADMIN = 'a-very-secret-admin-token';
const errorOf = (res: { body: string }) => (JSON.parse(res.body) as { error: { code: string } }).error;

describe.each(DIALECTS)('saved analyses in the store: $name', (dialect) => {
  it('are served by every server process on the store, survive a restart, and DELETE removes them everywhere', async () => {
    const db = database(dialect);
    const [a, b] = [await serve(await db.open()), await serve(await db.open())];
    const saved = await a.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: RESUME, save: true },
    });
    expect(saved.statusCode).toBe(201);
    const { url, expiresAt } = saved.json().saved;
    const fromB = await b.inject({ method: 'GET', url });
    expect(fromB.statusCode).toBe(200);
    expect(fromB.json().document.text).toBe(RESUME);
    expect(fromB.json().report).toEqual(saved.json().report);
    expect(fromB.json().saved.expiresAt).toBe(expiresAt);

    // A restart: a new process on the same store still has it.
    await a.close();
    const c = await serve(await db.open());
    expect((await c.inject({ method: 'GET', url })).json().document.text).toBe(RESUME);

    expect((await b.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    for (const app of [b, c]) {
      const gone = await app.inject({ method: 'GET', url });
      expect(gone.statusCode).toBe(404);
      expect(errorOf(gone).code).toBe('ANALYSIS_NOT_FOUND');
    }
    expect((await c.inject({ method: 'DELETE', url })).statusCode).toBe(404);
    const store = await db.open();
    expect(await store.db.selectFrom('saved_analysis').selectAll().execute()).toEqual([]);
  });

  it('and the listings imported through one server process are found through the other', async () => {
    const db = database(dialect);
    const [a, b] = [await serve(await db.open(), { adminToken: ADMIN }), await serve(await db.open())];
    const imported = await a.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: {
        listings: [
          {
            sourceId: '1',
            title: 'Technical Project Manager',
            company: 'Acme',
            text: 'Own the schedule with Jira.',
          },
        ],
      },
    });
    expect(imported.json()).toMatchObject({ inserted: 1 });
    const found = (await b.inject({ method: 'GET', url: '/api/listings?q=acme' })).json();
    expect(found.listings.map((l: { title: string }) => l.title)).toEqual(['Technical Project Manager']);
  });

  it('keep a hash of the id, never the id itself', async () => {
    const db = database(dialect);
    const app = await serve(await db.open());
    const { id } = (
      await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: RESUME, save: true } })
    ).json().saved;
    const rows = await (await db.open()).db.selectFrom('saved_analysis').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('refuses a save past the byte cap with 507, and evicts nothing', async () => {
    const db = database(dialect);
    const measure = await serve(await db.open(), { adminToken: ADMIN });
    const probe = await measure.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: RESUME, save: true },
    });
    const stats = await measure.inject({
      method: 'GET',
      url: '/api/admin/stats',
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const bytes: number = stats.json().savedAnalysisBytes;
    expect(bytes).toBeGreaterThan(RESUME.length);
    await measure.inject({ method: 'DELETE', url: probe.json().saved.url });
    // Room for one analysis, not two.
    const app = await serve(await db.open(), { savedMaxBytes: Math.round(bytes * 1.5) });
    const first = await app.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: RESUME, save: true },
    });
    expect(first.statusCode).toBe(201);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: RESUME, save: true },
    });
    expect(refused.statusCode).toBe(507);
    expect(refused.json().error).toEqual({
      code: 'SAVED_STORAGE_FULL',
      message: "this server's space for saved analyses is full.",
      hint: 'Analyze without saving, or save again later: saved analyses are deleted after 24 hours.',
    });
    expect((await app.inject({ method: 'GET', url: first.json().saved.url })).statusCode).toBe(200);
    // Without saving, the analysis still runs.
    expect(
      (await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: RESUME } })).statusCode,
    ).toBe(200);
    await app.inject({ method: 'DELETE', url: first.json().saved.url });
    expect(
      (await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: RESUME, save: true } }))
        .statusCode,
    ).toBe(201);
  });

  it('holds the byte cap when servers save at the same time', async () => {
    const db = database(dialect);
    const [one, two] = [await db.open(), await db.open()];
    const payload = 'x'.repeat(1000);
    const savedAt = new Date().toISOString();
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        insertSavedAnalysis(
          (n % 2 === 0 ? one : two).db,
          { idHash: `h${n}`, payload, savedAt, expiresAt },
          2500,
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(2);
    expect(await one.db.selectFrom('saved_analysis').select('id_hash').execute()).toHaveLength(2);
  });

  it('are not served once expired, and the sweep deletes them', async () => {
    const db = database(dialect);
    const store = await db.open();
    let t = Date.parse('2030-01-01T00:00:00Z');
    const saved = storeSavedAnalyses(store.db, { ttlMs: 60_000, maxBytes: 1_000_000, now: () => t });
    const report = { score: 42 } as unknown as AnalysisReport;
    const document = { format: 'text', text: RESUME, warnings: [] };
    const kept = await saved.save({ report, document });
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value.expiresAt.toISOString()).toBe('2030-01-01T00:01:00.000Z');
    expect(await saved.get(kept.value.id)).toMatchObject({ report, document });
    expect(await saved.usage()).toEqual({ analyses: 1, bytes: expect.any(Number) });
    t += 60_000;
    expect(await saved.get(kept.value.id)).toBeUndefined();
    expect(await saved.usage()).toEqual({ analyses: 0, bytes: 0 });
    expect(await saved.delete(kept.value.id)).toBe(false);

    const again = await saved.save({ report, document });
    if (!again.ok) throw new Error(again.error.message);
    t += 60_000;
    expect(await saved.sweep()).toBe(1);
    expect(await store.db.selectFrom('saved_analysis').selectAll().execute()).toEqual([]);
  });
});

describe('the request log', () => {
  it('never holds a saved analysis id, only the route pattern', async () => {
    const opened = await openStore(':memory:');
    if (!opened.ok) throw new Error(opened.error.message);
    stores.push(opened.value);
    const lines: string[] = [];
    const app = await buildServer({
      config: testConfig(),
      store: opened.value,
      logger: { stream: { write: (line) => void lines.push(line) } },
    });
    apps.push(app);
    const { id, url } = (
      await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: RESUME, save: true } })
    ).json().saved;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${url}/more?x=${id}` })).statusCode).toBe(404);
    const log = lines.join('');
    expect(log).not.toContain(id);
    const paths = lines.map((l) => (JSON.parse(l) as { req?: { path: string } }).req?.path).filter(Boolean);
    expect(paths).toEqual([
      '/api/analyses',
      '/api/analyses/:id',
      '/api/analyses/:id',
      '/api/analyses/:id',
      '/api/analyses/…',
    ]);
  });
});

describe('saved analyses on SQLite', () => {
  it('leave no copy of the resume text in the database file or its log once deleted', async () => {
    const file = join(tmp, 'scrub.db');
    const opened = await openStore(file);
    if (!opened.ok) throw new Error(opened.error.message);
    stores.push(opened.value);
    const app = await serve(opened.value);
    const files = () =>
      [file, `${file}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f).toString('latin1'))
        .join('');
    const { url } = (
      await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: RESUME, save: true } })
    ).json().saved;
    expect(files()).toContain('MARKER-7f3a9c');
    expect((await app.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect(files()).not.toContain('MARKER-7f3a9c');
  });
});

describe('a server without a store', () => {
  it('refuses to save with 503 NO_STORE before analyzing, and has no saved analysis to read', async () => {
    const app = await buildServer({ config: testConfig(), logger: false });
    apps.push(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: RESUME, save: true },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toEqual({
      code: 'NO_STORE',
      message: 'this server cannot save analyses: it has no store.',
      hint: 'Analyze without saving, or start the server with a store it can open (--db or ROLEFIT_DATABASE_URL).',
    });
    const read = await app.inject({ method: 'GET', url: '/api/analyses/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(read.statusCode).toBe(404);
    expect(errorOf(read).code).toBe('ANALYSIS_NOT_FOUND');
  });
});
