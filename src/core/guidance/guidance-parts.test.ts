import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { analyzeResume } from '../analysis/analyze.ts';
import { renderReportMarkdown, renderReportText } from '../render/report-text.ts';
import { bundledGuidance } from './data.ts';
import { byValue } from './learning-plan.ts';
import { loadGuidanceData } from './load-guidance.ts';
import { pastTense, rephrase } from './resume-feedback.ts';
import { parseSelfCheckAnswers } from './self-check-answers.ts';

const role = findRole('technical-project-manager')!;
const taxonomy = bundledTaxonomy();
const RESUME = [
  'Experience',
  'QA Engineer — Acme Payments (2019 – 2024)',
  '- Responsible for syncing with offshore developers to fix production defects',
  '- Wrote and executed test cases and regression suites for 3 releases a month',
  'Business Analyst — Globex (2016 – 2019)',
  '- Gathered requirements from business users and wrote BRD and use cases',
  'Skills',
  'Python, Risk Management',
  'Certifications',
  'Certified ScrumMaster (CSM)',
];
const analyze = (answers?: Record<string, number>) =>
  analyzeResume({
    document: { format: 'text', text: RESUME.join('\n'), warnings: [] },
    role,
    taxonomy,
    asOf: { year: 2025, month: 6 },
    ...(answers ? { selfCheckAnswers: answers } : {}),
  });

describe('guidance data', () => {
  it('ships valid data for the TPM role and none for unknown roles', () => {
    expect(bundledGuidance(role, taxonomy)?.transitions.transitions.length).toBe(11);
    expect(bundledGuidance({ ...role, id: 'astronaut' }, taxonomy)).toBeUndefined();
  });

  it('reports unknown skills and requirements as issues', () => {
    const data = bundledGuidance(role, taxonomy)!;
    const transitions = structuredClone(data.transitions);
    transitions.transitions[0]!.gaps[0]!.requirement = 'juggling';
    transitions.fitSignals[0]!.skills.push('no-such-skill');
    const loaded = loadGuidanceData({ ...data, transitions }, role, taxonomy);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.error.map((i) => i.code)).toEqual([
        'GUIDANCE_UNKNOWN_REQUIREMENT',
        'GUIDANCE_UNKNOWN_SKILL',
      ]);
  });
});

describe('self-check', () => {
  it('accepts numbers and words, and rejects unknown ids and out-of-range values', () => {
    expect(
      parseSelfCheckAnswers({ 'technical-curiosity': 4, 'detail-at-scale': 'not really' }, role),
    ).toEqual({
      ok: true,
      value: { 'technical-curiosity': 4, 'detail-at-scale': 2 },
    });
    expect(parseSelfCheckAnswers({ answers: { 'technical-curiosity': 5 } }, role)).toEqual({
      ok: true,
      value: { 'technical-curiosity': 5 },
    });
    const unknown = parseSelfCheckAnswers({ curiosity: 3 }, role);
    expect(unknown.ok ? '' : unknown.error[0]?.message).toBe('unknown question id "curiosity"');
    expect(parseSelfCheckAnswers({ 'technical-curiosity': 7 }, role).ok).toBe(false);
  });

  it('combines answers with what the resume shows', () => {
    const report = analyze({
      'technical-curiosity': 5,
      'detail-at-scale': 1,
      'facilitating-without-authority': 3,
    });
    const verdicts = Object.fromEntries(report.selfCheck!.items.map((i) => [i.id, [i.resume, i.verdict]]));
    expect(verdicts).toEqual({
      'technical-curiosity': ['strong', 'aligned'],
      // "Gathered requirements from business users" shows stakeholder work: an answer of 3 undersells it.
      'facilitating-without-authority': ['strong', 'hidden-strength'],
      // Regression suites run for 3 releases a month show attention to detail: an answer of 1 on
      // precision at scale is a concern beside them.
      'detail-at-scale': ['strong', 'concern'],
      'technical-learning-curve': ['strong', 'not-answered'],
    });
    expect(report.selfCheck!.answered).toBe(true);
  });
});

describe('resume feedback', () => {
  it('re-phrases without adding facts', () => {
    expect(pastTense('coordinating')).toBe('coordinated');
    expect(pastTense('managing')).toBe('managed');
    expect(pastTense('running')).toBe('ran');
    expect(
      rephrase(
        '- Responsible for coordinating with developers to fix defects.',
        'Cross-functional coordination',
      ),
    ).toBe('Cross-functional coordination: coordinated with developers to fix defects.');
    expect(rephrase('Tracked defects in Jira', 'Progress tracking')).toBe(
      'Progress tracking: tracked defects in Jira.',
    );
  });

  it('flags listed-only skills and suggests wording for a hidden TPM skill, with questions instead of numbers', () => {
    const { feedback } = analyze();
    expect(feedback!.unsupportedSkills.map((u) => [u.label, u.line])).toEqual([
      ['Python', 8],
      // The requirement table's name for risk-management, as every part of the report names it.
      ['Risk mitigation', 8],
    ]);
    expect(feedback!.unsupportedSkills[1]!.question).toBe(
      'Risk mitigation is listed but never shown in use. Could you defend it in an interview? Add a line where you applied it, or leave it out.',
    );
    expect(feedback!.bullets[0]).toEqual({
      line: 3,
      original: '- Responsible for syncing with offshore developers to fix production defects',
      shows: {
        term: 'Cross-functional coordination',
        requirement: 'stakeholder-management',
        skillId: 'cross-functional-coordination',
      },
      suggestion: 'Cross-functional coordination: synced with offshore developers to fix production defects.',
      questions: [
        'How many (people, teams, releases, clients, days)? Add your own figure if you have one.',
        'What changed because of it? Add the outcome in your own words.',
      ],
    });
  });
});

describe('learning plan', () => {
  it('orders steps by impact for effort and knows the certifications already held', () => {
    const { learningPlan, gaps } = analyze();
    expect(learningPlan!.items.map((i) => i.requirement.id)).toEqual(gaps.slice(0, 6).map((g) => g.skill.id));
    for (const item of learningPlan!.items) expect([...item.steps].sort(byValue)).toEqual(item.steps);
    expect(learningPlan!.certifications.filter((c) => c.held).map((c) => [c.id, c.heldLine])).toEqual([
      ['csm-psm', 10],
    ]);
    const steps = learningPlan!.items.flatMap((i) => i.steps);
    expect(steps.some((s) => s.certification === 'csm-psm')).toBe(false);
  });
});

describe('rendering', () => {
  it('appends the guidance to the text and Markdown reports', () => {
    const report = analyze();
    const text = renderReportText(report);
    expect(text).toContain(
      'Your background\n  The signal is how strongly your job titles, duties and skills point to each background.\n  ● QA / test engineer (strong signal)',
    );
    expect(text).toContain(
      'From QA / test engineer to Technical Project Manager: a natural, well-trodden route',
    );
    const md = renderReportMarkdown(report);
    expect(md).toContain(
      '## Your background\n\nThe signal is how strongly your job titles, duties and skills point to each background.\n\n- **QA / test engineer** (primary), strong signal.',
    );
    expect(md.indexOf('## Resume feedback')).toBeLessThan(md.indexOf('Generated by rolefit'));
  });
});
