import { analyzeResume } from '../src/core/analysis/analyze.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { uniqueResumes } from './datasets.ts';
import type { Evaluation } from './types.ts';

/** Categories whose work is delivering through others, and categories of hands-on developers. */
const DELIVERY_CATEGORIES = ['PMO', 'Business Analyst', 'Operations Manager'] as const;
const DEVELOPER_CATEGORIES = ['Java Developer', 'Python Developer', 'DotNet Developer'] as const;

const evaluation: Evaluation = async ({ dataDir }) => {
  const { rows: rowCount, unique } = uniqueResumes(dataDir);
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  const byCategory = new Map<string, { n: number; score: number; found: Map<string, number> }>();
  for (const row of unique) {
    const report = analyzeResume({
      document: { format: 'text', text: row.Resume, warnings: [] },
      role,
      taxonomy,
    });
    const c = byCategory.get(row.Category) ?? { n: 0, score: 0, found: new Map() };
    c.n++;
    c.score += report.score ?? 0;
    for (const r of report.requirements) {
      if (r.status !== 'missing') c.found.set(r.skill.id, (c.found.get(r.skill.id) ?? 0) + 1);
    }
    byCategory.set(row.Category, c);
  }
  const reqs = role.requirements.map((r) => r.skill);
  const short = (id: string) =>
    id
      .split('-')
      .map((w) => w.slice(0, 4))
      .join('-')
      .slice(0, 9);
  const lines = [
    `${rowCount} rows, ${unique.length} unique resumes (duplicates removed before analysis).`,
    'Mean TPM score per category, and the share of resumes with evidence (shown or partial) for each requirement:',
    '',
    `${'category'.padEnd(26)} ${'n'.padStart(3)} ${'score'.padStart(5)}  ${reqs.map((r) => short(r).padStart(9)).join(' ')}`,
  ];
  const sorted = [...byCategory.entries()].sort((a, b) => b[1].score / b[1].n - a[1].score / a[1].n);
  for (const [cat, c] of sorted) {
    const cells = reqs.map((r) => `${Math.round(((c.found.get(r) ?? 0) / c.n) * 100)}%`.padStart(9));
    lines.push(
      `${cat.padEnd(26)} ${String(c.n).padStart(3)} ${(c.score / c.n).toFixed(1).padStart(5)}  ${cells.join(' ')}`,
    );
  }
  const mean = (cat: string) => {
    const c = byCategory.get(cat);
    return c ? c.score / c.n : Number.NaN;
  };
  // Floors rest on groups, not on one category of 3 to 13 resumes.
  const groupMean = (cats: readonly string[]) => {
    const cs = cats.map((c) => byCategory.get(c)).filter((c) => c !== undefined);
    const n = cs.reduce((s, c) => s + c.n, 0);
    return { n, mean: cs.reduce((s, c) => s + c.score, 0) / n };
  };
  const delivery = groupMean(DELIVERY_CATEGORIES);
  const developers = groupMean(DEVELOPER_CATEGORIES);
  lines.push(
    '',
    `Delivery categories (${DELIVERY_CATEGORIES.join(', ')}): n=${delivery.n}, mean ${delivery.mean.toFixed(1)}`,
    `Developer categories (${DEVELOPER_CATEGORIES.join(', ')}): n=${developers.n}, mean ${developers.mean.toFixed(1)}`,
  );
  const figures = {
    'delivery minus developer categories': delivery.mean - developers.mean,
    'delivery resumes': delivery.n,
    'developer resumes': developers.n,
    'mean score PMO': mean('PMO'),
    'mean score Business Analyst': mean('Business Analyst'),
    'mean score Java Developer': mean('Java Developer'),
    'PMO minus Java Developer': mean('PMO') - mean('Java Developer'),
    'Business Analyst minus Java Developer': mean('Business Analyst') - mean('Java Developer'),
  };
  return {
    name: 'TPM analysis over the resume dataset',
    report: lines.join('\n'),
    figures,
    // Measured 18.2 and 14.7 when first set; raised after issue 10's analysis work measured 39.7 and 23.9.
    floors: [
      {
        figure: 'delivery minus developer categories',
        min: 25,
        why: `delivery resumes (n=${delivery.n}) show far more TPM evidence than developers (n=${developers.n}); measured 28.8 when set`,
      },
      {
        figure: 'PMO minus Java Developer',
        min: 30,
        why: `PMO resumes (n=${byCategory.get('PMO')?.n}) show far more TPM evidence than Java developers (n=${byCategory.get('Java Developer')?.n})`,
      },
      {
        figure: 'Business Analyst minus Java Developer',
        min: 18,
        why: `BA resumes (n=${byCategory.get('Business Analyst')?.n}) show far more TPM evidence than Java developers (n=${byCategory.get('Java Developer')?.n})`,
      },
    ],
  };
};

export default evaluation;
