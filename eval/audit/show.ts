// Prints the TPM and program-manager postings for labelling:
// `npx tsx eval/audit/show.ts` lists id, title and length;
// `npx tsx eval/audit/show.ts <id>` prints one posting with 1-based line numbers.
import { closeReaders } from '../../src/readers/index.ts';
import { defaultDataDir, loadTpmPostings } from './postings.ts';

const id = process.argv[2];
const all = await loadTpmPostings(defaultDataDir());
await closeReaders();
if (!id) {
  for (const p of all) console.log(`${p.id}\t${p.ref}\t${p.text.length} chars\t${p.title}`);
} else {
  const p = all.find((x) => x.id === id || x.ref === id);
  if (!p) {
    console.error(`no TPM posting ${id}`);
    process.exit(2);
  }
  console.log(`# ${p.id}  ref ${p.ref}  ${p.title}`);
  const lines = p.text.split('\n');
  for (let i = 0; i < lines.length; i++) console.log(`${String(i + 1).padStart(4)}| ${lines[i]}`);
}
