import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { analyzeResume } from '../analysis/analyze.ts';
import type { SectionKind } from '../extract/types.ts';
import { bundledGuidance } from './data.ts';
import { confirmBackground, detectBackground, MIN_SCORE, SIGNAL_WEIGHTS } from './detect-background.ts';

const role = findRole('technical-project-manager')!;
const analyze = (lines: string[]) =>
  analyzeResume({
    document: { format: 'text', text: lines.join('\n'), warnings: [] },
    role,
    taxonomy: bundledTaxonomy(),
    asOf: { year: 2025, month: 6 },
  });

describe('detectBackground', () => {
  it('finds QA as the latest background and business analysis before it, with quoted titles', () => {
    const report = analyze([
      'Experience',
      'QA Engineer — Acme Payments (2019 – 2024)',
      '- Wrote and executed test cases and regression suites for 3 releases a month',
      '- Logged defects and verified fixes',
      'Business Analyst — Globex (2016 – 2019)',
      '- Gathered requirements from business users and wrote BRD and use cases',
    ]);
    expect(report.background?.primary).toBe('qa-engineer');
    expect(report.background?.candidates.map((c) => c.id)).toEqual(['qa-engineer', 'business-analyst']);
    expect(report.background?.candidates[0]?.evidence[0]).toEqual({
      kind: 'title',
      quote: 'QA Engineer — Acme Payments (2019 – 2024)',
      line: 2,
      matched: 'qa engineer',
    });
    expect(report.background?.candidates[1]?.evidence[0]?.line).toBe(5);
  });

  it('says "other" for a resume with no technical or delivery background', () => {
    const report = analyze([
      'Experience',
      'Beekeeper — Honey Farm (2015 – 2024)',
      '- Kept forty hives and sold honey at the market every weekend',
    ]);
    expect(report.background?.primary).toBe('other');
    expect(report.background?.candidates).toEqual([
      { id: 'other', label: 'Other background', confidence: 1, evidence: [] },
    ]);
    expect(report.transition?.naturalness).toBe('stretch');
  });

  it('counts a developer with many years as senior, and a plain one as junior', () => {
    const junior = analyze([
      'Experience',
      'Java Developer — Initech (2022 – 2024)',
      '- Developed REST APIs in Spring Boot',
    ]);
    expect(junior.background?.primary).toBe('junior-developer');
    const senior = analyze([
      'Summary',
      'Java developer with 13 years of experience in banking systems.',
      'Experience',
      'Java Developer — Initech (2012 – 2024)',
      '- Developed REST APIs in Spring Boot',
    ]);
    expect(senior.background?.primary).toBe('senior-developer');
    expect(senior.background?.experienceYears).toBe(13);
  });

  it('keeps a developer who has held a senior title senior, though plain titles outnumber it', () => {
    const report = analyze([
      'Rafael Souza',
      'Mobile Developer',
      'Experience',
      'Senior iOS Developer — Pix Pagamentos (Aug 2023 – Present)',
      '- Built the onboarding flow in SwiftUI',
      'Android Developer — Carteira Fintech (Mar 2021 – Jul 2023)',
      '- Developed the account app in Kotlin',
      'Mobile Developer — Quadrante Digital (Jan 2019 – Feb 2021)',
      '- Developed client apps in React Native',
    ]);
    expect(report.background?.primary).toBe('senior-developer');
  });

  it('reads an IT project coordinator as coming from project coordination, not as a TPM', () => {
    const report = analyze([
      'IT Project Coordinator IT Project Coordinator - Lakeshore Health Madison, WI',
      'Work Experience',
      'IT Project Coordinator Lakeshore Health - Madison, WI March 2024 to Present',
      '• Schedule meetings, take minutes and update the project plan in Smartsheet',
      '• Track the go-live checklist for the new nurse call system',
      '• Coordinated UAT with the vendor and logged defects in Jira during the EHR upgrade release',
      '• Attend sprint planning and daily stand-ups with the integration team',
    ]);
    expect(report.background?.primary).toBe('project-manager');
  });

  it('reads a program manager of community programs as "other", and one of delivery programs as a project manager', () => {
    const lines = (duty: string) => [
      'Experience',
      'Program Manager — Harbor Youth Alliance (2019 – 2025)',
      `- ${duty}`,
      '- Supervise 6 site coordinators and manage a program budget of $1.2 million',
      '- Prepare reports for funders and the board',
    ];
    expect(
      analyze(lines('Manage after school and community programs serving 450+ youth at 5 sites')).background
        ?.primary,
    ).toBe('other');
    expect(analyze(lines('Run the AmeriCorps members who staff our programs')).background?.primary).toBe(
      'other',
    );
    expect(
      analyze(
        lines('Manage the ERP replacement program: project plans, milestones and the steering committee'),
      ).background?.primary,
    ).toBe('project-manager');
  });

  it('prefers the longest title: "Technical Project Manager" is not a plain project manager', () => {
    const report = analyze([
      'Experience',
      'Technical Project Manager — Hooli (2020 – 2024)',
      '- Ran sprint planning',
    ]);
    expect(report.background?.primary).toBe('technical-project-manager');
    expect(report.transition?.naturalness).toBe('already-there');
  });

  it('reads a software development engineer in test as QA, not as the developer its first words name', () => {
    const report = analyze([
      'Experience',
      'Software Development Engineer in Test II — Cascadia Commerce (2019 – 2024)',
      '- Built an API test suite with RestAssured and ran it in Jenkins',
    ]);
    expect(report.background?.primary).toBe('qa-engineer');
  });

  it('detects a scrum master from title and ceremonies, and shows what transfers with their own words', () => {
    const report = analyze([
      'Experience',
      'Scrum Master — Contoso (2019 – 2024)',
      '- Facilitated sprint planning, daily stand-ups and retrospectives for two Scrum teams',
      '- Removed impediments and tracked velocity in Jira',
    ]);
    expect(report.background?.primary).toBe('scrum-master');
    expect(report.transition?.naturalness).toBe('very-natural');
    const cadence = report.transition?.transfers.find((t) => t.label === 'Running the agile cadence');
    // The title alone names Scrum; the ceremonies on lines 3 and 4 show it.
    expect(cadence?.evidence.map((e) => e.line)).toEqual([3, 4]);
    expect(report.transition?.gaps.map((g) => g.requirement.id)).toEqual([
      'stakeholder-management',
      'organization',
      'budgeting',
      'risk-management',
    ]);
  });

  it('names "other" from a title outside every background, even beside technical skills', () => {
    const report = analyze([
      'Experience',
      'Data Scientist — Initech (2017 – 2024)',
      '- Built churn models in Python and SQL, deployed with Docker',
    ]);
    expect(report.background?.primary).toBe('other');
    expect(report.background?.candidates[0]?.evidence[0]).toEqual({
      kind: 'title',
      quote: 'Data Scientist — Initech (2017 – 2024)',
      line: 2,
      matched: 'data scientist',
    });
  });

  it('reads a technical writer as "other", in technology, though the docs live in Git', () => {
    const report = analyze([
      'Experience',
      'Senior Technical Writer — Initech (2017 – 2024)',
      '- Moved the docs to Markdown in Git with pull-request reviews and a Python link checker',
    ]);
    expect(report.background?.primary).toBe('other');
    expect(report.background?.candidates[0]?.evidence[0]).toMatchObject({
      kind: 'title',
      matched: 'technical writer',
    });
  });

  it('reads a build and release manager as DevOps, not as a release manager of projects', () => {
    const report = analyze([
      'Experience',
      'Build and Release Manager — Initech (2017 – 2024)',
      '- Kept the Jenkins builds green and cut the release branches',
    ]);
    expect(report.background?.primary).toBe('devops-engineer');
  });

  it('prefers an IT project manager title over the plain project manager it specializes', () => {
    const report = analyze([
      'IT Project Manager IT Project Manager Long Island City, NY',
      'Work Experience',
      'IT Project Manager Morgan McKinley July 2016 to August 2017 Managed the release of a new website in Java.',
      '• Served as a Project Manager to coordinate a database upgrade; tracked the project plan and status',
      'Project Manager Acme 2012 to 2016 Managed office moves.',
    ]);
    expect(report.background?.primary).toBe('technical-project-manager');
    expect(report.background?.candidates.map((c) => c.id)).toContain('project-manager');
  });

  it('takes years of experience from the dated positions, the same figure as the structure', () => {
    const report = analyze([
      'Summary',
      'Engineer with 30 years of experience.',
      'Experience',
      'Java Developer — Initech (2014 – 2024)',
      '- Developed REST APIs in Spring Boot',
    ]);
    expect(report.document.structure.totalYears).toBe(11);
    expect(report.background?.experienceYears).toBe(11);
    expect(report.background?.primary).toBe('senior-developer');
  });

  it('reads the headline a resume site runs into the summary, but not a skills line at the top', () => {
    const support = analyze([
      'Regional Desktop Support Technician Polsinelli PC Kansas City, MO Reliable technician who keeps four hundred people working, with years of help desk experience behind the phones.',
      'Work Experience',
      'Project Manager The Click Depot March 2013 to April 2014 Kept clients informed of progress.',
    ]);
    expect(support.background?.candidates[0]?.evidence[0]?.matched).toBe('desktop support');
    const skillsFirst = analyze([
      'Technical Skills • Selenium • Manual Testing • Quality Assurance',
      'Work Experience',
      'Business Analyst Globex March 2016 to April 2024 Gathered requirements from business users.',
    ]);
    expect(skillsFirst.background?.primary).toBe('business-analyst');
  });

  it('names the role held now, though years of engineering before it left more on the page', () => {
    // The lines given, then two engineering jobs.
    const background = (lines: string[]) =>
      analyze([
        ...lines,
        'Software Engineer III, Initech (2012 – 2019)',
        '- Designed and built scalable microservices in Java; led code reviews and mentored 3 developers',
        '- Improved the architecture of the payment system and its scalability',
        'Software Engineer, Hooli (2004 – 2012)',
        '- Developed REST APIs in Java and Python; wrote unit tests; fixed production bugs',
      ]).background;
    const pm = (dates: string) => [
      `Product Manager, Globex (${dates})`,
      '- Own the roadmap for the checkout product',
    ];
    const now = background(['Experience', ...pm('2019 – Present')]);
    expect(now?.primary).toBe('product-manager');
    expect(now?.candidates.map((c) => c.id)).toContain('senior-developer');
    // A headline naming another background says the positions were read wrong: no preference then.
    const headline = background([
      'Regional Desktop Support Technician',
      'Experience',
      ...pm('2019 – Present'),
    ]);
    expect(headline?.primary).not.toBe('product-manager');
    // Held a few months, the new role weighs too little to name the background yet.
    expect(background(['Experience', ...pm('Jan 2025 – Present')])?.primary).toBe('senior-developer');
    // The position held now has no title the structure step could read: no role names the background.
    const untitled = background([
      'Experience',
      'Jan 2020 – Present',
      '- Support the office network',
      ...pm('2019 – 2020'),
    ]);
    expect(untitled?.primary).toBe('senior-developer');
  });

  it('reads each entry of a run-on line by its own title, as if each had a line of its own', () => {
    const current = [
      'Work Experience',
      'Desktop Support Technician Polsinelli PC - Troy, IL August 2017 to Present',
      '• Troubleshoot networks, systems and applications for 300 users.',
    ];
    const entries = [
      'Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Kept clients informed.',
      'Business Application Specialist Express Pros - Cary, NC May 2012 to July 2012 Built reports.',
      'Technical Support Intern LRS - Springfield, IL June 2011 to October 2011',
    ];
    const candidates = (lines: string[]) =>
      analyze(lines).background?.candidates.map((c) => [c.id, c.confidence]);
    const runOn = candidates([...current, `• Wrote kb articles ${entries.join(' ')}`]);
    // Before, the specialist's and the intern's entries read "Project Manager" on their line as theirs too.
    expect(runOn).toEqual(candidates([...current, '• Wrote kb articles', ...entries]));
    expect(runOn?.map(([id]) => id)).toEqual(['support-implementation', 'project-manager']);
  });

  it('reads no background from a title held in training: the field shows in duties and skills', () => {
    const primary = (title: string) =>
      analyze([
        'Work Experience',
        `${title} — Norwell Institute (June 2023 – Present)`,
        '• Learned to install an Oracle database and take RMAN backups on Linux.',
        'Stock Clerk — Harbor Foods (March 2019 – May 2023)',
        '• Stocked shelves and counted the inventory.',
      ]).background;
    // The same entry held as a job names its background; as an internship, a traineeship or an
    // apprenticeship it names none, and the work that was a job decides.
    expect(primary('Database Administrator')?.primary).toBe('support-implementation');
    for (const title of [
      'Database Administrator Intern',
      'Database Administrator internship',
      'Trainee Database Administrator',
      'Database Administrator Apprentice',
    ])
      expect([title, primary(title)?.primary]).toEqual([title, 'other']);
  });

  it('scores a title by its weight, its length of service and a repeat of it', () => {
    expect(SIGNAL_WEIGHTS.title).toBe(2.5);
    const confidence = (...lines: string[]) => analyze(['Experience', ...lines]).background?.candidates;
    // The title line also names the skill "business analysis": 0.75 × (1 − e^(−0.5 / 2)) = 0.166 on
    // top of 2.5 × the title's weight; confidence is the score over 3.
    // Three years or more: weight 1, so (2.5 + 0.166) / 3.
    expect(confidence('Business Analyst — Globex (2019 – 2024)')).toEqual([
      expect.objectContaining({ id: 'business-analyst', confidence: 0.89 }),
    ]);
    // Undated: 0.85, so (2.125 + 0.166) / 3.
    expect(confidence('Business Analyst — Globex')).toEqual([
      expect.objectContaining({ id: 'business-analyst', confidence: 0.76 }),
    ]);
    // Two years: 0.7 + 0.3 × 2/3 = 0.9, so (2.25 + 0.166) / 3.
    expect(confidence('Business Analyst — Globex (2023 – 2024)')).toEqual([
      expect.objectContaining({ id: 'business-analyst', confidence: 0.81 }),
    ]);
    // The same title again, earlier: 0.85 for its place × 0.3 for the repeat, a quarter of which
    // adds to the best: 1 + 0.25 × 0.255, so (2.659 + 0.166) / 3.
    expect(
      confidence('Business Analyst — Globex (2021 – 2024)', 'Business Analyst — Initech (2016 – 2019)'),
    ).toEqual([expect.objectContaining({ id: 'business-analyst', confidence: 0.94 })]);
  });

  describe('duty weights by section', () => {
    const backgrounds = bundledGuidance(role, bundledTaxonomy())!.backgrounds;
    // Six distinct QA duty phrases and nothing else: the section alone sets the score.
    const qaConfidence = (section: SectionKind) => {
      const result = detectBackground({
        lines: [
          'Wrote test cases, test scripts and test scenarios',
          'Owned the test plan, the test strategy and test execution for each release',
        ],
        sectionOf: () => section,
        skills: [],
        backgrounds,
        thisYear: 2025,
      });
      return result.candidates.find((c) => c.id === 'qa-engineer')?.confidence ?? 0;
    };
    // Duties saturate (1 − e^(−sum/4)); confidence is the score over 3, in hundredths.
    const expected = (sectionWeight: number) => {
      const score = SIGNAL_WEIGHTS.duty * (1 - Math.exp((-6 * sectionWeight) / 4));
      return score < MIN_SCORE ? 0 : Math.round((score / 3) * 100) / 100;
    };

    it('weighs a duty in work experience fully and less in every other section', () => {
      expect(qaConfidence('experience')).toBe(expected(1));
      expect(qaConfidence('projects')).toBe(expected(0.9));
      expect(qaConfidence('other')).toBe(expected(0.8));
      expect(qaConfidence('summary')).toBe(expected(0.7));
      expect(qaConfidence('summary')).toBeGreaterThan(0);
      expect(qaConfidence('experience')).toBeGreaterThan(qaConfidence('projects'));
      expect(qaConfidence('projects')).toBeGreaterThan(qaConfidence('other'));
    });

    it('claims no background from duties named only in a header, skills, certifications or education', () => {
      for (const section of ['header', 'skills', 'certifications', 'education'] as const)
        expect(qaConfidence(section)).toBe(0);
    });
  });
});

describe('confirmBackground', () => {
  const networkInstalls = [
    'IT Project Manager — Retail Network Solutions (2017 – 2024)',
    '- Coordinate access to stores with mall management and general contractors',
    '- Allocate local contractors to installations and negotiate their contracts',
    '- Schedule technicians for network equipment installs at 40 stores a quarter',
    '- Mark up access point locations on floor plans in Visio; configure the routers and switches',
  ];

  it('reads an IT project manager whose resume shows no software lifecycle work as a project manager', () => {
    const report = analyze(['Experience', ...networkInstalls]);
    expect(report.requirements.find((r) => r.skill.id === 'sdlc')?.status).not.toBe('shown');
    expect(report.background?.primary).toBe('project-manager');
    expect(report.background?.setAside).toMatchObject({ id: 'technical-project-manager' });
    // The titles stay quoted as the evidence, and the transition is the project manager's.
    expect(report.background?.candidates[0]?.evidence[0]).toMatchObject({ kind: 'title', line: 2 });
    expect(report.transition?.from).toBe('project-manager');
    // The track record follows: the project manager's share, with the reason.
    expect(report.trackRecord.credit).toBe(0.6);
    expect(report.trackRecord.explanation).toContain(
      'No line of the resume shows software lifecycle or agile work',
    );
    expect(report.background?.candidates.map((c) => c.id)).not.toContain('technical-project-manager');
  });

  it('keeps the technical project manager when the lifecycle shows at work', () => {
    const report = analyze([
      'Experience',
      ...networkInstalls,
      '- Ran release planning and UAT for the store inventory app with the development team',
    ]);
    expect(report.requirements.find((r) => r.skill.id === 'sdlc')?.status).toBe('shown');
    expect(report.background?.primary).toBe('technical-project-manager');
    expect(report.background?.setAside).toBeUndefined();
    expect(report.trackRecord.credit).toBe(1);
  });

  it('leaves every other background as detected, whatever shows', () => {
    const backgrounds = bundledGuidance(role, bundledTaxonomy())!.backgrounds;
    const detected = detectBackground({
      lines: ['QA Engineer — Acme (2019 – 2024)'],
      sectionOf: () => 'experience',
      skills: [],
      backgrounds,
      thisYear: 2025,
    });
    expect(detected.primary).toBe('qa-engineer');
    expect(confirmBackground(detected, new Set(), backgrounds)).toBe(detected);
  });
});

describe('work in the role held now', () => {
  const tpm = (end: string) => [
    'Experience',
    `Technical Program Manager — Hooli (2021 – ${end})`,
    '- Managed releases and UAT for the payments app with three development teams',
    '- Coordinated dependencies with the platform and security teams',
    'Business Analyst — Globex (2016 – 2021)',
    '- Gathered requirements from business users and wrote user stories',
  ];
  const sdlcOf = (r: ReturnType<typeof analyze>) => r.requirements.find((q) => q.skill.id === 'sdlc')!;

  it('counts applied work in a technical project manager role held now as owned, and says so', () => {
    const report = analyze(tpm('Present'));
    expect(report.background?.primary).toBe('technical-project-manager');
    const best = sdlcOf(report).evidence[0]!;
    expect(best).toMatchObject({ line: 3, strength: 'applied', inRole: true });
    expect(sdlcOf(report).credit).toBe(1);
    expect(sdlcOf(report).explanation).toContain(
      'applied in the role you hold now, which is this role, so counted as owned = 100%',
    );
    // The earlier job counts as it reads.
    const ta = report.requirements.find((q) => q.skill.id === 'technical-translation')!;
    expect(ta.evidence.find((e) => e.line === 6)?.inRole).toBeUndefined();
  });

  it('counts the same work in a role that ended as applied (80%)', () => {
    const report = analyze(tpm('2024'));
    expect(sdlcOf(report).evidence[0]?.inRole).toBeUndefined();
    expect(sdlcOf(report).credit).toBe(0.8);
  });

  it('does not count a project manager now as in the role', () => {
    const report = analyze([
      'Experience',
      'Project Manager — Hooli (2021 – Present)',
      '- Managed releases and UAT for the payments app with three development teams',
    ]);
    expect(report.background?.primary).not.toBe('technical-project-manager');
    expect(sdlcOf(report).evidence[0]?.inRole).toBeUndefined();
  });
});

describe('a role named as a goal', () => {
  it('is not held: an aspiring technical project manager is a QA engineer, with the QA share of the track record', () => {
    const report = analyze([
      'Maya Chen',
      'QA Engineer → aspiring Technical Project Manager',
      'Summary',
      'Quality engineer with 5 years testing web apps. I want to move into technical project management.',
      'Experience',
      'QA Engineer — Acme Payments (2020 – Present)',
      '- Wrote and executed test cases and regression suites; logged defects in Jira',
    ]);
    expect(report.background?.primary).toBe('qa-engineer');
    expect(report.background?.candidates.map((c) => c.id)).not.toContain('technical-project-manager');
    expect(report.trackRecord.credit).toBe(0.25);
    expect(report.ignored.map((i) => [i.line, i.reason])).toContainEqual([
      4,
      'named as a goal, not as experience',
    ]);
  });
});
