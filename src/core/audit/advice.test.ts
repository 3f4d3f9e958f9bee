// Pins what the audit tells a hiring team: red flags with their quotes, missing essentials, the fixes
// (word for word) and the RACI draft, on postings shaped like real ones.
import { describe, expect, it } from 'vitest';
import { checkEssentials, flagTitle, type RedFlag, suggestFixes } from './advice.ts';
import { auditPosting } from './audit.ts';
import { defaultVocabulary } from './vocabulary.ts';

const audit = (text: string) => {
  const r = auditPosting({ text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const PAYMENTS = `Technical Program Manager, Payments
About us:
Our engineers write production code in Rust and ship it daily.
Responsibilities:
- Own the release schedule and milestones for the payments platform. Report status to leadership every week.
- Write production code in Java and review pull requests from the team.
- Write production code for the ledger service.
- Write production code for the fraud rules engine.
- Write production code for the settlement batch jobs that reconcile each card network's files at night.
- You will also develop internal tools when the team is short of hands.
- Take part in the on-call rotation for the payments services.
Preferred qualifications:
- Master's degree in Computer Engineering.`;

const DEV_TOOLS = `Technical Program Manager, Developer Tools
Responsibilities:
- Own the delivery plan and milestones for the developer tools roadmap.
- Track risks and dependencies across four teams and report status to stakeholders.
- Run sprint planning and retrospectives with the Scrum teams, using Jira.
- You will also write production code for the release tooling, about 20% of the time.
Qualifications:
- PMP or CSM certification.`;

describe('red flags', () => {
  it('quotes at most three sentences a kind, none from the company boilerplate, with languages and strength', () => {
    const flags = audit(PAYMENTS).redFlags;
    expect(flags.map((f) => [f.kind, flagTitle(f), f.quote])).toEqual([
      [
        'production-coding',
        'Hands-on coding is required (Java)',
        'Write production code in Java and review pull requests from the team.',
      ],
      ['production-coding', 'Hands-on coding is required', 'Write production code for the ledger service.'],
      [
        'production-coding',
        'Hands-on coding is required',
        'Write production code for the fraud rules engine.',
      ],
      [
        'also-develop',
        'The TPM is expected to develop as well',
        'You will also develop internal tools when the team is short of hands.',
      ],
      // The fourth coding sentence is past the three quoted as production coding.
      [
        'developer-duty',
        'Developer duties are part of the job',
        "Write production code for the settlement batch jobs that reconcile each card network's files at night.",
      ],
      [
        'engineering-masters',
        "An engineering master's degree is asked for, preferred",
        "Master's degree in Computer Engineering.",
      ],
      ['on-call', 'On-call duty', 'Take part in the on-call rotation for the payments services.'],
    ]);
    expect(flags.map((f) => f.strength)).toEqual([
      'required',
      'required',
      'required',
      'required',
      'required',
      'preferred',
      'required',
    ]);
  });

  it('quotes a sentence once under the strongest coding kind it shows', () => {
    // "also write production code" is both also-develop and production coding.
    expect(audit(DEV_TOOLS).redFlags.map((f) => [f.kind, f.quote])).toEqual([
      [
        'production-coding',
        'You will also write production code for the release tooling, about 20% of the time.',
      ],
    ]);
  });
});

describe('fixes for the hiring team', () => {
  it('gives a disguised developer role one fix a flag kind and one a missing essential, word for word', () => {
    expect(audit(PAYMENTS).fixes).toEqual([
      'Retitle the role (e.g. "Software Engineer" or "Tech Lead") if the coding is the job, or rewrite it around delivery: planning, risks, dependencies and stakeholders.',
      'Drop the coding requirement "Write production code in Java and review pull requests from the team.", or say why a TPM must code in Java; "understands how software is built" is usually what is meant.',
      'Bound the hands-on share ("You will also develop internal tools when the team is short of hands."): state a percentage and what it covers, or move that work to the engineering team.',
      // A quote longer than 90 characters is cut.
      'Move "Write production code for the settlement batch jobs that reconcile each card network\'s fi…" to the developers; the TPM can own the plan that gets it done.',
      "Accept equivalent delivery experience or a PM credential instead of an engineering master's degree.",
      'Leave on-call to the engineering rotation; the TPM can own the incident process and its follow-ups.',
      'Add agile delivery: Say how the team delivers: Scrum or Kanban, who runs planning and retrospectives, how work is sequenced.',
      'Add risk and dependency management: Make tracking risks, issues and cross-team dependencies an explicit duty.',
      'Add project-management certifications (PMP, PMI-ACP, CSM, PRINCE2): Say which of them count (SAFe certificates too, if the role runs a release train), as preferred rather than required if you like.',
      'Add project-management tools (Jira, Confluence, MS Project…): Name the planning and tracking tools the team really uses, so candidates know what to brush up on.',
    ]);
  });

  it('asks a hybrid posting for the time split, and a coding fix without languages when it names none', () => {
    expect(audit(DEV_TOOLS).fixes).toEqual([
      'Say how time splits between delivery management and hands-on work, so candidates from either side can judge the fit.',
      'Drop the coding requirement "You will also write production code for the release tooling, about 20% of the time.", or say why a TPM must code; "understands how software is built" is usually what is meant.',
    ]);
  });

  it('names every language the coding quote names', () => {
    const a = audit(`Technical Program Manager
Responsibilities:
- Own the release schedule for the trading platform.
- Write production code in Java and Python for our trading services.`);
    expect(a.fixes).toContain(
      'Drop the coding requirement "Write production code in Java and Python for our trading services.", or say why a TPM must code in Java, Python; "understands how software is built" is usually what is meant.',
    );
  });

  it('has nothing to say to a genuine posting that names every essential, nor about a title that gets no verdict', () => {
    const genuine = audit(`Technical Project Manager
Responsibilities
- Own the delivery timeline and milestones for our payments platform releases.
- Track risks and dependencies and escalate blockers early.
- Manage stakeholders and send weekly status reports to leadership.
- Run sprint planning and retrospectives with two Scrum teams.
Qualifications
- 5 years of experience managing technical projects.
- PMP or CSM certification; experience with Jira and Confluence.`);
    expect([genuine.verdict.verdict, genuine.fixes]).toEqual(['genuine', []]);
    const payments = audit(PAYMENTS);
    expect(suggestFixes('not-applicable', payments.redFlags, payments.essentials)).toEqual([]);
  });

  it('cuts a quote longer than 90 characters at a word end, and leaves one of 90 whole', () => {
    const flag = (quote: string): RedFlag => ({
      kind: 'developer-duty',
      title: 'Developer duties are part of the job',
      quote,
      trigger: 'Debug',
      languages: [],
      strength: 'required',
    });
    const ninety = `Debug ${'x'.repeat(83)}.`;
    expect(ninety).toHaveLength(90);
    expect(suggestFixes('hybrid', [flag(ninety)], [])[1]).toBe(
      `Move "${ninety}" to the developers; the TPM can own the plan that gets it done.`,
    );
    // The 89th character is a space: the cut quote ends on the word before it.
    const longer = `Debug ${'x'.repeat(82)} and more.`;
    expect(suggestFixes('hybrid', [flag(longer)], [])[1]).toBe(
      `Move "Debug ${'x'.repeat(82)}…" to the developers; the TPM can own the plan that gets it done.`,
    );
  });
});

describe('essentials', () => {
  it('quotes the one sentence that shows an essential, without the spaces around it', () => {
    const checks = checkEssentials(
      'Own the release schedule and milestones. Report status to leadership every week.\n   Track risks with the leads   ',
      defaultVocabulary(),
    );
    expect(checks.filter((c) => c.present).map((c) => [c.id, c.quote])).toEqual([
      ['risk-dependencies', 'Track risks with the leads'],
      ['stakeholders', 'Report status to leadership every week.'],
      ['scope-timeline', 'Own the release schedule and milestones.'],
    ]);
  });
});

describe('RACI draft', () => {
  it('adds a row for work the posting names and notes the hands-on rows it gives the TPM', () => {
    const rows = (text: string) => audit(text).raci?.rows.map((r) => [r.activity, r.note ?? '']);
    expect(rows(PAYMENTS)).toEqual([
      ['Define product requirements and priorities', ''],
      ['Plan scope, milestones and the delivery timeline', ''],
      ['Track risks, issues and cross-team dependencies', ''],
      ['Report status and keep stakeholders aligned', ''],
      ['Write, review and merge production code', 'the posting gives this to the TPM'],
      ['Release and launch coordination', ''],
      ['Deployments, monitoring and on-call', 'the posting gives this to the TPM'],
    ]);
    // Production code without on-call leaves operations to the engineers; a coding quote that names the
    // release does not put release coordination, a TPM duty anyway, on the note.
    expect(rows(DEV_TOOLS)).toEqual([
      ['Define product requirements and priorities', ''],
      ['Plan scope, milestones and the delivery timeline', ''],
      ['Track risks, issues and cross-team dependencies', ''],
      ['Report status and keep stakeholders aligned', ''],
      ['Run sprint planning, stand-ups and retrospectives', ''],
      ['Write, review and merge production code', 'the posting gives this to the TPM'],
      ['Release and launch coordination', ''],
      ['Deployments, monitoring and on-call', ''],
    ]);
  });
});
