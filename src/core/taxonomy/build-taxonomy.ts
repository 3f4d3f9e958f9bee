import type { Matcher } from './matcher.ts';
import type { Skill, TaxonomyFile, TogetherRule } from './schema.ts';

/** A validated skill taxonomy with its lookups and compiled matcher. */
export interface Taxonomy {
  version: string;
  attribution: string[];
  skills: readonly Skill[];
  /** Phrases that contain a skill's name but are not that skill (data/taxonomy/lookalikes.json). */
  lookalikes: readonly string[];
  /** Skills shown by words of several groups in one clause (data/taxonomy/evidence.json, `together`). */
  together: readonly TogetherRule[];
  byId: ReadonlyMap<string, Skill>;
  /** The skill and every skill below it through `broader` links. */
  narrower(id: string): ReadonlySet<string>;
  /** Every skill above it through `broader` links, nearest first. */
  ancestors(id: string): readonly string[];
  matcher: Matcher;
}

/**
 * The lookups of a taxonomy file that loadTaxonomy has already validated, around its compiled
 * matcher. No schema here, so a prepared build restores a taxonomy without loading zod.
 */
export function buildTaxonomy(file: TaxonomyFile, matcher: Matcher): Taxonomy {
  const byId = new Map<string, Skill>();
  for (const skill of file.skills) byId.set(skill.id, skill);
  const children = new Map<string, string[]>();
  for (const skill of file.skills) {
    for (const parent of skill.broader) {
      const list = children.get(parent) ?? [];
      list.push(skill.id);
      children.set(parent, list);
    }
  }
  const ancestorsOf = new Map<string, string[]>();
  for (const skill of file.skills) ancestorsOf.set(skill.id, broaderChain(skill, byId).ancestors);

  const narrowerCache = new Map<string, Set<string>>();
  const narrower = (id: string): Set<string> => {
    const cached = narrowerCache.get(id);
    if (cached) return cached;
    const out = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      for (const child of children.get(queue.pop()!) ?? []) {
        if (!out.has(child)) {
          out.add(child);
          queue.push(child);
        }
      }
    }
    narrowerCache.set(id, out);
    return out;
  };

  return {
    version: file.version,
    attribution: file.attribution,
    skills: file.skills,
    lookalikes: file.lookalikes,
    together: file.together,
    byId,
    narrower,
    ancestors: (id) => ancestorsOf.get(id) ?? [],
    matcher,
  };
}

/** Every skill above this one through `broader` links, nearest first, and whether it reaches itself. */
export function broaderChain(
  skill: Skill,
  byId: ReadonlyMap<string, Skill>,
): { ancestors: string[]; cycle: boolean } {
  const seen: string[] = [];
  const queue = [...skill.broader];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === skill.id) return { ancestors: seen, cycle: true };
    if (seen.includes(next)) continue;
    seen.push(next);
    queue.push(...(byId.get(next)?.broader ?? []));
  }
  return { ancestors: seen, cycle: false };
}
