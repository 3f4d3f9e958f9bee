// Vitest global setup: tests of the installed program run dist/rolefit.js, as users do, so dist/
// is built first whenever its sources changed (the web app is left out: its test builds its own).
import { buildDist } from '../scripts/build.ts';

export default async function setup(): Promise<void> {
  await buildDist({ ifStale: true, web: false });
}
