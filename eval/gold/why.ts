// Debug: tsx eval/gold/why.ts <file-or-ref> <requirement> — mentions behind one requirement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResume } from '../../src/core/analysis/analyze.ts';
import { bundledTaxonomy, findRole } from '../../src/data/bundled.ts';
import { readGoldText } from './sources.ts';

const dataDir =
  process.env.ROLEFIT_SHARED_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const [ref, req] = process.argv.slice(2);
const text = ref!.endsWith('.txt')
  ? readFileSync(join(dataDir, '..', 'eval', 'dev-gold', 'resumes', ref!), 'utf8')
  : readGoldText(dataDir, ref!.includes('#') ? ref! : `resumes/updated-resume-dataset.csv#${ref}`);
const role = findRole('technical-project-manager')!;
const report = analyzeResume({
  document: { format: 'text', text, warnings: [] },
  role,
  taxonomy: bundledTaxonomy(),
  asOf: { year: 2026, month: 11 },
});
for (const r of report.requirements) {
  if (req && r.skill.id !== req) continue;
  console.log(`== ${r.skill.id} ${r.status} credit ${r.credit}: ${r.explanation}`);
  for (const e of r.evidence) console.log(`   L${e.line} ${JSON.stringify(e).slice(0, 300)}`);
}
console.log('sections', JSON.stringify(report.document.sections));
