import { compareGuideToMarket, computeDemand, coOccurrence } from '../../core/market/demand.ts';
import type { MarketSection } from '../../core/market/market-section.ts';
import { onetDemand } from '../../core/market/onet-demand.ts';
import { renderDisguisedLine as disguisedLine } from '../../core/market/render-market.ts';
import type { Role } from '../../core/role/schema.ts';
import type { Taxonomy } from '../../core/taxonomy/load-taxonomy.ts';
import { bundledTaxonomy, onetDemandFor, requireRole } from '../../data/bundled.ts';
import { RolefitError } from '../../errors.ts';
import { countListings, listSkillSets } from '../../store/listing.repository.ts';
import type { Store } from '../../store/open-store.ts';
import { disguisedListings, marketListingFilter, storedMarketSection } from '../../store/role-market.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { openStoreFor } from '../store.ts';

const USAGE =
  'rolefit market [role-id] [--db <path|postgres-url>] [--top <n>] [--include-disguised] [--format text|json]';

const onetFor = onetDemandFor;

/**
 * The report's market section for a person: their found skill ids against the role's stored
 * listings (disguised-developer ones left out unless asked), or O*NET demand when none are stored.
 */
export async function marketSectionFor(
  store: Store,
  role: Role,
  personSkillIds: Iterable<string>,
  taxonomy: Taxonomy,
  options: { top?: number; includeDisguised?: boolean } = {},
): Promise<MarketSection> {
  const { section } = await storedMarketSection(store.db, {
    roleId: role.id,
    personSkillIds,
    taxonomy,
    onet: onetFor(role),
    ...options,
  });
  return section;
}

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

export const marketCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        db: { type: 'string' },
        top: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'include-disguised': { type: 'boolean' },
      },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const top = values.top === undefined ? 25 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
      throw new RolefitError('USAGE', '--top must be a whole number from 1 to 1000.');
    }
    const roleId = positionals[0] ?? 'technical-project-manager';
    const role = requireRole(roleId);
    const taxonomy = bundledTaxonomy();
    const label = (id: string) => taxonomy.byId.get(id)?.label ?? id;
    const ref = (id: string) => ({ id, label: label(id) });
    const store = await openStoreFor(values.db, io);
    try {
      const includeDisguised = values['include-disguised'] === true;
      const [listings, stored, disguised] = await Promise.all([
        listSkillSets(store.db, marketListingFilter(role.id, includeDisguised)),
        countListings(store.db),
        disguisedListings(store.db, role.id, includeDisguised),
      ]);
      const onet = onetFor(role);
      const source: 'listings' | 'onet' = listings.length > 0 || !onet ? 'listings' : 'onet';
      const requirements = role.requirements.map((r) => ({
        skillId: r.skill,
        weight: r.weight,
        accepts: r.accepts.map((a) => a.skill),
      }));
      const demand =
        source === 'listings'
          ? computeDemand(listings).slice(0, top)
          : onetDemand(onet!).map((d) => ({ ...d, listings: 0, requiredShare: 0, preferredShare: 0 }));
      const onetShare = new Map(source === 'onet' ? onetDemand(onet!).map((d) => [d.skillId, d.share]) : []);
      const guide =
        source === 'listings'
          ? compareGuideToMarket(requirements, listings)
          : {
              requirements: compareGuideToMarket(requirements, []).requirements.map((r) => ({
                ...r,
                share: onetShare.get(r.skillId) ?? 0,
              })),
              notInGuide: [],
            };
      const pairs = source === 'listings' ? coOccurrence(listings, { limit: 15 }) : [];
      const result = {
        role: { id: role.id, title: role.title },
        source,
        listings: source === 'listings' ? listings.length : 0,
        storedListings: stored,
        disguised,
        store: { dialect: store.dialect, location: store.location },
        demand: demand.map((d) => ({
          skill: ref(d.skillId),
          share: d.share,
          requiredShare: d.requiredShare,
          preferredShare: d.preferredShare,
          listings: d.listings,
        })),
        coOccurrence: pairs.map((p) => ({
          a: ref(p.a),
          b: ref(p.b),
          listings: p.listings,
          share: p.share,
          lift: p.lift,
        })),
        guide: {
          requirements: guide.requirements.map((r) => ({
            skill: ref(r.skillId),
            guideWeight: r.guideWeight,
            share: r.share,
          })),
          notInGuide: guide.notInGuide.slice(0, top).map((d) => ({ skill: ref(d.skillId), share: d.share })),
        },
        ...(source === 'onet' ? { attribution: onet!.attribution } : {}),
      };
      if (format === 'json') {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const out: string[] = [`${role.title}: job market`, ''];
      if (source === 'listings') {
        out.push(
          `Source: ${listings.length.toLocaleString('en-US')} stored listings of this role (of ${stored.toLocaleString('en-US')} in ${store.location}).`,
          '',
        );
        if (disguised.listings > 0) out.push(disguisedLine(disguised), '');
        out.push('Skill demand: share of listings asking (required / nice to have)');
        for (const d of result.demand) {
          out.push(
            `  ${d.skill.label.padEnd(32)} ${pct(d.share)}  ${'█'.repeat(Math.round(d.share * 20)).padEnd(20)}  (${pct(d.requiredShare).trim()} / ${pct(d.preferredShare).trim()})`,
          );
        }
        if (pairs.length > 0) {
          out.push('', 'Often asked together');
          for (const p of result.coOccurrence) {
            out.push(
              `  ${`${p.a.label} + ${p.b.label}`.padEnd(48)} ${pct(p.share)} of listings (×${p.lift.toFixed(1)} chance)`,
            );
          }
        }
      } else {
        out.push(
          `Source: O*NET ${onet!.occupation.code} ${onet!.occupation.title}: Hot Technology / In Demand flags (no listings of this role are stored; weights, not shares).`,
          'Import listings with "rolefit ingest <file>" to see what real postings ask.',
          ...(disguised.listings > 0 ? [disguisedLine(disguised)] : []),
          '',
          'Technology demand (1 = In Demand, 0.5 = Hot Technology)',
        );
        for (const d of result.demand) out.push(`  ${d.skill.label.padEnd(32)} ${d.share.toFixed(1)}`);
      }
      out.push(
        '',
        `Role guide vs ${source === 'listings' ? 'listings' : 'O*NET'}: guide weight (points of 100) and ${source === 'listings' ? 'share of listings asking' : 'O*NET weight'}`,
      );
      for (const r of result.guide.requirements) {
        out.push(
          `  ${r.skill.label.padEnd(32)} ${String(r.guideWeight).padStart(5)}  ${source === 'listings' ? pct(r.share) : r.share.toFixed(1)}`,
        );
      }
      if (result.guide.notInGuide.length > 0) {
        out.push('', 'Asked by at least 10% of listings but not in the role guide');
        for (const d of result.guide.notInGuide) out.push(`  ${d.skill.label.padEnd(32)} ${pct(d.share)}`);
      }
      if (source === 'onet') out.push('', ...onet!.attribution);
      io.stdout(`${out.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
