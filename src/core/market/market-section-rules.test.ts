import { describe, expect, it } from 'vitest';
import type { ListingSkillSet } from './listing.ts';
import type { MarketBasis } from './market-basis.ts';
import { buildMarketSection } from './market-section.ts';

// Rules of buildMarketSection that StrykerJS found unpinned (issue 15, docs/testing.md): the order of
// listings that fit alike, what a best match lists as missing and in which order, the limit on the
// skill lists, and the must-haves of a listing that marks none required.
const basis: MarketBasis = {
  kind: 'store',
  listings: 0,
  what: 'stored listings of this role',
  sources: [],
  dates: null,
};
type Kind = 'required' | 'preferred' | 'mentioned';
const listing = (id: string, skills: Array<[string, Kind]>): ListingSkillSet => ({
  id,
  title: `Listing ${id}`,
  skills: skills.map(([skillId, requirement]) => ({ skillId, requirement })),
});
const section = (
  personSkillIds: string[],
  listings: ListingSkillSet[],
  more: { top?: number; limit?: number } = {},
) => buildMarketSection({ personSkillIds, listings, basis, label: (id) => id, ...more });

describe('the best-fitting listings', () => {
  it('orders listings of equal fit by skills matched, then by id, whatever order they come in', () => {
    const listings = [
      listing('b', [['jira', 'required']]),
      listing('a', [['jira', 'required']]),
      listing('e', [
        ['jira', 'required'],
        ['sql', 'required'],
      ]),
      listing('f', [
        ['agile', 'required'],
        ['go', 'required'],
      ]),
      listing('c', [
        ['jira', 'required'],
        ['agile', 'required'],
      ]),
    ];
    const top = section(['jira', 'agile'], listings, { top: 5 }).topMatches;
    expect(top.map((m) => [m.id, m.fit])).toEqual([
      ['c', 1],
      ['a', 1],
      ['b', 1],
      ['e', 0.5],
      ['f', 0.5],
    ]);
  });

  it('lists what a match lacks, required first, then mentioned, then nice to have, each by id', () => {
    const listings = [
      listing('x', [
        ['jira', 'required'],
        ['zeta', 'preferred'],
        ['sql', 'required'],
        ['kafka', 'mentioned'],
        ['go', 'required'],
      ]),
    ];
    const [match] = section(['jira'], listings).topMatches;
    expect(match?.matched.map((s) => s.id)).toEqual(['jira']);
    expect(match?.missing.map((s) => s.id)).toEqual(['go', 'sql', 'kafka', 'zeta']);
  });
});

describe('the skill lists', () => {
  it('keeps at most `limit` skills in demand, strengths and gaps', () => {
    const listings = ['1', '2', '3', '4'].map((id) =>
      listing(id, [
        ['jira', 'required'],
        ['agile', 'required'],
        ['sql', 'required'],
        ['go', 'required'],
      ]),
    );
    const s = section(['jira', 'agile'], listings, { limit: 1 });
    expect(s.demand.map((d) => d.skill.id)).toEqual(['agile']);
    expect(s.strengths.map((d) => d.skill.id)).toEqual(['agile']);
    expect(s.gaps.map((d) => d.skill.id)).toEqual(['go']);
  });
});

describe('where the person stands', () => {
  it('takes the nice-to-haves as must-haves of a listing that marks nothing else', () => {
    const s = section(['jira'], [listing('p', [['sql', 'preferred']])]);
    expect(s.standing).toEqual({ listings: 1, meetMost: 0, meetAll: 0 });
  });
});

describe('a skill the resume only lists', () => {
  const listings = [
    listing('a', [
      ['jira', 'required'],
      ['sql', 'required'],
    ]),
    listing('b', [['jira', 'required']]),
  ];
  const withListed = (listedOnly: string[]) =>
    buildMarketSection({ personSkillIds: ['jira'], listedOnly, listings, basis, label: (id) => id });

  it('counts as half a must-have in the standing and half its weight in the fit', () => {
    // Jira used at work: half of a's must-haves and all of b's.
    const used = withListed([]);
    expect(used.standing).toEqual({ listings: 2, meetMost: 2, meetAll: 1 });
    expect(used.topMatches.map((m) => [m.id, m.fit])).toEqual([
      ['b', 1],
      ['a', 0.5],
    ]);
    // Only listed: a quarter of a's must-haves, half of b's; every must-have in none.
    const listed = withListed(['jira']);
    expect(listed.standing).toEqual({ listings: 2, meetMost: 1, meetAll: 0 });
    expect(listed.topMatches.map((m) => [m.id, m.fit])).toEqual([
      ['b', 0.5],
      ['a', 0.25],
    ]);
  });

  it('is marked among the skills asked for and shown', () => {
    expect(withListed(['jira']).strengths).toEqual([
      { skill: { id: 'jira', label: 'jira' }, share: 1, listedOnly: true },
    ]);
    expect(withListed([]).strengths).toEqual([{ skill: { id: 'jira', label: 'jira' }, share: 1 }]);
  });

  it('counts in full when a narrower skill shows it in use', () => {
    const s = buildMarketSection({
      personSkillIds: ['agile', 'scrum'],
      listedOnly: ['agile'],
      listings: [listing('c', [['agile', 'required']])],
      basis,
      label: (id) => id,
      broader: (id) => (id === 'scrum' ? ['agile'] : []),
    });
    expect(s.standing).toEqual({ listings: 1, meetMost: 1, meetAll: 1 });
  });
});
