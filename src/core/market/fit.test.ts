import { describe, expect, it } from 'vitest';
import { expandWithBroader, listingFit, quantile } from './fit.ts';
import type { ListingSkillSet } from './listing.ts';

// The fit of one listing and the quantiles of the market view (docs/market.md), pinned where
// StrykerJS found them free (issue 15, docs/testing.md).
const listing = (skills: ListingSkillSet['skills']): ListingSkillSet => ({ id: 'l1', title: 'TPM', skills });

describe('listingFit', () => {
  it('weighs required 1, mentioned 0.75, preferred 0.5', () => {
    const fit = listingFit(
      new Set(['jira', 'sql']),
      listing([
        { skillId: 'jira', requirement: 'required' },
        { skillId: 'agile', requirement: 'mentioned' },
        { skillId: 'sql', requirement: 'preferred' },
      ]),
    );
    expect(fit?.fit).toBeCloseTo(1.5 / 2.25);
  });

  it('lists what matched in name order, and what is missing by weight, then name', () => {
    const fit = listingFit(
      new Set(['zeplin', 'agile']),
      listing([
        { skillId: 'zeplin', requirement: 'preferred' },
        { skillId: 'scrum', requirement: 'preferred' },
        { skillId: 'agile', requirement: 'required' },
        { skillId: 'kanban', requirement: 'preferred' },
        { skillId: 'sql', requirement: 'mentioned' },
        { skillId: 'jira', requirement: 'required' },
        { skillId: 'aws', requirement: 'mentioned' },
      ]),
    );
    expect(fit?.matched).toEqual(['agile', 'zeplin']);
    expect(fit?.missing).toEqual(['jira', 'aws', 'sql', 'kanban', 'scrum']);
  });

  it('is undefined for a listing that names no skill', () => {
    expect(listingFit(new Set(['jira']), listing([]))).toBeUndefined();
  });
});

describe('expandWithBroader', () => {
  const broader = (id: string): readonly string[] =>
    ({ jira: ['issue-tracking'], 'issue-tracking': ['pm-tools'], csm: ['scrum'], scrum: ['agile'] })[id] ??
    [];

  it('adds every broader skill, however far up', () => {
    expect([...expandWithBroader(['jira', 'csm'], broader)].sort()).toEqual([
      'agile',
      'csm',
      'issue-tracking',
      'jira',
      'pm-tools',
      'scrum',
    ]);
  });

  it('visits a skill once, even in a cycle, and keeps the skills alone without a hierarchy', () => {
    const calls: string[] = [];
    const cyclic = (id: string) => {
      calls.push(id);
      return id === 'a' ? ['b'] : ['a'];
    };
    expect([...expandWithBroader(['a', 'a', 'b'], cyclic)].sort()).toEqual(['a', 'b']);
    expect(calls.sort()).toEqual(['a', 'b']);
    expect([...expandWithBroader(['x', 'y'])]).toEqual(['y', 'x']);
  });
});

describe('quantile', () => {
  it('interpolates between the two nearest values', () => {
    const sorted = [10, 20, 40, 80];
    expect(quantile(sorted, 0)).toBe(10);
    expect(quantile(sorted, 1)).toBe(80);
    expect(quantile(sorted, 0.5)).toBe(30);
    expect(quantile(sorted, 0.25)).toBeCloseTo(17.5);
    expect(quantile(sorted, 0.9)).toBeCloseTo(68);
    expect(quantile([7], 0.5)).toBe(7);
  });

  it('is 0 for no values', () => {
    expect(quantile([], 0.5)).toBe(0);
  });
});
