import type { InPart } from './report.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Why evidence earns part of a requirement's points, one phrase per reason, in the order the
 * credit applies them: "through Web development (80% of it)", "in work far from technology
 * (counted at 50%)", "in an older role (counted at 60%)", "in an internship (counted at 50%)".
 */
export function inPartPhrases(p: InPart): string[] {
  return [
    ...(p.via ? [`through ${p.via.label} (${percent(p.via.share)} of it)`] : []),
    ...(p.farFromTechnology !== undefined
      ? [`in work far from technology (counted at ${percent(p.farFromTechnology)})`]
      : []),
    ...(p.recency !== undefined ? [`in an older role (counted at ${percent(p.recency)})`] : []),
    ...(p.internship !== undefined ? [`in an internship (counted at ${percent(p.internship)})`] : []),
  ];
}

/** Phrases joined as a person lists them: "a", "a and b", "a, b and c". */
export function listPhrases(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
