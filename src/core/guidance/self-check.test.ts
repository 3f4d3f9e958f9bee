import { describe, expect, it } from 'vitest';
import type { FoundSkill, RequirementResult } from '../analysis/types.ts';
import type { Strength } from '../extract/types.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { BackgroundResult } from './detect-background.ts';
import type { TransitionsFile } from './schema.ts';
import { buildSelfCheck, type SelfCheckAnswers } from './self-check.ts';

// The fit self-check's rules (docs/guidance.md), on a role of two dimensions built here: what the
// resume is worth per dimension, the verdict for each answer, the advice and the summary.
const role = {
  fitDimensions: [
    { id: 'coordination', label: 'Coordination', question: 'Do you like it?', why: 'Daily work.' },
    { id: 'technical-learning-curve', label: 'Learning curve', question: 'Ready?', why: 'Much to learn.' },
  ],
} as unknown as Role;
const transitions = {
  fitSignals: [
    { dimension: 'coordination', skills: ['stakeholders', 'planning'], backgrounds: ['scrum-master'] },
    { dimension: 'technical-learning-curve', skills: ['sql'], backgrounds: ['junior-developer'] },
  ],
} as unknown as TransitionsFile;
// "planning" has a narrower skill, "sprint-planning": each counts.
const taxonomy = {
  narrower: (id: string) =>
    new Set(
      id === 'planning' ? ['planning', 'sprint-planning'] : id === 'stakeholders' ? [id, 'clients'] : [id],
    ),
} as unknown as Taxonomy;
const skill = (id: string, strength: Strength, line: number): FoundSkill =>
  ({
    id,
    label: id,
    strength,
    evidence: [{ quote: `${id} on line ${line}`, line }],
  }) as unknown as FoundSkill;
const background = (primary: string, others: string[] = []) =>
  ({
    primary,
    candidates: [{ id: primary }, ...others.map((id) => ({ id }))],
  }) as unknown as BackgroundResult;
const check = (skills: FoundSkill[], bg = background('other'), answers?: SelfCheckAnswers) =>
  buildSelfCheck(role, [], skills, bg, taxonomy, transitions, answers);
const coordination = (skills: FoundSkill[], bg = background('other'), answers?: SelfCheckAnswers) =>
  check(skills, bg, answers).items[0]!;

describe('what the resume shows for a dimension', () => {
  it('a skill done is worth 1, a skill listed 0.4; 2 is strong, 0.75 some', () => {
    expect(coordination([skill('stakeholders', 'applied', 1)]).resume).toBe('some');
    expect(
      coordination([skill('stakeholders', 'led', 1), skill('sprint-planning', 'applied', 2)]).resume,
    ).toBe('strong');
    expect(coordination([skill('stakeholders', 'listed', 1)]).resume).toBe('none');
    // 0.4 + 0.4 = 0.8: some.
    expect(coordination([skill('stakeholders', 'listed', 1), skill('planning', 'listed', 2)]).resume).toBe(
      'some',
    );
    expect(coordination([skill('sql', 'led', 1)]).resume).toBe('none');
  });

  it("the background adds 1.5 when it is the dimension's, 0.75 when it is a runner-up", () => {
    expect(coordination([], background('scrum-master')).resume).toBe('some');
    expect(coordination([skill('stakeholders', 'listed', 1)], background('scrum-master')).resume).toBe(
      'some',
    );
    expect(coordination([skill('stakeholders', 'applied', 1)], background('scrum-master')).resume).toBe(
      'strong',
    );
    expect(coordination([], background('other', ['scrum-master'])).resume).toBe('some');
    // 1 + 0.75 = 1.75: still some.
    expect(
      coordination([skill('stakeholders', 'applied', 1)], background('other', ['scrum-master'])).resume,
    ).toBe('some');
  });

  it('quotes at most three skills, one per line', () => {
    const item = coordination([
      skill('stakeholders', 'applied', 4),
      skill('planning', 'applied', 4),
      skill('sprint-planning', 'applied', 7),
    ]);
    expect(item.evidence).toEqual([
      { label: 'stakeholders', quote: 'stakeholders on line 4', line: 4 },
      { label: 'sprint-planning', quote: 'sprint-planning on line 7', line: 7 },
    ]);
    const many = check(
      [
        skill('stakeholders', 'applied', 1),
        skill('planning', 'applied', 2),
        skill('sprint-planning', 'applied', 3),
      ],
      background('other'),
    ).items[0]!;
    expect(many.evidence.map((e) => e.line)).toEqual([1, 2, 3]);
    const four = coordination([
      skill('stakeholders', 'applied', 1),
      skill('clients', 'applied', 2),
      skill('planning', 'applied', 3),
      skill('sprint-planning', 'applied', 4),
    ]);
    expect(four.evidence.map((e) => e.line)).toEqual([1, 2, 3]);
  });
});

describe('what the resume shows, read from the requirement table', () => {
  /** A row of the requirement table for `id`, with its status and best evidence. */
  const row = (id: string, status: RequirementResult['status'], line: number): RequirementResult =>
    ({
      skill: { id, label: `${id} (row)`, category: 'technical' },
      status,
      evidence: status === 'missing' ? [] : [{ quote: `${id} row on line ${line}`, line }],
    }) as unknown as RequirementResult;
  const counting = (s: FoundSkill, ...toward: string[]) => ({ ...s, countsToward: toward });
  const withTable = (rows: RequirementResult[], skills: FoundSkill[], bg = background('other')) =>
    buildSelfCheck(role, rows, skills, bg, taxonomy, transitions, undefined).items[0]!;

  it("takes a requirement's status from the table: shown 1, partial 0.75, missing nothing", () => {
    // The skill found applied, but the table marks its requirement partial: 0.75 + 1.5 is 2.25, yet
    // with nothing ticked it is "some", where the skill alone made it "strong".
    const partial = withTable(
      [row('stakeholders', 'partial', 3)],
      [skill('stakeholders', 'applied', 3)],
      background('scrum-master'),
    );
    expect([partial.resume, partial.evidence]).toEqual([
      'some',
      [{ label: 'stakeholders (row)', quote: 'stakeholders row on line 3', line: 3 }],
    ]);
    const shown = withTable([row('stakeholders', 'shown', 3)], [], background('scrum-master'));
    expect(shown.resume).toBe('strong');
    expect(withTable([row('stakeholders', 'missing', 3)], [skill('stakeholders', 'applied', 3)]).resume).toBe(
      'none',
    );
  });

  it('reads a skill that counts toward a requirement through that row, once', () => {
    // Two planning skills counting toward one partial row: 0.75 (some), where they were worth 2 (strong).
    const item = withTable(
      [row('stakeholders', 'partial', 5)],
      [
        counting(skill('planning', 'applied', 1), 'stakeholders'),
        counting(skill('sprint-planning', 'applied', 2), 'stakeholders'),
      ],
    );
    expect([item.resume, item.evidence.map((e) => e.line)]).toEqual(['some', [5]]);
  });

  it('says "strong" only when the table ticks one of the dimension\'s requirements', () => {
    // 0.75 + 0.75 + 1.5 = 3, but neither row is ticked.
    const item = withTable(
      [row('stakeholders', 'partial', 1), row('planning', 'partial', 2)],
      [],
      background('scrum-master'),
    );
    expect(item.resume).toBe('some');
  });
});

describe('the verdict and its advice', () => {
  const strong = [skill('stakeholders', 'applied', 1), skill('planning', 'applied', 2)];
  const some = [skill('stakeholders', 'applied', 1)];
  const verdict = (answer: number, skills: FoundSkill[]) =>
    coordination(skills, background('other'), { coordination: answer });

  it('4 or 5: aligned when the resume shows it at all, unproven when it does not', () => {
    expect(verdict(4, some).verdict).toBe('aligned');
    expect(verdict(5, strong).verdict).toBe('aligned');
    expect(verdict(4, []).verdict).toBe('unproven');
    expect(verdict(4, some).advice).toBe(
      'As you say, your resume shows some of this. Keep one concrete story ready for interviews.',
    );
    expect(verdict(4, []).advice).toBe(
      'You see this in yourself, but a reader of your resume cannot: add a line that shows it in practice.',
    );
  });

  it('3: a hidden strength when the resume shows it strongly, else unsure', () => {
    expect(verdict(3, strong).verdict).toBe('hidden-strength');
    expect(verdict(3, some).verdict).toBe('unsure');
    expect(verdict(3, strong).advice).toBe(
      'You are unsure, yet your resume shows you have done this: it may suit you better than you think.',
    );
    expect(verdict(3, some).advice).toBe(
      'Look for a low-risk way to try it (a small project, a release, a meeting to run) before you decide.',
    );
  });

  it('1 or 2: a concern, worded by what the resume shows', () => {
    expect(verdict(2, strong).verdict).toBe('concern');
    expect(verdict(1, []).verdict).toBe('concern');
    expect(verdict(2, strong).advice).toBe(
      'You have done this but do not enjoy it; the role is full of it, so weigh that seriously.',
    );
    expect(verdict(2, some).advice).toBe(
      'This is a daily part of the role. Think hard about whether you want it before investing in the switch.',
    );
  });

  it('speaks of learning for the learning-curve dimension', () => {
    const curve = (answer: number, skills: FoundSkill[]) =>
      check(skills, background('other'), { 'technical-learning-curve': answer }).items[1]!;
    expect(curve(5, [skill('sql', 'applied', 1)]).advice).toBe(
      'You are ready for the learning curve, and your resume shows some of this: your technical footing gives you a head start.',
    );
    expect(curve(5, []).advice).toBe(
      'You are ready to learn, and the resume shows little technical work so far: plan months of deliberate study and a small project you can point to.',
    );
    expect(curve(3, []).advice).toBe(
      'Try a short technical course or follow one feature to production before deciding; it will tell you whether the curve suits you.',
    );
  });

  it('unanswered: says what the resume shows and how to answer', () => {
    const item = coordination(strong);
    expect(item).toMatchObject({ verdict: 'not-answered' });
    expect('answer' in item).toBe(false);
    expect(item.advice).toBe(
      'Not answered; your resume shows this clearly. Run with --self-check to answer.',
    );
    expect(coordination([]).advice).toBe(
      'Not answered; your resume does not show this yet. Run with --self-check to answer.',
    );
  });
});

describe('the summary', () => {
  const strong = [
    skill('stakeholders', 'applied', 1),
    skill('planning', 'applied', 2),
    skill('sql', 'applied', 3),
  ];

  it('without answers: the dimensions the resume shows, or that it shows little', () => {
    expect(check(strong)).toMatchObject({
      answered: false,
      summary:
        'From the resume alone: evidence of coordination, learning curve. Answer the questions (--self-check) to complete the picture.',
    });
    expect(check([]).summary).toBe(
      'The resume shows little on these dimensions. Answer the questions (--self-check) to complete the picture.',
    );
  });

  it('with answers: two concerns are doubts; every dimension a fit is a good fit; else a count', () => {
    const answered = (a: number, b: number) =>
      check(strong, background('junior-developer'), { coordination: a, 'technical-learning-curve': b });
    expect(answered(1, 2).summary).toBe(
      '2 of 2 dimensions raise doubts: the day-to-day of this role may not suit you.',
    );
    expect(answered(5, 3).summary).toBe(
      'Your answers and your resume point the same way on every dimension: a good fit.',
    );
    expect(answered(5, 1).summary).toBe(
      '1 of 2 dimensions look like a fit; see the notes below for the rest.',
    );
    expect(answered(5, 1).answered).toBe(true);
    // One answer is enough to count as answered.
    expect(check(strong, background('other'), { coordination: 4 }).summary).toBe(
      '1 of 2 dimensions look like a fit; see the notes below for the rest.',
    );
  });
});
