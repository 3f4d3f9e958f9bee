import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/run-cli.ts';
import { bundledMarketSnapshot } from '../../data/bundled.ts';
import { openStore } from '../../store/open-store.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'sources', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'rolefit-ingest-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (argv: string[]) => runCliCaptured(argv);

describe('rolefit ingest and market', () => {
  const db = join(tmp, 'cli.db');

  it('imports a folder of every format, reports counts as JSON, and adds nothing the second time', async () => {
    const first = await run(['ingest', fixtures, '--db', db, '--format', 'json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ read: 19, inserted: 9, duplicates: 0, errors: 10 });
    expect(summary.errorCodes).toMatchObject({
      CSV_MALFORMED_ROW: 2,
      HTML_NO_JOBPOSTING: 1,
      JSONL_INVALID_LINE: 1,
    });
    expect(first.stderr).toBe('');
    const again = JSON.parse((await run(['ingest', fixtures, '--db', db, '--format', 'json'])).stdout);
    expect(again).toMatchObject({ read: 19, inserted: 0, duplicates: 9, errors: 10 });
  });

  it('stores a CSV listing whose link is javascript: without the link, and says so', async () => {
    const csv = join(tmp, 'links.csv');
    writeFileSync(
      csv,
      [
        'title,company,url,description',
        'Technical Project Manager,Acme,javascript:alert(document.cookie),Own the schedule and the risks with Jira.',
        'Technical Program Manager,Beta,https://jobs.test/2,Plan releases and manage dependencies across teams.',
      ].join('\n'),
    );
    const links = join(tmp, 'links.db');
    const json = await run(['ingest', csv, '--db', links, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      read: 2,
      inserted: 2,
      errors: 0,
      warnings: 1,
      issues: [{ at: expect.stringContaining('links.csv'), code: 'LISTING_URL_DROPPED' }],
    });
    const opened = await openStore(links);
    if (!opened.ok) throw new Error(opened.error.message);
    const urls = await opened.value.db
      .selectFrom('listing')
      .select(['company', 'url'])
      .orderBy('company')
      .execute();
    await opened.value.close();
    expect(urls).toEqual([
      { company: 'Acme', url: null },
      { company: 'Beta', url: 'https://jobs.test/2' },
    ]);
    const text = await run(['ingest', csv, '--db', join(tmp, 'links-text.db')]);
    expect(text.stdout).toContain('2 new, 0 already stored, 0 errors, 1 stored without their link.');
    expect(text.stdout).toContain(
      '"Technical Project Manager": its link is a javascript: URL, not an http(s) address; the listing is stored without it [LISTING_URL_DROPPED]',
    );
  });

  it('shows the market of a role from the stored listings', async () => {
    // A store of its own: the first test's store is not there when the tests run shuffled.
    const stored = join(tmp, 'market.db');
    expect((await run(['ingest', fixtures, '--db', stored])).code).toBe(0);
    const { code, stdout } = await run(['market', '--db', stored, '--format', 'json']);
    expect(code).toBe(0);
    const market = JSON.parse(stdout);
    expect(market.source).toBe('listings');
    expect(market.listings).toBeGreaterThanOrEqual(5);
    expect(market.demand.length).toBeGreaterThan(0);
    expect(market.demand[0].share).toBeGreaterThan(0);
  });

  it('falls back to the shipped snapshot for an empty store, says so, and keeps O*NET as a reference', async () => {
    const { code, stdout } = await run(['market', '--db', join(tmp, 'empty.db')]);
    expect(code).toBe(0);
    const snapshot = bundledMarketSnapshot();
    expect(stdout).toContain(`Source: ${snapshot.listings} TPM and program-manager listings from `);
    expect(stdout).toContain(`; snapshot ${snapshot.asOf}.`);
    expect(stdout).toContain('No listings of this role are stored in');
    expect(stdout).toContain('Reference, not demand: technologies O*NET flags for 15-1299.09');
    expect(stdout).toContain('USDOL/ETA');
    // Flags for the whole occupation that TPM listings do not ask for are left out.
    expect(stdout).not.toContain('Adobe');
  });

  it('stops on a wrong column mapping with one clear line and stores nothing from that file', async () => {
    const { code, stdout, stderr } = await run([
      'ingest',
      join(fixtures, 'listings.csv'),
      '--map',
      'title=job_name',
      '--db',
      join(tmp, 'map.db'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('Read 0 listings');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('has no column "job_name"');
    expect(stderr).toMatch(/ \[MAP_COLUMN_NOT_FOUND\]\n$/);
  });

  it('ends a file refused whole with its code, as every command ends on an error', async () => {
    const headerOnly = join(tmp, 'header-only.csv');
    writeFileSync(headerOnly, 'title,company,url,description\n');
    const text = await run(['ingest', headerOnly, '--db', join(tmp, 'refused.db')]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(
      `rolefit: ${headerOnly}: header-only.csv has a header row but no listings below it (export the listings themselves, one row each under the header) [CSV_EMPTY]\n`,
    );
    const json = await run(['ingest', headerOnly, '--db', join(tmp, 'refused.db'), '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).failures).toEqual([
      {
        input: headerOnly,
        code: 'CSV_EMPTY',
        message: 'header-only.csv has a header row but no listings below it',
        hint: 'export the listings themselves, one row each under the header',
      },
    ]);
  });

  it('says so with a code when every listing of a file is refused (a quote never closed)', async () => {
    const unclosed = join(tmp, 'unclosed.csv');
    writeFileSync(
      unclosed,
      'title,company,url,description\n"Technical Project Manager,Acme,https://jobs.test/1,Own the plan\nTPM,Beta,https://jobs.test/2,Plan releases\n',
    );
    const { code, stdout, stderr } = await run(['ingest', unclosed, '--db', join(tmp, 'unclosed.db')]);
    expect(code).toBe(1);
    expect(stdout).toContain('unclosed.csv:2: a quoted field opens at line 2 and is never closed');
    expect(stderr).toBe(
      'rolefit: nothing was stored: the one listing read was refused (see above). [CSV_MALFORMED_ROW]\n',
    );
  });

  it('explains a database URL that cannot connect', async () => {
    const { code, stderr } = await run(['ingest', fixtures, '--db', 'postgres://u:pw@127.0.0.1:1/x']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^rolefit: cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x: .*\[STORE_CONNECT_FAILED\]\n$/,
    );
  });
});
