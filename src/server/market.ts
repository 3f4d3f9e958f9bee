import { compareGuideToMarket, computeDemand } from '../core/market/demand.ts';
import { onetDemand } from '../core/market/onet-demand.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { onetDemandFor } from '../data/bundled.ts';
import { listSkillSets } from '../store/listing.repository.ts';
import type { Store } from '../store/open-store.ts';
import { disguisedListings, marketListingFilter } from '../store/role-market.ts';

const onetFor = onetDemandFor;

/** Demand for a role's skills and how the role guide compares, for the market page. */
export async function roleMarket(
  store: Store | undefined,
  role: Role,
  taxonomy: Taxonomy,
  top: number,
  includeDisguised = false,
) {
  const listings = store ? await listSkillSets(store.db, marketListingFilter(role.id, includeDisguised)) : [];
  const disguised = store ? await disguisedListings(store.db, role.id, includeDisguised) : undefined;
  const onet = onetFor(role);
  const source: 'listings' | 'onet' | 'none' = listings.length > 0 ? 'listings' : onet ? 'onet' : 'none';
  const ref = (id: string) => ({ id, label: taxonomy.byId.get(id)?.label ?? id });
  const demand =
    source === 'listings'
      ? computeDemand(listings).map((d) => ({ skillId: d.skillId, share: d.share }))
      : source === 'onet'
        ? onetDemand(onet!)
        : [];
  const shareOf = new Map(demand.map((d) => [d.skillId, d.share]));
  const requirements = role.requirements.map((r) => ({
    skillId: r.skill,
    weight: r.weight,
    accepts: r.accepts.map((a) => a.skill),
  }));
  const guide = compareGuideToMarket(requirements, listings).requirements.map((r) => ({
    skill: ref(r.skillId),
    points: r.guideWeight,
    share: source === 'listings' ? r.share : (shareOf.get(r.skillId) ?? 0),
  }));
  return {
    role: { id: role.id, title: role.title },
    source,
    listings: listings.length,
    ...(disguised ? { disguised } : {}),
    demand: demand
      .slice(0, top)
      .map((d) => ({ skill: ref(d.skillId), share: Math.round(d.share * 1000) / 1000 })),
    guide,
    attribution: source === 'onet' ? onet!.attribution : [],
  };
}
