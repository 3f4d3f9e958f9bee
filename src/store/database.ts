import type { Generated, Insertable, Selectable } from 'kysely';

/** One stored job listing, with its extracted skills packed for fast comparison. */
export interface ListingTable {
  id: Generated<number>;
  /** `source:<source>:<id>` or `hash:<content hash>`; unique, so re-imports add nothing. */
  dedupe_key: string;
  source: string;
  source_id: string | null;
  content_hash: string;
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  posted_at: string | null;
  /** Role id the listing belongs to (title aliases, then content); null when none fits. */
  role_family: string | null;
  text: string;
  /** Skills as `r:a,b;p:c;m:d` (required, preferred, mentioned): one column read per listing when comparing. */
  skills: string;
  /** Version of the extraction that produced `skills` and `role_family`. */
  extractor: string;
  ingested_at: string;
}

/** The same skills, one row per listing and skill, for SQL queries by skill. */
export interface ListingSkillTable {
  listing_id: number;
  skill_id: string;
  requirement: 'required' | 'preferred' | 'mentioned';
}

/** The Kysely database of rolefit's store. */
export interface Database {
  listing: ListingTable;
  listing_skill: ListingSkillTable;
}

export type ListingRow = Selectable<ListingTable>;
export type NewListingRow = Insertable<ListingTable>;
