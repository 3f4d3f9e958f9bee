// Issue 14: how long the installed `rolefit` takes to start and answer, beside `node -e 0` in the
// same run, and batch throughput in one process. Runs dist/rolefit.js (built first when stale)
// as a user's shell would, one process per run; the same commands from the TypeScript sources
// through tsx (how bin/ ran before the build step) are measured in the same run for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildDist } from '../scripts/build.ts';
import { writeSamples } from '../test/fixtures/write-samples.ts';
import type { BenchContext } from './run.ts';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'rolefit.js');
const RUNS = 9;
const SOURCE_RUNS = 3;
const BATCH = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(argv: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${argv.join(' ')} exited ${run.status}: ${String(run.stderr).slice(0, 400)}`);
  return ms;
}

/** Text resumes for the batch: the resume dataset of ../shared when present, else the examples repeated. */
function batchResumes(dataDir: string): string[] {
  const csv = join(dataDir, 'resumes', 'updated-resume-dataset.csv');
  if (existsSync(csv)) {
    const rows = parse(readFileSync(csv), { columns: true, skip_empty_lines: true }) as Array<{
      Resume: string;
    }>;
    return rows.slice(0, BATCH).map((r) => r.Resume);
  }
  const examples = ['java-developer.txt', 'qa-engineer.txt', 'scrum-master.md'].map((f) =>
    readFileSync(join(root, 'examples', 'resumes', f), 'utf8'),
  );
  return Array.from({ length: BATCH }, (_, k) => examples[k % examples.length]!);
}

export default async function bench(ctx: BenchContext): Promise<void> {
  await buildDist({ ifStale: true, web: false });
  const tmp = mkdtempSync(join(tmpdir(), 'rolefit-startup-'));
  const env = { ...process.env, HOME: tmp, ROLEFIT_DATABASE_URL: '', NO_COLOR: '1' };
  try {
    const samples = writeSamples(join(tmp, 'samples'));
    const text = join(root, 'examples', 'resumes', 'java-developer.txt');
    const resumes = batchResumes(ctx.dataDir);
    const jsonl = join(tmp, 'batch.jsonl');
    writeFileSync(jsonl, resumes.map((r, k) => JSON.stringify({ id: k, text: r })).join('\n'));
    const avgKb = resumes.reduce((s, r) => s + Buffer.byteLength(r), 0) / resumes.length / 1024;

    const cases: Array<{ name: string; argv: string[]; runs: number }> = [
      { name: 'node -e 0', argv: ['-e', '0'], runs: RUNS },
      { name: 'rolefit --help', argv: [bin, '--help'], runs: RUNS },
      { name: 'rolefit roles', argv: [bin, 'roles'], runs: RUNS },
      { name: 'rolefit analyze <text resume, 1 KB>', argv: [bin, 'analyze', text], runs: RUNS },
      { name: 'rolefit analyze <one-page PDF>', argv: [bin, 'analyze', samples.pdf], runs: RUNS },
    ];
    const tsx = ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
    const sources = [
      { name: 'from sources (tsx): --help', argv: [...tsx, '--help'], runs: SOURCE_RUNS },
      { name: 'from sources (tsx): roles', argv: [...tsx, 'roles'], runs: SOURCE_RUNS },
      { name: 'from sources (tsx): analyze <text>', argv: [...tsx, 'analyze', text], runs: SOURCE_RUNS },
      {
        name: 'from sources (tsx): analyze <PDF>',
        argv: [...tsx, 'analyze', samples.pdf],
        runs: SOURCE_RUNS,
      },
    ];
    const all = [...cases, ...sources];
    const times = new Map<string, number[]>(all.map((c) => [c.name, []]));
    time(cases[3]!.argv, env); // warm the file cache
    // Round-robin, so a burst of load elsewhere on the machine falls on every command alike.
    for (let r = 0; r < RUNS; r++) {
      for (const c of all) if (r < c.runs) times.get(c.name)!.push(time(c.argv, env));
    }
    const nodeMs = median(times.get('node -e 0')!);
    console.log(`median of ${RUNS} runs (${SOURCE_RUNS} from sources), wall ms, one process each:`);
    for (const c of all) {
      const ms = median(times.get(c.name)!);
      const best = Math.min(...times.get(c.name)!);
      console.log(
        `  ${c.name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  (best ${best.toFixed(0)})  ${(ms / nodeMs).toFixed(1).padStart(5)}× node -e 0`,
      );
    }

    const batch: number[] = [];
    for (let r = 0; r < 2; r++) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [bin, 'analyze', jsonl, '--format', 'jsonl'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1024 * 1024 * 1024,
      });
      batch.push(performance.now() - started);
      const rows = String(run.stdout).trim().split('\n').length;
      if (rows !== resumes.length) throw new Error(`batch wrote ${rows} rows for ${resumes.length} resumes`);
    }
    const best = Math.min(...batch);
    console.log(
      `batch: ${resumes.length} text resumes (${avgKb.toFixed(1)} KB on average) from one JSONL file, one process: best of 2 ${(best / 1000).toFixed(1)} s, ${((resumes.length / best) * 1000).toFixed(0)} resumes/s`,
    );
    const ratio = (name: string) => median(times.get(name)!) / nodeMs;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log('targets (issue 14):');
    console.log(
      `  --help ≤ 3× node -e 0: ${ratio('rolefit --help').toFixed(1)}× ${verdict(ratio('rolefit --help') <= 3)}`,
    );
    console.log(
      `  roles ≤ 3× node -e 0: ${ratio('rolefit roles').toFixed(1)}× ${verdict(ratio('rolefit roles') <= 3)}`,
    );
    const textMs = median(times.get('rolefit analyze <text resume, 1 KB>')!);
    const pdfMs = median(times.get('rolefit analyze <one-page PDF>')!);
    console.log(`  analyze text ≤ 250 ms: ${textMs.toFixed(0)} ms ${verdict(textMs <= 250)}`);
    console.log(`  analyze one-page PDF ≤ 500 ms: ${pdfMs.toFixed(0)} ms ${verdict(pdfMs <= 500)}`);
    const rate = (resumes.length / best) * 1000;
    console.log(`  batch ≥ 50 text resumes/s: ${rate.toFixed(0)}/s ${verdict(rate >= 50)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
