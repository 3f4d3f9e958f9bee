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

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byNormal = new Map<string, string>();
  for (const p of phrases) byNormal.set(normalize(p), p);
  const sorted = [...byNormal.keys()].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return { find: () => [] };
  const source = sorted.map((p) => p.split(' ').map(escapeRegExp).join('[\\s_-]+')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(text) {
      const out: Array<{ phrase: string; start: number; end: number }> = [];
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
