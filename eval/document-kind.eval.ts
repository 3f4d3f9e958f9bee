// Resume or not: every real resume must stay a resume (a wrong "job posting" verdict would withhold
// a person's score); real postings pasted in place of a resume should be told apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { classifyDocument } from '../src/core/resume/document-kind.ts';
import { readStructure } from '../src/core/resume/structure.ts';
import { readDocument } from '../src/readers/index.ts';
import { datasetResumes } from './gold/sources.ts';
import type { Evaluation } from './types.ts';

const asOf = { year: 2026, month: 11 };
const kindOf = (text: string) => {
  const lines = text.split('\n');
  return classifyDocument(lines, readStructure(lines, { asOf }));
};

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f), ext) : [join(dir, f)]))
    .filter((f) => ext.test(f))
    .sort();
}

const csv = (path: string) =>
  parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

const evaluation: Evaluation = async ({ dataDir }) => {
  const resumes: Array<{ name: string; text: string }> = datasetResumes(dataDir).map((r) => ({
    name: r.ref,
    text: r.text,
  }));
  const dev = join(dataDir, '..', 'eval', 'dev-gold', 'resumes');
  for (const f of readdirSync(dev).sort())
    resumes.push({ name: f, text: readFileSync(join(dev, f), 'utf8') });
  for (const file of files(join(dataDir, 'resumes'), /\.(pdf|docx)$/i)) {
    const read = await readDocument(new Uint8Array(readFileSync(file)), { filename: file, isolate: false });
    if (read.ok) resumes.push({ name: file.slice(dataDir.length + 1), text: read.value.text });
  }
  // The resumes written for the labelled sets, in every format they come in (the repo's own).
  const gold = join(dirname(fileURLToPath(import.meta.url)), 'gold');
  for (const set of readdirSync(gold)
    .filter((d) => /^written\d*$/.test(d))
    .sort())
    for (const file of files(join(gold, set, 'resumes'), /./)) {
      const read = await readDocument(new Uint8Array(readFileSync(file)), { filename: file, isolate: false });
      if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
      resumes.push({ name: file.slice(gold.length + 1), text: read.value.text });
    }
  const flagged = resumes.filter((r) => kindOf(r.text).kind !== 'resume');

  const postings: Array<{ source: string; text: string }> = [];
  const p = join(dataDir, 'postings');
  for (const r of csv(join(p, 'google-job-skills.csv')))
    postings.push({
      source: 'google',
      text: `${r.Title}\nResponsibilities\n${r.Responsibilities}\nMinimum qualifications:\n${r['Minimum Qualifications']}\nPreferred qualifications:\n${r['Preferred Qualifications']}`,
    });
  for (const r of csv(join(p, 'linkedin-sample-1000.csv')))
    if ((r.description ?? '').length >= 300)
      postings.push({ source: 'linkedin', text: `${r.title}\n${r.description}` });
  for (const r of csv(join(p, 'msft-meta-careers-2025.csv')))
    if ((r.description ?? '').length >= 300)
      postings.push({ source: 'msft-meta', text: `${r.title}\n${r.description}` });
  const bySource = new Map<string, { n: number; hit: number }>();
  for (const post of postings) {
    const s = bySource.get(post.source) ?? { n: 0, hit: 0 };
    s.n++;
    if (kindOf(post.text).kind === 'job-posting') s.hit++;
    bySource.set(post.source, s);
  }
  const hits = [...bySource.values()].reduce((a, s) => a + s.hit, 0);
  const lorem = kindOf(
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam.',
  ).kind;

  const report = [
    `${resumes.length} resumes (dataset, development set, PDF and DOCX files, the labelled sets' own): ${flagged.length} taken for something else${flagged.length ? `: ${flagged.map((f) => f.name).join(', ')}` : ''}.`,
    `${postings.length} real postings (descriptions of 300+ characters) told apart as job postings:`,
    ...[...bySource.entries()].map(([s, v]) => `  ${s}: ${v.hit}/${v.n}`),
    `Placeholder text: ${lorem}.`,
  ].join('\n');
  return {
    name: 'Resume or not',
    report,
    figures: {
      'resumes taken for something else': flagged.length,
      'resumes kept as resumes': (resumes.length - flagged.length) / resumes.length,
      'postings told apart': hits / postings.length,
      'placeholder text told apart': lorem === 'not-a-resume' ? 1 : 0,
    },
    floors: [
      { figure: 'resumes kept as resumes', min: 1, why: 'a real resume must never lose its score' },
      { figure: 'placeholder text told apart', min: 1, why: 'lorem ipsum gets no score' },
      // Measured 0.868 when set (LinkedIn descriptions without requirement lists are the misses);
      // 0.930 in session 41, with the phrases postings use about the hire and their boilerplate.
      { figure: 'postings told apart', min: 0.92, why: 'a pasted job posting is told apart, not scored' },
    ],
  };
};

export default evaluation;
