// The data shipped with rolefit: from data/ (validated at first use) when running from the sources
// and in the browser, or prepared by the build (see shipped-from-sources.ts).
import type { MarketSnapshot } from '../core/market/market-snapshot.ts';
import type { OnetDemandFile } from '../core/market/onet-demand.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { RolefitError } from '../errors.ts';
import { shippedData } from './shipped-from-sources.ts';

/** Shipped data that fails validation is a bug in rolefit, so this throws with every problem listed. */
export function bundledTaxonomy(): Taxonomy {
  return shippedData.taxonomy();
}

export function bundledRoles(): Role[] {
  return shippedData.roles();
}

export function findRole(id: string): Role | undefined {
  return bundledRoles().find((r) => r.id === id);
}

/** The shipped O*NET demand file (data/market/onet-demand.json), validated once. */
export function bundledOnetDemand(): OnetDemandFile {
  return shippedData.onetDemand();
}

/** The O*NET reference (flagged technologies of the occupation), for the roles the shipped file was made for. */
export function onetDemandFor(role: Role): OnetDemandFile | undefined {
  const file = bundledOnetDemand();
  return file.roles.includes(role.id) ? file : undefined;
}

/** The shipped snapshot of real listings (data/market/tpm-snapshot.json), validated once. */
export function bundledMarketSnapshot(): MarketSnapshot {
  return shippedData.marketSnapshot();
}

/** The snapshot stands in for the role it was made for when no listings of it are stored. */
export function marketSnapshotFor(role: Pick<Role, 'id'>): MarketSnapshot | undefined {
  const file = bundledMarketSnapshot();
  return file.role === role.id ? file : undefined;
}

/** The role with this id, or a person-facing UNKNOWN_ROLE error listing the known ids. */
export function requireRole(id: string): Role {
  const role = findRole(id);
  if (!role) {
    throw new RolefitError(
      'UNKNOWN_ROLE',
      `there is no role "${id}".`,
      `Known roles: ${bundledRoles()
        .map((r) => r.id)
        .join(', ')}.`,
    );
  }
  return role;
}
