import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { TEST_ROLE } from '../../../test/fixtures/test-role.ts';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { loadRole } from '../role/load-role.ts';
import type { RoleInput } from '../role/schema.ts';
import { analyzeResume, bandOf } from './analyze.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);

const ROLE: RoleInput = TEST_ROLE;

const role = (() => {
  const r = loadRole(ROLE, taxonomy);
  if (!r.ok) throw new Error(r.error.map((i) => i.message).join());
  return r.value;
})();

const analyze = (text: string) =>
  analyzeResume({
    asOf: { year: 2026, month: 12 },
    document: { format: 'text', text, warnings: [] },
    role,
    taxonomy,
  });

/** The bundled Technical Project Manager role reading a resume given as lines, as of June 2025. */
const analyzeTpm = (lines: string[]) =>
  analyzeResume({
    document: { format: 'text', text: lines.join('\n'), warnings: [] },
    role: findRole('technical-project-manager')!,
    taxonomy: bundledTaxonomy(),
    asOf: { year: 2025, month: 6 },
  });

describe('analyzeResume', () => {
  // Made in each test rather than when the file loads, so that a mutant switched on for a test
  // reaches it (mutation testing switches mutants on only while tests run).
  let report: ReturnType<typeof analyze>;
  beforeEach(() => {
    report = analyze(
      [
        'Experience',
        '- Led Scrum ceremonies for 2 teams, reducing carry-over by 30%',
        '- Tracked work in Jira',
        '',
        'Skills',
        'Leadership',
      ].join('\n'),
    );
  });
  const req = (id: string) => report.requirements.find((r) => r.skill.id === id)!;

  it('gives full credit to a narrower skill led with a result', () => {
    expect(req('agile')).toMatchObject({ weight: 40, credit: 1, points: 40, status: 'shown' });
    expect(req('agile').evidence[0]).toEqual({
      quote: 'Led Scrum ceremonies for 2 teams, reducing carry-over by 30%',
      // "Scrum": the words that earned the points.
      match: { start: 4, end: 9 },
      line: 2,
      section: 'experience',
      strength: 'led',
      hedged: false,
      skillId: 'scrum',
    });
  });

  it('quotes a bullet repeated under several jobs once, and the next different line after it', () => {
    const repeated = analyze(
      [
        'Experience',
        'Analyst, Acme (2020 - 2022)',
        '- Ran Scrum ceremonies for the team',
        'Analyst, Initech (2018 - 2020)',
        '- Ran  Scrum ceremonies for the TEAM',
        '- Ran Scrum retrospectives',
      ].join('\n'),
    );
    const agile = repeated.requirements.find((r) => r.skill.id === 'agile')!;
    expect(agile.evidence.map((e) => e.line)).toEqual([3, 6]);
  });

  it('quotes a line from work before an equally strong one from the summary', () => {
    const both = analyze(
      [
        'Jane Doe',
        'Ran Scrum ceremonies for two teams',
        '',
        'Experience',
        '- Ran Scrum ceremonies at Acme',
      ].join('\n'),
    );
    const agile = both.requirements.find((r) => r.skill.id === 'agile')!;
    expect(agile.evidence.map((e) => [e.line, e.section, e.strength])).toEqual([
      [5, 'experience', 'applied'],
      [2, 'header', 'applied'],
    ]);
  });

  it('gives an accepted related skill its stated share', () => {
    // Jira applied (0.8) × accepted share 0.5 = 0.4 of 30 points.
    expect(req('risk-management')).toMatchObject({ credit: 0.4, points: 12, status: 'partial' });
    expect(req('risk-management').explanation).toContain('Jira counts for 50% of Risk management');
  });

  it('scores listed-only evidence at half, and missing at zero', () => {
    expect(req('leadership')).toMatchObject({ credit: 0.5, points: 5, status: 'partial' });
    expect(req('stakeholder-management')).toMatchObject({
      credit: 0,
      points: 0,
      status: 'missing',
      evidence: [],
    });
  });

  it('sums the points into the score', () => {
    expect(report.score).toBe(57);
    expect(report.requirements.reduce((s, r) => s + r.points, 0)).toBe(57);
  });

  it('ranks gaps by points at stake and lists strengths with evidence', () => {
    expect(report.gaps.map((g) => [g.skill.id, g.importance])).toEqual([
      ['stakeholder-management', 20],
      ['risk-management', 18],
      ['leadership', 5],
    ]);
    expect(report.strengths.map((s) => s.skill.id)).toEqual(['agile']);
  });

  it('weighs gaps by market demand when given', () => {
    const withDemand = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: {
        format: 'text',
        text: 'Experience\n- Led Scrum for 2 teams, reducing cost by 30%',
        warnings: [],
      },
      role,
      taxonomy,
      demand: new Map([
        ['leadership', 1],
        ['stakeholder-management', 0],
      ]),
    });
    expect(withDemand.gaps.map((g) => [g.skill.id, g.importance])).toEqual([
      // A tie at 15 points is broken by label.
      ['leadership', 15],
      ['risk-management', 15],
      ['stakeholder-management', 10],
    ]);
  });

  it('lists every skill found, with what it counts toward', () => {
    expect(report.skills.map((s) => [s.id, s.strength, s.countsToward])).toEqual([
      ['scrum', 'led', ['agile']],
      ['jira', 'applied', ['risk-management']],
      ['leadership', 'listed', ['leadership']],
    ]);
  });

  it('is deterministic', () => {
    const text = 'Experience\n- Managed stakeholders and Agile delivery\nSkills\nJira, Python';
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });

  it('finds nothing in a resume without evidence', () => {
    const empty = analyze(
      [
        'Experience',
        'Gardener — City Parks (2015 – 2024)',
        '- Grew tomatoes and pruned the roses in the park',
      ].join('\n'),
    );
    expect(empty.document.kind).toBe('resume');
    expect(empty.score).toBe(0);
    expect(empty.requirements.every((r) => r.status === 'missing')).toBe(true);
  });

  it('gives no score to a text that is no resume, and says why', () => {
    const few = analyze('Gardener. I grow tomatoes.');
    expect(few.document.kind).toBe('not-a-resume');
    expect(few.score).toBeNull();
    expect(few.document.warning).toContain('only 4 words');
  });

  it('does not read an employer named like a skill as the skill', () => {
    const report = analyzeTpm([
      'Experience',
      'Product Designer — Figma (2020 – 2024)',
      '- Designed onboarding flows',
    ]);
    expect(report.skills.some((s) => s.id === 'figma')).toBe(false);
    expect(report.ignored).toContainEqual({
      skillId: 'figma',
      label: 'Figma',
      quote: 'Product Designer — Figma (2020 – 2024)',
      line: 2,
      reason: 'the name of an employer, not a skill',
    });
  });

  it('finds an employer on its line though the structure step read its punctuation apart', () => {
    const report = analyzeTpm([
      'Work Experience',
      'Project Manager Agile Builders, Inc. - Raleigh, NC April 2019 to Present',
      '• Build and update the CPM schedule in Primavera P6',
    ]);
    expect(report.document.structure.positions[0]?.organisation).toBe('Agile Builders Inc.');
    expect(report.requirements.find((r) => r.skill.id === 'agile')?.status).toBe('missing');
    expect(report.ignored.filter((i) => i.skillId === 'agile').map((i) => i.reason)).toEqual([
      'the name of an employer, not a skill',
    ]);
  });

  it('quotes words side by side before words a together rule read across a clause, at the same credit', () => {
    const report = analyzeTpm([
      'Experience',
      'Analyst, Acme (2020 – Present)',
      '- Set the release schedule with application owners',
      '- Worked closely with the business on the claims portal',
    ]);
    const stakeholders = report.requirements.find((r) => r.skill.id === 'stakeholder-management')!;
    expect(stakeholders.status).toBe('shown');
    expect(stakeholders.evidence.map((e) => [e.line, e.skillId])).toEqual([
      [4, 'cross-team-collaboration'],
      [3, 'agreeing-work-with-parties'],
    ]);
  });

  it('reads a one-word employer said again in a bullet as the tool it may also be', () => {
    const report = analyzeTpm([
      'Experience',
      'Product Designer — Figma (2020 – 2024)',
      '- Designed onboarding flows',
      '- Ran research sessions',
      '- Built the design system in Figma',
    ]);
    expect(report.ignored.map((i) => [i.skillId, i.line])).toEqual([['figma', 2]]);
    expect(report.skills.find((s) => s.id === 'figma')!.evidence.map((e) => e.line)).toEqual([5]);
  });

  it('sets a skill aside once per line and reason, however often the line names it', () => {
    const report = analyzeTpm([
      'Experience',
      'Product Designer — Figma Figma (2020 – 2024)',
      '- Designed onboarding flows',
      'Designer — Figma (2018 – 2020)',
    ]);
    expect(report.ignored.map((i) => [i.skillId, i.line, i.reason])).toEqual([
      ['figma', 2, 'the name of an employer, not a skill'],
      ['figma', 4, 'the name of an employer, not a skill'],
    ]);
  });

  /** One requirement of the report on a resume written as lines (analysed as of June 2025). */
  const requirementOf = (lines: string[], skill: string) => {
    const report = analyzeResume({
      document: { format: 'text', text: lines.join('\n'), warnings: [] },
      role: findRole('technical-project-manager')!,
      taxonomy: bundledTaxonomy(),
      asOf: { year: 2025, month: 6 },
    });
    return { report, requirement: report.requirements.find((q) => q.skill.id === skill)! };
  };

  it('reads a managing title as leadership named, on the line of the title, where no bullet shows it', () => {
    const lead = requirementOf(
      [
        'Experience',
        'Site Supervisor — NetLink Field Services (2020 – 2025)',
        '- Install network cabinets at stores',
      ],
      'leadership',
    ).requirement;
    expect(lead.status).toBe('partial');
    expect(lead.evidence.map((e) => [e.line, e.strength, e.quote])).toEqual([
      [2, 'listed', 'Site Supervisor — NetLink Field Services (2020 – 2025)'],
    ]);
    // A project, program or product manager leads work across people: shown, from the title, when no
    // line shows leadership some other way (readers of the written sets: 10 shown, 5 partial).
    const pm = requirementOf(
      [
        'Experience',
        'Project Manager — NetLink Field Services (2020 – 2025)',
        '- Manage network installs at stores',
      ],
      'leadership',
    ).requirement;
    expect(pm.status).toBe('shown');
    expect(pm.evidence.map((e) => [e.line, e.strength])).toEqual([[2, 'applied']]);
    const mentor = requirementOf(
      [
        'Experience',
        'Project Manager — NetLink Field Services (2020 – 2025)',
        '- Mentored two junior coordinators',
      ],
      'leadership',
    ).requirement;
    expect(mentor.evidence.map((e) => [e.line, e.strength])).toEqual([
      [3, 'applied'],
      [2, 'listed'],
    ]);
    // A bullet that shows leadership comes first; a sales lead is no managing title.
    const led = requirementOf(
      [
        'Experience',
        'Charge Nurse — Mercy Hospital (2019 – 2025)',
        '- Led a team of 6 nurses on the night shift',
      ],
      'leadership',
    ).requirement;
    expect([led.status, led.evidence[0]!.line]).toEqual(['shown', 3]);
    expect(
      requirementOf(
        ['Experience', 'Sales Associate — Acme (2019 – 2025)', '- Followed up every lead'],
        'leadership',
      ).requirement.status,
    ).toBe('missing');
  });

  it('says why a strength earns part of its points, as its gap does', () => {
    const { report } = requirementOf(
      [
        'Experience',
        'Science Teacher — Westbrook High School (2016 – 2025)',
        '- Led the science fair committee of 6 teachers, scheduling judges and volunteers',
        '- Parent-teacher communication and progress reports every quarter',
      ],
      'leadership',
    );
    const leadership = report.strengths.find((s) => s.skill.id === 'leadership')!;
    expect(leadership.reason).toMatch(
      /: you applied it in your work; it earns part of them, shown in work far from technology \(counted at 50%\)\.$/,
    );
    // A strength earning what applied work earns says nothing more.
    const { report: own } = requirementOf(
      [
        'Experience',
        'Scrum Master — Acme Software (2019 – 2025)',
        '- Facilitated sprint planning for two teams',
      ],
      'agile',
    );
    expect(own.strengths.find((s) => s.skill.id === 'agile')!.reason).toMatch(
      /: you applied it in your work\.$/,
    );
  });

  it('reads EHR and IT service work as work in technology', () => {
    const { report } = requirementOf(
      [
        'Experience',
        'Senior Implementation Consultant — Crestmark Health Advisors (2021 – 2025)',
        '- Built and validated Epic EHR workflows with clinic managers for 9 go-lives',
        'Application Analyst — Peachtree Regional Health System (2017 – 2021)',
        '- Handled ServiceNow tickets and enhancement requests for 60 clinics',
      ],
      'sdlc',
    );
    expect(report.background?.primary).toBe('support-implementation');
  });

  it('reads nothing from a clause of consent, and reads PI planning as planning', () => {
    const lines = [
      'Experience',
      'Agile Coach — Vantelo Software (2022 – 2025)',
      '- Facilitated 7 PI Plannings, 3 of them fully remote with 120+ participants',
      '',
      'I agree to the processing of personal data provided in this document for realising the recruitment',
      'process pursuant to the Personal Data Protection Act of 10 May 2018 (Journal of Laws 2018, item 1000)',
      'and in agreement with Regulation (EU) 2016/679 (GDPR).',
    ];
    expect(requirementOf(lines, 'attention-to-detail').requirement.status).toBe('missing');
    expect(requirementOf(lines, 'sprint-planning').requirement.status).toBe('shown');
    // Planning an increment across teams balances their capacity only in part.
    expect(requirementOf(lines, 'resource-allocation').requirement.status).toBe('partial');
  });

  it('finds a requirement named inside a longer name of another skill', () => {
    // A longer name wins where it starts, so it must not swallow a name the role counts.
    const statusOf = (line: string, skill: string) =>
      requirementOf(['Experience', 'Software Engineer — Acme (2018 – 2024)', `- ${line}`], skill).requirement
        .status;
    expect(statusOf('Delivered projects in Agile and Waterfall environments', 'agile')).toBe('shown');
    expect(statusOf('Facilitated scrum ceremonies for two teams', 'agile')).toBe('shown');
    expect(statusOf('Facilitated scrum ceremonies for two teams', 'communication')).toBe('shown');
    expect(statusOf('Pair programming with senior engineers on the billing service', 'sdlc')).toBe('shown');
    expect(statusOf('Known for creative problem solving', 'problem-solving')).not.toBe('missing');
    // A phrase's object is read too: the review is attention to detail, the test cases testing.
    expect(statusOf('Reviewed test cases written by the QA team', 'qa-basics')).toBe('shown');
    expect(statusOf('Developed contingency plans for the cutover', 'risk-management')).toBe('shown');
    // Capacity planning of people is resource allocation; of databases and servers it sizes systems.
    expect(statusOf('Capacity planning for two scrum teams', 'resource-allocation')).toBe('shown');
    expect(
      statusOf('Performed capacity planning for database growth on all SQL servers', 'resource-allocation'),
    ).toBe('missing');
    // Clearing a team's blockers is solving its problems (and, as dependency work, part of risk).
    expect(statusOf('Removed impediments for two delivery teams', 'problem-solving')).toBe('shown');
    expect(statusOf('Removed impediments for two delivery teams', 'risk-management')).toBe('partial');
    expect(statusOf('Blockers were tracked by the project office', 'problem-solving')).toBe('missing');
    // Training or onboarding new hires is teaching them, not staffing the work.
    expect(
      statusOf('Helped build the new hire onboarding checklist for the support team', 'resource-allocation'),
    ).toBe('missing');
    // Watching systems in a monitoring tool is operations around software, half of the lifecycle:
    // the tool's share is its own, not the 80% of DevOps above monitoring.
    expect(statusOf('Monitor and triage alerts in Splunk for the Java services of 40 clients', 'sdlc')).toBe(
      'partial',
    );
    // The help desk is where support work comes from, not a tracker: it earns nothing for Jira; a
    // ticketing tool does, in part.
    expect(statusOf('Escalation point for the helpdesk and mentor 2 junior admins', 'jira')).toBe('missing');
    expect(statusOf('Handled escalated tickets from the IT service desk', 'jira')).toBe('missing');
    expect(statusOf('Tracked user requests in the ticketing system', 'jira')).toBe('partial');
    // "Cut-over" is how many write a cutover: planning one is release planning, in part.
    expect(
      statusOf('Planned the cut-over weekend for each client with their IT team', 'sprint-planning'),
    ).toBe('partial');
    // A problem's number moved from where it was to where it is now is a problem solved; naming
    // process improvement, or a model's score moving, is not.
    expect(
      statusOf('Cut nightly batch runtime from 7h to 2h20m by rewriting 40 jobs', 'problem-solving'),
    ).toBe('shown');
    expect(statusOf('Drove process improvement across the support team', 'problem-solving')).toBe('partial');
    expect(
      statusOf('Built scoring models for SME loans; Gini improved from 0.52 to 0.61', 'problem-solving'),
    ).toBe('missing');
  });

  it('reads the size of a team, engineering safeguards and release checks for what they show in part', () => {
    const statusOf = (line: string, skill: string) =>
      requirementOf(['Experience', 'Software Engineer — Acme (2018 – 2024)', `- ${line}`], skill).requirement
        .status;
    // The headcount beside the work is where allocating it starts: part of resource allocation.
    expect(
      statusOf('TPM for the partner platform: 4 engineering teams (28 engineers)', 'resource-allocation'),
    ).toBe('partial');
    expect(
      statusOf('Acting project lead for dispute automation (5 people, 4 months)', 'resource-allocation'),
    ).toBe('partial');
    expect(statusOf('Worked with 3 scrum teams on the payments flow', 'resource-allocation')).toBe('missing');
    // Putting people onto the work that needs them is allocation itself.
    expect(
      statusOf('Moved two backend engineers onto the switch migration for six weeks', 'resource-allocation'),
    ).toBe('shown');
    // Postmortems, staged rollouts and error budgets contain failures: delivery risk in part.
    expect(statusOf('Incident commander; introduced blameless postmortems', 'risk-management')).toBe(
      'partial',
    );
    expect(statusOf('Moved 14 services to Postgres with zero downtime', 'risk-management')).toBe('partial');
    expect(statusOf('Defined SLOs and error budgets for 35 services', 'risk-management')).toBe('partial');
    expect(statusOf('Participate in the on-call rotation', 'risk-management')).toBe('missing');
    // A go/no-go or release checklist checks a release on its way out: testing in part.
    expect(statusOf('Introduced a release calendar and go/no-go checklist for the app', 'qa-basics')).toBe(
      'partial',
    );
    expect(statusOf('Wrote the release checklist later adopted by all 9 teams', 'qa-basics')).toBe('partial');
    expect(statusOf('Ran go/no-go for 22 releases', 'stakeholder-management')).toBe('shown');
    // Cutting features to ship on a date is prioritising a backlog in part.
    expect(
      statusOf(
        'Re-baselined the plan, cut two low-value features and launched a month late',
        'sprint-planning',
      ),
    ).toBe('partial');
  });

  it('counts soft skills shown only in work outside technology at half, and says so', () => {
    const analyzeAs = (title: string) =>
      requirementOf(
        [
          'Experience',
          `${title} — Northwind (2015 – 2024)`,
          '- Presented weekly reports to senior management',
          'Skills',
          'SQL, Git',
        ],
        'communication',
      );
    const sales = analyzeAs('Sales Manager');
    const pm = analyzeAs('Project Manager');
    expect(sales.report.background?.primary).toBe('other');
    expect(sales.requirement.status).toBe('shown');
    expect(sales.requirement.credit).toBe(pm.requirement.credit / 2);
    expect(sales.requirement.explanation).toContain('Counted at 50%');
    expect(pm.requirement.explanation).not.toContain('Counted at');
  });

  it('lists a requirement shown for part of its points as a gap, with the reason, and not one shown in full', () => {
    const gapOf = (report: ReturnType<typeof analyzeResume>, id: string) =>
      report.gaps.find((g) => g.skill.id === id);
    // Far from technology: communication is shown, at half its applied credit.
    const sales = requirementOf(
      [
        'Experience',
        'Sales Manager — Northwind (2015 – 2024)',
        '- Presented weekly reports to senior management',
      ],
      'communication',
    );
    expect(sales.requirement).toMatchObject({ status: 'shown', credit: 0.4 });
    expect(gapOf(sales.report, 'communication')).toMatchObject({
      status: 'shown',
      inPart: { farFromTechnology: 0.5 },
      pointsAtStake: sales.requirement.weight - sales.requirement.points,
    });
    // Through a related skill: Python at work counts for 70% of the software lifecycle, short of
    // shown: scripts for reports use a language without building software (readers mark it partial).
    const developer = requirementOf(
      ['Experience', 'Software Engineer — Acme (2018 – 2024)', '- Built Python scripts for shipment reports'],
      'sdlc',
    );
    expect(developer.requirement).toMatchObject({ status: 'partial', credit: 0.56 });
    expect(gapOf(developer.report, 'sdlc')).toMatchObject({
      status: 'partial',
      inPart: { via: { id: 'python', label: 'Python', share: 0.7 } },
    });
    // Building an application in it is software engineering, shown.
    const builder = requirementOf(
      [
        'Experience',
        'Software Engineer — Acme (2018 – 2024)',
        '- Developed an invoicing application in Java',
      ],
      'sdlc',
    );
    expect(builder.requirement.status).toBe('shown');
    // Shown at its full applied credit, or more: a strength, no gap.
    const pm = requirementOf(
      [
        'Experience',
        'Project Manager — Acme (2015 – 2024)',
        '- Presented weekly reports to senior management',
        'Skills',
        'SQL, Git',
      ],
      'communication',
    );
    expect(pm.requirement).toMatchObject({ status: 'shown', credit: 0.8 });
    expect(gapOf(pm.report, 'communication')).toBeUndefined();
    expect(pm.report.strengths.map((x) => x.skill.id)).toContain('communication');
    // The scores and statuses do not depend on it.
    expect(sales.report.strengths.map((x) => x.skill.id)).toContain('communication');
  });

  it('reads work next to a requirement as the requirement in part, through the skill it shows', () => {
    const job = (title: string, line: string, id: string) => requirementOf(['Experience', title, line], id);
    // [the job, its line, the requirement, the skill it comes through, that skill's share]
    const inPart: Array<[string, string, string, string, number]> = [
      // Taking part in a sprint review is next to planning the sprint, not planning it.
      [
        'Data Analyst — Acme (2021 – 2024)',
        '- Attended daily stand-ups and sprint reviews',
        'sprint-planning',
        'sprint-review',
        0.3,
      ],
      // Requests for information on a building project pass questions between site and designers.
      [
        'Project Engineer — Acme (2019 – 2024)',
        '- Managed RFIs and submittals with the architect',
        'technical-translation',
        'design-clarification',
        0.5,
      ],
      // Keeping the list of open issues through a cutover is the issue half of a RAID log.
      [
        'Project Coordinator — Acme (2019 – 2024)',
        '- Kept the open-issues list for the cutover weekend',
        'risk-management',
        'open-items-tracking',
        0.5,
      ],
      // Re-planning around a slip answers a risk that landed.
      [
        'Site Manager — Acme (2019 – 2024)',
        '- Re-sequenced the turbine installation after a 7-week crane delay',
        'risk-management',
        'replanning',
        0.6,
      ],
      // Checking works or goods for quality (punch lists, quality inspections) is testing of a kind, and
      // it shows attention to detail in full (the statuses below).
      [
        'Site Manager — Acme (2019 – 2024)',
        '- Day-to-day site management, H&S, quality inspections',
        'qa-basics',
        'quality-inspection',
        0.6,
      ],
      // Writing code test first is a developer's testing, next to QA work, not QA itself.
      [
        'Software Developer — Acme (2019 – 2024)',
        '- Designed and coded application components using a test-driven development approach',
        'qa-basics',
        'tdd',
        0.6,
      ],
      // A disaster-recovery or business-continuity test is testing of a kind, short of testing software.
      [
        'Database Administrator — Acme (2019 – 2024)',
        '- Executed Business Continuity Testing for various applications',
        'qa-basics',
        'recovery-testing',
        0.5,
      ],
      // Quality control of parts is precision work, of another field than software.
      [
        'Plant Technician — Acme (2019 – 2024)',
        '- Quality control of incoming parts',
        'attention-to-detail',
        'quality-assurance',
        0.5,
      ],
      // HIPAA named on a feature says which field the software serves; the checking work is implied.
      [
        'Software Engineer — Acme Health (2019 – 2024)',
        '- Shipped HIPAA-compliant e-signature for consent forms',
        'attention-to-detail',
        'hipaa',
        0.5,
      ],
      // Resources named among a plan's parts are planned for, not yet assigned.
      [
        'Project Manager — Acme (2019 – 2024)',
        '- Defined project scope, budget, resources, deliverables, and timeline',
        'resource-allocation',
        'resource-planning',
        0.5,
      ],
      // A migration planned in steps is release planning of a kind, outside any sprint.
      [
        'Database Administrator — Acme (2019 – 2024)',
        '- Creates and executes a migration/decommission plan for over 500 databases',
        'sprint-planning',
        'migration-planning',
        0.6,
      ],
      // A board of the teams' dependencies keeps a risk in view before it lands.
      [
        'Scrum Master — Acme (2019 – 2024)',
        '- Set up a cross-team dependency board for three squads',
        'risk-management',
        'dependency-management',
        0.6,
      ],
      // Running a team's ceremonies is work in sprints, short of planning them.
      [
        'Scrum Master — Acme (2019 – 2024)',
        '- Ran ceremonies for two teams and kept the Jira board tidy',
        'sprint-planning',
        'sprint-work',
        0.5,
      ],
    ];
    for (const [title, line, id, via, share] of inPart) {
      const { requirement, report } = job(title, line, id);
      expect(requirement.status, line).toBe('partial');
      expect(
        report.gaps.find((g) => g.skill.id === id),
        line,
      ).toMatchObject({ inPart: { via: { id: via, share } } });
    }
    // [the job, its line, the requirement, its status]
    const statuses: Array<[string, string, string, string]> = [
      // Lead and cycle times are an agile team's measures only when they time its stories, features or
      // deployments; a claims desk's or a supplier's lead time is no agile work.
      [
        'Claims Analyst — Acme (2019 – 2024)',
        '- Cut claims cycle time from 12 to 7 days',
        'agile',
        'missing',
      ],
      ['Buyer — Acme (2019 – 2024)', '- Negotiated lead times with 14 suppliers', 'agile', 'missing'],
      [
        'Delivery Lead — Acme (2019 – 2024)',
        '- Cut average story cycle time from 9 to 4 days',
        'agile',
        'shown',
      ],
      // Quality checks of works are precision work in full; inspecting a truck is too, and no testing.
      [
        'Site Manager — Acme (2019 – 2024)',
        '- Ran the punch list and quality inspections',
        'attention-to-detail',
        'shown',
      ],
      ['Driver — Acme (2019 – 2024)', '- Inspected trucks before each route', 'attention-to-detail', 'shown'],
      ['Driver — Acme (2019 – 2024)', '- Inspected trucks before each route', 'qa-basics', 'missing'],
      // Tests on data in a pipeline are testing; checking logs and alerts is checking work; articles
      // that explain a product to its users bridge the people who build it and the people who use it.
      [
        'Data Engineer — Acme (2019 – 2024)',
        '- Added data quality tests (dbt tests, Great Expectations) to the 25 most-used tables',
        'qa-basics',
        'shown',
      ],
      [
        'Database Administrator — Acme (2019 – 2024)',
        '- Monitoring the alert log, backups and database space usage every morning',
        'attention-to-detail',
        'shown',
      ],
      [
        'Support Specialist — Acme (2019 – 2024)',
        '- Wrote 60+ knowledge base articles for customers',
        'technical-translation',
        'shown',
      ],
      // Planning releases or a quarter is planning, with or without sprints, and says nothing of Agile.
      [
        'IT Coordinator — Acme (2019 – 2024)',
        '- Maintained the release calendar for 6 teams',
        'sprint-planning',
        'shown',
      ],
      [
        'IT Coordinator — Acme (2019 – 2024)',
        '- Maintained the release calendar for 6 teams',
        'agile',
        'missing',
      ],
      // Lean on a shop floor or a ward is process improvement, not Agile.
      [
        'Operations Manager — Acme (2019 – 2024)',
        '- Applied Lean principles on the ward with value stream mapping',
        'agile',
        'missing',
      ],
      // Re-planning around a slip solves the problem the slip made.
      [
        'Site Manager — Acme (2019 – 2024)',
        '- Re-sequenced the turbine installation after a 7-week crane delay',
        'problem-solving',
        'shown',
      ],
      // A project planned is no software lifecycle: a teacher's science fair shows none of it.
      [
        'Teacher — Acme School (2019 – 2024)',
        '- Project planning and scheduling of the science fair in Jira',
        'sdlc',
        'missing',
      ],
      // Commanding the response to major incidents leads the people on the call.
      [
        'SRE — Acme (2019 – 2024)',
        '- Incident commander on the major-incident rota: ran 23 Sev-1 incidents',
        'leadership',
        'shown',
      ],
    ];
    for (const [title, line, id, status] of statuses)
      expect(job(title, line, id).requirement.status, `${id}: ${line}`).toBe(status);
  });

  it('says where the words that matched lie in the quotes of the background, the route and the self-check', () => {
    const { report } = requirementOf(
      [
        'Experience',
        'QA Engineer — Acme (2018 – 2024)',
        '- Wrote and executed test cases and regression suites in Selenium for 3 releases a month',
        '- Presented weekly reports to senior management and product owners',
      ],
      'communication',
    );
    const quotes = [
      ...(report.background?.candidates ?? []).flatMap((c) => c.evidence.filter((e) => e.kind === 'skill')),
      ...(report.transition?.transfers ?? []).flatMap((t) => t.evidence),
      ...(report.selfCheck?.items ?? []).flatMap((i) => i.evidence),
    ];
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) expect(q.quote.slice(q.match!.start, q.match!.end).trim()).not.toBe('');
  });

  /** A project manager of a pump maker, with `extra` lines after the job; its communication requirement. */
  const pumpMaker = (extra: string[]) =>
    requirementOf(
      [
        'Experience',
        'Project Manager — Northwind Pumps (2015 – 2024)',
        '- Presented weekly reports to senior management',
        ...extra,
      ],
      'communication',
    );

  it('counts soft skills at half in a resume that names no technology, whatever its title', () => {
    const commOf = (extra: string[]) => pumpMaker(extra).requirement;
    const pumps = commOf([]);
    const software = commOf(['Skills', 'Java, PostgreSQL, Git']);
    expect(pumps.status).toBe('shown');
    expect(pumps.credit).toBe(software.credit / 2);
    expect(pumps.explanation).toContain('Counted at 50%');
    expect(software.explanation).not.toContain('Counted at');
  });

  it('counts delivery practices at half in a resume that names no technology, but not Agile or a named tool', () => {
    const site = (extra: string[]) => [
      'Experience',
      'Site Engineer — Northwind Builders (2015 – 2024)',
      '- Managed the project budget of the new school building',
      '- Identified risks and prepared contingency plans with the client',
      '- Introduced agile ways of working to the site crew',
      ...extra,
    ];
    const of = (extra: string[], skill: string) => requirementOf(site(extra), skill).requirement;
    const software = ['Skills', 'Java, PostgreSQL, Git'];
    for (const skill of ['budgeting', 'risk-management']) {
      const far = of([], skill);
      const near = of(software, skill);
      expect(far.status).toBe('shown');
      expect(far.credit).toBe(near.credit / 2);
      expect(far.explanation).toContain(
        'Counted at 50%: the resume names no programming language, database, software tool, IT field, computing degree or software-team practice',
      );
      expect(near.explanation).not.toContain('Counted at');
    }
    // Agile is a way of working that transfers whole; the role does not list it.
    expect(of([], 'agile').credit).toBe(of(software, 'agile').credit);
    expect(of([], 'agile').explanation).not.toContain('Counted at');
  });

  it('reads Scrum, Jira and the other tools and practices of software teams as naming technology', () => {
    const coordinator = (line: string) =>
      requirementOf(
        [
          'Experience',
          'Delivery Coordinator — Ridgeline Payments (2018 – 2024)',
          '- Facilitated stakeholder reviews every month and kept the sponsors informed',
          line,
        ],
        'stakeholder-management',
      ).requirement;
    const far = coordinator('- Kept the team calendar');
    expect(far.explanation).toContain('Counted at 50%');
    for (const line of [
      '- Ran Scrum events for two teams',
      '- Kept the Jira board and the Confluence space current',
      '- Wrote user stories with the product owner',
      '- Moved the team to a SAFe release train',
      '- Tracked work in Azure DevOps',
    ]) {
      const near = coordinator(line);
      expect(near.credit, line).toBe(far.credit * 2);
      expect(near.explanation, line).not.toContain('Counted at');
    }
  });

  it('counts a title held outside technology at half of the track record, and says so', () => {
    const trackOf = (extra: string[]) => pumpMaker(extra).report.trackRecord;
    const pumps = trackOf([]);
    const software = trackOf(['Skills', 'Java, PostgreSQL, Git']);
    expect(software).toMatchObject({ credit: 0.6, points: 12, background: { id: 'project-manager' } });
    expect(software.explanation).toBe(
      'Your title on line 2 shows project manager (non-technical or general) work, which counts for 60% of the 20 track-record points.',
    );
    expect(pumps).toMatchObject({ credit: 0.3, points: 6, evidence: { line: 2 } });
    expect(pumps.explanation).toBe(
      'Your title on line 2 shows project manager (non-technical or general) work, which counts for 60% of the 20 track-record points; counted at 50%, since the resume shows that work outside technology, where it transfers in part.',
    );
  });

  it('counts engineering words toward the software lifecycle only in a resume that shows software', () => {
    const sdlcOf = (extra: string[]) =>
      requirementOf(
        [
          'Experience',
          'Site Engineer — Northwind Builders (2016 – 2024)',
          '- Design and development of the drainage works for the tower project',
          ...extra,
        ],
        'sdlc',
      ).requirement;
    const civil = sdlcOf([]);
    expect(civil.status).toBe('missing');
    expect(civil.explanation).toContain('Line 3');
    expect(civil.explanation).toContain('is not counted');
    const developer = sdlcOf(['Skills', 'Java, PostgreSQL, Git']);
    expect(developer.status).not.toBe('missing');
    expect(developer.explanation).not.toContain('is not counted');
  });

  it("does not count what a product does as the person's practice, but keeps its technology", () => {
    const resume = (bullet: string) => [
      'Experience',
      'Software Developer — Northwind (2018 – 2024)',
      bullet,
      'Skills',
      'Java, PostgreSQL, Git',
    ];
    const built = requirementOf(
      resume(
        '- Developed an invoicing application in Java that helps small businesses track expenses and budgets',
      ),
      'budgeting',
    );
    expect(built.requirement.status).toBe('missing');
    expect(built.requirement.explanation).toContain('Line 3');
    expect(built.requirement.explanation).toContain('what a product does');
    // The same words describing the person's own work count.
    const owned = requirementOf(
      resume('- Tracked expenses and budgets of the payments project'),
      'budgeting',
    );
    expect(owned.requirement.status).toBe('shown');
    // The technology a product was built with still counts toward the software lifecycle.
    const sdlc = requirementOf(
      resume(
        '- Developed an invoicing application in Java that helps small businesses track expenses and budgets',
      ),
      'sdlc',
    );
    expect(sdlc.requirement.status).toBe('shown');
  });

  describe('each credit factor of docs/scoring.md, end to end', () => {
    const agile = (text: string, asOf?: { year: number; month: number }) =>
      analyzeResume({
        document: { format: 'text', text, warnings: [] },
        role,
        taxonomy,
        ...(asOf ? { asOf } : {}),
      }).requirements.find((r) => r.skill.id === 'agile')!;

    it('gives led work 100%, applied work 80% and a listed name 50%', () => {
      expect(agile('Experience\n- Led Scrum for 2 teams, cutting carry-over by 30%').credit).toBe(1);
      expect(agile('Experience\n- Ran Scrum ceremonies for two teams').credit).toBe(0.8);
      expect(agile('Skills\nScrum, Kanban').credit).toBe(0.5);
    });

    it('halves hedged evidence', () => {
      const plain = agile('Skills\nScrum, Kanban');
      const hedged = agile('Skills\nBasic knowledge of Scrum');
      expect(hedged.evidence[0]).toMatchObject({ skillId: 'scrum', hedged: true, strength: 'listed' });
      expect(hedged.credit).toBe(plain.credit / 2);
      expect(hedged.status).toBe('partial');
    });

    it('gives a negated mention nothing', () => {
      const none = agile('Experience\n- Gardener at City Parks\nSkills\nNo experience with Scrum');
      expect(none).toMatchObject({ credit: 0, status: 'missing' });
    });

    it('counts evidence from a role that ended long before the latest one a little less, never its status', () => {
      const text = [
        'Experience',
        'Gardener — City Parks (Jan 2015 – Dec 2024)',
        '- Pruned the roses in the park',
        'Developer — Acme (Jan 2000 – Dec 2004)',
        '- Ran Scrum ceremonies for two teams',
      ].join('\n');
      const old = agile(text, { year: 2025, month: 1 });
      // Ended 10 years before the latest role began: 5 years in full, then 3% a year for 5 years.
      expect(old.evidence[0]!.recency).toBe(0.85);
      expect(old.credit).toBeCloseTo(0.8 * 0.85, 10);
      expect(old.status).toBe('shown');
    });
  });
});

describe('score bands', () => {
  const bands = [
    { from: 80, label: 'Ready', meaning: 'Most of the role shows.' },
    { from: 40, label: 'Close', meaning: 'Some gaps.' },
    { from: 0, label: 'Far', meaning: 'Little shows yet.' },
  ];
  const banded = (() => {
    const r = loadRole({ ...ROLE, scoreBands: bands }, taxonomy);
    if (!r.ok) throw new Error(r.error.map((i) => i.message).join());
    return r.value;
  })();

  it('reads a score as the first band it reaches, with the band’s range', () => {
    expect(bandOf(banded, 100).scoreBand).toEqual({ ...bands[0], to: 100 });
    expect(bandOf(banded, 80).scoreBand).toEqual({ ...bands[0], to: 100 });
    expect(bandOf(banded, 79).scoreBand).toEqual({ ...bands[1], to: 79 });
    expect(bandOf(banded, 40).scoreBand).toEqual({ ...bands[1], to: 79 });
    expect(bandOf(banded, 39).scoreBand).toEqual({ ...bands[2], to: 39 });
    expect(bandOf(banded, 0).scoreBand).toEqual({ ...bands[2], to: 39 });
  });

  it('puts the band in the report of a resume, and none without bands or without a score', () => {
    const text = 'Experience\n- Led Scrum ceremonies for 2 teams, reducing carry-over by 30%';
    const input = {
      asOf: { year: 2026, month: 12 },
      document: { format: 'text' as const, text, warnings: [] },
      taxonomy,
    };
    const report = analyzeResume({ ...input, role: banded });
    expect(report.score).not.toBeNull();
    expect(report.scoreBand).toEqual(bandOf(banded, report.score!).scoreBand);
    expect(analyzeResume({ ...input, role }).scoreBand).toBeUndefined();
    const posting = analyzeResume({
      ...input,
      role: banded,
      document: {
        format: 'text' as const,
        warnings: [],
        text: 'We are looking for a Technical Project Manager.\nYou will run sprint planning.\nMinimum qualifications: 5 years of Jira.',
      },
    });
    expect(posting.score).toBeNull();
    expect(posting.scoreBand).toBeUndefined();
  });

  it('refuses bands out of order or not reaching 0, saying what to fix', () => {
    const bad = (scoreBands: unknown) => {
      const r = loadRole({ ...ROLE, scoreBands }, taxonomy);
      return r.ok ? [] : r.error.map((i) => i.message);
    };
    expect(bad([bands[1], bands[0], bands[2]])).toEqual([
      'scoreBands must be listed from the highest band down, each starting lower than the one before',
    ]);
    expect(bad([bands[0], bands[1]])).toEqual([
      'the last of scoreBands must start at 0, so every score has a band',
    ]);
    expect(bad(bands)).toEqual([]);
  });

  it('gives every score of the shipped role a band whose range holds it', () => {
    const tpm = findRole('technical-project-manager')!;
    expect(tpm.scoreBands.length).toBeGreaterThan(1);
    for (let score = 0; score <= 100; score++) {
      const band = bandOf(tpm, score).scoreBand!;
      expect(score).toBeGreaterThanOrEqual(band.from);
      expect(score).toBeLessThanOrEqual(band.to);
    }
  });
});
