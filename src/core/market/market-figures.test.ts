import { describe, expect, it } from 'vitest';
import { skillSet } from '../../../test/fixtures/skill-sets.ts';
import type { Role } from '../role/schema.ts';
import type { ListingSkillSet } from './listing.ts';
import type { MarketBasis } from './market-basis.ts';
import { buildRoleMarket, computeMarketFigures } from './market-figures.ts';
import type { OnetDemandFile } from './onet-demand.ts';

// A role's market figures as the market page, `rolefit market` and the API show them
// (docs/market.md), pinned where StrykerJS found them free (issue 15, docs/testing.md).
const listing = skillSet;
const empty = (count: number): ListingSkillSet[] => Array.from({ length: count }, () => listing());

const basis = (kind: MarketBasis['kind'], listings: number): MarketBasis => ({
  kind,
  listings,
  what: 'TPM listings',
  sources: [{ name: 'test', listings, dated: 0, dates: null }],
  dates: null,
});

const labels: Record<string, string> = { jira: 'Jira', sql: 'SQL' };
const label = (id: string): string | undefined => labels[id];

/** `count` skills s00, s01, … each asked by the same two listings. */
const skills = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `s${String(i).padStart(2, '0')}`);

describe('computeMarketFigures', () => {
  const listings = [
    listing(['jira', 'required'], ['sql', 'preferred']),
    listing(['jira', 'required'], ['sql', 'mentioned']),
    listing(['jira', 'mentioned'], ['sql', 'required']),
    listing(['jira', 'required'], ['agile', 'required']),
    listing(['jira', 'preferred']),
    listing(['jira', 'required']),
    listing(),
  ];
  const requirements = [
    { skillId: 'agile', weight: 2, accepts: ['scrum'] },
    { skillId: 'risk', weight: 1, accepts: [] },
  ];

  it('gives demand, pairs, titles, the guide and what it lacks, with labels and shares to three decimals', () => {
    const figures = computeMarketFigures({
      listings,
      basis: basis('store', 7),
      requirements,
      titles: [{ title: 'Technical Program Manager', listings: 7 }],
      label,
    });
    expect(figures).toEqual({
      source: 'listings',
      listings: 7,
      basis: basis('store', 7),
      demand: [
        {
          skill: { id: 'jira', label: 'Jira' },
          listings: 6,
          share: 0.857,
          requiredShare: 0.571,
          preferredShare: 0.143,
          mentionedShare: 0.143,
        },
        {
          skill: { id: 'sql', label: 'SQL' },
          listings: 3,
          share: 0.429,
          requiredShare: 0.143,
          preferredShare: 0.143,
          mentionedShare: 0.143,
        },
        {
          skill: { id: 'agile', label: 'agile' },
          listings: 1,
          share: 0.143,
          requiredShare: 0.143,
          preferredShare: 0,
          mentionedShare: 0,
        },
      ],
      // Lift 7/6 to two decimals; jira and agile come together once only, under the default minimum of two.
      pairs: [
        {
          a: { id: 'jira', label: 'Jira' },
          b: { id: 'sql', label: 'SQL' },
          listings: 3,
          share: 0.429,
          lift: 1.17,
        },
      ],
      titles: [{ title: 'Technical Program Manager', listings: 7 }],
      guide: [
        { skill: { id: 'agile', label: 'agile' }, points: 66.7, share: 0.143, coveredShare: 0.143 },
        { skill: { id: 'risk', label: 'risk' }, points: 33.3, share: 0, coveredShare: 0 },
      ],
      notInGuide: [
        { skill: { id: 'jira', label: 'Jira' }, share: 0.857 },
        { skill: { id: 'sql', label: 'SQL' }, share: 0.429 },
      ],
    });
  });

  it('says the figures come from the snapshot when the basis is the snapshot', () => {
    const figures = computeMarketFigures({
      listings,
      basis: basis('snapshot', 7),
      requirements,
      titles: [],
      label,
    });
    expect([figures.source, figures.basis.kind]).toEqual(['snapshot', 'snapshot']);
  });

  it('lists demand from 5% of the listings: 2 of 40, not 1 of 40', () => {
    const figures = computeMarketFigures({
      listings: [listing('jira', 'sql'), listing('jira'), ...empty(38)],
      basis: basis('store', 40),
      requirements: [],
      titles: [],
      label,
    });
    expect(figures.demand.map((d) => [d.skill.id, d.share])).toEqual([['jira', 0.05]]);
  });

  it('lists 25 skills of demand and of what the guide lacks by default, or top', () => {
    const twoListings = [listing(...skills(27)), listing(...skills(27))];
    const input = { listings: twoListings, basis: basis('store', 2), requirements: [], titles: [], label };
    const byDefault = computeMarketFigures(input);
    expect([byDefault.demand.length, byDefault.notInGuide.length]).toEqual([25, 25]);
    expect(byDefault.demand.at(-1)?.skill.id).toBe('s24');
    const top = computeMarketFigures({ ...input, top: 2 });
    expect(top.demand.map((d) => d.skill.id)).toEqual(['s00', 's01']);
    expect(top.notInGuide.map((d) => d.skill.id)).toEqual(['s00', 's01']);
  });

  it('lists 15 pairs by default, or pairs', () => {
    const twoListings = [listing(...skills(7)), listing(...skills(7))];
    const input = { listings: twoListings, basis: basis('store', 2), requirements: [], titles: [], label };
    expect(computeMarketFigures(input).pairs.length).toBe(15);
    expect(computeMarketFigures({ ...input, pairs: 2 }).pairs.map((p) => `${p.a.id}+${p.b.id}`)).toEqual([
      's00+s01',
      's00+s02',
    ]);
  });
});

describe('buildRoleMarket', () => {
  const requirement = (
    skill: string,
    weight: number,
    accepts: string[] = [],
  ): Role['requirements'][number] => ({
    skill,
    category: 'technical',
    weight,
    why: 'It matters.',
    accepts: accepts.map((a) => ({ skill: a, credit: 0.5 })),
    nextSteps: ['Do it.'],
  });
  const role = {
    id: 'technical-project-manager',
    title: 'Technical Project Manager',
    requirements: [requirement('agile', 3, ['scrum']), requirement('risk', 1)],
  };
  const flagged = (skillId: string, inDemand: boolean): OnetDemandFile['skills'][number] => ({
    skillId,
    hotTechnology: !inDemand,
    inDemand,
    examples: [skillId],
  });
  const onet: OnetDemandFile = {
    attribution: ['O*NET 29.0 Database'],
    occupation: { code: '15-1299.09', title: 'Information Technology Project Managers' },
    roles: ['technical-project-manager'],
    skills: [
      flagged('chef', false),
      flagged('rare', true),
      flagged('sql', false),
      flagged('scrum', false),
      flagged('jira', false),
      flagged('agile', true),
    ],
  };
  // jira and sql are asked by 2 of 40 listings (5%), rare by 1 (2.5%).
  const listings = [listing('jira', 'sql'), listing('jira', 'sql'), listing('rare'), ...empty(37)];

  it('turns the guide into requirements with points and accepted skills, beside the figures', () => {
    const market = buildRoleMarket({
      role,
      listings,
      basis: basis('store', 40),
      titles: [{ title: 'TPM', listings: 40 }],
      label,
    });
    expect(market).toEqual({
      role: { id: 'technical-project-manager', title: 'Technical Project Manager' },
      source: 'listings',
      listings: 40,
      basis: basis('store', 40),
      demand: [
        {
          skill: { id: 'jira', label: 'Jira' },
          listings: 2,
          share: 0.05,
          requiredShare: 0.05,
          preferredShare: 0,
          mentionedShare: 0,
        },
        {
          skill: { id: 'sql', label: 'SQL' },
          listings: 2,
          share: 0.05,
          requiredShare: 0.05,
          preferredShare: 0,
          mentionedShare: 0,
        },
      ],
      pairs: [
        {
          a: { id: 'jira', label: 'Jira' },
          b: { id: 'sql', label: 'SQL' },
          listings: 2,
          share: 0.05,
          lift: 20,
        },
      ],
      titles: [{ title: 'TPM', listings: 40 }],
      guide: [
        { skill: { id: 'agile', label: 'agile' }, points: 75, share: 0, coveredShare: 0 },
        { skill: { id: 'risk', label: 'risk' }, points: 25, share: 0, coveredShare: 0 },
      ],
      notInGuide: [],
      reference: null,
    });
    expect('disguised' in market).toBe(false);
  });

  it("keeps O*NET's flags to the guide's skills, those they accept and those listed as demand", () => {
    const market = buildRoleMarket({ role, listings, basis: basis('store', 40), titles: [], label, onet });
    expect(market.reference).toEqual({
      occupation: { code: '15-1299.09', title: 'Information Technology Project Managers' },
      attribution: ['O*NET 29.0 Database'],
      skills: [
        { skill: { id: 'agile', label: 'agile' }, inDemand: true, hotTechnology: false },
        { skill: { id: 'jira', label: 'Jira' }, inDemand: false, hotTechnology: true },
        { skill: { id: 'scrum', label: 'scrum' }, inDemand: false, hotTechnology: true },
        { skill: { id: 'sql', label: 'SQL' }, inDemand: false, hotTechnology: true },
      ],
    });
  });

  it('has no figures without a basis, but still the role, the reference and the disguised listings', () => {
    const market = buildRoleMarket({
      role,
      listings,
      basis: undefined,
      titles: [{ title: 'TPM', listings: 40 }],
      label,
      onet,
      disguised: { listings: 3, excluded: true },
    });
    expect({ ...market, reference: market.reference?.skills.map((s) => s.skill.id) }).toEqual({
      role: { id: 'technical-project-manager', title: 'Technical Project Manager' },
      source: 'none',
      listings: 0,
      basis: null,
      demand: [],
      pairs: [],
      titles: [],
      guide: [],
      notInGuide: [],
      disguised: { listings: 3, excluded: true },
      reference: ['agile', 'jira', 'scrum', 'sql'],
    });
  });

  it('copies the disguised listings rather than sharing them', () => {
    const disguised = { listings: 3, excluded: false };
    const market = buildRoleMarket({
      role,
      listings,
      basis: basis('snapshot', 40),
      titles: [],
      label,
      disguised,
    });
    disguised.listings = 4;
    expect([market.source, market.disguised]).toEqual(['snapshot', { listings: 3, excluded: false }]);
  });
});
