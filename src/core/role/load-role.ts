import { fail, type Issue, ok, type Result } from '../result.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { type Role, roleSchema } from './schema.ts';

/** Validates a role profile and checks that every skill it names exists in the taxonomy. */
export function loadRole(raw: unknown, taxonomy: Taxonomy): Result<Role, Issue[]> {
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => ({ code: 'ROLE_INVALID', message: i.message, path: i.path.join('.') })),
    );
  }
  const role = parsed.data;
  const issues: Issue[] = [];
  const check = (id: string, where: string) => {
    if (!taxonomy.byId.has(id)) {
      issues.push({
        code: 'ROLE_UNKNOWN_SKILL',
        message: `role "${role.id}" ${where} names unknown skill "${id}"`,
      });
    }
  };
  const seen = new Set<string>();
  role.requirements.forEach((r, k) => {
    check(r.skill, `requirement ${k}`);
    if (seen.has(r.skill)) {
      issues.push({
        code: 'ROLE_DUPLICATE_REQUIREMENT',
        message: `role "${role.id}" lists "${r.skill}" twice`,
      });
    }
    seen.add(r.skill);
    for (const a of r.accepts) check(a.skill, `requirement "${r.skill}" accepts`);
  });
  for (const m of role.marketReality) for (const s of m.skills) check(s, `market note "${m.topic}"`);
  for (const s of role.outsideField?.usersSide?.skills ?? []) check(s, 'outsideField.usersSide');
  const named: Array<[string, readonly string[] | undefined]> = [
    ['productDescriptions.countFor', role.productDescriptions?.countFor],
    ['outsideField.withoutTechnology.requirements', role.outsideField?.withoutTechnology?.requirements],
    [
      'outsideField.usersSide.requirement',
      role.outsideField?.usersSide ? [role.outsideField.usersSide.requirement] : undefined,
    ],
  ];
  for (const [where, ids] of named) {
    for (const id of ids ?? []) {
      if (!seen.has(id)) {
        issues.push({
          code: 'ROLE_UNKNOWN_REQUIREMENT',
          message: `role "${role.id}" ${where} names "${id}", which is not one of its requirements`,
        });
      }
    }
  }
  return issues.length > 0 ? fail(issues) : ok(role);
}
