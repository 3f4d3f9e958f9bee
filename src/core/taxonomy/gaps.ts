// Evidence patterns with a gap of a few words, written once in data/taxonomy/evidence.json.

/** The most words a `**` gap of an evidence pattern stands for. */
const MAX_GAP = 3;

/**
 * An evidence pattern with `**` stands for up to three words there ("manage ** engineers" matches
 * "managed engineers" and "managed four field service engineers"): one pattern per gap length.
 */
export function expandGaps(pattern: string): string[] {
  const at = pattern.indexOf('**');
  if (at < 0) return [pattern];
  const out: string[] = [];
  for (let n = 0; n <= MAX_GAP; n++) {
    const gap = Array.from({ length: n }, () => '*').join(' ');
    const expanded = `${pattern.slice(0, at)}${gap}${pattern.slice(at + 2)}`.replace(/\s+/g, ' ').trim();
    out.push(...expandGaps(expanded));
  }
  return out;
}

/**
 * An evidence pattern may name a word class of evidence.json in braces ("supervise ** {staff}"):
 * one pattern per word of the class. Words of a class are single words (they inflect like every
 * pattern word), so a class stands for one word, as `*` does, but only for the words it lists.
 */
export function expandClasses(
  pattern: string,
  classes: Readonly<Record<string, readonly string[]>>,
): string[] {
  const m = /\{([a-z-]+)\}/.exec(pattern);
  if (!m) return [pattern];
  const words = classes[m[1]!];
  if (!words) throw new Error(`evidence pattern "${pattern}" names an unknown word class {${m[1]}}`);
  return words.flatMap((w) =>
    expandClasses(`${pattern.slice(0, m.index)}${w}${pattern.slice(m.index + m[0].length)}`, classes),
  );
}
