import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { type StoredListing, toStoredListing } from '../store/listing.repository.ts';

export interface ListingSearch {
  q?: string | undefined;
  role?: string | undefined;
  skill?: string | undefined;
  limit: number;
  offset: number;
}

/** LIKE wildcards in what a person types are dropped (SQLite and PostgreSQL escape them differently). */
const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, '')}%`;

/**
 * Listings matching every given filter, newest id first, with the total count.
 * Substring search on title, company and text: enough for a few hundred thousand listings;
 * full-text search belongs in the store when it is needed.
 */
export async function searchListings(
  db: Kysely<Database>,
  search: ListingSearch,
): Promise<{ total: number; listings: StoredListing[] }> {
  let q = db.selectFrom('listing');
  if (search.role !== undefined) q = q.where('role_family', '=', search.role);
  if (search.skill !== undefined) {
    const skill = search.skill;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('listing_skill')
          .select('listing_skill.listing_id')
          .whereRef('listing_skill.listing_id', '=', 'listing.id')
          .where('listing_skill.skill_id', '=', skill),
      ),
    );
  }
  const words = (search.q ?? '')
    .split(/\s+/)
    .filter((w) => w.replace(/[\\%_]/g, '').length > 0)
    .slice(0, 8);
  for (const word of words) {
    const pattern = likePattern(word);
    q = q.where(({ eb, or, fn }) =>
      or([
        eb(fn('lower', ['title']), 'like', eb.val(pattern)),
        eb(fn('lower', ['company']), 'like', eb.val(pattern)),
        eb(fn('lower', ['text']), 'like', eb.val(pattern)),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    q.selectAll().orderBy('id', 'desc').limit(search.limit).offset(search.offset).execute(),
  ]);
  return { total: Number(count?.n ?? 0), listings: rows.map(toStoredListing) };
}
