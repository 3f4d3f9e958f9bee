import { describe, expect, it } from 'vitest';
import cuesJson from '../../../data/audit/cues.json' with { type: 'json' };
import essentialsJson from '../../../data/audit/essentials.json' with { type: 'json' };
import raciJson from '../../../data/audit/raci.json' with { type: 'json' };
import titlesJson from '../../../data/audit/titles.json' with { type: 'json' };
import { auditPosting, resolvePosting } from './audit.ts';
import { isDeliveryFamily } from './families.ts';
import { extractJobPostingLd, htmlToText } from './html.ts';
import { renderAuditMarkdown, renderAuditText } from './render.ts';
import { segmentPosting } from './segment.ts';
import { compileVocabulary, defaultVocabulary } from './vocabulary.ts';

const GENUINE = `Technical Project Manager
Responsibilities
- Own the delivery timeline and milestones for our payments platform releases.
- Coordinate cross-functional teams across engineering, design and operations.
- Track risks and dependencies and escalate blockers early.
- Manage stakeholders and send weekly status reports to leadership.
- Run sprint planning and retrospectives with two Scrum teams.
Qualifications
- 5 years of experience managing technical projects.
- Understanding of software development and cloud systems.
- PMP or CSM certification; experience with Jira and Confluence.`;

const DISGUISED = `Technical Project Manager
What you will do
- Write production code in Java and Python for our trading services.
- Design and implement new APIs and microservices.
- Take part in code reviews and the on-call rotation.
- You will also develop internal tools when the team needs help.
Requirements
- 6+ years of experience developing in Java.
- Master's degree in Computer Engineering.
- Strong proficiency in Python and Kubernetes.`;

const HYBRID = `Technical Project Manager
Responsibilities
- Own the delivery plan, milestones and release schedule for the mobile platform.
- Coordinate engineering, design and QA teams and report status to leadership.
- Track risks and dependencies across three squads and escalate blockers.
- Run sprint planning and backlog refinement with the engineering leads.
- You will also write production code in Python for internal tooling when the team needs it.
Qualifications
- 5 years of experience managing software projects.
- Hands-on experience with Python and SQL.`;

const EVENTS = `Technical Program Manager, Executive and Event Production
Responsibilities
- Produce executive events and keynotes: stage design, lighting, audio and video production.
- Manage AV vendors, venue logistics, catering and travel for speakers.
- Run rehearsals with speakers and the show caller; cue the stage crew during live shows.
- Build run-of-show documents and event budgets.
Qualifications
- 7 years of experience in live event production or broadcast.
- Experience with stage lighting consoles and audio mixing desks.`;

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

describe('auditPosting', () => {
  it('calls a delivery-focused TPM posting genuine and finds nothing missing', () => {
    const a = value(auditPosting({ text: GENUINE }));
    expect(a.title).toBe('Technical Project Manager');
    expect(a.titleSource).toBe('first-line');
    expect(a.tpmTitled).toBe(true);
    // The title is not content: the body alone reads as delivery management.
    expect(isDeliveryFamily(a.content.family)).toBe(true);
    expect(a.content.evidence.some((e) => e.sentence === 'Technical Project Manager')).toBe(false);
    expect(a.verdict.verdict).toBe('genuine');
    expect(a.redFlags).toEqual([]);
    expect(a.essentials.filter((e) => !e.present).map((e) => e.id)).toEqual([]);
  });

  it('calls a coding job titled TPM a disguised developer role, with quoted red flags', () => {
    const a = value(auditPosting({ text: DISGUISED }));
    expect(a.verdict.verdict).toBe('disguised-developer');
    expect(a.content.family).toBe('software-development');
    const kinds = [...new Set(a.redFlags.map((f) => f.kind))].sort();
    expect(kinds).toEqual([
      'also-develop',
      'developer-duty',
      'engineering-masters',
      'on-call',
      'production-coding',
    ]);
    const coding = a.redFlags.find(
      (f) => f.quote === 'Write production code in Java and Python for our trading services.',
    );
    expect(coding?.kind).toBe('production-coding');
    expect(coding?.languages).toEqual(['Java', 'Python']);
    expect(a.essentials.filter((e) => !e.present).map((e) => e.id)).toEqual([
      'agile-delivery',
      'risk-dependencies',
      'stakeholders',
      'scope-timeline',
      'pm-certifications',
      'pm-tools',
    ]);
    expect(a.fixes[0]).toMatch(/^Retitle the role/);
    const code = a.raci?.rows.find((r) => r.activity === 'Write, review and merge production code');
    expect(code?.assignments).toEqual({ TPM: 'I', 'Tech lead': 'A', Developers: 'R', QA: 'I', Product: 'I' });
    expect(code?.note).toBe('the posting gives this to the TPM');
  });

  it('calls a delivery role whose TPM also codes a hybrid, quoting the coding duty', () => {
    const a = value(auditPosting({ text: HYBRID }));
    expect(a.verdict.verdict).toBe('hybrid');
    expect(a.content.family).toBe('technical-program-management');
    const flag = a.redFlags.find((f) => f.kind === 'production-coding' || f.kind === 'also-develop');
    expect(flag?.quote).toContain('write production code in Python');
  });

  it('calls a TPM-titled posting whose duties are another kind of work not a TPM role', () => {
    const a = value(auditPosting({ text: EVENTS }));
    expect(a.tpmTitled).toBe(true);
    expect(a.verdict.verdict).toBe('not-tpm');
    expect(a.verdict.confidence).toBe('low');
  });

  it('gives a verdict of not-applicable to a non-TPM title, even for the same text', () => {
    const a = value(auditPosting({ text: DISGUISED, title: 'Senior Backend Engineer' }));
    expect(a.titleSource).toBe('given');
    expect(a.titleFamily).toBe('software-development');
    expect(a.verdict.verdict).toBe('not-applicable');
    expect(a.redFlags).toEqual([]);
    expect(a.raci).toBeUndefined();
  });

  it('treats "understanding of software development" as literacy, not coding', () => {
    const a = value(
      auditPosting({ text: 'Requirements\n- Understanding of software development practices.' }),
    );
    expect(a.content.evidence.map((e) => e.cueId)).toEqual(['tpm-literacy']);
  });

  it('reads the title from JSON-LD, and the description as the text', () => {
    const html = `<html><head><title>Jobs</title><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'JobPosting',
          title: 'Technical Program Manager',
          description: '<p>Own the delivery timeline.</p>',
        },
      ],
    })}</script></head><body><h1>Careers</h1></body></html>`;
    const a = value(auditPosting({ html }));
    expect(a.title).toBe('Technical Program Manager');
    expect(a.titleSource).toBe('json-ld');
    expect(a.content.evidence.map((e) => e.cueId)).toEqual(['pm-own-timeline', 'pm-drive-execution']);
  });

  it('falls back to the page heading when there is no JSON-LD', () => {
    const a = value(auditPosting({ html: '<h1>IT Project Manager</h1><p>Manage the project budget.</p>' }));
    expect([a.title, a.titleSource, a.tpmTitled]).toEqual(['IT Project Manager', 'heading', true]);
  });

  it('fails with EMPTY_INPUT when there is no text', () => {
    const r = auditPosting({ text: '  \n ' });
    expect(r.ok ? '' : r.error.code).toBe('EMPTY_INPUT');
  });
});

describe('resolvePosting: the text and title audited', () => {
  const page = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'JobPosting',
    title: 'Technical Program Manager',
    description: 'Own the delivery timeline.',
  })}</script>`;

  it('reads the text given, and the page only when the text is blank', () => {
    expect(resolvePosting({ text: 'Run the release calendar.', html: page }).text).toBe(
      'Run the release calendar.',
    );
    expect(resolvePosting({ text: ' \n ', html: page }).text).toBe('Own the delivery timeline.');
  });

  it('takes the first non-blank line for the title, without its Markdown heading marks or spaces', () => {
    for (const first of ['## Technical Program Manager  ', '##Technical Program Manager'])
      expect(resolvePosting({ text: `\n\n${first}\nOwn the release plan.` })).toEqual({
        text: `\n\n${first}\nOwn the release plan.`,
        title: 'Technical Program Manager',
        titleSource: 'first-line',
      });
    // A '#' inside the title stays.
    expect(resolvePosting({ text: 'C# Program Manager\nOwn the release plan.' }).title).toBe(
      'C# Program Manager',
    );
  });

  it('takes a first line of up to 120 characters for the title, and a longer one for text', () => {
    const line = (n: number) => `Program Manager ${'x'.repeat(n - 16)}`;
    expect(resolvePosting({ text: `${line(120)}\nMore.` }).title).toBe(line(120));
    expect(resolvePosting({ text: `${line(121)}\nMore.` })).toMatchObject({
      title: undefined,
      titleSource: 'none',
    });
  });

  it('takes a given title without its spaces, and ignores a blank one', () => {
    expect(
      resolvePosting({ text: 'Release Manager\nOwn it.', title: '  Technical Program Manager ' }),
    ).toMatchObject({
      title: 'Technical Program Manager',
      titleSource: 'given',
    });
    expect(resolvePosting({ text: 'Release Manager\nOwn it.', title: '   ' })).toMatchObject({
      title: 'Release Manager',
      titleSource: 'first-line',
    });
  });

  it('does not read the title line as content, whatever its case, spacing or heading marks', () => {
    const sentences = (text: string, title?: string) =>
      value(auditPosting({ text, ...(title === undefined ? {} : { title }) })).content.evidence.map(
        (e) => e.sentence,
      );
    const body = 'Responsibilities:\nOwn the release plan for the payments platform.';
    expect(sentences(`Technical Program Manager\n${body}`, 'technical   PROGRAM manager')).toEqual([
      'Own the release plan for the payments platform.',
    ]);
    expect(sentences(`##Technical Program Manager\n${body}`)).toEqual([
      'Own the release plan for the payments platform.',
    ]);
  });

  it('says what is wrong with an empty posting and what to do', () => {
    const r = auditPosting({ text: '  \n ' });
    expect(r.ok ? undefined : r.error).toEqual({
      code: 'EMPTY_INPUT',
      message: 'The posting has no text to audit.',
      hint: 'Pass a file with the job description in it (text, HTML or DOCX).',
    });
  });
});

// Program and project manager postings, written for these tests in the shapes real ones take.
const AV_ROLLOUTS = `Program Manager, Meeting Room Rollouts
Responsibilities:
Run a portfolio of video-conferencing and network deployments across our offices through the integrators' project managers.
Keep scope, schedule and cost changes under the agreed change process and report on them each month.
Partner with the AV engineering teams to validate new room systems before they roll out.
Hand finished sites over to the support team with their documentation.
Minimum qualifications:
5 years of experience managing audio-visual or IT deployments with vendors.
Experience with systems integration and room design reviews.`;

const SUPPLIERS = `Program Manager, Supplier Operations
Responsibilities:
Own the portfolio of facilities suppliers: scorecards, service levels and quarterly business reviews.
Lead sourcing events with procurement and negotiate statements of work.
Track supplier risk, onboarding and compliance with our purchasing policies.
Report supplier performance to leadership and drive improvement plans with stakeholders.
Minimum qualifications:
6 years of experience in supplier management or procurement.
Experience managing budgets and multiple stakeholders.`;

const NPI = `NPI Program Manager
Responsibilities:
Own the schedule, risks and escalations for the prototype builds of our next headset.
Drive build readiness and factory readiness with the hardware engineering teams and the contract manufacturer.
Run the EVT and DVT build reviews and report status to leadership.
Minimum qualifications:
7 years of experience running new product introduction programs for consumer electronics.`;

const CONSTRUCTION = `Project Manager
Responsibilities:
Manage the construction of two water treatment plants from bidding to closeout.
Supervise subcontractors on the job site, keep the schedule and budget, and process change orders.
Hold weekly site safety meetings and coordinate inspections with the city for building permits.
Requirements:
8 years of experience as a general contractor's project manager.`;

const DESIGN_SHARE = `Technical Program Manager, Developer Platform
Responsibilities:
Drive several cross-team workstreams for the build and test platform, tracking risks, dependencies and milestones.
Report program status to engineering leaders and stakeholders.
Coordinate and contribute to engineering deliverables such as architecture diagrams, specifications and launch criteria.
Minimum qualifications:
8 years of experience in software engineering or technical program management.`;

const LEARNING = `Program Manager, Employee Learning
Responsibilities:
Drive the execution of our leadership training programs across regions.
Own the program plan, milestones and budget, and report progress to stakeholders.
Work with instructional designers and trainers on the curriculum.
Minimum qualifications:
5 years of experience in learning and development program management.`;

describe('the RACI draft in the terminal', () => {
  it('fits every row of the default vocabulary, five roles wide, in 100 characters', () => {
    const text = [
      'Responsibilities:',
      '- Build release plans, schedules and milestones with engineering and product.',
      '- Write, review and merge production code in Java and Python for our AWS services.',
    ].join('\n');
    const a = value(auditPosting({ text, title: 'Technical Project Manager' }));
    expect(a.raci?.roles).toEqual(raciJson.roles);
    // Every activity of the vocabulary, each with the note the longest rows can carry.
    const rows = raciJson.activities.map((x) => ({
      activity: x.label,
      assignments: x.raci as Record<string, string>,
      note: 'the posting gives this to the TPM',
    }));
    const lines = renderAuditText({ ...a, raci: { roles: a.raci!.roles, rows } }).split('\n');
    const raci = lines.slice(lines.findIndex((l) => l.startsWith('RACI draft')));
    expect(raci[1]).toBe(`  ${' '.repeat(49)}  TPM  Tech lead  Developers  QA   Product`);
    expect(raci).toHaveLength(2 + 2 * rows.length + 1);
    expect(Math.max(...raci.map((l) => l.length))).toBeLessThanOrEqual(100);
  });
});

describe('program and project manager titles', () => {
  it('judges a program manager posting too: technology rollouts through integrators are technical delivery', () => {
    const a = value(auditPosting({ text: AV_ROLLOUTS }));
    expect([a.titleFamily, a.titleScope, a.tpmTitled]).toEqual(['project-management', 'program', false]);
    expect(a.verdict.verdict).toBe('genuine');
    expect(a.essentials.length).toBeGreaterThan(0);
    expect(a.raci?.roles).toEqual(['TPM', 'Tech lead', 'Developers', 'QA', 'Product']);
    expect(renderAuditText(a)).toMatch(/^Verdict: genuine TPM role \(hands-on share 0%, \w+ confidence\)$/m);
  });

  it('calls a program manager of suppliers not-tpm, names the work, and gives no TPM advice', () => {
    const a = value(auditPosting({ text: SUPPLIERS }));
    expect(a.titleScope).toBe('program');
    expect(a.verdict).toMatchObject({
      verdict: 'not-tpm',
      reason: 'The work is supply chain, sourcing and suppliers more than technical delivery.',
    });
    // The title is right for the job: there is nothing to retitle and no TPM essential to add.
    expect([a.redFlags, a.essentials, a.fixes, a.raci]).toEqual([[], [], [], undefined]);
    expect(renderAuditText(a)).not.toContain('Missing TPM essentials');
    expect(renderAuditText(a)).toContain(
      'technical work 0.0 against other work 7.8; about other business: "sourcing", "supplier risk"',
    );
  });

  it('gives the same supplier duties under a TPM title the TPM advice', () => {
    const a = value(
      auditPosting({ text: SUPPLIERS, title: 'Technical Program Manager, Supplier Operations' }),
    );
    expect([a.titleScope, a.verdict.verdict]).toEqual(['tpm', 'not-tpm']);
    expect(a.fixes[0]).toMatch(/^Retitle the role to match the work/);
  });

  it('calls a hardware build program through engineering and manufacturing partners genuine', () => {
    const a = value(auditPosting({ text: NPI }));
    expect(a.verdict.verdict).toBe('genuine');
    expect(a.content.family).toBe('technical-program-management');
    expect(a.content.evidence.filter((e) => e.domain === 'technical').map((e) => e.phrase)).toContain(
      'prototype builds',
    );
  });

  it('calls a construction project manager not-tpm', () => {
    const a = value(auditPosting({ text: CONSTRUCTION }));
    expect(a.verdict.verdict).toBe('not-tpm');
    expect(a.verdict.reason).toBe(
      'The work is construction, facilities and real estate more than technical delivery.',
    );
  });

  it('reads manufacturing programs with contract manufacturers as hardware delivery, datacenter construction as buildings', () => {
    const about = (text: string, domain: 'technical' | 'non-technical') =>
      value(auditPosting({ text, title: 'Program Manager' }))
        .content.evidence.filter((e) => e.domain === domain)
        .map((e) => e.phrase);
    expect(
      about(
        'Responsibilities:\nDrive production line bring-up and yield plans.\nAgree the ramp dates with the contract manufacturer.',
        'technical',
      ),
    ).toEqual(['production line', 'contract manufacturer']);
    expect(
      about(
        'Responsibilities:\nLead the data center construction program.\nPlan power and cooling upgrades with the facilities team.',
        'non-technical',
      ),
    ).toEqual(['data center construction', 'power and cooling']);
  });

  it('reads pay, benefits and screening sentences as boilerplate wherever they sit', () => {
    const units = segmentPosting(
      'Preferred qualifications:\nExperience with cloud platforms. The base pay range for this role is USD 100,000 - 150,000 per year. Certain roles may be eligible for benefits and other compensation.',
    );
    expect(units.map((u) => u.context)).toEqual(['preferred', 'about', 'about']);
  });

  it('reads partner, customer and field programs as non-technical work', () => {
    const a = value(
      auditPosting({
        title: 'Senior Program Manager, Cloud Partner Programs',
        text: `Responsibilities:
Own the partner programs for our cloud services: incentives, partner readiness and the yearly partner summit.
Run the go-to-market calendar with the field enablement and customer success teams.
Track program budgets and report results to the sales leadership.`,
      }),
    );
    expect(a.verdict.verdict).toBe('not-tpm');
    expect(a.verdict.reason).toBe(
      'The work is partner, customer and field programs more than technical delivery.',
    );
  });

  it('does not take "drive the execution of programs" for technical work', () => {
    const a = value(auditPosting({ text: LEARNING }));
    expect(a.content.evidence.find((e) => e.cueId === 'pm-drive-execution')?.family).toBe(
      'project-management',
    );
    expect(a.verdict.verdict).toBe('not-tpm');
  });

  it('reads seniority between "technical" and "program manager" as a TPM title', () => {
    const a = value(auditPosting({ text: NPI, title: 'Technical Principal Program Manager' }));
    expect([a.titleScope, a.tpmTitled]).toEqual(['tpm', true]);
  });
});

describe('why a TPM title is not-tpm, in the words of the verdict', () => {
  it('says a posting that names no duties at all names none, with a hands-on share of 0%', () => {
    const a = value(
      auditPosting({
        text: 'Technical Program Manager\nWe are a friendly company in Berlin.\nApply today with your CV.',
      }),
    );
    expect(a.verdict).toEqual({
      verdict: 'not-tpm',
      handsOnShare: 0,
      confidence: 'low',
      reason: 'The text names almost no delivery-management or engineering duties.',
    });
    expect(renderAuditText(a)).toMatch(
      /^Verdict: not a TPM role at all \(hands-on share 0%, low confidence\)$/m,
    );
  });

  it('names the business a posting without delivery duties is about', () => {
    const a = value(
      auditPosting({
        text: `Program Manager, Sales Operations
Responsibilities:
Own sales territory planning and quota setting for the account executives.
Run the quarterly business reviews with the sales leadership and key accounts.
Manage the sales compensation plan and the commission calendar.`,
      }),
    );
    expect(a.verdict.reason).toBe(
      'The text names almost no delivery-management or engineering duties; it is about sales and accounts.',
    );
  });

  it('names the role family a TPM-titled product job really is', () => {
    const a = value(
      auditPosting({
        text: `Technical Program Manager, Growth
Responsibilities:
Own the product roadmap and define product requirements for the growth team.
Write product specs and prioritize the product backlog with the product managers.
Run user research and A/B experiments and analyze product metrics.`,
      }),
    );
    expect(a.content.family).toBe('product-management');
    expect(a.verdict).toMatchObject({
      verdict: 'not-tpm',
      reason: 'The duties are mostly product management work, not delivery management or engineering.',
    });
  });
});

describe('hands-on duties and what is only asked for', () => {
  it('calls a TPM who contributes to engineering design deliverables a hybrid, and quotes it', () => {
    const a = value(auditPosting({ text: DESIGN_SHARE }));
    expect(a.verdict.verdict).toBe('hybrid');
    const flag = a.redFlags.find((f) => f.kind === 'design-work');
    expect(flag?.trigger).toBe('contribute to engineering deliverables');
    expect(flag?.quote).toContain(flag?.trigger ?? '?');
    expect(a.fixes).toContain(
      'Say how much of the design work ("Coordinate and contribute to engineering deliverables such as architecture diagrams, spec…") falls on the TPM and who owns the design; engineering usually does.',
    );
    expect(a.raci?.rows.find((r) => r.activity === 'Technical design and architecture decisions')?.note).toBe(
      'the posting gives this to the TPM',
    );
  });

  it('keeps a manager of TPMs genuine though the team contributes to design deliverables', () => {
    const text = `${DESIGN_SHARE}\nManage a team of six technical program managers: hiring, performance reviews and career growth.`;
    expect(value(auditPosting({ text })).verdict.verdict).toBe('genuine');
  });

  it('keeps a coordination-only TPM genuine when the requirements name languages', () => {
    const a = value(
      auditPosting({
        text: `${GENUINE.replace('Qualifications', 'Qualifications\n- Experience with Java, Python and Go services.')}`,
      }),
    );
    expect(a.redFlags.map((f) => [f.kind, f.strength])).toEqual([['production-coding', 'required']]);
    expect(a.verdict.verdict).toBe('genuine');
  });

  it('takes "design and implement" for a coding duty only when something software-like is built', () => {
    const duties = (line: string) =>
      value(auditPosting({ text: `Technical Program Manager\nResponsibilities:\n${line}` }))
        .content.evidence.filter((e) => e.flag === 'developer-duty')
        .map((e) => e.phrase);
    expect(duties('Design and implement new intake processes for the review teams.')).toEqual([]);
    expect(duties('Develop a software and tooling strategy for the lab.')).toEqual([]);
    expect(duties('Design, build and launch new data pipelines in production.')).toEqual([
      'Design, build and launch new data pipelines',
    ]);
  });

  it('reads a qualifications-only posting for what it is about: cloud and datacenter work is technical', () => {
    const a = value(
      auditPosting({
        title: 'Senior Program Manager',
        text: `Required qualifications: Bachelor's degree in Computer Science or a related field AND 6+ years of experience managing cross-team projects. 4+ years of experience tracking program schedules, risks and dependencies.
Preferred qualifications: Experience delivering datacenter capacity programs for cloud services. Experience working with engineering teams on networking and firmware releases.`,
      }),
    );
    expect(a.titleScope).toBe('program');
    expect(a.content.technical).toBeGreaterThanOrEqual(3);
    expect(a.verdict.verdict).toBe('genuine');
  });

  it('reads a degree in a technical discipline as technical context', () => {
    const technical = (text: string) =>
      value(auditPosting({ title: 'Program Manager, Data Operations', text })).content.technical;
    const duties =
      'Responsibilities:\nManage large projects from concept to launch, coordinating estimates, plans and risks';
    expect(
      technical(`${duties}.\nMinimum qualifications:\nBachelor's degree in a technical discipline.`),
    ).toBeGreaterThan(0);
    expect(technical(`${duties}.\nMinimum qualifications:\nBachelor's degree in a related field.`)).toBe(0);
    expect(
      technical(
        `${duties}.\nMinimum qualifications:\nBS in a technical field or equivalent practical experience.`,
      ),
    ).toBeGreaterThan(0);
  });

  it('takes writing scripts for a hands-on duty, but not test scripts for user acceptance', () => {
    const kinds = (line: string) =>
      value(auditPosting({ text: `Technical Program Manager\nResponsibilities:\n${line}` })).redFlags.map(
        (f) => f.kind,
      );
    expect(kinds('Write Python scripts to automate the weekly release report.')).toEqual(['developer-duty']);
    expect(
      kinds('Lead user acceptance testing, writing and running the test scripts with the business.'),
    ).toEqual([]);
  });

  it('does not take work that engineers do with the TPM, or an individual-contributor role, for hands-on duties', () => {
    const kinds = (line: string) =>
      value(auditPosting({ text: `Technical Program Manager\nResponsibilities:\n${line}` })).redFlags.map(
        (f) => f.kind,
      );
    expect(
      kinds('Partner with the platform engineers to design and implement new APIs for partners.'),
    ).toEqual([]);
    expect(kinds('This is an individual contributor role reporting to the director of programs.')).toEqual(
      [],
    );
    expect(kinds('Spend about 20% of your time hands-on scripting release tooling.')).toEqual([
      'production-coding',
    ]);
  });

  it('reads "reading and writing code" as literacy, and SDLC phases or a debug meeting as no coding duty', () => {
    const a = value(
      auditPosting({
        text: `Technical Program Manager
Responsibilities:
Lead the analysis, design, development, testing and implementation phases of our payments platform migration with the engineering teams.
Chair the daily build debug cadence with the factory and the hardware teams.
Own the release schedule and report risks to leadership.
Preferred qualifications:
Some experience reading and writing code for demos or samples.`,
      }),
    );
    expect(a.redFlags).toEqual([]);
    expect(a.verdict.verdict).toBe('genuine');
  });
});

describe('segmentPosting', () => {
  it('tags sentences by section and splits text glued without spaces', () => {
    const units = segmentPosting(
      'Responsibilities:Build the app.Fix bugs.\nRequirements\n- 3 years of Go\nBenefits\n- Free lunch',
    );
    expect(units).toEqual([
      { text: 'Build the app.', context: 'duty' },
      { text: 'Fix bugs.', context: 'duty' },
      { text: '3 years of Go', context: 'requirement' },
      { text: 'Free lunch', context: 'about' },
    ]);
  });

  it('splits a long line of bullets run together without punctuation, one unit per bullet', () => {
    const units = segmentPosting(
      [
        'Responsibilities:',
        'Own the release calendar for the storage platform across four engineering teams in two regions Drive weekly risk reviews with the leads and the vendors who build the racks Partner with finance on the capacity budget for next year',
        'Minimum qualifications:',
        'Bachelor’s degree in a technical field or equivalent experience 6+ years managing infrastructure programs with several engineering teams at once Experience in planning hardware builds with contract manufacturers abroad',
      ].join('\n'),
    );
    expect(units).toEqual([
      {
        text: 'Own the release calendar for the storage platform across four engineering teams in two regions',
        context: 'duty',
      },
      {
        text: 'Drive weekly risk reviews with the leads and the vendors who build the racks',
        context: 'duty',
      },
      { text: 'Partner with finance on the capacity budget for next year', context: 'duty' },
      { text: 'Bachelor’s degree in a technical field or equivalent experience', context: 'requirement' },
      {
        text: '6+ years managing infrastructure programs with several engineering teams at once',
        context: 'requirement',
      },
      {
        text: 'Experience in planning hardware builds with contract manufacturers abroad',
        context: 'requirement',
      },
    ]);
  });

  it('leaves short lines and proper nouns alone', () => {
    // Under 200 characters a capitalised verb is not taken for a bullet; a capitalised word after a
    // capitalised word ("Customer Experience") is a name, not a new bullet.
    expect(segmentPosting('You will work with our Build team daily.').map((u) => u.text)).toEqual([
      'You will work with our Build team daily.',
    ]);
    const long = `You will run the Customer Experience program and report to the director of operations in the region; ${'the program spans many teams and partners '.repeat(3)}`;
    expect(segmentPosting(long).map((u) => u.text)).toEqual([long.trim()]);
  });

  it('reads a heading that opens a long line as the section of what follows it', () => {
    const units = segmentPosting(
      `Required qualifications: Bachelor's degree AND 6+ years of experience managing cross-team projects in a cloud environment. Experience leading a team of program managers.\nPreferred qualifications: 2+ years of experience with SQL and Power BI for reporting on delivery metrics.`,
    );
    expect(units.map((u) => u.context)).toEqual(['requirement', 'requirement', 'preferred']);
  });
});

describe('html', () => {
  it('turns block elements into lines and decodes entities', () => {
    expect(htmlToText('<p>Build &amp; ship</p><ul><li>Go&#x2F;Rust</li></ul>')).toBe(
      'Build & ship\n• Go/Rust',
    );
  });
  it('skips malformed JSON-LD blocks', () => {
    expect(extractJobPostingLd('<script type="application/ld+json">{oops</script>')).toBeUndefined();
  });
});

describe('vocabulary', () => {
  it('compiles the shipped data', () => {
    expect(defaultVocabulary().raciRoles).toEqual(['TPM', 'Tech lead', 'Developers', 'QA', 'Product']);
  });
  it('rejects a RACI row with two accountable roles', () => {
    const raci = structuredClone(raciJson) as { activities: Array<{ raci: Record<string, string> }> };
    raci.activities[0]!.raci.TPM = 'A';
    expect(() =>
      compileVocabulary({ cues: cuesJson, titles: titlesJson, essentials: essentialsJson, raci }),
    ).toThrow(/exactly one A/);
  });
  it('rejects a cue whose pattern is not a regular expression', () => {
    const cues = structuredClone(cuesJson) as { cues: Array<{ pattern: string }> };
    cues.cues[0]!.pattern = '(unclosed';
    expect(() =>
      compileVocabulary({ cues, titles: titlesJson, essentials: essentialsJson, raci: raciJson }),
    ).toThrow(/not a valid regular expression/);
  });
});

describe('renderers', () => {
  it('renders the verdict line and a RACI table', () => {
    const a = value(auditPosting({ text: DISGUISED }));
    expect(renderAuditText(a)).toContain('Verdict: a developer role titled as TPM (hands-on share');
    const md = renderAuditMarkdown(a);
    expect(md).toContain('| Activity | TPM | Tech lead | Developers | QA | Product |');
    expect(md).toContain(
      '| Write, review and merge production code (the posting gives this to the TPM) | I | A | R | I | I |',
    );
  });

  it('quotes, for every red flag, the sentence that holds the words that raised it', () => {
    for (const text of [DISGUISED, HYBRID]) {
      const flags = value(auditPosting({ text })).redFlags;
      expect(flags.length).toBeGreaterThan(0);
      for (const f of flags) expect(f.quote).toContain(f.trigger);
    }
    const a = value(auditPosting({ text: DISGUISED }));
    expect(renderAuditText(a)).toContain(
      '  - Hands-on coding is required (Java, Python): "Write production code in Java and Python for our\n    trading services." (says "production code")',
    );
  });

  it('prints a verdict for every posting, in every format, a non-TPM title included', () => {
    const a = value(auditPosting({ text: DISGUISED, title: 'Senior Backend Engineer' }));
    expect(renderAuditText(a)).toContain(
      'Verdict: not applicable (the title is not a TPM, program or project manager title)\n  The title does not name a TPM, program or project manager role.',
    );
    expect(renderAuditMarkdown(a)).toContain(
      '- **Verdict:** not applicable (the title is not a TPM, program or project manager title) — The title does not name a TPM, program or project manager role.',
    );
    const events = value(auditPosting({ text: EVENTS }));
    expect(renderAuditText(events)).toMatch(
      /^Verdict: not a TPM role at all \(hands-on share 0%, low confidence\)$/m,
    );
  });
});

describe('who does the work: partner teams and steering verbs', () => {
  const audit = (text: string, title = 'Technical Program Manager') =>
    value(auditPosting({ text: `${title}\n${text}` }));

  it('reads a list of business functions as the teams the role works with, not as its work', () => {
    const a = audit(`Responsibilities:
Lead a cross-functional device team spanning hardware, software, operations, marketing, legal, and finance.
Own the program schedule from concept to launch and the delivery of key milestones.
Identify and drive resolution of program risks and manage cross-functional dependencies.
Minimum qualifications:
8+ years as a technical program manager shipping consumer electronics devices.`);
    expect(a.verdict.verdict).toBe('genuine');
    expect(a.content.evidence.map((e) => e.phrase)).not.toContain('marketing');
    // A supply chain list of the same shape names partners too; the work named elsewhere still counts.
    const b = audit(
      `Responsibilities:
Plan marketing campaigns and brand launches for our consumer products.
Run the campaign calendar with agencies, and align with legal, finance and sales teams on each launch.
Report campaign performance to marketing leadership.`,
      'Program Manager, Marketing',
    );
    expect(b.verdict.verdict).toBe('not-tpm');
    expect(b.content.evidence.filter((e) => e.family === 'other').length).toBeGreaterThanOrEqual(3);
  });

  it('does not take "Solutions Architects", "open-sourcing" or engineering change orders for other business', () => {
    const a = audit(`Responsibilities:
Shape and ship technical programs that support our Customer Engineers and Solutions Architects.
Contribute to publications and open-sourcing efforts.
Track engineering change orders for the device builds.`);
    const other = a.content.evidence.filter((e) => e.domain === 'non-technical');
    // Engineering change orders are configuration administration (supply work), not a building site's.
    expect(other.map((e) => [e.cueId, e.phrase])).toEqual([
      ['domain-supply-chain', 'engineering change orders'],
    ]);
  });

  it('does not take steering the engineering work for doing it', () => {
    const flags = (line: string) => audit(`Responsibilities:\n${line}`).redFlags.map((f) => f.kind);
    expect(
      flags(
        'Coordinate and/or drive the design, writing and delivery of software that improves service latency.',
      ),
    ).toEqual([]);
    expect(
      flags('Develop and drive a software benchmarking and optimization strategy for new hardware.'),
    ).toEqual([]);
    expect(flags('Help drive the team to debug complex system-level issues and unblock the team.')).toEqual(
      [],
    );
    // Doing it is still a duty.
    expect(flags('Write and maintain software for the release tooling.')).toEqual(['developer-duty']);
    expect(flags('Debug complex system-level issues on the prototype builds.')).toEqual(['developer-duty']);
  });

  it('calls an SRE program whose duties steer software delivery and include on-call a hybrid, not a developer job', () => {
    const a = audit(`Responsibilities:
Coordinate and/or drive the design, writing and delivery of software that improves availability and latency of our services.
Manage the building of automation to prevent problems from recurring.
Influence the creation of designs and standards for large-scale distributed systems.
Take part in on-call duties on a follow-the-sun rotation.
Preferred qualifications:
Effective project management and communication skills.`);
    expect(a.verdict.verdict).toBe('hybrid');
    expect(a.redFlags.map((f) => f.kind)).toEqual(['on-call']);
  });
});

describe('what the work is about: data, quality, materials and AI programs', () => {
  const audit = (title: string, text: string) => value(auditPosting({ text: `${title}\n${text}` }));

  it('takes building pipelines, queries and dashboards for a hands-on duty, not steering a data team that does', () => {
    const a = audit(
      'Technical Program Manager, Network Data',
      `Responsibilities:
Keep our network inventory data accurate and up to date for the planning teams.
Manage data projects with contractors, including developing ETL procedures and workflows.
Align project priorities and schedules with product and engineering leads.
Minimum qualifications:
3 years of program management experience on data management solutions.`,
    );
    expect(a.verdict.verdict).toBe('hybrid');
    expect(a.redFlags.map((f) => f.kind)).toEqual(['developer-duty']);
    const b = audit(
      'Technical Program Manager, Measurement',
      `Responsibilities:
Drive measurement projects end to end with the communications team.
Create data pipelines and query large data sets using SQL.
Develop and maintain dashboards that share the findings with stakeholders.
Minimum qualifications:
5+ years of work in quantitative research, statistics or data analysis.`,
    );
    expect(b.verdict.verdict).not.toBe('genuine');
    expect(b.verdict.verdict).not.toBe('not-tpm');
    const c = audit(
      'Technical Program Manager, Data Platform',
      `Responsibilities:
Own the schedule and milestones for the data platform migration.
Partner with the data engineering team to build data pipelines for each launch.
Track risks and dependencies across the engineering teams and report status to leadership.`,
    );
    expect(c.redFlags).toEqual([]);
    expect(c.verdict.verdict).toBe('genuine');
  });

  it('does not take a quality programme for support agents for software QA', () => {
    const a = audit(
      'Quality Program Manager, Vendor Operations',
      `Responsibilities:
Build a global quality assurance program for our vendor support agents.
Improve key performance indicators by evolving the quality assurance system that measures agent performance.
Apply quality management principles such as Six Sigma and Total Quality Management.
Minimum qualifications:
Experience in a quality control or quality management role, and strong project management skills.`,
    );
    expect(a.content.evidence.filter((e) => e.family === 'qa-test')).toEqual([]);
    expect(a.verdict.verdict).toBe('not-tpm');
  });

  it('calls a materials program for hardware production supply work, not technical delivery', () => {
    const a = audit(
      'Materials Program Manager',
      `Responsibilities:
Drive material availability and readiness for all programs in production, from PVT and ramp to end of life.
Drive alignment on material allocation between sites to keep the supply chain balanced, and run weekly clear-to-build reviews.
Manage day-to-day execution with contract manufacturers and distributors and act as the escalation point for shortages.
Minimum qualifications:
8+ years of material management or purchasing in a high-volume hardware industry.`,
    );
    expect(a.verdict).toMatchObject({ verdict: 'not-tpm' });
    expect(a.verdict.reason).toContain('supply chain');
  });

  it('does not take the product name Azure DevOps for DevOps work', () => {
    const cues = (line: string) =>
      audit('Program Manager', `Required qualifications:\n${line}`).content.evidence.map((e) => e.cueId);
    expect(cues('3+ years building apps with Power Apps, Azure DevOps and SharePoint.')).not.toContain(
      'devops-sre',
    );
    expect(cues('3+ years of DevOps and site reliability work.')).toContain('devops-sre');
  });

  it('reads a GenAI project as technical work', () => {
    const a = audit(
      'GenAI Project Manager',
      `Responsibilities:
Lead the planning, execution and delivery of GenAI projects to meet milestones.
Collaborate closely with GenAI research, engineering, and product teams on project goals.
Identify project risks, run mitigation plans and report project progress.`,
    );
    expect(a.verdict.verdict).toBe('genuine');
  });
});
