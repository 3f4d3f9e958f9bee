import type { ListingSkillSet } from './listing.ts';

/**
 * A skill fewer listings than this share ask for is not listed as demand (it still weighs gaps):
 * one or two listings in a hundred say more about extraction noise than about the role.
 */
export const MIN_LISTED_SHARE = 0.05;

/** Shares as every output shows them: three decimals, so a percentage rounds the same everywhere. */
export const roundShare = (x: number): number => Math.round(x * 1000) / 1000;

/** How much listings ask for one skill. */
export interface SkillDemand {
  skillId: string;
  /** Listings that ask for it, any way. */
  listings: number;
  /** 0–1: share of the listings considered that ask for it. */
  share: number;
  /** 0–1: share that list it under requirements. */
  requiredShare: number;
  /** 0–1: share that list it as nice to have. */
  preferredShare: number;
  /** 0–1: share that ask for it without saying whether it is required or nice to have. */
  mentionedShare: number;
}

/** Skill demand over a set of listings, most asked first (ties by id). Listings without skills still count. */
export function computeDemand(listings: readonly ListingSkillSet[]): SkillDemand[] {
  const counts = new Map<string, { all: number; required: number; preferred: number; mentioned: number }>();
  for (const listing of listings) {
    for (const { skillId, requirement } of listing.skills) {
      let c = counts.get(skillId);
      if (c === undefined) {
        c = { all: 0, required: 0, preferred: 0, mentioned: 0 };
        counts.set(skillId, c);
      }
      c.all++;
      c[requirement]++;
    }
  }
  const n = listings.length;
  return [...counts]
    .map(([skillId, c]) => ({
      skillId,
      listings: c.all,
      share: n === 0 ? 0 : c.all / n,
      requiredShare: n === 0 ? 0 : c.required / n,
      preferredShare: n === 0 ? 0 : c.preferred / n,
      mentionedShare: n === 0 ? 0 : c.mentioned / n,
    }))
    .sort((a, b) => b.listings - a.listings || a.skillId.localeCompare(b.skillId));
}

/** Demand share per skill id, for weighting gaps and strengths. */
export function demandShareById(demand: readonly { skillId: string; share: number }[]): Map<string, number> {
  return new Map(demand.map((d) => [d.skillId, d.share]));
}

/** Two skills asked for together. */
export interface SkillPair {
  a: string;
  b: string;
  /** Listings asking for both. */
  listings: number;
  /** 0–1: share of all listings asking for both. */
  share: number;
  /** How much more often they come together than by chance (P(a,b) / P(a)P(b)). */
  lift: number;
}

/**
 * Pairs of skills that listings ask for together, among the `topSkills` most asked, most
 * frequent first; pairs seen in fewer than `minListings` listings are dropped.
 */
export function coOccurrence(
  listings: readonly ListingSkillSet[],
  options: { topSkills?: number; minListings?: number; limit?: number } = {},
): SkillPair[] {
  const { topSkills = 30, minListings = 2, limit = 20 } = options;
  const demand = computeDemand(listings);
  const top = demand.slice(0, topSkills);
  const index = new Map(top.map((d, i) => [d.skillId, i]));
  const k = top.length;
  const pairs = new Uint32Array(k * k);
  for (const listing of listings) {
    const present = [...new Set(listing.skills.map((s) => index.get(s.skillId)))]
      .filter((i): i is number => i !== undefined)
      .sort((x, y) => x - y);
    for (let x = 0; x < present.length; x++) {
      for (let y = x + 1; y < present.length; y++) pairs[present[x]! * k + present[y]!]!++;
    }
  }
  const n = listings.length;
  const out: SkillPair[] = [];
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      const both = pairs[x * k + y]!;
      if (both < minListings || both === 0) continue;
      const a = top[x]!;
      const b = top[y]!;
      out.push({
        a: a.skillId,
        b: b.skillId,
        listings: both,
        share: both / n,
        lift: both / n / (a.share * b.share),
      });
    }
  }
  return out
    .sort(
      (p, q) =>
        q.listings - p.listings || q.lift - p.lift || p.a.localeCompare(q.a) || p.b.localeCompare(q.b),
    )
    .slice(0, limit);
}

/** A role guide requirement next to how often listings ask for it. */
export interface GuideVersusMarket {
  skillId: string;
  /** Points the role guide gives it out of 100. */
  guideWeight: number;
  /** 0–1: share of listings asking for the skill itself: the same figure as its demand. */
  share: number;
  /** 0–1: share of listings asking for it or for a skill the requirement accepts. */
  coveredShare: number;
}

/** What the guide says against what listings ask: per requirement, plus demanded skills the guide lacks. */
export function compareGuideToMarket(
  requirements: readonly { skillId: string; weight: number; accepts: readonly string[] }[],
  listings: readonly ListingSkillSet[],
  options: { unlistedMinShare?: number } = {},
): { requirements: GuideVersusMarket[]; notInGuide: SkillDemand[] } {
  const { unlistedMinShare = 0.1 } = options;
  const total = requirements.reduce((s, r) => s + r.weight, 0);
  const n = listings.length;
  const demand = computeDemand(listings);
  const shareOf = demandShareById(demand);
  const rows = requirements.map((r) => {
    const ids = new Set([r.skillId, ...r.accepts]);
    const asking = n === 0 ? 0 : listings.filter((l) => l.skills.some((s) => ids.has(s.skillId))).length;
    return {
      skillId: r.skillId,
      guideWeight: total === 0 ? 0 : Math.round((r.weight / total) * 1000) / 10,
      share: shareOf.get(r.skillId) ?? 0,
      coveredShare: n === 0 ? 0 : asking / n,
    };
  });
  const covered = new Set(requirements.flatMap((r) => [r.skillId, ...r.accepts]));
  const notInGuide = demand.filter((d) => !covered.has(d.skillId) && d.share >= unlistedMinShare);
  return { requirements: rows, notInGuide };
}
