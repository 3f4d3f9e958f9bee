/** Whole-word, case-insensitive matching of many phrases at once; each hit names the phrase it matched. */
export interface PhraseMatcher {
  /** Every non-overlapping hit in the text, longest phrase first at each position. */
  find(text: string): Array<{ phrase: string; start: number; end: number }>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Separators inside a phrase: "follow up", "follow-up" and "follow_up" are the same words. */
const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

/** The two characters whose case folding (the `iu` flags) reaches an ASCII letter: long s and the Kelvin sign. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byNormal = new Map<string, string>();
  for (const p of phrases) byNormal.set(normalize(p), p);
  const sorted = [...byNormal.keys()].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return { find: () => [] };
  const source = sorted.map((p) => p.split(' ').map(escapeRegExp).join('[\\s_-]+')).join('|');
  // The definition. Compiling it (unicode classes, case-insensitive) costs V8 1–10 ms per
  // matcher, most of a short analysis's time over some 30 matchers, so it is compiled only for
  // text that needs it. On ASCII text, ASCII phrases match the same with ASCII word boundaries
  // and without the `u` flag (only ſ and K fold to an ASCII letter under `iu`), and that
  // expression, cheap to compile, finds a hit wherever the definition does in any text without
  // those two characters, so a text it finds nothing in needs no other.
  let exact: RegExp | undefined;
  const ascii = isAscii(source)
    ? new RegExp(`(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`, 'gi')
    : undefined;
  const expressionFor = (text: string): RegExp | undefined => {
    if (ascii) {
      if (isAscii(text)) return ascii;
      ascii.lastIndex = 0;
      if (!FOLDS_TO_ASCII.test(text) && !ascii.test(text)) return undefined;
    }
    exact ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
    return exact;
  };
  return {
    find(text) {
      const out: Array<{ phrase: string; start: number; end: number }> = [];
      const re = expressionFor(text);
      if (!re) return out;
      // exec from the start, as matchAll does but without copying the expression on every call
      // (a large share of the analysis, which calls this for every line and background).
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        // An empty match (a phrase of separators only) moves on by a code point, as matchAll does.
        if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        const phrase = byNormal.get(normalize(m[0]));
        if (phrase !== undefined) out.push({ phrase, start: m.index, end: m.index + m[0].length });
      }
      return out;
    },
  };
}
