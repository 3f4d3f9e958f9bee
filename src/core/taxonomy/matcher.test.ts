import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { inflections, spellingTwin } from './matcher.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);
const ids = (text: string) => taxonomy.matcher.match(text).map((m) => m.skillId);
const spans = (text: string) => taxonomy.matcher.match(text).map((m) => text.slice(m.start, m.end));

describe('matcher', () => {
  it('matches case-insensitively on whole tokens', () => {
    expect(ids('JIRA, jira and Atlassian Jira')).toEqual(['jira', 'jira', 'jira']);
  });

  it('never finds Java inside JavaScript', () => {
    expect(ids('JavaScript and Java')).toEqual(['javascript', 'java']);
  });

  it('prefers the longest match at a position', () => {
    expect(spans('Certified Scrum Master since 2019')).toEqual(['Certified Scrum Master']);
    expect(ids('Scrum Master for two teams')).toEqual(['scrum']);
  });

  it('ignores punctuation between tokens', () => {
    expect(ids('CI-CD, CI/CD and ci cd')).toEqual(['ci-cd', 'ci-cd', 'ci-cd']);
  });

  it('matches inflected phrase patterns, with wildcards', () => {
    expect(spans('Mitigated delivery risks; managed key stakeholders')).toEqual([
      'Mitigated delivery risks',
      'managed key stakeholders',
    ]);
  });

  it('goes on matching inside a phrase pattern, never inside a name', () => {
    // "manage * stakeholder" takes "Jira" as its wildcard: the tool is named there all the same.
    expect(ids('Managed Jira stakeholders')).toEqual(['stakeholder-management', 'jira']);
    expect(spans('Managed Jira stakeholders')).toEqual(['Managed Jira stakeholders', 'Jira']);
    // The object of a phrase without a wildcard too: "mitigate risk" reads on into "risk register".
    expect(spans('Mitigate risk register items')).toEqual(['Mitigate risk', 'risk register']);
    // A name keeps its words: "Scrum Master" is one match, not Scrum twice.
    expect(spans('Certified Scrum Master')).toEqual(['Certified Scrum Master']);
  });

  it('reads both spellings of -ize and -ise words, whichever the taxonomy uses', () => {
    const both = testTaxonomy([
      { id: 'prioritization', label: 'Prioritization', kind: 'soft', patterns: ['prioritize * tasks'] },
      { id: 'organization', label: 'Organization', kind: 'soft', aliases: ['organisational skills'] },
    ]);
    const found = (text: string) => both.matcher.match(text).map((m) => m.skillId);
    expect(found('Prioritised daily tasks')).toEqual(['prioritization']);
    expect(found('Prioritizing daily tasks')).toEqual(['prioritization']);
    expect(found('Strong organizational skills')).toEqual(['organization']);
    expect(found('Strong organisational skills')).toEqual(['organization']);
    expect(spellingTwin('analyse')).toBe('analyze');
    expect(spellingTwin('organizations')).toBe('organisations');
    expect(spellingTwin('size')).toBeUndefined();
    expect(spellingTwin('plans')).toBeUndefined();
  });

  it('reads a range of numbers as one word of a phrase', () => {
    expect(spans('Mitigated 3-4 risks; managed 5–6 stakeholders')).toEqual([
      'Mitigated 3-4 risks',
      'managed 5–6 stakeholders',
    ]);
  });

  it('reads a `#` step as a count, in figures or in words, and as nothing else', () => {
    const counts = testTaxonomy([
      { id: 'team-scope', label: 'Team scope', kind: 'technical', patterns: ['teams # engineers'] },
      // A name that opens with a figure keeps its own edge beside the count's.
      { id: 'five-whys', label: '5 Whys', kind: 'technical', aliases: ['5 whys'] },
      { id: 'sizing', label: 'Sizing', kind: 'technical', patterns: ['# engineers # months'] },
    ]);
    const found = (text: string) => counts.matcher.match(text).map((m) => m.skillId);
    expect(found('4 engineering teams (28 engineers)')).toEqual(['team-scope']);
    expect(found('two teams of 4-8 engineers')).toEqual([]);
    expect(found('teams 25+ engineers')).toEqual(['team-scope']);
    expect(found('teams, twelve engineers')).toEqual(['team-scope']);
    expect(found('teams and engineers')).toEqual([]);
    expect(found('teams 1.2M engineers')).toEqual([]);
    expect(found('5 engineers, 7 months; 5 whys')).toEqual(['sizing', 'five-whys']);
    expect(found('5 whys')).toEqual(['five-whys']);
  });

  it('requires exact case for case-sensitive aliases', () => {
    expect(ids('Go and Golang')).toEqual(['go', 'go']);
    expect(ids('we go there')).toEqual([]);
  });

  it('lets look-alike phrases consume ambiguous names', () => {
    expect(ids('R&D budget, Go live in May')).toEqual(['r', 'go']);
    const guarded = testTaxonomy(SAMPLE_SKILLS, ['r&d', 'go live']);
    expect(guarded.matcher.match('R&D budget, Go live in May, went live in June')).toEqual([]);
  });

  it('matches symbol names', () => {
    expect(ids('C++ and C# on .NET with NodeJS')).toEqual(['cpp', 'csharp', 'dotnet', 'nodejs']);
  });
});

describe('matcher: a listed word and a wildcard at one point', () => {
  const skill = (id: string, patterns: string[]) => ({
    id,
    label: id,
    kind: 'soft' as const,
    aliases: [],
    patterns,
  });
  const tax = testTaxonomy(
    [
      skill('planning', ['manage * project']),
      skill('people', ['manage * teams of', 'manage * * teams of', 'hire * * staff']),
    ],
    ['hired as'],
  );
  const found = (text: string) =>
    tax.matcher.match(text).map((m) => `${m.skillId}:${text.slice(m.start, m.end)}`);

  it('follows both, so a gap still reads past a word another pattern lists', () => {
    // Before session 13 "project" took the listed edge and "manage * * teams of" was never tried.
    expect(found('Managed several project teams of analysts')).toContain(
      'people:Managed several project teams of',
    );
    expect(found('Managed the project budget')).toEqual(['planning:Managed the project']);
  });

  it("reads the listed words' own phrase too when a wildcard path runs longer", () => {
    const tax2 = testTaxonomy([
      skill('release', ['coordinate release']),
      skill('stakeholders', ['coordinate * * * with']),
    ]);
    const text = 'Coordinating release sign-off with developers';
    expect(tax2.matcher.match(text).map((m) => `${m.skillId}:${text.slice(m.start, m.end)}`)).toEqual([
      'stakeholders:Coordinating release sign-off with',
      'release:Coordinating release',
    ]);
  });

  it('keeps a look-alike on the listed path: its span is not read through by a wildcard', () => {
    expect(found('Hired as a staff nurse')).toEqual([]);
    expect(found('Hired a new staff')).toEqual(['people:Hired a new staff']);
  });
});

describe('inflections', () => {
  it('covers plural, past and gerund forms', () => {
    expect(inflections('troubleshoot')).toContain('troubleshot');
    expect(inflections('mitigate')).toEqual(expect.arrayContaining(['mitigates', 'mitigated', 'mitigating']));
    expect(inflections('plan')).toEqual(expect.arrayContaining(['plans', 'planned', 'planning']));
    expect(inflections('oversee')).toEqual(
      expect.arrayContaining(['oversees', 'overseeing', 'oversaw', 'overseen']),
    );
    expect(inflections('oversee')).not.toContain('overseing');
    // A stressed last syllable doubles its consonant, which the short-word rule cannot know.
    expect(inflections('confer')).toEqual(expect.arrayContaining(['conferred', 'conferring', 'confers']));
    expect(inflections('agree')).toEqual(expect.arrayContaining(['agreed', 'agreeing']));
    expect(inflections('lead')).toEqual(expect.arrayContaining(['leads', 'leading', 'led']));
    expect(inflections('write')).toEqual(expect.arrayContaining(['writes', 'writing', 'wrote', 'written']));
    expect(inflections('build')).toEqual(expect.arrayContaining(['builds', 'building', 'built']));
    expect(inflections('manage')).toEqual(expect.arrayContaining(['managing']));
    expect(inflections('manage')).not.toContain('manageing');
    expect(inflections('dependency')).toEqual(expect.arrayContaining(['dependencies']));
    expect(inflections('risks')).toEqual(expect.arrayContaining(['risk']));
  });
});

describe('matcher word forms', () => {
  const t = testTaxonomy([
    {
      id: 'presentation',
      label: 'Presentation',
      kind: 'soft',
      aliases: ['Presenting'],
      patterns: ['present findings'],
    },
  ]);
  it('does not let a pattern inflection reach another path’s output', () => {
    expect(t.matcher.match('must be present in the office').map((m) => m.skillId)).toEqual([]);
    expect(t.matcher.match('Presenting; presented findings').map((m) => m.skillId)).toEqual([
      'presentation',
      'presentation',
    ]);
  });
});

describe('plural names', () => {
  const t = testTaxonomy([
    { id: 'estimation', label: 'Estimation', kind: 'technical', aliases: ['Effort Estimation'] },
    { id: 'code-review', label: 'Code review', kind: 'technical', aliases: ['Code Review'] },
    { id: 'dependency', label: 'Dependency', kind: 'technical', aliases: ['Cross-team Dependency'] },
    { id: 'rally', label: 'Rally', kind: 'tool', aliases: ['Rally'] },
    { id: 'go', label: 'Go', kind: 'tool', aliases: [{ text: 'Go Lang', caseSensitive: true }] },
  ]);
  const found = (text: string) => t.matcher.match(text).map((m) => text.slice(m.start, m.end));
  it('lets the last word of a name of several words be plural', () => {
    expect(found('effort estimations, code reviews, cross-team dependencies')).toEqual([
      'effort estimations',
      'code reviews',
      'cross-team dependencies',
    ]);
  });
  it('keeps one-word and exact-case names literal', () => {
    expect(found('rallies and Go Langs')).toEqual([]);
    expect(found('Rally and Go Lang')).toEqual(['Rally', 'Go Lang']);
  });
});

describe('look-alike phrases', () => {
  const t = testTaxonomy(
    [{ id: 'leadership', label: 'Leadership', kind: 'soft', aliases: ['Leadership'] }],
    ['engineering leadership', 'communication between * services'],
  );
  it('does not read leadership as an audience as the skill', () => {
    expect(t.matcher.match('Reported trends to engineering leadership').length).toBe(0);
    expect(t.matcher.match('Leadership: led a team of 6').map((m) => m.skillId)).toEqual(['leadership']);
  });
});

describe('line breaks', () => {
  it('never matches a phrase across lines', () => {
    const t = testTaxonomy([{ id: 'x', label: 'X', kind: 'soft', aliases: ['customer experience'] }]);
    expect(t.matcher.match('customer\nExperience').length).toBe(0);
    expect(t.matcher.match('customer  experience').length).toBe(1);
  });
});
