// Parse time per page of rolefit's PDF reader (pdf.js + layout, in-process) beside poppler's
// pdftotext on the same files, and the cost of the isolating worker once per file.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/readers/index.ts';

function pdfs(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? pdfs(join(dir, f)) : [join(dir, f)]))
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function bench({ dataDir }: { dataDir: string }): Promise<void> {
  const files = pdfs(join(dataDir, 'resumes', 'pdf'));
  let hasPdftotext = true;
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    hasPdftotext = false;
    console.log('pdftotext not found (apt-get install poppler-utils): ratios skipped.');
  }
  const runs = 5;
  // pdftotext pays a process start per file and pdf.js does not (it stays loaded), so the process
  // start alone (pdftotext -v) is measured and both ratios are printed: spawn included, and work only.
  const spawn: number[] = [];
  if (hasPdftotext)
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      spawn.push(performance.now() - t);
    }
  const spawnMs = spawn.length > 0 ? median(spawn) : 0;
  let popplerWork = 0;
  let pages = 0;
  let oursTotal = 0;
  let popplerTotal = 0;
  // Warm-up: pdf.js's module load is paid once per process, not per file.
  await readDocument(new Uint8Array(readFileSync(files[0]!)), { isolate: false });
  console.log(
    '| file | pages | rolefit ms/page | pdftotext ms/page (spawn incl.) | ratio | ratio to pdftotext work only |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const ours: number[] = [];
    let n = 1;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = await readDocument(bytes, { isolate: false });
      ours.push(performance.now() - t);
      if (r.ok) n = r.value.pages ?? 1;
    }
    const theirs: number[] = [];
    if (hasPdftotext)
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
        theirs.push(performance.now() - t);
      }
    pages += n;
    oursTotal += median(ours);
    popplerTotal += hasPdftotext ? median(theirs) : 0;
    const work = hasPdftotext ? Math.max(0.1, median(theirs) - spawnMs) : Number.NaN;
    popplerWork += hasPdftotext ? work : 0;
    const o = median(ours) / n;
    const p = hasPdftotext ? median(theirs) / n : Number.NaN;
    console.log(
      `| ${file.slice(file.indexOf('pdf/') + 4)} | ${n} | ${o.toFixed(1)} | ${p.toFixed(1)} | ${(o / p).toFixed(2)} | ${(median(ours) / work).toFixed(2)} |`,
    );
  }
  const o = oursTotal / pages;
  const p = popplerTotal / pages;
  console.log(
    `\nall ${files.length} files, ${pages} pages: rolefit ${o.toFixed(1)} ms/page, pdftotext ${p.toFixed(1)} ms/page (process spawn included), ratio ${(o / p).toFixed(2)}`,
  );
  console.log(
    `pdftotext process start alone: median ${spawnMs.toFixed(1)} ms; pdftotext work only ${(popplerWork / pages).toFixed(1)} ms/page, ratio ${(oursTotal / popplerWork).toFixed(2)} (rolefit warm vs pdftotext warm)`,
  );
  const worker: number[] = [];
  const one = new Uint8Array(readFileSync(files[0]!));
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await readDocument(one, {});
    worker.push(performance.now() - t);
  }
  console.log(
    `isolated read (worker thread + limits) of ${files[0]!.split('/').pop()}: median ${median(worker).toFixed(0)} ms`,
  );
}
