// TeX sets an accented letter it has no glyph for (the default OT1 fonts have none) as two glyphs: a
// spacing accent, then the letter under it ("Automoci´on", "Ingenier´ıa" with a dotless i,
// "Civilingenj¨or"); a cedilla or an ogonek comes before a small letter and after a capital
// ("Fran¸cois", "C¸ a˘gdas"), whichever takes it. A PDF's text layer
// keeps the two apart, and a quote, a name or a search for "Automoción" then misses. Each pair is
// one letter again when Unicode has that letter.

/** Spacing accents → the combining mark each stands for, placed before their letter. */
const BEFORE: ReadonlyMap<string, string> = new Map([
  ['\u00b4', '\u0301'], // ´ acute
  ['\u0060', '\u0300'], // ` grave
  ['\u00a8', '\u0308'], // ¨ diaeresis
  ['\u02c6', '\u0302'], // ˆ circumflex
  ['\u02dc', '\u0303'], // ˜ tilde
  ['\u02c7', '\u030c'], // ˇ caron
  ['\u02d8', '\u0306'], // ˘ breve
  ['\u02d9', '\u0307'], // ˙ dot above
  ['\u02da', '\u030a'], // ˚ ring above
  ['\u02dd', '\u030b'], // ˝ double acute
  ['\u00af', '\u0304'], // ¯ macron
]);

/** Spacing accents set before or after their letter: the cedilla and the ogonek. */
const AFTER: ReadonlyMap<string, string> = new Map([
  ['\u00b8', '\u0327'], // ¸ cedilla
  ['\u02db', '\u0328'], // ˛ ogonek
]);

const ANY_ACCENT = /[\u00b4\u0060\u00a8\u02c6\u02dc\u02c7\u02d8\u02d9\u02da\u02dd\u00af\u00b8\u02db]/;

/**
 * What follows an acute or grave accent set as an apostrophe inside a word ("don´t", "Sander´s",
 * "we´ll"): those stay as written.
 */
const APOSTROPHE_ENDING = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}])/iu;

/** The text with each TeX accent and its letter made one letter, where Unicode has that letter. */
export function composeAccents(text: string): string {
  if (!ANY_ACCENT.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = BEFORE.get(c);
    if (before !== undefined) {
      const letter = text[i + 1];
      const prev = text[i - 1];
      const inWord = prev !== undefined && /\p{L}/u.test(prev);
      const apostrophe =
        inWord && (c === '\u00b4' || c === '\u0060') && APOSTROPHE_ENDING.test(text.slice(i + 1, i + 4));
      // A grave accent opening a word is a backtick ("`npm`"), not TeX's.
      const backtick = c === '\u0060' && !inWord;
      const one = letter !== undefined && !apostrophe && !backtick ? composed(letter, before) : undefined;
      if (one !== undefined) {
        out += one;
        i++;
        continue;
      }
    }
    const either = AFTER.get(c);
    if (either !== undefined) {
      const next = text[i + 1];
      const previous = out[out.length - 1];
      const onNext = next !== undefined ? composed(next, either) : undefined;
      const onPrevious = previous !== undefined ? composed(previous, either) : undefined;
      // A capital takes it from after itself; a small letter from before.
      if (onPrevious !== undefined && (onNext === undefined || /\p{Lu}/u.test(previous!))) {
        out = out.slice(0, -1) + onPrevious;
        continue;
      }
      if (onNext !== undefined) {
        out += onNext;
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** The letter with the mark as one precomposed letter ("ı" is the dotless i TeX accents), if any. */
function composed(letter: string, mark: string): string | undefined {
  const base = letter === '\u0131' ? 'i' : letter === '\u0237' ? 'j' : letter;
  if (!/\p{L}/u.test(base)) return undefined;
  const one = (base + mark).normalize('NFC');
  return one.length === 1 ? one : undefined;
}
