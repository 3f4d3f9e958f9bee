import type { ListingSkill } from './listing.ts';

/** What classification needs of a role: its id, the titles that name it, the skills it asks for. */
export interface RoleFamilyProfile {
  id: string;
  titleAliases: readonly string[];
  skillIds: readonly string[];
}

/** Lowercase words separated by single spaces, padded, so `includes(' x y ')` matches whole words. */
export function normalizeTitle(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/\bsr\.?(?=\s)/g, 'senior')
    .replace(/\bmgr\b/g, 'manager')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
  return ` ${words} `;
}

/** Does the title contain one of the aliases as whole words? ("Senior Technical Program Manager, Cloud") */
export function titleMatchesAliases(title: string, aliases: readonly string[]): boolean {
  const t = normalizeTitle(title);
  return aliases.some((alias) => {
    const a = normalizeTitle(alias);
    return a.trim().length > 0 && t.includes(a);
  });
}

/** Share of a role's skills a listing asks for before its content alone places it in the role. */
export const CONTENT_MATCH_SHARE = 0.4;

/**
 * The job nouns of a role's aliases: their last two words ("Technical Project Manager" →
 * " project manager "). A single shared word is not enough: "manager" or "technical" alone would
 * let a "Senior Tax Manager" or a "Lead Technical Architect" into a TPM role.
 */
function headPhrases(aliases: readonly string[]): string[] {
  return aliases
    .map((a) => normalizeTitle(a).trim().split(' ').slice(-2).join(' '))
    .filter((h) => h.length > 0)
    .map((h) => ` ${h} `);
}

/**
 * The role family of a listing: the first role one of whose title aliases the title contains;
 * else the role whose skills the listing asks for most (at least 40% of them) when the title
 * names the same job as one of the role's aliases ("Program Manager, Infrastructure" for a
 * Technical Program Manager role).
 */
export function classifyByTitleAndContent(
  title: string,
  skills: readonly ListingSkill[],
  roles: readonly RoleFamilyProfile[],
): string | undefined {
  for (const role of roles) if (titleMatchesAliases(title, role.titleAliases)) return role.id;
  const normalized = normalizeTitle(title);
  const asked = new Set(skills.map((s) => s.skillId));
  let best: { id: string; share: number } | undefined;
  for (const role of roles) {
    if (role.skillIds.length === 0) continue;
    if (!headPhrases(role.titleAliases).some((h) => normalized.includes(h))) continue;
    const share = role.skillIds.filter((id) => asked.has(id)).length / role.skillIds.length;
    if (share >= CONTENT_MATCH_SHARE && (best === undefined || share > best.share))
      best = { id: role.id, share };
  }
  return best?.id;
}
