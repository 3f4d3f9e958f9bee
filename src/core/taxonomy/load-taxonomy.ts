import { fail, type Issue, ok, type Result } from '../result.ts';
import { compileMatcher, type Matcher } from './matcher.ts';
import { type Skill, type TaxonomyFile, taxonomyFileSchema } from './schema.ts';

/** A validated skill taxonomy with its lookups and compiled matcher. */
export interface Taxonomy {
  version: string;
  attribution: string[];
  skills: readonly Skill[];
  /** Phrases that contain a skill's name but are not that skill (data/taxonomy/lookalikes.json). */
  lookalikes: readonly string[];
  byId: ReadonlyMap<string, Skill>;
  /** The skill and every skill below it through `broader` links. */
  narrower(id: string): ReadonlySet<string>;
  /** Every skill above it through `broader` links, nearest first. */
  ancestors(id: string): readonly string[];
  matcher: Matcher;
}

/** Validates raw taxonomy data (the parsed JSON) and builds its lookups. */
export function loadTaxonomy(raw: unknown): Result<Taxonomy, Issue[]> {
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
    for (const ref of [...skill.broader, ...skill.related]) {
      if (!byId.has(ref)) {
        issues.push({
          code: 'TAXONOMY_UNKNOWN_REF',
          message: `skill "${skill.id}" links to unknown skill "${ref}"`,
        });
      }
    }
  }
  const children = new Map<string, string[]>();
  for (const skill of file.skills) {
    for (const parent of skill.broader) {
      const list = children.get(parent) ?? [];
      list.push(skill.id);
      children.set(parent, list);
    }
  }
  const ancestorsOf = new Map<string, string[]>();
  for (const skill of file.skills) {
    const seen: string[] = [];
    const queue = [...skill.broader];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (next === skill.id) {
        issues.push({ code: 'TAXONOMY_CYCLE', message: `skill "${skill.id}" is its own broader skill` });
        break;
      }
      if (seen.includes(next)) continue;
      seen.push(next);
      queue.push(...(byId.get(next)?.broader ?? []));
    }
    ancestorsOf.set(skill.id, seen);
  }
  if (issues.length > 0) return fail(issues);

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

  return ok({
    version: file.version,
    attribution: file.attribution,
    skills: file.skills,
    lookalikes: file.lookalikes,
    byId,
    narrower,
    ancestors: (id) => ancestorsOf.get(id) ?? [],
    matcher: compileMatcher(file.skills, file.lookalikes),
  });
}
