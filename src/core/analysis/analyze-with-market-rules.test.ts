import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { TEST_ROLE } from '../../../test/fixtures/test-role.ts';
import type { ListingSkillSet } from '../market/listing.ts';
import { buildMarketSection } from '../market/market-section.ts';
import { loadRole } from '../role/load-role.ts';
import { analyzeResume } from './analyze.ts';
import {
  analyzeWithMarket,
  listedOnlySkillIds,
  marketSkillIds,
  type PersonMarket,
} from './analyze-with-market.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);
const loaded = loadRole(TEST_ROLE, taxonomy);
if (!loaded.ok) throw new Error(loaded.error.map((i) => i.message).join());
const input = {
  asOf: { year: 2026, month: 12 },
  document: {
    format: 'text' as const,
    text: 'Experience\n- Led Scrum ceremonies for 2 teams\n- Tracked work in Jira\n',
    warnings: [],
  },
  role: loaded.value,
  taxonomy,
};
const listings: ListingSkillSet[] = [
  { id: 'l1', title: 'TPM', skills: [{ skillId: 'leadership', requirement: 'required' }] },
  { id: 'l2', title: 'Delivery lead', skills: [{ skillId: 'agile', requirement: 'required' }] },
];
const market = (personSkillIds: string[]): PersonMarket => ({
  section: buildMarketSection({
    personSkillIds,
    listings,
    basis: { kind: 'store', listings: 2, what: 'stored listings', sources: [], dates: null },
    label: (id) => taxonomy.byId.get(id)?.label,
  }),
  // Everyone asks for leadership, nobody for stakeholder management: leadership's gap ranks first.
  demand: new Map([
    ['leadership', 1],
    ['stakeholder-management', 0],
  ]),
});

describe('analyzeWithMarket', () => {
  it('asks the market with the skills the resume shows, and writes the report with its section and demand', async () => {
    const asked: string[][] = [];
    const listed: string[][] = [];
    const report = await analyzeWithMarket(input, async (person) => {
      asked.push([...person.skillIds]);
      listed.push([...person.listedOnly]);
      return market([...person.skillIds]);
    });
    expect(asked).toEqual([marketSkillIds(report)]);
    // Scrum led and Jira used at work: nothing only listed.
    expect(listed).toEqual([[]]);
    // The skills found, and the requirement Scrum shows (Agile), as the report's table has it.
    expect(asked[0]).toEqual(expect.arrayContaining(['scrum', 'jira', 'agile']));
    const found = market(asked[0]!);
    expect(report).toEqual({ ...analyzeResume({ ...input, demand: found.demand }), market: found.section });
    expect(report.market?.listings).toBe(2);
    expect(report.gaps.map((g) => [g.skill.id, g.demand])).toEqual([
      ['leadership', 1],
      ['stakeholder-management', 0],
      ['risk-management', 0],
    ]);
  });

  it("weighs the person on the report's requirements: shown ones are shown, missing ones are not", () => {
    const skill = (id: string) => ({ id, label: id, category: 'technical' as const });
    const ids = marketSkillIds({
      skills: [{ id: 'scrum' }, { id: 'organization' }, { id: 'python' }],
      requirements: [
        { skill: skill('agile'), status: 'shown' },
        { skill: skill('organization'), status: 'missing' },
        { skill: skill('jira'), status: 'partial' },
        { skill: skill('leadership'), status: 'missing' },
      ],
    });
    expect(ids.sort()).toEqual(['agile', 'python', 'scrum']);
  });

  it('without a market, writes the report with the demand it was given, and no market section', async () => {
    const demand = new Map([['stakeholder-management', 1]]);
    const report = await analyzeWithMarket({ ...input, demand }, async () => undefined);
    expect(report).toEqual(analyzeResume({ ...input, demand }));
    expect(report).not.toHaveProperty('market');
    expect(report.gaps[0]?.skill.id).toBe('stakeholder-management');
  });
});

describe('listedOnlySkillIds: the skills the market counts as half', () => {
  it('lists skills only listed, less requirements the table ticks', () => {
    const at = (line: number) => [
      {
        line,
        quote: '',
        section: 'skills' as const,
        strength: 'listed' as const,
        hedged: false,
        skillId: '',
      },
    ];
    const skills = [
      { id: 'jira', strength: 'listed' as const, evidence: at(3) },
      { id: 'agile', strength: 'listed' as const, evidence: at(3) },
      { id: 'scrum', strength: 'applied' as const, evidence: at(5) },
      { id: 'program-management', strength: 'listed' as const, evidence: at(1) },
    ];
    const requirements = [
      { skill: { id: 'agile', label: 'Agile', category: 'technical' as const }, status: 'shown' as const },
    ];
    expect(listedOnlySkillIds({ skills, requirements })).toEqual(['jira', 'program-management']);
    // A skill named by a title the track record credits is shown to the market by holding the job.
    expect(listedOnlySkillIds({ skills, requirements, heldTitleLines: new Set([1]) })).toEqual(['jira']);
  });

  it('is asked of the market with the skills, from the report the person reads', async () => {
    const asked: string[][] = [];
    await analyzeWithMarket(
      {
        ...input,
        document: {
          ...input.document,
          text: 'Skills\nJira, Leadership\nExperience\n- Led Scrum ceremonies\n',
        },
      },
      async (person) => {
        asked.push([...person.listedOnly].sort());
        return market([...person.skillIds]);
      },
    );
    expect(asked).toEqual([['jira', 'leadership']]);
  });
});

describe('withReportLabels: one name per skill across the report', () => {
  it("names a skill the role requires by the requirement's label in every part of the market section", async () => {
    const labelled = loadRole(
      {
        ...TEST_ROLE,
        requirements: TEST_ROLE.requirements.map((r) =>
          r.skill === 'agile' ? { ...r, label: 'Agile delivery' } : r,
        ),
      },
      taxonomy,
    );
    if (!labelled.ok) throw new Error('role');
    const report = await analyzeWithMarket({ ...input, role: labelled.value }, async (person) =>
      market([...person.skillIds]),
    );
    const agile = report.requirements.find((r) => r.skill.id === 'agile')!;
    expect(agile.skill.label).toBe('Agile delivery');
    const names = (list: ReadonlyArray<{ skill: { id: string; label: string } }>) =>
      list.filter((e) => e.skill.id === 'agile').map((e) => e.skill.label);
    // The taxonomy calls it "Agile"; the table, and now the market, "Agile delivery".
    expect([names(report.market!.demand), names(report.market!.strengths)]).toEqual([
      ['Agile delivery'],
      ['Agile delivery'],
    ]);
    const delivery = report.market!.topMatches.find((m) => m.id === 'l2')!;
    expect(delivery.matched).toEqual([{ id: 'agile', label: 'Agile delivery' }]);
    // A skill the role does not label keeps the taxonomy's name.
    expect(report.market!.demand.find((e) => e.skill.id === 'leadership')?.skill.label).toBe(
      taxonomy.byId.get('leadership')?.label,
    );
  });
});
