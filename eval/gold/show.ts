// Prints dataset resumes for labelling: `tsx eval/gold/show.ts` lists them;
// `tsx eval/gold/show.ts <ref>` prints one with 1-based line numbers (lines split on \n).
import { join } from 'node:path';
import { datasetResumes } from './sources.ts';

const dataDir =
  process.env.ROLEFIT_SHARED_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const ref = process.argv[2];
const all = datasetResumes(dataDir);
if (!ref) {
  for (const r of all) console.log(`${r.ref}\t${r.category}\t${r.text.length} chars`);
} else {
  const r = all.find((x) => x.ref === ref || x.ref.endsWith(ref));
  if (!r) {
    console.error(`no dataset resume ${ref}`);
    process.exit(2);
  }
  const lines = r.text.split('\n');
  for (let i = 0; i < lines.length; i++)
    console.log(`${String(i + 1).padStart(4)}| ${lines[i]!.replace(/\r$/, '')}`);
}
