import type { Verdict } from '../audit/verdict.ts';
import { MIN_LISTED_SHARE, roundShare } from './demand.ts';
import { expandWithBroader, quantile, REQUIREMENT_WEIGHT } from './fit.ts';
import type { ListingSkillSet } from './listing.ts';
import type { MarketBasis } from './market-basis.ts';
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

/**
 * Where a person stands against the listings, in words a person can read: "you show at least half
 * the must-haves of 12 of 57 listings". A listing's must-haves are the skills it requires; one
 * that marks none has every skill it does not call nice to have as a must-have.
 */
export interface MarketStanding {
  /** Listings that name at least one skill. */
  listings: number;
  /** Listings in which the resume shows at least half of the must-haves. */
  meetMost: number;
  /** Listings in which it shows every must-have. */
  meetAll: number;
}

/** The market part of an analysis report (JSON `market`). */
export interface MarketSection {
  /** Where demand comes from: the role's stored listings, or the shipped snapshot when none are stored. */
  source: 'listings' | 'snapshot';
  /** Listings of the role the figures rest on. */
  listings: number;
  /** Where those listings come from: sources, counts, dates (describeMarketBasis says it in one line). */
  basis: MarketBasis;
  /** Most asked skills (asked by at least 5% of the listings); `share` is the share of listings asking. */
  demand: Array<{ skill: SkillLabel; share: number }>;
  /** Listings the person fits best (stored listings only: the snapshot keeps no titles). */
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
  /** Listings whose must-haves the person shows; null without listings naming skills. */
  standing: MarketStanding | null;
  /** Median fit (0–1) over the listings naming skills (required 1, mentioned 0.75, nice-to-have 0.5); null without any. */
  medianFit: number | null;
  /** Demanded skills the person shows, by demand; `listedOnly` when the resume only lists it (it counts half). */
  strengths: Array<{ skill: SkillLabel; share: number; listedOnly?: true }>;
  /** Demanded skills the person lacks, by demand. */
  gaps: Array<{ skill: SkillLabel; share: number }>;
  /** Set when listings come from a store: disguised-developer listings of the role. */
  disguised?: DisguisedListings;
}

export interface MarketSectionInput {
  /** Skill ids found in the resume. */
  personSkillIds: Iterable<string>;
  /**
   * Of them, the skills the resume only lists, never shows in use: each counts as half a skill in the
   * standing and the fit, as the requirement table credits a listed skill at half of one used at work.
   */
  listedOnly?: Iterable<string>;
  /** The role's listings, as skill sets or already indexed (fast for 100k listings). */
  listings: readonly ListingSkillSet[] | SkillSetIndex;
  /** Where the listings come from. */
  basis: MarketBasis;
  label: (skillId: string) => string | undefined;
  /** Broader skills of a skill, so a narrower one the person shows counts for them. */
  broader?: (skillId: string) => readonly string[];
  /** Listings in `topMatches` (default 5; 0 for listings without titles). */
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
  const entry = (d: { skillId: string; share: number }) => ({
    skill: ref(d.skillId),
    share: roundShare(d.share),
  });
  const ids = [...input.personSkillIds];
  const person = expandWithBroader(ids, input.broader);
  const listed = new Set(input.listedOnly ?? []);
  // Skills shown in use, and the broader skills they show: these count in full, the rest of `person` half.
  const inUse = expandWithBroader(
    ids.filter((id) => !listed.has(id)),
    input.broader,
  );
  const index = isSkillSetIndex(input.listings) ? input.listings : indexSkillSets(input.listings);

  const { size, offsets, skills, kinds, skillIds } = index;
  // What the person shows of each skill: 1 in use, 0.5 only listed, 0 not at all.
  const has = new Float64Array(skillIds.length);
  skillIds.forEach((id, k) => {
    if (person.has(id)) has[k] = inUse.has(id) ? 1 : 0.5;
  });
  const counts = new Uint32Array(skillIds.length);
  const fits: number[] = [];
  const fitOf = new Float64Array(size).fill(-1);
  const standing: MarketStanding = { listings: 0, meetMost: 0, meetAll: 0 };
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
    // Must-haves by kind (KIND_CODES: required, preferred, mentioned): asked, and shown.
    const asked = [0, 0, 0];
    const shown = [0, 0, 0];
    for (let j = from; j < to; j++) {
      const k = skills[j]!;
      const kind = kinds[j]!;
      counts[k]!++;
      const w = KIND_WEIGHT[kind]!;
      total += w;
      asked[kind]!++;
      if (has[k]! > 0) {
        earned += w * has[k]!;
        matched++;
        shown[kind]! += has[k]!;
      }
    }
    const [musts, met] =
      asked[0]! > 0
        ? [asked[0]!, shown[0]!]
        : asked[2]! > 0
          ? [asked[2]!, shown[2]!]
          : [asked[1]!, shown[1]!];
    standing.listings++;
    if (2 * met >= musts) standing.meetMost++;
    if (met === musts) standing.meetAll++;
    const fit = earned / total;
    fitOf[i] = fit;
    fits.push(fit);
    const candidate = { i, fit, matched };
    if (top > 0 && (best.length < top || better(candidate, best[best.length - 1]!))) {
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > top) best.pop();
    }
  }
  const demand = [...counts]
    .map((n, k) => ({ skillId: skillIds[k]!, listings: n, share: size === 0 ? 0 : n / size }))
    .filter((d) => d.listings > 0 && d.share >= MIN_LISTED_SHARE)
    .sort((a, b) => b.listings - a.listings || a.skillId.localeCompare(b.skillId));
  fits.sort((a, b) => a - b);

  return {
    source: input.basis.kind === 'snapshot' ? 'snapshot' : 'listings',
    listings: size,
    basis: input.basis,
    demand: demand.slice(0, limit).map(entry),
    topMatches: best.map(({ i }) => {
      const matched: string[] = [];
      const missing: Array<{ id: string; w: number }> = [];
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const k = skills[j]!;
        if (has[k]! > 0) matched.push(skillIds[k]!);
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
    standing: standing.listings === 0 ? null : standing,
    medianFit: fits.length === 0 ? null : round(quantile(fits, 0.5)),
    strengths: demand
      .filter((d) => person.has(d.skillId))
      .slice(0, limit)
      .map((d) => (inUse.has(d.skillId) ? entry(d) : { ...entry(d), listedOnly: true as const })),
    gaps: demand
      .filter((d) => !person.has(d.skillId))
      .slice(0, limit)
      .map(entry),
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
