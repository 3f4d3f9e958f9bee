import { describe, expect, it } from 'vitest';
import { bundledMarketSnapshot, bundledRoles, bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { computeDemand, coOccurrence, MIN_LISTED_SHARE } from './demand.ts';
import type { ListingSkill } from './listing.ts';
import { dateRange, listingDay } from './listing-date.ts';
import { basisSources, describeMarketBasis, type MarketBasis } from './market-basis.ts';
import { buildRoleMarket, computeMarketFigures } from './market-figures.ts';
import { buildMarketSection } from './market-section.ts';
import {
  buildMarketSnapshot,
  type SnapshotInput,
  snapshotBasis,
  snapshotSkillSets,
} from './market-snapshot.ts';
import { marketSnapshotSchema } from './market-snapshot-schema.ts';
import { typicalTitle, typicalTitles } from './market-titles.ts';
import { describeStanding, renderRoleMarketText } from './render-market.ts';
import { listingPreparation } from './setup.ts';
import { snapshotPersonMarket } from './snapshot-market.ts';

const asks = (spec: string): ListingSkill[] =>
  spec.split(' ').map((s) => {
    const [skillId, kind] = s.split(':') as [string, string | undefined];
    return { skillId, requirement: kind === 'r' ? 'required' : kind === 'p' ? 'preferred' : 'mentioned' };
  });

describe('posting dates', () => {
  it('reads the dates sources write, and nothing else', () => {
    expect(listingDay('2025-10-11 (first seen in repo)')).toBe('2025-10-11');
    expect(listingDay('2024-04-19T08:30:00Z')).toBe('2024-04-19');
    expect(listingDay('1713499851000.0')).toBe('2024-04-19');
    expect(listingDay('1713499851')).toBe('2024-04-19');
    expect(listingDay('Oct 09, 2025')).toBe('2025-10-09');
    expect(listingDay('9 October 2025')).toBe('2025-10-09');
    for (const raw of [undefined, '', 'yesterday', 'Foo 09, 2025', '2025-13-01', '12', '0000-01-01'])
      expect(listingDay(raw), String(raw)).toBeUndefined();
    expect(dateRange(['2025-01-02', undefined, '2024-12-31'])).toEqual({
      from: '2024-12-31',
      to: '2025-01-02',
    });
    expect(dateRange([undefined])).toBeNull();
  });
});

describe('the line that says where market figures come from', () => {
  it('names the listings, their sources with counts, their dates and how many are undated', () => {
    const sources = basisSources(
      [
        { source: 'boards', day: '2025-10-08' },
        { source: 'boards', day: '2025-11-14' },
        { source: 'google', day: undefined },
        { source: 'boards', day: undefined },
      ],
      (s) => (s === 'boards' ? 'Company boards' : 'Google careers'),
    );
    expect(sources).toEqual([
      { name: 'Company boards', listings: 3, dated: 2, dates: { from: '2025-10-08', to: '2025-11-14' } },
      { name: 'Google careers', listings: 1, dated: 0, dates: null },
    ]);
    const basis: MarketBasis = {
      kind: 'snapshot',
      listings: 4,
      what: 'TPM listings',
      sources,
      dates: { from: '2025-10-08', to: '2025-11-14' },
      snapshot: { version: '2025-11-14.abcdef01', asOf: '2025-11-14' },
    };
    expect(describeMarketBasis(basis)).toBe(
      '4 TPM listings from Company boards (3) and Google careers (1), dated 2025-10-08 to 2025-11-14 (2 undated); snapshot 2025-11-14.',
    );
    const { snapshot: _snapshot, ...store } = basis;
    expect(describeMarketBasis({ ...store, kind: 'store', dates: null, sources: [] })).toBe(
      '4 TPM listings, undated.',
    );
  });

  it('says where a person stands in words', () => {
    expect(describeStanding({ listings: 57, meetMost: 12, meetAll: 3 })).toBe(
      'You show at least half the must-haves of 12 of 57 listings (every must-have in 3), a skill you only list counting as half.',
    );
    expect(describeStanding({ listings: 1, meetMost: 0, meetAll: 0 })).toBe(
      'You show at least half the must-haves of 0 of 1 listing, a skill you only list counting as half.',
    );
  });
});

describe('typical titles', () => {
  const names = ['Technical Program Manager', 'IT Project Manager', 'TPM', 'Program Manager'];
  it('keep the job, not the team, place or level', () => {
    expect(typicalTitle('Sr. Technical Program Manager, AI Glasses', names)).toBe(
      'Technical Program Manager',
    );
    expect(typicalTitle('SR TECHNICAL PROGRAM MANAGER', names)).toBe('Technical Program Manager');
    expect(typicalTitle('Technical Program Manager II', names)).toBe('Technical Program Manager');
    expect(typicalTitle('Manager, Technical Program Manager - Privacy Infrastructure', names)).toBe(
      'Technical Program Manager',
    );
    expect(typicalTitle('IT Project Manager (Remote Work Available)', names)).toBe('IT Project Manager');
    expect(typicalTitle('Global Workplace Services (GWS) Supplier Program Manager', names)).toBe(
      'Global Workplace Services Supplier Program Manager',
    );
    expect(typicalTitle('Manager, Display and Optics TPM', names)).toBe('Display and Optics TPM');
  });
  it('are counted, most frequent first, leaving out rarer ones when asked', () => {
    const titles = [
      'Technical Program Manager',
      'Senior Technical Program Manager, Cloud',
      'Program Manager, Ops',
    ];
    expect(typicalTitles(titles, names)).toEqual([
      { title: 'Technical Program Manager', listings: 2 },
      { title: 'Program Manager', listings: 1 },
    ]);
    expect(typicalTitles(titles, names, { minListings: 2 })).toEqual([
      { title: 'Technical Program Manager', listings: 2 },
    ]);
  });
});

const input = (listings: SnapshotInput['listings']): SnapshotInput => ({
  role: { id: 'tpm', titleAliases: ['Technical Program Manager'] },
  what: 'TPM listings',
  extractor: 'test',
  selection: 'test',
  attribution: ['test'],
  sources: [
    {
      id: 'a',
      name: 'Source A',
      file: 'a.csv',
      terms: 'test',
      read: 10,
      unique: 9,
      roleTitled: 3,
      programManagers: 0,
      disguisedLeftOut: 1,
    },
    {
      id: 'b',
      name: 'Source B',
      file: 'b',
      terms: 'test',
      read: 5,
      unique: 5,
      roleTitled: 0,
      programManagers: 0,
      disguisedLeftOut: 0,
    },
  ],
  listings,
});

describe('the market snapshot', () => {
  const listings: SnapshotInput['listings'] = [
    {
      source: 'a',
      title: 'Technical Program Manager',
      company: 'X',
      day: '2025-10-01',
      skills: asks('jira:r agile:p sql'),
    },
    {
      source: 'a',
      title: 'Sr. Technical Program Manager, Cloud',
      company: 'X',
      day: '2025-11-02',
      skills: asks('jira:r risk'),
    },
    { source: 'a', title: 'Technical Program Manager II', company: 'Y', skills: asks('agile:r risk:r') },
  ];

  it('keeps counts and skill ids only, the same whatever order the postings came in', () => {
    const file = buildMarketSnapshot(input(listings));
    expect(marketSnapshotSchema.parse(file)).toEqual(file);
    expect(buildMarketSnapshot(input([...listings].reverse()))).toEqual(file);
    expect(file).toMatchObject({
      listings: 3,
      asOf: '2025-11-02',
      dates: { from: '2025-10-01', to: '2025-11-02' },
      titles: [{ title: 'Technical Program Manager', listings: 3 }],
      profiles: ['r:agile,risk', 'r:jira;m:risk', 'r:jira;p:agile;m:sql'],
    });
    expect(file.version).toMatch(/^2025-11-02\.[0-9a-f]{8}$/);
    expect(file.sources.map((s) => [s.id, s.listings, s.dated, s.dates, s.companies])).toEqual([
      [
        'a',
        3,
        2,
        { from: '2025-10-01', to: '2025-11-02' },
        [
          { name: 'X', listings: 2 },
          { name: 'Y', listings: 1 },
        ],
      ],
      ['b', 0, 0, null, []],
    ]);
    expect(file.demand).toEqual([
      { skillId: 'agile', listings: 2, required: 1, preferred: 1, mentioned: 0 },
      { skillId: 'jira', listings: 2, required: 2, preferred: 0, mentioned: 0 },
      { skillId: 'risk', listings: 2, required: 1, preferred: 0, mentioned: 1 },
      { skillId: 'sql', listings: 1, required: 0, preferred: 0, mentioned: 1 },
    ]);
    // No title of a single posting, no text: the JSON holds nothing a posting said in its own words.
    const json = JSON.stringify(file);
    expect(json).not.toContain('Cloud');
    expect(json).not.toContain('Technical Program Manager II');
    expect(snapshotSkillSets(file)[1]).toEqual({ id: 'snapshot:2', title: '', skills: asks('jira:r risk') });
  });

  it('is refused when its counts do not add up', () => {
    const file = buildMarketSnapshot(input(listings));
    expect(marketSnapshotSchema.safeParse({ ...file, listings: 4 }).success).toBe(false);
    expect(marketSnapshotSchema.safeParse({ ...file, profiles: [...file.profiles, 'x:y'] }).success).toBe(
      false,
    );
  });

  it('says which count does not add up: the profiles, or the listings of the sources', () => {
    const file = buildMarketSnapshot(input(listings));
    const issues = (raw: unknown) =>
      marketSnapshotSchema.safeParse(raw).error?.issues.map(({ code, message }) => ({ code, message }));
    const profiles = [...file.profiles, 'r:sql'];
    expect(issues({ ...file, profiles })).toEqual([{ code: 'custom', message: '4 profiles for 3 listings' }]);
    expect(issues({ ...file, profiles, listings: 4 })).toEqual([
      { code: 'custom', message: 'sources add up to 3 listings, not 4' },
    ]);
  });

  it('gives a person a market section with a standing and no named listings', () => {
    const file = buildMarketSnapshot(input(listings));
    const market = snapshotPersonMarket({
      personSkillIds: ['jira'],
      taxonomy: bundledTaxonomy(),
      snapshot: file,
    });
    expect(market?.section).toMatchObject({
      source: 'snapshot',
      listings: 3,
      topMatches: [],
      standing: { listings: 3, meetMost: 2, meetAll: 2 },
      basis: { kind: 'snapshot', listings: 3, snapshot: { version: file.version, asOf: '2025-11-02' } },
    });
    expect(market?.demand.get('jira')).toBeCloseTo(2 / 3, 10);
    expect(snapshotPersonMarket({ personSkillIds: [], taxonomy: bundledTaxonomy() })).toBeUndefined();
  });
});

describe('the shipped snapshot (data/market/tpm-snapshot.json)', () => {
  const file = bundledMarketSnapshot();
  const sets = snapshotSkillSets(file);

  it('is real TPM demand: dated, with its sources, and stands for the TPM role', () => {
    expect(file.role).toBe('technical-project-manager');
    expect(file.listings).toBeGreaterThanOrEqual(50);
    expect(file.sources.filter((s) => s.listings > 0).length).toBeGreaterThanOrEqual(3);
    expect(file.dates).not.toBeNull();
    expect(file.titles[0]).toEqual({ title: 'Technical Program Manager', listings: expect.any(Number) });
  });

  it('holds figures its profiles give again: demand and pairs are one set of numbers', () => {
    const demand = computeDemand(sets).filter((d) => d.share >= MIN_LISTED_SHARE);
    expect(file.demand).toEqual(
      demand.map((d) => ({
        skillId: d.skillId,
        listings: d.listings,
        required: Math.round(d.requiredShare * file.listings),
        preferred: Math.round(d.preferredShare * file.listings),
        mentioned: Math.round(d.mentionedShare * file.listings),
      })),
    );
    expect(file.pairs).toEqual(
      coOccurrence(sets, { limit: 20 }).map((p) => ({ a: p.a, b: p.b, listings: p.listings })),
    );
  });

  it('was made by the current extraction (after a taxonomy change, rebuild it: scripts/build-market-snapshot.ts)', () => {
    expect(file.extractor).toBe(listingPreparation(bundledTaxonomy(), bundledRoles()).extractor);
  });

  it('lists, by default, no skill that fewer than 5% of its listings ask for', () => {
    const role = findRole('technical-project-manager')!;
    const taxonomy = bundledTaxonomy();
    const market = buildRoleMarket({
      role,
      listings: sets,
      basis: snapshotBasis(file),
      titles: file.titles,
      label: (id) => taxonomy.byId.get(id)?.label,
      top: 1000,
    });
    const floor = Math.ceil(MIN_LISTED_SHARE * file.listings);
    expect(market.demand.length).toBe(file.demand.length);
    for (const d of market.demand) expect(d.listings, d.skill.id).toBeGreaterThanOrEqual(floor);
    const section = buildMarketSection({
      personSkillIds: [],
      listings: sets,
      basis: snapshotBasis(file),
      label: () => undefined,
      limit: 1000,
    });
    for (const d of section.gaps) expect(d.share, d.skill.id).toBeGreaterThanOrEqual(MIN_LISTED_SHARE);
  });
});

describe('one set of numbers', () => {
  const taxonomy = bundledTaxonomy();
  const role = bundledRoles()[0]!;
  const listings = [
    { id: '1', title: 'TPM', skills: asks('stakeholder-management:r status-reporting:p agile:r') },
    { id: '2', title: 'TPM', skills: asks('status-reporting:r jira') },
    { id: '3', title: 'TPM', skills: asks('stakeholder-management agile:p') },
    { id: '4', title: 'TPM', skills: asks('jira:r') },
  ];
  const basis: MarketBasis = {
    kind: 'store',
    listings: 4,
    what: 'stored listings of this role',
    sources: [{ name: 'test', listings: 4, dated: 0, dates: null }],
    dates: null,
  };

  it('gives a skill the same share in the chart, the demand table, the guide table and the report', () => {
    const figures = computeMarketFigures({
      listings,
      basis,
      requirements: role.requirements.map((r) => ({
        skillId: r.skill,
        weight: r.weight,
        accepts: r.accepts.filter((a) => a.credit > 0).map((a) => a.skill),
      })),
      titles: [],
      label: (id) => taxonomy.byId.get(id)?.label,
    });
    const section = buildMarketSection({ personSkillIds: [], listings, basis, label: (id) => id });
    const demand = new Map(figures.demand.map((d) => [d.skill.id, d]));
    // Stakeholder management: 2 of 4 listings name it; 3 of 4 name it or status reporting, which it accepts.
    expect(demand.get('stakeholder-management')).toMatchObject({
      listings: 2,
      share: 0.5,
      requiredShare: 0.25,
      preferredShare: 0,
      mentionedShare: 0.25,
    });
    const guide = figures.guide.find((g) => g.skill.id === 'stakeholder-management')!;
    expect([guide.share, guide.coveredShare]).toEqual([0.5, 0.75]);
    for (const d of section.demand) expect(demand.get(d.skill.id)?.share, d.skill.id).toBe(d.share);
    for (const g of figures.guide) expect(g.share, g.skill.id).toBe(demand.get(g.skill.id)?.share ?? 0);
    // The split adds up to the share: no "(0% / 0%)" for a skill that is asked.
    for (const d of figures.demand)
      expect(d.requiredShare + d.preferredShare + d.mentionedShare, d.skill.id).toBeCloseTo(d.share, 10);
  });

  it('prints every table row of `rolefit market` aligned, however long a label', () => {
    const market = buildRoleMarket({
      role,
      listings: [...listings, { id: '5', title: 'TPM', skills: asks('software-development-life-cycle:r') }],
      basis,
      titles: [{ title: 'Technical Program Manager', listings: 5 }],
      label: (id) =>
        id === 'stakeholder-management'
          ? 'Stakeholder management across many, many organizations'
          : taxonomy.byId.get(id)?.label,
    });
    const text = renderRoleMarketText(market);
    const table = text.split('\n\n').find((block) => block.startsWith('Skill demand'))!;
    const rows = table.split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(2);
    // The share column ends at the same place on every row.
    const ends = rows.map((r) => r.search(/\d+%|share/) + (r.match(/\d+%|share/)?.[0].length ?? 0));
    expect(new Set(ends).size).toBe(1);
    expect(text).toContain('Stakeholder management across many, man…');
    expect(text).toContain('Source: 4 stored listings of this role from test (4), undated.');
  });
});
