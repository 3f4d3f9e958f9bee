import { describe, expect, it } from 'vitest';
import { loadTaxonomy, validateTaxonomy } from './load-taxonomy.ts';
import type { SkillInput } from './schema.ts';

const skill = (id: string, more: Partial<SkillInput> = {}): SkillInput => ({
  id,
  label: id,
  kind: 'technical',
  aliases: [id],
  ...more,
});
const errors = (skills: SkillInput[]) => {
  const valid = validateTaxonomy({ version: 't', skills });
  return valid.ok ? [] : valid.error;
};

describe('validateTaxonomy', () => {
  it('passes a taxonomy whose links all name its skills, with the schema defaults filled in', () => {
    const valid = validateTaxonomy({
      version: '1',
      skills: [skill('agile'), skill('scrum', { broader: ['agile'], related: ['agile'] })],
    });
    expect(valid).toEqual({
      ok: true,
      value: {
        version: '1',
        attribution: [],
        lookalikes: [],
        together: [],
        skills: [
          {
            id: 'agile',
            label: 'agile',
            kind: 'technical',
            aliases: ['agile'],
            patterns: [],
            broader: [],
            related: [],
            esco: [],
          },
          {
            id: 'scrum',
            label: 'scrum',
            kind: 'technical',
            aliases: ['scrum'],
            patterns: [],
            broader: ['agile'],
            related: ['agile'],
            esco: [],
          },
        ],
      },
    });
  });

  it('reports what the schema refuses, with the path of each', () => {
    expect(
      validateTaxonomy({ version: 't', skills: [{ id: 'Not Kebab', label: 'x', kind: 'technical' }] }),
    ).toEqual({
      ok: false,
      error: [{ code: 'TAXONOMY_INVALID', message: 'ids are lowercase kebab-case', path: 'skills.0.id' }],
    });
  });

  it('reports each duplicate id, unknown link (broader, related, nearWords, together rules) and cycle', () => {
    expect(errors([skill('a'), skill('b'), skill('a')])).toEqual([
      { code: 'TAXONOMY_DUPLICATE_ID', message: 'duplicate skill id "a"' },
    ]);
    expect(
      errors([
        skill('a', { broader: ['x'] }),
        skill('b', { related: ['y', 'a'] }),
        skill('c', { nearWords: { words: ['servers'], becomes: 'z' } }),
        skill('d', { nearWords: { words: ['servers'], becomes: 'a' } }),
      ]),
    ).toEqual([
      { code: 'TAXONOMY_UNKNOWN_REF', message: 'skill "a" links to unknown skill "x"' },
      { code: 'TAXONOMY_UNKNOWN_REF', message: 'skill "b" links to unknown skill "y"' },
      { code: 'TAXONOMY_UNKNOWN_REF', message: 'skill "c" links to unknown skill "z"' },
    ]);
    expect(
      validateTaxonomy({
        version: 't',
        skills: [skill('a')],
        together: [{ skill: 'a', groups: Array.from({ length: 17 }, (_, k) => [`w${k}`]) }],
      }).ok,
    ).toBe(false);
    expect(
      validateTaxonomy({
        version: 't',
        skills: [skill('a')],
        together: [{ skill: 'x', groups: [['client'], ['developers']] }],
      }),
    ).toEqual({
      ok: false,
      error: [{ code: 'TAXONOMY_UNKNOWN_REF', message: 'a together rule shows unknown skill "x"' }],
    });
    expect(
      errors([
        skill('a', { broader: ['b'] }),
        skill('b', { broader: ['a'] }),
        skill('c', { broader: ['a'] }),
      ]),
    ).toEqual([
      { code: 'TAXONOMY_CYCLE', message: 'skill "a" is its own broader skill' },
      { code: 'TAXONOMY_CYCLE', message: 'skill "b" is its own broader skill' },
    ]);
  });
});

describe('loadTaxonomy', () => {
  it('builds the lookups and a matcher of a valid taxonomy, and passes the issues of an invalid one on', () => {
    const loaded = loadTaxonomy({
      version: '2',
      skills: [skill('agile'), skill('scrum', { broader: ['agile'] })],
    });
    if (!loaded.ok) throw new Error(loaded.error.map((i) => i.message).join());
    expect(loaded.value.version).toBe('2');
    expect([...loaded.value.byId.keys()]).toEqual(['agile', 'scrum']);
    expect(loaded.value.matcher.match('Led scrum ceremonies').map((m) => m.skillId)).toEqual(['scrum']);
    expect(loadTaxonomy({ version: '2', skills: [skill('a'), skill('a')] })).toEqual({
      ok: false,
      error: [{ code: 'TAXONOMY_DUPLICATE_ID', message: 'duplicate skill id "a"' }],
    });
  });
});
