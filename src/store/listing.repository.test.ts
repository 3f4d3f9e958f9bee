import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedListing } from '../../test/fixtures/store.ts';
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
  listListingProvenance,
  listListingsToAudit,
  listSkillSetIndex,
  listSkillSets,
  packSkills,
  saveListingAudits,
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

/** A prepared listing with sensible defaults: it also prefers SQL. */
const listing = (overrides: Partial<PreparedListing> = {}): PreparedListing =>
  preparedListing({
    skills: [
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ],
    ...overrides,
  });

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
  /** The id a listing was stored under. */
  const idOf = async (dedupeKey: string): Promise<number> =>
    (
      await store.db
        .selectFrom('listing')
        .select('id')
        .where('dedupe_key', '=', dedupeKey)
        .executeTakeFirstOrThrow()
    ).id;

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

  it('reads a listing stored with no optional fields back without them', async () => {
    const { sourceId: _sourceId, ...bare } = listing({ roleFamily: undefined, skills: [] });
    await insertListings(store.db, [bare], { extractor: 'v0', now: '2025-03-04T05:06:07.000Z' });
    const id = await idOf(bare.dedupeKey);
    expect(await findListing(store.db, id)).toStrictEqual({
      id,
      source: 'test',
      title: bare.title,
      text: bare.text,
      dedupeKey: bare.dedupeKey,
      contentHash: bare.contentHash,
      roleFamily: undefined,
      skills: [],
      extractor: 'v0',
      ingestedAt: '2025-03-04T05:06:07.000Z',
    });
  });

  it('stamps a batch with the time it was stored when no time is given', async () => {
    const a = listing();
    const before = new Date().toISOString();
    await insertListings(store.db, [a], { extractor: 't' });
    const after = new Date().toISOString();
    const stored = await findListing(store.db, await idOf(a.dedupeKey));
    expect(stored!.ingestedAt >= before && stored!.ingestedAt <= after).toBe(true);
    expect(stored!.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('stores nothing for an empty batch', async () => {
    const before = await countListings(store.db);
    expect(await insertListings(store.db, [], { extractor: 't' })).toEqual({ inserted: 0, duplicates: 0 });
    expect(await countListings(store.db)).toBe(before);
  });

  it('stores batches at and past the statement sizes (400 listings, 4,000 skill rows) whole', async () => {
    const skills = Array.from({ length: 10 }, (_, i) => ({
      skillId: `chunk-skill-${i}`,
      requirement: 'required' as const,
    }));
    for (const size of [400, 401]) {
      const family = `chunk-${size}-${name}`;
      const many = Array.from({ length: size }, () => listing({ roleFamily: family, skills }));
      expect(await insertListings(store.db, many, { extractor: 't' })).toEqual({
        inserted: size,
        duplicates: 0,
      });
      expect(await countListings(store.db, { roleFamily: family })).toBe(size);
      expect(await countListingsBySkill(store.db, { roleFamily: family })).toEqual(
        skills.map((s) => ({ skillId: s.skillId, listings: size })),
      );
      const last = await findListing(store.db, await idOf(many[size - 1]!.dedupeKey));
      expect(last?.skills).toEqual(skills);
    }
  });

  it('stores a batch larger than one statement may bind (2,000 listings of 20 columns: SQLite binds 32,766)', async () => {
    const family = `big-batch-${name}`;
    const many = Array.from({ length: 2000 }, () => listing({ roleFamily: family, skills: [] }));
    expect(await insertListings(store.db, many, { extractor: 't' })).toEqual({
      inserted: 2000,
      duplicates: 0,
    });
    expect(await countListings(store.db, { roleFamily: family })).toBe(2000);
  });

  it('keeps the first of two listings with one dedupe key in a batch', async () => {
    const first = listing({ title: 'First of two' });
    const second = listing({
      dedupeKey: first.dedupeKey,
      title: 'Second of two',
      skills: [{ skillId: 'budgeting', requirement: 'mentioned' }],
    });
    expect(await insertListings(store.db, [first, second], { extractor: 't' })).toEqual({
      inserted: 1,
      duplicates: 1,
    });
    const stored = await findListing(store.db, await idOf(first.dedupeKey));
    expect([stored?.title, stored?.skills]).toEqual(['First of two', first.skills]);
  });

  it('reads an audit only when all five of its columns are set', async () => {
    const family = `partial-audit-${name}`;
    const full: ListingAudit = {
      verdict: 'disguised-developer',
      contentFamily: 'software-development',
      handsOnShare: 0.75,
      reason: 'Hands-on coding is required.',
      version: 'v-partial',
    };
    const rows = Array.from({ length: 6 }, () => listing({ roleFamily: family, audit: full }));
    await insertListings(store.db, rows, { extractor: 't' });
    const ids = await Promise.all(rows.map((r) => idOf(r.dedupeKey)));
    const columns = [
      'audit_verdict',
      'audit_family',
      'audit_hands_on',
      'audit_reason',
      'audit_version',
    ] as const;
    for (const [i, column] of columns.entries()) {
      await store.db
        .updateTable('listing')
        .set({ [column]: null })
        .where('id', '=', ids[i]!)
        .execute();
    }
    for (const id of ids.slice(0, 5)) expect((await findListing(store.db, id))?.audit).toBeUndefined();
    expect((await findListing(store.db, ids[5]!))?.audit).toEqual(full);
    expect([...(await findListingAudits(store.db, ids))]).toEqual([[String(ids[5]), full]]);
    const listed = await listAuditedListings(store.db, { verdict: 'disguised-developer', limit: 10_000 });
    expect(listed.filter((l) => ids.includes(l.id)).map((l) => l.id)).toEqual(
      // audit_verdict null: not listed at all; the other four partial rows are left out.
      [ids[5]],
    );
  });

  it('reads no audits for no ids', async () => {
    expect(await findListingAudits(store.db, [])).toEqual(new Map());
  });

  it('filters by role family, by verdict and by verdicts left out (none left out: all stay)', async () => {
    const family = `filter-${name}`;
    const audit = (verdict: ListingAudit['verdict']): ListingAudit => ({
      verdict,
      contentFamily: 'technical-program-management',
      handsOnShare: 0.1,
      reason: 'r',
      version: 'v',
    });
    await insertListings(
      store.db,
      [
        listing({ roleFamily: family, audit: audit('genuine') }),
        listing({ roleFamily: family, audit: audit('hybrid') }),
        listing({ roleFamily: family, audit: audit('disguised-developer') }),
        listing({ roleFamily: family }),
        listing({ roleFamily: `${family}-other`, audit: audit('genuine') }),
      ],
      { extractor: 't' },
    );
    expect(await countListings(store.db, { roleFamily: family })).toBe(4);
    expect(await countListings(store.db, { roleFamily: family, excludeVerdicts: [] })).toBe(4);
    expect(
      await countListings(store.db, { roleFamily: family, excludeVerdicts: ['hybrid', 'genuine'] }),
    ).toBe(2);
    expect(await countListings(store.db, { roleFamily: family, verdict: 'genuine' })).toBe(1);
    expect(await countListings(store.db, { roleFamily: `${family}-other` })).toBe(1);
    expect(await countByVerdict(store.db, { roleFamily: family })).toEqual({
      genuine: 1,
      hybrid: 1,
      'disguised-developer': 1,
    });
    expect(await countByVerdict(store.db, { roleFamily: family, excludeVerdicts: ['genuine'] })).toEqual({
      hybrid: 1,
      'disguised-developer': 1,
    });
    expect((await listSkillSets(store.db, { roleFamily: family, verdict: 'hybrid' })).length).toBe(1);
    expect((await listListingProvenance(store.db, { roleFamily: family, excludeVerdicts: [] })).length).toBe(
      4,
    );
    expect(
      (await listSkillSetIndex(store.db, { roleFamily: family, excludeVerdicts: ['genuine'] })).size,
    ).toBe(3);
  });

  it('orders role families by listings, ties by name, and skills by listings, ties by id', async () => {
    const tag = `order-${name}`;
    const put = (roleFamily: string, skillIds: string[]) =>
      listing({
        roleFamily,
        skills: skillIds.map((skillId) => ({ skillId, requirement: 'mentioned' as const })),
      });
    await insertListings(
      store.db,
      [
        put(`${tag}-b`, [`${tag}-y`, `${tag}-x`]),
        put(`${tag}-b`, [`${tag}-z`]),
        put(`${tag}-a`, [`${tag}-z`]),
        put(`${tag}-a`, [`${tag}-y`]),
        put(`${tag}-c`, [`${tag}-x`, `${tag}-z`]),
        put(`${tag}-c`, []),
        put(`${tag}-c`, []),
      ],
      { extractor: 't' },
    );
    const families = (await countByRoleFamily(store.db)).filter((f) => f.roleFamily?.startsWith(tag));
    expect(families).toEqual([
      { roleFamily: `${tag}-c`, listings: 3 },
      { roleFamily: `${tag}-a`, listings: 2 },
      { roleFamily: `${tag}-b`, listings: 2 },
    ]);
    const skills = (await countListingsBySkill(store.db)).filter((s) => s.skillId.startsWith(tag));
    expect(skills).toEqual([
      { skillId: `${tag}-z`, listings: 3 },
      { skillId: `${tag}-x`, listings: 2 },
      { skillId: `${tag}-y`, listings: 2 },
    ]);
    expect(
      await countListingsBySkill(store.db, { roleFamily: `${tag}-b`, requirement: 'mentioned' }),
    ).toEqual([
      { skillId: `${tag}-x`, listings: 1 },
      { skillId: `${tag}-y`, listings: 1 },
      { skillId: `${tag}-z`, listings: 1 },
    ]);
    expect(await countListingsBySkill(store.db, { roleFamily: `${tag}-b`, requirement: 'required' })).toEqual(
      [],
    );
  });

  it('reads skill sets, their index and provenance in id order, with absent fields left out', async () => {
    const family = `sets-${name}`;
    const a = listing({ roleFamily: family, company: 'Acme', postedAt: '2025-05-06', source: 'feed-a' });
    const b = listing({ roleFamily: family, skills: [] });
    await insertListings(store.db, [a, b], { extractor: 't' });
    const [idA, idB] = [await idOf(a.dedupeKey), await idOf(b.dedupeKey)];
    expect(await listSkillSets(store.db, { roleFamily: family })).toStrictEqual([
      { id: String(idA), title: a.title, company: 'Acme', skills: a.skills },
      { id: String(idB), title: b.title, skills: [] },
    ]);
    const index = await listSkillSetIndex(store.db, { roleFamily: family });
    expect([index.size, index.ids, index.titles, index.companies]).toEqual([
      2,
      [String(idA), String(idB)],
      [a.title, b.title],
      ['Acme', undefined],
    ]);
    expect(await listListingProvenance(store.db, { roleFamily: family })).toStrictEqual([
      { source: 'feed-a', postedAt: '2025-05-06' },
      { source: 'test', postedAt: undefined },
    ]);
  });

  it('lists audited listings of a verdict, most hands-on first, then by id, up to the limit', async () => {
    const family = `ranked-${name}`;
    const audit = (verdict: ListingAudit['verdict'], handsOnShare: number): ListingAudit => ({
      verdict,
      contentFamily: 'software-development',
      handsOnShare,
      reason: `share ${handsOnShare}`,
      version: 'v',
    });
    const verdict = 'not-tpm';
    const rows = [
      listing({ roleFamily: family, company: 'Low', audit: audit(verdict, 0.25) }),
      listing({ roleFamily: family, company: 'TieFirst', audit: audit(verdict, 0.5) }),
      listing({ roleFamily: undefined, audit: audit(verdict, 0.5) }),
      listing({ roleFamily: family, company: 'High', audit: audit(verdict, 0.875) }),
      listing({ roleFamily: family, audit: audit('genuine', 0.9) }),
    ];
    await insertListings(store.db, rows, { extractor: 't' });
    const ids = await Promise.all(rows.map((r) => idOf(r.dedupeKey)));
    const mine = (await listAuditedListings(store.db, { verdict, limit: 10_000 })).filter((l) =>
      ids.includes(l.id),
    );
    expect(mine).toStrictEqual([
      {
        id: ids[3],
        title: rows[3]!.title,
        company: 'High',
        roleFamily: family,
        audit: audit(verdict, 0.875),
      },
      {
        id: ids[1],
        title: rows[1]!.title,
        company: 'TieFirst',
        roleFamily: family,
        audit: audit(verdict, 0.5),
      },
      { id: ids[2], title: rows[2]!.title, audit: audit(verdict, 0.5) },
      { id: ids[0], title: rows[0]!.title, company: 'Low', roleFamily: family, audit: audit(verdict, 0.25) },
    ]);
    const all = await listAuditedListings(store.db, { verdict, limit: 10_000 });
    expect((await listAuditedListings(store.db, { verdict, limit: 2 })).map((l) => l.id)).toEqual(
      all.slice(0, 2).map((l) => l.id),
    );
  });

  it('lists listings to audit after an id, up to a limit, and stores their audits', async () => {
    const version = `v-next-${name}`;
    // Enough listings whatever ran before.
    await insertListings(
      store.db,
      Array.from({ length: 5 }, () => listing()),
      { extractor: 't' },
    );
    const all = await listListingsToAudit(store.db, { version, limit: 1_000_000 });
    expect(all.length).toBe(await countListingsToAudit(store.db, version));
    const first = await listListingsToAudit(store.db, { version, limit: 2 });
    expect(first).toEqual(all.slice(0, 2));
    const next = await listListingsToAudit(store.db, { version, afterId: first[1]!.id, limit: 2 });
    expect(next).toEqual(all.slice(2, 4));
    expect(Object.keys(next[0]!).sort()).toEqual(['id', 'text', 'title']);
    const audit: ListingAudit = {
      verdict: 'genuine',
      contentFamily: 'technical-program-management',
      handsOnShare: 0,
      reason: 'r',
      version,
    };
    await saveListingAudits(store.db, []);
    await saveListingAudits(store.db, [{ id: all[0]!.id, audit }]);
    expect((await findListing(store.db, all[0]!.id))?.audit).toEqual(audit);
    expect(await listListingsToAudit(store.db, { version, limit: 2 })).toEqual([all[1], all[2]]);
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
