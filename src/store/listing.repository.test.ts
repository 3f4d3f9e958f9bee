import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../../test/skips.ts';
import type { ListingAudit, ListingRead, PreparedListing } from '../core/market/listing.ts';
import { auditListing, LISTING_AUDIT_VERSION } from '../core/market/listing-audit.ts';
import { prepareListing } from '../core/market/prepare-listing.ts';
import { listingPreparation } from '../core/market/setup.ts';
import { ok } from '../core/result.ts';
import { bundledRoles, bundledTaxonomy } from '../data/bundled.ts';
import { auditStoredListings } from './audit-listings.ts';
import { ingestListings } from './ingest-listings.ts';
import {
  countByRoleFamily,
  countByVerdict,
  countListings,
  countListingsBySkill,
  countListingsToAudit,
  findListing,
  findListingAudits,
  insertListings,
  listAuditedListings,
  listSkillSets,
  packSkills,
  unpackSkills,
} from './listing.repository.ts';
import { migrationProvider } from './migrations/index.ts';
import { migrateToLatest, openStore, type Store } from './open-store.ts';
import { storedMarketSection } from './role-market.ts';

const postgresUrl = testPostgresUrl('the store contract tests');

const tmp = mkdtempSync(join(tmpdir(), 'rolefit-store-'));
const schema = `rolefit_test_${process.pid}_${Date.now()}`;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DIALECTS = [
  {
    name: 'sqlite',
    target: () => join(tmp, 'contract.db'),
    options: {},
    fresh: () => ({ target: join(tmp, 'fresh.db'), options: {} as { postgresSchema?: string } }),
  },
  ...(postgresUrl
    ? [
        {
          name: 'postgres',
          target: () => postgresUrl,
          options: { postgresSchema: schema },
          fresh: () => ({ target: postgresUrl, options: { postgresSchema: `${schema}_fresh` } }),
        },
      ]
    : []),
];

let n = 0;
/** A prepared listing with sensible defaults. */
function listing(overrides: Partial<PreparedListing> = {}): PreparedListing {
  n++;
  return {
    source: 'test',
    sourceId: `id-${n}`,
    title: `Technical Program Manager ${n}`,
    text: 'Requirements\nJira',
    dedupeKey: `source:test:id-${n}`,
    contentHash: `hash-${n}`,
    roleFamily: 'technical-project-manager',
    skills: [
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ],
    ...overrides,
  };
}

/** A genuine TPM posting, a developer posting titled "Technical Project Manager", a plain developer posting. */
const AUDIT_POSTINGS = readFileSync(join(import.meta.dirname, 'fixtures', 'audit-postings.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string; company: string; description: string });

/** The fixture postings prepared as a store from before audits would hold them: no audit. */
function unauditedPostings(tag: string, roleFamily: string): PreparedListing[] {
  const { audit: _audit, ...preparation } = listingPreparation(bundledTaxonomy(), bundledRoles());
  return AUDIT_POSTINGS.map((p) => {
    const prepared = prepareListing(
      {
        source: 'audit-test',
        sourceId: `${tag}-${p.id}`,
        title: p.title,
        company: p.company,
        text: p.description,
      },
      preparation,
    );
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.audit).toBeUndefined();
    return { ...prepared.value, roleFamily };
  });
}

describe.each(DIALECTS)('listing store contract: $name', ({ name, target, options, fresh }) => {
  let store: Store;
  beforeAll(async () => {
    const opened = await openStore(target(), options);
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
  });
  afterAll(async () => {
    if (name === 'postgres') await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
    await store.close();
  });

  it('migrates once: opening again runs nothing and keeps the data', async () => {
    await insertListings(store.db, [listing({ roleFamily: 'other-role' })], { extractor: 't' });
    const again = await openStore(target(), options);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(await countListings(again.value.db, { roleFamily: 'other-role' })).toBe(1);
    await again.value.close();
  });

  it('adds the audit columns to a store made before them: its listings wait for an audit', async () => {
    const at = fresh();
    const old = await openStore(at.target, { ...at.options, migrate: false });
    if (!old.ok) throw new Error(old.error.message);
    try {
      const migrator = new Migrator({
        db: old.value.db,
        provider: migrationProvider,
        ...(at.options.postgresSchema ? { migrationTableSchema: at.options.postgresSchema } : {}),
      });
      expect((await migrator.migrateTo('0001-listings')).error).toBeUndefined();
      await sql`insert into listing (role_family, skills, dedupe_key, source, content_hash, title, extractor, ingested_at, text)
        values ('technical-project-manager', 'r:jira', 'source:old:1', 'old', 'h1', 'Technical Project Manager', 'taxonomy x; listing 1', '2025-01-01', 'Own the schedule.')`.execute(
        old.value.db,
      );
      expect(await migrateToLatest(old.value.db)).toEqual(ok(['0002-listing-audit', '0003-saved-analyses']));
      const [set] = await listSkillSets(old.value.db);
      expect((await findListing(old.value.db, Number(set!.id)))?.audit).toBeUndefined();
      expect(await countListingsToAudit(old.value.db, LISTING_AUDIT_VERSION)).toBe(1);
      expect(await countListings(old.value.db, { excludeVerdicts: ['disguised-developer'] })).toBe(1);
    } finally {
      const freshSchema = at.options.postgresSchema;
      if (freshSchema !== undefined)
        await sql`drop schema ${sql.id(freshSchema)} cascade`.execute(old.value.db);
      await old.value.close();
    }
  });

  it('stores listings with their skills and reads them back as domain objects', async () => {
    const a = listing({
      company: 'Acme',
      location: 'Paris',
      url: 'https://x.test/1',
      postedAt: '2025-01-02',
    });
    const outcome = await insertListings(store.db, [a], { extractor: 'v1', now: '2025-02-03T00:00:00.000Z' });
    expect(outcome).toEqual({ inserted: 1, duplicates: 0 });
    const sets = await listSkillSets(store.db, { roleFamily: 'technical-project-manager' });
    const set = sets.find((s) => s.title === a.title)!;
    expect(set).toEqual({ id: set.id, title: a.title, company: 'Acme', skills: a.skills });
    const stored = await findListing(store.db, Number(set.id));
    expect(stored).toMatchObject({
      title: a.title,
      company: 'Acme',
      location: 'Paris',
      url: 'https://x.test/1',
      postedAt: '2025-01-02',
      sourceId: a.sourceId,
      roleFamily: 'technical-project-manager',
      extractor: 'v1',
      ingestedAt: '2025-02-03T00:00:00.000Z',
      skills: a.skills,
    });
    expect(await findListing(store.db, 987654321)).toBeUndefined();
  });

  it('adds nothing when the same listings come again, in another batch or the same one', async () => {
    const before = await countListings(store.db);
    const a = listing();
    const b = listing();
    expect(await insertListings(store.db, [a, b, a], { extractor: 't' })).toEqual({
      inserted: 2,
      duplicates: 1,
    });
    expect(await insertListings(store.db, [b, a], { extractor: 't' })).toEqual({
      inserted: 0,
      duplicates: 2,
    });
    expect(await countListings(store.db)).toBe(before + 2);
  });

  it('counts listings by skill and by role family through SQL', async () => {
    const family = `fam-${name}`;
    await insertListings(
      store.db,
      [
        listing({ roleFamily: family, skills: [{ skillId: 'agile', requirement: 'required' }] }),
        listing({
          roleFamily: family,
          skills: [
            { skillId: 'agile', requirement: 'preferred' },
            { skillId: 'budgeting', requirement: 'mentioned' },
          ],
        }),
        listing({ roleFamily: undefined, skills: [] }),
      ],
      { extractor: 't' },
    );
    expect(await countListingsBySkill(store.db, { roleFamily: family })).toEqual([
      { skillId: 'agile', listings: 2 },
      { skillId: 'budgeting', listings: 1 },
    ]);
    expect(await countListingsBySkill(store.db, { roleFamily: family, requirement: 'required' })).toEqual([
      { skillId: 'agile', listings: 1 },
    ]);
    const families = await countByRoleFamily(store.db);
    expect(families.find((f) => f.roleFamily === family)?.listings).toBe(2);
    expect(families.some((f) => f.roleFamily === null)).toBe(true);
  });

  it('rolls back a whole batch when one row fails, and the import stops with a clear issue', async () => {
    const before = await countListings(store.db);
    const good = listing();
    // A skill id repeated within one listing breaks the (listing_id, skill_id) key mid-transaction.
    const broken = listing({
      skills: [
        { skillId: 'jira', requirement: 'required' },
        { skillId: 'jira', requirement: 'preferred' },
      ],
    });
    await expect(insertListings(store.db, [good, broken], { extractor: 't' })).rejects.toThrow();
    expect(await countListings(store.db)).toBe(before);

    const reads: ListingRead[] = [good, broken].map((l, i) => ({ ok: true, value: l, at: `row ${i}` }));
    const summary = await ingestListings(store.db, reads, {
      prepare: (item) => ok(item.value as PreparedListing),
      extractor: 't',
    });
    expect(summary.aborted?.code).toBe('STORE_WRITE_FAILED');
    expect(summary.inserted).toBe(0);
    expect(await countListings(store.db)).toBe(before);
  });

  it('ingests a stream: bad items counted, good ones stored in batches, a re-run adds nothing', async () => {
    const before = await countListings(store.db);
    const items = (): ListingRead[] => [
      { ok: true, value: listing({ sourceId: 'stream-1', dedupeKey: 'source:test:stream-1' }), at: 'r1' },
      { ok: false, error: { code: 'CSV_MALFORMED_ROW', message: 'bad quote' }, at: 'r2' },
      { ok: true, value: listing({ sourceId: 'stream-2', dedupeKey: 'source:test:stream-2' }), at: 'r3' },
      { ok: true, value: listing({ sourceId: 'stream-3', dedupeKey: 'source:test:stream-3' }), at: 'r4' },
    ];
    const prepare = (item: ListingRead & { ok: true }) => ok(item.value as PreparedListing);
    const first = await ingestListings(store.db, items(), { prepare, extractor: 't', batchSize: 2 });
    expect(first).toMatchObject({
      read: 4,
      inserted: 3,
      duplicates: 0,
      errors: 1,
      errorCodes: { CSV_MALFORMED_ROW: 1 },
    });
    expect(first.issues).toEqual([{ code: 'CSV_MALFORMED_ROW', message: 'bad quote', at: 'r2' }]);
    const second = await ingestListings(store.db, items(), { prepare, extractor: 't', batchSize: 2 });
    expect(second).toMatchObject({ read: 4, inserted: 0, duplicates: 3, errors: 1 });
    expect(await countListings(store.db)).toBe(before + 3);
  });

  it('stores a listing audit and reads it back; unaudited listings have none', async () => {
    const family = `audited-${name}`;
    const audit: ListingAudit = {
      verdict: 'hybrid',
      contentFamily: 'technical-program-management',
      handsOnShare: 0.42,
      reason: 'The TPM is expected to develop as well: "You will also develop internal tools."',
      version: 'v-test',
    };
    await insertListings(
      store.db,
      [listing({ roleFamily: family, audit }), listing({ roleFamily: family })],
      {
        extractor: 't',
      },
    );
    const [withAudit, without] = await listSkillSets(store.db, { roleFamily: family });
    expect((await findListing(store.db, Number(withAudit!.id)))?.audit).toEqual(audit);
    expect((await findListing(store.db, Number(without!.id)))?.audit).toBeUndefined();
    const audits = await findListingAudits(store.db, [Number(withAudit!.id), Number(without!.id)]);
    expect([...audits]).toEqual([[withAudit!.id, audit]]);
    expect(await countByVerdict(store.db, { roleFamily: family })).toEqual({ hybrid: 1 });
    expect(await countListings(store.db, { roleFamily: family, excludeVerdicts: ['hybrid'] })).toBe(1);
    expect(await countListings(store.db, { roleFamily: family, verdict: 'hybrid' })).toBe(1);
  });

  it('audits listings lacking a current audit in batches, then none until the version changes', async () => {
    // A store of its own: the audits below cover every listing stored, and the other tests store
    // copies of the same postings (in shuffled order, before this one).
    const ownSchema = name === 'postgres' ? { postgresSchema: `${schema}_batch` } : undefined;
    const opened = await openStore(ownSchema ? target() : join(tmp, 'batch-audit.db'), ownSchema ?? {});
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    try {
      const family = `batch-audit-${name}`;
      await insertListings(store.db, unauditedPostings(`batch-${name}`, family), { extractor: 't' });
      const ids = (await listSkillSets(store.db, { roleFamily: family })).map((s) => Number(s.id));
      const pending = await countListingsToAudit(store.db, LISTING_AUDIT_VERSION);
      expect(pending).toBeGreaterThanOrEqual(3);

      const progress: number[] = [];
      const first = await auditStoredListings(store.db, {
        audit: (title, text) => auditListing(title, text),
        version: LISTING_AUDIT_VERSION,
        batchSize: 2,
        onProgress: (s) => progress.push(s.audited),
      });
      expect(first).toMatchObject({ pending, audited: pending, failed: 0, issues: [] });
      expect(progress.at(-1)).toBe(pending);
      expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(pending / 2));
      const audits = await findListingAudits(store.db, ids);
      expect(ids.map((id) => audits.get(String(id))?.verdict)).toEqual([
        'genuine',
        'disguised-developer',
        'not-applicable',
      ]);
      expect(audits.get(String(ids[1]))).toMatchObject({
        contentFamily: 'software-development',
        reason: expect.stringMatching(
          /^Hands-on coding is required \(Java.*\): "Write production code in Java/,
        ),
        version: LISTING_AUDIT_VERSION,
      });
      const disguised = await listAuditedListings(store.db, { verdict: 'disguised-developer', limit: 50 });
      expect(disguised.find((l) => l.id === ids[1])).toMatchObject({ title: 'Technical Project Manager' });

      expect(await countListingsToAudit(store.db, LISTING_AUDIT_VERSION)).toBe(0);
      const again = await auditStoredListings(store.db, {
        audit: () => {
          throw new Error('nothing should be audited');
        },
        version: LISTING_AUDIT_VERSION,
      });
      expect(again).toMatchObject({ pending: 0, audited: 0, failed: 0 });

      // A new audit version re-audits every listing; one that cannot be judged is counted and left as it was.
      const total = await countListings(store.db);
      const next = await auditStoredListings(store.db, {
        audit: (title, text) => (text.includes('payments platform') ? undefined : auditListing(title, text)),
        version: `${LISTING_AUDIT_VERSION}-next`,
      });
      expect(next).toMatchObject({ pending: total, audited: total - 1, failed: 1 });
      expect(next.issues).toEqual([
        expect.objectContaining({ code: 'LISTING_AUDIT_FAILED', listingId: ids[0] }),
      ]);
      expect((await findListingAudits(store.db, [ids[0]!])).get(String(ids[0]))?.version).toBe(
        LISTING_AUDIT_VERSION,
      );
      expect(await countListingsToAudit(store.db, `${LISTING_AUDIT_VERSION}-next`)).toBe(1);
    } finally {
      if (ownSchema) await sql`drop schema ${sql.id(ownSchema.postgresSchema)} cascade`.execute(store.db);
      await store.close();
    }
  });

  it('leaves disguised-developer listings out of market figures unless asked, and flags matched listings', async () => {
    const family = `market-audit-${name}`;
    const postings = unauditedPostings(`market-${name}`, family).map((p) => ({
      ...p,
      audit: auditListing(p.title, p.text)!,
    }));
    await insertListings(store.db, postings, { extractor: 't' });
    const taxonomy = bundledTaxonomy();
    const person = ['java', 'sql', 'jira', 'agile'];
    const excluded = await storedMarketSection(store.db, {
      roleId: family,
      personSkillIds: person,
      taxonomy,
    });
    expect(excluded.section.listings).toBe(2);
    expect(excluded.section.disguised).toEqual({ listings: 1, excluded: true });
    expect(excluded.section.topMatches.map((m) => [m.title, m.audit?.verdict])).toEqual(
      expect.arrayContaining([
        ['Technical Project Manager', 'genuine'],
        ['Senior Backend Engineer', 'not-applicable'],
      ]),
    );
    expect(excluded.section.topMatches.some((m) => m.audit?.verdict === 'disguised-developer')).toBe(false);

    const included = await storedMarketSection(store.db, {
      roleId: family,
      personSkillIds: person,
      taxonomy,
      includeDisguised: true,
    });
    expect(included.section.listings).toBe(3);
    expect(included.section.disguised).toEqual({ listings: 1, excluded: false });
    const flagged = included.section.topMatches.find((m) => m.audit?.verdict === 'disguised-developer');
    expect(flagged?.company).toBe('Codeworks');
    expect(flagged?.audit?.reason).toMatch(/Write production code in Java/);
  });

  it('keeps what was read before a source breaks off', async () => {
    const before = await countListings(store.db);
    async function* breaking(): AsyncGenerator<ListingRead> {
      yield { ok: true, value: listing(), at: 'r1' };
      throw Object.assign(new Error('truncated'), {
        issue: { code: 'CSV_UNREADABLE', message: 'truncated' },
      });
    }
    const summary = await ingestListings(store.db, breaking(), {
      prepare: (item) => ok(item.value as PreparedListing),
      extractor: 't',
    });
    expect(summary).toMatchObject({ read: 1, inserted: 1, aborted: { code: 'CSV_UNREADABLE' } });
    expect(await countListings(store.db)).toBe(before + 1);
  });
});

describe('opening stores', () => {
  it('reports a PostgreSQL URL that cannot connect, without the password', async () => {
    const opened = await openStore('postgres://someone:secret@127.0.0.1:1/nowhere');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('STORE_CONNECT_FAILED');
    expect(opened.error.message).toContain('postgres://someone:***@127.0.0.1:1/nowhere');
    expect(opened.error.message).not.toContain('secret');
  });

  it('reports a database file that cannot be created', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const opened = await openStore(join(file, 'sub', 'none.db'));
    expect(opened).toMatchObject({ ok: false, error: { code: 'STORE_OPEN_FAILED' } });
  });
});

describe('packed skills', () => {
  it('round-trips every requirement kind and the empty set', () => {
    const skills = [
      { skillId: 'a', requirement: 'required' as const },
      { skillId: 'b-c', requirement: 'preferred' as const },
      { skillId: 'd', requirement: 'mentioned' as const },
      { skillId: 'e', requirement: 'required' as const },
    ];
    expect(packSkills(skills)).toBe('r:a,e;p:b-c;m:d');
    expect(unpackSkills(packSkills(skills))).toEqual([skills[0], skills[3], skills[1], skills[2]]);
    expect(unpackSkills(packSkills([]))).toEqual([]);
  });
});
