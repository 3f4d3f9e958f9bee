import type { Evidence, Gap, RequirementStatus, ScoredResume } from '../analysis/types.ts';
import { clipAround, percent } from '../render/format.ts';
import { compilePhrases } from './phrases.ts';
import type { BulletSuggestion } from './resume-feedback.ts';
import type { BackgroundId, LearningFile } from './schema.ts';

export type StepKind = 'describe' | 'practice' | 'course' | 'on-the-job' | 'certification';

export interface LearningStep {
  kind: StepKind;
  text: string;
  /** 1 (low) to 3 (high). */
  effort: number;
  impact: number;
  /** The line of the resume this step is about, for "describe" steps. */
  line?: number;
  certification?: string;
}

export interface LearningPlanItem {
  requirement: { id: string; label: string };
  /** The gap's status: shown when the requirement's evidence earns part of its points (Gap.inPart). */
  status: RequirementStatus;
  /** The gap's importance from the report (its ranking key). */
  importance: number;
  /** Points the requirement could still earn. */
  pointsAtStake: number;
  steps: LearningStep[];
}

export interface CertificationAdvice {
  id: string;
  name: string;
  issuer: string;
  demonstrates: string;
  prerequisites: string;
  effort: number;
  impact: number;
  /** The resume names it already. */
  held: boolean;
  heldLine?: number;
  /** It suits the person's background. */
  suitsYou: boolean;
  /** Gap requirements it would help show. */
  closes: string[];
}

export interface LearningPlan {
  items: LearningPlanItem[];
  certifications: CertificationAdvice[];
  note: string;
}

const MAX_ITEMS = 6;
const MAX_STEPS = 4;

/** Best value first: high impact for low effort; "describe what you did" is the cheapest step there is. */
export function byValue(a: LearningStep, b: LearningStep): number {
  return b.impact / b.effort - a.impact / a.effort || b.impact - a.impact;
}

const certMatchers = new WeakMap<object, ReturnType<typeof compilePhrases>>();
function certificationMatcher(c: { detect: readonly string[] }) {
  let m = certMatchers.get(c);
  if (!m) {
    m = compilePhrases(c.detect.filter((d) => d.length > 5 || d !== d.toUpperCase()));
    certMatchers.set(c, m);
  }
  return m;
}

/** Each prioritized gap turned into concrete steps, ordered by impact for effort. */
export function buildLearningPlan(
  report: Pick<ScoredResume, 'gaps' | 'requirements'>,
  lines: readonly string[],
  primary: BackgroundId,
  learning: LearningFile,
  rewordings: readonly BulletSuggestion[],
): LearningPlan {
  const held = new Map<string, number>();
  for (const c of learning.certifications) {
    // Short acronyms (PMP, CSM) must be upper case to count: "csm" in prose is rarely the certificate.
    const long = certificationMatcher(c);
    const acronyms = c.detect.filter((d) => d.length <= 5 && d === d.toUpperCase());
    lines.forEach((text, k) => {
      if (held.has(c.id)) return;
      const acronym = acronyms.some((a) => new RegExp(`(?<![A-Za-z0-9-])${a}(?![A-Za-z0-9])`).test(text));
      if (acronym || long.find(text).length > 0) held.set(c.id, k + 1);
    });
  }
  const gapIds = new Set(report.gaps.map((g) => g.skill.id));
  const reqs = new Map(report.requirements.map((r) => [r.skill.id, r]));

  const items: LearningPlanItem[] = report.gaps.slice(0, MAX_ITEMS).map((gap) => {
    const steps: LearningStep[] = [];
    const r = reqs.get(gap.skill.id);
    const best = r?.evidence[0];
    if (gap.status !== 'missing' && best) {
      steps.push({
        kind: 'describe',
        effort: 1,
        impact: 3,
        line: best.line,
        text: describeStep(gap, best),
      });
    }
    const bullet = rewordings.find((b) => b.shows.requirement === gap.skill.id);
    if (bullet) {
      steps.push({
        kind: 'describe',
        effort: 1,
        impact: 3,
        line: bullet.line,
        text: `Line ${bullet.line} likely shows ${bullet.shows.term.toLowerCase()} already; name it in words a recruiter recognizes (see the resume feedback).`,
      });
    }
    for (const a of learning.actions.filter((x) => x.requirement === gap.skill.id))
      steps.push({ kind: a.kind, effort: a.effort, impact: a.impact, text: a.text });
    for (const c of learning.certifications) {
      if (!c.addresses.includes(gap.skill.id) || held.has(c.id) || !c.suits.includes(primary)) continue;
      steps.push({
        kind: 'certification',
        effort: c.effort,
        impact: Math.max(1, c.impact - 1),
        certification: c.id,
        text: `${c.name}: ${c.demonstrates}`,
      });
    }
    return {
      requirement: { id: gap.skill.id, label: gap.skill.label },
      status: gap.status,
      importance: gap.importance,
      pointsAtStake: gap.pointsAtStake,
      steps: dedupe(steps).sort(byValue).slice(0, MAX_STEPS),
    };
  });

  const certifications: CertificationAdvice[] = learning.certifications
    .map((c) => {
      const line = held.get(c.id);
      return {
        id: c.id,
        name: c.name,
        issuer: c.issuer,
        demonstrates: c.demonstrates,
        prerequisites: c.prerequisites,
        effort: c.effort,
        impact: c.impact,
        held: line !== undefined,
        ...(line !== undefined ? { heldLine: line } : {}),
        suitsYou: c.suits.includes(primary),
        closes: c.addresses.filter((a) => gapIds.has(a)),
      };
    })
    .sort(
      (a, b) =>
        Number(b.held) - Number(a.held) ||
        Number(b.suitsYou) - Number(a.suitsYou) ||
        b.closes.length - a.closes.length ||
        b.impact / b.effort - a.impact / a.effort,
    );
  return {
    items,
    certifications,
    note: 'Certificates help you past keyword filters, but hiring managers weigh demonstrated work at the boundary between business and engineering more: any time you carried a business need to engineers and saw it built, described precisely, counts for more than a list of methodology certificates.',
  };
}

function dedupe(steps: LearningStep[]): LearningStep[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = `${s.kind}:${s.line ?? s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MORE = 'what you did, with whom, and what it changed';

/**
 * What the line a gap's evidence comes from shows, said as it is, and what to describe: a line that
 * only names the skill (a heading, a title, a list item, a course) is listed, not shown in use;
 * "you already show this" only for work done.
 */
export function describeStep(gap: Pick<Gap, 'inPart'>, e: Evidence): string {
  const quoted = `line ${e.line} ("${clipAround(e.quote, e.match, 80)}")`;
  const via = gap.inPart?.via;
  if (e.strength === 'listed')
    return via
      ? `${capitalize(quoted)} names ${via.label}, a related skill, without showing it in use. Add a line that shows this requirement at work: ${MORE}.`
      : `${capitalize(quoted)} only names this: it is listed, not shown in use. Add a line that shows it at work: ${MORE}.`;
  if (e.hedged)
    return `${capitalize(quoted)} words this as limited familiarity. If you have used it, say so plainly: ${MORE}.`;
  if (via)
    return `${capitalize(quoted)} shows related work (${via.label}), which counts for ${percent(via.share)} of this requirement. If your work there was the requirement itself, name it: ${MORE}.`;
  const far = gap.inPart?.farFromTechnology;
  if (far !== undefined)
    return `You already show this on ${quoted}, in work far from technology, which counts for ${percent(far)}. If you have done it with engineers or on a software project, describe that: ${MORE}.`;
  if (gap.inPart?.internship !== undefined)
    return `You already show this on ${quoted}, in an internship, which counts for ${percent(gap.inPart.internship)}: it shows the work, not the work owned over time. If you have done it in a job since, describe that: ${MORE}.`;
  if (gap.inPart?.recency !== undefined)
    return `You already show this on ${quoted}, in an older role, which counts a little less. If you do it in your recent work, describe that: ${MORE}.`;
  return `You already show this on ${quoted}. Describe it more precisely: ${MORE}.`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
