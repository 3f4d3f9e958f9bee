/**
 * `npm run mutate`: StrykerJS mutation testing, one folder at a time (docs/testing.md).
 *
 *   npm run mutate                           every folder of src/core, one after another
 *   npm run mutate -- src/core/audit         one folder
 *   npm run mutate -- src/readers src/store  the adapters
 *   npm run mutate -- --force src/core/text  every mutant again, not only those of changed code
 *
 * Each folder keeps its own incremental file (stryker/incremental/<folder>.json, committed), so a
 * re-run tests only the mutants of code or tests that changed since, and running one folder never
 * forgets another's results. Reports go to reports/mutation/<folder>.html and .json (ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const asked = args.filter((a) => a !== '--force').map((a) => relative(root, resolve(a)).replace(/\/$/, ''));

/** The folders one run covers: those asked for, or each folder of src/core (its two loose files are types). */
function folders(): string[] {
  if (asked.length > 0) return asked;
  const core = join(root, 'src/core');
  const subfolders = readdirSync(core)
    .filter((name) => statSync(join(core, name)).isDirectory())
    .map((name) => `src/core/${name}`);
  return subfolders.sort();
}

interface MutantResult {
  status: string;
}
interface Report {
  files: Record<string, { mutants: MutantResult[] }>;
}

/** Killed or timed out, out of every mutant that compiles (Stryker's "mutation score"). */
function score(report: Report): { detected: number; valid: number; survived: number; noCoverage: number } {
  let detected = 0;
  let survived = 0;
  let noCoverage = 0;
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') detected++;
      else if (m.status === 'Survived') survived++;
      else if (m.status === 'NoCoverage') noCoverage++;
    }
  }
  return { detected, valid: detected + survived + noCoverage, survived, noCoverage };
}

const stryker = join(root, 'node_modules/.bin/stryker');
const rows: string[] = [];
let failed = false;
for (const dir of folders()) {
  if (!existsSync(join(root, dir))) {
    console.error(`mutate: no folder ${dir}`);
    failed = true;
    continue;
  }
  const started = Date.now();
  const run = spawnSync(stryker, ['run', ...(force ? ['--force'] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ROLEFIT_MUTATE_DIR: dir },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const reportFile = join(root, 'reports/mutation', `${dir.replaceAll('/', '-')}.json`);
  if (run.status !== 0 || !existsSync(reportFile)) {
    rows.push(`${dir}: Stryker failed (exit ${run.status}) after ${seconds} s`);
    failed = true;
    continue;
  }
  const s = score(JSON.parse(readFileSync(reportFile, 'utf8')) as Report);
  const percent = s.valid === 0 ? 'n/a' : `${((100 * s.detected) / s.valid).toFixed(1)}%`;
  rows.push(
    `${dir}: ${percent} (${s.detected} of ${s.valid} mutants caught; ${s.survived} survived, ${s.noCoverage} without a test) in ${seconds} s`,
  );
}
console.log(`\nMutation score by folder:\n${rows.map((r) => `  ${r}`).join('\n')}`);
process.exitCode = failed ? 1 : 0;
