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
const ASCII_WORD = /[a-z0-9]+/g;
/** Texts a matcher checks for the words of its phrases before it compiles its expressions regardless. */
const COLD_TEXTS = 200;

/** What every matcher of a line asks about it, worked out once per line. */
interface LineFacts {
  text: string;
  ascii: boolean;
  /** Holds ſ or K (see FOLDS_TO_ASCII). */
  folds: boolean;
  /** Its runs of ASCII letters and digits, in lower case; made when first asked for. */
  words?: Set<string>;
}
let last: LineFacts = { text: '', ascii: true, folds: false };
function factsOf(text: string): LineFacts {
  if (text !== last.text) last = { text, ascii: isAscii(text), folds: FOLDS_TO_ASCII.test(text) };
  return last;
}
const wordsOf = (facts: LineFacts): Set<string> => {
  facts.words ??= new Set(facts.text.toLowerCase().match(ASCII_WORD) ?? []);
  return facts.words;
};
/** The British spelling of a phrase's "program" ("IT programme manager"), undefined when it has none. */
const programme = (phrase: string): string | undefined =>
  /\bprograms?\b/i.test(phrase) ? phrase.replace(/\b(program)(s?)\b/gi, '$1me$2') : undefined;

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byNormal = new Map<string, string>();
  for (const p of phrases) {
    byNormal.set(normalize(p), p);
    // Either spelling of "program" matches, and the hit names the phrase as written in the data.
    const british = programme(p);
    if (british !== undefined && !byNormal.has(normalize(british))) byNormal.set(normalize(british), p);
  }
  const sorted = [...byNormal.keys()].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return { find: () => [] };
  const source = sorted.map((p) => p.split(' ').map(escapeRegExp).join('[\\s_-]+')).join('|');
  // The definition. Compiling it (unicode classes, case-insensitive) costs V8 1–10 ms per
  // matcher, most of a short analysis's time over some 30 matchers, so it is compiled only for
  // text that needs it. On ASCII text, ASCII phrases match the same with ASCII word boundaries
  // and without the `u` flag (only ſ and K fold to an ASCII letter under `iu`); that expression,
  // cheaper to compile, also finds a hit wherever the definition does in any text without those
  // two characters. A text that lacks a run of letters and digits of each phrase (as a whole
  // word, in lower case) has no hit: the first COLD_TEXTS texts are checked so before compiling
  // anything; a longer run (a batch, the server) compiles what it needs and checks no more.
  const runs = sorted.map((p) => p.match(ASCII_WORD) ?? []);
  const asciiPhrases = isAscii(source);
  let ascii: RegExp | undefined;
  let exact: RegExp | undefined;
  let texts = 0;
  const mayMatch = (facts: LineFacts) => {
    if (texts > COLD_TEXTS) return true;
    const words = wordsOf(facts);
    return runs.some((rs) => rs.every((r) => words.has(r)));
  };
  const expressionFor = (text: string): RegExp | undefined => {
    texts++;
    const facts = factsOf(text);
    if (asciiPhrases && !facts.folds) {
      if (facts.ascii) {
        if (!ascii && !mayMatch(facts)) return undefined;
        ascii ??= new RegExp(`(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`, 'gi');
        return ascii;
      }
      if (!exact && texts <= COLD_TEXTS) {
        if (!mayMatch(facts)) return undefined;
        ascii ??= new RegExp(`(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`, 'gi');
        ascii.lastIndex = 0;
        if (!ascii.test(text)) return undefined;
      }
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
