import { describe, expect, it } from 'vitest';
import type { Evidence, Gap, RequirementResult } from '../analysis/types.ts';
import { buildLearningPlan, byValue, type LearningStep } from './learning-plan.ts';
import type { BulletSuggestion } from './resume-feedback.ts';
import type { CertificationDef, LearningFile } from './schema.ts';

// The learning plan (docs/guidance.md): which certificates a resume shows, the steps for each gap
// and their order, and the certificates' order, pinned where StrykerJS found them free (issue 15,
// docs/testing.md).
const skill = (id: string) => ({ id, label: `Label ${id}`, category: 'technical' as const });

const gap = (id: string, status: Gap['status'], importance = 10): Gap => ({
  skill: skill(id),
  status,
  pointsAtStake: importance / 2,
  importance,
  nextSteps: [],
});

const evidence = (id: string, line: number, quote: string): Evidence => ({
  quote,
  line,
  section: 'experience',
  strength: 'listed',
  hedged: false,
  skillId: id,
});

const requirement = (id: string, ...found: Evidence[]): RequirementResult => ({
  skill: skill(id),
  weight: 10,
  points: 5,
  credit: 0.5,
  status: 'partial',
  explanation: '',
  why: '',
  evidence: found,
});

const cert = (id: string, fields: Partial<CertificationDef> = {}): CertificationDef => ({
  id,
  name: `Name ${id}`,
  issuer: `Issuer ${id}`,
  demonstrates: `shows ${id}`,
  prerequisites: `needs ${id}`,
  effort: 2,
  impact: 2,
  detect: [`Detect ${id}`],
  addresses: ['agile'],
  suits: ['qa-engineer'],
  ...fields,
});

const learningFile = (
  certifications: CertificationDef[],
  actions: LearningFile['actions'] = [],
): LearningFile => ({ role: 'technical-project-manager', about: 'About.', certifications, actions });

const bullet = (line: number, requirement: string, term: string): BulletSuggestion => ({
  line,
  original: 'A bullet.',
  shows: { term, requirement, skillId: requirement },
  suggestion: 'A suggestion.',
  questions: [],
});

const step = (impact: number, effort: number): LearningStep => ({
  kind: 'practice',
  text: '',
  impact,
  effort,
});

describe('byValue', () => {
  it('puts the most impact for effort first, and then the most impact', () => {
    const steps = [step(1, 1), step(3, 2), step(3, 3), step(2, 1)];
    expect(steps.sort(byValue).map((s) => [s.impact, s.effort])).toEqual([
      [2, 1],
      [3, 2],
      [3, 3],
      [1, 1],
    ]);
  });
});

describe('certificates the resume shows', () => {
  const plan = (lines: string[], certifications: CertificationDef[]) =>
    buildLearningPlan({ gaps: [], requirements: [] }, lines, 'qa-engineer', learningFile(certifications), []);
  const heldLines = (lines: string[], certifications: CertificationDef[]) =>
    plan(lines, certifications).certifications.map((c) => [c.id, c.heldLine ?? null]);

  it('reads an acronym of up to five letters in upper case only, as a whole word', () => {
    const pmp = cert('pmp', { detect: ['PMP'] });
    expect(heldLines(['pmp templates', 'PMPs', 'xPMP', 'ex-PMP', '2PMP', 'PMP2'], [pmp])).toEqual([
      ['pmp', null],
    ]);
    expect(heldLines(['Summary', 'PMP-2021, since then'], [pmp])).toEqual([['pmp', 2]]);
    const cissp = cert('cissp', { detect: ['CISSP'] });
    expect(heldLines(['a cissp study group', 'CISSP (ISC2)'], [cissp])).toEqual([['cissp', 2]]);
  });

  it('needs one of the acronyms, not all', () => {
    const csm = cert('csm', { detect: ['CSM', 'PSM I'] });
    expect(heldLines(['Agile', 'CSM'], [csm])).toEqual([['csm', 2]]);
  });

  it('reads a longer name, or one not in upper case, in any case', () => {
    const acp = cert('acp', { detect: ['PMI-ACP'] });
    const itil = cert('itil', { detect: ['Itil'] });
    expect(heldLines(['Skills', 'pmi-acp since 2020', 'itil v4'], [acp, itil])).toEqual([
      ['acp', 2],
      ['itil', 3],
    ]);
    expect(heldLines(['Skills'], [acp, itil])).toEqual([
      ['acp', null],
      ['itil', null],
    ]);
  });

  it('reads a longer name, or one not in upper case, only as a whole word in any script', () => {
    const itil = cert('itil', { detect: ['Itil'] });
    const csm = cert('csm', { detect: ['Certified ScrumMaster'] });
    const acp = cert('acp', { detect: ['PMI-ACP'] });
    expect(heldLines(['ÄItil', 'Certified ScrumMasterß', 'ÖPMI-ACP'], [itil, csm, acp])).toEqual([
      ['itil', null],
      ['csm', null],
      ['acp', null],
    ]);
  });

  it('gives the first line that names it', () => {
    const csm = cert('csm', { detect: ['CSM', 'Certified ScrumMaster'] });
    expect(heldLines(['Summary', 'Certified ScrumMaster', 'CSM', 'CSM again'], [csm])).toEqual([['csm', 2]]);
    expect(heldLines(['Summary', 'CSM', 'Certified ScrumMaster'], [csm])).toEqual([['csm', 2]]);
  });
});

describe('the steps for each gap', () => {
  const exact = 'Coordinated sprint planning, reviews and retrospectives for three product teams.';
  const long =
    'Coordinated sprint planning, reviews and retrospectives for all of the several teams in two offices';

  it('describes what a partial requirement shows first, its quote clipped to 80 characters', () => {
    const plan = (quote: string) =>
      buildLearningPlan(
        {
          gaps: [gap('agile', 'partial')],
          requirements: [requirement('agile', evidence('agile', 7, quote))],
        },
        [],
        'qa-engineer',
        learningFile([]),
        [],
      ).items[0]?.steps;
    expect(plan(exact)).toEqual([
      {
        kind: 'describe',
        effort: 1,
        impact: 3,
        line: 7,
        text: `Line 7 ("${exact}") only names this: it is listed, not shown in use. Add a line that shows it at work: what you did, with whom, and what it changed.`,
      },
    ]);
    expect(plan(long)?.[0]?.text).toBe(
      'Line 7 ("Coordinated sprint planning, reviews and retrospectives for all of the several…") only names this: it is listed, not shown in use. Add a line that shows it at work: what you did, with whom, and what it changed.',
    );
  });

  it('says what the line shows: listed, hedged, related work, far from technology or an older role', () => {
    const step = (e: Evidence, inPart?: Gap['inPart'], status: Gap['status'] = 'partial') =>
      buildLearningPlan(
        {
          gaps: [{ ...gap('agile', status), ...(inPart ? { inPart } : {}) }],
          requirements: [requirement('agile', e)],
        },
        [],
        'qa-engineer',
        learningFile([]),
        [],
      ).items[0]?.steps[0]?.text;
    const listed = evidence('agile', 7, exact);
    const applied: Evidence = { ...listed, strength: 'applied' };
    const scrum = { id: 'scrum', label: 'Scrum', share: 0.6 };
    expect(step({ ...listed, skillId: 'scrum' }, { via: scrum })).toBe(
      `Line 7 ("${exact}") names Scrum, a related skill, without showing it in use. Add a line that shows this requirement at work: what you did, with whom, and what it changed.`,
    );
    expect(step({ ...applied, hedged: true })).toBe(
      `Line 7 ("${exact}") words this as limited familiarity. If you have used it, say so plainly: what you did, with whom, and what it changed.`,
    );
    expect(step({ ...applied, skillId: 'scrum' }, { via: scrum })).toBe(
      `Line 7 ("${exact}") shows related work (Scrum), which counts for 60% of this requirement. If your work there was the requirement itself, name it: what you did, with whom, and what it changed.`,
    );
    expect(step(applied, { farFromTechnology: 0.5 }, 'shown')).toBe(
      `You already show this on line 7 ("${exact}"), in work far from technology, which counts for 50%. If you have done it with engineers or on a software project, describe that: what you did, with whom, and what it changed.`,
    );
    expect(step(applied, { recency: 0.85 }, 'shown')).toBe(
      `You already show this on line 7 ("${exact}"), in an older role, which counts a little less. If you do it in your recent work, describe that: what you did, with whom, and what it changed.`,
    );
    expect(step(applied, { internship: 0.6 }, 'shown')).toBe(
      `You already show this on line 7 ("${exact}"), in an internship, which counts for 60%: it shows the work, not the work owned over time. If you have done it in a job since, describe that: what you did, with whom, and what it changed.`,
    );
    // A missing requirement has no line to describe.
    expect(step(applied, undefined, 'missing')).toBeUndefined();
  });

  it('quotes the words that matched when the line is too long to quote whole', () => {
    const quote = `${'Kept the office running for the regional teams and their clients, '.repeat(2)}and ran sprint planning.`;
    const at = quote.indexOf('sprint planning');
    const e: Evidence = { ...evidence('agile', 7, quote), match: { start: at, end: at + 15 } };
    const text = buildLearningPlan(
      { gaps: [gap('agile', 'partial')], requirements: [requirement('agile', e)] },
      [],
      'qa-engineer',
      learningFile([]),
      [],
    ).items[0]?.steps[0]?.text;
    expect(text).toContain(
      'Line 7 ("…running for the regional teams and their clients, and ran sprint planning.")',
    );
  });

  it('orders a rewording, actions and suitable certificates by value, four at most', () => {
    const learning = learningFile(
      [
        cert('csm', { effort: 1, impact: 2, addresses: ['agile'], suits: ['qa-engineer'] }),
        cert('acp', {
          effort: 2,
          impact: 3,
          addresses: ['risk', 'agile'],
          suits: ['scrum-master', 'qa-engineer'],
        }),
      ],
      [
        { requirement: 'agile', kind: 'practice', effort: 2, impact: 2, text: 'Run a retrospective.' },
        { requirement: 'risk', kind: 'course', effort: 1, impact: 3, text: 'Take a risk course.' },
        {
          requirement: 'agile',
          kind: 'on-the-job',
          effort: 3,
          impact: 2,
          text: 'Facilitate a planning event.',
        },
      ],
    );
    const plan = buildLearningPlan(
      { gaps: [gap('agile', 'partial')], requirements: [requirement('agile', evidence('agile', 7, exact))] },
      [],
      'qa-engineer',
      learning,
      [bullet(4, 'risk', 'Risk Register'), bullet(9, 'agile', 'Sprint Planning')],
    );
    expect(plan.items[0]?.steps).toEqual([
      expect.objectContaining({ kind: 'describe', line: 7 }),
      {
        kind: 'describe',
        effort: 1,
        impact: 3,
        line: 9,
        text: 'Line 9 likely shows sprint planning already; name it in words a recruiter recognizes (see the resume feedback).',
      },
      { kind: 'practice', effort: 2, impact: 2, text: 'Run a retrospective.' },
      // A certificate's step counts one less impact than the certificate: 3 → 2.
      { kind: 'certification', effort: 2, impact: 2, certification: 'acp', text: 'Name acp: shows acp' },
    ]);
    // Without the describe steps, the two left over show.
    const missing = buildLearningPlan(
      { gaps: [gap('agile', 'missing')], requirements: [] },
      [],
      'qa-engineer',
      learning,
      [],
    );
    expect(missing.items[0]?.steps).toEqual([
      { kind: 'practice', effort: 2, impact: 2, text: 'Run a retrospective.' },
      { kind: 'certification', effort: 2, impact: 2, certification: 'acp', text: 'Name acp: shows acp' },
      { kind: 'certification', effort: 1, impact: 1, certification: 'csm', text: 'Name csm: shows csm' },
      { kind: 'on-the-job', effort: 3, impact: 2, text: 'Facilitate a planning event.' },
    ]);
  });

  it('gives a certificate of impact 1 an impact of 1', () => {
    const learning = learningFile([cert('csm', { effort: 1, impact: 1 })]);
    const plan = buildLearningPlan(
      { gaps: [gap('agile', 'missing')], requirements: [] },
      [],
      'qa-engineer',
      learning,
      [],
    );
    expect(plan.items[0]?.steps.map((s) => [s.certification, s.impact])).toEqual([['csm', 1]]);
  });

  it('describes no line of a missing requirement, nor of a partial one without evidence', () => {
    const plan = buildLearningPlan(
      {
        gaps: [gap('risk', 'missing'), gap('agile', 'partial'), gap('budget', 'partial')],
        requirements: [requirement('risk', evidence('risk', 3, 'Kept a risk log.')), requirement('agile')],
      },
      [],
      'qa-engineer',
      learningFile([]),
      [],
    );
    expect(plan.items.map((i) => i.steps)).toEqual([[], [], []]);
  });

  it('suggests no certificate the resume shows, that does not suit the background, or that does not address the gap', () => {
    const learning = learningFile([
      cert('held', { detect: ['HELD'] }),
      cert('unsuited', { suits: ['scrum-master'] }),
      cert('elsewhere', { addresses: ['risk'] }),
      cert('fits'),
    ]);
    const plan = buildLearningPlan(
      { gaps: [gap('agile', 'missing')], requirements: [] },
      ['HELD'],
      'qa-engineer',
      learning,
      [],
    );
    expect(plan.items[0]?.steps.map((s) => s.certification)).toEqual(['fits']);
  });

  it('drops a step said twice: the same line to describe, or the same action', () => {
    const learning = learningFile(
      [],
      [
        { requirement: 'agile', kind: 'practice', effort: 2, impact: 2, text: 'Run a retrospective.' },
        { requirement: 'agile', kind: 'practice', effort: 1, impact: 1, text: 'Run a retrospective.' },
        { requirement: 'agile', kind: 'course', effort: 2, impact: 2, text: 'Run a retrospective.' },
        { requirement: 'agile', kind: 'practice', effort: 3, impact: 3, text: 'Shadow a scrum master.' },
      ],
    );
    const plan = buildLearningPlan(
      { gaps: [gap('agile', 'partial')], requirements: [requirement('agile', evidence('agile', 7, exact))] },
      [],
      'qa-engineer',
      learning,
      [bullet(7, 'agile', 'Sprint Planning')],
    );
    expect(plan.items[0]?.steps.map((s) => [s.kind, s.effort, s.text.slice(0, 22)])).toEqual([
      ['describe', 1, 'Line 7 ("Coordinated s'],
      ['practice', 3, 'Shadow a scrum master.'],
      ['practice', 2, 'Run a retrospective.'],
      ['course', 2, 'Run a retrospective.'],
    ]);
  });

  it('plans the first six gaps, each with its requirement, status, importance and points', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const plan = buildLearningPlan(
      { gaps: ids.map((id, k) => gap(id, k === 1 ? 'partial' : 'missing', 20 - k)), requirements: [] },
      [],
      'qa-engineer',
      learningFile([]),
      [],
    );
    expect(plan.items.map((i) => i.requirement.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(plan.items[1]).toEqual({
      requirement: { id: 'b', label: 'Label b' },
      status: 'partial',
      importance: 19,
      pointsAtStake: 9.5,
      steps: [],
    });
  });
});

describe('the certificates', () => {
  it('lists each with what it closes, held ones first, then those that suit, close most, give most for effort', () => {
    const learning = learningFile([
      cert('d', { suits: [], addresses: ['agile', 'risk', 'budget'], effort: 1, impact: 3 }),
      cert('a', { addresses: ['agile', 'scope'], effort: 3, impact: 3 }),
      cert('c', { addresses: ['agile'], effort: 1, impact: 3 }),
      cert('b', { addresses: ['risk', 'budget'], effort: 3, impact: 1 }),
      cert('h', { suits: ['devops-engineer'], detect: ['HCERT'], addresses: ['scope'] }),
    ]);
    const plan = buildLearningPlan(
      { gaps: [gap('agile', 'missing'), gap('risk', 'missing'), gap('budget', 'missing')], requirements: [] },
      ['Certifications', 'HCERT'],
      'qa-engineer',
      learning,
      [],
    );
    const shown = (id: string, fields: object) => ({
      id,
      name: `Name ${id}`,
      issuer: `Issuer ${id}`,
      demonstrates: `shows ${id}`,
      prerequisites: `needs ${id}`,
      ...fields,
    });
    expect(plan.certifications).toStrictEqual([
      shown('h', { effort: 2, impact: 2, held: true, heldLine: 2, suitsYou: false, closes: [] }),
      shown('b', { effort: 3, impact: 1, held: false, suitsYou: true, closes: ['risk', 'budget'] }),
      shown('c', { effort: 1, impact: 3, held: false, suitsYou: true, closes: ['agile'] }),
      shown('a', { effort: 3, impact: 3, held: false, suitsYou: true, closes: ['agile'] }),
      shown('d', { effort: 1, impact: 3, held: false, suitsYou: false, closes: ['agile', 'risk', 'budget'] }),
    ]);
  });

  it('ends with a note that demonstrated work counts for more', () => {
    const plan = buildLearningPlan({ gaps: [], requirements: [] }, [], 'other', learningFile([]), []);
    expect(plan).toEqual({
      items: [],
      certifications: [],
      note: 'Certificates help you past keyword filters, but hiring managers weigh demonstrated work at the boundary between business and engineering more: any time you carried a business need to engineers and saw it built, described precisely, counts for more than a list of methodology certificates.',
    });
  });
});
