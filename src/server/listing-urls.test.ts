import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { insertListings } from '../store/listing.repository.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { buildServer } from './app.ts';
import { testConfig } from './config.ts';

const ADMIN = 'a-very-secret-admin-token';
let app: FastifyInstance | undefined;
let store: Store | undefined;
afterEach(async () => {
  await app?.close();
  await store?.close();
  app = store = undefined;
});

async function server() {
  const opened = await openStore(':memory:');
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  app = await buildServer({ config: testConfig({ adminToken: ADMIN }), store, logger: false });
  return app;
}

describe('listing links', () => {
  it('are refused at import unless http(s), naming the listing', async () => {
    const api = await server();
    const res = await api.inject({
      method: 'POST',
      url: '/api/admin/listings',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: {
        listings: [
          { title: 'TPM', text: 'Own the schedule.', url: 'https://jobs.test/1' },
          { title: 'TPM 2', text: 'Own the risks.', url: 'javascript:alert(document.cookie)' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toEqual([
      { path: 'listings.1.url', message: 'must be an http:// or https:// URL' },
    ]);
  });

  it('are served only when http(s), even for listings stored before links were checked', async () => {
    const api = await server();
    await insertListings(
      store!.db,
      [
        {
          source: 'old',
          sourceId: '1',
          title: 'Technical Project Manager',
          text: 'Own the schedule.',
          url: 'javascript:alert(1)',
          dedupeKey: 'source:old:1',
          contentHash: 'h1',
          roleFamily: 'technical-project-manager',
          skills: [],
        },
      ],
      { extractor: 'test' },
    );
    const found = (await api.inject({ method: 'GET', url: '/api/listings' })).json();
    expect(found.listings.map((l: { url: string | null }) => l.url)).toEqual([null]);
    const one = (await api.inject({ method: 'GET', url: `/api/listings/${found.listings[0].id}` })).json();
    expect(one.url).toBeNull();
  });
});
