// Seeded random strings over a small alphabet, for checking that a scanner does exactly what the
// regular expression it replaced did (the old expression is fast on strings this short).

/** `count` strings of 0–`maxLength` characters drawn from `alphabet`, the same on every run. */
export function randomStrings(
  alphabet: readonly string[],
  count: number,
  maxLength = 12,
  seed = 1,
): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = Math.floor(next() * (maxLength + 1));
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

/** Spaces of several kinds, weighted so runs of them are common. */
export const SPACES = [' ', ' ', ' ', '\t', '\u00a0', '\n', '\u2003'];
