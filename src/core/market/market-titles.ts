import { normalizeTitle } from './role-family.ts';

/** Seniority and level words that do not change what the job is. */
const LEVEL_WORDS = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'principal',
  'lead',
  'staff',
  'associate',
  'i',
  'ii',
  'iii',
  'iv',
]);
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'a']);

/** A title's parts: "Technical Program Manager, Cloud - EMEA (Remote)" → its three pieces. */
// Not from inside a run of spaces (a separator starts where the run does): from there each
// search went over the run again, quadratic in its length.
const SEPARATOR = /(?:(?<!\s)|(?!\s))(?:\s*[,(|–—/]\s*|\s+-\s*|\s*-\s+)/;

function titleCase(words: readonly string[]): string {
  // In a title written all in capitals a four-letter word is a word ("HEAD OF AI"), not an acronym.
  const shouting = words.every((w) => w === w.toUpperCase());
  const longest = shouting ? 3 : 4;
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      // Short all-caps words are acronyms (TPM, IT, AI); a whole title in capitals is not.
      if (/^[A-Z0-9&+#]{2,}$/.test(w) && w.length <= longest && !/^(SR|JR|THE|AND|FOR)$/.test(w)) return w;
      // A name with capitals inside it keeps them: "DevOps", "iOS", "GitHub", "SAFe" ("Cross-Team" is
      // two words).
      if (/[a-z][A-Z]|^[A-Z]{2,}[a-z]{1,2}$/.test(w)) return w;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/**
 * The job a title names without its team, place or level: "Sr. Technical Program Manager, AI
 * Glasses" → "Technical Program Manager". The part naming one of `roleNames` wins, then the first
 * part naming a manager, then the first part.
 */
export function typicalTitle(title: string, roleNames: readonly string[]): string {
  const parts = title
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .split(SEPARATOR)
    .map((p) => p.replace(/(?<![)\]])[)\]]+$/, '').trim())
    .filter((p) => p.length > 0);
  const names = roleNames.map(normalizeTitle);
  const pick =
    parts.find((p) => names.some((n) => n.trim().length > 0 && normalizeTitle(p).includes(n))) ??
    parts.find((p) => / manager /.test(normalizeTitle(p))) ??
    parts[0] ??
    title;
  const words = pick
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !LEVEL_WORDS.has(w.toLowerCase()));
  return titleCase(words.length > 0 ? words : pick.split(/\s+/));
}

/**
 * The most common typical titles among some listing titles, with how many listings carry each;
 * titles fewer than `minListings` listings carry are left out.
 */
export function typicalTitles(
  titles: Iterable<string>,
  roleNames: readonly string[],
  options: { limit?: number; minListings?: number } = {},
): Array<{ title: string; listings: number }> {
  const { limit = 10, minListings = 1 } = options;
  const counts = new Map<string, { title: string; listings: number }>();
  for (const t of titles) {
    const title = typicalTitle(t, roleNames);
    const key = title.toLowerCase();
    const c = counts.get(key);
    if (c) c.listings++;
    else counts.set(key, { title, listings: 1 });
  }
  return [...counts.values()]
    .filter((t) => t.listings >= minListings)
    .sort((a, b) => b.listings - a.listings || a.title.localeCompare(b.title))
    .slice(0, limit);
}
