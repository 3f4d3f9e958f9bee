import type { Verdict } from '../audit/verdict.ts';
import { expandWithBroader, FIT_THRESHOLD, quantile, REQUIREMENT_WEIGHT } from './fit.ts';
import type { ListingSkillSet } from './listing.ts';
import { type OnetDemandFile, onetDemand } from './onet-demand.ts';
import { indexSkillSets, isSkillSetIndex, KIND_CODES, type SkillSetIndex } from './skill-set-index.ts';

export interface SkillLabel {
  id: string;
  label: string;
}

/** What the posting audit said of a listing, as the report shows it. */
export interface ListingAuditRef {
  verdict: Verdict;
  /** The strongest quoted red flag, or why the verdict holds. */
  reason: string;
}

/** The role's listings the audit calls developer jobs in disguise, and whether the figures leave them out. */
export interface DisguisedListings {
  listings: number;
  excluded: boolean;
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
    /** Set when the listing was audited. */
    audit?: ListingAuditRef;
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
  /** Set when listings come from a store: disguised-developer listings of the role. */
  disguised?: DisguisedListings;
}

export interface MarketSectionInput {
  /** Skill ids found in the resume. */
  personSkillIds: Iterable<string>;
  /** Stored listings of the role, as skill sets or already indexed (fast for 100k listings). */
  listings: readonly ListingSkillSet[] | SkillSetIndex;
  /** Fallback demand when there are no listings. */
  onet?: OnetDemandFile;
  label: (skillId: string) => string | undefined;
  /** Broader skills of a skill, so a narrower one the person shows counts for them. */
  broader?: (skillId: string) => readonly string[];
  /** Listings in `topMatches` (default 5). */
  top?: number;
  /** Skills in `demand`, `strengths`, `gaps` (default 20). */
  limit?: number;
  /** Disguised-developer listings of the role; `excluded` when `listings` leaves them out. */
  disguised?: DisguisedListings;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Weight of a skill toward fit by kind (KIND_CODES order: required, preferred, mentioned). */
const KIND_WEIGHT = KIND_CODES.map((k) => REQUIREMENT_WEIGHT[k]);

/** Builds the market section: demand, best-fitting listings, where the person stands. One pass over the listings. */
export function buildMarketSection(input: MarketSectionInput): MarketSection {
  const { top = 5, limit = 20 } = input;
  const ref = (id: string): SkillLabel => ({ id, label: input.label(id) ?? id });
  const entry = (d: { skillId: string; share: number }) => ({ skill: ref(d.skillId), share: round(d.share) });
  const person = expandWithBroader(input.personSkillIds, input.broader);
  /** The most demanded skills the person shows, and those they do not. */
  const strengthsAndGaps = (demand: ReadonlyArray<{ skillId: string; share: number }>) => ({
    strengths: demand
      .filter((d) => person.has(d.skillId))
      .slice(0, limit)
      .map(entry),
    gaps: demand
      .filter((d) => !person.has(d.skillId))
      .slice(0, limit)
      .map(entry),
  });
  const index = isSkillSetIndex(input.listings) ? input.listings : indexSkillSets(input.listings);

  if (index.size === 0 && input.onet !== undefined) {
    const demand = onetDemand(input.onet);
    return {
      source: 'onet',
      listings: 0,
      demand: demand.slice(0, limit).map(entry),
      topMatches: [],
      percentile: null,
      medianFit: null,
      ...strengthsAndGaps(demand),
      ...(input.disguised ? { disguised: { ...input.disguised } } : {}),
    };
  }

  const { size, offsets, skills, kinds, skillIds } = index;
  const has = new Uint8Array(skillIds.length);
  skillIds.forEach((id, k) => {
    if (person.has(id)) has[k] = 1;
  });
  const counts = new Uint32Array(skillIds.length);
  const fits: number[] = [];
  const fitOf = new Float64Array(size).fill(-1);
  // The best `top` listings so far, best first: fit, then matched count, then id.
  const best: Array<{ i: number; fit: number; matched: number }> = [];
  const better = (
    a: { i: number; fit: number; matched: number },
    b: { i: number; fit: number; matched: number },
  ) =>
    a.fit !== b.fit
      ? a.fit > b.fit
      : a.matched !== b.matched
        ? a.matched > b.matched
        : index.ids[a.i]! < index.ids[b.i]!;
  for (let i = 0; i < size; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    if (from === to) continue;
    let total = 0;
    let earned = 0;
    let matched = 0;
    for (let j = from; j < to; j++) {
      const k = skills[j]!;
      counts[k]!++;
      const w = KIND_WEIGHT[kinds[j]!]!;
      total += w;
      if (has[k] === 1) {
        earned += w;
        matched++;
      }
    }
    const fit = earned / total;
    fitOf[i] = fit;
    fits.push(fit);
    const candidate = { i, fit, matched };
    if (best.length < top || better(candidate, best[best.length - 1]!)) {
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > top) best.pop();
    }
  }
  const demand = [...counts]
    .map((n, k) => ({ skillId: skillIds[k]!, listings: n, share: size === 0 ? 0 : n / size }))
    .filter((d) => d.listings > 0)
    .sort((a, b) => b.listings - a.listings || a.skillId.localeCompare(b.skillId));
  fits.sort((a, b) => a - b);
  const qualifying = fits.length - lowerBound(fits, FIT_THRESHOLD);

  return {
    source: 'listings',
    listings: size,
    demand: demand.slice(0, limit).map(entry),
    topMatches: best.map(({ i }) => {
      const matched: string[] = [];
      const missing: Array<{ id: string; w: number }> = [];
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const k = skills[j]!;
        if (has[k] === 1) matched.push(skillIds[k]!);
        else missing.push({ id: skillIds[k]!, w: KIND_WEIGHT[kinds[j]!]! });
      }
      missing.sort((a, b) => b.w - a.w || a.id.localeCompare(b.id));
      return {
        id: index.ids[i]!,
        title: index.titles[i]!,
        company: index.companies[i] ?? null,
        fit: round(fitOf[i]!),
        matched: matched.sort().map(ref),
        missing: missing.map((m) => ref(m.id)),
      };
    }),
    percentile: fits.length === 0 ? null : Math.round((100 * qualifying) / fits.length),
    medianFit: fits.length === 0 ? null : round(quantile(fits, 0.5)),
    ...strengthsAndGaps(demand),
    ...(input.disguised ? { disguised: { ...input.disguised } } : {}),
  };
}

/** The section with each best-fitting listing's audit attached, where one is known (by listing id). */
export function withListingAudits(
  section: MarketSection,
  audits: ReadonlyMap<string, { verdict: Verdict; reason: string }>,
): MarketSection {
  return {
    ...section,
    topMatches: section.topMatches.map((match) => {
      const audit = audits.get(match.id);
      return audit === undefined
        ? match
        : { ...match, audit: { verdict: audit.verdict, reason: audit.reason } };
    }),
  };
}

/** First position in sorted numbers holding a value ≥ x. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
