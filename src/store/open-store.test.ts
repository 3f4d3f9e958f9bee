import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { randomStrings } from '../../test/random-strings.ts';
import { testPostgresUrl } from '../../test/skips.ts';
import { fail, ok } from '../core/result.ts';
import { migrationProvider } from './migrations/index.ts';
import {
  isPostgresUrl,
  migrateToLatest,
  type OpenStoreOptions,
  openStore,
  redactUrl,
  resolveStoreTarget,
  type Store,
} from './open-store.ts';

const postgresUrl = testPostgresUrl('the store opening tests');

describe('redactUrl', () => {
  it('hides the password of a URL', () => {
    expect(redactUrl('postgres://someone:secret@db.example:5432/rolefit')).toBe(
      'postgres://someone:***@db.example:5432/rolefit',
    );
    expect(redactUrl('postgres://someone@db.example/rolefit')).toBe('postgres://someone@db.example/rolefit');
  });

  it('hides it in a string that is not a URL, as the expression it scans with always did', () => {
    const old = (s: string) => s.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
    // Strings `new URL` refuses (no scheme), over the characters the expression looks at.
    for (const s of randomStrings(['/', '/', ':', '@', 'a', ' ', '['], 4000, 16)) {
      expect(redactUrl(`[${s}`)).toBe(old(`[${s}`));
    }
    expect(redactUrl('postgres://u:p w@[bad/db')).toBe('postgres://u:***@[bad/db');
  });

  it('reads a run of 200,000 unfinished credentials once (it read to the end from each: minutes)', () => {
    const run = '[//a:'.repeat(200_000);
    expect(redactUrl(run)).toBe(run);
    expect(redactUrl(`${run}@`)).toBe('[//a:***@');
  });
});

describe('resolveStoreTarget', () => {
  it('takes --db first, trimmed, then ROLEFIT_DATABASE_URL, trimmed, then ~/.rolefit/rolefit.db', () => {
    const env = { ROLEFIT_DATABASE_URL: ' postgres://u@h/db ' };
    expect(resolveStoreTarget({ option: ' my.db ', env, home: '/home/x' })).toBe('my.db');
    expect(resolveStoreTarget({ option: '  ', env, home: '/home/x' })).toBe('postgres://u@h/db');
    expect(resolveStoreTarget({ env, home: '/home/x' })).toBe('postgres://u@h/db');
    expect(resolveStoreTarget({ env: { ROLEFIT_DATABASE_URL: ' ' }, home: '/home/x' })).toBe(
      '/home/x/.rolefit/rolefit.db',
    );
    expect(resolveStoreTarget({ home: '/home/x' })).toBe('/home/x/.rolefit/rolefit.db');
    expect(resolveStoreTarget()).toBe(join(homedir(), '.rolefit', 'rolefit.db'));
  });
});

describe('isPostgresUrl', () => {
  it('knows postgres:// and postgresql:// in any case, at the start only', () => {
    expect(
      ['postgres://u@h/db', 'postgresql://u@h/db', 'POSTGRES://u@h/db', 'PostgreSQL://h'].map(isPostgresUrl),
    ).toEqual([true, true, true, true]);
    expect(
      [
        'my-postgres://h/db',
        'postgres:/h',
        'postgresq://h',
        'postgres',
        './postgres://x.db',
        'rolefit.db',
      ].map(isPostgresUrl),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('opening an SQLite store', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rolefit-open-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function open(target: string, options: OpenStoreOptions = {}): Promise<Store> {
    const opened = await openStore(target, options);
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  }
  const tables = async (store: Store) =>
    (
      await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(
        store.db,
      )
    ).rows.map((r) => r.name);

  it('creates the file and its folders, migrated, and says where it is', async () => {
    const file = join(tmp, 'a', 'b', 'store.db');
    const store = await open(file);
    try {
      expect(store.dialect).toBe('sqlite');
      expect(store.location).toBe(file);
      expect(existsSync(file)).toBe(true);
      expect(await tables(store)).toEqual([
        'kysely_migration',
        'kysely_migration_lock',
        'listing',
        'listing_skill',
        'saved_analysis',
        'sqlite_sequence',
      ]);
    } finally {
      await store.close();
    }
  });

  it('gives a relative path as the absolute path it opened', async () => {
    const store = await open(relative(process.cwd(), join(tmp, 'relative.db')));
    expect(store.location).toBe(join(tmp, 'relative.db'));
    await store.close();
  });

  it('opens :memory: in memory, not as a file of that name', async () => {
    const stray = resolve(':memory:');
    const strays = [stray, `${stray}-wal`, `${stray}-shm`];
    for (const f of strays) rmSync(f, { force: true });
    try {
      const store = await open(':memory:');
      expect(store.location).toBe(':memory:');
      expect(await tables(store)).toContain('listing');
      await store.close();
      expect(existsSync(stray)).toBe(false);
    } finally {
      for (const f of strays) rmSync(f, { force: true });
    }
  });

  it('sets WAL, normal sync, foreign keys, a 5 s busy wait and secure delete on the connection', async () => {
    const store = await open(join(tmp, 'pragmas.db'));
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0] ?? {},
        );
      expect(await pragma('journal_mode')).toEqual(['wal']);
      expect(await pragma('synchronous')).toEqual([1]);
      expect(await pragma('foreign_keys')).toEqual([1]);
      expect(await pragma('busy_timeout')).toEqual([5000]);
      expect(await pragma('secure_delete')).toEqual([1]);
    } finally {
      await store.close();
    }
  });

  it('leaves the migrations alone when asked, and runs each pending one once', async () => {
    const store = await open(join(tmp, 'unmigrated.db'), { migrate: false });
    try {
      expect(await tables(store)).toEqual([]);
      expect(await migrateToLatest(store.db)).toEqual(
        ok(['0001-listings', '0002-listing-audit', '0003-saved-analyses']),
      );
      expect(await migrateToLatest(store.db)).toEqual(ok([]));
    } finally {
      await store.close();
    }
  });

  it("reports the migration that failed, keeping the ones before it, this run's too", async () => {
    const file = join(tmp, 'half-migrated.db');
    const old = await open(file, { migrate: false });
    try {
      const migrator = new Migrator({ db: old.db, provider: migrationProvider });
      expect((await migrator.migrateTo('0001-listings')).error).toBeUndefined();
      // A table of that name already there: 0002 runs, then 0003 cannot create it.
      await sql`create table saved_analysis (x text)`.execute(old.db);
    } finally {
      await old.close();
    }
    expect(await openStore(file)).toEqual(
      fail({
        code: 'STORE_MIGRATION_FAILED',
        message: 'database migration 0003-saved-analyses failed: table "saved_analysis" already exists',
        hint: 'check that the database is not used by an older or newer rolefit, or start with a new --db file',
      }),
    );
    const again = await open(file, { migrate: false });
    try {
      const done = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        again.db,
      );
      expect(done.rows.map((r) => r.name)).toEqual(['0001-listings', '0002-listing-audit']);
    } finally {
      await again.close();
    }
  });

  it('reports a store migrated by a newer rolefit, with no migration to name', async () => {
    const file = join(tmp, 'newer.db');
    const store = await open(file);
    await sql`insert into kysely_migration (name, timestamp) values ('0099-future', '2030-01-01T00:00:00.000Z')`.execute(
      store.db,
    );
    await store.close();
    const opened = await openStore(file);
    expect(opened).toEqual(
      fail({
        code: 'STORE_MIGRATION_FAILED',
        message: expect.stringMatching(/^database migration unknown failed: .*0099-future/),
        hint: 'check that the database is not used by an older or newer rolefit, or start with a new --db file',
      }),
    );
  });

  it('reports a file it cannot create, with the path and the reason', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const target = join(file, 'sub', 'none.db');
    const opened = await openStore(target);
    expect(opened).toEqual(
      fail({
        code: 'STORE_OPEN_FAILED',
        message: `cannot open the database file ${target}: ENOTDIR: not a directory, mkdir '${join(file, 'sub')}'`,
        hint: 'pass --db with a writable file path, or a postgres:// URL',
      }),
    );
  });
});

describe('opening a PostgreSQL store', () => {
  it('refuses a schema name that is not a plain lower-case identifier, before connecting', async () => {
    for (const schema of ['Rolefit', '1rolefit', 'role-fit', 'x; drop table listing', ';x', 'x;', '']) {
      expect(await openStore('postgres://u:p@127.0.0.1:1/db', { postgresSchema: schema })).toEqual(
        fail({ code: 'STORE_BAD_SCHEMA', message: `invalid PostgreSQL schema name "${schema}"` }),
      );
    }
  });

  it('reports a server it cannot reach, with the reason and without the password', async () => {
    expect(
      await openStore('postgres://someone:secret@127.0.0.1:1/nowhere', { postgresSchema: 'ok_name' }),
    ).toEqual(
      fail({
        code: 'STORE_CONNECT_FAILED',
        message:
          'cannot connect to PostgreSQL at postgres://someone:***@127.0.0.1:1/nowhere: connect ECONNREFUSED 127.0.0.1:1',
        hint: 'check the URL (postgres://user:password@host:5432/database) and that the server is running',
      }),
    );
  });

  describe.skipIf(postgresUrl === undefined)('on a server', () => {
    const base = `rolefit_open_${process.pid}_${Date.now()}`;
    const url = postgresUrl ?? '';
    const made: Store[] = [];
    afterAll(async () => {
      for (const store of made) {
        await sql`drop schema if exists ${sql.id(`${base}_a`)} cascade`.execute(store.db);
        await sql`drop schema if exists ${sql.id(`${base}_b`)} cascade`.execute(store.db);
        await sql`drop schema if exists ${sql.id(`${base}_c`)} cascade`.execute(store.db);
        await store.close();
      }
    });
    async function open(schema: string, options: OpenStoreOptions = {}): Promise<Store> {
      const opened = await openStore(url, { postgresSchema: schema, ...options });
      if (!opened.ok) throw new Error(opened.error.message);
      made.push(opened.value);
      return opened.value;
    }
    const tablesIn = async (store: Store, schema: string) =>
      (
        await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = ${schema} order by table_name`.execute(store.db)
      ).rows.map((r) => r.name);

    it('creates its schema and migrates inside it; a second schema is migrated too', async () => {
      const a = await open(`${base}_a`);
      expect(a.dialect).toBe('postgres');
      expect(a.location).toBe(redactUrl(url));
      const all = ['kysely_migration', 'kysely_migration_lock', 'listing', 'listing_skill', 'saved_analysis'];
      expect(await tablesIn(a, `${base}_a`)).toEqual(all);
      const b = await open(`${base}_b`);
      expect(await tablesIn(b, `${base}_b`)).toEqual(all);
    });

    it('without a schema, works in the default one and creates none', async () => {
      const opened = await openStore(url, { migrate: false });
      if (!opened.ok) throw new Error(opened.error.message);
      const store = opened.value;
      try {
        await sql`drop schema if exists "undefined"`.execute(store.db);
        const again = await openStore(url, { migrate: false });
        if (!again.ok) throw new Error(again.error.message);
        await again.value.close();
        const schemas = await sql<{ n: number }>`select count(*)::int as n from information_schema.schemata
          where schema_name = 'undefined'`.execute(store.db);
        expect(schemas.rows).toEqual([{ n: 0 }]);
        expect((await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows).toEqual([
          { s: 'public' },
        ]);
      } finally {
        await store.close();
      }
    });

    it('leaves a new schema empty when asked not to migrate', async () => {
      const c = await open(`${base}_c`, { migrate: false });
      expect(await tablesIn(c, `${base}_c`)).toEqual([]);
      expect(await migrateToLatest(c.db)).toEqual(
        ok(['0001-listings', '0002-listing-audit', '0003-saved-analyses']),
      );
      expect(await tablesIn(c, `${base}_c`)).toContain('listing');
    });
  });
});
