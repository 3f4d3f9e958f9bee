import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { Role } from './schema.ts';

/**
 * The name a report gives a skill: the role's label for a skill it requires ("Risk mitigation" for
 * risk-management), else the taxonomy's. One name per skill across the requirement table, the gaps,
 * the market section and the resume feedback.
 */
export function reportLabels(
  role: Pick<Role, 'requirements'>,
  taxonomy: Pick<Taxonomy, 'byId'>,
): (skillId: string) => string | undefined {
  const labels = new Map(role.requirements.flatMap((r) => (r.label ? [[r.skill, r.label] as const] : [])));
  return (id) => labels.get(id) ?? taxonomy.byId.get(id)?.label;
}
