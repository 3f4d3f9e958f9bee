import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/run-cli.ts';
import { testPostgresUrl } from '../../../test/skips.ts';
import { openStore } from '../../store/open-store.ts';

// `rolefit audit --db`, and the market leaving disguised-developer listings out, on every store.
const postgresUrl = testPostgresUrl('the audit --db tests');
const fixture = join(import.meta.dirname, '..', '..', 'store', 'fixtures', 'audit-postings.jsonl');
const resume = join(import.meta.dirname, '..', '..', '..', 'examples', 'resumes', 'java-developer.txt');
const tmp = mkdtempSync(join(tmpdir(), 'rolefit-audit-db-'));
const schema = `rolefit_cli_audit_${process.pid}_${Date.now()}`;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DIALECTS = [
  { name: 'sqlite', target: join(tmp, 'audit.db') },
  ...(postgresUrl
    ? [
        {
          name: 'postgres',
          // The CLI takes a URL only: pg passes `options` on, so the test works in its own schema.
          target: `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        },
      ]
    : []),
];

const run = (argv: string[], env: Record<string, string> = {}) => runCliCaptured(argv, env);

/** Makes the stored audits look like a store from before them: two never audited, one of an old version. */
async function forgetAudits(target: string) {
  const opened = await openStore(target);
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  await db
    .updateTable('listing')
    .set({
      audit_verdict: null,
      audit_family: null,
      audit_hands_on: null,
      audit_reason: null,
      audit_version: null,
    })
    .where('title', '=', 'Technical Project Manager')
    .execute();
  await db
    .updateTable('listing')
    .set({ audit_version: '0' })
    .where('title', '<>', 'Technical Project Manager')
    .execute();
  await opened.value.close();
}

// One store per dialect, filled by the first test and audited by the next: the tests are steps, run
// in order even when the suite is shuffled (vitest applies shuffle to describe.each's suites too).
const steps = { sequential: true, shuffle: false };

describe.each(DIALECTS)('rolefit audit --db and the market: $name', steps, ({ name, target }) => {
  beforeAll(async () => {
    if (name !== 'postgres') return;
    const opened = await openStore(postgresUrl!, { postgresSchema: schema });
    if (!opened.ok) throw new Error(opened.error.message);
    await opened.value.close();
  });
  afterAll(async () => {
    if (name !== 'postgres') return;
    const opened = await openStore(postgresUrl!, { migrate: false });
    if (!opened.ok) throw new Error(opened.error.message);
    await sql`drop schema ${sql.id(schema)} cascade`.execute(opened.value.db);
    await opened.value.close();
  });

  it('audits listings as they are ingested', async () => {
    const ingested = await run(['ingest', fixture, '--db', target, '--format', 'json']);
    expect(ingested.code).toBe(0);
    expect(JSON.parse(ingested.stdout)).toMatchObject({ read: 3, inserted: 3 });
    const { code, stdout } = await run(['audit', '--db', target, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      audited: 0,
      listings: 3,
      unaudited: 0,
      deliveryTitled: 2,
      verdicts: { genuine: 1, hybrid: 0, 'disguised-developer': 1, 'not-tpm': 0 },
      otherTitles: 1,
    });
  });

  it('audits listings without a current audit and summarizes the verdicts', async () => {
    await forgetAudits(target);
    const { code, stdout, stderr } = await run([
      'audit',
      '--db',
      target,
      '--format',
      'json',
      '--batch-size',
      '2',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      audited: 3,
      failed: 0,
      unaudited: 0,
      deliveryTitled: 2,
      verdicts: { genuine: 1, hybrid: 0, 'disguised-developer': 1, 'not-tpm': 0 },
      otherTitles: 1,
    });
    expect(summary.mostDisguised).toEqual([
      expect.objectContaining({
        title: 'Technical Project Manager',
        company: 'Codeworks',
        handsOnShare: 1,
        reason: expect.stringContaining('"Write production code in Java and Python'),
      }),
    ]);
  });

  it('prints the summary as text, with the store taken from ROLEFIT_DATABASE_URL for a bare --db', async () => {
    const { code, stdout } = await run(['audit', '--db'], { ROLEFIT_DATABASE_URL: target });
    expect(code).toBe(0);
    expect(stdout).toContain('Audited 0 listings;');
    expect(stdout).toContain('2 listings have a TPM, program or project manager title (1 other does not):');
    expect(stdout).toMatch(/\n {2}disguised-developer +1 +50% {2}a developer role titled as TPM\n/);
    expect(stdout).toMatch(
      /100% +#\d+ Technical Project Manager \(Codeworks\)\n +Hands-on coding is required/,
    );
  });

  it('leaves the disguised listing out of the market unless asked, and says so', async () => {
    const excluded = JSON.parse((await run(['market', '--db', target, '--format', 'json'])).stdout);
    expect([excluded.source, excluded.listings, excluded.disguised]).toEqual([
      'listings',
      1,
      { listings: 1, excluded: true },
    ]);
    const included = JSON.parse(
      (await run(['market', '--db', target, '--format', 'json', '--include-disguised'])).stdout,
    );
    expect([included.listings, included.disguised]).toEqual([2, { listings: 1, excluded: false }]);
    const skill = (m: { demand: Array<{ skill: { id: string } }> }) => m.demand.map((d) => d.skill.id);
    expect(skill(excluded)).not.toContain('java');
    expect(skill(included)).toContain('java');
    const text = (await run(['market', '--db', target])).stdout;
    expect(text).toContain(
      'Left out: 1 listing titled as a TPM role that reads as a developer job in disguise\n  (--include-disguised counts it).',
    );
  });

  it("flags the audited listings a person is matched with in analyze's market section", async () => {
    const plain = JSON.parse((await run(['analyze', resume, '--db', target, '--format', 'json'])).stdout);
    expect(plain.market.disguised).toEqual({ listings: 1, excluded: true });
    expect(
      plain.market.topMatches.map((m: { title: string; audit?: unknown }) => [m.title, m.audit]),
    ).toEqual([
      [
        'Technical Project Manager',
        { verdict: 'genuine', reason: expect.stringMatching(/^Delivery management dominates/) },
      ],
    ]);
    const all = JSON.parse(
      (await run(['analyze', resume, '--db', target, '--format', 'json', '--include-disguised'])).stdout,
    );
    expect(all.market.disguised).toEqual({ listings: 1, excluded: false });
    expect(all.market.topMatches[0]).toMatchObject({
      company: 'Codeworks',
      audit: { verdict: 'disguised-developer', reason: expect.stringContaining('Write production code') },
    });
    const text = (await run(['analyze', resume, '--db', target, '--include-disguised'])).stdout;
    expect(text).toMatch(
      /Technical Project Manager \(Codeworks\) {2}\[developer job in disguise\]\n +Hands-on coding is required/,
    );
  });

  it('rejects a posting file together with --db, and md output for the store', async () => {
    expect((await run(['audit', fixture, '--db', target])).stderr).toMatch(/not both\..*\[USAGE\]/);
    expect((await run(['audit', '--db', target, '--format', 'md'])).stderr).toMatch(
      /--format must be one of text, json; got "md"\. \[USAGE\]/,
    );
  });
});
