import type { Kysely } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

/** Analyses a person asked the server to keep: the report and resume text, until deleted or expired. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('saved_analysis')
    // SHA-256 of the id handed to the person: the id itself, the only key to the resume, is not stored.
    .addColumn('id_hash', 'text', (col) => col.primaryKey())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('saved_analysis_expires_at_idx')
    .on('saved_analysis')
    .column('expires_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('saved_analysis').execute();
}
