import { describe, expect, it } from 'vitest';
import { compileVocabulary, wordPattern } from './vocabulary.ts';

// The rules of the audit's phrase data that StrykerJS found unpinned (issue 15, docs/testing.md): what
// the loader accepts and rejects, and how each pattern is compiled. Built from small data in the test.

const vocab = { lang: 'Java|C\\+\\+|\\.NET', stack: 'React', ops: 'Terraform' };
const cue = (fields: Record<string, unknown> = {}) => ({
  id: 'dev-code',
  family: 'software-development',
  label: 'writing code',
  weight: 2,
  pattern: 'write {lang} code',
  ...fields,
});
const raciRow = (raci: Record<string, string>, fields: Record<string, unknown> = {}) => ({
  id: 'release',
  label: 'Run the release',
  pattern: 'releases?',
  raci,
  ...fields,
});
const data = (parts: { cues?: unknown[]; raci?: unknown[]; partnerFunction?: string } = {}) => ({
  cues: {
    vocab,
    partnerFunction: parts.partnerFunction ?? 'legal|finance|marketing',
    cues: parts.cues ?? [cue()],
  },
  titles: { rules: [{ family: 'technical-program-management', pattern: 'technical program manager' }] },
  essentials: { essentials: [{ id: 'risk', label: 'risk', advice: 'Name the risks.', pattern: 'risks?' }] },
  raci: {
    roles: ['TPM', 'Developers'],
    activities: parts.raci ?? [raciRow({ TPM: 'A/R', Developers: 'C' })],
  },
});
const shape = (re: RegExp | undefined) => (re === undefined ? undefined : [re.source, re.flags]);

describe('wordPattern', () => {
  it('matches whole words only, also around "C++" and ".NET", in any case unless asked', () => {
    const re = wordPattern('write {lang} code', vocab);
    expect(
      ['Write C++ code daily', 'write .NET code', 'rewrite Java code', 'write Java codes'].map((t) =>
        re.test(t),
      ),
    ).toEqual([true, true, false, false]);
    const exact = wordPattern('Go', vocab, true);
    expect([exact.test('Go services'), exact.test('go live'), exact.flags]).toEqual([true, false, '']);
    expect(wordPattern('{stack} or {ops}', vocab).test('react or terraform')).toBe(true);
  });

  it('expands a vocabulary the data lacks to nothing', () => {
    expect(wordPattern('x{ops}y', {}).source).toBe('(?<![\\w])(?:x(?:)y)(?![\\w])');
  });
});

describe('compileVocabulary', () => {
  it('compiles each cue with its defaults: any section, no flag, case-insensitive, no exception', () => {
    const v = compileVocabulary(
      data({
        cues: [
          cue(),
          cue({
            id: 'dev-go',
            pattern: 'Go',
            caseSensitive: true,
            where: 'duty',
            flag: 'production-coding',
            unless: 'Go-?live',
          }),
        ],
      }),
    );
    expect(v.cues.map((c) => ({ ...c, re: shape(c.re), unless: shape(c.unless) }))).toEqual([
      {
        id: 'dev-code',
        family: 'software-development',
        domain: undefined,
        label: 'writing code',
        weight: 2,
        where: 'any',
        flag: undefined,
        re: ['(?<![\\w])(?:write (?:Java|C\\+\\+|\\.NET) code)(?![\\w])', 'i'],
        unless: undefined,
      },
      {
        id: 'dev-go',
        family: 'software-development',
        domain: undefined,
        label: 'writing code',
        weight: 2,
        where: 'duty',
        flag: 'production-coding',
        re: ['(?<![\\w])(?:Go)(?![\\w])', ''],
        unless: ['(?<![\\w])(?:Go-?live)(?![\\w])', 'i'],
      },
    ]);
  });

  it('compiles titles, essentials, RACI rows (not always, unless said) and the languages', () => {
    const v = compileVocabulary(
      data({
        raci: [
          raciRow({ TPM: 'A/R', Developers: 'C' }),
          raciRow({ TPM: 'R', Developers: 'A' }, { id: 'plan', always: true }),
        ],
      }),
    );
    expect(v.titles.map((t) => [t.family, shape(t.re)])).toEqual([
      ['technical-program-management', ['(?<![\\w])(?:technical program manager)(?![\\w])', 'i']],
    ]);
    expect(v.essentials.map((e) => ({ ...e, re: shape(e.re) }))).toEqual([
      { id: 'risk', label: 'risk', advice: 'Name the risks.', re: ['(?<![\\w])(?:risks?)(?![\\w])', 'i'] },
    ]);
    expect(v.raciRoles).toEqual(['TPM', 'Developers']);
    expect(v.raci.map((a) => ({ ...a, re: shape(a.re) }))).toEqual([
      {
        id: 'release',
        label: 'Run the release',
        always: false,
        re: ['(?<![\\w])(?:releases?)(?![\\w])', 'i'],
        raci: { TPM: 'A/R', Developers: 'C' },
      },
      {
        id: 'plan',
        label: 'Run the release',
        always: true,
        re: ['(?<![\\w])(?:releases?)(?![\\w])', 'i'],
        raci: { TPM: 'R', Developers: 'A' },
      },
    ]);
    expect(shape(v.languages)).toEqual(['(?<![\\w])(?:(?:Java|C\\+\\+|\\.NET))(?![\\w])', 'gi']);
  });

  it('reads three or more partner functions, each maybe followed by "teams", as a list', () => {
    const { partnerList } = compileVocabulary(data());
    const lists = (text: string) => text.match(partnerList);
    expect(lists('Work with Legal, Finance and Marketing teams daily')).toEqual([
      'Legal, Finance and Marketing teams',
    ]);
    expect(lists('legal teams, finance groups, or marketing functions')).toEqual([
      'legal teams, finance groups, or marketing functions',
    ]);
    expect(
      lists('legal & finance / marketing organisations; finance orgs, legal, & marketing organizations'),
    ).toEqual([
      'legal & finance / marketing organisations',
      'finance orgs, legal, & marketing organizations',
    ]);
    expect(lists('legal or finance or marketing team')).toEqual(['legal or finance or marketing team']);
    expect(lists('legal and finance teams')).toBeNull();
    expect(lists('paralegal, finance and marketing')).toBeNull();
    expect(lists('legal, finance and marketingx')).toBeNull();
  });

  it('rejects a cue naming both a family and a domain, or neither', () => {
    expect(() => compileVocabulary(data({ cues: [cue({ domain: 'technical' })] }))).toThrow(
      /a cue names either a role family or a domain/,
    );
    expect(() => compileVocabulary(data({ cues: [cue({ family: undefined })] }))).toThrow(
      /a cue names either a role family or a domain/,
    );
    expect(
      compileVocabulary(data({ cues: [cue({ family: undefined, domain: 'technical' })] })).cues[0]?.domain,
    ).toBe('technical');
  });

  it('rejects a pattern that is no regular expression, with or without a vocabulary in it', () => {
    expect(() => compileVocabulary(data({ cues: [cue({ pattern: 'write {lang} (code' })] }))).toThrow(
      /not a valid regular expression/,
    );
    expect(() => compileVocabulary(data({ cues: [cue({ unless: '[a-' })] }))).toThrow(
      /not a valid regular expression/,
    );
  });

  it('rejects two cues with one id', () => {
    expect(() => compileVocabulary(data({ cues: [cue(), cue()] }))).toThrow(
      'data/audit/cues.json: duplicate cue id dev-code',
    );
  });

  it('rejects a RACI row that leaves a role out, adds one, or names another', () => {
    for (const raci of [{ TPM: 'A' }, { TPM: 'A', Developers: 'C', QA: 'I' }, { TPM: 'A', QA: 'C' }])
      expect(() => compileVocabulary(data({ raci: [raciRow(raci)] }))).toThrow(
        /RACI row release must assign every role/,
      );
  });

  it('needs exactly one accountable role in a RACI row, "A/R" counting as one', () => {
    expect(() => compileVocabulary(data({ raci: [raciRow({ TPM: 'R', Developers: 'C' })] }))).toThrow(
      /RACI row release needs exactly one A/,
    );
    expect(() => compileVocabulary(data({ raci: [raciRow({ TPM: 'A/R', Developers: 'A' })] }))).toThrow(
      /RACI row release needs exactly one A/,
    );
    expect(
      compileVocabulary(data({ raci: [raciRow({ TPM: 'C', Developers: 'A/R' })] })).raci[0]?.raci,
    ).toEqual({
      TPM: 'C',
      Developers: 'A/R',
    });
  });
});
