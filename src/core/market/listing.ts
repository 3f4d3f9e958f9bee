import type { RoleFamily } from '../audit/families.ts';
import type { Verdict } from '../audit/verdict.ts';
import type { Extraction } from '../extract/types.ts';
import type { Issue } from '../result.ts';

/** One job listing as a source hands it over, before extraction. */
export interface ListingInput {
  /** Where it came from: `csv`, `greenhouse`, … */
  source: string;
  /** The source's own id for the listing (a job id, a posting URL); dedupes re-imports. */
  sourceId?: string;
  title: string;
  company?: string;
  location?: string;
  url?: string;
  /** ISO date or date-time, as the source gave it. */
  postedAt?: string;
  /** Plain text, one logical line per line; section headings on their own lines. */
  text: string;
}

/** How a listing asks for a skill: in a requirements section, a nice-to-have section, or neither. */
export const LISTING_REQUIREMENTS = ['required', 'preferred', 'mentioned'] as const;
export type ListingRequirement = (typeof LISTING_REQUIREMENTS)[number];

export interface ListingSkill {
  skillId: string;
  requirement: ListingRequirement;
}

/** What analysis needs of a stored listing: no text, only its skills. */
export interface ListingSkillSet {
  id: string;
  title: string;
  company?: string;
  skills: ListingSkill[];
}

/** A listing ready to store: extracted once, so analysis never re-extracts. */
export interface PreparedListing extends ListingInput {
  /** `source:<source>:<sourceId>` when the source has ids, else `hash:<content hash>`. */
  dedupeKey: string;
  contentHash: string;
  roleFamily: string | undefined;
  skills: ListingSkill[];
  /** The posting audit's findings; absent when the listing was not audited. */
  audit?: ListingAudit;
  /** What preparing it changed or left out (a link that is not http(s)); it is stored all the same. */
  warnings?: Issue[];
}

/** What the posting audit (src/core/audit) says of a listing, as stored with it. */
export interface ListingAudit {
  /** `not-applicable` when the title is not a TPM title. */
  verdict: Verdict;
  /** Family of the duties and requirements alone (the audit's families, not role ids). */
  contentFamily: RoleFamily;
  /** 0–1: hands-on share of the duty and requirement evidence; ranks the most disguised. */
  handsOnShare: number;
  /** One line: the strongest quoted red flag, or why the verdict holds. */
  reason: string;
  /** LISTING_AUDIT_VERSION of the audit that produced it. */
  version: string;
}

/** Skill extraction as the market needs it: text in, mentions with 1-based lines out. */
export type SkillExtractor = (text: string) => Extraction;

/** Where in its input an item was read: `file.csv:12` (a row or line), `board#3`. */
export type ListingAt = string;

/** What a source yields per item: a listing, or why that row could not become one. */
export type ListingRead =
  | { ok: true; value: ListingInput; at: ListingAt }
  | { ok: false; error: Issue; at: ListingAt };
