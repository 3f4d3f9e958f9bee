// The packed form of a listing's skills (as the store keeps them) and the columnar index that
// compares one person against many listings (skill-set-index.ts).
import { describe, expect, it } from 'vitest';
import type { ListingSkill, ListingSkillSet } from './listing.ts';
import {
  indexDemandShares,
  indexPackedSkillSets,
  indexSkillSets,
  isSkillSetIndex,
  KIND_CODES,
  packSkills,
  type SkillSetIndex,
  unpackSkills,
} from './skill-set-index.ts';

const skills: ListingSkill[] = [
  { skillId: 'jira', requirement: 'required' },
  { skillId: 'sql', requirement: 'mentioned' },
  { skillId: 'agile', requirement: 'required' },
  { skillId: 'python', requirement: 'preferred' },
];

/** Each listing of an index back as skill objects, in index order. */
const listingsOf = (index: SkillSetIndex) =>
  Array.from({ length: index.size }, (_, i) => {
    const out: ListingSkill[] = [];
    for (let e = index.offsets[i]!; e < index.offsets[i + 1]!; e++)
      out.push({ skillId: index.skillIds[index.skills[e]!]!, requirement: KIND_CODES[index.kinds[e]!]! });
    return { id: index.ids[i], title: index.titles[i], company: index.companies[i], skills: out };
  });

describe('packed skills', () => {
  it('groups the skills by how the listing asks for them: required, preferred, then mentioned', () => {
    expect(packSkills(skills)).toBe('r:jira,agile;p:python;m:sql');
    expect(packSkills([{ skillId: 'sql', requirement: 'mentioned' }])).toBe('m:sql');
    expect(packSkills([])).toBe('');
  });

  it('unpacks to the same skills, grouped', () => {
    expect(unpackSkills('r:jira,agile;p:python;m:sql')).toEqual([
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'agile', requirement: 'required' },
      { skillId: 'python', requirement: 'preferred' },
      { skillId: 'sql', requirement: 'mentioned' },
    ]);
    expect(unpackSkills('')).toEqual([]);
  });

  it('skips a group of an unknown kind and empty ids', () => {
    expect(unpackSkills('x:jira;p:python,,sql,;m:')).toEqual([
      { skillId: 'python', requirement: 'preferred' },
      { skillId: 'sql', requirement: 'preferred' },
    ]);
  });
});

describe('the index', () => {
  const sets: ListingSkillSet[] = [
    { id: 'l1', title: 'TPM', company: 'Acme', skills: skills.slice(0, 2) },
    { id: 'l2', title: 'Program Manager', skills: [] },
    { id: 'l3', title: 'Delivery Lead', company: 'Globex', skills: skills.slice(1) },
  ];

  it('holds each listing with its skills, ids interned once', () => {
    const index = indexSkillSets(sets);
    expect(index.size).toBe(3);
    expect(index.skillIds).toEqual(['jira', 'sql', 'agile', 'python']);
    expect([...index.offsets]).toEqual([0, 2, 2, 5]);
    expect(listingsOf(index)).toEqual(sets.map((s) => ({ ...s, company: s.company })));
  });

  it('reads packed rows to the same index', () => {
    const rows = sets.map((s) => ({
      id: s.id,
      title: s.title,
      company: s.company,
      skills: packSkills(s.skills),
    }));
    const index = indexPackedSkillSets(rows);
    expect(listingsOf(index).map((l) => [l.id, l.company, packSkills(l.skills)])).toEqual(
      rows.map((r) => [r.id, r.company, r.skills]),
    );
  });

  it('grows past its first 1,024 entries without losing one', () => {
    const many: ListingSkillSet[] = Array.from({ length: 700 }, (_, i) => ({
      id: `l${i}`,
      title: 'TPM',
      skills: [
        { skillId: `s${i % 3}`, requirement: 'required' },
        { skillId: `t${i % 5}`, requirement: KIND_CODES[i % 3]! },
      ],
    }));
    const index = indexSkillSets(many);
    expect(index.skills).toHaveLength(1400);
    expect(index.kinds).toHaveLength(1400);
    expect(listingsOf(index)).toEqual(many.map((s) => ({ ...s, company: undefined })));
  });

  it('gives the share of listings that ask for each skill', () => {
    expect(indexDemandShares(indexSkillSets(sets))).toEqual(
      new Map([
        ['jira', 1 / 3],
        ['sql', 2 / 3],
        ['agile', 1 / 3],
        ['python', 1 / 3],
      ]),
    );
    expect(indexDemandShares(indexSkillSets([]))).toEqual(new Map());
  });

  it('tells an index from skill sets given as objects', () => {
    expect(isSkillSetIndex(indexSkillSets(sets))).toBe(true);
    expect(isSkillSetIndex(sets)).toBe(false);
    expect(isSkillSetIndex(null)).toBe(false);
    expect(isSkillSetIndex('offsets')).toBe(false);
    expect(isSkillSetIndex({ offsets: [0, 2] })).toBe(false);
  });
});
