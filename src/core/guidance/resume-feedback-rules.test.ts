// The rules of the resume feedback (resume-feedback.ts), one by one: which listed skills are
// "listed but never shown", which bullets get a suggested wording, and the questions asked instead
// of adding facts. Each test states one rule with a resume-shaped input.
import { describe, expect, it } from 'vitest';
import type { Evidence, FoundSkill, Gap, RequirementResult } from '../analysis/types.ts';
import type { SectionKind, SkillMention } from '../extract/types.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { buildResumeFeedback, pastTense, rephrase } from './resume-feedback.ts';
import type { PhrasingRule } from './schema.ts';

const evidence = (line: number, section: SectionKind, quote = 'Python, Jira, Risk management'): Evidence => ({
  quote,
  line,
  section,
  strength: 'listed',
  hedged: false,
  skillId: 'x',
});

const skill = (id: string, over: Partial<FoundSkill> = {}): FoundSkill => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
  kind: 'tool',
  strength: 'listed',
  hedged: false,
  evidence: [evidence(8, 'skills')],
  countsToward: [],
  ...over,
});

const gap = (id: string): Gap => ({
  skill: { id, label: id, category: 'core' as Gap['skill']['category'] },
  status: 'missing',
  pointsAtStake: 5,
  importance: 5,
  nextSteps: [],
});

/** Ancestors through `broader` links; the taxonomy's other lookups are not used by the feedback. */
const taxonomy = (ancestors: Record<string, string[]> = {}) =>
  ({ ancestors: (id: string) => ancestors[id] ?? [] }) as unknown as Taxonomy;

const COORDINATION: PhrasingRule = {
  id: 'coordinated-teams',
  pattern: '\\b(coordinat\\w*|sync\\w*)\\b[^.;]{0,40}\\b(developers?|engineers?|offshore)\\b',
  term: 'Cross-functional coordination',
  requirement: 'stakeholder-management',
  skill: 'cross-functional-coordination',
};
const STATUS: PhrasingRule = {
  id: 'status-meetings',
  pattern: '\\b(daily|weekly|monthly)\\b[^.;]{0,20}\\b(calls?|meetings?|updates?|reports?|status)\\b',
  term: 'Status reporting',
  requirement: 'communication',
  skill: 'status-reporting',
};
const ON_TIME: PhrasingRule = {
  id: 'on-time',
  pattern: '\\b(on[- ]time|met (the |all )?deadlines?)\\b',
  term: 'Schedule management',
  requirement: 'delivery',
  skill: 'schedule-management',
};

const mention = (line: number, skillId: string): SkillMention => ({
  skillId,
  matched: skillId,
  start: 0,
  end: 1,
  line,
  section: 'experience',
  strength: 'applied',
  hedged: false,
  quote: '',
  quoteMatch: { start: 0, end: 0 },
});

interface Options {
  requirements?: RequirementResult[];
  skills?: FoundSkill[];
  gaps?: Gap[];
  sections?: Record<number, SectionKind>;
  mentions?: SkillMention[];
  rules?: PhrasingRule[];
  ancestors?: Record<string, string[]>;
}
const feedback = (lines: string[], o: Options = {}) =>
  buildResumeFeedback(
    { requirements: o.requirements ?? [], skills: o.skills ?? [], gaps: o.gaps ?? [] },
    lines,
    (line) => o.sections?.[line] ?? 'experience',
    o.mentions ?? [],
    o.rules ?? [COORDINATION, STATUS, ON_TIME],
    taxonomy(o.ancestors),
  );

describe('listed but never shown', () => {
  it('flags a skill listed only in the skills section, quoting its first evidence, with the question', () => {
    const python = skill('python', {
      evidence: [evidence(8, 'skills', 'Python, Jira'), evidence(12, 'summary', 'Python scripting')],
    });
    expect(feedback([], { skills: [python] }).unsupportedSkills).toEqual([
      {
        skillId: 'python',
        label: 'Python',
        line: 8,
        quote: 'Python, Jira',
        relevant: false,
        question:
          'Python is listed but never shown in use. Could you defend it in an interview? Add a line where you applied it, or leave it out.',
      },
    ]);
  });

  it('does not flag a skill with evidence in experience, projects, certifications or education', () => {
    for (const section of ['experience', 'projects', 'certifications', 'education'] as const) {
      const s = skill('python', { evidence: [evidence(8, 'skills'), evidence(3, section)] });
      expect(feedback([], { skills: [s] }).unsupportedSkills, section).toEqual([]);
    }
  });

  it('does not flag a skill shown in use, a certification, or one with no evidence', () => {
    const skills = [
      skill('jira', { strength: 'applied' }),
      skill('csm', { kind: 'certification' }),
      skill('python', { evidence: [] }),
    ];
    expect(feedback([], { skills }).unsupportedSkills).toEqual([]);
  });

  it('does not flag a skill whose own name a line of work uses in any of its forms', () => {
    const listed = (id: string, label: string) =>
      skill(id, { label, evidence: [evidence(1, 'skills', 'Facilitation, Java, Risk management')] });
    const skills = [
      listed('facilitation', 'Facilitation'),
      listed('java', 'Java'),
      listed('risk-management', 'Risk management'),
    ];
    const lines = [
      'Facilitation, Java, Risk management',
      'Facilitated sprint planning for two teams',
      'Built the JavaScript front end',
      'Managed the risks of the data centre move',
    ];
    const flagged = (sections: Record<number, SectionKind>) =>
      feedback(lines, { skills, sections: { 1: 'skills', ...sections } }).unsupportedSkills.map(
        (u) => u.skillId,
      );
    // "JavaScript" is not Java; the other two are named at work.
    expect(flagged({})).toEqual(['java']);
    // Named in a skills or education line, they are still only listed.
    expect(flagged({ 2: 'skills', 4: 'education' })).toEqual(['facilitation', 'java', 'risk-management']);
  });

  it('does not flag a skill a narrower skill shows in use (user stories written at work show Agile)', () => {
    const agile = skill('agile', { evidence: [evidence(19, 'skills', 'Selenium, Agile')] });
    const stories = skill('user-stories', { strength: 'applied' });
    const flagged = (skills: FoundSkill[]) =>
      feedback([], { skills, ancestors: { 'user-stories': ['agile'] } }).unsupportedSkills.map(
        (u) => u.skillId,
      );
    expect(flagged([agile, stories])).toEqual([]);
    // Listed, the narrower skill shows nothing more than the broader one.
    expect(flagged([agile, skill('user-stories', { evidence: [evidence(20, 'skills')] })])).toEqual([
      'agile',
      'user-stories',
    ]);
  });

  it('does not flag a requirement the report shows at work through another of its skills', () => {
    const listed = skill('stakeholder-management', {
      evidence: [evidence(30, 'skills', 'Stakeholder management')],
    });
    const shown = (status: RequirementResult['status']): RequirementResult => ({
      skill: { id: 'stakeholder-management', label: 'Stakeholder management', category: 'technical' },
      weight: 7,
      points: 7,
      credit: 1,
      status,
      explanation: '',
      why: '',
      evidence: [],
    });
    const flagged = (requirements: RequirementResult[]) =>
      feedback([], { skills: [listed], requirements }).unsupportedSkills.map((u) => u.skillId);
    expect(flagged([shown('shown')])).toEqual([]);
    expect(flagged([shown('partial')])).toEqual(['stakeholder-management']);
  });

  it('puts skills the role counts first, then by line, and keeps at most eight', () => {
    const skills = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, k) =>
        skill(id, { evidence: [evidence(20 - k, 'skills')] }),
      ),
      skill('risk', { evidence: [evidence(30, 'skills')], countsToward: ['risk-management'] }),
    ];
    const flagged = feedback([], { skills }).unsupportedSkills;
    expect(flagged.map((u) => [u.skillId, u.line, u.relevant])).toEqual([
      ['risk', 30, true],
      ['h', 13, false],
      ['g', 14, false],
      ['f', 15, false],
      ['e', 16, false],
      ['d', 17, false],
      ['c', 18, false],
      ['b', 19, false],
    ]);
  });
});

describe('bullets that show a skill in other words', () => {
  const BULLET = '- Synced with offshore developers to fix production defects';

  it('suggests the term, with a re-phrasing of the bullet and both questions', () => {
    expect(feedback(['Experience', BULLET]).bullets).toEqual([
      {
        line: 2,
        // The bullet as written: its dash is dropped only from the suggestion.
        original: BULLET,
        shows: {
          term: 'Cross-functional coordination',
          requirement: 'stakeholder-management',
          skillId: 'cross-functional-coordination',
        },
        suggestion:
          'Cross-functional coordination: synced with offshore developers to fix production defects.',
        questions: [
          'How many (people, teams, releases, clients, days)? Add your own figure if you have one.',
          'What changed because of it? Add the outcome in your own words.',
        ],
      },
    ]);
  });

  it('asks for no figure when the bullet has one, and no outcome when it states one', () => {
    const [withFigure] = feedback(['Synced with 3 offshore developers to fix production defects']).bullets;
    expect(withFigure!.questions).toEqual(['What changed because of it? Add the outcome in your own words.']);
    for (const outcome of ['reduced', 'increased', 'saved', 'improved', 'cut', 'delivered', 'achieved']) {
      const [b] = feedback([`Synced with offshore developers and ${outcome} production defects`]).bullets;
      expect(b!.questions, outcome).toEqual([
        'How many (people, teams, releases, clients, days)? Add your own figure if you have one.',
      ]);
    }
    for (const outcome of ['resulting', 'enabling', 'preventing', 'avoiding']) {
      const [b] = feedback([`Synced with offshore developers, ${outcome} production defects`]).bullets;
      expect(b!.questions, outcome).toHaveLength(1);
    }
  });

  it('reads bullets only in experience, projects, the summary, the header and unsorted text', () => {
    const read = (section: SectionKind) => feedback([BULLET], { sections: { 1: section } }).bullets.length;
    for (const section of ['experience', 'projects', 'summary', 'other', 'header'] as const)
      expect(read(section), section).toBe(1);
    for (const section of ['skills', 'education', 'certifications'] as const)
      expect(read(section), section).toBe(0);
  });

  it('says nothing when the line already names the skill, the requirement or a narrower skill', () => {
    const lines = ['Experience', BULLET];
    expect(feedback(lines, { mentions: [mention(2, 'cross-functional-coordination')] }).bullets).toEqual([]);
    expect(feedback(lines, { mentions: [mention(2, 'stakeholder-management')] }).bullets).toEqual([]);
    // Naming a skill below the rule's skill is naming it too.
    const ancestors = { 'vendor-coordination': ['cross-functional-coordination'] };
    expect(feedback(lines, { mentions: [mention(2, 'vendor-coordination')], ancestors }).bullets).toEqual([]);
    // A mention on another line says nothing about this one.
    expect(feedback(lines, { mentions: [mention(1, 'cross-functional-coordination')] }).bullets).toHaveLength(
      1,
    );
    // Two mentions on one line: both count.
    const both = [mention(2, 'jira'), mention(2, 'cross-functional-coordination')];
    expect(feedback(lines, { mentions: both }).bullets).toEqual([]);
  });

  it('quotes the bullet without the spaces around it', () => {
    const [b] = feedback(['   Synced with offshore developers to fix production defects  ']).bullets;
    expect(b!.original).toBe('Synced with offshore developers to fix production defects');
  });

  it('falls to the next rule when the first one is already said in recognized words', () => {
    const line = 'Synced with offshore developers in weekly status meetings on defects';
    const [b] = feedback([line], { mentions: [mention(1, 'cross-functional-coordination')] }).bullets;
    expect(b!.shows.term).toBe('Status reporting');
  });

  it('takes one rule per bullet: the first that matches', () => {
    const line = 'Synced with offshore developers in weekly status meetings on defects';
    expect(feedback([line]).bullets.map((b) => b.shows.term)).toEqual(['Cross-functional coordination']);
  });

  it('reads each part of a line split at bullets, " - " before a capital, or "; "', () => {
    const a = 'Synced with offshore developers to fix production defects';
    const b = 'Ran weekly status meetings with the product owners';
    for (const sep of [' • ', '●', ' ▪ ', ' - ', '; ']) {
      expect(
        feedback([`${a}${sep}${b}`]).bullets.map((x) => x.original),
        sep,
      ).toEqual([a, b]);
    }
    // A hyphen inside words, or before a small letter, splits nothing.
    expect(feedback([`${a} - and ran weekly status meetings`]).bullets.map((x) => x.original)).toEqual([
      `${a} - and ran weekly status meetings`,
    ]);
  });

  it('reads a part of 25 to 260 characters and at least five words', () => {
    // 25 characters, five words.
    const short = 'Synced on offshore devs x';
    expect(short).toHaveLength(25);
    expect(feedback([short], { rules: [{ ...COORDINATION, pattern: 'sync' }] }).bullets).toHaveLength(1);
    expect(feedback([short.slice(0, -2)], { rules: [{ ...COORDINATION, pattern: 'sync' }] }).bullets).toEqual(
      [],
    );
    // 24 characters, six words.
    expect(
      feedback(['Synced to a lot of devs.'], { rules: [{ ...COORDINATION, pattern: 'sync' }] }).bullets,
    ).toEqual([]);
    // Four words, however far apart.
    expect(
      feedback(['Synced  offshore-developers  cross-functionally  constantly'], {
        rules: [{ ...COORDINATION, pattern: 'sync' }],
      }).bullets,
    ).toEqual([]);
    // Four words, long enough.
    expect(
      feedback(['Synced offshore-developers cross-functionally constantly'], {
        rules: [{ ...COORDINATION, pattern: 'sync' }],
      }).bullets,
    ).toEqual([]);
    const long = `Synced with offshore developers ${'x'.repeat(260 - 32)}`;
    expect(long).toHaveLength(260);
    expect(feedback([long]).bullets).toHaveLength(1);
    expect(feedback([`${long}y`]).bullets).toEqual([]);
  });

  it('puts the gaps first and keeps one suggestion per term, eight at most, in line order', () => {
    const rules = Array.from({ length: 10 }, (_, k) => ({
      ...COORDINATION,
      id: `rule-${k}`,
      pattern: `\\bproject${k}\\b`,
      term: `Term ${k}`,
      requirement: `req-${k}`,
    }));
    const lines = Array.from(
      { length: 10 },
      (_, k) => `Coordinated the release train for project${k} with vendors`,
    );
    // Another line for term 0, which a gap puts first: it loses to the earlier line of the same term.
    lines.push('Coordinated the release train again for project0 with vendors');
    const { bullets } = feedback(lines, { rules, gaps: [gap('req-9'), gap('req-8')] });
    expect(bullets.map((b) => [b.line, b.shows.term])).toEqual([
      [1, 'Term 0'],
      [2, 'Term 1'],
      [3, 'Term 2'],
      [4, 'Term 3'],
      [5, 'Term 4'],
      [6, 'Term 5'],
      [9, 'Term 8'],
      [10, 'Term 9'],
    ]);
  });

  it('keeps the earlier line when two bullets show the same term', () => {
    const lines = [
      'Synced with offshore developers to fix production defects',
      'Coordinated with developers on the release checklist items',
    ];
    expect(feedback(lines).bullets.map((b) => b.line)).toEqual([1]);
  });
});

describe('re-phrasing without adding facts', () => {
  it('puts the past tense of a gerund: irregular verbs from a list, an "e" stem takes "d"', () => {
    expect(pastTense('Leading')).toBe('led');
    expect(pastTense('building')).toBe('built');
    expect(pastTense('mapping')).toBe('mapped');
    expect(pastTense('agreeing')).toBe('agreed');
    // An "e" inside the stem is not its end.
    expect(pastTense('developing')).toBe('developed');
    expect(pastTense('tracking')).toBe('tracked');
  });

  it('drops a weak opener, with or without "I was", and keeps the rest', () => {
    expect(rephrase('I was responsible for tracking vendor deliveries', 'Vendor management')).toBe(
      'Vendor management: tracked vendor deliveries.',
    );
    expect(rephrase('• Involved in planning sprint capacity', 'Sprint planning')).toBe(
      'Sprint planning: planned sprint capacity.',
    );
    expect(rephrase('Helped with writing release notes;', 'Release management')).toBe(
      'Release management: wrote release notes.',
    );
  });

  it('lower-cases a leading past-tense verb and nothing else', () => {
    expect(rephrase('Tracked defects in Jira', 'Progress tracking')).toBe(
      'Progress tracking: tracked defects in Jira.',
    );
    expect(rephrase('Jira defects tracked daily', 'Progress tracking')).toBe(
      'Progress tracking: Jira defects tracked daily.',
    );
    expect(rephrase('QAed the release', 'Quality assurance')).toBe('Quality assurance: QAed the release.');
    // A past-tense verb later in the bullet leaves its first letter alone.
    expect(rephrase('QA Signed off releases', 'Quality assurance')).toBe(
      'Quality assurance: QA Signed off releases.',
    );
  });

  it('drops the punctuation and spaces at the end, but not an ellipsis of a sentence', () => {
    expect(rephrase('Tracked defects in Jira. , ', 'Progress tracking')).toBe(
      'Progress tracking: tracked defects in Jira.',
    );
  });
});
