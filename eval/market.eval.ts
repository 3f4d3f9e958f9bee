// Ingests every posting set in ../shared/data/postings into a temporary SQLite store (auditing each
// listing as it lands) and prints the audit verdicts of TPM-titled listings and the TPM demand table:
// what real listings of the role ask for, disguised-developer listings left out as the market does.
// Then checks the default market: the shipped snapshot rebuilt from the postings must equal the
// committed file, and list no skill fewer than 5% of its listings ask for.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshotFromPostings, SNAPSHOT_FILE, snapshotJson } from '../scripts/build-market-snapshot.ts';
import type { Verdict } from '../src/core/audit/verdict.ts';
import { computeDemand, MIN_LISTED_SHARE } from '../src/core/market/demand.ts';
import { describeMarketBasis } from '../src/core/market/market-basis.ts';
import { buildRoleMarket } from '../src/core/market/market-figures.ts';
import { snapshotBasis, snapshotSkillSets } from '../src/core/market/market-snapshot.ts';
import { prepareListing } from '../src/core/market/prepare-listing.ts';
import { listingPreparation } from '../src/core/market/setup.ts';
import { bundledMarketSnapshot, bundledRoles, bundledTaxonomy, requireRole } from '../src/data/bundled.ts';
import type { ColumnMapping } from '../src/sources/field-map.ts';
import { listInputFiles, readListingsFromFile, type SourceFormat } from '../src/sources/read-listings.ts';
import { ingestListings } from '../src/store/ingest-listings.ts';
import {
  countByVerdict,
  countListings,
  listAuditedListings,
  listSkillSets,
} from '../src/store/listing.repository.ts';
import { openStore } from '../src/store/open-store.ts';
import { marketListingFilter } from '../src/store/role-market.ts';
import type { Evaluation } from './types.ts';

const ROLE = 'technical-project-manager';

/** The posting sets, with the options a user would pass. The titles-only file has no posting text to analyze. */
const SETS: Array<{ path: string; format?: SourceFormat; map?: ColumnMapping; note?: string }> = [
  { path: 'google-job-skills.csv' },
  { path: 'linkedin-sample-1000.csv' },
  // "Who is hiring" posts have no title field; the source's role label stands in.
  { path: 'hn-whoishiring.jsonl', map: { title: ['llm_role'] } },
  { path: 'resume-matcher-jds', format: 'document' },
  { path: 'uk-dfe-role-jds', format: 'document' },
];

const evaluation: Evaluation = async ({ dataDir }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-market-eval-'));
  const opened = await openStore(join(dir, 'eval.db'));
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  try {
    const preparation = listingPreparation(bundledTaxonomy(), bundledRoles());
    const taxonomy = bundledTaxonomy();
    const lines: string[] = ['Ingestion (temporary SQLite store)', ''];
    lines.push(
      `  ${'set'.padEnd(28)}${'read'.padStart(7)}${'new'.padStart(7)}${'dupes'.padStart(7)}${'errors'.padStart(8)}  TPM`,
    );
    let read = 0;
    let errors = 0;
    for (const set of SETS) {
      const listed = listInputFiles(join(dataDir, 'postings', set.path), set.format);
      if (!listed.ok) {
        lines.push(`  ${set.path.padEnd(28)} missing: ${listed.error.message}`);
        continue;
      }
      const tpmBefore = await countListings(store.db, { roleFamily: ROLE });
      const totals = { read: 0, inserted: 0, duplicates: 0, errors: 0, codes: new Map<string, number>() };
      for (const file of listed.value.files) {
        const s = await ingestListings(
          store.db,
          readListingsFromFile(file, { format: set.format, map: set.map }),
          {
            prepare: (item) => prepareListing(item.value, preparation),
            extractor: preparation.extractor,
          },
        );
        totals.read += s.read;
        totals.inserted += s.inserted;
        totals.duplicates += s.duplicates;
        totals.errors += s.errors;
        for (const [c, k] of Object.entries(s.errorCodes))
          totals.codes.set(c, (totals.codes.get(c) ?? 0) + k);
        if (s.aborted) totals.codes.set(s.aborted.code, (totals.codes.get(s.aborted.code) ?? 0) + 1);
      }
      const tpm = (await countListings(store.db, { roleFamily: ROLE })) - tpmBefore;
      read += totals.read;
      errors += totals.errors;
      const codes = [...totals.codes].map(([c, k]) => `${c} ${k}`).join(', ');
      lines.push(
        `  ${set.path.padEnd(28)}${String(totals.read).padStart(7)}${String(totals.inserted).padStart(7)}${String(totals.duplicates).padStart(7)}${String(totals.errors).padStart(8)}  ${tpm}${codes ? `   (${codes})` : ''}`,
      );
    }
    lines.push('  linkedin-titles-123849.csv  skipped: titles only, no posting text to extract skills from');

    const total = await countListings(store.db);
    const tpm = await listSkillSets(store.db, { roleFamily: ROLE });
    const kept = await listSkillSets(store.db, marketListingFilter(ROLE));
    const demand = computeDemand(kept);
    const demandAll = new Map(computeDemand(tpm).map((d) => [d.skillId, d.share]));
    const withSkills = tpm.filter((l) => l.skills.length > 0).length;
    const withSections = tpm.filter((l) => l.skills.some((s) => s.requirement !== 'mentioned')).length;

    // The audit's own title rule decides what is TPM-titled; the role family also takes content into account.
    const TPM_VERDICTS: Verdict[] = ['genuine', 'hybrid', 'disguised-developer', 'not-tpm'];
    const titled = await countByVerdict(store.db);
    const inRole = await countByVerdict(store.db, { roleFamily: ROLE });
    const count = (c: Partial<Record<Verdict, number>>, v: Verdict) => c[v] ?? 0;
    const tpmTitled = TPM_VERDICTS.reduce((n, v) => n + count(titled, v), 0);
    lines.push(
      '',
      `Posting audit at ingestion: ${tpmTitled} of ${total} stored listings have a TPM title`,
      '',
      `  ${'verdict'.padEnd(22)}${'TPM-titled'.padStart(11)}${`in ${ROLE}`.padStart(36)}`,
    );
    for (const v of [...TPM_VERDICTS, 'not-applicable' as const]) {
      lines.push(
        `  ${v.padEnd(22)}${String(count(titled, v)).padStart(11)}${String(count(inRole, v)).padStart(36)}`,
      );
    }
    const disguised = await listAuditedListings(store.db, { verdict: 'disguised-developer', limit: 8 });
    if (disguised.length > 0) {
      lines.push('', 'Most disguised TPM-titled listings (hands-on share, reason)');
      for (const l of disguised) {
        lines.push(
          `  ${`${Math.round(l.audit.handsOnShare * 100)}%`.padStart(4)}  ${l.title}${l.company ? ` (${l.company})` : ''}`,
          `        ${l.audit.reason}`,
        );
      }
    }

    lines.push(
      '',
      `TPM demand: ${kept.length} of ${total} stored listings are ${ROLE} (title aliases, then content), ` +
        `${tpm.length - kept.length} disguised-developer left out ("with" = share if counted)`,
      '',
      `  ${'skill'.padEnd(34)}${'listings'.padStart(9)}${'share'.padStart(7)}${'required'.padStart(10)}${'nice'.padStart(7)}${'with'.padStart(7)}`,
    );
    for (const d of demand.slice(0, 25)) {
      const label = taxonomy.byId.get(d.skillId)?.label ?? d.skillId;
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      lines.push(
        `  ${label.padEnd(34)}${String(d.listings).padStart(9)}${pct(d.share).padStart(7)}${pct(d.requiredShare).padStart(10)}${pct(d.preferredShare).padStart(7)}${pct(demandAll.get(d.skillId) ?? 0).padStart(7)}`,
      );
    }
    const roleSkills = new Set(
      bundledRoles()
        .find((r) => r.id === ROLE)
        ?.requirements.map((r) => r.skill) ?? [],
    );
    const top15 = demand.slice(0, 15);

    // The default market: the shipped snapshot, rebuilt from the postings as the script does (its --check).
    const rebuilt = await buildSnapshotFromPostings(dataDir);
    const upToDate = snapshotJson(rebuilt) === readFileSync(SNAPSHOT_FILE, 'utf8');
    const shipped = bundledMarketSnapshot();
    const role = requireRole(ROLE);
    const guideSkills = new Set(
      role.requirements.flatMap((r) => [r.skill, ...r.accepts.map((a) => a.skill)]),
    );
    const defaultMarket = buildRoleMarket({
      role,
      listings: snapshotSkillSets(shipped),
      basis: snapshotBasis(shipped),
      titles: shipped.titles,
      label: (id) => taxonomy.byId.get(id)?.label,
      top: 1000,
    });
    const minShare = Math.min(...defaultMarket.demand.map((d) => d.listings / shipped.listings));
    lines.push(
      '',
      `Default market (data/market/tpm-snapshot.json ${shipped.version}): ${upToDate ? 'up to date' : 'OUT OF DATE: run npx tsx scripts/build-market-snapshot.ts'}`,
      `  ${describeMarketBasis(snapshotBasis(shipped))}`,
      `  ${'source'.padEnd(48)}${'read'.padStart(6)}${'unique'.padStart(8)}${'TPM title'.padStart(11)}${'PgM'.padStart(5)}${'left out'.padStart(10)}${'kept'.padStart(6)}`,
      ...shipped.sources.map(
        (src) =>
          `  ${src.name.padEnd(48)}${String(src.read).padStart(6)}${String(src.unique).padStart(8)}${String(src.roleTitled).padStart(11)}${String(src.programManagers).padStart(5)}${String(src.disguisedLeftOut).padStart(10)}${String(src.listings).padStart(6)}`,
      ),
      `  ${defaultMarket.demand.length} skills listed (asked by at least ${Math.round(MIN_LISTED_SHARE * 100)}% of listings); top 10: ${defaultMarket.demand
        .slice(0, 10)
        .map((d) => `${d.skill.label} ${Math.round(d.share * 100)}%`)
        .join(', ')}`,
    );
    return {
      name: 'market: ingestion and TPM demand',
      report: lines.join('\n'),
      figures: {
        listings_read: read,
        listings_stored: total,
        row_errors: errors,
        tpm_listings: tpm.length,
        tpm_listings_without_disguised: kept.length,
        tpm_titled: tpmTitled,
        tpm_titled_genuine: count(titled, 'genuine'),
        tpm_titled_hybrid: count(titled, 'hybrid'),
        tpm_titled_disguised: count(titled, 'disguised-developer'),
        tpm_titled_not_tpm: count(titled, 'not-tpm'),
        listings_audited: TPM_VERDICTS.reduce(
          (n, v) => n + count(titled, v),
          count(titled, 'not-applicable'),
        ),
        tpm_share_with_skills: tpm.length === 0 ? 0 : withSkills / tpm.length,
        tpm_share_with_requirement_sections: tpm.length === 0 ? 0 : withSections / tpm.length,
        tpm_mean_skills: tpm.length === 0 ? 0 : tpm.reduce((s, l) => s + l.skills.length, 0) / tpm.length,
        top15_in_role_guide: top15.filter((d) => roleSkills.has(d.skillId)).length,
        snapshot_up_to_date: upToDate ? 1 : 0,
        snapshot_listings: shipped.listings,
        snapshot_sources_with_listings: shipped.sources.filter((src) => src.listings > 0).length,
        snapshot_dated_share: shipped.sources.reduce((n, src) => n + src.dated, 0) / shipped.listings,
        default_market_skills: defaultMarket.demand.length,
        default_market_min_share: minShare,
        default_market_top15_in_guide: defaultMarket.demand
          .slice(0, 15)
          .filter((d) => guideSkills.has(d.skill.id)).length,
      },
      floors: [
        {
          figure: 'listings_stored',
          min: 2500,
          why: 'every posting set must land (google, linkedin, hn, documents)',
        },
        {
          figure: 'tpm_listings',
          min: 20,
          why: 'the sets hold TPM / IT project manager postings; title matching must find them',
        },
        {
          figure: 'tpm_share_with_skills',
          min: 0.8,
          why: 'a TPM listing without any extracted skill means extraction missed it',
        },
        {
          figure: 'snapshot_up_to_date',
          min: 1,
          why: 'the shipped snapshot must be what the postings and the current extraction give: run npx tsx scripts/build-market-snapshot.ts and commit data/market/tpm-snapshot.json',
        },
        {
          figure: 'snapshot_listings',
          min: 50,
          why: 'the default market must rest on enough real TPM and program-manager listings',
        },
        {
          figure: 'snapshot_sources_with_listings',
          min: 3,
          why: 'the default market must not rest on one employer or one data set',
        },
        {
          figure: 'default_market_min_share',
          min: MIN_LISTED_SHARE,
          why: 'issue 13: the default market lists no skill that fewer than 5% of the snapshot listings ask for',
        },
        {
          figure: 'tpm_share_with_requirement_sections',
          min: 0.5,
          why: 'most postings say what is required; section detection must see it',
        },
      ],
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

export default evaluation;
