import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { analyzeResume } from '../analysis/analyze.ts';
import { loadRole } from '../role/load-role.ts';
import type { YearMonth } from './dates.ts';
import { INTERNSHIP, internshipLines, lineRecency, recencyFactor } from './recency.ts';
import type { Position } from './structure.ts';

describe('recencyFactor', () => {
  it('is 1 for recent roles, falls 0.03 a year after five years, floors at 0.7', () => {
    expect([0, 2, 5, 10, 20].map(recencyFactor)).toEqual([1, 1, 1, 0.85, 0.7]);
  });
});

describe('lineRecency', () => {
  const position = (startLine: number, endLine: number, start: number, end: number | 'present') =>
    ({
      startLine,
      endLine,
      line: startLine,
      start: { year: start },
      end: end === 'present' ? 'present' : { year: end },
    }) as unknown as Position;

  it('gives a line that several positions share (a career run into one line) the factor of its latest role', () => {
    // Current role from 2019; the other ended in 2005: 14 years before, factor 0.73.
    const current = position(3, 3, 2019, 'present');
    const old = position(3, 3, 2001, 2005);
    expect(lineRecency([current, old], 4)[3]).toBe(1);
    expect(lineRecency([old, current], 4)[3]).toBe(1);
    // On lines of their own, each keeps its factor; lines outside positions count fully.
    const apart = lineRecency([position(2, 2, 2019, 'present'), position(3, 4, 2001, 2005)], 5);
    expect(apart).toEqual([1, 1, 1, 0.73, 0.73, 1]);
  });
});

describe('lineRecency: age from the latest start', () => {
  const role = (line: number, start: YearMonth, end: YearMonth | 'present', endLine = line): Position => ({
    kind: 'engineering',
    section: 'experience',
    startLine: line,
    endLine,
    start,
    end,
  });

  it('measures age from the latest start, whatever order the positions come in', () => {
    // The latest start is Nov 2018 (third of four, after an earlier one of the same year): the role
    // that ended Jun 2009 ended 9 years 5 months before it, 0.87. Read from Mar 2018 it would be 0.89,
    // from Jun 2018 0.88.
    const positions = [
      role(2, { year: 2018, month: 3 }, { year: 2018, month: 10 }),
      role(3, { year: 2018, month: 11 }, 'present'),
      role(4, { year: 2018, month: 6 }, { year: 2018, month: 9 }),
      role(5, { year: 2005 }, { year: 2009, month: 6 }),
    ];
    expect(lineRecency(positions, 5)).toEqual([1, 1, 1, 1, 1, 0.87]);
  });

  it('writes no factor past the last line it is given', () => {
    const positions = [role(1, { year: 2019 }, 'present'), role(2, { year: 2001 }, { year: 2005 }, 9)];
    expect(lineRecency(positions, 3)).toEqual([1, 1, 0.73, 0.73]);
  });
});

describe('recency in the analysis', () => {
  const taxonomy = testTaxonomy(SAMPLE_SKILLS);
  const loaded = loadRole(
    {
      id: 'r',
      title: 'R',
      summary: 's',
      titleAliases: ['R'],
      requirements: [{ skill: 'java', category: 'technical', weight: 1, why: 'w', nextSteps: ['x'] }],
    },
    taxonomy,
  );
  if (!loaded.ok) throw new Error('role');
  const analyze = (text: string) =>
    analyzeResume({
      document: { format: 'text', text, warnings: [] },
      role: loaded.value,
      taxonomy,
      asOf: { year: 2025, month: 6 },
    });

  it('evidence from a role that ended ten years before the latest one began earns less', () => {
    const old = analyze(
      [
        'Experience',
        'Office Manager — Beta (Jun 2025 – Present)',
        '- Ran the front office',
        'Developer — Acme (2010 – Jun 2015)',
        '- Built services in Java',
      ].join('\n'),
    );
    const recent = analyze(
      ['Experience', 'Developer — Acme (2020 – Present)', '- Built services in Java'].join('\n'),
    );
    expect(recent.requirements[0]!.credit).toBe(0.8);
    expect(old.requirements[0]!.credit).toBe(0.68);
    expect(old.requirements[0]!.evidence[0]!.recency).toBe(0.85);
    expect(old.requirements[0]!.explanation).toContain('older role (×0.85 for recency)');
    expect(old.document.structure.positions[1]!.end).toEqual({ year: 2015, month: 6 });
  });

  it('does not mark a resume down for being old: its latest role counts fully', () => {
    const written2015 = analyze(
      ['Experience', 'Developer — Acme (2010 – Jun 2015)', '- Built services in Java'].join('\n'),
    );
    expect(written2015.requirements[0]!.credit).toBe(0.8);
    expect(written2015.requirements[0]!.evidence[0]!.recency).toBeUndefined();
  });

  it('evidence from an internship earns 60% of its credit, and the explanation says so', () => {
    const intern = analyze(
      [
        'Experience',
        'Software Engineering Intern — Acme (Jun 2024 – Aug 2024)',
        '- Built services in Java',
      ].join('\n'),
    );
    const job = analyze(
      ['Experience', 'Software Engineer — Acme (Jun 2024 – Aug 2024)', '- Built services in Java'].join('\n'),
    );
    expect(job.requirements[0]!.credit).toBe(0.8);
    expect(intern.requirements[0]!.credit).toBe(0.48);
    expect(intern.requirements[0]!.evidence[0]!.internship).toBe(INTERNSHIP.factor);
    expect(intern.requirements[0]!.explanation).toContain('in an internship (×0.6)');
    expect(job.requirements[0]!.evidence[0]!.internship).toBeUndefined();
  });

  it('a skills list counts less than an applied bullet', () => {
    expect(analyze(['Skills', 'Java, SQL, Git'].join('\n')).requirements[0]!.credit).toBe(0.5);
  });
});

describe('internshipLines', () => {
  const entry = (title: string, startLine: number, endLine: number, months?: number): Position => ({
    title,
    kind: 'engineering',
    section: 'experience',
    startLine,
    endLine,
    ...(months !== undefined ? { months } : {}),
  });

  it('marks the lines of a short entry whose title names an internship, placement, traineeship or co-op', () => {
    for (const title of [
      'Data Science Intern',
      'Summer Internship',
      'Graduate Trainee',
      'Year-in-industry placement',
      'Co-op Student',
      'Apprentice Developer',
    ])
      expect(internshipLines([entry(title, 2, 3, 3)], 4), title).toEqual([
        undefined,
        undefined,
        0.6,
        0.6,
        undefined,
      ]);
    expect(internshipLines([entry('Internal Auditor', 2, 3, 3)], 4)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves a line the internship shares with a job alone (a career run into one line)', () => {
    const job = entry('Technical Support Analyst', 3, 3, 24);
    expect(internshipLines([job, entry('Technical Support Intern', 3, 3, 5)], 3)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(internshipLines([job, entry('Technical Support Intern', 3, 4, 5)], 4)[4]).toBe(0.6);
  });

  it('leaves a long entry alone: a run-on entry that swallowed later work is not an internship', () => {
    expect(
      internshipLines([entry('Data Science Intern', 2, 2 + INTERNSHIP.maxLines + 1)], 20).some(
        (f) => f !== undefined,
      ),
    ).toBe(false);
    expect(
      internshipLines([entry('Intern', 2, 3, INTERNSHIP.maxMonths + 1)], 4).some((f) => f !== undefined),
    ).toBe(false);
  });
});
