// Job-market benchmark: ingestion rate (extraction included) and peak RSS for N listings made by
// resampling the shared postings; then the time to compare one resume against all stored listings.
//   npm run bench -- market
//   ROLEFIT_BENCH_LISTINGS=20000 npm run bench -- market        (default 100000)
//   ROLEFIT_BENCH_POSTGRES_URL=postgres://… ROLEFIT_BENCH_PG_LISTINGS=20000 npm run bench -- market
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSkills } from '../src/core/extract/extract-skills.ts';
import type { ListingInput, ListingRead } from '../src/core/market/listing.ts';
import type { MarketBasis } from '../src/core/market/market-basis.ts';
import { buildMarketSection } from '../src/core/market/market-section.ts';
import { prepareListing } from '../src/core/market/prepare-listing.ts';
import { listingPreparation } from '../src/core/market/setup.ts';
import { bundledRoles, bundledTaxonomy } from '../src/data/bundled.ts';
import type { ColumnMapping } from '../src/sources/field-map.ts';
import { readListingsFromFile } from '../src/sources/read-listings.ts';
import { ingestListings } from '../src/store/ingest-listings.ts';
import { countListings, listSkillSetIndex } from '../src/store/listing.repository.ts';
import { openStore, type Store } from '../src/store/open-store.ts';

/** The basis of generated listings: only their count is real. */
const benchBasis = (listings: number): MarketBasis => ({
  kind: 'store',
  listings,
  what: 'generated listings',
  sources: [],
  dates: null,
});

const N = Number(process.env.ROLEFIT_BENCH_LISTINGS ?? 100_000);
const PG_URL = process.env.ROLEFIT_BENCH_POSTGRES_URL;
const PG_N = Number(process.env.ROLEFIT_BENCH_PG_LISTINGS ?? 20_000);
const ROLE = 'technical-project-manager';

const RESUME = `Jane Doe
Summary
Project manager moving into technical program management.
Experience
Project Manager, Acme Logistics (2019-2024)
- Led agile delivery of a warehouse system with three scrum teams, planning sprints in Jira and Confluence.
- Managed a $2M budget, vendor contracts and the risk register; reported status to executive stakeholders.
- Worked with engineers on API integrations and SQL reporting; coordinated QA and release management.
Skills
Agile, Scrum, Kanban, Jira, Confluence, risk management, stakeholder management, budgeting, SQL, Excel`;

async function basePool(dataDir: string): Promise<ListingInput[]> {
  const pool: ListingInput[] = [];
  const sets: Array<[string, ColumnMapping | undefined]> = [
    ['google-job-skills.csv', undefined],
    ['linkedin-sample-1000.csv', undefined],
    ['hn-whoishiring.jsonl', { title: ['llm_role'] }],
  ];
  for (const [file, map] of sets) {
    for await (const r of readListingsFromFile(join(dataDir, 'postings', file), { map }))
      if (r.ok) pool.push(r.value);
  }
  return pool;
}

/** N listings drawn from the pool in a fixed pseudo-random order, each with its own source id. */
function* resample(pool: readonly ListingInput[], n: number, tag: string): Generator<ListingRead> {
  let seed = 42;
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const base = pool[seed % pool.length]!;
    yield { ok: true, at: `#${i}`, value: { ...base, source: 'bench', sourceId: `${tag}-${i}` } };
  }
}

async function ingestBench(store: Store, pool: readonly ListingInput[], n: number, label: string) {
  const preparation = listingPreparation(bundledTaxonomy(), bundledRoles());
  const started = performance.now();
  const summary = await ingestListings(store.db, resample(pool, n, label), {
    prepare: (item) => prepareListing(item.value, preparation),
    extractor: preparation.extractor,
    batchSize: 1000,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ingested ${summary.inserted.toLocaleString('en-US')} listings (${summary.errors} errors) in ${seconds.toFixed(1)} s = ${Math.round(summary.inserted / seconds).toLocaleString('en-US')} listings/s, extraction included; peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}

export default async ({ dataDir }: { dataDir: string }): Promise<void> => {
  const taxonomy = bundledTaxonomy();
  const pool = await basePool(dataDir);
  // Extraction alone, on the pool, for scale.
  const exStart = performance.now();
  for (const l of pool) extractSkills(l.text, taxonomy);
  const exSeconds = (performance.now() - exStart) / 1000;
  console.log(
    `pool: ${pool.length} real postings, ${(pool.reduce((s, l) => s + l.text.length, 0) / pool.length / 1000).toFixed(1)} k chars each; extraction alone ${Math.round(pool.length / exSeconds)} postings/s`,
  );
  console.log(`RSS after loading the pool: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`);

  const dir = mkdtempSync(join(tmpdir(), 'rolefit-market-bench-'));
  try {
    const opened = await openStore(join(dir, 'bench.db'));
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    await ingestBench(store, pool, N, `SQLite, ${N.toLocaleString('en-US')}`);
    console.log(`SQLite file: ${Math.round(statSync(join(dir, 'bench.db')).size / 1024 / 1024)} MB`);

    // Comparing one resume: its skills once, then the stored skill sets (no re-extraction).
    const person = [...new Set(extractSkills(RESUME, taxonomy).mentions.map((m) => m.skillId))];
    for (const scope of ['all', ROLE] as const) {
      const runs: number[] = [];
      let listings = 0;
      let section: ReturnType<typeof buildMarketSection> | undefined;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        const sets = await listSkillSetIndex(store.db, scope === 'all' ? {} : { roleFamily: ROLE });
        section = buildMarketSection({
          personSkillIds: person,
          listings: sets,
          basis: benchBasis(sets.size),
          label: (id) => taxonomy.byId.get(id)?.label,
          broader: (id) => taxonomy.ancestors(id),
        });
        runs.push(performance.now() - t);
        listings = sets.size;
      }
      console.log(
        `compare one resume (${person.length} skills) against ${listings.toLocaleString('en-US')} stored listings (${scope === 'all' ? 'all' : 'the role'}): ${runs.map((r) => `${Math.round(r)} ms`).join(', ')} (read + fit + demand); meets most must-haves of ${section?.standing?.meetMost} listings`,
      );
    }
    console.log(
      `stored: ${(await countListings(store.db)).toLocaleString('en-US')}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    await store.close();

    if (PG_URL) {
      const schema = `rolefit_bench_${process.pid}`;
      const pg = await openStore(PG_URL, { postgresSchema: schema });
      if (!pg.ok) throw new Error(pg.error.message);
      await ingestBench(pg.value, pool, PG_N, `PostgreSQL, ${PG_N.toLocaleString('en-US')}`);
      const t = performance.now();
      const sets = await listSkillSetIndex(pg.value.db);
      buildMarketSection({
        personSkillIds: person,
        listings: sets,
        basis: benchBasis(sets.size),
        label: () => undefined,
      });
      console.log(
        `PostgreSQL compare against ${sets.size.toLocaleString('en-US')}: ${Math.round(performance.now() - t)} ms`,
      );
      await pg.value.db.schema.dropSchema(schema).ifExists().cascade().execute();
      await pg.value.close();
    } else {
      console.log('PostgreSQL: skipped (set ROLEFIT_BENCH_POSTGRES_URL to run it)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
