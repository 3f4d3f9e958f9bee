// The shipped data read from data/ and validated at first use: what runs from the sources, in
// tests and in the browser. The build swaps this module for shipped-from-build.ts.
import onetDemandJson from '../../data/market/onet-demand.json' with { type: 'json' };
import marketSnapshotJson from '../../data/market/tpm-snapshot.json' with { type: 'json' };
import tpmRole from '../../data/roles/technical-project-manager.json' with { type: 'json' };
import skillsFile from '../../data/taxonomy/skills.json' with { type: 'json' };
import type { GuidanceData } from '../core/guidance/check-guidance.ts';
import { bundledGuidance } from '../core/guidance/data.ts';
import { shippedGuidanceFiles } from '../core/guidance/shipped-guidance.ts';
import { type MarketSnapshot, marketSnapshotSchema } from '../core/market/market-snapshot-schema.ts';
import { type OnetDemandFile, onetDemandFileSchema } from '../core/market/onet-demand.ts';
import { loadRole } from '../core/role/load-role.ts';
import type { Role } from '../core/role/schema.ts';
import { buildTaxonomy, type Taxonomy } from '../core/taxonomy/build-taxonomy.ts';
import { validateTaxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { compileMatcherData, type MatcherData, matcherFromData } from '../core/taxonomy/matcher.ts';
import type { TaxonomyFile } from '../core/taxonomy/schema.ts';
import type { ShippedData, ValidatedShippedData } from './prepared.ts';

/** Every role file; adding a role means adding its JSON here. */
const ROLE_FILES: unknown[] = [tpmRole];

let taxonomyFile: TaxonomyFile | undefined;
let matcher: MatcherData | undefined;
let taxonomy: Taxonomy | undefined;
let roles: Role[] | undefined;
let onet: OnetDemandFile | undefined;
let snapshot: MarketSnapshot | undefined;

/** Shipped data that fails validation is a bug in rolefit, so this throws with every problem listed. */
function validTaxonomyFile(): TaxonomyFile {
  if (!taxonomyFile) {
    const valid = validateTaxonomy(skillsFile);
    if (!valid.ok)
      throw new Error(`bundled taxonomy is invalid:\n${valid.error.map((i) => i.message).join('\n')}`);
    taxonomyFile = valid.value;
  }
  return taxonomyFile;
}

function compiledMatcher(): MatcherData {
  const file = validTaxonomyFile();
  matcher ??= compileMatcherData(file.skills, file.lookalikes);
  return matcher;
}

export const shippedData: ShippedData = {
  taxonomy() {
    taxonomy ??= buildTaxonomy(validTaxonomyFile(), matcherFromData(compiledMatcher()));
    return taxonomy;
  },
  roles() {
    if (!roles) {
      const t = this.taxonomy();
      roles = ROLE_FILES.map((raw) => {
        const loaded = loadRole(raw, t);
        if (!loaded.ok)
          throw new Error(`bundled role is invalid:\n${loaded.error.map((i) => i.message).join('\n')}`);
        return loaded.value;
      });
    }
    return roles;
  },
  onetDemand() {
    onet ??= onetDemandFileSchema.parse(onetDemandJson);
    return onet;
  },
  marketSnapshot() {
    snapshot ??= marketSnapshotSchema.parse(marketSnapshotJson);
    return snapshot;
  },
  guidance: shippedGuidanceFiles,
};

/** What the build writes to dist/prepared/: the same data, validated and compiled. */
export function validatedShippedData(): ValidatedShippedData {
  return {
    taxonomy: validTaxonomyFile(),
    matcher: compiledMatcher(),
    roles: shippedData.roles(),
    onetDemand: shippedData.onetDemand(),
    marketSnapshot: shippedData.marketSnapshot(),
    // Checked against the shipped roles and taxonomy, so names that do not exist fail the build.
    guidance: Object.fromEntries(
      shippedData.roles().flatMap((role): Array<[string, GuidanceData]> => {
        const data = bundledGuidance(role, shippedData.taxonomy());
        return data ? [[role.id, data]] : [];
      }),
    ),
  };
}
