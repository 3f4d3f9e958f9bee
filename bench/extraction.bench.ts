// Issue 2: extraction throughput over every shared posting concatenated, beside grep -F -i -o on the same aliases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSkills } from '../src/core/extract/extract-skills.ts';
import { bundledTaxonomy } from '../src/data/bundled.ts';
import type { BenchContext } from './run.ts';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function best(runs: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

export default async function bench({ dataDir }: BenchContext): Promise<void> {
  const files = allFiles(join(dataDir, 'postings')).filter((f) => /\.(csv|jsonl|md)$/.test(f));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const bytes = Buffer.byteLength(text);
  const mb = bytes / 1e6;
  const taxonomy = bundledTaxonomy();

  const compileStart = performance.now();
  const { compileMatcher } = await import('../src/core/taxonomy/matcher.ts');
  compileMatcher(taxonomy.skills, taxonomy.lookalikes);
  const compileMs = performance.now() - compileStart;

  let mentions = 0;
  const matchSeconds = best(3, () => {
    taxonomy.matcher.match(text);
  });
  const extractSeconds = best(3, () => {
    mentions = extractSkills(text, taxonomy).mentions.length;
  });

  const dir = mkdtempSync(join(tmpdir(), 'rolefit-bench-'));
  let grepSeconds = Number.NaN;
  let grepMatches = 0;
  try {
    const patterns = join(dir, 'patterns.txt');
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(patterns, `${taxonomy.matcher.surfaceForms().join('\n')}\n`);
    writeFileSync(corpus, text);
    grepSeconds = best(3, () => {
      const out = execFileSync('sh', ['-c', `grep -F -i -o -f "${patterns}" "${corpus}" | wc -l`], {
        env: { ...process.env, LC_ALL: 'C' },
        maxBuffer: 1 << 26,
      });
      grepMatches = Number(out.toString().trim());
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const rate = (s: number) => `${(mb / s).toFixed(1)} MB/s`;
  console.log(
    `corpus: ${files.length} files, ${mb.toFixed(1)} MB; taxonomy: ${taxonomy.skills.length} skills, ${taxonomy.matcher.surfaceForms().length} surface forms`,
  );
  console.log(`matcher compile:                      ${compileMs.toFixed(0)} ms`);
  console.log(`rolefit matcher only (best of 3):     ${rate(matchSeconds)}`);
  console.log(
    `rolefit extractSkills (best of 3):    ${rate(extractSeconds)}  (${mentions} mentions, with lines, sections, strength, hedges, quotes)`,
  );
  console.log(
    `LC_ALL=C grep -F -i -o -f (best of 3): ${rate(grepSeconds)}  (${grepMatches} matches, no token boundaries)`,
  );
  console.log(`ratio extractSkills / grep:           ${(grepSeconds / extractSeconds).toFixed(2)}`);
}
