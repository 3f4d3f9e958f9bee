import type { Issue } from '../result.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { BACKGROUND_IDS } from './background-ids.ts';
import type { BackgroundsFile, LearningFile, PhrasingFile, TransitionsFile } from './schema.ts';

/** Everything guidance needs for one role. */
export interface GuidanceData {
  backgrounds: BackgroundsFile;
  transitions: TransitionsFile;
  learning: LearningFile;
  phrasing: PhrasingFile;
}

/**
 * What guidance files that passed their schemas name and must exist: skills of the taxonomy,
 * requirements and fit dimensions of the role, every background. No schema here, so guidance
 * prepared by the build is checked against the role and taxonomy at hand without loading zod.
 */
export function checkGuidanceReferences(data: GuidanceData, role: Role, taxonomy: Taxonomy): Issue[] {
  const { backgrounds, transitions, learning, phrasing } = data;
  const issues: Issue[] = [];
  const requirements = new Set(role.requirements.map((r) => r.skill));
  const dimensions = new Set(role.fitDimensions.map((d) => d.id));
  const skill = (s: string, where: string) => {
    if (!taxonomy.byId.has(s))
      issues.push({ code: 'GUIDANCE_UNKNOWN_SKILL', message: `${where} names unknown skill "${s}"` });
  };
  const requirement = (r: string, where: string) => {
    if (!requirements.has(r))
      issues.push({
        code: 'GUIDANCE_UNKNOWN_REQUIREMENT',
        message: `${where} names "${r}", not a requirement of ${role.id}`,
      });
  };
  for (const b of backgrounds.backgrounds) {
    for (const s of b.skills) skill(s, `background ${b.id}`);
    for (const r of b.confirmedBy?.shown ?? []) requirement(r, `background ${b.id}`);
  }
  const seen = new Set(backgrounds.backgrounds.map((b) => b.id));
  for (const id of BACKGROUND_IDS)
    if (id !== 'other' && !seen.has(id))
      issues.push({ code: 'GUIDANCE_MISSING', message: `background "${id}" is not defined` });
  for (const id of Object.keys(role.trackRecord?.backgrounds ?? {}))
    if (!seen.has(id as never))
      issues.push({
        code: 'GUIDANCE_MISSING',
        message: `the role's track record names unknown background "${id}"`,
      });
  if (transitions.role !== role.id || learning.role !== role.id)
    issues.push({ code: 'GUIDANCE_ROLE_MISMATCH', message: `guidance data is not for role ${role.id}` });
  const from = new Set(transitions.transitions.map((t) => t.from));
  for (const id of BACKGROUND_IDS)
    if (!from.has(id)) issues.push({ code: 'GUIDANCE_MISSING', message: `no transition from "${id}"` });
  for (const t of transitions.transitions) {
    for (const tr of t.transfers) for (const s of tr.skills) skill(s, `transition from ${t.from}`);
    for (const g of t.gaps) requirement(g.requirement, `transition from ${t.from}`);
  }
  for (const f of transitions.fitSignals) {
    if (!dimensions.has(f.dimension))
      issues.push({
        code: 'GUIDANCE_UNKNOWN_DIMENSION',
        message: `fit signal names unknown dimension "${f.dimension}"`,
      });
    for (const s of f.skills) skill(s, `fit signal ${f.dimension}`);
  }
  for (const c of learning.certifications)
    for (const r of c.addresses) requirement(r, `certification ${c.id}`);
  for (const a of learning.actions) requirement(a.requirement, 'learning action');
  for (const r of phrasing.rules) {
    requirement(r.requirement, `phrasing rule ${r.id}`);
    skill(r.skill, `phrasing rule ${r.id}`);
  }
  return issues;
}
