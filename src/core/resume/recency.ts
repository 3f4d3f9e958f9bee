import type { YearMonth } from './dates.ts';
import type { Position } from './structure.ts';

/**
 * How much evidence from an older role counts: full credit for roles that ended within
 * `fullYears`, then `perYear` less for every further year, never below `floor`.
 * A role that ended 10 years earlier counts 0.85: skills fade and listings ask for recent use, but
 * hiring readers (the hand-labelled evaluation) barely discount what a career shows.
 */
export const RECENCY = { fullYears: 5, perYear: 0.03, floor: 0.7 } as const;

/**
 * Evidence from an internship, a placement, a traineeship or an apprenticeship counts `factor` of
 * its credit: it shows exposure to the work, not the work owned over time. A title that names one
 * counts when its entry is short (at most `maxLines` lines and, when dated, `maxMonths` months), so a
 * run-on entry that swallowed later work is not marked down with it.
 */
export const INTERNSHIP = { factor: 0.6, maxLines: 12, maxMonths: 15 } as const;

/** A title held in training: an internship, a placement, a traineeship, an apprenticeship, a co-op. */
export const TRAINING_TITLE =
  /\b(?:interns?|internship|trainee|apprentice|apprenticeship|placement|co-?op)\b/i;

/**
 * The internship factor of each 1-based line (index 0 unused): undefined outside internships. A line
 * an internship shares with another position (a whole career run into one line) is that position's
 * too, and counts fully.
 */
export function internshipLines(
  positions: readonly Position[],
  lineCount: number,
): Array<number | undefined> {
  const out: Array<number | undefined> = new Array(lineCount + 1).fill(undefined);
  const isInternship = (p: Position) =>
    TRAINING_TITLE.test(p.title ?? '') &&
    p.endLine - p.startLine <= INTERNSHIP.maxLines &&
    (p.months ?? 0) <= INTERNSHIP.maxMonths;
  const other = new Set<number>();
  for (const p of positions)
    if (!isInternship(p)) for (let l = p.startLine; l <= p.endLine && l <= lineCount; l++) other.add(l);
  for (const p of positions) {
    if (!isInternship(p)) continue;
    for (let l = p.startLine; l <= p.endLine && l <= lineCount; l++)
      if (!other.has(l)) out[l] = INTERNSHIP.factor;
  }
  return out;
}

/** The credit factor of evidence from a role that ended `yearsAgo` years ago. */
export function recencyFactor(yearsAgo: number): number {
  const f = 1 - RECENCY.perYear * Math.max(0, yearsAgo - RECENCY.fullYears);
  return Math.round(Math.max(RECENCY.floor, Math.min(1, f)) * 100) / 100;
}

/** Years from a position's end to `asOf` (0 for "present"); undefined without an end date. */
export function yearsSinceEnd(p: Pick<Position, 'end'>, asOf: YearMonth): number | undefined {
  if (p.end === undefined) return undefined;
  if (p.end === 'present') return 0;
  const months = (asOf.year - p.end.year) * 12 + ((asOf.month ?? 12) - (p.end.month ?? 12));
  return Math.max(0, months / 12);
}

/**
 * The recency factor of each 1-based line (index 0 unused): lines outside dated positions get 1.
 * Age is measured on the resume's own timeline, from the start of its latest position: a role that
 * ended ten years before the current one began counts 0.85, while a resume written years ago is not
 * marked down for its age (readers judge the career it describes, not the date it was read).
 */
export function lineRecency(positions: readonly Position[], lineCount: number): number[] {
  const out: number[] = new Array(lineCount + 1).fill(1);
  const latest = latestStart(positions);
  if (!latest) return out;
  // A line several positions share (a whole career run into one line) counts as its latest role.
  const set: boolean[] = new Array(lineCount + 1).fill(false);
  for (const p of positions) {
    const years = yearsSinceEnd(p, latest);
    if (years === undefined) continue;
    const factor = recencyFactor(years);
    for (let l = p.startLine; l <= p.endLine && l <= lineCount; l++) {
      out[l] = set[l] ? Math.max(out[l]!, factor) : factor;
      set[l] = true;
    }
  }
  return out;
}

/** The start of the most recently started position. */
function latestStart(positions: readonly Position[]): YearMonth | undefined {
  let best: YearMonth | undefined;
  for (const p of positions) {
    if (!p.start) continue;
    if (!best || p.start.year * 12 + (p.start.month ?? 1) > best.year * 12 + (best.month ?? 1))
      best = p.start;
  }
  return best;
}
