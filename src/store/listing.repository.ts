import type { Kysely } from 'kysely';
import type { ListingRequirement, ListingSkillSet, PreparedListing } from '../core/market/listing.ts';
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
    extractor: row.extractor,
    ingestedAt: row.ingested_at,
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

/** Listings stored, all or of one role family. */
export async function countListings(
  db: Kysely<Database>,
  filter: { roleFamily?: string } = {},
): Promise<number> {
  let q = db.selectFrom('listing').select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (filter.roleFamily !== undefined) q = q.where('role_family', '=', filter.roleFamily);
  const row = await q.executeTakeFirst();
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
  filter: { roleFamily?: string } = {},
): Promise<ListingSkillSet[]> {
  let q = db.selectFrom('listing').select(['id', 'title', 'company', 'skills']).orderBy('id');
  if (filter.roleFamily !== undefined) q = q.where('role_family', '=', filter.roleFamily);
  const rows = await q.execute();
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
  filter: { roleFamily?: string } = {},
): Promise<SkillSetIndex> {
  let q = db.selectFrom('listing').select(['id', 'title', 'company', 'skills']).orderBy('id');
  if (filter.roleFamily !== undefined) q = q.where('role_family', '=', filter.roleFamily);
  const rows = await q.execute();
  return indexPackedSkillSets(
    rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      company: r.company ?? undefined,
      skills: r.skills,
    })),
  );
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
