// Vitest global setup: tests of the installed program run dist/rolefit.js, as users do, so dist/
// is built first whenever its sources changed (the web app is left out: its test builds its own).
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDist } from '../scripts/build.ts';

export default async function setup(): Promise<void> {
  try {
    await buildDist({ ifStale: true, web: false });
  } catch (error) {
    // The other tests still run; the ones of the installed program fail instead of testing old code.
    rmSync(join(resolve(import.meta.dirname, '..'), 'dist', 'rolefit.js'), { force: true });
    process.stderr.write(
      `The build of dist/ failed, so the tests of dist/rolefit.js will fail:\n${(error as Error).message}\n`,
    );
  }
}
