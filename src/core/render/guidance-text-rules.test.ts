import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../test/fixtures/analysis-report.ts';
import type { AnalysisReport } from '../analysis/report.ts';
import { type BackgroundEvidence, SIGNAL_MEANS } from '../guidance/detect-background.ts';
import type { CertificationAdvice } from '../guidance/learning-plan.ts';
import { ANSI } from './format.ts';
import { renderGuidanceMarkdown, renderGuidanceText } from './guidance-text.ts';

// 124 characters: clipped to 76 and 84 in the terminal, to 70, 90 and 120 in Markdown.
const LONG =
  'Wrote and executed test cases and regression suites for three releases a month across the payments and the billing platforms';

const bev = (kind: BackgroundEvidence['kind'], line: number, quote: string): BackgroundEvidence => ({
  kind,
  quote,
  line,
  matched: quote,
});

function cert(name: string, held: boolean, suitsYou: boolean, closes: string[]): CertificationAdvice {
  return {
    id: name.toLowerCase(),
    name,
    issuer: 'PMI',
    demonstrates:
      name === 'PMP'
        ? `PMP shows delivery.${' It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.'}`
        : `${name} shows delivery`,
    prerequisites: '',
    effort: 2,
    impact: 2,
    held,
    suitsYou,
    closes,
  };
}

/** A scrum master's report with every part of the guidance filled in. */
function guided(): AnalysisReport {
  return {
    ...emptyReport(),
    background: {
      primary: 'scrum-master',
      label: 'Scrum master / agile coach',
      confidence: 0.856,
      candidates: [
        {
          id: 'scrum-master',
          label: 'Scrum master / agile coach',
          confidence: 0.856,
          evidence: [
            bev('title', 2, 'Scrum Master — Acme Payments (2019 – 2024)'),
            bev('duty', 4, LONG),
            bev('skill', 8, 'Selenium'),
            bev('duration', 2, '5 years'),
          ],
        },
        { id: 'business-analyst', label: 'Business analyst', confidence: 0.304, evidence: [] },
      ],
      experienceYears: 8.4,
      titles: [],
    },
    transition: {
      from: 'scrum-master',
      fromLabel: 'Scrum master / agile coach',
      to: { id: 'technical-project-manager', title: 'Technical Project Manager' },
      naturalness: 'natural',
      outlook: 'a natural, well-trodden route',
      summary:
        'Testers know the whole release. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
      transfers: [
        {
          label: 'Release knowledge',
          note: 'You know how software ships. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
          evidence: [
            { skillId: 'a', label: 'A', quote: LONG, line: 4 },
            { skillId: 'b', label: 'B', quote: 'Ran the release checklist', line: 5 },
            { skillId: 'c', label: 'C', quote: 'Signed off releases', line: 6 },
          ],
        },
        { label: 'Risk sense', note: 'You find what breaks.', evidence: [] },
      ],
      gaps: [
        {
          label: 'Planning',
          detail:
            'Own a plan. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
          requirement: { id: 'planning', label: 'Planning' },
          status: 'missing',
        },
        {
          label: 'Stakeholders',
          detail: 'Report up.',
          requirement: { id: 'stakeholders', label: 'Stakeholders' },
          status: 'partial',
        },
        { label: 'Agile', detail: 'Keep it.', requirement: { id: 'agile', label: 'Agile' }, status: 'shown' },
      ],
      alsoFrom: [
        { from: 'business-analyst', label: 'Business analyst', naturalness: 'natural' },
        {
          from: 'project-manager',
          label: 'Project manager (non-technical or general)',
          naturalness: 'very-natural',
        },
      ],
    },
    selfCheck: {
      answered: true,
      summary:
        'Two of your answers fit the role. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
      items: [
        {
          id: 'curiosity',
          label: 'Technical curiosity',
          question: 'q',
          why: 'w',
          answer: 1,
          resume: 'strong',
          evidence: [],
          verdict: 'hidden-strength',
          advice:
            'Say so on your resume. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
        },
        {
          id: 'detail',
          label: 'Detail at scale',
          question: 'q',
          why: 'w',
          answer: 5,
          resume: 'some',
          evidence: [],
          verdict: 'aligned',
          advice: 'Keep it | up.',
        },
        {
          id: 'ambiguity',
          label: 'Ambiguity',
          question: 'q',
          why: 'w',
          resume: 'none',
          evidence: [],
          verdict: 'not-answered',
          advice: 'Think about it.',
        },
      ],
    },
    learningPlan: {
      items: [
        {
          requirement: { id: 'planning', label: 'Planning' },
          status: 'missing',
          importance: 8,
          pointsAtStake: 8,
          steps: [
            {
              kind: 'describe',
              text: 'Describe the release plan. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
              effort: 1,
              impact: 2,
            },
            { kind: 'course', text: 'Take a planning course.', effort: 3, impact: 2 },
          ],
        },
        {
          requirement: { id: 'stakeholders', label: 'Stakeholders' },
          status: 'partial',
          importance: 4,
          pointsAtStake: 4,
          steps: [{ kind: 'on-the-job', text: 'Send the status report.', effort: 2, impact: 2 }],
        },
      ],
      certifications: [
        cert('CSM', true, true, ['agile']),
        cert('PSM', true, false, []),
        cert('PMP', false, true, ['planning']),
        cert('CAPM', false, true, []),
        cert('PgMP', false, false, ['planning']),
        cert('SAFe', false, true, ['planning']),
        cert('PMI-ACP', false, true, ['agile']),
        cert('ITIL', false, true, ['planning']),
        cert('Prince2', false, true, ['planning']),
      ],
      note: 'Certifications help most beside experience. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
    },
    feedback: {
      unsupportedSkills: [
        { skillId: 'python', label: 'Python', line: 9, quote: 'Python', relevant: true, question: '?' },
        { skillId: 'sql', label: 'SQL', line: 9, quote: 'SQL', relevant: false, question: '?' },
        ...['Kubernetes', 'Terraform', 'Docker', 'Snowflake', 'Tableau'].map((label, k) => ({
          skillId: label.toLowerCase(),
          label,
          line: 10 + k,
          quote: label,
          relevant: false,
          question: '?',
        })),
      ],
      bullets: [
        {
          line: 3,
          original: LONG,
          shows: { term: 'release', requirement: 'planning', skillId: 'planning' },
          suggestion:
            'Planned three releases a month. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
          questions: ['How many people?', 'What changed?'],
        },
      ],
    },
  };
}

describe('renderGuidanceText', () => {
  it('writes the background, the route, the self-check, the learning plan and the resume feedback', () => {
    expect(renderGuidanceText(guided())).toMatchInlineSnapshot(`
      "Your background
        The signal is how strongly your job titles, duties and skills point to each background.
        ● Scrum master / agile coach (strong signal)
          line 2 (title): "Scrum Master — Acme Payments (2019 – 2024)"
          line 4 (duty): "Wrote and executed test cases and regression suites for three releases a mo…"
          line 8 (skill): "Selenium"
        ○ Business analyst (weak signal)
        About 8 years of experience.

      From scrum master / agile coach to Technical Project Manager: a natural, well-trodden route
        Testers know the whole release. It takes a few months of deliberate practice and a sponsor who
        lets you own a real plan end to end.
        What transfers
        + Release knowledge: You know how software ships. It takes a few months of deliberate
          practice and a sponsor who lets you own a real plan end to end.
          line 4: "Wrote and executed test cases and regression suites for three releases a mo…"
          line 5: "Ran the release checklist"
        · Risk sense: You find what breaks.
        The gap this route usually leaves
        • Planning (not shown yet): Own a plan. It takes a few months of deliberate practice and a
          sponsor who lets you own a real plan end to end.
        • Stakeholders (partly shown): Report up.
        • Agile (already shown): Keep it.
        Your resume also shows: business analyst, project manager (non-technical or general).

      Fit self-check
        Two of your answers fit the role. It takes a few months of deliberate practice and a sponsor
        who lets you own a real plan end to end.
        • Technical curiosity (you: not at all; resume: strong)
          Say so on your resume. It takes a few months of deliberate practice and a sponsor who lets
          you own a real plan end to end.
        • Detail at scale (you: very much; resume: some)
          Keep it | up.
        • Ambiguity (not answered; resume: none)
          Think about it.

      Learning plan, most important gap first
        In the order of the gaps; within each, the steps that do the most for the least effort come
        first.
        1. Planning (missing)
           → Describe the release plan. It takes a few months of deliberate practice and a sponsor
             who lets you own a real plan end to end. [describe, effort low]
           → Take a planning course. [course, effort high]
        2. Stakeholders (partial)
           → Send the status report. [on-the-job, effort medium]
        Certifications you list: CSM, PSM.
        Certifications that fit your route:
          - PMP: PMP shows delivery. It takes a few months of deliberate practice and a sponsor who
            lets you own a real plan end to end.
          - CAPM: CAPM shows delivery
          - SAFe: SAFe shows delivery
          - PMI-ACP: PMI-ACP shows delivery
        Certifications help most beside experience. It takes a few months of deliberate practice and a
        sponsor who lets you own a real plan end to end.

      Resume feedback
        Listed but never shown in your experience (could you defend them in an interview?)
          Python (line 9), SQL (line 9), Kubernetes (line 10), Terraform (line 11), Docker (line
          12), Snowflake (line 13), Tableau (line 14)
        Bullets that show a TPM skill in words a reader or an ATS may miss
        line 3: "Wrote and executed test cases and regression suites for three releases a month acro…"
          → Planned three releases a month. It takes a few months of deliberate practice and a
            sponsor who lets you own a real plan end to end.
            ? How many people?
            ? What changed?
      "
    `);
  });

  it('is empty without a background, and keeps to the background when nothing else is there', () => {
    expect(renderGuidanceText(emptyReport())).toBe('');
    const { experienceYears: _years, ...background } = guided().background!;
    expect(renderGuidanceText({ ...emptyReport(), background: { ...background, candidates: [] } })).toBe(
      'Your background\n',
    );
  });

  it('colours the marks of the background, the route and the feedback', () => {
    const text = renderGuidanceText(guided(), ANSI);
    expect(text).toContain(`\n  ${ANSI.green('+')} Release knowledge: `);
    expect(text).toContain(`\n  ${ANSI.dim('·')} Risk sense: `);
    expect(text).toContain(`\n  ${ANSI.red('•')} Planning ${ANSI.dim('(not shown yet)')}: Own a plan.`);
    expect(text).toContain(`\n  ${ANSI.yellow('•')} Stakeholders ${ANSI.dim('(partly shown)')}: Report up.`);
    expect(text).toContain(`\n  ${ANSI.green('•')} Agile ${ANSI.dim('(already shown)')}: Keep it.`);
    expect(text).toContain(`\n    ${ANSI.green('→')} Planned three releases a month.`);
    expect(text).toContain(`\n      ${ANSI.dim('? How many people?')}`);
    expect(
      text.startsWith(
        `${ANSI.bold('Your background')}\n${ANSI.dim(`  ${SIGNAL_MEANS}`)}\n  ● Scrum master / agile coach ${ANSI.dim('(strong signal)')}`,
      ),
    ).toBe(true);
  });

  it('says the years of experience in words, capitalised', () => {
    const text = (experienceYears: number) =>
      renderGuidanceText({
        ...emptyReport(),
        background: { ...guided().background!, candidates: [], experienceYears },
      });
    expect(text(0.5)).toBe('Your background\n  Under a year of experience.\n');
    expect(text(1)).toBe('Your background\n  About a year of experience.\n');
  });

  it('says what "Present" stood for when it was the date saved in the file, in text and Markdown alike', () => {
    const report = {
      ...emptyReport(),
      background: {
        ...guided().background!,
        candidates: [],
        experienceYears: 6.2,
        presentCountedAs: { year: 2019, month: 3 },
      },
    };
    expect(renderGuidanceText(report)).toBe(
      'Your background\n  About 6 years of experience, counting "Present" as March 2019, the date saved in the file.\n',
    );
    expect(renderGuidanceMarkdown(report)).toContain(
      '\nAbout 6 years of experience, counting "Present" as March 2019, the date saved in the file.\n',
    );
  });

  it('leaves out each empty part of the feedback and of the plan', () => {
    const report = guided();
    const only = (feedback: NonNullable<AnalysisReport['feedback']>) =>
      renderGuidanceText({
        ...emptyReport(),
        background: { ...report.background!, candidates: [] },
        feedback,
      });
    expect(only({ unsupportedSkills: [], bullets: [] })).toBe(
      'Your background\n  About 8 years of experience.\n',
    );
    expect(only({ ...report.feedback!, bullets: [] })).toBe(
      [
        'Your background',
        '  About 8 years of experience.',
        '',
        'Resume feedback',
        '  Listed but never shown in your experience (could you defend them in an interview?)',
        '    Python (line 9), SQL (line 9), Kubernetes (line 10), Terraform (line 11), Docker (line',
        '    12), Snowflake (line 13), Tableau (line 14)',
        '',
      ].join('\n'),
    );
    expect(only({ ...report.feedback!, unsupportedSkills: [] })).toBe(
      [
        'Your background',
        '  About 8 years of experience.',
        '',
        'Resume feedback',
        '  Bullets that show a TPM skill in words a reader or an ATS may miss',
        '  line 3: "Wrote and executed test cases and regression suites for three releases a month acro…"',
        '    → Planned three releases a month. It takes a few months of deliberate practice and a',
        '      sponsor who lets you own a real plan end to end.',
        '      ? How many people?',
        '      ? What changed?',
        '',
      ].join('\n'),
    );
    const plan = report.learningPlan!;
    const text = renderGuidanceText({
      ...report,
      learningPlan: { ...plan, certifications: plan.certifications.filter((c) => !c.held) },
      selfCheck: { ...report.selfCheck!, items: [] },
    });
    expect(text).not.toContain('Certifications you list');
    expect(text).toContain('Certifications that fit your route:');
    expect(text).not.toContain('Fit self-check');
    const none = renderGuidanceText({
      ...report,
      learningPlan: { ...plan, certifications: plan.certifications.filter((c) => c.held) },
    });
    expect(none).toContain('Certifications you list: CSM, PSM.');
    expect(none).not.toContain('Certifications that fit your route');
    expect(renderGuidanceText({ ...report, learningPlan: { ...plan, items: [] } })).not.toContain(
      'Learning plan',
    );
  });
});

describe('renderGuidanceText, the route', () => {
  it('names the other backgrounds only when the resume shows some', () => {
    const report = guided();
    const text = renderGuidanceText({ ...report, transition: { ...report.transition!, alsoFrom: [] } });
    expect(text).not.toContain('Your resume also shows');
    expect(text).toContain('  • Agile (already shown): Keep it.\n\nFit self-check\n');
  });
});

describe('renderGuidanceMarkdown', () => {
  it('writes the background, the route, the self-check, the learning plan and the resume feedback', () => {
    expect(renderGuidanceMarkdown(guided())).toMatchInlineSnapshot(`
      "## Your background

      The signal is how strongly your job titles, duties and skills point to each background.

      - **Scrum master / agile coach** (primary), strong signal.
        - line 2 (title): “Scrum Master — Acme Payments (2019 – 2024)”
        - line 4 (duty): “Wrote and executed test cases and regression suites for three releases a month across the…”
        - line 8 (skill): “Selenium”
      - **Business analyst**, weak signal.

      About 8 years of experience.

      ## From scrum master / agile coach to Technical Project Manager

      _a natural, well-trodden route._ Testers know the whole release. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.

      **What transfers**

      - Release knowledge: You know how software ships. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end. (line 4: “Wrote and executed test cases and regression suites for three release…”; line 5: “Ran the release checklist”; line 6: “Signed off releases”)
      - Risk sense: You find what breaks. (not shown in your resume yet)

      **The gap this route usually leaves**

      - Planning (not shown yet): Own a plan. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.
      - Stakeholders (partly shown): Report up.
      - Agile (already shown): Keep it.

      ## Fit self-check

      Two of your answers fit the role. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.

      | Dimension | Your answer | Resume | Note |
      |---|---|---|---|
      | Technical curiosity | not at all | strong | Say so on your resume. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end. |
      | Detail at scale | very much | some | Keep it \\| up. |
      | Ambiguity | — | none | Think about it. |

      ## Learning plan

      In the order of the gaps; within each, the steps that do the most for the least effort come first.

      1. **Planning** (missing)
         - Describe the release plan. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end. _[describe, effort low]_
         - Take a planning course. _[course, effort high]_
      2. **Stakeholders** (partial)
         - Send the status report. _[on-the-job, effort medium]_

      | Certification | What it demonstrates | You | Fits your route |
      |---|---|---|---|
      | CSM | CSM shows delivery | listed | yes |
      | PSM | PSM shows delivery | listed |  |
      | PMP | PMP shows delivery. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end. |  | yes |
      | CAPM | CAPM shows delivery |  | yes |
      | PgMP | PgMP shows delivery |  |  |
      | SAFe | SAFe shows delivery |  | yes |
      | PMI-ACP | PMI-ACP shows delivery |  | yes |
      | ITIL | ITIL shows delivery |  | yes |
      | Prince2 | Prince2 shows delivery |  | yes |

      _Certifications help most beside experience. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end._

      ## Resume feedback

      **Listed but never shown in use:** Python (line 9), SQL (line 9), Kubernetes (line 10), Terraform (line 11), Docker (line 12), Snowflake (line 13), Tableau (line 14). Could you defend each in an interview?

      - Line 3: “Wrote and executed test cases and regression suites for three releases a month across the payments and the billing plat…”
        - Suggested: Planned three releases a month. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.
        - How many people?
        - What changed?
      "
    `);
  });

  it('is empty without a background, and leaves out each empty part', () => {
    expect(renderGuidanceMarkdown(emptyReport())).toBe('');
    const report = guided();
    const { experienceYears: _years, ...background } = { ...report.background!, candidates: [] };
    expect(renderGuidanceMarkdown({ ...emptyReport(), background })).toBe('## Your background\n\n');
    expect(
      renderGuidanceMarkdown({ ...emptyReport(), background: { ...background, experienceYears: 8.4 } }),
    ).toBe('## Your background\n\nAbout 8 years of experience.\n');
    expect(
      renderGuidanceMarkdown({
        ...emptyReport(),
        background,
        selfCheck: { ...report.selfCheck!, items: [] },
        learningPlan: { ...report.learningPlan!, items: [] },
        feedback: { unsupportedSkills: [], bullets: [] },
      }),
    ).toBe('## Your background\n\n');
    expect(
      renderGuidanceMarkdown({
        ...emptyReport(),
        background,
        feedback: { ...report.feedback!, unsupportedSkills: [] },
      }),
    ).toBe(
      [
        '## Your background',
        '',
        '',
        '## Resume feedback',
        '',
        '- Line 3: “Wrote and executed test cases and regression suites for three releases a month across the payments and the billing plat…”',
        '  - Suggested: Planned three releases a month. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
        '  - How many people?',
        '  - What changed?',
        '',
      ].join('\n'),
    );
    expect(
      renderGuidanceMarkdown({
        ...emptyReport(),
        background,
        feedback: { ...report.feedback!, bullets: [] },
      }),
    ).toBe(
      [
        '## Your background',
        '',
        '',
        '## Resume feedback',
        '',
        '**Listed but never shown in use:** Python (line 9), SQL (line 9), Kubernetes (line 10), Terraform (line 11), Docker (line 12), Snowflake (line 13), Tableau (line 14). Could you defend each in an interview?',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('why the primary background leads a stronger one', () => {
  /** A product manager now, whose senior-developer years show more strongly. */
  const leading = (): AnalysisReport => ({
    ...emptyReport(),
    background: {
      primary: 'product-manager',
      label: 'Product manager / product owner',
      confidence: 0.87,
      candidates: [
        { id: 'product-manager', label: 'Product manager / product owner', confidence: 0.87, evidence: [] },
        { id: 'senior-developer', label: 'Senior developer / tech lead', confidence: 1, evidence: [] },
      ],
      titles: [],
      leadsAs: 'current-role',
    },
  });

  it('says it under the primary in the terminal, and after it in Markdown', () => {
    expect(renderGuidanceText(leading())).toBe(
      [
        'Your background',
        `  ${SIGNAL_MEANS}`,
        '  ● Product manager / product owner (strong signal)',
        '    It leads because it is the role you hold now; the stronger signal below is the background',
        '    you come from.',
        '  ○ Senior developer / tech lead (strong signal)',
        '',
      ].join('\n'),
    );
    expect(renderGuidanceMarkdown(leading())).toContain(
      '- **Product manager / product owner** (primary), strong signal. It leads because it is the role you hold now; the stronger signal below is the background you come from.\n- **Senior developer / tech lead**, strong signal.',
    );
  });

  it('says nothing of it when the primary is the strongest', () => {
    const report = leading();
    const { leadsAs: _, ...background } = report.background!;
    const plain = { ...report, background };
    expect(renderGuidanceText(plain)).not.toContain('It leads because');
    expect(renderGuidanceMarkdown(plain)).not.toContain('It leads because');
  });
});

describe('labels inside a sentence', () => {
  it('keeps an acronym of the background in the route heading, in the terminal and in Markdown', () => {
    const report = guided();
    const qa = { ...report, transition: { ...report.transition!, fromLabel: 'QA / test engineer' } };
    expect(renderGuidanceText(qa)).toContain('From QA / test engineer to Technical Project Manager:');
    expect(renderGuidanceMarkdown(qa)).toContain('## From QA / test engineer to Technical Project Manager');
  });
});

describe('quotes of the background', () => {
  it("shorten a skill's long quote around the words that matched, in the terminal and in Markdown", () => {
    const report = guided();
    const background = report.background!;
    const [primary, ...others] = background.candidates;
    const at = LONG.indexOf('billing platforms');
    const skill = { ...bev('skill', 4, LONG), matched: 'Billing', match: { start: at, end: at + 17 } };
    const withSkill = {
      ...report,
      background: { ...background, candidates: [{ ...primary!, evidence: [skill] }, ...others] },
    };
    expect(renderGuidanceText(withSkill)).toContain(
      'line 4 (skill): "…for three releases a month across the payments and the billing platforms"',
    );
    expect(renderGuidanceMarkdown(withSkill)).toContain(
      '- line 4 (skill): “…suites for three releases a month across the payments and the billing platforms”',
    );
  });
});

describe('the learning plan', () => {
  it('calls a requirement that is shown and still a gap shown in part, in the terminal and in Markdown', () => {
    const report = guided();
    const plan = report.learningPlan!;
    const [first, ...rest] = plan.items;
    const shown = {
      ...report,
      learningPlan: { ...plan, items: [{ ...first!, status: 'shown' as const }, ...rest] },
    };
    expect(renderGuidanceText(shown)).toContain('  1. Planning (shown in part)');
    expect(renderGuidanceMarkdown(shown)).toContain('1. **Planning** (shown in part)');
  });
});

describe('quotes of what transfers', () => {
  it('are shortened around the words that matched, in the terminal and in Markdown', () => {
    const report = guided();
    const at = LONG.indexOf('billing platforms');
    const transition = report.transition!;
    const [first, ...rest] = transition.transfers;
    const withMatch = {
      ...report,
      transition: {
        ...transition,
        transfers: [
          { ...first!, evidence: [{ ...first!.evidence[0]!, match: { start: at, end: at + 17 } }] },
          ...rest,
        ],
      },
    };
    expect(renderGuidanceText(withMatch)).toContain(
      'line 4: "…for three releases a month across the payments and the billing platforms"',
    );
    expect(renderGuidanceMarkdown(withMatch)).toContain(
      '(line 4: “…three releases a month across the payments and the billing platforms”)',
    );
  });
});

describe('line width in the terminal', () => {
  it('ends the first line of a labelled note where its continuation lines end, however long the label', () => {
    const report = guided();
    const transition = report.transition!;
    const long = 'Release and deployment knowledge across several product teams';
    const text = renderGuidanceText({
      ...report,
      transition: {
        ...transition,
        transfers: transition.transfers.map((t) => ({ ...t, label: long })),
        gaps: transition.gaps.map((g) => ({ ...g, label: long })),
      },
    });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    const first = lines.find((l) => l.startsWith(`  + ${long}: `))!;
    // 68 characters of label leave 24 of the note's 88 on the first line, which ends by column 92.
    expect(first).toBe(`  + ${long}: You know how software`);
    expect(lines[lines.indexOf(first) + 1]).toBe(
      '    ships. It takes a few months of deliberate practice and a sponsor who lets you own a',
    );
    const gap = lines.find((l) => l.startsWith(`  • ${long} (not shown yet): `))!;
    expect(gap.length).toBeLessThanOrEqual(92);
  });

  it('wraps a long route heading, a long list of other routes and a long self-check line within 100 characters', () => {
    const report = guided();
    const fromLabel = 'Project manager (non-technical or general)';
    const text = renderGuidanceText({
      ...report,
      background: {
        ...report.background!,
        candidates: report.background!.candidates.map((c) => ({
          ...c,
          label: 'Technical / IT project manager already, with a long history in infrastructure delivery',
        })),
      },
      transition: {
        ...report.transition!,
        fromLabel,
        outlook: 'a natural, well-trodden route for generalists who moved into software',
        alsoFrom: (['junior-developer', 'qa-engineer', 'devops-engineer'] as const).map((from) => ({
          from,
          label: `Software developer (junior or mid-level), or ${from}`,
          naturalness: 'natural' as const,
        })),
      },
      selfCheck: {
        ...report.selfCheck!,
        items: report.selfCheck!.items.map((i) => ({
          ...i,
          label: 'Comfortable owning a delivery plan end to end, with dates, risks and a sponsor',
        })),
      },
    });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    const heading = lines.findIndex((l) => l.startsWith('From project manager'));
    expect(lines.slice(heading, heading + 2)).toEqual([
      'From project manager (non-technical or general) to Technical Project Manager: a natural,',
      '  well-trodden route for generalists who moved into software',
    ]);
    const candidate = lines.findIndex((l) => l.includes('with a long history'));
    expect(lines[candidate]).toMatch(
      /^ {2}[●○] Technical \/ IT project manager already, with a long history in infrastructure delivery$/,
    );
    expect(lines[candidate + 1]).toMatch(/^ {4}\((?:strong|clear|some|weak) signal\)$/);
  });
});
