import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Verdict } from '../core/audit/verdict.ts';
import type {
  ListingAudit,
  ListingRequirement,
  ListingSkillSet,
  PreparedListing,
} from '../core/market/listing.ts';
import {
  indexPackedSkillSets,
  packSkills,
  type SkillSetIndex,
  unpackSkills,
} from '../core/market/skill-set-index.ts';
import type { Database, ListingRow, NewListingRow } from './database.ts';

// Rows per statement, well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const LISTING_CHUNK = 400;
const SKILL_CHUNK = 4000;

export { packSkills, unpackSkills };

/** A stored listing as the domain sees it. */
export interface StoredListing extends PreparedListing {
  id: number;
  ingestedAt: string;
  extractor: string;
}

export function toStoredListing(row: ListingRow): StoredListing {
  return {
    id: row.id,
    source: row.source,
    ...(row.source_id === null ? {} : { sourceId: row.source_id }),
    title: row.title,
    ...(row.company === null ? {} : { company: row.company }),
    ...(row.location === null ? {} : { location: row.location }),
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.posted_at === null ? {} : { postedAt: row.posted_at }),
    text: row.text,
    dedupeKey: row.dedupe_key,
    contentHash: row.content_hash,
    roleFamily: row.role_family ?? undefined,
    skills: unpackSkills(row.skills),
    ...(hasAudit(row) ? { audit: toAudit(row) } : {}),
    extractor: row.extractor,
    ingestedAt: row.ingested_at,
  };
}

type AuditColumns = Pick<
  ListingRow,
  'audit_verdict' | 'audit_family' | 'audit_hands_on' | 'audit_reason' | 'audit_version'
>;

const hasAudit = (row: AuditColumns): row is { [K in keyof AuditColumns]: NonNullable<AuditColumns[K]> } =>
  row.audit_verdict !== null &&
  row.audit_family !== null &&
  row.audit_hands_on !== null &&
  row.audit_reason !== null &&
  row.audit_version !== null;

function toAudit(row: { [K in keyof AuditColumns]: NonNullable<AuditColumns[K]> }): ListingAudit {
  return {
    verdict: row.audit_verdict,
    contentFamily: row.audit_family,
    handsOnShare: Number(row.audit_hands_on),
    reason: row.audit_reason,
    version: row.audit_version,
  };
}

function auditColumns(audit: ListingAudit | undefined): AuditColumns {
  return {
    audit_verdict: audit?.verdict ?? null,
    audit_family: audit?.contentFamily ?? null,
    audit_hands_on: audit?.handsOnShare ?? null,
    audit_reason: audit?.reason ?? null,
    audit_version: audit?.version ?? null,
  };
}

function toRow(listing: PreparedListing, extractor: string, now: string): NewListingRow {
  return {
    dedupe_key: listing.dedupeKey,
    source: listing.source,
    source_id: listing.sourceId ?? null,
    content_hash: listing.contentHash,
    title: listing.title,
    company: listing.company ?? null,
    location: listing.location ?? null,
    url: listing.url ?? null,
    posted_at: listing.postedAt ?? null,
    role_family: listing.roleFamily ?? null,
    text: listing.text,
    skills: packSkills(listing.skills),
    extractor,
    ingested_at: now,
    ...auditColumns(listing.audit),
  };
}

export interface InsertOutcome {
  inserted: number;
  duplicates: number;
}

/**
 * Stores a batch of listings and their skills in one transaction: all of it lands or none.
 * Listings whose dedupe key is already stored (or repeats within the batch) count as duplicates.
 */
export async function insertListings(
  db: Kysely<Database>,
  listings: readonly PreparedListing[],
  options: { extractor: string; now?: string },
): Promise<InsertOutcome> {
  const now = options.now ?? new Date().toISOString();
  const unique = new Map<string, PreparedListing>();
  for (const l of listings) if (!unique.has(l.dedupeKey)) unique.set(l.dedupeKey, l);
  const batch = [...unique.values()];
  if (batch.length === 0) return { inserted: 0, duplicates: listings.length };

  const inserted = await db.transaction().execute(async (trx) => {
    const ids: Array<{ id: number; dedupe_key: string }> = [];
    for (let i = 0; i < batch.length; i += LISTING_CHUNK) {
      const rows = batch.slice(i, i + LISTING_CHUNK).map((l) => toRow(l, options.extractor, now));
      ids.push(
        ...(await trx
          .insertInto('listing')
          .values(rows)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning(['id', 'dedupe_key'])
          .execute()),
      );
    }
    const skillRows = ids.flatMap(({ id, dedupe_key }) =>
      (unique.get(dedupe_key)?.skills ?? []).map((s) => ({
        listing_id: id,
        skill_id: s.skillId,
        requirement: s.requirement,
      })),
    );
    for (let i = 0; i < skillRows.length; i += SKILL_CHUNK) {
      await trx
        .insertInto('listing_skill')
        .values(skillRows.slice(i, i + SKILL_CHUNK))
        .execute();
    }
    return ids.length;
  });
  return { inserted, duplicates: listings.length - inserted };
}

/** Which listings a read covers. */
export interface ListingFilter {
  roleFamily?: string;
  /** Only listings the audit gave this verdict. */
  verdict?: Verdict;
  /** Leave out listings the audit gave one of these verdicts; unaudited listings stay. */
  excludeVerdicts?: readonly Verdict[];
}

function matching(filter: ListingFilter) {
  return (eb: ExpressionBuilder<Database, 'listing'>) => {
    const conditions: Array<Expression<SqlBool>> = [];
    if (filter.roleFamily !== undefined) conditions.push(eb('listing.role_family', '=', filter.roleFamily));
    if (filter.verdict !== undefined) conditions.push(eb('listing.audit_verdict', '=', filter.verdict));
    if (filter.excludeVerdicts !== undefined && filter.excludeVerdicts.length > 0) {
      conditions.push(
        eb.or([
          eb('listing.audit_verdict', 'is', null),
          eb('listing.audit_verdict', 'not in', filter.excludeVerdicts),
        ]),
      );
    }
    return eb.and(conditions);
  };
}

/** Listings stored, all or those matching the filter. */
export async function countListings(db: Kysely<Database>, filter: ListingFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('listing')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(matching(filter))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Listing counts per role family (null: none), largest first. */
export async function countByRoleFamily(
  db: Kysely<Database>,
): Promise<Array<{ roleFamily: string | null; listings: number }>> {
  const rows = await db
    .selectFrom('listing')
    .select(['role_family', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('role_family')
    .execute();
  return rows
    .map((r) => ({ roleFamily: r.role_family, listings: Number(r.n) }))
    .sort((a, b) => b.listings - a.listings || String(a.roleFamily).localeCompare(String(b.roleFamily)));
}

/** The skill sets of a role family's listings (or all listings): what comparison reads, no text. */
export async function listSkillSets(
  db: Kysely<Database>,
  filter: ListingFilter = {},
): Promise<ListingSkillSet[]> {
  const rows = await db
    .selectFrom('listing')
    .select(['id', 'title', 'company', 'skills'])
    .where(matching(filter))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    title: r.title,
    ...(r.company === null ? {} : { company: r.company }),
    skills: unpackSkills(r.skills),
  }));
}

/** The same, indexed for comparing one person against many listings (reads packed skills, no objects per skill). */
export async function listSkillSetIndex(
  db: Kysely<Database>,
  filter: ListingFilter = {},
): Promise<SkillSetIndex> {
  const rows = await db
    .selectFrom('listing')
    .select(['id', 'title', 'company', 'skills'])
    .where(matching(filter))
    .orderBy('id')
    .execute();
  return indexPackedSkillSets(
    rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      company: r.company ?? undefined,
      skills: r.skills,
    })),
  );
}

/** Where the matching listings come from: each one's source and posting date as stored, in id order. */
export async function listListingProvenance(
  db: Kysely<Database>,
  filter: ListingFilter = {},
): Promise<Array<{ source: string; postedAt: string | undefined }>> {
  const rows = await db
    .selectFrom('listing')
    .select(['source', 'posted_at'])
    .where(matching(filter))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ source: r.source, postedAt: r.posted_at ?? undefined }));
}

/** Listings asking for each skill (through listing_skill), most asked first. */
export async function countListingsBySkill(
  db: Kysely<Database>,
  filter: { roleFamily?: string; requirement?: ListingRequirement } = {},
): Promise<Array<{ skillId: string; listings: number }>> {
  let q = db
    .selectFrom('listing_skill')
    .innerJoin('listing', 'listing.id', 'listing_skill.listing_id')
    .select(['listing_skill.skill_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('listing_skill.skill_id');
  if (filter.roleFamily !== undefined) q = q.where('listing.role_family', '=', filter.roleFamily);
  if (filter.requirement !== undefined) q = q.where('listing_skill.requirement', '=', filter.requirement);
  const rows = await q.execute();
  return rows
    .map((r) => ({ skillId: r.skill_id, listings: Number(r.n) }))
    .sort((a, b) => b.listings - a.listings || a.skillId.localeCompare(b.skillId));
}

/** One listing by id, with its text; undefined when absent. */
export async function findListing(db: Kysely<Database>, id: number): Promise<StoredListing | undefined> {
  const row = await db.selectFrom('listing').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toStoredListing(row);
}

/** The audits of some listings, by listing id (as a string, like skill sets' ids); unaudited ones are absent. */
export async function findListingAudits(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<string, ListingAudit>> {
  const out = new Map<string, ListingAudit>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('listing')
    .select(['id', 'audit_verdict', 'audit_family', 'audit_hands_on', 'audit_reason', 'audit_version'])
    .where('id', 'in', ids)
    .execute();
  for (const row of rows) if (hasAudit(row)) out.set(String(row.id), toAudit(row));
  return out;
}

/** Listings without an audit of `version` (none yet, or an older one). */
const needsAudit = (version: string) => (eb: ExpressionBuilder<Database, 'listing'>) =>
  eb.or([eb('listing.audit_version', 'is', null), eb('listing.audit_version', '<>', version)]);

/** How many listings lack an audit of `version`. */
export async function countListingsToAudit(db: Kysely<Database>, version: string): Promise<number> {
  const row = await db
    .selectFrom('listing')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(needsAudit(version))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next listings (by id, after `afterId`) lacking an audit of `version`, with their text. */
export async function listListingsToAudit(
  db: Kysely<Database>,
  options: { version: string; afterId?: number; limit: number },
): Promise<Array<{ id: number; title: string; text: string }>> {
  return db
    .selectFrom('listing')
    .select(['id', 'title', 'text'])
    .where(needsAudit(options.version))
    .where('id', '>', options.afterId ?? 0)
    .orderBy('id')
    .limit(options.limit)
    .execute();
}

/** Stores audits of stored listings in one transaction: all of them land or none. */
export async function saveListingAudits(
  db: Kysely<Database>,
  audits: ReadonlyArray<{ id: number; audit: ListingAudit }>,
): Promise<void> {
  if (audits.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const { id, audit } of audits) {
      await trx.updateTable('listing').set(auditColumns(audit)).where('id', '=', id).execute();
    }
  });
}

/** Audited listings per verdict (unaudited ones left out). */
export async function countByVerdict(
  db: Kysely<Database>,
  filter: ListingFilter = {},
): Promise<Partial<Record<Verdict, number>>> {
  const rows = await db
    .selectFrom('listing')
    .select(['audit_verdict', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(matching(filter))
    .where('audit_verdict', 'is not', null)
    .groupBy('audit_verdict')
    .execute();
  const out: Partial<Record<Verdict, number>> = {};
  for (const r of rows) if (r.audit_verdict !== null) out[r.audit_verdict] = Number(r.n);
  return out;
}

/** A listing with its audit, for summaries: no text, no skills. */
export interface AuditedListing {
  id: number;
  title: string;
  company?: string;
  roleFamily?: string;
  audit: ListingAudit;
}

/** The listings with a verdict, most hands-on first (then by id). */
export async function listAuditedListings(
  db: Kysely<Database>,
  options: { verdict: Verdict; limit: number },
): Promise<AuditedListing[]> {
  const rows = await db
    .selectFrom('listing')
    .select([
      'id',
      'title',
      'company',
      'role_family',
      'audit_verdict',
      'audit_family',
      'audit_hands_on',
      'audit_reason',
      'audit_version',
    ])
    .where('audit_verdict', '=', options.verdict)
    .orderBy('audit_hands_on', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.flatMap((row) =>
    hasAudit(row)
      ? [
          {
            id: row.id,
            title: row.title,
            ...(row.company === null ? {} : { company: row.company }),
            ...(row.role_family === null ? {} : { roleFamily: row.role_family }),
            audit: toAudit(row),
          },
        ]
      : [],
  );
}
