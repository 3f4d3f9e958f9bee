import { PERSON_NAME } from './sections.ts';

/**
 * Running headers and footers a PDF prints on every page ("February 10, 2026 · Jane Doe · Résumé 2",
 * "Jane Doe – 1/2", "Page 2 of 3"): text at the edge of a page (next to the blank line the reader puts
 * between pages, or at the end) that is no part of the entry it interrupts.
 */

/** A line that is only a page number: "2", "Page 2", "2/3", "Page 2 of 3", "- 2 -". */
const PAGE_MARK = /^[-–—\s]*(?:page\s*)?\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?[-–—\s]*$/i;

/** Whether a line is only a page number: "2", "Page 2", "2/3", "Page 2 of 3", "- 2 -". */
export const isPageMark = (line: string): boolean => PAGE_MARK.test(line.trim());

/** Fewer lines than a page holds: recurring lines closer than this are no running header or footer. */
const MIN_PAGE_LINES = 12;

/** A page number said as one, as running headers at a page's top write it: "Page 2", "2/3", "2 of 3". */
const PAGE_NUMBER = /\bpage\s*\d|\d\s*(?:\/|of)\s*\d/i;

const isBlank = (t: string | undefined) => t === undefined || t.trim() === '';

/** A word of a job title or a document's title: a first line holding one names no person. */
const ROLE_WORD =
  /\b(?:intern|engineer|developer|manager|director|lead|analyst|consultant|specialist|officer|coordinator|assistant|designer|architect|scientist|researcher|administrator|technician|associate|executive|master|owner|resume|résumé|cv|curriculum|vitae|profile)\b/i;

/**
 * A running header or footer that repeats the person's name a page further on ("Kristine D.
 * Villanueva | Resume", "Jane Doe – CV", or the name alone): the name, then at most a separator and a
 * few words.
 */
function namesThePerson(t: string, name: string): boolean {
  if (!t.startsWith(name)) return false;
  const rest = t.slice(name.length);
  return rest === '' || (/^\s*[|·•–—,-]\s*\S/.test(rest) && rest.length <= 30);
}

/**
 * The 1-based numbers of lines that are page furniture: a line at a page's edge that is a page
 * number, or that recurs at page edges with only a number changing, one more on each page. A line
 * recurring unchanged is not enough: entries separated by blank lines often start alike.
 */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const groups = new Map<string, number[]>();
  const first = lines.findIndex((l) => !isBlank(l));
  const top = first >= 0 ? lines[first]!.trim() : '';
  const name = PERSON_NAME.test(top) && !ROLE_WORD.test(top) ? top : undefined;
  lines.forEach((line, k) => {
    const t = line.trim();
    if (t.length === 0 || t.length > 160) return;
    const bottom = isBlank(lines[k + 1]);
    if (!(bottom || isBlank(lines[k - 1]))) return;
    if (PAGE_MARK.test(t) || (name && k - first >= MIN_PAGE_LINES && namesThePerson(t, name))) {
      out.add(k + 1);
      return;
    }
    // A line opening a block ("Project #2" after a blank line) counts only when it says it is a page.
    if (!/\d/.test(t) || (!bottom && !PAGE_NUMBER.test(t))) return;
    const key = t.replace(/\d+/g, '#').replace(/\s+/g, ' ');
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  });
  for (const group of groups.values()) {
    // Once a page: a page holds more than a few lines ("Project 1" / "Project 2" a few lines apart
    // are items), though the last page of three or more may be short.
    const gaps = group.slice(1).map((k, i) => k - group[i]!);
    if (group.length > 2) gaps.pop();
    if (group.length < 2 || gaps.some((gap) => gap < MIN_PAGE_LINES)) continue;
    const numbers = group.map((k) => (lines[k]!.match(/\d+/g) ?? []).map(Number));
    let counting = false;
    let steady = true;
    for (let slot = 0; slot < numbers[0]!.length; slot++) {
      const values = numbers.map((n) => n[slot]!);
      if (values.every((v) => v === values[0])) continue;
      if (values.every((v, i) => i === 0 || v === values[i - 1]! + 1)) counting = true;
      else steady = false;
    }
    if (counting && steady) for (const k of group) out.add(k + 1);
  }
  return out;
}

/**
 * What a clause of consent or declaration opens with: "I agree to the processing of my personal
 * data…" (most European CVs end with one, naming the data protection law), "I hereby declare that
 * the above information is true…". Matched against a line's start, after any bullet.
 */
const BOILERPLATE_OPENING =
  /^\W{0,3}(?:I|we)\s+(?:hereby\s+)?(?:(?:agree|consent|give\s+(?:my\s+)?consent|authori[sz]e)\s+(?:to\s+)?(?:the\s+)?(?:processing|process|use)\s+(?:of\s+)?(?:my\s+)?personal\s+data|(?:solemnly\s+)?declare\s+that)\b/i;

/** The most lines a clause of consent or declaration runs to. */
const BOILERPLATE_LINES = 6;

/**
 * The 1-based numbers of lines in a clause of consent or declaration: the line that opens it, and
 * the lines a consent's sentence wraps onto (each opening in lowercase, until one ends with a full
 * stop; at most a few). Its words ("Personal Data Protection Act", "GDPR", "true to the best of my
 * knowledge") are the form's, not evidence of work. A hosted page's credit line at the end of the
 * text is the site's, and counts with them.
 */
export function boilerplateLines(lines: readonly string[]): Set<number> {
  const out = siteCredits(lines);
  lines.forEach((line, k) => {
    const opening = line.length <= 400 ? BOILERPLATE_OPENING.exec(line.trimStart()) : null;
    if (!opening) return;
    out.add(k + 1);
    // A declaration takes one line: what follows a dataset's lost line break is the next entry.
    if (/declare/i.test(opening[0])) return;
    for (let n = k + 1; n < lines.length && n < k + BOILERPLATE_LINES; n++) {
      if (lines[n - 1]!.trimEnd().endsWith('.') || !/^\s*\p{Ll}/u.test(lines[n]!)) break;
      out.add(n + 1);
    }
  });
  return out;
}

/**
 * A hosted page's credit line ("Hosted on CVNest · Create your own resume page · Last updated 2 Dec
 * 2026", "Powered by Notion"): the site's, not the person's. Read as their words, it was an
 * education entry dated with the page's last update.
 */
const SITE_CREDIT =
  /\b(?:hosted (?:on|by)|powered by|create your (?:own |free )?(?:resume|cv|website|page|portfolio)|last updated)\b/i;

/** How far from the end of the text a hosted page's credit stands: among its last lines. */
const CREDIT_LINES = 3;

/** The 1-based numbers of a hosted page's credit lines, among the last non-blank lines of the text. */
function siteCredits(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let seen = 0;
  for (let k = lines.length - 1; k >= 0 && seen < CREDIT_LINES; k--) {
    const line = lines[k]!;
    if (line.trim() === '') continue;
    seen++;
    if (line.length <= 200 && SITE_CREDIT.test(line)) out.add(k + 1);
  }
  return out;
}
