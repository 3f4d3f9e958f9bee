import { requirementPoints } from '../role/points.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { wrapText } from './format.ts';

/** The role guide for a terminal. */
export function renderRoleText(role: Role, taxonomy: Taxonomy): string {
  const perRequirement = requirementPoints(role);
  const points = new Map(role.requirements.map((r, k) => [r, perRequirement[k]!]));
  const out: string[] = [role.title, '='.repeat(role.title.length), '', wrapText(role.summary, 96, ''), ''];
  for (const category of ['technical', 'soft'] as const) {
    out.push(category === 'technical' ? 'Technical skills (points of 100)' : 'Soft skills (points of 100)');
    for (const r of role.requirements.filter((x) => x.category === category)) {
      const label = r.label ?? taxonomy.byId.get(r.skill)?.label ?? r.skill;
      out.push(`  ${points.get(r)!.toFixed(1).padStart(4)}  ${label}`);
      out.push(`        ${wrapText(r.why, 88, '        ')}`);
    }
    out.push('');
  }
  if (role.trackRecord && role.trackRecord.weight > 0) {
    out.push(`Track record (points of 100)`);
    out.push(
      `  ${role.trackRecord.weight.toFixed(1).padStart(4)}  A job title that names the role or a close one`,
    );
    out.push(`        ${wrapText(role.trackRecord.why, 88, '        ')}`);
    out.push('');
  }
  if (role.typicalWeek.length > 0) {
    out.push('A typical week');
    for (const w of role.typicalWeek) out.push(`  - ${wrapText(w, 92, '    ')}`);
    out.push('');
  }
  if (role.marketReality.length > 0) {
    out.push('What postings list versus what the job really asks');
    for (const m of role.marketReality) {
      out.push(`  ${m.topic}`);
      out.push(`    Listed: ${wrapText(m.listed, 86, '            ')}`);
      out.push(`    Really: ${wrapText(m.real, 86, '            ')}`);
    }
    out.push('');
  }
  if (role.fitDimensions.length > 0) {
    out.push('Is it for you? Ask yourself');
    for (const f of role.fitDimensions)
      out.push(`  - ${f.label}: ${wrapText(f.question, 80, '    ', f.label.length + 2)}`);
    out.push('');
  }
  out.push(`Also known as: ${wrapText(role.titleAliases.slice(0, 12).join(', '), 90, '  ', 13)}`, '');
  return out.join('\n');
}
