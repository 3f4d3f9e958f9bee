import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { analyzeResume } from '../analysis/analyze.ts';
import { loadRole } from '../role/load-role.ts';
import { recencyFactor } from './recency.ts';

describe('recencyFactor', () => {
  it('is 1 for recent roles, falls 0.03 a year after five years, floors at 0.7', () => {
    expect([0, 2, 5, 10, 20].map(recencyFactor)).toEqual([1, 1, 1, 0.85, 0.7]);
  });
});

describe('recency in the analysis', () => {
  const taxonomy = testTaxonomy(SAMPLE_SKILLS);
  const loaded = loadRole(
    {
      id: 'r',
      title: 'R',
      summary: 's',
      titleAliases: ['R'],
      requirements: [{ skill: 'java', category: 'technical', weight: 1, why: 'w', nextSteps: ['x'] }],
    },
    taxonomy,
  );
  if (!loaded.ok) throw new Error('role');
  const analyze = (text: string) =>
    analyzeResume({
      document: { format: 'text', text, warnings: [] },
      role: loaded.value,
      taxonomy,
      asOf: { year: 2025, month: 6 },
    });

  it('evidence from a role that ended ten years before the latest one began earns less', () => {
    const old = analyze(
      [
        'Experience',
        'Office Manager — Beta (Jun 2025 – Present)',
        '- Ran the front office',
        'Developer — Acme (2010 – Jun 2015)',
        '- Built services in Java',
      ].join('\n'),
    );
    const recent = analyze(
      ['Experience', 'Developer — Acme (2020 – Present)', '- Built services in Java'].join('\n'),
    );
    expect(recent.requirements[0]!.credit).toBe(0.8);
    expect(old.requirements[0]!.credit).toBe(0.68);
    expect(old.requirements[0]!.evidence[0]!.recency).toBe(0.85);
    expect(old.requirements[0]!.explanation).toContain('older role (×0.85 for recency)');
    expect(old.document.structure.positions[1]!.end).toEqual({ year: 2015, month: 6 });
  });

  it('does not mark a resume down for being old: its latest role counts fully', () => {
    const written2015 = analyze(
      ['Experience', 'Developer — Acme (2010 – Jun 2015)', '- Built services in Java'].join('\n'),
    );
    expect(written2015.requirements[0]!.credit).toBe(0.8);
    expect(written2015.requirements[0]!.evidence[0]!.recency).toBeUndefined();
  });

  it('a skills list counts less than an applied bullet', () => {
    expect(analyze(['Skills', 'Java, SQL, Git'].join('\n')).requirements[0]!.credit).toBe(0.5);
  });
});
