import { defineConfig } from 'vitest/config';

// The tests Stryker runs against mutants: the unit tests of the area being mutated (ROLEFIT_MUTATE_DIR's
// first two segments, e.g. src/core), without the dist/ build of the whole-program tests.
const area = (process.env.ROLEFIT_MUTATE_DIR ?? 'src/core').split('/').slice(0, 2).join('/');

export default defineConfig({
  test: {
    include: [`${area}/**/*.test.ts`],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Mutants are switched at run time in code loaded once, so a module graph can serve every
    // mutant: without this each run reloads the shipped taxonomy and roles (seconds a mutant).
    isolate: false,
  },
});
