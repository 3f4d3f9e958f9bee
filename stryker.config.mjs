// StrykerJS for `npm run mutate` (scripts/mutate.ts), which runs one folder at a time and says
// which (a folder, or one file) through ROLEFIT_MUTATE_DIR; see docs/testing.md.
const dir = process.env.ROLEFIT_MUTATE_DIR ?? 'src/core';
const slug = dir.replaceAll('/', '-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  mutate: dir.endsWith('.ts') ? [dir] : [`${dir}/**/*.ts`, `!${dir}/**/*.test.ts`],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Two cores shared with others: one test process, one checker.
  concurrency: 1,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `stryker/incremental/${slug}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportScoreTable: true, allowEmojis: false, logTests: false },
  htmlReporter: { fileName: `reports/mutation/${slug}.html` },
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
