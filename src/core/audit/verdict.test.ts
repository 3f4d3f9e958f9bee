// Pins every rule of the verdict: each threshold at its boundary, each branch with the input that takes it.
import { describe, expect, it } from 'vitest';
import type { ContentClassification, Evidence } from './classify.ts';
import type { RoleFamily } from './families.ts';
import { decideVerdict, VERDICT_THRESHOLDS } from './verdict.ts';

const hit = (flag: Evidence['flag'], context: Evidence['context'] = 'duty'): Evidence => ({
  cueId: `cue-${flag ?? 'none'}`,
  family: 'software-development',
  label: 'hands-on',
  phrase: 'write production code',
  sentence: 'You will also write production code in Java.',
  context,
  points: 1,
  flag,
});

function content(
  handsOn: number,
  delivery: number,
  options: { family?: RoleFamily; familyScore?: number; evidence?: Evidence[] } = {},
): ContentClassification {
  const family =
    options.family ?? (handsOn > delivery ? 'software-development' : 'technical-program-management');
  return {
    family,
    scores: [{ family, score: options.familyScore ?? Math.max(handsOn, delivery), phrases: [] }],
    handsOn,
    delivery,
    evidence: options.evidence ?? [],
  };
}

describe('decideVerdict', () => {
  it('is not-applicable whatever the content when the title is not a TPM title', () => {
    const v = decideVerdict(content(10, 0), false);
    expect(v.verdict).toBe('not-applicable');
    expect(v.handsOnShare).toBe(1);
  });

  it('is a disguised developer role from a hands-on share of 0.6 up', () => {
    expect(VERDICT_THRESHOLDS.disguised).toBe(0.6);
    expect(decideVerdict(content(6, 4), true).verdict).toBe('disguised-developer');
    expect(decideVerdict(content(5.9, 4.1), true).verdict).toBe('hybrid');
  });

  it('is a hybrid from a hands-on share of 0.35 up, and genuine below', () => {
    expect(decideVerdict(content(3.5, 6.5), true)).toMatchObject({ verdict: 'hybrid', handsOnShare: 0.35 });
    expect(decideVerdict(content(3.4, 6.6), true)).toMatchObject({ verdict: 'genuine', handsOnShare: 0.34 });
  });

  it('is a hybrid from a share of 0.2 when a duty says outright that the TPM also codes', () => {
    const explicit = [hit('production-coding')];
    expect(decideVerdict(content(2, 8, { evidence: explicit }), true).verdict).toBe('hybrid');
    expect(decideVerdict(content(1.9, 8.1, { evidence: explicit }), true).verdict).toBe('genuine');
    // The same sentence in the company blurb says nothing about the job.
    expect(
      decideVerdict(content(2, 8, { evidence: [hit('production-coding', 'about')] }), true).verdict,
    ).toBe('genuine');
    // A red flag that is not an explicit coding duty does not lower the bar.
    expect(decideVerdict(content(2, 8, { evidence: [hit(undefined)] }), true).verdict).toBe('genuine');
  });

  it('is not-tpm when another kind of work outweighs all hands-on and delivery evidence together', () => {
    const sales = (familyScore: number) =>
      decideVerdict(content(1, 3, { family: 'product-management', familyScore }), true).verdict;
    expect(sales(4.1)).toBe('not-tpm');
    expect(sales(4)).toBe('genuine');
    // "other" is too mixed a family to outweigh anything by itself (it is also the fallback when
    // nothing scores); a posting with too little delivery evidence is caught by the next rule instead.
    expect(decideVerdict(content(1, 3, { family: 'other', familyScore: 9 }), true).verdict).toBe('genuine');
    expect(decideVerdict(content(1, 3, { family: 'other', familyScore: 0 }), true).verdict).toBe('genuine');
  });

  it('judges data work with more engineering than delivery on the hands-on balance', () => {
    expect(decideVerdict(content(8, 2, { family: 'data', familyScore: 20 }), true).verdict).toBe(
      'disguised-developer',
    );
    expect(decideVerdict(content(2, 8, { family: 'data', familyScore: 20 }), true).verdict).toBe('not-tpm');
  });

  it('is not-tpm, with low confidence, when the text names almost no duties of either kind', () => {
    expect(decideVerdict(content(0.7, 2.9), true)).toMatchObject({ verdict: 'not-tpm', confidence: 'low' });
    expect(decideVerdict(content(0.8, 2.9), true).verdict).not.toBe('not-tpm');
    expect(decideVerdict(content(0.7, 3), true).verdict).not.toBe('not-tpm');
  });

  it('grades confidence by how much evidence there is and how far the share is from even', () => {
    expect(decideVerdict(content(1, 4.9), true).confidence).toBe('low');
    expect(decideVerdict(content(0, 6), true).confidence).toBe('high');
    expect(decideVerdict(content(4.5, 5.5), true).confidence).toBe('medium');
    expect(decideVerdict(content(3.5, 6.5), true).confidence).toBe('high');
  });
});
