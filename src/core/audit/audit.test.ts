import { describe, expect, it } from 'vitest';
import cuesJson from '../../../data/audit/cues.json' with { type: 'json' };
import essentialsJson from '../../../data/audit/essentials.json' with { type: 'json' };
import raciJson from '../../../data/audit/raci.json' with { type: 'json' };
import titlesJson from '../../../data/audit/titles.json' with { type: 'json' };
import { auditPosting } from './audit.ts';
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
      'Build & ship\n\n- Go/Rust',
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
      '  - Hands-on coding is required (Java, Python): "Write production code in Java and Python for our trading services." (says "production code")',
    );
  });

  it('prints a verdict for every posting, in every format, a non-TPM title included', () => {
    const a = value(auditPosting({ text: DISGUISED, title: 'Senior Backend Engineer' }));
    expect(renderAuditText(a)).toContain(
      'Verdict: not applicable (the title is not a TPM title)\n  The title does not name a TPM role.',
    );
    expect(renderAuditMarkdown(a)).toContain(
      '- **Verdict:** not applicable (the title is not a TPM title) — The title does not name a TPM role.',
    );
    const events = value(auditPosting({ text: EVENTS }));
    expect(renderAuditText(events)).toMatch(
      /^Verdict: not a TPM role at all \(hands-on share 0%, low confidence\)$/m,
    );
  });
});
