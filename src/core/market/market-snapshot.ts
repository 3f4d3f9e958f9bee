import { coOccurrence, MIN_LISTED_SHARE } from './demand.ts';
import type { ListingSkill, ListingSkillSet } from './listing.ts';
import { dateRange } from './listing-date.ts';
import type { MarketBasis } from './market-basis.ts';
import type { MarketSnapshot } from './market-snapshot-schema.ts';
import { typicalTitles } from './market-titles.ts';
import { KIND_CODES, packSkills, unpackSkills } from './skill-set-index.ts';
import { SNAPSHOT_FORMAT } from './snapshot-format.ts';

export type { MarketSnapshot } from './market-snapshot-schema.ts';
export { SNAPSHOT_FORMAT } from './snapshot-format.ts';

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
