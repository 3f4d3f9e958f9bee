import type { Generated, Insertable, Selectable } from 'kysely';
import type { RoleFamily } from '../core/audit/families.ts';
import type { Verdict } from '../core/audit/verdict.ts';

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
  /** The posting audit (migration 0002); all null until the listing is audited. */
  audit_verdict: Verdict | null;
  /** Content family of the audit (src/core/audit families). */
  audit_family: RoleFamily | null;
  /** Hands-on share of the duty evidence, 0–1. */
  audit_hands_on: number | null;
  /** One line: the strongest quoted red flag, or why the verdict holds. */
  audit_reason: string | null;
  /** LISTING_AUDIT_VERSION of the audit; older or null rows are (re)audited by `rolefit audit --db`. */
  audit_version: string | null;
}

/** The same skills, one row per listing and skill, for SQL queries by skill. */
export interface ListingSkillTable {
  listing_id: number;
  skill_id: string;
  requirement: 'required' | 'preferred' | 'mentioned';
}

/** An analysis kept at its owner's request (migration 0003); deleted on request or at expiry. */
export interface SavedAnalysisTable {
  /** SHA-256 (hex) of the id handed to the person; the id itself is not stored. */
  id_hash: string;
  /** JSON of the report and the document text it was made from. */
  payload: string;
  /** UTF-8 size of `payload`, counted against the server's cap. */
  bytes: number;
  /** ISO 8601 (UTC) instants: text compares in time order on both dialects. */
  saved_at: string;
  expires_at: string;
}

/** The Kysely database of rolefit's store. */
export interface Database {
  listing: ListingTable;
  listing_skill: ListingSkillTable;
  saved_analysis: SavedAnalysisTable;
}

export type ListingRow = Selectable<ListingTable>;
export type NewListingRow = Insertable<ListingTable>;
