import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('listing')
    .addColumn('id', 'integer', (col) =>
      postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
    )
    // Short columns first: reading skills for 100k listings must not walk past each long text.
    .addColumn('role_family', 'text')
    .addColumn('skills', 'text', (col) => col.notNull())
    .addColumn('dedupe_key', 'text', (col) => col.notNull().unique())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text')
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('company', 'text')
    .addColumn('location', 'text')
    .addColumn('url', 'text')
    .addColumn('posted_at', 'text')
    .addColumn('extractor', 'text', (col) => col.notNull())
    .addColumn('ingested_at', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('listing_role_family_idx').on('listing').column('role_family').execute();
  await db.schema.createIndex('listing_content_hash_idx').on('listing').column('content_hash').execute();

  await db.schema
    .createTable('listing_skill')
    .addColumn('listing_id', 'integer', (col) => col.notNull().references('listing.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (col) => col.notNull())
    .addColumn('requirement', 'text', (col) =>
      col.notNull().check(sql`requirement in ('required', 'preferred', 'mentioned')`),
    )
    .addPrimaryKeyConstraint('listing_skill_pk', ['listing_id', 'skill_id'])
    .execute();
  await db.schema
    .createIndex('listing_skill_skill_idx')
    .on('listing_skill')
    .columns(['skill_id', 'requirement'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('listing_skill').execute();
  await db.schema.dropTable('listing').execute();
}
