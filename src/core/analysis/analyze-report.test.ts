import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { TEST_ROLE } from '../../../test/fixtures/test-role.ts';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import type { BackgroundResult } from '../guidance/detect-background.ts';
import { loadRole } from '../role/load-role.ts';
import type { RoleInput } from '../role/schema.ts';
import { acceptedSkills, analyzeResume, scoreTrackRecord } from './analyze.ts';
import type { RequirementStatus } from './types.ts';

// What the report says and in what order, beside the scores of analyze.test.ts: the explanations,
// the quotes, the skill profile, strengths, gaps, what was not counted and the track record.

const taxonomy = testTaxonomy(SAMPLE_SKILLS);

/** A role of the test taxonomy with these requirements. */
const roleOf = (requirements: RoleInput['requirements']) => {
  const r = loadRole(
    {
      id: 'test-role',
      title: 'Test Role',
      summary: 'A role for tests.',
      titleAliases: ['Test Role'],
      requirements,
    },
    taxonomy,
  );
  if (!r.ok) throw new Error(r.error.map((i) => i.message).join());
  return r.value;
};

/** The role of analyze.test.ts: agile 40, risk management 30 (Jira at 50%), stakeholders 20, leadership 10. */
const role = roleOf(TEST_ROLE.requirements);

const analyze = (text: string) =>
  analyzeResume({
    asOf: { year: 2026, month: 12 },
    document: { format: 'text', text, warnings: [] },
    role,
    taxonomy,
  });
describe('the report a reader sees', () => {
  const tpm = findRole('technical-project-manager')!;
  const analyzeTpm = (lines: string[]) =>
    analyzeResume({
      document: { format: 'text', text: lines.join('\n'), warnings: [] },
      role: tpm,
      taxonomy: bundledTaxonomy(),
      asOf: { year: 2025, month: 6 },
    });

  it('names in the explanation the line it quotes first, also when two lines earn the same', () => {
    const report = analyzeTpm([
      'Jane Doe',
      'Experience',
      'Project Coordinator, Acme, 2020 - 2024',
      '- Coordinated with stakeholders on the release plan',
      '- Coordinated with business owners and met with clients every week',
    ]);
    const stakeholders = report.requirements.find((r) => r.skill.id === 'stakeholder-management')!;
    // Both lines are work at the same credit; the one that shows it twice is quoted first.
    expect(stakeholders.evidence.map((e) => e.line)).toEqual([5, 4]);
    for (const r of report.requirements.filter((x) => x.evidence.length > 0))
      expect(r.explanation).toContain(`Best evidence on line ${r.evidence[0]!.line}:`);
  });

  it('explains in one sentence which line earned the points, how, and at what share', () => {
    const report = analyze(
      [
        'Experience',
        '- Led Scrum ceremonies for 2 teams, reducing carry-over by 30%',
        '- Tracked work in Jira',
        'Skills',
        'Leadership',
        'Familiar with stakeholder management',
      ].join('\n'),
    );
    expect(report.requirements.map((r) => r.explanation)).toEqual([
      'Best evidence on line 2: owned or led, with a stated result = 100% → 100% of the points.',
      'Best evidence on line 3: applied in your work = 80% (Jira counts for 50% of Risk management) → 40% of the points.',
      'Best evidence on line 6: listed without a description of use = 50%, worded as limited familiarity (half credit) → 25% of the points.',
      'Best evidence on line 5: listed without a description of use = 50% → 50% of the points.',
    ]);
    expect(analyze('Experience\n- Gardener').requirements[2]!.explanation).toBe(
      'No evidence of Stakeholder management found in the resume.',
    );
  });

  it('shows a requirement when any of its evidence is work, even beside a name only listed', () => {
    const agile = analyze('Experience\n- Ran Scrum ceremonies\nSkills\nAgile').requirements[0]!;
    expect(agile.evidence.map((e) => [e.line, e.strength])).toEqual([
      [2, 'applied'],
      [4, 'listed'],
    ]);
    expect(agile).toMatchObject({ status: 'shown', credit: 0.8 });
  });

  it('says when older work counts less, and by how much', () => {
    const text = [
      'Experience',
      'Gardener — City Parks (Jan 2015 – Dec 2024)',
      '- Pruned the roses in the park',
      'Developer — Acme (Jan 2000 – Dec 2004)',
      '- Ran Scrum ceremonies for two teams',
    ].join('\n');
    const old = analyzeResume({
      document: { format: 'text', text, warnings: [] },
      role,
      taxonomy,
      asOf: { year: 2025, month: 1 },
    });
    expect(old.requirements[0]!.explanation).toBe(
      'Best evidence on line 5: applied in your work = 80%, in an older role (×0.85 for recency) → 68% of the points.',
    );
    expect(old.skills.find((s) => s.id === 'scrum')!.evidence[0]!.recency).toBe(0.85);
    // A dated role that is the latest counts in full: no recency on its evidence.
    const recent = analyze('Experience\nDeveloper — Acme (Jan 2020 – Dec 2024)\n- Ran Scrum ceremonies');
    expect(recent.requirements[0]!.evidence[0]).not.toHaveProperty('recency');
  });

  it('quotes at most three lines, one quote a line: strongest, then from work, then the line showing it in more ways, then the earliest', () => {
    const report = analyze(
      [
        'Experience',
        '- Ran Scrum ceremonies',
        '- Coached the team on Agile and Scrum',
        '- Led Sprint planning for 3 teams, cutting carry-over by 30%',
        '- Ran Agile retrospectives',
        'Summary',
        'Led Scrum adoption, cutting cycle time by 20%',
      ].join('\n'),
    );
    const agile = report.requirements[0]!;
    expect(agile.evidence.map((e) => [e.line, e.skillId, e.strength, e.section])).toEqual([
      [4, 'sprint-planning', 'led', 'experience'],
      [7, 'scrum', 'led', 'summary'],
      [3, 'agile', 'applied', 'experience'],
    ]);
    // The credit is the strongest line's, though Agile's own (weaker) lines come first in the role's order.
    expect(agile.credit).toBe(1);
    const scrum = report.skills.find((s) => s.id === 'scrum')!;
    expect(scrum.evidence.map((e) => e.line)).toEqual([7, 2, 3]);
  });

  it('quotes each line once, a line showing the requirement in two ways first, then the earliest; a project as work', () => {
    const report = analyze(
      [
        'Skills',
        'Scrum',
        'Jira',
        'Experience',
        '- Led Scrum for 2 teams, cutting carry-over by 30%',
        '- Ran Scrum reviews',
        '- Ran Agile ceremonies',
        '- Ran Scrum planning and Agile retros',
      ].join('\n'),
    );
    expect(report.requirements[0]!.evidence.map((e) => e.line)).toEqual([5, 8, 6]);
    // Scrum is first named in a list, but its strength is its best line's.
    expect(report.skills.map((s) => [s.id, s.strength, s.countsToward])).toEqual([
      ['scrum', 'led', ['agile']],
      ['agile', 'applied', ['agile']],
      ['jira', 'listed', ['risk-management']],
    ]);
    const project = analyze(
      [
        'Jane Doe',
        'Ran Scrum ceremonies for two teams',
        'Projects',
        '- Ran Scrum ceremonies at a hackathon',
      ].join('\n'),
    );
    expect(project.requirements[0]!.evidence.map((e) => [e.line, e.section])).toEqual([
      [4, 'projects'],
      [2, 'header'],
    ]);
  });

  it('gives each skill its strongest mention and lists the skills strongest first, unhedged before hedged, then by name', () => {
    const report = analyze(
      [
        'Experience',
        '- Led Scrum ceremonies for 2 teams, reducing carry-over by 30%',
        '- Tracked work in Jira',
        '- Familiar with risk management',
        'Skills',
        'Scrum, Leadership, Python',
        'Basic knowledge of Java',
      ].join('\n'),
    );
    expect(report.skills.map((s) => [s.id, s.strength, s.hedged])).toEqual([
      ['scrum', 'led', false],
      ['jira', 'applied', false],
      ['leadership', 'listed', false],
      ['python', 'listed', false],
      ['java', 'listed', true],
      ['risk-management', 'listed', true],
    ]);
    expect(report.skills.find((s) => s.id === 'python')!.countsToward).toEqual([]);
  });

  it('lists what it did not count, and why', () => {
    const report = analyze(
      ['Experience', '- I like to Go hiking', 'Skills', 'No experience with Python'].join('\n'),
    );
    expect(report.ignored).toEqual([
      {
        skillId: 'go',
        label: 'Go',
        quote: 'I like to Go hiking',
        line: 2,
        reason: 'ambiguous name without technical context',
      },
      {
        skillId: 'python',
        label: 'Python',
        quote: 'No experience with Python',
        line: 4,
        reason: 'the resume says this skill is missing',
      },
    ]);
  });

  it('sets aside a skill named inside an employer, on the header lines and wherever the name recurs', () => {
    const report = analyze(
      [
        'Experience',
        'Scrum Coach — Agile Partners (2019 – 2024)',
        '- Ran Scrum ceremonies',
        '- Coached two teams in Agile ways of working',
        '- Wrote Agile Partners playbooks in Jira',
      ].join('\n'),
    );
    // "Agile" in the employer's name on line 2 is not the skill, nor where a bullet names the employer
    // again on line 5; "Scrum" beside it in the title is.
    expect(report.ignored.map((i) => [i.skillId, i.line, i.reason])).toEqual([
      ['agile', 2, 'the name of an employer, not a skill'],
      ['agile', 5, 'the name of an employer, not a skill'],
    ]);
    expect(report.skills.find((s) => s.id === 'scrum')!.evidence.map((e) => e.line)).toEqual([3, 2]);
    // Agile said on its own in a bullet is work again.
    expect(report.skills.find((s) => s.id === 'agile')!.evidence.map((e) => e.line)).toEqual([4]);
  });

  it('reads the employer on the third header line of a position, not below', () => {
    const report = analyze(
      ['Experience', 'Scrum Coach', 'Jan 2019 – Dec 2024', 'Agile Partners', '- Ran Agile ceremonies'].join(
        '\n',
      ),
    );
    expect(report.document.structure.positions[0]).toMatchObject({
      organisation: 'Agile Partners',
      startLine: 2,
    });
    expect(report.ignored.map((i) => [i.skillId, i.line])).toEqual([['agile', 4]]);
    expect(report.skills.find((s) => s.id === 'agile')!.evidence.map((e) => e.line)).toEqual([5]);
  });

  it('sets aside a skill that opens or closes the name of the employer', () => {
    const report = analyze(
      [
        'Experience',
        'Agile Partners — Scrum Coach (2019 – 2024)',
        '- Ran Scrum ceremonies',
        'Scrum Coach — Acme Agile (2015 – 2019)',
        '- Coached two teams',
      ].join('\n'),
    );
    expect(report.ignored.map((i) => [i.skillId, i.line, i.reason])).toEqual([
      ['agile', 2, 'the name of an employer, not a skill'],
      ['agile', 4, 'the name of an employer, not a skill'],
    ]);
    expect(report.skills.map((s) => s.id)).toEqual(['scrum']);
  });

  it('lists strengths by points, then name, each saying what it is worth and how it was shown', () => {
    const equal = roleOf([
      { skill: 'leadership', category: 'soft', weight: 1, why: 'w', nextSteps: ['lead'] },
      { skill: 'agile', category: 'technical', weight: 1, why: 'w', nextSteps: ['learn'] },
      { skill: 'jira', category: 'technical', weight: 2, why: 'w', nextSteps: ['track'] },
      { skill: 'python', category: 'technical', weight: 1, why: 'w', nextSteps: ['code'] },
    ]);
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: {
        format: 'text',
        text: [
          'Experience',
          '- Provided leadership to 3 launch teams',
          '- Ran Agile ceremonies',
          '- Led the Jira rollout for 4 teams, cutting lead time by 20%',
          'Skills',
          'Python',
        ].join('\n'),
        warnings: [],
      },
      role: equal,
      taxonomy,
    });
    expect(report.requirements.map((r) => [r.skill.id, r.weight, r.points, r.status])).toEqual([
      ['leadership', 20, 16, 'shown'],
      ['agile', 20, 16, 'shown'],
      ['jira', 40, 40, 'shown'],
      ['python', 20, 10, 'partial'],
    ]);
    expect(report.strengths.map((s) => [s.skill.id, s.reason])).toEqual([
      ['jira', 'Jira earns 40.0 of its 40.0 points (of 100 for this role): you led it with a result.'],
      ['agile', 'Agile earns 16.0 of its 20.0 points (of 100 for this role): you applied it in your work.'],
      [
        'leadership',
        'Leadership earns 16.0 of its 20.0 points (of 100 for this role): you applied it in your work.',
      ],
    ]);
    expect(report.strengths[0]!.evidence).toEqual(report.requirements[2]!.evidence);
  });

  it('ranks tied gaps by name and says the demand it used, to three places', () => {
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: { format: 'text', text: 'Experience\n- Gardener at City Parks', warnings: [] },
      role: roleOf([
        { skill: 'leadership', category: 'soft', weight: 1, why: 'w', nextSteps: ['lead'] },
        { skill: 'agile', category: 'technical', weight: 1, why: 'w', nextSteps: ['learn'] },
        { skill: 'jira', category: 'technical', weight: 1, why: 'w', nextSteps: ['track'] },
      ]),
      taxonomy,
      demand: new Map([
        ['leadership', 0.12345],
        ['agile', 0.12345],
      ]),
    });
    const third = 100 / 3;
    expect(report.gaps).toEqual([
      {
        skill: { id: 'agile', label: 'Agile', category: 'technical' },
        status: 'missing',
        pointsAtStake: 33.33,
        demand: 0.123,
        importance: Math.round(third * 0.62345 * 100) / 100,
        nextSteps: ['learn'],
      },
      {
        skill: { id: 'leadership', label: 'Leadership', category: 'soft' },
        status: 'missing',
        pointsAtStake: 33.33,
        demand: 0.123,
        importance: Math.round(third * 0.62345 * 100) / 100,
        nextSteps: ['lead'],
      },
      {
        skill: { id: 'jira', label: 'Jira', category: 'technical' },
        status: 'missing',
        pointsAtStake: 33.33,
        demand: 0,
        importance: 16.67,
        nextSteps: ['track'],
      },
    ]);
    expect(report.requirements.map((r) => r.weight)).toEqual([33.33, 33.33, 33.33]);
    // Points to two places, from the unrounded weight: 80% of a third of 100 is 26.67.
    const applied = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: { format: 'text', text: 'Experience\n- Ran Agile ceremonies', warnings: [] },
      role: roleOf([
        { skill: 'leadership', category: 'soft', weight: 1, why: 'w', nextSteps: ['lead'] },
        { skill: 'agile', category: 'technical', weight: 1, why: 'w', nextSteps: ['learn'] },
        { skill: 'jira', category: 'technical', weight: 1, why: 'w', nextSteps: ['track'] },
      ]),
      taxonomy,
    });
    expect(applied.requirements[1]).toMatchObject({ points: 26.67, credit: 0.8, status: 'shown' });
    expect(applied.score).toBe(27);
    // Without demand the gaps carry none.
    expect(analyze('Experience\n- Gardener').gaps.every((g) => !('demand' in g))).toBe(true);
  });

  it('counts a skill standing for at least 75% of a requirement as showing it, an adjacent one as partial', () => {
    const statusWith = (credit: number, line: string) =>
      analyzeResume({
        asOf: { year: 2026, month: 12 },
        document: { format: 'text', text: `Experience\n${line}`, warnings: [] },
        role: roleOf([
          {
            skill: 'risk-management',
            category: 'technical',
            weight: 1,
            why: 'w',
            accepts: [{ skill: 'jira', credit }],
            nextSteps: ['n'],
          },
        ]),
        taxonomy,
      }).requirements[0]!;
    expect(statusWith(0.75, '- Tracked work in Jira')).toMatchObject({ status: 'shown', credit: 0.6 });
    expect(statusWith(0.7, '- Tracked work in Jira')).toMatchObject({ status: 'partial', credit: 0.56 });
    // Hedged or only named, even the requirement itself is partial.
    expect(statusWith(1, '- Familiar with risk management').status).toBe('partial');
    expect(statusWith(1, '- Risk management')).toMatchObject({ status: 'partial', credit: 0.5 });
  });

  it('describes the document read', () => {
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: {
        format: 'pdf',
        text: 'Jane Doe\nExperience\n- Ran Scrum ceremonies\n\nSkills\nJira',
        warnings: [],
        ocr: { pages: [1], confidence: 88 },
      },
      role,
      taxonomy,
    });
    expect(report.document).toMatchObject({
      kind: 'resume',
      format: 'pdf',
      ocr: { pages: [1], confidence: 88 },
      lines: 6,
      sections: [
        { kind: 'header', heading: '', startLine: 1, endLine: 1 },
        { kind: 'experience', heading: 'Experience', startLine: 2, endLine: 4 },
        { kind: 'skills', heading: 'Skills', startLine: 5, endLine: 6 },
      ],
    });
    expect(report.document).not.toHaveProperty('warning');
    expect(analyze('Experience\n- Ran Scrum').document).not.toHaveProperty('ocr');
    expect(report.role).toEqual({ id: 'test-role', title: 'Test Role' });
  });

  it('counts a role running to the present up to this month when no date is given', () => {
    const report = analyze('Experience\nDeveloper — Acme (Jan 2020 – Present)\n- Ran Scrum ceremonies');
    const now = new Date();
    expect(report.document.structure.positions[0]!.months).toBe(
      (now.getFullYear() - 2020) * 12 + now.getMonth() + 1,
    );
  });

  describe('the track record: a held title earns its share of the 20 points', () => {
    it('quotes the title and counts it into the score', () => {
      const analyst = analyzeTpm([
        'Experience',
        'Business Analyst — Initech (2015 – 2024)',
        '- Gathered requirements from stakeholders',
      ]);
      expect(analyst.trackRecord).toEqual({
        weight: 20,
        points: 6,
        credit: 0.3,
        background: { id: 'business-analyst', label: 'Business analyst' },
        evidence: { quote: 'Business Analyst — Initech (2015 – 2024)', line: 2 },
        explanation:
          'Your title on line 2 shows business analyst work, which counts for 30% of the 20 track-record points.',
        why: tpm.trackRecord!.why,
      });
      // 5.59 points of skills and 6 of track record, rounded.
      expect(analyst.requirements.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(5.59, 10);
      expect(analyst.score).toBe(12);
    });

    it('takes the best share among the titles held, wherever it stands', () => {
      const both = (first: string, second: string) =>
        analyzeTpm([
          'Experience',
          `${first} — Acme (2019 – 2024)`,
          '- Ran sprint planning',
          `${second} — Initech (2015 – 2019)`,
          '- Gathered requirements from stakeholders',
        ]);
      const tpmFirst = both('Technical Project Manager', 'Business Analyst');
      expect(tpmFirst.trackRecord).toMatchObject({ points: 20, credit: 1, evidence: { line: 2 } });
      // 20 track-record points, the two bullets' skills, and leadership shown by a project manager's
      // title where no line shows it otherwise (applied, 80%: 39 when it counted as named).
      expect(tpmFirst.score).toBe(41);
      const pmSecond = both('Business Analyst', 'Project Manager');
      expect(pmSecond.background?.primary).toBe('business-analyst');
      expect(pmSecond.trackRecord).toMatchObject({
        points: 12,
        credit: 0.6,
        background: { id: 'project-manager' },
        evidence: { quote: 'Project Manager — Initech (2015 – 2019)', line: 4 },
      });
    });

    it('earns nothing without a title, and says the skills still count', () => {
      const none = analyzeTpm([
        'Jane Doe',
        'Skilled in project management and Scrum',
        'Experience',
        'Gardener — City Parks (2015 – 2024)',
        '- Pruned the roses',
      ]);
      expect(none.trackRecord).toEqual({
        weight: 20,
        points: 0,
        credit: 0,
        explanation:
          'No job title in the resume names this role or a close one, so none of the 20 track-record points; the skills above still count.',
        why: tpm.trackRecord!.why,
      });
    });

    /** A background result with these candidates, each with title evidence unless its list says otherwise. */
    const background = (...candidates: Array<[string, BackgroundResult['candidates'][number]['evidence']]>) =>
      ({
        primary: candidates[0]?.[0] ?? 'other',
        label: '',
        confidence: 1,
        titles: [],
        candidates: candidates.map(([id, evidence]) => ({ id, label: `The ${id}`, confidence: 1, evidence })),
      }) as BackgroundResult;
    const title = (line: number) => ({
      kind: 'title' as const,
      quote: `Title on ${line}`,
      line,
      matched: 't',
    });

    it('counts only a background shown by a title, and of two equal shares the first', () => {
      const skillOnly = scoreTrackRecord(
        tpm,
        background([
          'technical-project-manager',
          [{ kind: 'skill', quote: 'Jira', line: 1, matched: 'jira' }],
        ]),
      );
      expect(skillOnly).toMatchObject({ points: 0, credit: 0 });
      const tie = scoreTrackRecord(
        tpm,
        background(['scrum-master', [title(3)]], ['product-manager', [title(5)]]),
      );
      expect(tie).toMatchObject({ points: 15, background: { id: 'scrum-master' }, evidence: { line: 3 } });
      // A title of a background the role gives no share (a sales manager's) earns nothing either.
      const noTitle = scoreTrackRecord(tpm, background());
      expect(noTitle).toMatchObject({
        points: 0,
        credit: 0,
        explanation: expect.stringMatching(/^No job title/),
      });
      expect(scoreTrackRecord(tpm, background(['other', [title(2)]]))).toEqual(noTitle);
      expect(scoreTrackRecord(tpm, undefined)).toEqual(noTitle);
    });

    /** Each requirement's status: these shown, those partial, the rest missing. */
    const statuses = (shown: string[], partial: string[] = []) =>
      new Map<string, RequirementStatus>([
        ...shown.map((id) => [id, 'shown'] as const),
        ...partial.map((id) => [id, 'partial'] as const),
      ]);

    it("lifts a senior developer's share when the resume shows delivery work in three of its requirements", () => {
      const lead = background(['senior-developer', [title(2)]]);
      expect(scoreTrackRecord(tpm, lead)).toMatchObject({ points: 8, credit: 0.4 });
      const two = ['stakeholder-management', 'risk-management', 'agile', 'sdlc'];
      expect(scoreTrackRecord(tpm, lead, 1, statuses(two))).toMatchObject({ points: 8 });
      const three = statuses([...two, 'sprint-planning']);
      const ran = scoreTrackRecord(tpm, lead, 1, three);
      expect(ran).toMatchObject({ points: 16, credit: 0.8 });
      expect(ran.explanation).toMatch(
        /delivery work too \(3 of 5: stakeholder management, risk mitigation, sprint/,
      );
      // Other backgrounds keep their own share, however much delivery shows.
      const tester = background(['qa-engineer', [title(2)]]);
      expect(scoreTrackRecord(tpm, tester, 1, three)).toMatchObject({ points: 5 });
    });

    it("counts half a project manager's share when the resume names no software work at all", () => {
      const pm = background(['project-manager', [title(2)]]);
      const delivery = ['stakeholder-management', 'budgeting', 'risk-management'];
      const outside = scoreTrackRecord(tpm, pm, 1, statuses(delivery));
      expect(outside).toMatchObject({ points: 6, credit: 0.3 });
      expect(outside.explanation).toMatch(/counted at 50%, since the resume names no software lifecycle/);
      // Agile named, even in part (a skills list), or the lifecycle shown: the title counts whole.
      expect(scoreTrackRecord(tpm, pm, 1, statuses(delivery, ['agile']))).toMatchObject({
        points: 12,
      });
      expect(scoreTrackRecord(tpm, pm, 1, statuses([...delivery, 'sdlc']))).toMatchObject({ points: 12 });
      // Other titles are not touched: a Scrum master's work is software work by its name.
      expect(
        scoreTrackRecord(tpm, background(['scrum-master', [title(2)]]), 1, statuses(delivery)),
      ).toMatchObject({ points: 15 });
    });

    it('gives a role without a track record a skills-only note', () => {
      const expected = {
        weight: 0,
        points: 0,
        credit: 0,
        explanation: 'This role scores skills only.',
        why: '',
      };
      expect(scoreTrackRecord(role, background(['scrum-master', [title(3)]]))).toEqual(expected);
      const none = { ...tpm, trackRecord: { ...tpm.trackRecord!, weight: 0 } };
      expect(scoreTrackRecord(none, background(['scrum-master', [title(3)]]))).toEqual(expected);
      expect(analyze('Experience\n- Ran Scrum ceremonies').trackRecord).toEqual(expected);
    });
  });

  it('names each requirement as the role does', () => {
    const risk = analyzeTpm([
      'Experience',
      'Gardener — City Parks (2015 – 2024)',
      '- Pruned the roses',
    ]).requirements.find((r) => r.skill.id === 'risk-management')!;
    expect(risk.skill).toEqual({ id: 'risk-management', label: 'Risk mitigation', category: 'technical' });
    expect(risk.explanation).toBe('No evidence of Risk mitigation found in the resume.');
  });

  it('counts a skill named only in a job title as listed: the title names the work, bullets show it', () => {
    const lead = (bullets: string[]) =>
      analyzeTpm(['Experience', 'Lead Software Engineer — Acme (2019 – 2024)', ...bullets]).requirements.find(
        (r) => r.skill.id === 'leadership',
      )!;
    expect(lead(['- Built payment services in Java'])).toMatchObject({ status: 'partial', credit: 0.5 });
    expect(lead(['- Built payment services in Java']).evidence[0]).toMatchObject({
      line: 2,
      strength: 'listed',
    });
    // Leading described in a bullet still shows it.
    expect(lead(['- Led a team of four engineers through the payments rewrite']).status).toBe('shown');
  });

  it('reads a developer as senior from the years of dated engineering work, not all the years', () => {
    const developer = (lines: string[]) =>
      analyzeTpm([
        'Experience',
        'Software Engineer — Acme (Jan 2013 – Dec 2024)',
        '- Built payment services in Java',
        ...lines,
      ]).background;
    expect(developer([])).toMatchObject({ primary: 'senior-developer', experienceYears: 12 });
    const switched = analyzeTpm([
      'Experience',
      'Software Engineer — Acme (Jan 2018 – Dec 2024)',
      '- Built payment services in Java',
      'Sales Manager — Initech (Jan 2010 – Dec 2017)',
      '- Sold software',
    ]);
    expect(switched.document.structure.yearsByKind).toEqual({ engineering: 7, other: 8 });
    expect(switched.background).toMatchObject({ primary: 'junior-developer', experienceYears: 15 });
  });

  it('halves only the soft skills of work far from technology', () => {
    const sales = analyzeTpm([
      'Experience',
      'Sales Manager — Northwind (2015 – 2024)',
      '- Presented weekly reports to senior management',
      '- Tracked the pipeline in Jira',
    ]);
    expect(sales.background?.primary).toBe('other');
    const jira = sales.requirements.find((r) => r.skill.id === 'jira')!;
    expect(jira).toMatchObject({ status: 'shown', credit: 0.8 });
    expect(jira.explanation).toBe('Best evidence on line 4: applied in your work = 80% → 80% of the points.');
    const communication = sales.requirements.find((r) => r.skill.id === 'communication')!;
    expect(communication.explanation).toBe(
      'Best evidence on line 3: applied in your work = 80% → 40% of the points. Counted at 50%: shown in work outside technology and delivery, it transfers in part.',
    );
    // A soft skill with no evidence has nothing to discount.
    expect(sales.requirements.find((r) => r.skill.id === 'organization')!.explanation).toBe(
      'No evidence of Organization found in the resume.',
    );
    // A technology role outside every background is still work in technology: nothing is halved. So
    // is a network or security engineer's, as readers label them (whose title earns no track record).
    const titled = (title: string, work: string) =>
      analyzeTpm([
        'Experience',
        `${title} — Northwind (2015 – 2024)`,
        '- Presented weekly reports to senior management',
        `- ${work}`,
      ]);
    expect(sales.background?.inTechnology).toBeUndefined();
    for (const [title, work] of [
      ['Data Scientist', 'Built churn models in Python'],
      ['Network Engineer', 'Configured Cisco switches and firewalls for 40 branches'],
    ] as const) {
      const report = titled(title, work);
      expect(report.background).toMatchObject({ primary: 'other', inTechnology: true });
      expect(report.requirements.find((r) => r.skill.id === 'communication')!.explanation).toBe(
        'Best evidence on line 3: applied in your work = 80% → 80% of the points.',
      );
    }
    expect(titled('Network Engineer', 'Configured Cisco switches').trackRecord).toMatchObject({
      points: 0,
      credit: 0,
    });
  });

  it('reads a go-live taken part in from work far from technology as its users side', () => {
    const lines = (title: string) => [
      'Experience',
      `${title} — Mercy Regional (2015 – 2024)`,
      '- Coordinated go-live support for the new electronic health record on three wards',
      '- Trained 40 staff on the new system',
    ];
    const nurse = analyzeTpm(lines('Registered Nurse')).requirements.find((r) => r.skill.id === 'sdlc')!;
    expect(nurse.status).toBe('partial');
    expect(nurse.explanation).toContain(
      'Shown in part only: a go-live or release taken part in from work far',
    );
    // The same line from a developer is how the software was shipped.
    const developer = analyzeTpm([...lines('Software Developer'), 'Skills', 'Java, SQL']).requirements.find(
      (r) => r.skill.id === 'sdlc',
    )!;
    expect(developer.status).toBe('shown');
  });

  it('reads IT operations titles as support work that earns no track record, and says why', () => {
    const dba = analyzeTpm([
      'Experience',
      'Database Administrator — Northwind (2015 – 2024)',
      '- Tuned SQL Server queries and ran nightly backups',
    ]);
    expect(dba.background?.primary).toBe('support-implementation');
    const role = tpm.trackRecord!;
    expect(dba.trackRecord).toMatchObject({ points: 0, credit: 0 });
    expect(dba.trackRecord.explanation).toBe(
      `No job title in the resume names this role or a close one, so none of the ${role.weight} track-record points; the skills above still count. The title on line 2 ("Database Administrator — Northwind (2015 – 2024)") earns none: ${role.exceptTitles!.why}`,
    );
    // The same resume titled as support earns support's share.
    const support = analyzeTpm([
      'Experience',
      'Application Support Engineer — Northwind (2015 – 2024)',
      '- Tuned SQL Server queries and ran nightly backups',
    ]);
    expect(support.trackRecord.credit).toBe(role.backgrounds['support-implementation']);
  });

  it('reads no software background from a resume that names no technology', () => {
    const lines = (title: string, skill: string) => [
      'Experience',
      `${title} — Northwind Transformers (2016 – 2024)`,
      '- Tested transformers and wrote test reports for each batch',
      'Skills',
      skill,
    ];
    // "Testing Engineer" at a transformer maker tests equipment, not software.
    expect(analyzeTpm(lines('Testing Engineer', 'Leadership, teamwork')).background?.primary).toBe('other');
    // Naming one technology (a database) makes the same title software testing.
    expect(analyzeTpm(lines('Testing Engineer', 'Leadership, SQL')).background?.primary).toBe('qa-engineer');
  });

  it('quotes the line it set aside and says why', () => {
    const civil = analyzeTpm([
      'Experience',
      'Site Engineer — Northwind Builders (2016 – 2024)',
      '- Design and development of the drainage works for the tower project',
    ]).requirements.find((r) => r.skill.id === 'sdlc')!;
    const sdlc = tpm.requirements.find((r) => r.skill === 'sdlc')!;
    expect(civil.explanation).toBe(
      `No evidence of ${civil.skill.label} found in the resume. Line 3 ("Design and development of the drainage works for the tower p") is not counted: ${sdlc.acceptsOnlyWith!.why}`,
    );
    const product = (bullets: string[]) =>
      analyzeTpm([
        'Experience',
        'Software Developer — Northwind (2018 – 2024)',
        ...bullets,
        'Skills',
        'Java, PostgreSQL, Git',
      ]).requirements.find((r) => r.skill.id === 'budgeting')!;
    const app =
      '- Developed an invoicing application in Java that helps small businesses track expenses and budgets';
    expect(product([app]).explanation).toBe(
      `No evidence of Budgeting found in the resume. Line 3 ("Developed an invoicing application in Java that helps small ") is not counted: ${tpm.productDescriptions!.why}`,
    );
    // With evidence of its own, the requirement's explanation is about that evidence alone.
    const owned = product([app, '- Tracked expenses and budgets of the payments project']);
    expect(owned.explanation).toBe(
      'Best evidence on line 4: applied in your work = 80% → 80% of the points.',
    );
  });

  it('gives a requirement its skill, the narrower skills and the accepted ones, each at its own share', () => {
    const shares = (accepts: Array<{ skill: string; credit: number }>) =>
      Object.fromEntries(
        acceptedSkills(
          { skill: 'agile', category: 'technical', weight: 1, why: 'w', accepts, nextSteps: [] },
          taxonomy,
        ),
      );
    expect(shares([])).toEqual({ agile: 1, scrum: 1, csm: 1, 'sprint-planning': 1 });
    // Scrum's own 50% wins over the 100% it would inherit from Agile; below Scrum the larger share holds.
    expect(shares([{ skill: 'scrum', credit: 0.5 }])).toEqual({
      agile: 1,
      scrum: 0.5,
      csm: 1,
      'sprint-planning': 1,
    });
    // Below two accepted skills, the larger share holds whichever comes last.
    expect(
      Object.fromEntries(
        acceptedSkills(
          {
            skill: 'risk-management',
            category: 'technical',
            weight: 1,
            why: 'w',
            accepts: [
              { skill: 'agile', credit: 0.6 },
              { skill: 'scrum', credit: 0.5 },
            ],
            nextSteps: [],
          },
          taxonomy,
        ),
      ),
    ).toEqual({ 'risk-management': 1, agile: 0.6, scrum: 0.5, csm: 0.6, 'sprint-planning': 0.6 });
    expect(shares([{ skill: 'jira', credit: 0.6 }])).toEqual({
      agile: 1,
      scrum: 1,
      csm: 1,
      'sprint-planning': 1,
      jira: 0.6,
    });
    // A share of 0 sets a skill aside with the skills below it, though the requirement's own skill brings them.
    expect(shares([{ skill: 'scrum', credit: 0 }])).toEqual({
      agile: 1,
      scrum: 0,
      csm: 0,
      'sprint-planning': 0,
    });
  });

  it('does not count an ITIL certificate for Jira, though a ticketing tool counts in part', () => {
    const jiraOf = (line: string) =>
      analyzeResume({
        document: {
          format: 'text',
          text: ['Experience', 'Network Technician | Acme | 2019 – 2024', `- ${line}`].join('\n'),
          warnings: [],
        },
        role: findRole('technical-project-manager')!,
        taxonomy: bundledTaxonomy(),
        asOf: { year: 2025, month: 6 },
      }).requirements.find((r) => r.skill.id === 'jira')!;
    expect(jiraOf('Passed ITIL 4 Foundation certification').status).toBe('missing');
    expect(jiraOf('Resolved 40 tickets a day in ServiceNow').status).toBe('partial');
  });
});

describe('years of experience in a file saved before today', () => {
  const text = [
    'Jane Doe',
    'Experience',
    'Technical Project Manager | Acme Corp | Jan 2015 – Present',
    '• Ran sprint planning for two teams and kept the risk register',
    'Software Engineer | Beta Ltd | Jan 2010 – Dec 2014',
    '• Built the billing service in Java',
  ].join('\n');
  const tpm = findRole('technical-project-manager')!;
  const report = (saved?: { year: number; month: number }) =>
    analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: { format: 'pdf', text, warnings: [], ...(saved ? { saved } : {}) },
      role: tpm,
      taxonomy: bundledTaxonomy(),
    });

  it('counts "Present" to the date saved in the file, in the structure and the background alike', () => {
    const saved = report({ year: 2019, month: 3 });
    expect(saved.document.structure.totalYears).toBe(9.3);
    expect(saved.document.structure.presentCountedAs).toEqual({ year: 2019, month: 3 });
    expect([saved.background?.experienceYears, saved.background?.presentCountedAs]).toEqual([
      9.3,
      { year: 2019, month: 3 },
    ]);
    const today = report();
    expect([today.document.structure.totalYears, today.background?.experienceYears]).toEqual([17, 17]);
    expect(today.document.structure.presentCountedAs).toBeUndefined();
    expect(today.background?.presentCountedAs).toBeUndefined();
  });
});

describe('one name per skill', () => {
  it("names a skill found that the role requires by the requirement's label, as the table does", () => {
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: { format: 'text', text: 'Skills\nRisk Management, Python', warnings: [] },
      role: findRole('technical-project-manager')!,
      taxonomy: bundledTaxonomy(),
    });
    const named = (id: string) => [
      report.requirements.find((r) => r.skill.id === id)?.skill.label,
      report.skills.find((s) => s.id === id)?.label,
    ];
    // The taxonomy says "Risk management"; the role's table "Risk mitigation".
    expect(named('risk-management')).toEqual(['Risk mitigation', 'Risk mitigation']);
    expect(report.skills.find((s) => s.id === 'python')?.label).toBe('Python');
  });
});
