import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

export type StoreDialect = 'sqlite' | 'postgres';

/** An open, migrated store. */
export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Where it is, safe to print (a URL's password is hidden). */
  location: string;
  close(): Promise<void>;
}

export interface StoreTargetInput {
  /** `--db`: a file path or a postgres:// URL. */
  option?: string | undefined;
  env?: Readonly<Record<string, string | undefined>>;
  home?: string;
}

/** `--db`, else `ROLEFIT_DATABASE_URL`, else the embedded file `~/.rolefit/rolefit.db`. */
export function resolveStoreTarget(input: StoreTargetInput = {}): string {
  const fromEnv = input.env?.ROLEFIT_DATABASE_URL?.trim();
  if (input.option?.trim()) return input.option.trim();
  if (fromEnv) return fromEnv;
  return join(input.home ?? homedir(), '.rolefit', 'rolefit.db');
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** The URL without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // Only up to the last '@': past it the password's `[^@]*` could only fail, after reading to
    // the end from every '//…:' (quadratic in a run of them).
    const end = url.lastIndexOf('@') + 1;
    return url.slice(0, end).replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@') + url.slice(end);
  }
}

export interface OpenStoreOptions {
  /** PostgreSQL schema to work in (tests isolate themselves this way); created when missing. */
  postgresSchema?: string;
  /** Run migrations (default true). */
  migrate?: boolean;
}

/** Opens (creating when needed) and migrates the store at `target`; never throws. */
export async function openStore(
  target: string,
  options: OpenStoreOptions = {},
): Promise<Result<Store, Issue>> {
  const opened = isPostgresUrl(target) ? await openPostgres(target, options) : await openSqlite(target);
  if (!opened.ok) return opened;
  if (options.migrate === false) return opened;
  const migrated = await migrateToLatest(opened.value.db);
  if (!migrated.ok) {
    await opened.value.close();
    return migrated;
  }
  return opened;
}

/** Runs every pending migration; the store is left at the last one that succeeded. */
export async function migrateToLatest(db: Kysely<Database>): Promise<Result<string[], Issue>> {
  // Kysely looks for its migration tables in every schema; on PostgreSQL, pin them to ours so a
  // second rolefit schema in the same database (tests, staging) is not taken as already migrated.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    return fail({
      code: 'STORE_MIGRATION_FAILED',
      message: `database migration ${failed} failed: ${errorMessage(error)}`,
      hint: 'check that the database is not used by an older or newer rolefit, or start with a new --db file',
    });
  }
  return ok(results.filter((r) => r.status === 'Success').map((r) => r.migrationName));
}

async function openSqlite(path: string): Promise<Result<Store, Issue>> {
  const file = path === ':memory:' ? path : resolve(path);
  try {
    const { default: SqliteDatabase } = await import('better-sqlite3');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Deleted rows (a saved analysis holds resume text) are overwritten, not just unlinked.
    sqlite.pragma('secure_delete = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return ok({ db, dialect: 'sqlite', location: file, close: () => db.destroy() });
  } catch (error) {
    return fail({
      code: 'STORE_OPEN_FAILED',
      message: `cannot open the database file ${file}: ${errorMessage(error)}`,
      hint: 'pass --db with a writable file path, or a postgres:// URL',
    });
  }
}

async function openPostgres(url: string, options: OpenStoreOptions): Promise<Result<Store, Issue>> {
  const location = redactUrl(url);
  const { default: pg } = await import('pg');
  const schema = options.postgresSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    return fail({ code: 'STORE_BAD_SCHEMA', message: `invalid PostgreSQL schema name "${schema}"` });
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server emits 'error'; without a listener the process would crash.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists ${schema}`);
      await client.query('select 1');
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    return fail({
      code: 'STORE_CONNECT_FAILED',
      message: `cannot connect to PostgreSQL at ${location}: ${errorMessage(error)}`,
      hint: 'check the URL (postgres://user:password@host:5432/database) and that the server is running',
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return ok({ db, dialect: 'postgres', location, close: () => db.destroy() });
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
