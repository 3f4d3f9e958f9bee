/**
 * Builds data/market/onet-demand.json: the Hot Technology / In Demand technology skills O*NET 29.3
 * lists for Information Technology Project Managers (15-1299.09), mapped to rolefit skill ids.
 * It is the demand rolefit shows before any listing is ingested. Deterministic.
 *
 *   npx tsx scripts/build-onet-demand.ts [path/to/onet293_target_technology_skills.tsv]
 *   npx tsx scripts/build-onet-demand.ts --check    fail if the committed file differs
 *
 * A row maps to every skill that names the O*NET example in `onet.examples`, or that rolefit's
 * own extractor finds in the example's name ("Atlassian JIRA" → jira). Unmapped rows are listed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSkills } from '../src/core/extract/extract-skills.ts';
import { type OnetDemandFile, onetDemandFileSchema } from '../src/core/market/onet-demand.ts';
import { bundledTaxonomy } from '../src/data/bundled.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = join(ROOT, 'data/market/onet-demand.json');
const SHARED = resolve(process.env.ROLEFIT_SHARED_DATA ?? join(ROOT, '../shared/data'));
const OCCUPATION = { code: '15-1299.09', title: 'Information Technology Project Managers' };
const ROLES = ['technical-project-manager'];

const ATTRIBUTION = [
  'Includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. rolefit has modified this information: it keeps only the Technology Skills of 15-1299.09 flagged Hot Technology or In Demand and maps their example names to rolefit skill ids. USDOL/ETA has not approved, endorsed, or tested these modifications.',
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const input = resolve(
  args.find((a) => !a.startsWith('--')) ??
    join(SHARED, 'taxonomy/derived/onet293_target_technology_skills.tsv'),
);
if (!existsSync(input)) {
  console.error(`build-onet-demand: ${input} not found (pass the TSV path or set ROLEFIT_SHARED_DATA).`);
  process.exit(2);
}

const taxonomy = bundledTaxonomy();
const byExample = new Map<string, string[]>();
for (const skill of taxonomy.skills) {
  for (const example of skill.onet?.examples ?? []) {
    const key = example.toLowerCase();
    byExample.set(key, [...(byExample.get(key) ?? []), skill.id]);
  }
}

const [headerLine, ...lines] = readFileSync(input, 'utf8').split('\n').filter(Boolean);
const header = headerLine!.split('\t');
const col = (name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`column ${name} missing in ${input}`);
  return i;
};
const [cCode, cExample, cHot, cDemand] = [
  col('code'),
  col('example'),
  col('hot_technology'),
  col('in_demand'),
];

const skills = new Map<string, { hotTechnology: boolean; inDemand: boolean; examples: Set<string> }>();
const unmapped: string[] = [];
for (const line of lines) {
  const cells = line.split('\t');
  if (cells[cCode] !== OCCUPATION.code) continue;
  const hot = cells[cHot] === 'Y';
  const inDemand = cells[cDemand] === 'Y';
  if (!hot && !inDemand) continue;
  const example = cells[cExample]!.trim();
  const ids = new Set(byExample.get(example.toLowerCase()) ?? []);
  for (const m of extractSkills(example, taxonomy).mentions) ids.add(m.skillId);
  if (ids.size === 0) unmapped.push(example);
  for (const id of ids) {
    const entry = skills.get(id) ?? { hotTechnology: false, inDemand: false, examples: new Set<string>() };
    entry.hotTechnology ||= hot;
    entry.inDemand ||= inDemand;
    entry.examples.add(example);
    skills.set(id, entry);
  }
}

const file: OnetDemandFile = onetDemandFileSchema.parse({
  attribution: ATTRIBUTION,
  occupation: OCCUPATION,
  roles: ROLES,
  skills: [...skills]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skillId, e]) => ({
      skillId,
      hotTechnology: e.hotTechnology,
      inDemand: e.inDemand,
      examples: [...e.examples].sort(),
    })),
});
const json = `${JSON.stringify(file, null, 2)}\n`;

if (check) {
  const current = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '';
  if (current !== json) {
    console.error('build-onet-demand: data/market/onet-demand.json is out of date; run the script.');
    process.exit(1);
  }
  console.log('build-onet-demand: up to date.');
} else {
  writeFileSync(OUT_FILE, json);
  console.log(
    `build-onet-demand: ${file.skills.length} skills from ${OCCUPATION.code} (${file.skills.filter((s) => s.inDemand).length} In Demand); ${unmapped.length} flagged examples map to no skill:`,
  );
  console.log(`  ${unmapped.sort().join('; ')}`);
}
