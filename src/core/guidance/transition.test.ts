// The route from the person's background to the role (transition.ts): what carries over, with the
// person's own evidence, the gaps that route usually leaves, and the other routes the resume shows.
import { describe, expect, it } from 'vitest';
import type { Evidence, FoundSkill, RequirementResult } from '../analysis/types.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { BackgroundResult } from './detect-background.ts';
import type { TransitionsFile } from './schema.ts';
import { buildTransition, NATURALNESS_TEXT } from './transition.ts';

const NARROWER: Record<string, string[]> = {
  'test-management': ['test-management', 'regression-testing', 'test-planning'],
  'stakeholder-management': ['stakeholder-management'],
};
const taxonomy = { narrower: (id: string) => new Set(NARROWER[id] ?? [id]) } as unknown as Taxonomy;

const evidence = (line: number, quote: string): Evidence => ({
  quote,
  line,
  section: 'experience',
  strength: 'applied',
  hedged: false,
  skillId: 'x',
});
const found = (id: string, ...ev: Evidence[]): FoundSkill => ({
  id,
  label: id.replace(/-/g, ' '),
  kind: 'tool',
  strength: 'applied',
  hedged: false,
  evidence: ev,
  countsToward: [],
});

const role = {
  id: 'technical-project-manager',
  title: 'Technical Project Manager',
  requirements: [
    { skill: 'risk-management', label: 'Risk management' },
    { skill: 'technical-fluency', label: 'Technical fluency' },
  ],
} as unknown as Role;

const transitions: TransitionsFile = {
  role: 'technical-project-manager',
  about: '',
  fitSignals: [],
  transitions: [
    {
      from: 'qa-engineer',
      naturalness: 'natural',
      summary: 'Testers already work across the delivery cycle.',
      transfers: [
        { label: 'Quality thinking', skills: ['test-management'], note: 'Release readiness is a TPM call.' },
        { label: 'Working with people', skills: ['stakeholder-management', 'test-management'], note: '' },
      ],
      gaps: [
        { label: 'Owning risk', requirement: 'risk-management', detail: 'Keep a risk log.' },
        { label: 'Architecture', requirement: 'technical-fluency', detail: 'Read the design docs.' },
        { label: 'Budgets', requirement: 'budgeting', detail: 'Learn the money side.' },
      ],
    },
    {
      from: 'business-analyst',
      naturalness: 'very-natural',
      summary: 'Analysts already gather requirements.',
      transfers: [{ label: 'Requirements', skills: ['requirements'], note: '' }],
      gaps: [{ label: 'Delivery', requirement: 'risk-management', detail: 'Run a release.' }],
    },
  ],
} as unknown as TransitionsFile;

const background = (primary: string, others: string[] = []): BackgroundResult =>
  ({
    primary,
    label: `${primary} label`,
    confidence: 0.9,
    candidates: [primary, ...others].map((id) => ({
      id,
      label: `${id} label`,
      confidence: 0.5,
      evidence: [],
    })),
    titles: [],
  }) as unknown as BackgroundResult;

const requirement = (id: string, label: string, status: RequirementResult['status']) =>
  ({ skill: { id, label, category: 'core' }, status }) as unknown as RequirementResult;

describe('the route into the role', () => {
  const skills = [
    found('regression-testing', evidence(4, 'Ran regression suites for 3 releases a month')),
    found(
      'test-planning',
      evidence(4, 'Ran regression suites for 3 releases a month'),
      evidence(9, 'Wrote test plans'),
    ),
    found('stakeholder-management', evidence(12, 'Demoed builds to business users')),
  ];

  /** The QA engineer's route for a resume with the skills above and no scored requirement. */
  const qaRoute = () =>
    buildTransition(background('qa-engineer'), { skills, requirements: [] }, role, taxonomy, transitions)!;

  it('says how natural the route is, in words, with its summary', () => {
    const t = qaRoute();
    expect([t.from, t.fromLabel, t.to, t.naturalness, t.outlook, t.summary]).toEqual([
      'qa-engineer',
      'qa-engineer label',
      { id: 'technical-project-manager', title: 'Technical Project Manager' },
      'natural',
      'a natural, well-trodden route',
      'Testers already work across the delivery cycle.',
    ]);
    expect(NATURALNESS_TEXT.stretch).toBe('a stretch: possible with a plan to build technical fluency');
  });

  it('quotes the person’s evidence for what carries over, narrower skills too, one quote per line', () => {
    const t = qaRoute();
    expect(t.transfers).toEqual([
      {
        label: 'Quality thinking',
        note: 'Release readiness is a TPM call.',
        // test-planning's first evidence is on line 4, already quoted for regression testing.
        evidence: [
          {
            skillId: 'regression-testing',
            label: 'regression testing',
            quote: 'Ran regression suites for 3 releases a month',
            line: 4,
          },
        ],
      },
      {
        label: 'Working with people',
        note: '',
        evidence: [
          {
            skillId: 'stakeholder-management',
            label: 'stakeholder management',
            quote: 'Demoed builds to business users',
            line: 12,
          },
          {
            skillId: 'regression-testing',
            label: 'regression testing',
            quote: 'Ran regression suites for 3 releases a month',
            line: 4,
          },
        ],
      },
    ]);
  });

  it('quotes at most three lines for one transfer, and none for a skill without evidence', () => {
    const many = ['a', 'b', 'c', 'd'].map((x, k) => found(`test-${x}`, evidence(k + 1, `line ${x}`)));
    const wide = { narrower: () => new Set(['test-none', ...many.map((s) => s.id)]) } as unknown as Taxonomy;
    const t = buildTransition(
      background('qa-engineer'),
      { skills: [found('test-none'), ...many], requirements: [] },
      role,
      wide,
      transitions,
    )!;
    expect(t.transfers[0]!.evidence.map((e) => e.line)).toEqual([1, 2, 3]);
  });

  it('gives each usual gap with how the resume fares on it, missing when the role does not score it', () => {
    const t = buildTransition(
      background('qa-engineer'),
      { skills: [], requirements: [requirement('risk-management', 'Risk & issue management', 'partial')] },
      role,
      taxonomy,
      transitions,
    )!;
    expect(t.gaps).toEqual([
      {
        label: 'Owning risk',
        detail: 'Keep a risk log.',
        requirement: { id: 'risk-management', label: 'Risk & issue management' },
        status: 'partial',
      },
      {
        label: 'Architecture',
        detail: 'Read the design docs.',
        requirement: { id: 'technical-fluency', label: 'Technical fluency' },
        status: 'missing',
      },
      {
        label: 'Budgets',
        detail: 'Learn the money side.',
        requirement: { id: 'budgeting', label: 'budgeting' },
        status: 'missing',
      },
    ]);
  });

  it('names the other backgrounds the resume shows that have a route, without the primary', () => {
    const t = buildTransition(
      background('qa-engineer', ['business-analyst', 'developer']),
      { skills: [], requirements: [] },
      role,
      taxonomy,
      transitions,
    )!;
    expect(t.alsoFrom).toEqual([
      { from: 'business-analyst', label: 'business-analyst label', naturalness: 'very-natural' },
    ]);
  });

  it('gives no route from a background the role has none for', () => {
    expect(
      buildTransition(background('developer'), { skills: [], requirements: [] }, role, taxonomy, transitions),
    ).toBeUndefined();
  });
});
