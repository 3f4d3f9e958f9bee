// One set of numbers: `rolefit market`, GET /api/roles/{id}/market, the analysis report (CLI, API and
// the browser's local mode) and its gap ranking read the same computed shares, for the shipped
// snapshot and for a store of the user's own listings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledMarketSnapshot } from '../../src/data/bundled.ts';
import { buildServer } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { openStore } from '../../src/store/open-store.ts';
import { analyzeLocally } from '../../web/src/local.ts';
import { runCliCaptured } from '../run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'rolefit-market-numbers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const resumePath = new URL('../../examples/resumes/scrum-master.md', import.meta.url);
const resume = readFileSync(resumePath, 'utf8');
const ROLE = 'technical-project-manager';

interface Share {
  skill: { id: string };
  share: number;
}
interface Report {
  market: { source: string; listings: number; demand: Share[]; strengths: Share[]; gaps: Share[] };
  gaps: Array<{ skill: { id: string }; demand?: number }>;
}

const shares = (rows: Share[]) => new Map(rows.map((r) => [r.skill.id, r.share]));

/** Every share the report shows is the market's share of that skill. */
function expectSameNumbers(market: { demand: Share[]; listings: number; source: string }, report: Report) {
  const figures = shares(market.demand);
  expect(report.market.source).toBe(market.source);
  expect(report.market.listings).toBe(market.listings);
  for (const part of [report.market.demand, report.market.strengths, report.market.gaps])
    for (const row of part)
      if (figures.has(row.skill.id)) expect(row.share, row.skill.id).toBe(figures.get(row.skill.id));
  for (const gap of report.gaps)
    if (figures.has(gap.skill.id)) expect(gap.demand, gap.skill.id).toBe(figures.get(gap.skill.id));
  // The report's top demand is the market's top demand.
  expect([...shares(report.market.demand)].slice(0, 10)).toEqual([...figures].slice(0, 10));
}

async function apiMarketAndAnalysis(store?: Awaited<ReturnType<typeof openStore>>) {
  const app = await buildServer({
    config: testConfig(),
    logger: false,
    ...(store?.ok ? { store: store.value } : {}),
  });
  try {
    const market = (await app.inject({ method: 'GET', url: `/api/roles/${ROLE}/market?top=100` })).json();
    const analysis = (
      await app.inject({ method: 'POST', url: '/api/analyses', payload: { text: resume } })
    ).json();
    return { market, report: analysis.report as Report };
  } finally {
    await app.close();
  }
}

describe('one set of market numbers', () => {
  it('for the shipped snapshot: the CLI, the API, the report, its gaps and local mode agree', async () => {
    const empty = join(tmp, 'empty.db');
    const cli = await runCliCaptured(['market', '--db', empty, '--format', 'json', '--top', '100']);
    expect(cli.code).toBe(0);
    const cliMarket = JSON.parse(cli.stdout);
    const snapshot = bundledMarketSnapshot();
    expect(cliMarket).toMatchObject({ source: 'snapshot', listings: snapshot.listings, storedListings: 0 });
    const api = await apiMarketAndAnalysis();
    // The CLI read an (empty) store, so it also says how many disguised listings it left out.
    const { storedListings: _s, store: _st, disguised, ...cliFigures } = cliMarket;
    expect(disguised).toEqual({ listings: 0, excluded: true });
    expect(api.market).toEqual(cliFigures);
    expect(shares(api.market.demand).size).toBe(snapshot.demand.length);

    const analyzed = await runCliCaptured(['analyze', resumePath.pathname, '--format', 'json']);
    expect(analyzed.code).toBe(0);
    const cliReport = JSON.parse(analyzed.stdout) as Report;
    expectSameNumbers(cliMarket, cliReport);
    expectSameNumbers(cliMarket, api.report);
    const local = analyzeLocally({ format: 'markdown', text: resume }, ROLE).report as unknown as Report;
    expect(local.market).toEqual(cliReport.market);
    expect(local.gaps).toEqual(cliReport.gaps);
  });

  it('for a store of listings: the same, and the store replaces the snapshot', async () => {
    const db = join(tmp, 'listings.db');
    const csv = join(tmp, 'tpm.csv');
    const row = (title: string, text: string) => `"${title}","${text.replace(/"/g, '""')}"`;
    writeFileSync(
      csv,
      [
        'title,description',
        row(
          'Technical Project Manager',
          'Requirements\nStakeholder management and status reporting to executives.\nAgile delivery with Scrum and Jira.\nRisk management and budgeting.',
        ),
        row(
          'Technical Program Manager',
          'Requirements\nRun sprint planning and manage dependencies across teams.\nPreferred qualifications\nExperience with Confluence and Jira.',
        ),
        row(
          'IT Project Manager',
          'You will own the project schedule, manage risks and report status to stakeholders.\nRequirements\nPMP certification; budgeting.',
        ),
      ].join('\n'),
    );
    const ingest = await runCliCaptured(['ingest', csv, '--db', db, '--format', 'json']);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ inserted: 3, errors: 0 });

    const cliMarket = JSON.parse(
      (await runCliCaptured(['market', '--db', db, '--format', 'json', '--top', '100'])).stdout,
    );
    expect(cliMarket).toMatchObject({
      source: 'listings',
      listings: 3,
      basis: { kind: 'store', listings: 3 },
    });
    const opened = await openStore(db);
    try {
      const api = await apiMarketAndAnalysis(opened);
      const { storedListings: _s, store: _st, ...cliFigures } = cliMarket;
      expect(api.market).toEqual(cliFigures);
      const cliReport = JSON.parse(
        (await runCliCaptured(['analyze', resumePath.pathname, '--db', db, '--format', 'json'])).stdout,
      ) as Report;
      expectSameNumbers(cliMarket, cliReport);
      expectSameNumbers(cliMarket, api.report);
    } finally {
      if (opened.ok) await opened.value.close();
    }
  });
});
