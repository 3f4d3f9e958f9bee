// Suites that need something this machine may lack say what they skip and how to run them: a
// silent skip reads as a pass. Each prints one line on stderr, which the test run shows.

const POSTGRES_HOW =
  'set ROLEFIT_TEST_POSTGRES_URL=postgres://user:password@127.0.0.1:5432/db (a database the tests may create schemas in; bash .ci/run starts one)';

/**
 * The PostgreSQL database of the store tests, from ROLEFIT_TEST_POSTGRES_URL. Without it the
 * PostgreSQL half of `suite` is skipped, with a line saying so; in CI (CI=true) it must be set.
 */
export function testPostgresUrl(suite: string): string | undefined {
  const url = process.env.ROLEFIT_TEST_POSTGRES_URL?.trim();
  if (url) return url;
  if (process.env.CI)
    throw new Error(`ROLEFIT_TEST_POSTGRES_URL is not set: CI must run ${suite} on PostgreSQL too.`);
  sayWhySkipped(`${suite} on PostgreSQL`, 'ROLEFIT_TEST_POSTGRES_URL is not set', POSTGRES_HOW);
  return undefined;
}

/** One line on stderr: which suite is skipped, what is missing, how to run it. */
export function sayWhySkipped(suite: string, missing: string, howToRun: string): void {
  process.stderr.write(`skipped: ${suite}: ${missing}. To run it: ${howToRun}\n`);
}
