import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { TEST_ROLE } from '../../../test/fixtures/test-role.ts';
import { loadRole } from './load-role.ts';
import type { RoleInput } from './schema.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);
const messages = (role: RoleInput) => {
  const loaded = loadRole(role, taxonomy);
  return loaded.ok ? [] : loaded.error.map((i) => `${i.code}: ${i.message}`);
};

describe('loadRole', () => {
  it('loads a role whose skills the taxonomy knows, with the schema defaults filled in', () => {
    const loaded = loadRole(TEST_ROLE, taxonomy);
    if (!loaded.ok) throw new Error(loaded.error.map((i) => i.message).join());
    expect(loaded.value.id).toBe('test-role');
    expect(loaded.value.requirements.map((r) => [r.skill, r.accepts])).toEqual([
      ['agile', []],
      ['risk-management', [{ skill: 'jira', credit: 0.5 }]],
      ['stakeholder-management', []],
      ['leadership', []],
    ]);
    expect(loaded.value.marketReality).toEqual([]);
  });

  it('reports what the schema refuses, with the path of each', () => {
    expect(loadRole({ ...TEST_ROLE, title: '' }, taxonomy)).toEqual({
      ok: false,
      error: [
        {
          code: 'ROLE_INVALID',
          message: 'Too small: expected string to have >=1 characters',
          path: 'title',
        },
      ],
    });
  });

  it('gives the path of a refused field inside a requirement, its parts joined by dots', () => {
    const [agile, ...rest] = TEST_ROLE.requirements;
    const loaded = loadRole({ ...TEST_ROLE, requirements: [{ ...agile!, weight: -1 }, ...rest] }, taxonomy);
    expect(loaded.ok ? [] : loaded.error.map((i) => [i.code, i.path])).toEqual([
      ['ROLE_INVALID', 'requirements.0.weight'],
    ]);
  });

  it('names each unknown skill with where the role names it', () => {
    const [agile, risk, ...rest] = TEST_ROLE.requirements;
    expect(
      messages({
        ...TEST_ROLE,
        requirements: [
          agile!,
          {
            ...risk!,
            accepts: [
              { skill: 'jira', credit: 0.5 },
              { skill: 'fortran', credit: 0.5 },
            ],
          },
          ...rest,
          { ...agile!, skill: 'cobol' },
        ],
        marketReality: [{ topic: 'Certificates', listed: 'l', real: 'r', skills: ['csm', 'pmp-cert'] }],
      }),
    ).toEqual([
      'ROLE_UNKNOWN_SKILL: role "test-role" requirement "risk-management" accepts names unknown skill "fortran"',
      'ROLE_UNKNOWN_SKILL: role "test-role" requirement 4 names unknown skill "cobol"',
      'ROLE_UNKNOWN_SKILL: role "test-role" market note "Certificates" names unknown skill "pmp-cert"',
    ]);
  });

  it('reports a skill required twice, and a product-description rule naming no requirement', () => {
    const [agile] = TEST_ROLE.requirements;
    expect(
      messages({
        ...TEST_ROLE,
        requirements: [...TEST_ROLE.requirements, { ...agile!, weight: 1 }],
        productDescriptions: { countFor: ['agile', 'leadership', 'jira'], why: 'w' },
      }),
    ).toEqual([
      'ROLE_DUPLICATE_REQUIREMENT: role "test-role" lists "agile" twice',
      'ROLE_UNKNOWN_REQUIREMENT: role "test-role" productDescriptions.countFor names "jira", which is not one of its requirements',
    ]);
    expect(messages({ ...TEST_ROLE, productDescriptions: { countFor: ['agile'], why: 'w' } })).toEqual([]);
  });

  it('reports a far-from-technology rule naming no requirement', () => {
    const outsideField = (requirements: string[]) => ({
      category: 'soft' as const,
      factor: 0.5,
      why: 'w',
      withoutTechnology: { factor: 0.5, requirements, why: 'w' },
    });
    expect(messages({ ...TEST_ROLE, outsideField: outsideField(['agile', 'budgeting']) })).toEqual([
      'ROLE_UNKNOWN_REQUIREMENT: role "test-role" outsideField.withoutTechnology.requirements names "budgeting", which is not one of its requirements',
    ]);
    expect(messages({ ...TEST_ROLE, outsideField: outsideField(['agile']) })).toEqual([]);
    const usersSide = (requirement: string, skills: string[]) => ({
      ...outsideField(['agile']),
      usersSide: { requirement, skills, why: 'w' },
    });
    expect(messages({ ...TEST_ROLE, outsideField: usersSide('budgeting', ['no-such-skill']) })).toEqual([
      'ROLE_UNKNOWN_SKILL: role "test-role" outsideField.usersSide names unknown skill "no-such-skill"',
      'ROLE_UNKNOWN_REQUIREMENT: role "test-role" outsideField.usersSide.requirement names "budgeting", which is not one of its requirements',
    ]);
  });
});

describe('scoreBands', () => {
  const band = (from: number) => ({ from, label: `from ${from}`, meaning: 'a band' });
  const ORDER =
    'ROLE_INVALID: scoreBands must be listed from the highest band down, each starting lower than the one before';
  const LAST = 'ROLE_INVALID: the last of scoreBands must start at 0, so every score has a band';

  it('accepts bands from the highest down to one at 0, and none at all', () => {
    expect(messages({ ...TEST_ROLE, scoreBands: [band(70), band(40), band(0)] })).toEqual([]);
    expect(messages({ ...TEST_ROLE, scoreBands: [band(0)] })).toEqual([]);
    expect(messages({ ...TEST_ROLE, scoreBands: [] })).toEqual([]);
  });

  it('refuses bands out of order or two starting at the same score', () => {
    expect(messages({ ...TEST_ROLE, scoreBands: [band(40), band(70), band(0)] })).toEqual([ORDER]);
    expect(messages({ ...TEST_ROLE, scoreBands: [band(70), band(40), band(40), band(0)] })).toEqual([ORDER]);
  });

  it('refuses a last band that does not start at 0', () => {
    expect(messages({ ...TEST_ROLE, scoreBands: [band(70), band(40)] })).toEqual([LAST]);
  });
});
