import { BULLET_MARKS } from '../resume/bullets.ts';
import { findDates } from '../resume/dates.ts';
import { sectionOfLines, splitSections } from '../resume/sections.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { RawMatch } from '../taxonomy/matcher.ts';
import { indexLines, type LineIndex, lineSpan } from '../text/lines.ts';
import { isWordChar, scanTokens } from '../text/tokenize.ts';
import {
  CLAIM,
  cuesMatcher,
  describesProduct,
  describesWork,
  EXERCISE,
  FOLLOWED_REQUIREMENTS,
  FROM_THE_SOURCE,
  LABELLED_LIST,
  LEARNING,
  LIST_LABEL,
  NAMES_REQUIREMENTS,
  namesProductKind,
  PRODUCT_WORD,
  QUANTITY,
  ROLE_TITLE,
} from './cues.ts';
import { glossOf, shareAWord, spelledOut } from './gloss.ts';
import { withTogether } from './together.ts';
import type { Extraction, IgnoredMention, QuoteSpan, SectionKind, SkillMention, Strength } from './types.ts';

export interface ExtractOptions {
  /** Section of each 1-based line; computed from the text's headings when absent. */
  lineSections?: readonly SectionKind[];
  /**
   * Read a goal as no experience (ASPIRATION_CUES: "aspiring …", "want to move into …"), as in a
   * resume. Off for a posting, whose "we are looking for a … with Java" asks for what follows.
   */
  goals?: boolean;
  /** 1-based lines whose words show nothing (a clause of consent or declaration: boilerplateLines). */
  skipLines?: ReadonlySet<number>;
}

/** The longest line quoted whole; a longer one is quoted by the sentence around the match. */
export const MAX_QUOTE = 240;
const NONE: RawMatch[] = [];
const NO_OFFSETS: number[] = [];
const TECHNICAL_KINDS = new Set(['technical', 'tool']);
interface LineInfo {
  text: string;
  start: number;
  /** The line's quote when it is short enough to quote whole. */
  quote: string | undefined;
  /** Where `quote` starts in the line. */
  quoteAt: number;
  ambiguous: Set<string> | undefined;
  technical: boolean;
  /** Cue spans on this line, in text order. */
  negations: RawMatch[];
  aspirations: RawMatch[];
  hedges: RawMatch[];
  /** Offsets (in the text) of ownership and result cues on this line. */
  ownAt: number[];
  resultAt: number[];
  /** The last clause graded (its start offset) and its strength: mentions come in text order, so a clause is graded once. */
  clauseStart?: number;
  clauseStrength?: Strength;
  /** Line-level facts for grading, computed once: how work on it counts, and whether it is a list. */
  done?: Strength;
  listLine?: boolean;
  /**
   * Where a run of positions on one line begins (an offset in the line; two or more date ranges in a
   * line too long to quote whole), or -1 when the line is none.
   */
  careerFrom?: number;
  /** Characters of the line inside skill names (not phrase patterns), overlaps counted once. */
  named?: number;
  /** Where the last skill name on the line ended (an offset in the text), to count overlaps once. */
  namedTo?: number;
  /** Whether the line describes a course exercise (a fictional case, a certificate's capstone), tested once. */
  exercise?: boolean;
  /** Whether the line holds a word of coursework (`COURSEWORK_WORDS`), so `exercise` must look. */
  coursework?: true;
  /** On a line too long to quote whole: where coursework is said, [start, end) in the line. */
  exerciseSpans?: Array<[number, number]>;
  /** Whether the line opens with a list label ("Skills:", "Technologies:"), tested once. */
  labelledList?: boolean;
  /** Whether the line names a product (an application, a tool, a system…), tested once. */
  namesProduct?: boolean;
  /** Offsets (in the line) of its clause breaks, found once: every mention's clause and quote come from them. */
  breaks?: Int32Array;
  /** The last quote cut from this line and its bounds: mentions of one sentence share it. */
  quoteFrom?: number;
  quoteTo?: number;
  lastQuote?: string;
  /** Where `lastQuote` starts in the line. */
  lastQuoteAt?: number;
}

const lineWords = new WeakMap<object, RegExp>();

/** The skill a mention shows in its quote: its own, or the one its `nearWords` rule names there. */
function skillInQuote(taxonomy: Taxonomy, skillId: string, quote: string): string {
  const rule = taxonomy.byId.get(skillId)?.nearWords;
  if (!rule) return skillId;
  let words = lineWords.get(rule);
  if (!words) {
    const alternatives = rule.words.map((w) => w.replace(/[.+#-]/g, '\\$&')).join('|');
    words = new RegExp(`(?<![\\w.+#-])(?:${alternatives})(?![\\w+#-])`, 'i');
    lineWords.set(rule, words);
  }
  return words.test(quote) ? rule.becomes : skillId;
}

/**
 * Finds every taxonomy skill the text shows: one tokenization, one pass of the skills matcher
 * and one of the cue matcher, then per-mention context (section, strength, hedges and negation)
 * read from the mention's own line.
 */
export function extractSkills(text: string, taxonomy: Taxonomy, options: ExtractOptions = {}): Extraction {
  const tokens = scanTokens(text);
  const raw = withTogether(text, taxonomy, taxonomy.matcher.match(text, tokens), tokens);
  const cues = cuesMatcher().match(text, tokens);
  const index = indexLines(text);
  const sectionOf = options.lineSections ?? sectionOfLines(splitSections(linesOf(text, index)), index.count);

  const lines = new Map<number, LineInfo>();
  const info = (l: number): LineInfo => {
    let li = lines.get(l);
    if (!li) {
      const [s, e] = lineSpan(text, index, l);
      const lineText = text.slice(s, e);
      li = {
        text: lineText,
        start: s,
        quote: undefined,
        quoteAt: 0,
        ambiguous: undefined,
        technical: false,
        negations: NONE,
        aspirations: NONE,
        hedges: NONE,
        ownAt: NO_OFFSETS,
        resultAt: NO_OFFSETS,
      };
      lines.set(l, li);
    }
    return li;
  };

  // Matches and cues come in text order, so one forward walk each gives their lines.
  const lineOfMatch = linesOfSpans(raw, index);
  raw.forEach((m, k) => {
    const li = info(lineOfMatch[k]!);
    if (!m.phrase) {
      const from = Math.max(m.start, li.namedTo ?? 0);
      if (m.end > from) li.named = (li.named ?? 0) + (m.end - from);
      li.namedTo = Math.max(m.end, li.namedTo ?? 0);
    }
    if (m.needsContext) {
      li.ambiguous ??= new Set();
      li.ambiguous.add(m.skillId);
    } else if (TECHNICAL_KINDS.has(taxonomy.byId.get(m.skillId)?.kind ?? '')) li.technical = true;
  });
  const lineOfCue = linesOfSpans(cues, index);
  cues.forEach((c, k) => {
    const li = lines.get(lineOfCue[k]!);
    if (!li) return; // a line without skills needs no cues
    // Most lines carry no cue of a kind: their lists stay the shared empty ones until one arrives.
    if (c.skillId === 'negation') {
      if (li.negations === NONE) li.negations = [];
      li.negations.push(c);
    } else if (c.skillId === 'aspiration') {
      if (!options.goals) return;
      if (li.aspirations === NONE) li.aspirations = [];
      li.aspirations.push(c);
    } else if (c.skillId === 'hedge') {
      if (li.hedges === NONE) li.hedges = [];
      li.hedges.push(c);
    } else if (c.skillId === 'coursework') {
      li.coursework = true;
    } else if (c.skillId === 'ownership') {
      if (li.ownAt === NO_OFFSETS) li.ownAt = [];
      li.ownAt.push(c.start);
    } else {
      if (li.resultAt === NO_OFFSETS) li.resultAt = [];
      li.resultAt.push(c.start);
    }
  });
  for (const [, li] of lines) {
    const trimmed = stripMarker(li.text.trim());
    if (trimmed.length <= MAX_QUOTE) {
      li.quote = trimmed;
      li.quoteAt = li.text.length - li.text.trimStart().length + li.text.trim().length - trimmed.length;
    }
  }

  const mentions: SkillMention[] = [];
  const ignored: IgnoredMention[] = [];
  raw.forEach((m, k) => {
    const l = lineOfMatch[k]!;
    if (options.skipLines?.has(l)) return;
    const li = lines.get(l)!;
    const heading = sectionOf[l] ?? 'other';
    // Only a section that names things (skills, education, summary…) needs the career-run check.
    const section =
      heading !== 'experience' &&
      heading !== 'projects' &&
      heading !== 'other' &&
      inCareerRun(li, m.start - li.start)
        ? 'experience'
        : heading;
    const quote = li.quote ?? sentenceAround(li, m.start - li.start, m.end - li.start);
    const quoteAt = li.quote !== undefined ? li.quoteAt : li.lastQuoteAt!;
    if (m.needsContext) {
      li.labelledList ??= LIST_LABEL.test(li.text);
      const inList = section === 'skills' || li.labelledList;
      const ambiguousHere = li.ambiguous?.size ?? 0;
      if (!(inList || li.technical || (ambiguousHere >= 2 && isListLike(li.text)))) {
        ignored.push({ skillId: m.skillId, quote, line: l, reason: 'no-context' });
        return;
      }
    }
    if (!m.phrase && glossedAsOther(taxonomy, m, li)) {
      ignored.push({ skillId: m.skillId, quote, line: l, reason: 'glossed' });
      return;
    }
    const clauseStart = li.start + clauseStartBefore(li, m.start - li.start);
    if (spanWithin(li.negations, clauseStart, m.start)) {
      ignored.push({ skillId: m.skillId, quote, line: l, reason: 'negated' });
      return;
    }
    if (spanWithin(li.aspirations, clauseStart, m.start)) {
      ignored.push({ skillId: m.skillId, quote, line: l, reason: 'aspired' });
      return;
    }
    const matched = text.slice(m.start, m.end);
    const skillId = skillInQuote(taxonomy, m.skillId, quote);
    li.namesProduct ??= PRODUCT_WORD.test(li.text);
    const before = li.namesProduct ? text.slice(clauseStart, m.start) : '';
    const product =
      li.namesProduct &&
      (describesProduct(before) ||
        namesProductKind(
          before,
          matched,
          text.slice(m.end, Math.min(m.end + 80, li.start + li.text.length)),
        ));
    mentions.push({
      skillId,
      matched,
      start: m.start,
      end: m.end,
      line: l,
      section,
      // A name that ends like a job title ("Engineering Manager") names a role; a phrase pattern that
      // does ("managed four project managers") describes work.
      strength:
        (!m.phrase && ROLE_TITLE.test(matched) && !ROLE_OVER_SCOPE.test(text.slice(m.end, m.end + 80))) ||
        exercise(li) ||
        followsRequirements(text, matched, clauseStart, m.end, li)
          ? 'listed'
          : strengthAt(li, clauseStart - li.start, m.end - li.start, section),
      hedged: hedgedAt(li.hedges, text, clauseStart, m.start, m.end),
      quote,
      quoteMatch: spanIn(quote, m.start - li.start - quoteAt, m.end - li.start - quoteAt),
      ...(product ? { product: true as const } : {}),
      ...(m.together ? { together: true as const } : {}),
    });
  });
  // A short form set aside on a line where the skill's full name counts ("Certified ScrumMaster (CSM)")
  // was not left out: the skill is found there.
  const counted = new Set(mentions.map((m) => `${m.line} ${m.skillId}`));
  return {
    mentions,
    ignored: ignored.filter((m) => m.reason !== 'no-context' || !counted.has(`${m.line} ${m.skillId}`)),
  };
}

/**
 * What follows a role's name when the line says whom or what the person held it for ("Scrum master
 * for one e-commerce team of 7", "release manager for 14 products"): holding it over a scope is work,
 * graded as the clause reads; the name alone (a job title) names the role.
 */
const ROLE_OVER_SCOPE =
  /^\s+(?:for|of|on|across|over)\s+(?:[\w&/-]+\s+){0,4}?(?:teams?|squads?|projects?|programs?|programmes?|products?|releases?|accounts?|clients?|customers?|sites?|stores?|developers|engineers|people|staff|members|services|apps|applications)\b/i;

/**
 * Whether a hedge qualifies a mention: one earlier in its clause ("basic knowledge of SQL"), unless it
 * stands in brackets closed before the mention ("Azure DevOps (basic), Excel": the brackets qualify
 * Azure DevOps alone), or one in brackets right after it ("Azure DevOps (basic)").
 */
function hedgedAt(
  hedges: readonly RawMatch[],
  text: string,
  from: number,
  start: number,
  end: number,
): boolean {
  for (const h of hedges) {
    if (h.start >= from && h.end <= start) {
      // Brackets opened in the clause before the hedge and closed before the mention enclose it.
      if (!(charIn(text, '(', from, h.start) && charIn(text, ')', h.end, start))) return true;
    } else if (h.start >= end && /^\s*\(\s*$/.test(text.slice(end, h.start))) return true;
  }
  return false;
}

/** Whether `c` occurs in text[from, to): the scan stays inside the clause, never the whole text. */
function charIn(text: string, c: string, from: number, to: number): boolean {
  const code = c.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * An acronym the line spells out as something other than the skill: "Cisco Security Management
 * (CSM)" names no Scrum Master, "contact resistance meter (CRM)" no CRM system: no word of it is a
 * word of what the acronym stands for in the skill. Judged only where the taxonomy itself spells the
 * acronym out (a name of the skill whose initials make it): "Domain Name
 * System (DNS)" stands, since no name of the skill says what DNS means.
 */
function glossedAsOther(taxonomy: Taxonomy, m: RawMatch, li: LineInfo): boolean {
  const gloss = glossOf(li.text, m.start - li.start, m.end - li.start);
  if (!gloss) return false;
  const known = knownSpellings(taxonomy, m.skillId, li.text.slice(m.start - li.start, m.end - li.start));
  return known.length > 0 && !known.some((words) => shareAWord(words, gloss.words));
}

const spellings = new WeakMap<Taxonomy, Map<string, string[][]>>();

/** What the taxonomy says the acronym stands for in this skill: its names whose initials spell it. */
function knownSpellings(taxonomy: Taxonomy, skillId: string, acronym: string): string[][] {
  let bySkill = spellings.get(taxonomy);
  if (!bySkill) {
    bySkill = new Map();
    spellings.set(taxonomy, bySkill);
  }
  const key = `${skillId} ${acronym}`;
  let known = bySkill.get(key);
  if (!known) {
    const skill = taxonomy.byId.get(skillId);
    const names = skill
      ? [skill.label, ...skill.aliases.map((a) => (typeof a === 'string' ? a : a.text))]
      : [];
    known = names.map((n) => spelledOut(n, acronym)).filter((w) => w !== undefined);
    bySkill.set(key, known);
  }
  return known;
}

/**
 * How far before its first date a career run on one line reaches: a job's title and employer stand
 * just before its dates; a skills list run onto the same line stands further off.
 */
const CAREER_REACH = 300;

/**
 * Whether `at` (an offset in the line) falls in a career run together by a lost layout: a line too
 * long to quote whole that carries two or more date ranges ("Senior Analyst … April 2017 to December
 * 2017 … IT Project Manager … 2008 to 2009 …") describes work whatever heading it follows (a word of an
 * organisation's name, "…Tertiary Education Commission", can land on a line of its own and read as a
 * heading), from a little before its first date on. A skills list ahead of a "Career Timeline" on the
 * same line still names skills.
 */
function inCareerRun(li: LineInfo, at: number): boolean {
  if (li.careerFrom === undefined) {
    const ranges =
      li.quote === undefined && yearsAtLeast(li.text, 2)
        ? findDates(li.text).filter((d) => d.start !== undefined)
        : [];
    li.careerFrom = ranges.length >= 2 ? Math.max(0, ranges[0]!.from - CAREER_REACH) : -1;
  }
  return li.careerFrom >= 0 && at >= li.careerFrom;
}

/**
 * Whether the line holds at least `n` years ("2019", "'19", "’19"): every date range names one, so a line
 * with fewer cannot carry `n` ranges and needs no date parsing.
 */
function yearsAtLeast(line: string, n: number): boolean {
  let found = 0;
  for (let i = 0; i + 2 < line.length; i++) {
    const c = line.charCodeAt(i);
    // An apostrophe before a two-digit year, straight or as Word and PDFs set it (' ‘ ’ ʼ).
    if (c === 39 || c === 0x2018 || c === 0x2019 || c === 0x02bc) {
      if (isDigit(line.charCodeAt(i + 1)) && isDigit(line.charCodeAt(i + 2)) && ++found >= n) return true;
    } else if ((c === 49 || c === 50) && i + 3 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (
        ((c === 49 && d === 57) || (c === 50 && d === 48)) &&
        isDigit(line.charCodeAt(i + 2)) &&
        isDigit(line.charCodeAt(i + 3)) &&
        ++found >= n
      )
        return true;
    }
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function linesOfSpans(spans: readonly { start: number }[], index: LineIndex): Int32Array {
  const out = new Int32Array(spans.length);
  let line = 1;
  for (let k = 0; k < spans.length; k++) {
    const start = spans[k]!.start;
    while (line < index.count && index.starts[line]! <= start) line++;
    out[k] = line;
  }
  return out;
}

function linesOf(text: string, index: LineIndex): string[] {
  const out: string[] = [];
  for (let l = 1; l <= index.count; l++) {
    const [s, e] = lineSpan(text, index, l);
    out.push(text.slice(s, e));
  }
  return out;
}

/**
 * How strongly a mention shows its skill, from the sentence it stands in first and its section second:
 * a clause that describes doing something ("Coordinated the cut-over with three vendors") is work
 * wherever it stands; a bare list item or a labelled list is listed; elsewhere the section decides
 * (work and project sections describe work, skills, summary and education sections name things).
 */
export function mentionStrength(
  line: Pick<LineInfo, 'text' | 'listLine' | 'named'>,
  clause: string,
  section: SectionKind,
  /** How work counts here: led (an owner and a result) or applied. */
  done: Strength,
): Strength {
  const colon = clause.indexOf(':');
  if (
    LIST_LABEL.test(clause) ||
    (colon > 0 &&
      colon < 40 &&
      clause.length <= 400 &&
      !sentenceBefore(clause.slice(0, colon)) &&
      LABELLED_LIST.test(clause) &&
      // "Respin decision for chip B: led the root-cause review with design, DFT and the foundry": what
      // follows the label describes work, so the label names it.
      !describesWork(clause.slice(colon + 1)))
  )
    return 'listed';
  const work = section === 'experience' || section === 'projects' || section === 'other';
  if (describesWork(clause)) {
    // In a skills section, a list of short items is a list, though its first item opens with a word
    // that is also a verb ("Program planning, Risk management, Jira", "Change Management, Process
    // Improvement, Test Automation"); so is a row of tags with nothing between them but spaces, all
    // skill names ("Program planning Risk management Kubernetes Jira").
    if (section === 'skills' && (isListLine(line) || namesOnly(line))) return 'listed';
    return done;
  }
  // Outside work and project sections, whatever does not describe work only names a skill.
  if (!work) return 'listed';
  // A bullet of duties under a job ("• Day-to-day site management, H&S, quality inspections",
  // "✓ Submittals, RFIs, punch lists, field coordination") says what the person did there; a bullet
  // of skill names alone ("• Java, Spring Boot, Kafka") lists them.
  if (
    section === 'experience' &&
    DUTY_MARK.test(line.text) &&
    !NOT_DUTIES.test(line.text.replace(LEADING_MARKS, '')) &&
    isListLine(line) &&
    !namesOnly(line) &&
    !CLAIM.test(clause)
  )
    return done;
  // A claim ("strong communication skills"), a bare item ("Risk Management") or a run of Title Case
  // nouns ("HR Payroll Statutory Compliance") names a skill without describing its use.
  if (CLAIM.test(clause) || isBareItem(clause)) return 'listed';
  return isListLine(line) ? 'listed' : done;
}

/**
 * Whether the words before a colon are a sentence about work ("Ran the Jira cleanup project: archived
 * 1,900 tickets, standardised workflows"), not a label ("Testing: Functional, Manual"): three words
 * or more that open with an action verb.
 */
function sentenceBefore(label: string): boolean {
  return (label.trim().match(/[A-Za-z][\w'-]*/g)?.length ?? 0) >= 3 && describesWork(label);
}

/**
 * Whether a line is skill names side by side: tags printed as boxes, which a PDF reads with spaces
 * between them. Names cover nearly all of it (a sentence has verbs and small words between them).
 */
function namesOnly(line: Pick<LineInfo, 'text' | 'named'>): boolean {
  const length = line.text.trim().length;
  return length > 0 && (line.named ?? 0) >= NAMES_ONLY_SHARE * length;
}

/** The share of a line inside skill names that makes it a row of tags: the spaces between the tags are the rest. */
const NAMES_ONLY_SHARE = 0.7;

/** Whether a line is a list (a labelled list, or short items between commas), read once per line. */
function isListLine(line: Pick<LineInfo, 'text' | 'listLine'>): boolean {
  line.listLine ??= LIST_LABEL.test(line.text) || isListLike(line.text);
  return line.listLine;
}

/** Led when the text has an owner and a result (a result cue or a quantity); otherwise applied. */
const ledIf = (owns: boolean, result: boolean, text: string): Strength =>
  owns && (result || QUANTITY.test(text)) ? 'led' : 'applied';

/**
 * Whether a mention is requirements the work followed or read ("as per the business requirement",
 * "understanding the functional requirements"), not heard from their owners: FOLLOWED_REQUIREMENTS
 * without FROM_THE_SOURCE in the clause.
 */
function followsRequirements(
  text: string,
  matched: string,
  clauseStart: number,
  end: number,
  li: LineInfo,
): boolean {
  // Most mentions name no requirements: the clause is read only for those that do.
  if (!NAMES_REQUIREMENTS.test(matched)) return false;
  if (!FOLLOWED_REQUIREMENTS.test(text.slice(Math.max(clauseStart, end - 160), end))) return false;
  const clauseEnd = li.start + Math.min(nextBreak(li, end - li.start), end - li.start + 240);
  return !FROM_THE_SOURCE.test(text.slice(clauseStart, clauseEnd));
}

/**
 * Whether a mention stands in coursework: a course exercise (`EXERCISE`) or learning (`LEARNING`) on
 * its line, tested once a line; on a line too long to quote whole (a career run into one line), in its
 * sentence only.
 */
function exercise(li: LineInfo): boolean {
  // A hedge may have taken a coursework word into its span ("online course", "training on").
  if (!li.coursework && li.hedges === NONE) return false;
  if (li.quote !== undefined) {
    li.exercise ??= EXERCISE.test(li.text) || LEARNING.test(li.text);
    return li.exercise;
  }
  // A long line is scanned once; a mention counts as coursework when a match lies in its sentence.
  li.exerciseSpans ??= [...li.text.matchAll(EXERCISE_ALL), ...li.text.matchAll(LEARNING_ALL)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const from = li.quoteFrom ?? 0;
  const to = li.quoteTo ?? li.text.length;
  return li.exerciseSpans.some(([s, e]) => s >= from && e <= to);
}
const EXERCISE_ALL = new RegExp(EXERCISE.source, 'gi');
const LEARNING_ALL = new RegExp(LEARNING.source, 'gi');

/** The strength of the clause that starts at `from` (found by clauseStartBefore), graded once per clause. */
function strengthAt(li: LineInfo, from: number, end: number, section: SectionKind): Strength {
  if (li.clauseStart === from && li.clauseStrength !== undefined) return li.clauseStrength;
  const to = Math.min(nextBreak(li, end), end + 240);
  li.clauseStart = from;
  const clause = li.text.slice(from, to);
  // A bullet is one piece of work: an owner and a result anywhere on it make it led. A line too long to
  // quote whole is many pieces run together, and each clause must show both itself.
  let done: Strength;
  if (li.quote !== undefined) {
    li.done ??= ledIf(li.ownAt.length > 0, li.resultAt.length > 0, li.text);
    done = li.done;
  } else {
    const [s, e] = [li.start + from, li.start + to];
    done = ledIf(firstAtOrAfter(li.ownAt, s) < e, firstAtOrAfter(li.resultAt, s) < e, clause);
  }
  li.clauseStrength = mentionStrength(li, stripMarker(clause.trim()), section, done);
  return li.clauseStrength;
}

/** A line that opens with a list mark. */
const DUTY_MARK = new RegExp(`^\\s*${BULLET_MARKS}`);
/**
 * A bulleted list that is no list of duties: one under a label ("12 weeks: Waterfall and Agile, Jira",
 * a course's syllabus), or one that claims exposure ("➢ Experience on S/4HANA, SOLMAN, SAP PI") or
 * names whom the person worked with ("Closely working with Developers, QA, UAT testers").
 */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const NOT_DUTIES =
  /^[^:]{1,40}:|^(?:experience|exposure|knowledge|familiar|hands[- ]on|(?:closely\s+)?work(?:ed|ing)?\s+(?:on|with|closely))\b/i;

/** A clause of at most four words, or of Title Case words only: a name, not a sentence. */
function isBareItem(clause: string): boolean {
  // One pass over the words (a letter, then word characters): count them, and note a lowercase one
  // that is not a minor word.
  const n = Math.min(clause.length, 200);
  let words = 0;
  let lowercase = false;
  for (let i = 0; i < n; ) {
    const c = clause.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && WORD_CHAR.test(clause[i]!)) i++;
    words++;
    if (c >= 97 && !MINOR_WORD.test(clause.slice(start, i))) lowercase = true;
    if (words > 4 && (lowercase || clause.length > 200)) return false;
  }
  return words <= 4 || !lowercase;
}

const WORD_CHAR = /[\w'&/+-]/;
const MINOR_WORD = /^(?:and|of|for|the|in|on|to|with|a|an)$/;

/** "Java, Python, SQL, Docker" — short items between separators, no sentence. */
function isListLike(line: string): boolean {
  // One pass: items between separators, and the words in them.
  let items = 0;
  let words = 0;
  let inItem = false;
  let inWord = false;
  // A list shows itself early: a long line is judged by its first 600 characters.
  const n = Math.min(line.length, 600);
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    // A comma, a clause break, or a slash with spaces around it ("Risk management / Jira"; not "CI/CD").
    if (c === 44 || isSentenceBreak(line, i) || (c === 47 && line[i - 1] === ' ' && line[i + 1] === ' ')) {
      inItem = false;
      inWord = false;
    } else if (c === 32 || c === 9 || c === 0xa0) inWord = false;
    else {
      if (!inItem) {
        items++;
        inItem = true;
      }
      if (!inWord) {
        words++;
        inWord = true;
      }
    }
  }
  return items >= 3 && words / items <= 3;
}

/** Where the clause before a position starts: just after the last clause break, at most 160 chars back. */
function clauseStartBefore(li: LineInfo, pos: number): number {
  const from = Math.max(0, pos - 160);
  const breaks = breaksOf(li);
  const k = countBelow(breaks, pos) - 1;
  return k >= 0 && breaks[k]! >= from ? breaks[k]! + 1 : from;
}

/** The offset of the first clause break at or after `pos`, or the line's length. */
function nextBreak(li: LineInfo, pos: number): number {
  const breaks = breaksOf(li);
  const k = countBelow(breaks, pos);
  return k < breaks.length ? breaks[k]! : li.text.length;
}

/** The line's clause breaks, found in one pass the first time a mention needs them. */
function breaksOf(li: LineInfo): Int32Array {
  if (!li.breaks) {
    const found: number[] = [];
    for (let i = 0; i < li.text.length; i++) if (isSentenceBreak(li.text, i)) found.push(i);
    li.breaks = Int32Array.from(found);
  }
  return li.breaks;
}

/** How many of the sorted values are below `x`. */
function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the sorted offsets at or after `x`, or +Infinity. */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  const k = countBelow(sorted, x);
  return k < sorted.length ? sorted[k]! : Number.POSITIVE_INFINITY;
}

/**
 * Whether a cue lies wholly inside [from, to). Cues come in text order and never overlap, so the
 * first one starting at or after `from` is the one that ends first.
 */
function spanWithin(spans: readonly RawMatch[], from: number, to: number): boolean {
  if (spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.end <= to;
}

/** The sentence around a match of a line too long to quote whole, cut at word boundaries. */
function sentenceAround(li: LineInfo, start: number, end: number): string {
  const line = li.text;
  const breaks = breaksOf(li);
  const before = countBelow(breaks, start) - 1;
  let s = Math.max(before >= 0 ? breaks[before]! + 1 : 0, start - MAX_QUOTE / 2, 0);
  let e = Math.min(nextBreak(li, end), end + MAX_QUOTE / 2);
  if (e < line.length && line[e] === '.') e++;
  // Snap to word boundaries so the quote never starts or ends mid-word.
  while (s < start && s > 0 && !isSpace(line.charCodeAt(s - 1))) s++;
  while (e > end && e < line.length && !isSpace(line.charCodeAt(e))) e--;
  if (li.quoteFrom !== s || li.quoteTo !== e) {
    const slice = line.slice(s, e);
    const trimmed = slice.trim();
    li.quoteFrom = s;
    li.quoteTo = e;
    li.lastQuote = stripMarker(trimmed);
    li.lastQuoteAt = s + slice.length - slice.trimStart().length + trimmed.length - li.lastQuote.length;
  }
  return li.lastQuote!;
}

/** A span of the quote, kept inside it (a match never starts in a stripped bullet, but a span must not point outside). */
function spanIn(quote: string, start: number, end: number): QuoteSpan {
  const s = Math.min(Math.max(start, 0), quote.length);
  return { start: s, end: Math.min(Math.max(end, s), quote.length) };
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009
  );
}

/**
 * Drops a leading bullet or Markdown heading marker; what remains is still verbatim input. A lone
 * "o" before a capitalised word is the bullet Word prints for a second-level list ("o Resolving
 * build issues").
 */
function stripMarker(quote: string): string {
  return quote.replace(/^(?:#{1,6}|[-*•▪●◦·‣⁃–]|\d{1,2}[.)]|o(?=\s+[A-Z]))\s+/, '');
}

/** Characters that end a clause on their own: bullets of many glyphs, separators, ! and ?. */
// \uf0a7 and \uf0b7 are the Symbol and Wingdings bullets Word documents carry as private-use characters.
const BREAK_CHARS = new Set([...'•▪●◦‣⁃➢➤►▹▻›»∙⦁■□♦❖✓✔·|;\t!?\uf0a7\uf0b7'].map((c) => c.charCodeAt(0)));

/**
 * Short forms that sit inside a sentence, whose full stop ends none ("Responsible for approx. $9M
 * annual operating budget", "tools, e.g. Jira"): the clause goes on past them. Forms that also end a
 * job's header run into its first bullet (a company's "Inc.", "Co.", a state's "CA.", "U.S.") still
 * break: "Analyst, Sacramento, CA. Tracked defects in Jira" opens its clause with the verb.
 */
const ABBREVIATIONS = new Set([
  'approx',
  'appx',
  'e.g',
  'eg',
  'i.e',
  'ie',
  'incl',
  'esp',
  'avg',
  'vs',
  'resp',
]);

/** Whether the full stop at `i` closes a short form of ABBREVIATIONS. */
function abbreviationAt(line: string, i: number): boolean {
  let start = i;
  while (start > 0 && (isWordChar(line.charCodeAt(start - 1)) || line.charCodeAt(start - 1) === 46)) start--;
  return start < i && ABBREVIATIONS.has(line.slice(start, i).toLowerCase());
}

function isSentenceBreak(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  // Letters, digits and spaces are the common case: none of them breaks a clause.
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32) return false;
  if (BREAK_CHARS.has(c)) return true;
  // A no-break space after a full stop ends a sentence as a space does: text pasted from a web page
  // keeps them ("information.\u00a0 Maintaining…"), while a PDF or Word document of it has spaces.
  if (c === 46 && (i + 1 >= line.length || isSpace(line.charCodeAt(i + 1)))) return !abbreviationAt(line, i);
  return c === 42 && isSpace(line.charCodeAt(i + 1)) && (i === 0 || isSpace(line.charCodeAt(i - 1)));
}
