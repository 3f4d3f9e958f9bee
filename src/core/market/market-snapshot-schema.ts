// The schema of the shipped market snapshot, apart from what reads it (market-snapshot.ts), so an
// analysis reads the snapshot the build checked without loading zod.
import * as z from 'zod';
import { SNAPSHOT_FORMAT } from './snapshot-format.ts';

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
