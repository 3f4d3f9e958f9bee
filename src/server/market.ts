import type { RoleMarket } from '../core/market/market-figures.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { marketSnapshotFor, onetDemandFor } from '../data/bundled.ts';
import type { Store } from '../store/open-store.ts';
import { roleMarketFor } from '../store/role-market.ts';

/** Demand for a role's skills and how the role guide compares, for the market page: the same figures as `rolefit market`. */
export function roleMarket(
  store: Store | undefined,
  role: Role,
  taxonomy: Taxonomy,
  top: number,
  includeDisguised = false,
): Promise<RoleMarket> {
  return roleMarketFor(store?.db, {
    role,
    taxonomy,
    snapshot: marketSnapshotFor(role),
    onet: onetDemandFor(role),
    top,
    includeDisguised,
  });
}
