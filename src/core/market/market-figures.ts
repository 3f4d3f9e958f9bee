import type { Role } from '../role/schema.ts';
import { compareGuideToMarket, computeDemand, coOccurrence, MIN_LISTED_SHARE, roundShare } from './demand.ts';
import type { ListingSkillSet } from './listing.ts';
import type { MarketBasis } from './market-basis.ts';
import type { DisguisedListings, SkillLabel } from './market-section.ts';
import { type OnetDemandFile, type OnetReference, onetReference } from './onet-demand.ts';

/** One skill's demand: how many of the listings ask for it, and how. */
export interface DemandRow {
  skill: SkillLabel;
  listings: number;
  /** 0–1: share of the listings asking for it in any way; the three shares below add up to it. */
  share: number;
  requiredShare: number;
  preferredShare: number;
  /** Asked for without saying whether it is required or nice to have. */
  mentionedShare: number;
}

/** A role's market as the market page, `rolefit market` and `GET /api/roles/{id}/market` show it. */
export interface MarketFigures {
  source: 'listings' | 'snapshot';
  listings: number;
  basis: MarketBasis;
  /** Skills at least MIN_LISTED_SHARE of the listings ask for, most asked first. */
  demand: DemandRow[];
  /** Skills asked for together, most frequent first. */
  pairs: Array<{ a: SkillLabel; b: SkillLabel; listings: number; share: number; lift: number }>;
  /** Typical titles (team, place and level left out), most frequent first. */
  titles: Array<{ title: string; listings: number }>;
  /** Each role-guide requirement: its points, the share asking for the skill itself, and with the skills it accepts. */
  guide: Array<{ skill: SkillLabel; points: number; share: number; coveredShare: number }>;
  /** Skills at least 10% of listings ask for that the guide does not list. */
  notInGuide: Array<{ skill: SkillLabel; share: number }>;
}

export interface MarketFiguresInput {
  listings: readonly ListingSkillSet[];
  basis: MarketBasis;
  requirements: readonly { skillId: string; weight: number; accepts: readonly string[] }[];
  titles: Array<{ title: string; listings: number }>;
  label: (skillId: string) => string | undefined;
  /** Skills in `demand` and `notInGuide` (default 25). */
  top?: number;
  /** Pairs listed (default 15). */
  pairs?: number;
}

/** Demand, pairs, guide against market: every figure of a role's market computed once, from one set of listings. */
export function computeMarketFigures(input: MarketFiguresInput): MarketFigures {
  const { top = 25, pairs = 15 } = input;
  const ref = (id: string): SkillLabel => ({ id, label: input.label(id) ?? id });
  const demand = computeDemand(input.listings);
  const guide = compareGuideToMarket(input.requirements, input.listings);
  return {
    source: input.basis.kind === 'snapshot' ? 'snapshot' : 'listings',
    listings: input.listings.length,
    basis: input.basis,
    demand: demand
      .filter((d) => d.share >= MIN_LISTED_SHARE)
      .slice(0, top)
      .map((d) => ({
        skill: ref(d.skillId),
        listings: d.listings,
        share: roundShare(d.share),
        requiredShare: roundShare(d.requiredShare),
        preferredShare: roundShare(d.preferredShare),
        mentionedShare: roundShare(d.mentionedShare),
      })),
    pairs: coOccurrence(input.listings, { limit: pairs }).map((p) => ({
      a: ref(p.a),
      b: ref(p.b),
      listings: p.listings,
      share: roundShare(p.share),
      lift: Math.round(p.lift * 100) / 100,
    })),
    titles: input.titles,
    guide: guide.requirements.map((r) => ({
      skill: ref(r.skillId),
      points: r.guideWeight,
      share: roundShare(r.share),
      coveredShare: roundShare(r.coveredShare),
    })),
    notInGuide: guide.notInGuide
      .slice(0, top)
      .map((d) => ({ skill: ref(d.skillId), share: roundShare(d.share) })),
  };
}

/** A role's market as `rolefit market --format json` and `GET /api/roles/{id}/market` give it. */
export interface RoleMarket extends Omit<MarketFigures, 'source' | 'basis'> {
  role: { id: string; title: string };
  /** `none` when the role has neither stored listings nor a snapshot. */
  source: MarketFigures['source'] | 'none';
  basis: MarketBasis | null;
  /** Set when listings come from a store: the role's disguised-developer listings. */
  disguised?: DisguisedListings;
  /** O*NET's flagged technologies that matter to the role: a labelled reference, not demand. */
  reference: OnetReference | null;
}

export interface RoleMarketInput extends Omit<MarketFiguresInput, 'basis' | 'requirements'> {
  role: Pick<Role, 'id' | 'title' | 'requirements'>;
  /** Undefined when there is nothing to rest figures on. */
  basis: MarketBasis | undefined;
  onet?: OnetDemandFile | undefined;
  disguised?: DisguisedListings | undefined;
}

/** The role's market figures, with O*NET kept to what the guide names or the listings ask for. */
export function buildRoleMarket(input: RoleMarketInput): RoleMarket {
  const requirements = input.role.requirements.map((r) => ({
    skillId: r.skill,
    weight: r.weight,
    accepts: r.accepts.filter((a) => a.credit > 0).map((a) => a.skill),
  }));
  const relevant = new Set([
    ...requirements.flatMap((r) => [r.skillId, ...r.accepts]),
    ...computeDemand(input.listings)
      .filter((d) => d.share >= MIN_LISTED_SHARE)
      .map((d) => d.skillId),
  ]);
  const figures =
    input.basis === undefined
      ? undefined
      : computeMarketFigures({ ...input, basis: input.basis, requirements });
  return {
    role: { id: input.role.id, title: input.role.title },
    source: figures?.source ?? 'none',
    listings: figures?.listings ?? 0,
    basis: figures?.basis ?? null,
    demand: figures?.demand ?? [],
    pairs: figures?.pairs ?? [],
    titles: figures?.titles ?? [],
    guide: figures?.guide ?? [],
    notInGuide: figures?.notInGuide ?? [],
    ...(input.disguised ? { disguised: { ...input.disguised } } : {}),
    reference: input.onet ? onetReference(input.onet, relevant, input.label) : null,
  };
}
