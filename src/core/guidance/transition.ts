import type { Evidence, RequirementStatus, ScoredResume } from '../analysis/types.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { BackgroundResult } from './detect-background.ts';
import type { BackgroundId, Naturalness, TransitionsFile } from './schema.ts';

export interface TransferItem {
  label: string;
  note: string;
  /** The person's own evidence for it; empty when the resume does not show it yet. */
  evidence: Array<{ skillId: string; label: string; quote: string; line: number; match?: Evidence['match'] }>;
}

export interface TransitionGap {
  label: string;
  detail: string;
  requirement: { id: string; label: string };
  /** How the resume fares on that requirement today. */
  status: RequirementStatus;
}

export interface TransitionGuidance {
  from: BackgroundId;
  fromLabel: string;
  to: { id: string; title: string };
  naturalness: Naturalness;
  /** The naturalness in words. */
  outlook: string;
  summary: string;
  transfers: TransferItem[];
  gaps: TransitionGap[];
  /** Other backgrounds the resume shows, with how natural each route is. */
  alsoFrom: Array<{ from: BackgroundId; label: string; naturalness: Naturalness }>;
}

export const NATURALNESS_TEXT: Record<Naturalness, string> = {
  'already-there': 'you already do this job',
  'very-natural': 'one of the most natural routes into the role',
  natural: 'a natural, well-trodden route',
  workable: 'workable with deliberate preparation',
  stretch: 'a stretch: possible with a plan to build technical fluency',
};

/** What carries over from the person's background, the gap that route usually leaves, and how natural it is. */
export function buildTransition(
  background: BackgroundResult,
  report: Pick<ScoredResume, 'requirements' | 'skills'>,
  role: Role,
  taxonomy: Taxonomy,
  transitions: TransitionsFile,
): TransitionGuidance | undefined {
  const def = transitions.transitions.find((t) => t.from === background.primary);
  if (!def) return undefined;
  const found = new Map(report.skills.map((s) => [s.id, s]));
  const transfers: TransferItem[] = def.transfers.map((t) => {
    const evidence: TransferItem['evidence'] = [];
    const lines = new Set<number>();
    for (const id of t.skills) {
      // A transfer names broad skills; narrower ones found in the resume count too.
      for (const narrower of taxonomy.narrower(id)) {
        const s = found.get(narrower);
        const e = s?.evidence[0];
        if (!s || !e || lines.has(e.line)) continue;
        lines.add(e.line);
        evidence.push({
          skillId: s.id,
          label: s.label,
          quote: e.quote,
          line: e.line,
          ...(e.match ? { match: e.match } : {}),
        });
      }
    }
    return { label: t.label, note: t.note, evidence: evidence.slice(0, 3) };
  });
  const reqs = new Map(report.requirements.map((r) => [r.skill.id, r]));
  const gaps: TransitionGap[] = def.gaps.map((g) => {
    const r = reqs.get(g.requirement);
    const label =
      r?.skill.label ?? role.requirements.find((x) => x.skill === g.requirement)?.label ?? g.requirement;
    return {
      label: g.label,
      detail: g.detail,
      requirement: { id: g.requirement, label },
      status: r?.status ?? 'missing',
    };
  });
  const alsoFrom = background.candidates
    .filter((c) => c.id !== background.primary)
    .flatMap((c) => {
      const t = transitions.transitions.find((x) => x.from === c.id);
      return t ? [{ from: c.id, label: c.label, naturalness: t.naturalness }] : [];
    });
  return {
    from: background.primary,
    fromLabel: background.label,
    to: { id: role.id, title: role.title },
    naturalness: def.naturalness,
    outlook: NATURALNESS_TEXT[def.naturalness],
    summary: def.summary,
    transfers,
    gaps,
    alsoFrom,
  };
}
