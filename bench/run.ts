// Runs every bench/*.bench.ts in turn; each prints its own table. Record results in docs/benchmarks.md.
// `npm run bench -- <name>` runs only the benchmarks whose file name contains <name>.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchContext {
  dataDir: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.ROLEFIT_SHARED_DATA ?? join(here, '..', '..', 'shared', 'data'));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: (ctx: BenchContext) => Promise<void>;
  };
  await mod.default({ dataDir });
}

// Idle parse workers and the like must not keep a finished run alive.
await (await import('../src/readers/index.ts')).closeReaders();
process.exit(0);
