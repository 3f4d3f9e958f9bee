// Decides whether a TPM-titled posting describes TPM work, from the balance of hands-on and delivery evidence.
import type { ContentClassification, Evidence } from './classify.ts';
import { FAMILY_LABELS, isDeliveryFamily, isHandsOnFamily } from './families.ts';

export const VERDICTS = ['genuine', 'hybrid', 'disguised-developer', 'not-tpm', 'not-applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  genuine: 'genuine TPM role',
  hybrid: 'hybrid: a TPM role with a bounded hands-on share',
  'disguised-developer': 'a developer role titled as TPM',
  'not-tpm': 'not a TPM role at all',
  'not-applicable': 'not applicable (the title is not a TPM title)',
};

/** Thresholds on the hands-on share of the evidence; measured in eval/audit.eval.ts. */
export const VERDICT_THRESHOLDS = {
  /** At or above this hands-on share the posting reads as a developer job. */
  disguised: 0.6,
  /** At or above this share (or with an explicit hands-on duty) it is a hybrid. */
  hybrid: 0.35,
  /** Less evidence than this in total gives a low-confidence verdict. */
  lowEvidence: 6,
  /** With less hands-on evidence than this and less delivery evidence than minDelivery, nothing describes TPM work. */
  minHandsOn: 0.8,
  minDelivery: 3,
};

export interface VerdictResult {
  verdict: Verdict;
  /** Hands-on evidence / (hands-on + delivery evidence), 0 when there is none. */
  handsOnShare: number;
  confidence: 'low' | 'medium' | 'high';
  /** One sentence on why. */
  reason: string;
}

const EXPLICIT_HANDS_ON = new Set(['also-develop', 'production-coding', 'developer-duty']);
const hasExplicitHandsOn = (evidence: readonly Evidence[]): boolean =>
  evidence.some((e) => e.flag !== undefined && EXPLICIT_HANDS_ON.has(e.flag) && e.context !== 'about');

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The verdict for a posting whose title is (or is not) a TPM title. */
export function decideVerdict(content: ContentClassification, tpmTitled: boolean): VerdictResult {
  const { handsOn, delivery } = content;
  const total = handsOn + delivery;
  const share = total === 0 ? 0 : handsOn / total;
  const confidence =
    total < VERDICT_THRESHOLDS.lowEvidence ? 'low' : Math.abs(share - 0.5) < 0.1 ? 'medium' : 'high';
  const handsOnShare = Math.round(share * 100) / 100;
  if (!tpmTitled) {
    return {
      verdict: 'not-applicable',
      handsOnShare,
      confidence,
      reason: 'The title does not name a TPM role.',
    };
  }
  const familyScore = content.scores.find((s) => s.family === content.family)?.score ?? 0;
  const otherWork = !isDeliveryFamily(content.family) && !isHandsOnFamily(content.family);
  // Data work with more engineering than delivery evidence is judged on that balance, like development.
  const dataEngineering = content.family === 'data' && handsOn > delivery;
  if (otherWork && content.family !== 'other' && familyScore > total && !dataEngineering) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence,
      reason: `The duties are mostly ${FAMILY_LABELS[content.family]} work, not delivery management or engineering.`,
    };
  }
  if (handsOn < VERDICT_THRESHOLDS.minHandsOn && delivery < VERDICT_THRESHOLDS.minDelivery) {
    return {
      verdict: 'not-tpm',
      handsOnShare,
      confidence: 'low',
      reason: 'The text names almost no delivery-management or engineering duties.',
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
  if (share >= VERDICT_THRESHOLDS.hybrid || (hasExplicitHandsOn(content.evidence) && share >= 0.2)) {
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
