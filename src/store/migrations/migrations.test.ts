import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../open-store.ts';
import { migrationProvider, migrations } from './index.ts';

/** An in-memory SQLite store with no migration run. */
async function unmigrated(): Promise<Store> {
  const opened = await openStore(':memory:', { migrate: false });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Every table and index the migrations made, as SQLite keeps them (Kysely's and SQLite's own left out). */
async function schema(store: Store): Promise<Array<{ name: string; sql: string }>> {
  const rows = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where name not like 'kysely%' and name not like 'sqlite%' order by name`.execute(store.db);
  return rows.rows;
}

const LISTING =
  'CREATE TABLE "listing" ("id" integer primary key autoincrement, "role_family" text, "skills" text not null, "dedupe_key" text not null unique, "source" text not null, "source_id" text, "content_hash" text not null, "title" text not null, "company" text, "location" text, "url" text, "posted_at" text, "extractor" text not null, "ingested_at" text not null, "text" text not null';
const AUDIT_COLUMNS =
  ', "audit_verdict" text, "audit_family" text, "audit_hands_on" real, "audit_reason" text, "audit_version" text';
const LISTINGS = [
  { name: 'listing', sql: `${LISTING})` },
  {
    name: 'listing_content_hash_idx',
    sql: 'CREATE INDEX "listing_content_hash_idx" on "listing" ("content_hash")',
  },
  {
    name: 'listing_role_family_idx',
    sql: 'CREATE INDEX "listing_role_family_idx" on "listing" ("role_family")',
  },
  {
    name: 'listing_skill',
    sql: `CREATE TABLE "listing_skill" ("listing_id" integer not null references "listing" ("id") on delete cascade, "skill_id" text not null, "requirement" text not null check (requirement in ('required', 'preferred', 'mentioned')), constraint "listing_skill_pk" primary key ("listing_id", "skill_id"))`,
  },
  {
    name: 'listing_skill_skill_idx',
    sql: 'CREATE INDEX "listing_skill_skill_idx" on "listing_skill" ("skill_id", "requirement")',
  },
];
const VERDICT_IDX = {
  name: 'listing_role_family_verdict_idx',
  sql: 'CREATE INDEX "listing_role_family_verdict_idx" on "listing" ("role_family", "audit_verdict")',
};
const LISTING_AUDIT = [
  { name: 'listing', sql: `${LISTING}${AUDIT_COLUMNS})` },
  ...LISTINGS.slice(1, 3),
  VERDICT_IDX,
  ...LISTINGS.slice(3),
];
const SAVED_ANALYSES = [
  ...LISTING_AUDIT,
  {
    name: 'saved_analysis',
    sql: 'CREATE TABLE "saved_analysis" ("id_hash" text primary key, "payload" text not null, "bytes" integer not null, "saved_at" text not null, "expires_at" text not null)',
  },
  {
    name: 'saved_analysis_expires_at_idx',
    sql: 'CREATE INDEX "saved_analysis_expires_at_idx" on "saved_analysis" ("expires_at")',
  },
];

describe('migrations (SQLite)', () => {
  it('are the three, by name in the order they run', async () => {
    expect(Object.keys(migrations)).toEqual(['0001-listings', '0002-listing-audit', '0003-saved-analyses']);
    expect(await migrationProvider.getMigrations()).toBe(migrations);
  });

  it('make, one after another, these tables, columns, constraints and indexes', async () => {
    const store = await unmigrated();
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider });
      const made: unknown[] = [];
      for (const name of Object.keys(migrations)) {
        expect(await migrator.migrateUp()).toEqual({
          results: [{ migrationName: name, direction: 'Up', status: 'Success' }],
        });
        made.push(await schema(store));
      }
      expect(made).toEqual([LISTINGS, LISTING_AUDIT, SAVED_ANALYSES]);
    } finally {
      await store.close();
    }
  });

  it('each undo what they made, the last first, down to nothing', async () => {
    const store = await unmigrated();
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const left: unknown[] = [];
      for (const name of Object.keys(migrations).reverse()) {
        expect(await migrator.migrateDown()).toEqual({
          results: [{ migrationName: name, direction: 'Down', status: 'Success' }],
        });
        left.push(await schema(store));
      }
      expect(left).toEqual([LISTING_AUDIT, LISTINGS, []]);
    } finally {
      await store.close();
    }
  });
});
