import type { Role } from './schema.ts';

/**
 * Points of 100 each requirement is worth, in role order: the requirements share, by weight, the
 * points the track record leaves. The analysis, the role guide and the API all read them here.
 */
export function requirementPoints(role: Role): number[] {
  const total = role.requirements.reduce((s, r) => s + r.weight, 0);
  const points = 100 - (role.trackRecord?.weight ?? 0);
  return role.requirements.map((r) => (r.weight / total) * points);
}
