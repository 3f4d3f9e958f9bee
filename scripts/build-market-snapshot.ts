/**
 * Builds data/market/tpm-snapshot.json, the default job market: what real TPM and program-manager
 * postings ask for, from the posting sets in ../shared/data/postings (or ROLEFIT_SHARED_DATA).
 * Postings are read by the same source readers as `rolefit ingest` and extracted, classified and
 * audited as stored listings are; the file keeps statistics and per-listing skill ids only, never
 * posting text. Deterministic: the same postings and extraction give a byte-identical file.
 *
 *   npx tsx scripts/build-market-snapshot.ts            build and write
 *   npx tsx scripts/build-market-snapshot.ts --check    build and fail if the committed file differs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listingDay } from '../src/core/market/listing-date.ts';
import {
  buildMarketSnapshot,
  type MarketSnapshot,
  type SnapshotListing,
  type SnapshotSourceInput,
} from '../src/core/market/market-snapshot.ts';
import { marketSnapshotSchema } from '../src/core/market/market-snapshot-schema.ts';
import { listingContentHash, prepareListing } from '../src/core/market/prepare-listing.ts';
import { titleMatchesAliases } from '../src/core/market/role-family.ts';
import { listingPreparation } from '../src/core/market/setup.ts';
import { bundledRoles, bundledTaxonomy, requireRole } from '../src/data/bundled.ts';
import { listInputFiles, readListingsFromFile, type SourceFormat } from '../src/sources/read-listings.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SNAPSHOT_FILE = join(ROOT, 'data/market/tpm-snapshot.json');
const ROLE = 'technical-project-manager';
/** Program managers count when their content also places them in the role (the role-family rule). */
const PROGRAM_MANAGER = ['Program Manager'];

/** The posting sets, as the data README lists them; the titles-only LinkedIn file has no text to read skills from. */
const SOURCES: Array<{
  id: string;
  path: string;
  name: string;
  terms: string;
  format?: SourceFormat;
}> = [
  {
    id: 'msft-meta-careers-2025',
    path: 'msft-meta-careers-2025.csv',
    name: 'Microsoft and Meta careers sites',
    terms: 'posting text belongs to the employers: derived statistics only, no text',
  },
  {
    id: 'google-job-skills',
    path: 'google-job-skills.csv',
    name: 'Google careers',
    terms: 'none stated ("for educational use"): derived statistics only, no text',
  },
  {
    id: 'linkedin-sample-1000',
    path: 'linkedin-sample-1000.csv',
    name: 'LinkedIn postings sample',
    terms: 'none stated: derived statistics only, no text',
  },
  {
    id: 'resume-matcher-jds',
    path: 'resume-matcher-jds',
    name: 'Resume-Matcher job descriptions',
    terms: 'Apache-2.0',
    format: 'document',
  },
  {
    id: 'uk-dfe-role-jds',
    path: 'uk-dfe-role-jds',
    name: 'UK Department for Education role descriptions',
    terms: 'none stated: derived statistics only, no text',
    format: 'document',
  },
];

const ATTRIBUTION = [
  'Derived by rolefit from public job postings: Microsoft and Meta careers sites (Oct–Nov 2025, collected by devMuniz02/Job-Search-scraper), Google careers (Google job skills data set), a LinkedIn postings sample (2023–24), and job descriptions from srbhr/Resume-Matcher (Apache-2.0) and the UK Department for Education. Only counts and the rolefit skill ids each posting asks for are kept; no posting text, no titles of single postings (typical titles are counted with team, place and level left out), no links.',
];

export class SnapshotSourceMissing extends Error {}

/** Reads every posting set and builds the snapshot; throws SnapshotSourceMissing when a set is absent. */
export async function buildSnapshotFromPostings(sharedDataDir: string): Promise<MarketSnapshot> {
  const taxonomy = bundledTaxonomy();
  const role = requireRole(ROLE);
  const preparation = listingPreparation(taxonomy, bundledRoles());
  const sources: SnapshotSourceInput[] = [];
  const listings: SnapshotListing[] = [];
  const seen = new Set<string>();
  for (const set of SOURCES) {
    const listed = listInputFiles(join(sharedDataDir, 'postings', set.path), set.format);
    if (!listed.ok) throw new SnapshotSourceMissing(`${set.path}: ${listed.error.message}`);
    const stats = { read: 0, unique: 0, roleTitled: 0, programManagers: 0, disguisedLeftOut: 0 };
    for (const file of listed.value.files) {
      for await (const item of readListingsFromFile(file, { format: set.format })) {
        if (!item.ok) continue;
        stats.read++;
        // A posting repeated per location (Google) or in two sets counts once.
        const key = listingContentHash(item.value);
        if (seen.has(key)) continue;
        seen.add(key);
        stats.unique++;
        const titled = titleMatchesAliases(item.value.title, role.titleAliases)
          ? 'role'
          : titleMatchesAliases(item.value.title, PROGRAM_MANAGER)
            ? 'program-manager'
            : undefined;
        if (titled === undefined) continue;
        const prepared = prepareListing(item.value, preparation);
        if (!prepared.ok) continue;
        const listing = prepared.value;
        if (titled === 'role') stats.roleTitled++;
        else if (listing.roleFamily === role.id) stats.programManagers++;
        else continue;
        // As the market does with stored listings: developer jobs titled as the role are left out.
        if (listing.audit?.verdict === 'disguised-developer') {
          stats.disguisedLeftOut++;
          continue;
        }
        listings.push({
          source: set.id,
          title: listing.title,
          company: listing.company,
          day: listingDay(listing.postedAt),
          skills: listing.skills,
        });
      }
    }
    sources.push({ id: set.id, name: set.name, file: set.path, terms: set.terms, ...stats });
  }
  return marketSnapshotSchema.parse(
    buildMarketSnapshot({
      role,
      what: 'TPM and program-manager listings',
      extractor: preparation.extractor,
      selection:
        'Postings titled as the role (its title aliases), and postings titled Program Manager whose content places them in the role (at least 40% of its requirements asked for); each posting once; developer jobs titled as the role (posting audit: disguised-developer) left out.',
      attribution: ATTRIBUTION,
      sources,
      listings,
      titleNames: PROGRAM_MANAGER,
    }),
  );
}

/** JSON with small objects and arrays on one line, so a diff shows which figure moved. */
export function snapshotJson(file: MarketSnapshot): string {
  const format = (value: unknown, indent: string): string => {
    const flat = JSON.stringify(value);
    if (value === null || typeof value !== 'object' || flat.length + indent.length <= 100) return flat;
    const inner = `${indent}  `;
    if (Array.isArray(value))
      return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(value).map(
      ([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`,
    );
    return `{\n${entries.join(',\n')}\n${indent}}`;
  };
  return `${format(file, '')}\n`;
}

/** Whether the committed snapshot is what the postings and the current extraction give. */
export async function snapshotIsCurrent(sharedDataDir: string): Promise<boolean> {
  const built = snapshotJson(await buildSnapshotFromPostings(sharedDataDir));
  return existsSync(SNAPSHOT_FILE) && readFileSync(SNAPSHOT_FILE, 'utf8') === built;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const shared = resolve(process.env.ROLEFIT_SHARED_DATA ?? join(ROOT, '../shared/data'));
  let file: MarketSnapshot;
  try {
    file = await buildSnapshotFromPostings(shared);
  } catch (error) {
    if (!(error instanceof SnapshotSourceMissing)) throw error;
    console.error(`build-market-snapshot: ${error.message} (set ROLEFIT_SHARED_DATA to the reference data).`);
    return 2;
  }
  const json = snapshotJson(file);
  if (check) {
    const current = existsSync(SNAPSHOT_FILE) ? readFileSync(SNAPSHOT_FILE, 'utf8') : '';
    if (current !== json) {
      console.error('build-market-snapshot: data/market/tpm-snapshot.json is out of date; run the script.');
      return 1;
    }
    console.log(`build-market-snapshot: up to date (${file.version}).`);
    return 0;
  }
  writeFileSync(SNAPSHOT_FILE, json);
  console.log(
    `build-market-snapshot: ${file.listings} listings (${file.sources.map((s) => `${s.id} ${s.listings}`).join(', ')}), ${file.demand.length} skills asked by at least 5%, dated ${file.dates?.from} to ${file.dates?.to}; version ${file.version}.`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await main();
  // Idle document-reader workers must not keep the run alive.
  await (await import('../src/readers/index.ts')).closeReaders();
  process.exit(code);
}
