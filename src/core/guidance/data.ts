// Guidance for a role: the shipped files (shipped-guidance.ts, or what the build prepared) with
// every name they use checked against the role and taxonomy at hand.
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { checkGuidanceReferences, type GuidanceData } from './check-guidance.ts';
import { shippedGuidanceFiles } from './shipped-guidance.ts';

export type { GuidanceData } from './check-guidance.ts';

const cache = new WeakMap<Taxonomy, Map<string, GuidanceData | null>>();

/** Shipped guidance for a role, or undefined when rolefit has none for it. Invalid shipped data is a bug: it throws. */
export function bundledGuidance(role: Role, taxonomy: Taxonomy): GuidanceData | undefined {
  const forTaxonomy = cache.get(taxonomy) ?? new Map<string, GuidanceData | null>();
  cache.set(taxonomy, forTaxonomy);
  const hit = forTaxonomy.get(role.id);
  if (hit !== undefined) return hit ?? undefined;
  const files = shippedGuidanceFiles(role.id);
  if (!files) {
    forTaxonomy.set(role.id, null);
    return undefined;
  }
  const issues = checkGuidanceReferences(files, role, taxonomy);
  if (issues.length > 0)
    throw new Error(`bundled guidance data is invalid:\n${issues.map((i) => i.message).join('\n')}`);
  forTaxonomy.set(role.id, files);
  return files;
}
