// Runs every eval/*.eval.ts over ../shared/data, prints their figures and fails on a missed floor.
// `npm run eval -- <name>` runs only the evaluations whose file name contains <name>;
// `--skip=<name>` leaves out those whose file name contains <name>.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalOutcome, Evaluation } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.ROLEFIT_SHARED_DATA ?? join(here, '..', '..', 'shared', 'data'));
if (!existsSync(dataDir)) {
  console.error(`rolefit eval: reference data not found at ${dataDir} (set ROLEFIT_SHARED_DATA).`);
  process.exit(2);
}

const args = process.argv.slice(2);
const skip = args.filter((a) => a.startsWith('--skip=')).map((a) => a.slice('--skip='.length));
const only = args.filter((a) => !a.startsWith('--skip='));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .filter((f) => !skip.some((s) => f.includes(s)))
  .sort();

const failures: string[] = [];
for (const file of files) {
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Evaluation };
  const outcome: EvalOutcome = await mod.default({ dataDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n=== ${outcome.name} (${file}, ${seconds}s) ===\n`);
  console.log(outcome.report.trimEnd());
  console.log('\nfigures:');
  for (const [k, v] of Object.entries(outcome.figures))
    console.log(`  ${k} = ${Number.isInteger(v) ? v : v.toFixed(3)}`);
  for (const floor of outcome.floors) {
    const value = outcome.figures[floor.figure];
    if ('min' in floor && !(value !== undefined && value >= floor.min)) {
      failures.push(
        `${outcome.name}: ${floor.figure} = ${value ?? 'missing'} is below its floor ${floor.min} (${floor.why})`,
      );
    }
    if (floor.max !== undefined && !(value !== undefined && value <= floor.max)) {
      failures.push(
        `${outcome.name}: ${floor.figure} = ${value ?? 'missing'} is above its ceiling ${floor.max} (${floor.why})`,
      );
    }
  }
}

// Idle parse workers and the like must not keep a finished run alive.
await (await import('../src/readers/index.ts')).closeReaders();

if (failures.length > 0) {
  console.error(`\nEVAL FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\neval: ${files.length} evaluations, every floor held.`);
process.exit(0);
