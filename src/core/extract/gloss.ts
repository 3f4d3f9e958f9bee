/**
 * An acronym spelled out where it stands: "Cisco Security Management (CSM)" or "WAF (Well
 * Architected Framework)". The words around it say what it means on this line, so when they spell
 * out something other than the skill the acronym is also a name of, the acronym is not that skill.
 */

/** The spelled-out words (lower case, one per letter of the acronym) and where they sit in the line. */
export interface Gloss {
  words: string[];
  start: number;
  end: number;
}

/** Two to six capital letters: "CSM", "RAID", "SDLC". Mixed case ("DoD") and digits ("S3") are left alone. */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym usually skips: "Master of Business Administration (MBA)". */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'on', 'with', 'a', 'an', 'at', 'by']);
/** What may follow "(" or precede ")" around the acronym or its words. */
const OPEN_BEFORE = /\(\s*$/;
const CLOSE_AFTER = /^\s*\)/;
const GLOSS_AFTER = /^\s*\(([^()]{3,80})\)/;
/** A word, and within it the parts a camel-cased word joins ("ScrumMaster", "JavaScript"). */
const WORD = /[A-Za-z]+/g;
const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
/** The words looked at before "(": more than an acronym of six letters can need, small words included. */
const MAX_WORDS_BEFORE = 12;

interface Part {
  text: string;
  /** Offsets into the line of the word the part belongs to. */
  start: number;
  end: number;
}

function partsOf(text: string, offset: number): Part[] {
  const parts: Part[] = [];
  for (const w of text.matchAll(WORD)) {
    const start = offset + w.index;
    const end = start + w[0].length;
    for (const p of w[0].matchAll(CAMEL_PART)) parts.push({ text: p[0], start, end });
  }
  return parts;
}

const initial = (p: Part) => p.text[0]!.toUpperCase();
const isSmall = (p: Part) => SMALL_WORDS.has(p.text.toLowerCase());

/** "Cisco Security Management (CSM)": the words just before the bracket, read back from the last. */
function spelledBefore(parts: readonly Part[], acronym: string): Gloss | undefined {
  const words: string[] = [];
  for (let k = parts.length - 1; k >= 0 && k >= parts.length - MAX_WORDS_BEFORE; k--) {
    const p = parts[k]!;
    if (initial(p) === acronym[acronym.length - 1 - words.length]) {
      words.unshift(p.text.toLowerCase());
      if (words.length === acronym.length)
        return { words, start: p.start, end: parts[parts.length - 1]!.end };
    } else if (!isSmall(p)) return undefined;
  }
  return undefined;
}

/** "CSM (Cisco Security Management)": every word in the bracket, and nothing else, spells it. */
function spelledWithin(parts: readonly Part[], acronym: string): Gloss | undefined {
  const words: string[] = [];
  for (const p of parts) {
    if (initial(p) === acronym[words.length]) words.push(p.text.toLowerCase());
    else if (!isSmall(p)) return undefined;
  }
  return words.length === acronym.length
    ? { words, start: parts[0]!.start, end: parts[parts.length - 1]!.end }
    : undefined;
}

/**
 * The words of a name that spell out the acronym ("Certified Scrum Master" for CSM), or undefined.
 * A bracketed part of the name is left out ("Certified ScrumMaster (CSM)").
 */
export function spelledOut(name: string, acronym: string): string[] | undefined {
  const bare = name.replace(/\([^()]*\)/g, ' ');
  return spelledWithin(partsOf(bare, 0), acronym)?.words;
}

/** Letters two spellings of one word share at the start: "test" and "testing", "extract" and "extraction". */
const STEM = 4;

/**
 * Whether two spellings out of one acronym can mean the same thing: some word in the same place is
 * the same up to inflection ("System Requirement Specifications" and "Software Requirements
 * Specification"). "Cisco Security Management" and "Certified Scrum Master" share none.
 */
export function shareAWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((w, i) => b[i] !== undefined && w.slice(0, STEM) === b[i].slice(0, STEM));
}

/**
 * The words that spell out the acronym at `[start, end)` of `line`, when the line spells it out
 * ("… Management (CSM)", "CSM (… Management)"); undefined when it does not, or when the match is not
 * an acronym.
 */
export function glossOf(line: string, start: number, end: number): Gloss | undefined {
  const acronym = line.slice(start, end);
  if (!ACRONYM.test(acronym)) return undefined;
  const before = line.slice(0, start);
  const open = OPEN_BEFORE.exec(before);
  if (open && CLOSE_AFTER.test(line.slice(end))) {
    return spelledBefore(partsOf(before.slice(0, open.index), 0), acronym);
  }
  const within = GLOSS_AFTER.exec(line.slice(end));
  if (within) {
    const offset = end + within[0].indexOf('(') + 1;
    return spelledWithin(partsOf(within[1]!, offset), acronym);
  }
  return undefined;
}
