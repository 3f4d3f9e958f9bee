import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { buildGuidance, type GuidanceInput } from './build-guidance.ts';
import { bundledGuidance } from './data.ts';

const role = findRole('technical-project-manager')!;
const taxonomy = bundledTaxonomy();
/** A QA engineer's resume of two bullets, read by hand: no mention, no requirement met. */
const input: GuidanceInput = {
  background: {
    primary: 'qa-engineer',
    label: 'QA / test engineer',
    confidence: 1,
    candidates: [],
    titles: [{ line: 2, title: 'QA Engineer' }],
  },
  lines: ['Experience', 'QA Engineer — Acme (2019 – 2024)', '- Wrote test cases for 3 releases a month'],
  sectionOf: () => 'experience',
  mentions: [],
  report: { requirements: [], skills: [], gaps: [] },
  role,
  taxonomy,
};

describe('buildGuidance', () => {
  it('uses the guidance shipped for the role when given none', () => {
    const shipped = buildGuidance({ ...input, data: bundledGuidance(role, taxonomy)! });
    expect(shipped?.transition?.from).toBe('qa-engineer');
    expect(buildGuidance(input)).toEqual(shipped);
  });

  it('gives no guidance for a role rolefit ships none for', () => {
    expect(buildGuidance({ ...input, role: { ...role, id: 'astronaut' } })).toBeUndefined();
  });
});
