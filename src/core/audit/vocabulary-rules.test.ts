import { describe, expect, it } from 'vitest';
import { auditPosting } from './audit.ts';
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

// The shipped cues on postings shaped like the hand-labelled ones (eval/audit/labels.jsonl): a big
// employer's TPM qualifications under duties that are the hands-on work (issue 13, docs/audit.md).
describe('the default cues: duties that are the hands-on work', () => {
  const TPM_QUALIFICATIONS = [
    'Minimum qualifications:',
    '- 6+ years of experience in technical program management.',
    '- Experience managing multiple projects and meeting deadlines in a fast-paced environment.',
    '- Experience communicating with executives and influencing senior stakeholders.',
    '- Experience identifying and mitigating risks and dependencies across teams.',
  ];
  const audit = (...duties: string[]) => {
    const a = auditPosting({
      title: 'Technical Program Manager',
      text: ['Responsibilities:', ...duties.map((d) => `- ${d}`), ...TPM_QUALIFICATIONS].join('\n'),
    });
    if (!a.ok) throw new Error(a.error.message);
    const { verdict, handsOnShare, reason } = a.value.verdict;
    const flagged = a.value.content.evidence.filter((e) => e.flag !== undefined);
    return { verdict, handsOnShare, reason, flagged: flagged.map((e) => `${e.cueId}: ${e.phrase}`) };
  };

  it('calls a TPM whose duties build the pipelines and dashboards a disguised developer, whatever the qualifications ask', () => {
    expect(
      audit(
        'Drive measurement projects end-to-end with the communications team.',
        'Create data pipelines in SQL and Python that track campaign metrics.',
        'Develop and maintain dashboards to communicate findings to stakeholders.',
      ),
    ).toEqual({
      verdict: 'disguised-developer',
      handsOnShare: 0.3,
      reason:
        'The duties are hands-on work: 2 of them build something and 63% of their evidence is engineering; delivery management is mostly in the requirements.',
      flagged: ['dev-data-build: Create data pipelines', 'dev-data-build: Develop and maintain dashboards'],
    });
  });

  it('keeps the same building duties a hybrid when coordination duties outweigh them, or only one builds', () => {
    const coordinated = audit(
      'Create data pipelines in SQL and Python that track campaign metrics.',
      'Develop and maintain dashboards for the measurement program.',
      'Own the program schedule, milestones and launch plans across teams.',
      'Coordinate the engineering, data science and research teams and track risks and dependencies.',
      'Report status to stakeholders and leadership every week.',
    );
    expect([coordinated.verdict, coordinated.handsOnShare, coordinated.flagged.length]).toEqual([
      'hybrid',
      0.18,
      2,
    ]);
    const oneBuilds = audit(
      'Coordinate the engineering teams that build our data platform.',
      'Own the program schedule and milestones.',
      'Create data pipelines in SQL and Python that track campaign metrics.',
    );
    expect([oneBuilds.verdict, oneBuilds.handsOnShare, oneBuilds.flagged]).toEqual([
      'hybrid',
      0.17,
      ['dev-data-build: Create data pipelines'],
    ]);
  });

  it('takes running experiments and evaluations and contributing to publications for research work the role does', () => {
    expect(
      audit(
        'Directly contribute to experiments, including designing experimental details, writing reusable code, running evaluations and organizing results.',
        'Contribute to publications and open-source releases.',
        'Prioritize research that can be applied to product development.',
        'Work across teams in cross-functional collaboration.',
      ),
    ).toEqual({
      verdict: 'disguised-developer',
      handsOnShare: 0.35,
      reason:
        'The duties are hands-on work: 2 of them build something and 84% of their evidence is engineering; delivery management is mostly in the requirements.',
      flagged: [
        'dev-write-code: writing reusable code',
        'dev-research: running evaluations',
        'dev-research: Contribute to publications',
      ],
    });
  });

  it('does not take driving researchers to run experiments, or reviewing their publications, for research work', () => {
    expect(
      audit(
        'Drive the research teams to run experiments on schedule and track their milestones.',
        'Coordinate reviews of the publications the scientists write.',
        'Own the program plan and manage risks and dependencies across teams.',
      ),
    ).toEqual({
      verdict: 'genuine',
      handsOnShare: 0,
      reason: 'Delivery management dominates; hands-on engineering is 0% of the evidence.',
      flagged: [],
    });
  });
});
