import { computeDemand } from './demand.ts';
import { expandWithBroader, FIT_THRESHOLD, listingFit, quantile } from './fit.ts';
import type { ListingSkillSet } from './listing.ts';
import { type OnetDemandFile, onetDemand } from './onet-demand.ts';

export interface SkillLabel {
  id: string;
  label: string;
}

/** The market part of an analysis report (JSON `market`). */
export interface MarketSection {
  /** Where demand comes from: stored listings, or O*NET flags when none match the role. */
  source: 'listings' | 'onet';
  /** Listings of the role the figures rest on (0 for `onet`). */
  listings: number;
  /** Most asked skills; `share` is the share of listings (a weight for `onet`, see docs/market.md). */
  demand: Array<{ skill: SkillLabel; share: number }>;
  /** Listings the person fits best. */
  topMatches: Array<{
    id: string;
    title: string;
    company: string | null;
    fit: number;
    matched: SkillLabel[];
    missing: SkillLabel[];
  }>;
  /**
   * 0–100: share of the role's listings (those naming skills) in which the person shows at least
   * half of what is asked (required skills count double a nice-to-have); null without listings.
   */
  percentile: number | null;
  /** Median fit over those listings (0–1); null without listings. */
  medianFit: number | null;
  /** Demanded skills the person shows, by demand. */
  strengths: Array<{ skill: SkillLabel; share: number }>;
  /** Demanded skills the person lacks, by demand. */
  gaps: Array<{ skill: SkillLabel; share: number }>;
}

export interface MarketSectionInput {
  /** Skill ids found in the resume. */
  personSkillIds: Iterable<string>;
  /** Stored listings of the role, as skill sets. */
  listings: readonly ListingSkillSet[];
  /** Fallback demand when `listings` is empty. */
  onet?: OnetDemandFile;
  label: (skillId: string) => string | undefined;
  /** Broader skills of a skill, so a narrower one the person shows counts for them. */
  broader?: (skillId: string) => readonly string[];
  /** Listings in `topMatches` (default 5). */
  top?: number;
  /** Skills in `demand`, `strengths`, `gaps` (default 20). */
  limit?: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Builds the market section: demand, best-fitting listings, where the person stands. */
export function buildMarketSection(input: MarketSectionInput): MarketSection {
  const { top = 5, limit = 20 } = input;
  const ref = (id: string): SkillLabel => ({ id, label: input.label(id) ?? id });
  const person = expandWithBroader(input.personSkillIds, input.broader);
  const fromListings = input.listings.length > 0 || input.onet === undefined;
  const demand = fromListings ? computeDemand(input.listings) : onetDemand(input.onet!);

  const strengths = demand.filter((d) => person.has(d.skillId)).slice(0, limit);
  const gaps = demand.filter((d) => !person.has(d.skillId)).slice(0, limit);
  const entry = (d: { skillId: string; share: number }) => ({ skill: ref(d.skillId), share: round(d.share) });

  const fits: Array<{ listing: ListingSkillSet; fit: number; matched: string[]; missing: string[] }> = [];
  if (fromListings) {
    for (const listing of input.listings) {
      const f = listingFit(person, listing);
      if (f) fits.push({ listing, ...f });
    }
  }
  const sortedFits = fits.map((f) => f.fit).sort((a, b) => a - b);
  const best = [...fits]
    .sort(
      (a, b) =>
        b.fit - a.fit || b.matched.length - a.matched.length || a.listing.id.localeCompare(b.listing.id),
    )
    .slice(0, top);
  const qualifying = sortedFits.filter((f) => f >= FIT_THRESHOLD).length;

  return {
    source: fromListings ? 'listings' : 'onet',
    listings: fromListings ? input.listings.length : 0,
    demand: demand.slice(0, limit).map(entry),
    topMatches: best.map((b) => ({
      id: b.listing.id,
      title: b.listing.title,
      company: b.listing.company ?? null,
      fit: round(b.fit),
      matched: b.matched.map(ref),
      missing: b.missing.map(ref),
    })),
    percentile: fits.length === 0 ? null : Math.round((100 * qualifying) / fits.length),
    medianFit: fits.length === 0 ? null : round(quantile(sortedFits, 0.5)),
    strengths: strengths.map(entry),
    gaps: gaps.map(entry),
  };
}
