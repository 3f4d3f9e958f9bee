import type { AnalysisReport } from '../analysis/report.ts';

/**
 * How the gaps are ordered (rankGaps in analysis/analyze.ts): by the points each could still earn,
 * weighed by the share of listings asking for it when the report has a market section.
 */
export function gapOrder(report: Pick<AnalysisReport, 'gaps' | 'market'>): string {
  const weighed = report.market !== undefined && report.gaps.some((g) => g.demand !== undefined);
  return weighed
    ? 'Ordered by the points each could still earn, weighed by the share of listings that ask for it (half as much when none do, one and a half times when all do).'
    : 'Ordered by the points each could still earn.';
}

/** How the learning plan is ordered: as the gaps, and its steps by what they do for the effort. */
export const PLAN_ORDER =
  'In the order of the gaps; within each, the steps that do the most for the least effort come first.';
