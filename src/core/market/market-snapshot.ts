import * as z from 'zod';
import { coOccurrence, MIN_LISTED_SHARE } from './demand.ts';
import type { ListingSkill, ListingSkillSet } from './listing.ts';
import { dateRange } from './listing-date.ts';
import type { MarketBasis } from './market-basis.ts';
import { typicalTitles } from './market-titles.ts';
import { KIND_CODES, packSkills, unpackSkills } from './skill-set-index.ts';

/** Raised when the snapshot file changes shape. */
export const SNAPSHOT_FORMAT = 1;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
const dateRangeSchema = z.object({ from: isoDay, to: isoDay }).strict().nullable();
const count = z.number().int().nonnegative();
/** Packed skill ids as the store keeps them: `r:a,b;p:c;m:d`. */
const profileSchema = z
  .string()
  .regex(/^([rpm]:[a-z0-9-]+(,[a-z0-9-]+)*)?(;[rpm]:[a-z0-9-]+(,[a-z0-9-]+)*)*$/);

/**
 * The shipped market snapshot (data/market/tpm-snapshot.json), made by
 * scripts/build-market-snapshot.ts from real postings: statistics and per-listing skill ids only,
 * never posting text, titles of single postings or companies' wording.
 */
export const marketSnapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    /** The role guide these listings stand for. */
    role: z.string(),
    /** What the listings are, plural ("TPM and program-manager listings"). */
    what: z.string(),
    /** `<asOf>.<hash of the content>`: changes whenever a figure does. */
    version: z.string(),
    /** Posting date of the newest listing. */
    asOf: isoDay,
    /** The extraction that read the postings (taxonomy and listing versions). */
    extractor: z.string(),
    /** How listings were chosen, in one sentence. */
    selection: z.string(),
    attribution: z.array(z.string()),
    listings: count,
    dates: dateRangeSchema,
    sources: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          /** The file or folder under ../shared/data/postings. */
          file: z.string(),
          terms: z.string(),
          /** Items read, and distinct postings among them (repeats per location collapse). */
          read: count,
          unique: count,
          /** Distinct postings titled as the role, and as a program manager. */
          roleTitled: count,
          programManagers: count,
          /** Left out: titled as the role but read by the posting audit as developer jobs. */
          disguisedLeftOut: count,
          /** In the snapshot. */
          listings: count,
          dated: count,
          dates: dateRangeSchema,
          companies: z.array(z.object({ name: z.string(), listings: count }).strict()),
        })
        .strict(),
    ),
    titles: z.array(z.object({ title: z.string(), listings: count }).strict()),
    /** Skills at least MIN_LISTED_SHARE of the listings ask for: listings asking, by how they ask. */
    demand: z.array(
      z
        .object({ skillId: z.string(), listings: count, required: count, preferred: count, mentioned: count })
        .strict(),
    ),
    /** Skills asked for together, most frequent first. */
    pairs: z.array(z.object({ a: z.string(), b: z.string(), listings: count }).strict()),
    /** One per listing, sorted: the skills it asks for and how (no title, company, date or text). */
    profiles: z.array(profileSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (file.profiles.length !== file.listings)
      ctx.addIssue({
        code: 'custom',
        message: `${file.profiles.length} profiles for ${file.listings} listings`,
      });
    const bySource = file.sources.reduce((s, x) => s + x.listings, 0);
    if (bySource !== file.listings)
      ctx.addIssue({
        code: 'custom',
        message: `sources add up to ${bySource} listings, not ${file.listings}`,
      });
  });
export type MarketSnapshot = z.output<typeof marketSnapshotSchema>;
type SnapshotSource = MarketSnapshot['sources'][number];

/** One selected posting, reduced to what the snapshot keeps of it. */
export interface SnapshotListing {
  /** Id of its source (SnapshotSourceInput.id). */
  source: string;
  title: string;
  company?: string | undefined;
  /** Posting day, YYYY-MM-DD. */
  day?: string | undefined;
  skills: readonly ListingSkill[];
}

export type SnapshotSourceInput = Omit<SnapshotSource, 'listings' | 'dated' | 'dates' | 'companies'>;

export interface SnapshotInput {
  role: { id: string; titleAliases: readonly string[] };
  what: string;
  extractor: string;
  selection: string;
  attribution: string[];
  sources: SnapshotSourceInput[];
  listings: readonly SnapshotListing[];
  /** Extra names that typical titles are cut to ("Program Manager"). */
  titleNames?: readonly string[];
}

// FNV-1a, 32 bits: enough to tell two versions of the file apart.
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const byId = (a: { skillId: string }, b: { skillId: string }) => a.skillId.localeCompare(b.skillId);

/** The snapshot of some selected listings: deterministic, so the same postings give a byte-identical file. */
export function buildMarketSnapshot(input: SnapshotInput): MarketSnapshot {
  const listings = input.listings;
  const n = listings.length;
  const profiles = listings
    .map((l) =>
      packSkills(
        [...l.skills].sort(
          (a, b) => KIND_CODES.indexOf(a.requirement) - KIND_CODES.indexOf(b.requirement) || byId(a, b),
        ),
      ),
    )
    .sort();
  const sets = snapshotSkillSets({ profiles });
  const counts = new Map<
    string,
    { listings: number; required: number; preferred: number; mentioned: number }
  >();
  for (const set of sets) {
    for (const { skillId, requirement } of set.skills) {
      let c = counts.get(skillId);
      if (c === undefined) {
        c = { listings: 0, required: 0, preferred: 0, mentioned: 0 };
        counts.set(skillId, c);
      }
      c.listings++;
      c[requirement]++;
    }
  }
  const demand = [...counts]
    .map(([skillId, c]) => ({ skillId, ...c }))
    .filter((d) => n > 0 && d.listings / n >= MIN_LISTED_SHARE)
    .sort((a, b) => b.listings - a.listings || a.skillId.localeCompare(b.skillId));
  const sources: SnapshotSource[] = input.sources.map((s) => {
    const own = listings.filter((l) => l.source === s.id);
    const companies = new Map<string, number>();
    for (const l of own) if (l.company) companies.set(l.company, (companies.get(l.company) ?? 0) + 1);
    return {
      ...s,
      listings: own.length,
      dated: own.filter((l) => l.day !== undefined).length,
      dates: dateRange(own.map((l) => l.day)),
      companies: [...companies]
        .map(([name, k]) => ({ name, listings: k }))
        .sort((a, b) => b.listings - a.listings || a.name.localeCompare(b.name))
        .slice(0, 5),
    };
  });
  const dates = dateRange(listings.map((l) => l.day));
  const titles = typicalTitles(
    listings.map((l) => l.title),
    [...input.role.titleAliases, ...(input.titleNames ?? [])],
    // A title only one posting carries would name that posting.
    { limit: 15, minListings: 2 },
  );
  const pairs = coOccurrence(sets, { limit: 20 }).map((p) => ({ a: p.a, b: p.b, listings: p.listings }));
  const asOf = dates?.to ?? '1970-01-01';
  const content = { extractor: input.extractor, sources, titles, demand, pairs, profiles };
  return {
    format: SNAPSHOT_FORMAT,
    role: input.role.id,
    what: input.what,
    version: `${asOf}.${fnv1a(JSON.stringify(content))}`,
    asOf,
    extractor: input.extractor,
    selection: input.selection,
    attribution: input.attribution,
    listings: n,
    dates,
    sources,
    titles,
    demand,
    pairs,
    profiles,
  };
}

/** The snapshot's listings as skill sets (ids `snapshot:1…`, no titles), for the same computations as stored ones. */
export function snapshotSkillSets(file: Pick<MarketSnapshot, 'profiles'>): ListingSkillSet[] {
  return file.profiles.map((p, i) => ({ id: `snapshot:${i + 1}`, title: '', skills: unpackSkills(p) }));
}

/** What the snapshot's figures rest on, for the line that states it. */
export function snapshotBasis(file: MarketSnapshot): MarketBasis {
  return {
    kind: 'snapshot',
    listings: file.listings,
    what: file.what,
    sources: file.sources
      .filter((s) => s.listings > 0)
      .map((s) => ({ name: s.name, listings: s.listings, dated: s.dated, dates: s.dates }))
      .sort((a, b) => b.listings - a.listings || a.name.localeCompare(b.name)),
    dates: file.dates,
    snapshot: { version: file.version, asOf: file.asOf },
  };
}
