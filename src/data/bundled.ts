// The data shipped with rolefit, imported as modules so the same code runs in Node and the browser.
import onetDemandJson from '../../data/market/onet-demand.json' with { type: 'json' };
import tpmRole from '../../data/roles/technical-project-manager.json' with { type: 'json' };
import skillsFile from '../../data/taxonomy/skills.json' with { type: 'json' };
import { type OnetDemandFile, onetDemandFileSchema } from '../core/market/onet-demand.ts';
import { loadRole } from '../core/role/load-role.ts';
import type { Role } from '../core/role/schema.ts';
import { loadTaxonomy, type Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { RolefitError } from '../errors.ts';

/** Every role file; adding a role means adding its JSON here. */
const ROLE_FILES: unknown[] = [tpmRole];

let taxonomy: Taxonomy | undefined;
let roles: Role[] | undefined;

/** Shipped data that fails validation is a bug in rolefit, so this throws with every problem listed. */
export function bundledTaxonomy(): Taxonomy {
  if (!taxonomy) {
    const loaded = loadTaxonomy(skillsFile);
    if (!loaded.ok)
      throw new Error(`bundled taxonomy is invalid:\n${loaded.error.map((i) => i.message).join('\n')}`);
    taxonomy = loaded.value;
  }
  return taxonomy;
}

export function bundledRoles(): Role[] {
  if (!roles) {
    const t = bundledTaxonomy();
    roles = ROLE_FILES.map((raw) => {
      const loaded = loadRole(raw, t);
      if (!loaded.ok)
        throw new Error(`bundled role is invalid:\n${loaded.error.map((i) => i.message).join('\n')}`);
      return loaded.value;
    });
  }
  return roles;
}

export function findRole(id: string): Role | undefined {
  return bundledRoles().find((r) => r.id === id);
}

let onetFile: OnetDemandFile | undefined;

/** The shipped O*NET demand file (data/market/onet-demand.json), validated once. */
export function bundledOnetDemand(): OnetDemandFile {
  onetFile ??= onetDemandFileSchema.parse(onetDemandJson);
  return onetFile;
}

/** O*NET demand stands in only for the roles the shipped file was made for. */
export function onetDemandFor(role: Role): OnetDemandFile | undefined {
  const file = bundledOnetDemand();
  return file.roles.includes(role.id) ? file : undefined;
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
