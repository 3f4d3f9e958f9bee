import type { FoundSkill, RequirementResult } from '../analysis/types.ts';
import type { QuoteSpan } from '../extract/types.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { BackgroundResult } from './detect-background.ts';
import type { TransitionsFile } from './schema.ts';

/** Answers on a 1–5 scale, by fit dimension id. */
export type SelfCheckAnswers = Readonly<Record<string, number>>;

export const ANSWER_SCALE = ['not at all', 'not really', 'unsure', 'mostly', 'very much'] as const;

export type ResumeSignal = 'strong' | 'some' | 'none';
export type SelfCheckVerdict =
  | 'aligned'
  | 'hidden-strength'
  | 'unproven'
  | 'concern'
  | 'unsure'
  | 'not-answered';

export interface SelfCheckItem {
  id: string;
  label: string;
  question: string;
  why: string;
  /** 1–5 when answered. */
  answer?: number;
  /** What the resume shows for this dimension. */
  resume: ResumeSignal;
  evidence: Array<{ label: string; quote: string; line: number; match?: QuoteSpan }>;
  verdict: SelfCheckVerdict;
  advice: string;
}

export interface SelfCheckResult {
  answered: boolean;
  items: SelfCheckItem[];
  summary: string;
}

/**
 * The role's fit dimensions, each combining the person's answer (when given) with what the resume
 * shows. A skill the requirement table scores is read from the table (its status), so the self-check
 * never says the resume shows clearly what the table marks partial or missing.
 */
export function buildSelfCheck(
  role: Role,
  requirements: readonly RequirementResult[],
  skills: readonly FoundSkill[],
  background: BackgroundResult,
  taxonomy: Taxonomy,
  transitions: TransitionsFile,
  answers: SelfCheckAnswers | undefined,
): SelfCheckResult {
  const found = new Map(skills.map((s) => [s.id, s]));
  const table = new Map(requirements.map((r) => [r.skill.id, r]));
  const items = role.fitDimensions.map((d): SelfCheckItem => {
    const signal = transitions.fitSignals.find((f) => f.dimension === d.id);
    let points = 0;
    const evidence: SelfCheckItem['evidence'] = [];
    const lines = new Set<number>();
    const quote = (label: string, e: { quote: string; line: number; match?: QuoteSpan } | undefined) => {
      if (e && !lines.has(e.line) && evidence.length < 3) {
        lines.add(e.line);
        evidence.push({ label, quote: e.quote, line: e.line, ...(e.match ? { match: e.match } : {}) });
      }
    };
    // The table's rows of the dimension's own skills, each read once; a skill found that counts toward
    // one of them is read through it, and any other skill found counts by its own strength.
    const ids = (signal?.skills ?? []).flatMap((id) => [...taxonomy.narrower(id)]);
    const rows = ids.flatMap((id) => table.get(id) ?? []).filter((r, k, all) => all.indexOf(r) === k);
    for (const r of rows) {
      points += ROW_POINTS[r.status];
      if (r.status !== 'missing') quote(r.skill.label, r.evidence[0]);
    }
    const read = new Set(rows.map((r) => r.skill.id));
    for (const id of ids) {
      const s = found.get(id);
      if (!s || read.has(id) || (s.countsToward ?? []).some((r) => read.has(r))) continue;
      points += s.strength === 'listed' ? 0.4 : 1;
      quote(s.label, s.evidence[0]);
    }
    if (signal?.backgrounds.includes(background.primary)) points += 1.5;
    else if (background.candidates.some((c) => signal?.backgrounds.includes(c.id))) points += 0.75;
    const rated: ResumeSignal = points >= 2 ? 'strong' : points >= 0.75 ? 'some' : 'none';
    // Clearly shown only when the table ticks one of the dimension's requirements.
    const ticked = rows.length === 0 || rows.some((r) => r.status === 'shown');
    const resume: ResumeSignal = rated === 'strong' && !ticked ? 'some' : rated;
    const answer = answers?.[d.id];
    const verdict = verdictOf(answer, resume);
    return {
      id: d.id,
      label: d.label,
      question: d.question,
      why: d.why,
      ...(answer !== undefined ? { answer } : {}),
      resume,
      evidence,
      verdict,
      advice: adviceFor(d.id, verdict, resume),
    };
  });
  const answered = items.some((i) => i.answer !== undefined);
  return { answered, items, summary: summarize(items, answered) };
}

/** What a row of the requirement table adds to a dimension: a ◐ alone reads as some, never as none. */
const ROW_POINTS: Record<RequirementResult['status'], number> = { shown: 1, partial: 0.75, missing: 0 };

function verdictOf(answer: number | undefined, resume: ResumeSignal): SelfCheckVerdict {
  if (answer === undefined) return 'not-answered';
  if (answer >= 4) return resume === 'none' ? 'unproven' : 'aligned';
  if (answer === 3) return resume === 'strong' ? 'hidden-strength' : 'unsure';
  return 'concern';
}

const RESUME_TEXT: Record<ResumeSignal, string> = {
  strong: 'your resume shows this clearly',
  some: 'your resume shows some of this',
  none: 'your resume does not show this yet',
};

function adviceFor(id: string, verdict: SelfCheckVerdict, resume: ResumeSignal): string {
  const curve = id === 'technical-learning-curve';
  switch (verdict) {
    case 'aligned':
      return curve
        ? `You are ready for the learning curve, and ${RESUME_TEXT[resume]}: your technical footing gives you a head start.`
        : `As you say, ${RESUME_TEXT[resume]}. Keep one concrete story ready for interviews.`;
    case 'unproven':
      return curve
        ? 'You are ready to learn, and the resume shows little technical work so far: plan months of deliberate study and a small project you can point to.'
        : 'You see this in yourself, but a reader of your resume cannot: add a line that shows it in practice.';
    case 'hidden-strength':
      return 'You are unsure, yet your resume shows you have done this: it may suit you better than you think.';
    case 'unsure':
      return curve
        ? 'Try a short technical course or follow one feature to production before deciding; it will tell you whether the curve suits you.'
        : 'Look for a low-risk way to try it (a small project, a release, a meeting to run) before you decide.';
    case 'concern':
      return resume === 'strong'
        ? 'You have done this but do not enjoy it; the role is full of it, so weigh that seriously.'
        : 'This is a daily part of the role. Think hard about whether you want it before investing in the switch.';
    case 'not-answered':
      return `Not answered; ${RESUME_TEXT[resume]}. Run with --self-check to answer.`;
  }
}

function summarize(items: readonly SelfCheckItem[], answered: boolean): string {
  if (!answered) {
    const strong = items.filter((i) => i.resume !== 'none').map((i) => i.label.toLowerCase());
    return strong.length > 0
      ? `From the resume alone: evidence of ${strong.join(', ')}. Answer the questions (--self-check) to complete the picture.`
      : 'The resume shows little on these dimensions. Answer the questions (--self-check) to complete the picture.';
  }
  const concerns = items.filter((i) => i.verdict === 'concern').length;
  const aligned = items.filter((i) => i.verdict === 'aligned' || i.verdict === 'hidden-strength').length;
  if (concerns >= 2)
    return `${concerns} of ${items.length} dimensions raise doubts: the day-to-day of this role may not suit you.`;
  if (aligned === items.length)
    return 'Your answers and your resume point the same way on every dimension: a good fit.';
  return `${aligned} of ${items.length} dimensions look like a fit; see the notes below for the rest.`;
}
