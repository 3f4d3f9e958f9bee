import type { Kysely } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

/** The posting audit of each listing: null until audited (at ingestion, or by `rolefit audit --db`). */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('listing').addColumn('audit_verdict', 'text').execute();
  await db.schema.alterTable('listing').addColumn('audit_family', 'text').execute();
  await db.schema.alterTable('listing').addColumn('audit_hands_on', 'real').execute();
  await db.schema.alterTable('listing').addColumn('audit_reason', 'text').execute();
  await db.schema.alterTable('listing').addColumn('audit_version', 'text').execute();
  // Market figures count a role's listings by verdict.
  await db.schema
    .createIndex('listing_role_family_verdict_idx')
    .on('listing')
    .columns(['role_family', 'audit_verdict'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('listing_role_family_verdict_idx').execute();
  for (const column of ['audit_version', 'audit_reason', 'audit_hands_on', 'audit_family', 'audit_verdict'])
    await db.schema.alterTable('listing').dropColumn(column).execute();
}
