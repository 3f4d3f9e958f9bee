// Issue 12: every text stage on long runs of one character (or one short unit such as `<script>`),
// framed as a resume, a posting, a page or a CSV row (test/long-runs.ts). For each stage and unit:
// the time at a run length where the stage takes a few milliseconds, and the growth when the runs
// are four times longer (linear work gives about 4, quadratic 16, cubic 64). Growth of 10 or more
// is measured again on longer runs before it is marked.
// `npm run bench -- redos` runs every stage; `npm run bench -- redos <stage words>` runs some.
import { bestTime, RUN_UNITS, run, textStages } from '../test/long-runs.ts';
import type { BenchContext } from './run.ts';

const RESOLUTION_MS = 5;
const MAX_RUN = 32_768;
const SUSPECT = 10;
/** A stage slower than this on one input is stopped there (the old cubic splitter took minutes). */
const GIVE_UP_MS = 5_000;

export default async function bench(_: BenchContext): Promise<void> {
  const words = process.argv.slice(3).map((w) => w.toLowerCase());
  const stages = textStages().filter((s) => words.length === 0 || words.some((w) => s.name.includes(w)));
  for (const stage of stages) {
    console.log(`\n${stage.name}`);
    console.log(
      `${'run of'.padEnd(22)} ${'run length'.padStart(10)} ${'time'.padStart(10)} ${'×4 run'.padStart(10)} growth`,
    );
    let worst = 0;
    for (const unit of RUN_UNITS) {
      const time = (n: number, repeats: number) => {
        const input = stage.make(run(unit.unit, n));
        return bestTime(() => stage.apply(input), repeats);
      };
      let n = 128;
      await time(n, 1);
      let base = await time(n, 2);
      while (n < MAX_RUN && base < RESOLUTION_MS) {
        n *= 2;
        base = await time(n, 2);
      }
      let longer = base > GIVE_UP_MS ? Number.NaN : await time(4 * n, 2);
      let growth = longer / base;
      let at = n;
      if (growth >= SUSPECT && longer < GIVE_UP_MS) {
        at = 4 * n;
        base = longer;
        longer = await time(16 * n, 2);
        growth = longer / base;
      }
      worst = Math.max(worst, Number.isNaN(growth) ? Number.POSITIVE_INFINITY : growth);
      const mark = Number.isNaN(growth) || growth >= SUSPECT ? '  <-- super-linear' : '';
      console.log(
        `${unit.name.padEnd(22)} ${String(at).padStart(10)} ${`${base.toFixed(1)} ms`.padStart(10)} ${
          Number.isNaN(longer) ? 'gave up'.padStart(10) : `${longer.toFixed(1)} ms`.padStart(10)
        } ${Number.isNaN(growth) ? '-' : `×${growth.toFixed(1)}`}${mark}`,
      );
    }
    console.log(`worst growth: ×${worst.toFixed(1)}`);
  }
}
