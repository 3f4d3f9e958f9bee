// Decides whether a TPM- or program-manager-titled posting describes technical delivery work, from the balance of
// hands-on, delivery and other evidence.
import { type ContentClassification, dutyBalance, type Evidence } from './classify.ts';
import { FAMILY_LABELS, isDeliveryFamily, isHandsOnFamily } from './families.ts';
import type { TitleScope } from './title.ts';
import type { RedFlagKind } from './vocabulary.ts';

export const VERDICTS = ['genuine', 'hybrid', 'disguised-developer', 'not-tpm', 'not-applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  genuine: 'genuine TPM role',
  hybrid: 'hybrid: a TPM role with a bounded hands-on share',
  'disguised-developer': 'a developer role titled as TPM',
  'not-tpm': 'not a TPM role at all',
  'not-applicable': 'not applicable (the title is not a TPM, program or project manager title)',
};

/** Thresholds on the hands-on share of the evidence; measured in eval/audit.eval.ts. */
export const VERDICT_THRESHOLDS = {
  /** At or above this hands-on share the posting reads as a developer job. */
  disguised: 0.6,
  /** At or above this share it is a hybrid. */
  hybrid: 0.35,
  /** With a hands-on duty (coding, on-call, design work), a hybrid from this share. */
  hybridWithDuty: 0,
  /** Less evidence than this in total gives a low-confidence verdict. */
  lowEvidence: 6,
  /** With less hands-on evidence than this and less delivery evidence than minDelivery, nothing describes TPM work. */
  minHandsOn: 0.8,
  minDelivery: 3,
  /** Below this much technical evidence (technical-program cues, agile delivery, hands-on work) the delivery work is not technical. */
  minTechnical: 3,
  /** Duty sentences that make building the role's own work needed before the duties alone can make it a developer job. */
  minBuildingDuties: 2,
};

export interface VerdictResult {
  verdict: Verdict;
  /** Hands-on evidence / (hands-on + delivery evidence), 0 when there is none. */
  handsOnShare: number;
  confidence: 'low' | 'medium' | 'high';
  /** One sentence on why. */
  reason: string;
}

// Hands-on work as a duty of the role: coding, on-call, design work. The same skills asked for among the
// requirements say who can do the job, not that the job includes them (a coordination-only TPM that asks
// for Java stays genuine).
const HANDS_ON_DUTY = new Set<RedFlagKind>([
  'also-develop',
  'production-coding',
  'developer-duty',
  'design-work',
  'on-call',
]);
const isDutyText = (e: Evidence): boolean => e.context === 'duty' || e.context === 'unknown';
/** Managing the people of a TPM team: its design-work line describes the team's work more than the manager's. */
const managesPeople = (evidence: readonly Evidence[]): boolean =>
  evidence.some((e) => e.cueId === 'em-people' && e.context !== 'about');
function hasHandsOnDuty(evidence: readonly Evidence[]): boolean {
  const manager = managesPeople(evidence);
  return evidence.some(
    (e) =>
      e.flag !== undefined &&
      HANDS_ON_DUTY.has(e.flag) &&
      isDutyText(e) &&
      !(e.flag === 'design-work' && manager),
  );
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The strongest kind of non-technical work in the evidence, e.g. "supply chain, sourcing and suppliers". */
function strongestOtherWork(evidence: readonly Evidence[]): string | undefined {
  const byLabel = new Map<string, number>();
  for (const e of evidence)
    if (e.family === 'other' || e.domain === 'non-technical')
      byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + e.points);
  return [...byLabel].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The verdict for a posting, given which kind of title it has (undefined: neither a TPM nor a program/project-manager title). */
export function decideVerdict(content: ContentClassification, scope: TitleScope | undefined): VerdictResult {
  const { handsOn, delivery, technical, otherWork } = content;
  const total = handsOn + delivery;
  const share = total === 0 ? 0 : handsOn / total;
  const confidence =
    total < VERDICT_THRESHOLDS.lowEvidence ? 'low' : Math.abs(share - 0.5) < 0.1 ? 'medium' : 'high';
  const handsOnShare = Math.round(share * 100) / 100;
  if (scope === undefined) {
    return {
      verdict: 'not-applicable',
      handsOnShare,
      confidence,
      reason: 'The title does not name a TPM, program or project manager role.',
    };
  }
  const familyScore = content.scores.find((s) => s.family === content.family)?.score ?? 0;
  const otherFamily = !isDeliveryFamily(content.family) && !isHandsOnFamily(content.family);
  // Data work with more engineering than delivery evidence is judged on that balance, like development.
  const dataEngineering = content.family === 'data' && handsOn > delivery;
  if (otherFamily && content.family !== 'other' && familyScore > total && !dataEngineering) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence,
      reason: `The duties are mostly ${FAMILY_LABELS[content.family]} work, not delivery management or engineering.`,
    };
  }
  const otherKind = strongestOtherWork(content.evidence);
  // Whether there is evidence at all counts requirements in full (the share weighs them down).
  const anyHandsOn = content.scores
    .filter((s) => isHandsOnFamily(s.family))
    .reduce((sum, s) => sum + s.score, 0);
  if (anyHandsOn < VERDICT_THRESHOLDS.minHandsOn && delivery < VERDICT_THRESHOLDS.minDelivery) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence: 'low',
      reason:
        otherKind !== undefined && otherWork > technical
          ? `The text names almost no delivery-management or engineering duties; it is about ${otherKind}.`
          : 'The text names almost no delivery-management or engineering duties.',
    };
  }
  if (share >= VERDICT_THRESHOLDS.disguised) {
    return {
      verdict: 'disguised-developer',
      handsOnShare,
      confidence,
      reason: `${pct(share)} of the duty and requirement evidence is hands-on engineering; delivery management is a minor part.`,
    };
  }
  // A big employer's TPM qualifications template can outweigh duties that are all building (pipelines and
  // dashboards, research code): the duties alone decide when several of them make building the role's own work.
  const duties = dutyBalance(content.evidence);
  const dutyShare = duties.handsOn / (duties.handsOn + duties.delivery || 1);
  if (
    duties.buildingDuties >= VERDICT_THRESHOLDS.minBuildingDuties &&
    dutyShare >= VERDICT_THRESHOLDS.disguised
  ) {
    return {
      verdict: 'disguised-developer',
      handsOnShare,
      confidence,
      reason: `The duties are hands-on work: ${duties.buildingDuties} of them build something and ${pct(dutyShare)} of their evidence is engineering; delivery management is mostly in the requirements.`,
    };
  }
  // The work must be technical on the content, whatever the title says: a program that runs suppliers,
  // buildings or policy is delivery management, but not technical delivery.
  if (otherWork > technical && otherKind !== undefined) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence: total < VERDICT_THRESHOLDS.lowEvidence ? 'low' : 'medium',
      reason: `The work is ${otherKind} more than technical delivery.`,
    };
  }
  if (technical < VERDICT_THRESHOLDS.minTechnical) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence: 'low',
      reason: 'Delivery management, but the text names almost nothing technical that it delivers.',
    };
  }
  if (
    share >= VERDICT_THRESHOLDS.hybrid ||
    (hasHandsOnDuty(content.evidence) && share >= VERDICT_THRESHOLDS.hybridWithDuty)
  ) {
    return {
      verdict: 'hybrid',
      handsOnShare,
      confidence,
      reason: `Delivery management leads, but ${pct(share)} of the evidence is hands-on engineering.`,
    };
  }
  return {
    verdict: 'genuine',
    handsOnShare,
    confidence,
    reason: `Delivery management dominates; hands-on engineering is ${pct(share)} of the evidence.`,
  };
}
