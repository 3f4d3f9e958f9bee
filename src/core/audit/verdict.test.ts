// Pins every rule of the verdict: each threshold at its boundary, each branch with the input that takes it.
import { describe, expect, it } from 'vitest';
import type { ContentClassification, Evidence } from './classify.ts';
import type { RoleFamily } from './families.ts';
import { decideVerdict, VERDICT_THRESHOLDS } from './verdict.ts';

const hit = (flag: Evidence['flag'], context: Evidence['context'] = 'duty'): Evidence => ({
  cueId: `cue-${flag ?? 'none'}`,
  family: 'software-development',
  domain: undefined,
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
  options: {
    family?: RoleFamily;
    familyScore?: number;
    evidence?: Evidence[];
    technical?: number;
    otherWork?: number;
  } = {},
): ContentClassification {
  const family =
    options.family ?? (handsOn > delivery ? 'software-development' : 'technical-program-management');
  return {
    family,
    scores: [
      { family, score: options.familyScore ?? Math.max(handsOn, delivery), phrases: [] },
      ...(family === 'software-development'
        ? []
        : [{ family: 'qa-test' as const, score: handsOn, phrases: [] }]),
    ],
    handsOn,
    delivery,
    // Unless a test says otherwise, the work is plainly technical.
    technical: options.technical ?? handsOn + delivery,
    otherWork: options.otherWork ?? 0,
    evidence: options.evidence ?? [],
  };
}

/** Evidence about what the work is, labelled as the audit labels it. */
const about = (
  label: string,
  points: number,
  kind: Pick<Evidence, 'family' | 'domain'>,
  context: Evidence['context'] = 'duty',
): Evidence => ({ ...hit(undefined, context), cueId: `cue-${label}`, ...kind, label, points });
const SUPPLIERS = 'supply chain, sourcing and suppliers';
const SALES = 'sales and accounts';

describe('decideVerdict', () => {
  it('is not-applicable whatever the content when the title is neither a TPM nor a program/project-manager title', () => {
    const v = decideVerdict(content(10, 0), undefined);
    expect(v.verdict).toBe('not-applicable');
    expect(v.handsOnShare).toBe(1);
  });

  it('is a disguised developer role from a hands-on share of 0.6 up', () => {
    expect(VERDICT_THRESHOLDS.disguised).toBe(0.6);
    expect(decideVerdict(content(6, 4), 'tpm').verdict).toBe('disguised-developer');
    expect(decideVerdict(content(5.9, 4.1), 'tpm').verdict).toBe('hybrid');
  });

  it('is a hybrid from a hands-on share of 0.35 up, and genuine below', () => {
    expect(decideVerdict(content(3.5, 6.5), 'tpm')).toMatchObject({ verdict: 'hybrid', handsOnShare: 0.35 });
    expect(decideVerdict(content(3.4, 6.6), 'tpm')).toMatchObject({ verdict: 'genuine', handsOnShare: 0.34 });
  });

  it('is a hybrid, at any hands-on share, when a duty of the role is hands-on work', () => {
    expect(VERDICT_THRESHOLDS.hybridWithDuty).toBe(0);
    for (const flag of [
      'production-coding',
      'developer-duty',
      'also-develop',
      'on-call',
      'design-work',
    ] as const) {
      expect(decideVerdict(content(0.5, 9.5, { evidence: [hit(flag)] }), 'tpm').verdict).toBe('hybrid');
    }
    // A posting without headings is read as duties.
    expect(
      decideVerdict(content(0.5, 9.5, { evidence: [hit('developer-duty', 'unknown')] }), 'tpm').verdict,
    ).toBe('hybrid');
    // The same skill asked for among the requirements says who can do the job, not that the job includes it.
    for (const context of ['requirement', 'preferred', 'about'] as const) {
      expect(
        decideVerdict(content(2, 8, { evidence: [hit('production-coding', context)] }), 'tpm').verdict,
      ).toBe('genuine');
    }
    // A red flag that is not a hands-on duty does not make a hybrid.
    expect(decideVerdict(content(2, 8, { evidence: [hit('engineering-masters')] }), 'tpm').verdict).toBe(
      'genuine',
    );
    expect(decideVerdict(content(2, 8, { evidence: [hit(undefined)] }), 'tpm').verdict).toBe('genuine');
  });

  it('does not count design work for a manager of TPMs, whose design line describes the team', () => {
    const people: Evidence = { ...hit(undefined), cueId: 'em-people', family: 'engineering-management' };
    expect(decideVerdict(content(1, 9, { evidence: [hit('design-work'), people] }), 'tpm').verdict).toBe(
      'genuine',
    );
    // A manager who also codes is still a hybrid.
    expect(decideVerdict(content(1, 9, { evidence: [hit('developer-duty'), people] }), 'tpm').verdict).toBe(
      'hybrid',
    );
  });

  it('is not-tpm when another kind of work outweighs all hands-on and delivery evidence together', () => {
    const sales = (familyScore: number) =>
      decideVerdict(content(1, 3, { family: 'product-management', familyScore }), 'tpm').verdict;
    expect(sales(4.1)).toBe('not-tpm');
    expect(sales(4)).toBe('genuine');
    // "other" is too mixed a family to outweigh anything by itself (it is also the fallback when
    // nothing scores); a posting with too little delivery evidence is caught by the next rule instead.
    expect(decideVerdict(content(1, 3, { family: 'other', familyScore: 9 }), 'tpm').verdict).toBe('genuine');
    expect(decideVerdict(content(1, 3, { family: 'other', familyScore: 0 }), 'tpm').verdict).toBe('genuine');
  });

  it('judges data work with more engineering than delivery on the hands-on balance', () => {
    expect(decideVerdict(content(8, 2, { family: 'data', familyScore: 20 }), 'tpm').verdict).toBe(
      'disguised-developer',
    );
    expect(decideVerdict(content(2, 8, { family: 'data', familyScore: 20 }), 'tpm').verdict).toBe('not-tpm');
  });

  it('is not-tpm, with low confidence, when the text names almost no duties of either kind', () => {
    expect(decideVerdict(content(0.7, 2.9), 'tpm')).toMatchObject({ verdict: 'not-tpm', confidence: 'low' });
    expect(decideVerdict(content(0.8, 2.9), 'tpm').verdict).not.toBe('not-tpm');
    expect(decideVerdict(content(0.7, 3), 'tpm').verdict).not.toBe('not-tpm');
  });

  it('grades confidence by how much evidence there is and how far the share is from even', () => {
    expect(decideVerdict(content(1, 4.9), 'tpm').confidence).toBe('low');
    expect(decideVerdict(content(0, 6), 'tpm').confidence).toBe('high');
    expect(decideVerdict(content(4.5, 5.5), 'tpm').confidence).toBe('medium');
    expect(decideVerdict(content(3.5, 6.5), 'tpm').confidence).toBe('high');
  });
  it('judges a program or project manager title like a TPM title', () => {
    expect(decideVerdict(content(0, 10), 'program').verdict).toBe('genuine');
    expect(decideVerdict(content(7, 3), 'program').verdict).toBe('disguised-developer');
    expect(decideVerdict(content(0, 10, { technical: 2 }), 'program').verdict).toBe('not-tpm');
  });

  it('is not-tpm when the delivery work names almost nothing technical', () => {
    expect(VERDICT_THRESHOLDS.minTechnical).toBe(3);
    expect(decideVerdict(content(0, 10, { technical: 2.9 }), 'tpm')).toMatchObject({
      verdict: 'not-tpm',
      confidence: 'low',
      reason: 'Delivery management, but the text names almost nothing technical that it delivers.',
    });
    expect(decideVerdict(content(0, 10, { technical: 3 }), 'tpm').verdict).toBe('genuine');
  });

  it('is not-tpm when non-technical work outweighs the technical evidence, and names that work', () => {
    const suppliers: Evidence = {
      ...hit(undefined),
      cueId: 'domain-supply-chain',
      family: undefined,
      domain: 'non-technical',
      label: 'supply chain, sourcing and suppliers',
      points: 5,
    };
    const sales: Evidence = {
      ...suppliers,
      cueId: 'other-sales',
      family: 'other',
      domain: undefined,
      label: 'sales and accounts',
      points: 2,
    };
    const evidence = [suppliers, sales];
    expect(
      decideVerdict(content(0, 10, { technical: 6.9, otherWork: 7, evidence }), 'program'),
    ).toMatchObject({
      verdict: 'not-tpm',
      confidence: 'medium',
      reason: 'The work is supply chain, sourcing and suppliers more than technical delivery.',
    });
    expect(decideVerdict(content(0, 10, { technical: 7, otherWork: 7, evidence }), 'program').verdict).toBe(
      'genuine',
    );
    // A hands-on share that makes a developer job is judged before the balance of technical and other work.
    expect(decideVerdict(content(6, 4, { technical: 6, otherWork: 9, evidence }), 'program').verdict).toBe(
      'disguised-developer',
    );
  });

  it('says why in one sentence with the hands-on share, for each verdict that weighs it', () => {
    expect(decideVerdict(content(7, 3), 'tpm').reason).toBe(
      '70% of the duty and requirement evidence is hands-on engineering; delivery management is a minor part.',
    );
    expect(decideVerdict(content(4, 6), 'tpm').reason).toBe(
      'Delivery management leads, but 40% of the evidence is hands-on engineering.',
    );
    expect(decideVerdict(content(1, 9), 'tpm').reason).toBe(
      'Delivery management dominates; hands-on engineering is 10% of the evidence.',
    );
    expect(decideVerdict(content(0, 8), 'tpm').reason).toBe(
      'Delivery management dominates; hands-on engineering is 0% of the evidence.',
    );
  });

  it('gives a posting with no evidence at all a hands-on share of 0, not a division by zero', () => {
    expect(decideVerdict(content(0, 0), 'tpm')).toEqual({
      verdict: 'not-tpm',
      handsOnShare: 0,
      confidence: 'low',
      reason: 'The text names almost no delivery-management or engineering duties.',
    });
  });

  it('names the family of the other work when it outweighs hands-on and delivery evidence', () => {
    expect(decideVerdict(content(1, 3, { family: 'product-management', familyScore: 4.1 }), 'tpm')).toEqual({
      verdict: 'not-tpm',
      handsOnShare: 0.25,
      confidence: 'low',
      reason: 'The duties are mostly product management work, not delivery management or engineering.',
    });
    // Only data work is judged on the engineering balance: product work with more hands-on than
    // delivery evidence is still product work.
    expect(
      decideVerdict(content(3, 1, { family: 'product-management', familyScore: 5 }), 'tpm').verdict,
    ).toBe('not-tpm');
    // Data work with as much delivery as engineering evidence is data work.
    expect(decideVerdict(content(5, 5, { family: 'data', familyScore: 20 }), 'tpm').reason).toBe(
      'The duties are mostly data work, not delivery management or engineering.',
    );
  });

  it('says what a text without duties is about only when other work outweighs the technical', () => {
    const fewDuties = (technical: number, otherWork: number) =>
      decideVerdict(
        content(0.5, 2, {
          technical,
          otherWork,
          evidence: [about(SUPPLIERS, otherWork, { family: undefined, domain: 'non-technical' })],
        }),
        'tpm',
      );
    expect(fewDuties(1, 5)).toMatchObject({
      verdict: 'not-tpm',
      confidence: 'low',
      reason:
        'The text names almost no delivery-management or engineering duties; it is about supply chain, sourcing and suppliers.',
    });
    for (const [technical, otherWork] of [
      [2, 2],
      [2.5, 0.5],
    ] as const) {
      expect(fewDuties(technical, otherWork).reason).toBe(
        'The text names almost no delivery-management or engineering duties.',
      );
    }
  });

  it('names the strongest kind of other work, summing its evidence, and never a technical subject', () => {
    const named = (evidence: Evidence[]) =>
      decideVerdict(content(0, 10, { technical: 3, otherWork: 12, evidence }), 'program').reason;
    const suppliers = about(SUPPLIERS, 4, { family: undefined, domain: 'non-technical' });
    const sales = (points: number) => about(SALES, points, { family: 'other', domain: undefined });
    const cloud = about('cloud and IT systems', 9, { family: undefined, domain: 'technical' });
    // Two sales lines (3 + 2) outweigh one supplier line (4), wherever they sit in the posting.
    for (const evidence of [
      [suppliers, sales(3), sales(2)],
      [sales(3), suppliers, sales(2)],
      [cloud, suppliers, sales(3), sales(2)],
    ])
      expect(named(evidence)).toBe('The work is sales and accounts more than technical delivery.');
    expect(named([cloud, suppliers, sales(3)])).toBe(
      'The work is supply chain, sourcing and suppliers more than technical delivery.',
    );
    // Management of people named only in the company boilerplate does not make its design line the team's.
    const people: Evidence = {
      ...hit(undefined, 'about'),
      cueId: 'em-people',
      family: 'engineering-management',
    };
    expect(decideVerdict(content(1, 9, { evidence: [hit('design-work'), people] }), 'tpm').verdict).toBe(
      'hybrid',
    );
  });

  it('is not-tpm for other work with low confidence below 6 points of evidence, medium from 6', () => {
    const otherWork = (delivery: number) =>
      decideVerdict(
        content(0, delivery, {
          technical: 3,
          otherWork: 5,
          evidence: [about(SUPPLIERS, 5, { family: undefined, domain: 'non-technical' })],
        }),
        'program',
      );
    expect(otherWork(5.9)).toMatchObject({ verdict: 'not-tpm', confidence: 'low' });
    expect(otherWork(6)).toMatchObject({ verdict: 'not-tpm', confidence: 'medium' });
  });

  it('is a disguised developer role when two or more duties build and the duties alone are 0.6 hands-on', () => {
    expect(VERDICT_THRESHOLDS.minBuildingDuties).toBe(2);
    const builds = (
      sentence: string,
      points: number,
      flag: Evidence['flag'] = 'developer-duty',
    ): Evidence => ({
      ...hit(flag),
      sentence,
      points,
    });
    const coordinates = (points: number, context: Evidence['context'] = 'duty'): Evidence => ({
      ...about('coordinate teams', points, { family: 'project-management', domain: undefined }, context),
      sentence: 'Coordinate the teams.',
    });
    // The whole posting leans to delivery (share 0.3): the requirements template asks for it.
    const verdictOf = (evidence: Evidence[]) => decideVerdict(content(3, 7, { evidence }), 'tpm');
    expect(
      verdictOf([builds('Build the pipelines.', 3), builds('Build the dashboards.', 3), coordinates(4)]),
    ).toEqual({
      verdict: 'disguised-developer',
      handsOnShare: 0.3,
      confidence: 'high',
      reason:
        'The duties are hands-on work: 2 of them build something and 60% of their evidence is engineering; delivery management is mostly in the requirements.',
    });
    // Delivery asked for among the requirements is not a duty.
    expect(
      verdictOf([
        builds('Build the pipelines.', 3),
        builds('Build the dashboards.', 3),
        coordinates(4),
        coordinates(20, 'requirement'),
      ]).verdict,
    ).toBe('disguised-developer');
    // Just under 0.6 of the duties, one building duty however strong, or on-call and design work: a hybrid.
    expect(
      verdictOf([builds('Build the pipelines.', 3), builds('Build the dashboards.', 3), coordinates(4.1)])
        .verdict,
    ).toBe('hybrid');
    expect(
      verdictOf([
        builds('Build the pipelines and the dashboards.', 3),
        builds('Build the pipelines and the dashboards.', 3),
      ]).verdict,
    ).toBe('hybrid');
    expect(
      verdictOf([
        builds('Join the on-call rotation.', 3, 'on-call'),
        builds('Contribute to designs.', 3, 'design-work'),
      ]).verdict,
    ).toBe('hybrid');
  });
});
