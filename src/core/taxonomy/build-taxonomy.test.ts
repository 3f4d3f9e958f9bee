// The lookups of a taxonomy (build-taxonomy.ts): a skill by id, the skills below one through
// `broader` links, and the skills above one, nearest first.
import { describe, expect, it } from 'vitest';
import { broaderChain, buildTaxonomy } from './build-taxonomy.ts';
import type { Matcher } from './matcher.ts';
import type { Skill, TaxonomyFile } from './schema.ts';

const skill = (id: string, broader: string[] = []): Skill =>
  ({
    id,
    label: id,
    kind: 'methodology',
    aliases: [],
    patterns: [],
    broader,
    related: [],
    esco: [],
  }) as unknown as Skill;

//   project-management
//   ├── agile ── scrum ── sprint-planning
//   └── risk-management
//   and sprint-planning is also under planning (two parents).
const FILE: TaxonomyFile = {
  version: '7',
  attribution: ['ESCO'],
  lookalikes: ['scrum of scrums'],
  skills: [
    skill('project-management'),
    skill('agile', ['project-management']),
    skill('scrum', ['agile']),
    skill('planning'),
    skill('sprint-planning', ['scrum', 'planning']),
    skill('risk-management', ['project-management']),
  ],
} as unknown as TaxonomyFile;
const matcher = {} as Matcher;

describe('taxonomy lookups', () => {
  const t = buildTaxonomy(FILE, matcher);

  it('keeps the file’s version, attribution, skills, lookalikes and matcher', () => {
    expect([t.version, t.attribution, t.skills, t.lookalikes]).toEqual([
      '7',
      ['ESCO'],
      FILE.skills,
      ['scrum of scrums'],
    ]);
    expect(t.matcher).toBe(matcher);
    expect(t.byId.get('scrum')).toBe(FILE.skills[2]);
    expect(t.byId.size).toBe(6);
  });

  it('gives a skill and every skill below it, however deep', () => {
    expect([...t.narrower('project-management')].sort()).toEqual([
      'agile',
      'project-management',
      'risk-management',
      'scrum',
      'sprint-planning',
    ]);
    expect([...t.narrower('planning')]).toEqual(['planning', 'sprint-planning']);
    expect([...t.narrower('sprint-planning')]).toEqual(['sprint-planning']);
    expect([...t.narrower('unknown')]).toEqual(['unknown']);
  });

  it('gives the same set each time it is asked', () => {
    expect(t.narrower('agile')).toBe(t.narrower('agile'));
  });

  it('gives every skill above one, nearest first, and none for a top skill or an unknown id', () => {
    expect(t.ancestors('sprint-planning')).toEqual(['scrum', 'planning', 'agile', 'project-management']);
    expect(t.ancestors('project-management')).toEqual([]);
    expect(t.ancestors('unknown')).toEqual([]);
  });

  it('counts a skill reached by two paths once', () => {
    const diamond = buildTaxonomy(
      {
        ...FILE,
        skills: [
          skill('top'),
          skill('left', ['top']),
          skill('right', ['top']),
          skill('bottom', ['left', 'right']),
        ],
      },
      matcher,
    );
    expect(diamond.ancestors('bottom')).toEqual(['left', 'right', 'top']);
    expect([...diamond.narrower('top')].sort()).toEqual(['bottom', 'left', 'right', 'top']);
  });
});

describe('broader links that loop', () => {
  it('says when a skill reaches itself, and stops', () => {
    const a = skill('a', ['b']);
    const byId = new Map([
      ['a', a],
      ['b', skill('b', ['c'])],
      ['c', skill('c', ['a'])],
    ]);
    expect(broaderChain(a, byId)).toEqual({ ancestors: ['b', 'c'], cycle: true });
    expect(broaderChain(skill('d', ['e']), byId)).toEqual({ ancestors: ['e'], cycle: false });
  });

  it('stops on a loop that does not pass through the skill', () => {
    const byId = new Map([
      ['b', skill('b', ['c'])],
      ['c', skill('c', ['b'])],
    ]);
    expect(broaderChain(skill('a', ['b']), byId)).toEqual({ ancestors: ['b', 'c'], cycle: false });
  });
});
