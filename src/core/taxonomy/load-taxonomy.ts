import { fail, type Issue, ok, type Result } from '../result.ts';
import { broaderChain, buildTaxonomy, type Taxonomy } from './build-taxonomy.ts';
import { compileMatcherData, matcherFromData } from './matcher.ts';
import { type Skill, type TaxonomyFile, taxonomyFileSchema } from './schema.ts';

export type { Taxonomy } from './build-taxonomy.ts';

/** Validates raw taxonomy data (the parsed JSON), then builds its lookups and compiles its matcher. */
export function loadTaxonomy(raw: unknown): Result<Taxonomy, Issue[]> {
  const valid = validateTaxonomy(raw);
  if (!valid.ok) return valid;
  const matcher = matcherFromData(compileMatcherData(valid.value.skills, valid.value.lookalikes));
  return ok(buildTaxonomy(valid.value, matcher));
}

/** The schema, then what a schema cannot check: unique ids, links to known skills, no cycles. */
export function validateTaxonomy(raw: unknown): Result<TaxonomyFile, Issue[]> {
  const parsed = taxonomyFileSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => ({
        code: 'TAXONOMY_INVALID',
        message: i.message,
        path: i.path.join('.'),
      })),
    );
  }
  const file: TaxonomyFile = parsed.data;
  const issues: Issue[] = [];
  const byId = new Map<string, Skill>();
  for (const skill of file.skills) {
    if (byId.has(skill.id))
      issues.push({ code: 'TAXONOMY_DUPLICATE_ID', message: `duplicate skill id "${skill.id}"` });
    byId.set(skill.id, skill);
  }
  for (const skill of file.skills) {
    for (const ref of [
      ...skill.broader,
      ...skill.related,
      ...(skill.nearWords ? [skill.nearWords.becomes] : []),
    ]) {
      if (!byId.has(ref)) {
        issues.push({
          code: 'TAXONOMY_UNKNOWN_REF',
          message: `skill "${skill.id}" links to unknown skill "${ref}"`,
        });
      }
    }
  }
  for (const rule of file.together) {
    if (!byId.has(rule.skill)) {
      issues.push({
        code: 'TAXONOMY_UNKNOWN_REF',
        message: `a together rule shows unknown skill "${rule.skill}"`,
      });
    }
  }
  for (const skill of file.skills) {
    if (broaderChain(skill, byId).cycle)
      issues.push({ code: 'TAXONOMY_CYCLE', message: `skill "${skill.id}" is its own broader skill` });
  }
  return issues.length > 0 ? fail(issues) : ok(file);
}
