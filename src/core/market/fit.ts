import type { ListingRequirement, ListingSkillSet } from './listing.ts';

/** How much a skill counts toward fit by how the listing asks for it. */
export const REQUIREMENT_WEIGHT: Record<ListingRequirement, number> = {
  required: 1,
  mentioned: 0.75,
  preferred: 0.5,
};

export interface ListingFit {
  /** 0–1: weighted share of the listing's skills the person shows. */
  fit: number;
  matched: string[];
  /** Missing skills, required ones first. */
  missing: string[];
}

/** How well a person's skills cover one listing; undefined when the listing names no skill. */
export function listingFit(person: ReadonlySet<string>, listing: ListingSkillSet): ListingFit | undefined {
  if (listing.skills.length === 0) return undefined;
  let total = 0;
  let earned = 0;
  const matched: string[] = [];
  const missing: Array<{ id: string; w: number }> = [];
  for (const { skillId, requirement } of listing.skills) {
    const w = REQUIREMENT_WEIGHT[requirement];
    total += w;
    if (person.has(skillId)) {
      earned += w;
      matched.push(skillId);
    } else missing.push({ id: skillId, w });
  }
  missing.sort((a, b) => b.w - a.w || a.id.localeCompare(b.id));
  return { fit: earned / total, matched: matched.sort(), missing: missing.map((m) => m.id) };
}

/** The person's skills plus every broader skill they imply (knowing Jira shows "issue tracking"). */
export function expandWithBroader(
  skillIds: Iterable<string>,
  broader?: (id: string) => readonly string[],
): Set<string> {
  const out = new Set<string>();
  const stack = [...skillIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    if (broader) for (const b of broader(id)) if (!out.has(b)) stack.push(b);
  }
  return out;
}

/** The value at quantile q (0–1) of sorted numbers, by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
