import { describe, expect, it } from 'vitest';
import type { PostingAudit } from './audit.ts';
import type { Evidence } from './classify.ts';
import { auditToJson, renderAuditMarkdown, renderAuditText } from './render.ts';

const SENTENCE = 'Own the release plan for our payments platform.';

function evidence(phrase: string, domain: Evidence['domain']): Evidence {
  const label = domain === undefined ? phrase : `${domain} work`;
  return {
    cueId: phrase,
    family: undefined,
    domain,
    label,
    phrase,
    sentence: SENTENCE,
    context: 'duty',
    points: 1,
    flag: undefined,
  };
}

/** A hybrid TPM posting as the audit reads it: every part the renderers show is filled in. */
function hybrid(): PostingAudit {
  return {
    title: 'Technical Project Manager',
    titleSource: 'first-line',
    titleFamily: 'technical-program-management',
    tpmTitled: true,
    titleScope: 'tpm',
    content: {
      family: 'technical-program-management',
      scores: [
        {
          family: 'technical-program-management',
          score: 6.25,
          phrases: ['release plan', 'milestones', 'dependencies', 'risks', 'status reports', 'roadmap'],
        },
        { family: 'software-development', score: 2.5, phrases: ['Python'] },
        { family: 'agile-delivery', score: 1.04, phrases: ['sprint planning'] },
        { family: 'qa-test', score: 0.75, phrases: ['test plans'] },
        { family: 'data', score: 0.5, phrases: ['dashboards'] },
        { family: 'product-management', score: 0, phrases: [] },
      ],
      handsOn: 2.5,
      delivery: 7.29,
      technical: 4.25,
      otherWork: 0.5,
      evidence: [
        evidence('Payments Platform', 'technical'),
        evidence('payments platform', 'technical'),
        evidence('APIs', 'technical'),
        evidence('store openings', 'non-technical'),
        evidence('milestones', undefined),
      ],
    },
    verdict: {
      verdict: 'hybrid',
      handsOnShare: 0.2556,
      confidence: 'medium',
      reason: 'Mostly delivery work, with some Python scripting.',
    },
    redFlags: [
      {
        kind: 'production-coding',
        title: 'Hands-on coding is required',
        quote: 'Write Python scripts for release automation.',
        trigger: 'Write Python scripts',
        languages: ['Python'],
        strength: 'required',
      },
      {
        kind: 'on-call',
        title: 'On-call duty',
        quote: 'Join the on-call rotation is a plus.',
        trigger: 'on-call rotation',
        languages: [],
        strength: 'preferred',
      },
    ],
    essentials: [
      { id: 'delivery', label: 'delivery ownership', present: true, quote: SENTENCE, advice: 'a' },
      { id: 'stakeholders', label: 'stakeholder management', present: false, quote: undefined, advice: 'b' },
      { id: 'risk', label: 'risk and dependency management', present: false, quote: undefined, advice: 'c' },
    ],
    fixes: ['Bound the hands-on share ("Write Python scripts").'],
    raci: {
      roles: ['TPM', 'Tech lead'],
      rows: [
        { activity: 'Delivery plan', assignments: { TPM: 'A/R', 'Tech lead': 'C' }, note: undefined },
        {
          activity: 'Production code',
          assignments: { 'Tech lead': 'A' },
          note: 'the posting gives this to the TPM',
        },
      ],
    },
  };
}

/** A posting whose title gets no verdict, with none of the optional parts. */
function bare(): PostingAudit {
  return {
    ...hybrid(),
    title: undefined,
    titleSource: 'none',
    titleFamily: undefined,
    tpmTitled: false,
    titleScope: undefined,
    content: { ...hybrid().content, scores: [], evidence: [] },
    verdict: { verdict: 'not-applicable', handsOnShare: 0, confidence: 'low', reason: 'No title to judge.' },
    redFlags: [],
    essentials: [],
    fixes: [],
    raci: undefined,
  };
}

describe('renderAuditText', () => {
  it('writes every part of an audit, in order', () => {
    expect(renderAuditText(hybrid())).toBe(
      [
        'Title: Technical Project Manager (technical project/program management)',
        'Content reads as: technical project/program management',
        'Verdict: hybrid: a TPM role with a bounded hands-on share (hands-on share 26%, medium confidence)',
        '  Mostly delivery work, with some Python scripting.',
        '',
        'What drove it:',
        '  technical project/program management 6.3: "release plan", "milestones", "dependencies", "risks",',
        '    "status reports"',
        '  software development 2.5: "Python"',
        '  agile delivery (scrum master, agile coach) 1.0: "sprint planning"',
        '  QA/test 0.8: "test plans"',
        '  technical work 4.3 against other work 0.5; about technology: "payments platform", "apis"; about',
        '    other business: "store openings"',
        '',
        'Red flags:',
        '  - Hands-on coding is required (Python): "Write Python scripts for release automation." (says',
        '    "Write Python scripts")',
        '  - On-call duty, preferred: "Join the on-call rotation is a plus." (says "on-call rotation")',
        '',
        'Missing TPM essentials:',
        '  - stakeholder management',
        '  - risk and dependency management',
        '',
        'For the hiring team:',
        '  - Bound the hands-on share ("Write Python scripts").',
        '',
        'RACI draft (R responsible, A accountable, C consulted, I informed):',
        '                   TPM  Tech lead',
        '  Delivery plan    A/R  C',
        '  Production code       A  (the posting gives this to the TPM)',
        '',
      ].join('\n'),
    );
  });

  it("puts a RACI row's note under the row when beside it the line would pass 100 characters", () => {
    const base = hybrid();
    const activity = 'Write, review and merge production code for every service';
    const audit = {
      ...base,
      raci: {
        roles: ['TPM', 'Tech lead', 'Developers', 'QA'],
        rows: [
          {
            activity,
            assignments: { 'Tech lead': 'A', Developers: 'R' },
            note: 'the posting gives this to the TPM',
          },
        ],
      },
    };
    const lines = renderAuditText(audit).split('\n');
    const row = lines.findIndex((l) => l.startsWith(`  ${activity}`));
    expect(lines.slice(row, row + 2)).toEqual([
      `  ${activity}       A          R`,
      '    (the posting gives this to the TPM)',
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('says what is missing when there is no title, no family and no verdict scope', () => {
    expect(renderAuditText(bare())).toBe(
      [
        'Title: (none found; pass --title)',
        'Content reads as: technical project/program management',
        'Verdict: not applicable (the title is not a TPM, program or project manager title)',
        '  No title to judge.',
        '',
        'What drove it:',
        '',
      ].join('\n'),
    );
    expect(renderAuditText({ ...bare(), title: 'Delivery Lead' })).toMatch(
      /^Title: Delivery Lead \(family not recognized\)\n/,
    );
  });

  it('names the essentials as all present, and leaves out whichever of the two domains has no evidence', () => {
    const a = hybrid();
    const text = renderAuditText({
      ...a,
      essentials: a.essentials.map((e) => ({ ...e, present: true })),
      content: { ...a.content, evidence: [evidence('store openings', 'non-technical')] },
    });
    expect(text).toContain('\n\nNames every TPM essential.\n\nFor the hiring team:\n');
    expect(text).toContain(
      '\n  technical work 4.3 against other work 0.5; about other business: "store openings"\n',
    );
    const techOnly = renderAuditText({
      ...a,
      content: { ...a.content, evidence: [evidence('APIs', 'technical')] },
    });
    expect(techOnly).toContain('\n  technical work 4.3 against other work 0.5; about technology: "apis"\n');
  });
});

describe('what drove it', () => {
  it('leaves out a family that scored nothing', () => {
    const content = {
      ...bare().content,
      scores: [
        { family: 'software-development' as const, score: 2.5, phrases: ['Python'] },
        { family: 'data' as const, score: 0, phrases: [] },
      ],
    };
    expect(renderAuditText({ ...bare(), content })).toMatch(
      /What drove it:\n {2}software development 2\.5: "Python"\n$/,
    );
  });
});

describe('renderAuditMarkdown', () => {
  it('writes every part of an audit, in order', () => {
    expect(renderAuditMarkdown(hybrid())).toBe(
      [
        '# Posting audit: Technical Project Manager',
        '',
        '- **Title family:** technical project/program management',
        '- **Content family:** technical project/program management',
        '- **Verdict:** hybrid: a TPM role with a bounded hands-on share (hands-on share 26%, medium confidence) — Mostly delivery work, with some Python scripting.',
        '',
        '## What drove it',
        '',
        '- technical project/program management 6.3: "release plan", "milestones", "dependencies", "risks", "status reports"',
        '- software development 2.5: "Python"',
        '- agile delivery (scrum master, agile coach) 1.0: "sprint planning"',
        '- QA/test 0.8: "test plans"',
        '- technical work 4.3 against other work 0.5; about technology: "payments platform", "apis"; about other business: "store openings"',
        '',
        '## Red flags',
        '',
        '- **Hands-on coding is required (Python)**: “Write Python scripts for release automation.” (says “Write Python scripts”)',
        '- **On-call duty, preferred**: “Join the on-call rotation is a plus.” (says “on-call rotation”)',
        '',
        '## Missing TPM essentials',
        '',
        '- stakeholder management',
        '- risk and dependency management',
        '',
        '## For the hiring team',
        '',
        '- Bound the hands-on share ("Write Python scripts").',
        '',
        '## RACI draft',
        '',
        '| Activity | TPM | Tech lead |',
        '|---|---|---|',
        '| Delivery plan | A/R | C |',
        '| Production code (the posting gives this to the TPM) |  | A |',
        '',
      ].join('\n'),
    );
  });

  it('says what is missing when there is no title, no family and no verdict scope', () => {
    expect(renderAuditMarkdown(bare())).toBe(
      [
        '# Posting audit: untitled posting',
        '',
        '- **Title family:** not recognized',
        '- **Content family:** technical project/program management',
        '- **Verdict:** not applicable (the title is not a TPM, program or project manager title) — No title to judge.',
        '',
        '## What drove it',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says so when the posting names every essential', () => {
    const a = hybrid();
    const md = renderAuditMarkdown({ ...a, essentials: a.essentials.map((e) => ({ ...e, present: true })) });
    expect(md).toContain('\n## Missing TPM essentials\n\nNone: the posting names every essential.\n\n## For');
  });
});

describe('auditToJson', () => {
  it('lists the fields that leave the core, with null for what is absent', () => {
    const scores = hybrid().content.scores;
    scores[0]!.phrases.push('a', 'b', 'c', 'd', 'e');
    const a = { ...hybrid(), content: { ...hybrid().content, scores } };
    expect(auditToJson(a)).toEqual({
      title: 'Technical Project Manager',
      titleSource: 'first-line',
      titleFamily: 'technical-program-management',
      titleScope: 'tpm',
      contentFamily: 'technical-program-management',
      verdict: 'hybrid',
      verdictReason: 'Mostly delivery work, with some Python scripting.',
      confidence: 'medium',
      handsOnShare: 0.2556,
      technical: 4.25,
      otherWork: 0.5,
      scores: [
        {
          family: 'technical-program-management',
          score: 6.25,
          phrases: [
            'release plan',
            'milestones',
            'dependencies',
            'risks',
            'status reports',
            'roadmap',
            'a',
            'b',
            'c',
            'd',
          ],
        },
        { family: 'software-development', score: 2.5, phrases: ['Python'] },
        { family: 'agile-delivery', score: 1.04, phrases: ['sprint planning'] },
        { family: 'qa-test', score: 0.75, phrases: ['test plans'] },
        { family: 'data', score: 0.5, phrases: ['dashboards'] },
      ],
      redFlags: [
        {
          kind: 'production-coding',
          title: 'Hands-on coding is required',
          quote: 'Write Python scripts for release automation.',
          trigger: 'Write Python scripts',
          languages: ['Python'],
          strength: 'required',
        },
        {
          kind: 'on-call',
          title: 'On-call duty',
          quote: 'Join the on-call rotation is a plus.',
          trigger: 'on-call rotation',
          languages: [],
          strength: 'preferred',
        },
      ],
      missingEssentials: [
        { id: 'stakeholders', label: 'stakeholder management' },
        { id: 'risk', label: 'risk and dependency management' },
      ],
      presentEssentials: [{ id: 'delivery', label: 'delivery ownership', quote: SENTENCE }],
      fixes: ['Bound the hands-on share ("Write Python scripts").'],
      raci: hybrid().raci,
    });
  });

  it('writes null for an absent title, family, scope and RACI draft', () => {
    const json = auditToJson(bare());
    expect([json.title, json.titleFamily, json.titleScope, json.raci]).toEqual([null, null, null, null]);
  });
});
