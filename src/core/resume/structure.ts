import type { SavedMonth } from '../document.ts';
import { isSpace, oneOf, spaceOr, spaceRunEnd, splitWith, stripEnd, stripEnds } from '../text/scan.ts';
import { BULLET_MARKS } from './bullets.ts';
import {
  type DateSpan,
  FULL_MONTH_NAMES,
  findDateRange,
  findDates,
  findWrappedRange,
  formatYearMonth,
  monthsBetween,
  seasonRange,
  type YearMonth,
} from './dates.ts';
import { boilerplateLines, pageFurniture } from './page-furniture.ts';
import { isRegion } from './regions.ts';
import { gluedHeadingKind, type Section, splitSections } from './sections.ts';

/** Broad kinds of role, for "years of experience by kind". */
export const ROLE_KINDS = [
  'project-management',
  'product',
  'engineering',
  'qa',
  'analysis',
  'design',
  'leadership',
  'other',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** One job (or project) entry with its dates; lines are 1-based and inclusive. */
export interface Position {
  title?: string;
  organisation?: string;
  location?: string;
  start?: YearMonth;
  end?: YearMonth | 'present';
  /** Months from start to end (end "present" counts to `asOf`); absent without both dates. */
  months?: number;
  kind: RoleKind;
  section: 'experience' | 'projects';
  startLine: number;
  endLine: number;
}

export interface Education {
  degree?: string;
  institution?: string;
  start?: YearMonth;
  end?: YearMonth | 'present';
  line: number;
}

export interface Certification {
  name: string;
  issuer?: string;
  year?: number;
  line: number;
}

/** What rolefit read from a resume: its sections and the entries inside them. */
export interface ResumeStructure {
  sections: Section[];
  positions: Position[];
  education: Education[];
  certifications: Certification[];
  /** Items of the skills sections ("Python", "Jira"), as written. */
  skills: string[];
  /** Years of experience by kind of role, overlapping positions counted once (one decimal). */
  yearsByKind: Partial<Record<RoleKind, number>>;
  totalYears: number;
  /**
   * The month a position that runs to "Present" counts up to when it is the date saved in the file
   * (`StructureOptions.saved`); absent when such positions count to `asOf` (today) or there are none.
   */
  presentCountedAs?: SavedMonth;
  /**
   * 1-based lines of a clause of consent or declaration (boilerplateLines): read as blank here, and
   * no evidence for the extraction. Absent when there is none.
   */
  boilerplate?: number[];
}

export interface StructureOptions {
  /** "Now", for positions that run to the present. */
  asOf: YearMonth;
  /**
   * The month the file was saved, from its metadata (ReadDocument.saved): a resume saved years ago
   * was written then, so its "Present" counts up to that month instead of `asOf`.
   */
  saved?: SavedMonth;
}

const BULLET = new RegExp(`^\\s*(?:${BULLET_MARKS}|\\d{1,2}[.)])\\s+`);
/** Characters that separate header parts when spaced on both sides: "Title | Org", "Org — City". */
const SPACED_SEPARATORS = oneOf('|—–-•·@');

/**
 * Header parts: the split `/\s*(?:\t|\s\|\s|\s[—–]\s|\s-\s|\s•\s|\s·\s|,\s+|\s+at\s+|\s+@\s+)\s*\/`
 * made (without `,\s+` unless `commas`), scanned once: that expression took time cubic in the
 * length of a run of spaces.
 */
export function splitHeader(text: string, commas: boolean): string[] {
  const ws = (i: number) => i < text.length && isSpace(text.charCodeAt(i));
  return splitWith(text, (i) => {
    const c = text.charCodeAt(i);
    if (!isSpace(c))
      return commas && c === 44 && ws(i + 1) && !joinsPartners(text, i) ? spaceRunEnd(text, i + 1) : -1;
    // A separator starting in a run of spaces starts where the run starts and takes all of it.
    const r = spaceRunEnd(text, i);
    const next = text.charCodeAt(r);
    if (commas && next === 44 && ws(r + 1) && !joinsPartners(text, r)) return spaceRunEnd(text, r + 1);
    if (text.charCodeAt(r - 1) === 9) return r;
    if (SPACED_SEPARATORS(next) && ws(r + 1)) return spaceRunEnd(text, r + 1);
    if (
      next === 97 &&
      text.charCodeAt(r + 1) === 116 &&
      ws(r + 2) &&
      !UNIVERSITY_AT.test(text.slice(Math.max(0, i - 60), i))
    )
      return spaceRunEnd(text, r + 2);
    for (let k = i; k < r - 1; k++) if (text.charCodeAt(k) === 9) return r;
    return { skip: r };
  });
}

/** "University of Texas" before " at Dallas": a campus of the university, no "Title at Employer". */
const UNIVERSITY_AT = /\bUniversity of [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}$/;

/**
 * Whether the comma at `at` is inside one name that lists ("Smith, Jones & Partners CPA", "Arps,
 * Slate, Meagher & Flom", "Ministry of Transport, Roads and Rail"): a capitalised word before it,
 * then one to three capitalised words up to "&" or "and" and one more. A title word on either side
 * ("Accountant, Smith & Co") is no part of a name.
 */
function joinsPartners(text: string, at: number): boolean {
  const before =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/\s+/)
      .at(-1) ?? '';
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(before) || TITLE_WORD.test(before)) return false;
  const words = text
    .slice(at + 1, at + 120)
    .trim()
    .split(/\s+/);
  for (let k = 0; k < Math.min(words.length - 1, 4); k++) {
    const w = words[k]!;
    if (k > 0 && (w === '&' || w === 'and')) return /^\p{Lu}/u.test(words[k + 1]!);
    if (!/^\p{Lu}[\p{L}'’-]+,?$/u.test(w) || TITLE_WORD.test(w)) return false;
  }
  return false;
}

/**
 * One token that is a title word ("manager", "Developer", "PM"), as `TITLE_WORDS` reads them; with
 * the Spanish and Portuguese words a Latin American profile keeps ("Analista de Sistemas").
 */
const TITLE_WORD_LIST =
  'engineer|developer|programmer|manager|director|lead|leader|head|analyst|consultant|architect|designer|scientist|intern|internship|officer|owner|master|coordinator|specialist|administrator|admin|associate|assistant|executive|founder|co-founder|president|vp|cto|ceo|cio|tester|technician|representative|supervisor|teacher|instructor|researcher|fellow|trainee|apprentice|advisor|adviser|commander|lieutenant|sergeant|corporal|colonel|captain|strategist|maintainer|creator|contributor|partner|principal|staff|sre|devops|qa|member|mentor|tutor|coach|volunteer|cashier|clerk|receptionist|accountant|auditor|bookkeeper|paralegal|attorney|nurse|planner|scheduler|estimator|inspector|agent|operator|recruiter|secretary|pharmacist|therapist|paramedic|mechanic|electrician|dispatcher|underwriter|analista|gerente|desenvolvedor|desarrollador|ingeniero|engenheiro|coordinador|coordenador|consultor|programador|jefe|candidate|postdoc|trainer|carpenter|plumber|welder|chef|cook|waiter|waitress|bartender|barista|driver|courier|guard|caregiver|pilot|it support|technical support|desktop support|help ?desk|service desk|working student';
/** A project manager's initials, in capitals only ("Senior PM", "TPM"; not "5 pm"). */
const TITLE_INITIALS = 'PMO?|TPM';
/** A title that holds those initials: project management. */
const INITIALS_TITLE = new RegExp(`\\b(?:${TITLE_INITIALS})\\b`);
/** "CAPGEMINI Head Office", "Head Quarters": a place, where "head" names no role. */
const HEAD_OFFICE = String.raw`head\s+(?:offices?|quarters)\b`;
const PLACE_OF_HEAD = new RegExp(`^${HEAD_OFFICE}`, 'i');
const TITLE_WORDS = eitherOf(
  new RegExp(`\\b(?!${HEAD_OFFICE})(?:${TITLE_WORD_LIST})\\b`, 'i'),
  INITIALS_TITLE,
);
/** A token that is a title word, its punctuation aside ("manager,", "PM"). */
const TITLE_WORD = eitherOf(
  new RegExp(`^\\W*(?:${TITLE_WORD_LIST})\\W*$`, 'i'),
  new RegExp(`^\\W*(?:${TITLE_INITIALS})\\W*$`),
);
/** A test passed when either pattern matches (one of them case-sensitive). */
function eitherOf(a: RegExp, b: RegExp): { test(text: string): boolean } {
  return { test: (text) => a.test(text) || b.test(text) };
}
/** Where the work was done instead of a place, in any case: "Remote", "hybrid", "On-site". */
const WORK_MODE = /^(?:remote|hybrid|on-?site)$/i;
/** A military rank, which grades a title and names no employer ("Staff Sergeant (E-6)"). */
const MILITARY_RANK =
  /^(?:(?:staff|master|first|second|chief|command|lance|warrant|petty|flight|brigadier|lieutenant)\s+)*(?:sergeant|corporal|lieutenant|captain|colonel|warrant officer|petty officer|ensign)\b/i;
/**
 * How or when the job was held, not where or for whom: "Part-time", "Full time", "Contract",
 * "Seasonal", "while studying", "during university".
 */
const TERMS_OF_WORK =
  /^(?:(?:part[- ]?time|full[- ]?time|contract|fixed[- ]term|temporary|seasonal|casual|permanent|self[- ]employed)$|(?:while|whilst|during|alongside) )/i;
/** A place: "Berlin, DE", "Austin, Texas", "Seattle USA". */
const LOCATION =
  /^(?:[A-Z][A-Za-z .'-]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)*)|[A-Z][a-z]+(?: [A-Z][a-z]+)?,?\s+(?:USA|UK|US))$/;
/**
 * How LinkedIn names a place: "Greater Seattle Area", "San Francisco Bay Area", "Greater London,
 * England" ("Greater Manchester Police" is no place).
 */
const AREA =
  /^(?:(?:[A-Z][a-z]+ )+(?:Bay |Metropolitan |Metro )?Area|Greater [A-Z][a-z]+(?: [A-Z][a-z]+)*(?=,))(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)*$/;
const isLocation = (chunk: string) =>
  WORK_MODE.test(chunk) ||
  ((LOCATION.test(chunk) || AREA.test(chunk)) && !TITLE_WORDS.test(chunk) && !BUSINESS_WORD.test(chunk));
/** Words that end a company's name, for the patterns below ("Acme Ltd", "Health Net, Inc"). */
const COMPANY_SUFFIXES = 'inc|llc|ltd|limited|corp|corporation|plc|gmbh|llp';
/**
 * Words that name a business, not a place: "Pennine Mutual Bank, Leeds" is an employer and its city.
 * ("University Park, PA" and "College Station, TX" are places, and "Adelaide, SA" is one: schools'
 * words and short suffixes are left to ORGANISATION_WORD.)
 */
const BUSINESS_WORDS =
  'systems|solutions|technolog(?:y|ies)|software|services|bank|group|labs|consulting|partners|holdings|industries|enterprises|agency';
const BUSINESS_WORD = new RegExp(String.raw`\b(?:${BUSINESS_WORDS}|${COMPANY_SUFFIXES})\b`, 'i');

/** What is trimmed off a header part ("| Acme Corp –" → "Acme Corp"), and off an education part. */
const PART_EDGE = spaceOr('|•·,:()[]–—-');
const EDUCATION_EDGE = spaceOr('|•·,:()–—-');

/**
 * "Health Net, Inc": the comma before a company suffix joins, it does not split a "City, State"
 * ("Nexus AI, Co-Founder & CTO" is no company "Co").
 */
const COMPANY_SUFFIX_COMMA = new RegExp(String.raw`,(\s*(?:${COMPANY_SUFFIXES}|co|lp|pvt)\b)(?!-)`, 'gi');
/** Joins the suffix, except a capitalised "CO", which after a comma is Colorado ("Denver, CO"). */
const joinSuffix = (comma: string, suffix: string) => (suffix.trim() === 'CO' ? comma : suffix);

/** "2 years 10 months", "4 mos": what a template prints beside the dates, no name. */
const DURATION =
  /^(?:\d+\s*(?:years?|yrs?|months?|mos?)(?:,?\s*(?:and\s+)?\d+\s*(?:months?|mos?))?|less than a (?:year|month))$/i;

/** Whether a header part is a date, a duration or "Present", which name nothing. */
function isDatePart(p: string): boolean {
  if (/^(?:present|current)$/i.test(p) || DURATION.test(p)) return true;
  const dates = findDates(p);
  return dates.length === 1 && dates[0]!.from === 0 && dates[0]!.to === p.length;
}

/**
 * A header part without the separators around it, keeping a bracket it opened ("Danggeun Pay
 * (KarrotPay)") or closed ("(Contract) Project Manager").
 */
function cleanPart(p: string): string {
  const t = stripEnds(p, PART_EDGE).trim();
  const head = p.slice(0, p.indexOf(t));
  const tail = p.slice(p.indexOf(t) + t.length);
  for (const [open, close] of ['()', '[]']) {
    const opened = t.split(open!).length - t.split(close!).length;
    if (opened > 0 && tail.includes(close!)) return `${t}${close}`;
    if (opened < 0 && head.includes(open!)) return `${open}${t}`;
  }
  return t;
}

/** Comma-split parts joined again where a comma fell inside brackets ("B10S (B1t 0n the Security, Underground hacker team)"). */
function closeBrackets(parts: readonly string[]): string[] {
  const out: string[] = [];
  let open = 0;
  for (const p of parts) {
    if (open > 0 && out.length > 0) out[out.length - 1] += `, ${p}`;
    else out.push(p);
    open = Math.max(0, open + p.split('(').length - p.split(')').length);
  }
  return out;
}

/** The longest cell of a line, cut at tabs and spaced dashes: a header's cells are short phrases, whatever their number. */
const longestCell = (t: string) => Math.max(...t.split(/\t| [—–] /).map((c) => c.trim().length));

/** Lines → sections → positions, education, certifications and skills. */
export function readStructure(text: readonly string[], options: StructureOptions): ResumeStructure {
  // Running headers and footers read as blank lines: line numbers stay those of the text. Lines come
  // without their line ends (parseResume and analyzeResume split at "\r\n" as at "\n").
  // So does a clause of consent or declaration: its dates ("Regulation (EU) 2016/679 of 27 April
  // 2016") date nothing of the resume's.
  const furniture = pageFurniture(text);
  const boilerplate = boilerplateLines(text);
  for (const n of boilerplate) furniture.add(n);
  const read = text.map((l, k) => (furniture.has(k + 1) ? '' : withoutFormLabel(l)));
  const sections = splitSections(read);
  // A heading run into its first line of content is no part of it ("ExperienceSenior QA Engineer"):
  // its letters read as spaces, so the line keeps its offsets.
  const inline = sections.filter((s) => s.inline);
  let lines = read;
  if (inline.length > 0) {
    const cut = [...read];
    for (const s of inline) {
      const at = cut[s.startLine - 1]!;
      const end = at.indexOf(s.heading) + s.heading.length;
      cut[s.startLine - 1] = ' '.repeat(end) + at.slice(end);
    }
    lines = cut;
  }
  const positions: Position[] = [];
  const education: Education[] = [];
  const certifications: Certification[] = [];
  const skills: string[] = [];
  // Positions listed under a volunteering heading ("Volunteer Experience"): unpaid work beside a career.
  const volunteered = new Set<Position>();
  for (const s of sections) {
    // A heading glued to the end of the line above has no line of its own: its body starts at once.
    const ownLine =
      s.kind !== 'header' &&
      !s.inline &&
      gluedHeadingKind(lineAt(lines, s.startLine - 1))?.heading !== s.heading;
    const body = { from: s.startLine + (ownLine ? 1 : 0), to: s.endLine };
    if (s.kind === 'experience' || s.kind === 'projects') {
      const found = findPositions(lines, body.from, body.to, s.kind, options.asOf);
      if (VOLUNTEER.test(s.heading)) for (const p of found) volunteered.add(p);
      positions.push(...found);
    } else if (s.kind === 'education') {
      // "Education & Training" holds certifications and courses beside the degrees: each is read as
      // what it is.
      const certified = certificationLines(lines, body.from, body.to);
      const degrees = certified.size === 0 ? lines : lines.map((l, k) => (certified.has(k + 1) ? '' : l));
      education.push(...findEducation(degrees, body.from, body.to));
      for (const n of certified) certifications.push(...findCertifications(lines, n, n));
    } else if (s.kind === 'certifications')
      certifications.push(...findCertifications(lines, body.from, body.to));
    else if (s.kind === 'skills') skills.push(...findSkillItems(lines, body.from, body.to));
  }
  employerSpans(positions, lines);
  formEmployers(positions, text);
  const present = presentOf(positions, options);
  if (present !== options.asOf)
    for (const p of positions)
      if (p.end === 'present' && p.start) p.months = spanMonths(p.start, 'present', present);
  // A career break is dated like a job and listed with them, but it is no experience; nor is volunteering
  // (a role under a volunteering heading, or one its title calls voluntary): years of experience count
  // work, as a person asked for them would, and a treasurer's post at a school beside a career adds none.
  const experience = positions.filter(
    (p) =>
      p.section === 'experience' &&
      !isCareerBreak(p) &&
      !volunteered.has(p) &&
      !VOLUNTEER.test(p.title ?? ''),
  );
  const { byKind, total } = yearsOf(experience, present);
  const structure: ResumeStructure = {
    sections,
    positions,
    education,
    certifications,
    skills,
    yearsByKind: byKind,
    totalYears: total,
  };
  if (present !== options.asOf && experience.some((p) => p.end === 'present' && p.start))
    structure.presentCountedAs = options.saved!;
  if (boilerplate.size > 0) structure.boilerplate = [...boilerplate].sort((a, b) => a - b);
  return structure;
}

/**
 * The month "Present" stands for: the file's saved month when it is before `asOf` and no position
 * starts or ends after it (a template's old date on a newer resume is not when it was written).
 */
function presentOf(positions: readonly Position[], options: StructureOptions): YearMonth {
  const { asOf, saved } = options;
  if (!saved) return options.asOf;
  if (monthIndex(saved) >= monthIndex(asOf)) return asOf;
  const later = (d: YearMonth | 'present' | undefined) =>
    d !== undefined && d !== 'present' && monthIndex(d) > monthIndex(saved);
  return positions.some((p) => later(p.start) || later(p.end)) ? asOf : saved;
}

const lineAt = (lines: readonly string[], n: number) => lines[n - 1] ?? '';
/** A month as a count of months, to compare and subtract: a date without its month counts from January, or to December for an end. */
const monthIndex = (d: YearMonth, end = false) => d.year * 12 + ((d.month ?? (end ? 12 : 1)) - 1);
const isBullet = (t: string) => BULLET.test(t);
/**
 * A full stop that ends an abbreviation, not a sentence: "Beta Corp Inc.", "Acme Co.", "Sr.", and the
 * European company forms "Comarch S.A.", "Datanova B.V.", "Sp. z o.o.", and initials that end a place
 * ("Apodaca, N.L.", "Washington, D.C.") (on a line without lowercase words: "Coached the teams of Beta
 * Corp." is a sentence).
 */
const ABBREVIATION_END =
  /\b(?:inc|ltd|corp|co|llc|llp|plc|pvt|bros|sr|jr|s\.a|s\.l|s\.p\.a|s\.a\.s|s\.r\.l|b\.v|n\.v|a\.g|l\.l\.c|o\.o)\.$|(?:^|[\s,(])(?:\p{L}\.){2,}$/iu;

/**
 * A lowercase word other than the particles of names ("Agile Freight S.A. de C.V.", "Banco do Brasil
 * S.A.", "Müller & Söhne von Berg GmbH"): a sentence's.
 */
const LOWERCASE_WORD = /\s(?!(?:de|del|la|las|los|y|e|da|do|dos|das|di|van|von|der|den|und|et)\s)\p{Ll}/u;

/** A header line is short and not a sentence; descriptions are long or bulleted. */
const isHeaderLike = (t: string) => {
  const s = t.trim();
  return (
    s.length > 0 &&
    s.length <= 110 &&
    !isBullet(s) &&
    (!/[.;]$/.test(s) || (ABBREVIATION_END.test(s) && !LOWERCASE_WORD.test(s)))
  );
};

/**
 * A line that goes on with the sentence above it: it opens in lowercase after a line that ends in a
 * lowercase word ("…supervising and monitoring the site labour" / "force and the work of any
 * subcontractors"), a wrapped description, not a header.
 */
const continuesSentence = (above: string, line: string) =>
  /^\s*\p{Ll}/u.test(line) && /^\p{Ll}[\p{L}-]*$/u.test(above.trim().split(/\s+/).at(-1) ?? '');

/** A date range that opens a line, not a bullet, and is followed by a separator ("|", "·", ","). */
function openingRange(t: string): DateSpan | undefined {
  const dates = leadingRange(t);
  return dates && /^\s*[|·•,]/.test(t.slice(dates.to)) ? dates : undefined;
}

/** The range a line opens with when a tab follows it and a title opens what follows, else undefined. */
function tabbedRow(t: string): DateSpan | undefined {
  const dates = leadingRange(t);
  if (!dates) return undefined;
  const rest = t.slice(dates.to);
  if (!/^ *\t/.test(rest)) return undefined;
  const first = rest.trim().split(/,|\s[–—-]\s/)[0]!;
  return first.length <= 60 && TITLE_WORDS.test(first) ? dates : undefined;
}

/** The date range a line that is no bullet opens with, when it opens with one. */
function leadingRange(t: string): DateSpan | undefined {
  if (isBullet(t)) return undefined;
  const dates = findDateRange(t);
  return dates && dates.start !== undefined && t.slice(0, dates.from).trim() === '' ? dates : undefined;
}

/**
 * A word that names an organisation ("Arden Insurance Systems", "Sonoran Water Utility"): after a
 * title's comma it is the employer, not a team or a department.
 */
const ORGANISATION_WORD = new RegExp(
  String.raw`\b(?:${BUSINESS_WORDS}|infotech|utility|utilities|university|college|hospital|council|ministry|ag|sa|bv|nv|pvt|${COMPANY_SUFFIXES})\b`,
  'i',
);

/** A line that is one aside in brackets: "(Shared services center of an Australian insurance group)". */
const ASIDE = /^\([^()]*\)$/;

/** Entries anchored on their date lines; the entry's other header lines sit right around it. */
function findPositions(
  lines: readonly string[],
  from: number,
  to: number,
  section: 'experience' | 'projects',
  asOf: YearMonth,
): Position[] {
  const anchors: Array<{ line: number; dates: DateSpan; runOn?: true; opening?: true }> = [];
  for (let n = from; n <= to; n++) {
    const t = lineAt(lines, n);
    if (!isHeaderLike(t)) {
      // A line that opens with its dates, then a place and what the employer does ("January 2019 –
      // Present | Apodaca, N.L. | Tier 1 supplier of brake calipers, 1,100 employees"), is the entry's
      // date line however long it runs.
      const opening = openingRange(t);
      if (opening) anchors.push({ line: n, dates: opening, opening: true });
      else {
        // An academic CV's row: the dates, a tab, then the post and where ("2023 – present⇥Program-Specific
        // Researcher, Department of Statistical Genetics, Kyoto University"), however long it runs.
        const row = tabbedRow(t);
        if (row) anchors.push({ line: n, dates: row });
      }
      continue;
    }
    // A field's date ("Series: 2210 Pay Plan: GS Grade: 13 (promoted from GS-12 in 10/2018)") is the
    // field's, not a new entry's.
    if (NAMELESS_FIELD.test(t)) continue;
    const wrapped = findWrappedRange(t, lineAt(lines, n + 1));
    const dates = wrapped ?? findDateRange(t);
    // A lone year counts only on a short line ("Acme | 2019"), not inside a sentence.
    if (dates && (dates.start !== undefined || t.trim().length <= 60 || dates.from > t.length - 12))
      anchors.push({ line: n, dates: seasonRange(t, dates) });
    // The next line opens with the range's end: it starts no entry of its own.
    if (wrapped) n++;
  }
  const out: Position[] = [];
  const inline = findInlineHeaders(lines, from, to, new Set(anchors.map((a) => a.line)));
  // "Company - Acme" lines open the entries of a section written as labelled fields.
  const opens: number[] = [];
  if (section === 'experience')
    for (let n = from; n <= to; n++) if (readField(lineAt(lines, n))?.kind === 'organisation') opens.push(n);
  if (anchors.length === 0 && inline.length === 0 && section === 'experience')
    return opens.length > 0
      ? byFields(lines, opens, to, [], [], asOf)
      : undatedPositions(lines, from, to, asOf);
  if (inline.length > 0 && inline.length >= anchors.length) {
    // Run-on layout: a date line's own text before its dates is its header too. A date line with
    // no title there ("description - Duration: September 2016 to Till date") still opens its
    // entry, named by a field it holds ("Designation - Hadoop Developer, Jan 2017 - …") or by nothing.
    for (const a of anchors) {
      const before = lineAt(lines, a.line).slice(0, a.dates.from);
      const header = titleCaseRunBefore(before);
      if (header && TITLE_WORDS.test(header)) inline.push({ line: a.line, header, dates: a.dates });
      else if (a.dates.start !== undefined)
        inline.push({ line: a.line, header: readField(before) ? before : '', dates: a.dates });
    }
    inline.sort((a, b) => a.line - b.line || a.dates.from - b.dates.from);
    return inlinePositions(inline, to, section, asOf);
  }
  // A job line whose first sentence runs on after its dates, among job lines that end at theirs (a job
  // site's export: "Registered Nurse St. Agnes Medical Center - Fresno, CA July 2015 to Present Provide
  // direct patient care…"): too long or too much a sentence to be a header line, but the Title Case
  // run that opens it, up to its dates, is the entry's header.
  const anchored = new Set(anchors.map((a) => a.line));
  for (const h of inline) {
    const t = lineAt(lines, h.line);
    if (anchored.has(h.line) || isBullet(t) || t.slice(0, h.dates.from).trim() !== h.header.trim()) continue;
    anchored.add(h.line);
    anchors.push({ line: h.line, dates: seasonRange(t, h.dates), runOn: true });
  }
  anchors.sort((a, b) => a.line - b.line);
  let previousEnd = from - 1;
  const headerEnds: number[] = [];
  // Roles that took their employer from the role above them (a promotion under one employer).
  const inherited = new Set<Position>();
  anchors.forEach((anchor, k) => {
    // Header lines before the date line: non-bullet lines back to the previous entry's description.
    // The same lines end the entry before: read one way for both, no line falls between two entries.
    // A line that only gives the time spent ("7 years 11 months", LinkedIn's total at an employer
    // above its roles) names nothing and does not count toward the two, nor does an aside in brackets.
    const headerStart = (line: number, floor: number, afterAnother: boolean) => {
      let n = line;
      let named = 0;
      while (
        n - 1 > floor &&
        named < 2 &&
        isHeaderLike(lineAt(lines, n - 1)) &&
        longestCell(lineAt(lines, n - 1)) <= 80 &&
        findDates(lineAt(lines, n - 1)).length === 0 &&
        !(afterAnother && isDescription(lines, n - 1)) &&
        !continuesSentence(lineAt(lines, n - 2), lineAt(lines, n - 1)) &&
        // "Company - Acme" opens its entry: the lines above it are the entry before.
        readField(lineAt(lines, n))?.kind !== 'organisation'
      ) {
        n--;
        // An aside in brackets ("(Shared services center of an Australian insurance group)") says what
        // the employer is; it names nothing either.
        const t = lineAt(lines, n).trim();
        if (!DURATION.test(t) && !ASIDE.test(t)) named++;
      }
      return { start: n, named };
    };
    const { start: first, named: namedLines } = headerStart(anchor.line, previousEnd, k > 0);
    const next = anchors[k + 1];
    const nextFirst = next ? headerStart(next.line, anchor.line, true).start : to + 1;
    // Header lines after the date line: up to two short non-bullet lines before the bullets. A label
    // ("Nature of Work:", "Responsibilities:") opens the description and names nothing. Where two
    // lines stand above the dates (a title and an employer), only what may be a place follows them
    // (LinkedIn's "Lagos, Nigeria"): a short first duty whose bullet the PDF drew as a shape ("Lead a
    // team of 5 support analysts") is no header line. A form's labelled date line ("Dates: 03/2015 –
    // 09/2019") is followed by its other fields.
    const labelled = /\p{L}{2}/u.test(lineAt(lines, anchor.line).slice(0, anchor.dates.from));
    let last = anchor.line;
    // A form's fields that name nothing ("Salary: …", "Hours per week: 40" under a federal resume's
    // dates) are passed over and do not count among the two; past them the role they describe is
    // named, whatever stood above the dates (the agency and its address).
    let named = 0;
    let fields = false;
    while (
      !anchor.runOn &&
      last + 1 < nextFirst &&
      named < 2 &&
      (labelled ||
        fields ||
        namedLines < 2 ||
        placeLike(lineAt(lines, last + 1)) ||
        NAMELESS_FIELD.test(lineAt(lines, last + 1))) &&
      isHeaderLike(lineAt(lines, last + 1)) &&
      !/:\s*$/.test(lineAt(lines, last + 1)) &&
      longestCell(lineAt(lines, last + 1)) <= 70 &&
      findDates(lineAt(lines, last + 1)).length === 0 &&
      readField(lineAt(lines, last + 1))?.kind !== 'organisation'
    ) {
      last++;
      if (!NAMELESS_FIELD.test(lineAt(lines, last))) named++;
      else fields = true;
    }
    // The date line first, then the lines after it, then those before it (closest first).
    const t = lineAt(lines, anchor.line);
    // A long date line that opens with its dates says where and what the employer is after them: its
    // first part is the place, read as a place field ("Location: Apodaca, N.L."), after the lines that
    // name the role.
    const header = anchor.opening
      ? []
      : [
          anchor.runOn
            ? t.slice(0, anchor.dates.from)
            : t.slice(0, anchor.dates.from) + t.slice(anchor.dates.to),
        ];
    for (let n = anchor.line + 1; n <= last; n++) header.push(lineAt(lines, n));
    for (let n = anchor.line - 1; n >= first; n--)
      if (!ASIDE.test(lineAt(lines, n).trim())) header.push(lineAt(lines, n));
    if (anchor.opening) {
      const place = t
        .slice(anchor.dates.to)
        .replace(/^\s*[|·•,]\s*/, '')
        .split(/\s[|·•]\s/)[0]!
        .trim();
      if (place) header.push(`Location: ${place}`);
    }
    const position = describe(header, anchor.dates, section, asOf, last - anchor.line);
    position.startLine = first;
    position.endLine = next ? nextFirst - 1 : to;
    // An employer printed once with its roles under it (a promotion): a role that follows the entry
    // before straight after its description, its header naming no employer, is at that entry's
    // employer when that one was named on a line of its own above its dates.
    const before = out.at(-1);
    const above = anchors[k - 1];
    if (
      section === 'experience' &&
      before?.organisation &&
      above &&
      position.title &&
      // The place under its dates, the one the entry before has, is no employer ("Wrocław").
      (!position.organisation || position.organisation === before.location) &&
      !OWN_WORK.test(position.title) &&
      // The entry before named its employer above its dates, or had it from the role before it (a
      // third role under one employer).
      (inherited.has(before) || namedAbove(lines, before.startLine, above.line, before.organisation))
    ) {
      if (position.organisation) position.location ??= position.organisation;
      position.organisation = before.organisation;
      if (!position.location && before.location) position.location = before.location;
      inherited.add(position);
    }
    out.push(position);
    headerEnds.push(last);
    previousEnd = position.endLine;
  });
  if (section !== 'experience') return out;
  return opens.length > 0
    ? byFields(
        lines,
        opens,
        to,
        out,
        anchors.map((a) => a.line),
        asOf,
      )
    : withUndated(lines, from, out, headerEnds, asOf);
}

/** Whether a line under a date may be a place: a known one, or one naming no role and holding no number. */
function placeLike(line: string): boolean {
  const t = line.trim();
  return isLocation(t) || (!/\d/.test(t) && !TITLE_WORDS.test(t));
}

/** Time away from work, dated like a job: "Career break", "Parental leave", "Sabbatical". */
const CAREER_BREAK =
  /\b(?:career (?:break|gap|pause)|(?:parental|maternity|paternity|family|medical|caregiver|carer'?s) leave|sabbatical|gap year|caregiving|full-time (?:parent|carer|caregiver))\b/i;

/** Whether a dated entry is a career break: its title or its name says so. */
/** A volunteering heading or title: "Volunteer Experience", "Volunteer Treasurer", "Voluntary work". */
const VOLUNTEER = /\bvolunt(?:eer|eering|ary)\b/i;

function isCareerBreak(p: Pick<Position, 'title' | 'organisation'>): boolean {
  return CAREER_BREAK.test(p.title ?? '') || CAREER_BREAK.test(p.organisation ?? '');
}

/** Work for no employer: "Freelance IT Consultant", "Self-employed", "Founder". */
const OWN_WORK = /\b(?:freelanc\w*|self[- ]employed|independent|owner|founder|co-founder)\b/i;

/** Whether an entry's employer is written on a header line of its own, above its dated line. */
function namedAbove(lines: readonly string[], from: number, dated: number, organisation: string): boolean {
  for (let n = from; n < dated; n++) if (lineAt(lines, n).includes(organisation)) return true;
  return false;
}

/**
 * Undated entries among dated ones ("Volunteer Coordinator | Red Cross" and its bullets between two
 * dated jobs): found as in a section without dates, in the stretch before the first dated entry and
 * after each one's header, but only with both a title and an organisation (a line that names a role
 * inside a job, "Client: Lead Bank", is no entry of its own). The dated entry before one ends there.
 */
function withUndated(
  lines: readonly string[],
  from: number,
  dated: Position[],
  headerEnds: readonly number[],
  asOf: YearMonth,
): Position[] {
  const out: Position[] = [];
  const stretches = [
    { from, to: (dated[0]?.startLine ?? from) - 1, owner: undefined as Position | undefined },
    ...dated.map((p, k) => ({ from: headerEnds[k]! + 1, to: p.endLine, owner: p })),
  ];
  for (const stretch of stretches) {
    if (stretch.owner) out.push(stretch.owner);
    if (stretch.to - stretch.from < 1) continue;
    const found = undatedPositions(lines, stretch.from, stretch.to, asOf, true);
    if (found.length === 0) continue;
    if (stretch.owner) stretch.owner.endLine = found[0]!.startLine - 1;
    out.push(...found);
  }
  return out;
}

/**
 * Entries of an experience section that gives no dates at all: the one or two short lines right
 * above a run of bullets, when one of them names a role ("Scrum Master" / "Acme Corp"); above a
 * paragraph of sentences, only a title and an organisation written in Title Case ("Software
 * Engineer - Acme Corp"), as a sentence or a list above a paragraph is no header.
 */
function undatedPositions(
  lines: readonly string[],
  from: number,
  to: number,
  asOf: YearMonth,
  named = false,
): Position[] {
  const heads: Array<{ first: number; last: number; prose: boolean }> = [];
  for (let n = from + 1; n <= to; n++) {
    const prose = isProse(lineAt(lines, n));
    if (!isBullet(lineAt(lines, n)) && !prose) continue;
    // A page break may leave a blank line between a header and its bullets.
    let last = n - 1;
    while (last > from && lineAt(lines, last).trim() === '') last--;
    if (isBullet(lineAt(lines, last)) || isProse(lineAt(lines, last))) continue;
    let first = last + 1;
    while (
      first - 1 >= from &&
      last - (first - 1) <= 1 &&
      isHeaderLike(lineAt(lines, first - 1)) &&
      lineAt(lines, first - 1).trim().length <= 80 &&
      !isDescription(lines, first - 1)
    )
      first--;
    const header = lines.slice(first - 1, last);
    if (first <= last && header.some((h) => TITLE_WORDS.test(h)) && !header.some(isItemList))
      heads.push({ first, last, prose });
  }
  const out: Position[] = [];
  for (const h of heads) {
    const header = lines.slice(h.first - 1, h.last);
    // No date line: the header's lines are read as a dated entry's are, and the dates left out.
    const position = describe(['', ...header], { end: asOf, from: 0, to: 0 }, 'experience', asOf);
    delete position.end;
    delete position.months;
    // A label is no header ("Responsibilities:", "Client: Lead Bank", "Job Profile: Worked as …").
    if (header.some((l) => l.includes(':'))) continue;
    // Among dated entries, a title alone counts when its line is nothing but a title ("Freelance
    // Developer" above its bullets).
    if (named && (!position.title || (!position.organisation && !isTitleLine(header, position.title))))
      continue;
    // Above a paragraph, a title alone among dated entries counts when it is a short line of its own
    // (LinkedIn writes descriptions as paragraphs).
    const titleAlone =
      named &&
      header.length === 1 &&
      position.title !== undefined &&
      header[0]!.trim().split(/\s+/).length <= 5;
    if (h.prose && !(position.title && (position.organisation || titleAlone) && header.every(isTitleCase)))
      continue;
    position.startLine = h.first;
    out.push(position);
  }
  out.forEach((p, k) => {
    p.endLine = (out[k + 1]?.startLine ?? to + 1) - 1;
  });
  return out;
}

/**
 * Labelled fields, as resume builders and job sites export an entry: "Company - Acme Corp",
 * "Designation: Release Manager". The organisation field opens an entry; a title field names its
 * role only when it is a title ("Designation - I was responsible for…" is a sentence). "Role" is
 * no title field: these exports label with it the work done on one project ("Role: Was given raw
 * data…", "Role: Developer" under each project), not the job held.
 */
// A hyphen glued to the next word is no separator: "Company-wide rollout" is a sentence.
// A full stop before the colon is a form's slip ("DESIGNATION.: Java Developer").
// A military entry (a US job site's "Military Service": "Branch: United States Navy", "Rank: E-6")
// names its service and its rank with labels of its own.
const FIELD =
  /^\s*(company(?: name)?|employer|organi[sz]ation|designation|job title|position|branch|rank)\s*(?:[-–](?=\s|$)|\.?:)(.*)$/i;
const ORGANISATION_LABEL = /^(?:company(?: name)?|employer|organi[sz]ation|branch)$/i;
/** An armed service, what a "Branch" field must name to be an employer ("Branch: Andheri West" is a bank's). */
const ARMED_SERVICE =
  /\b(?:army|navy|naval|air force|marines?|marine corps|coast guard|national guard|space force|armed forces|military|defen[cs]e force)\b/i;
/** Labels of a project's fields whose line names neither the project nor a role: the line goes. */
const NAMELESS_FIELD =
  /^\W{0,3}(?:team size|environment|technolog(?:y|ies)(?: used)?|tools used|responsibilities|roles? and responsibilities|software|hardware|operating systems?|database|salary|hours per week|series|pay plan|grade|supervisor|(?:ok(?:ay)? to|may) contact)\s*[-–:]/i;
const CLIENT_FIELD = /^\W{0,3}client(?: name)?\s*[-–:]\s*(\S.*)$/i;
/** Labels whose value is neither a title nor an organisation: only the label goes. */
const OTHER_LABEL = /^\s*(?:description|duration|period)\s*[-–:]\s*/i;

interface Field {
  kind: 'organisation' | 'title';
  /** The organisation or title; empty when the field is (an exported form's empty "company - "). */
  value: string;
}

function readField(line: string): Field | undefined {
  const m = FIELD.exec(stripMarkdown(line).replace(OTHER_LABEL, ''));
  if (!m) return undefined;
  const value = stripEnd(m[2]!.trim(), spaceOr('.,;'));
  if (/^branch$/i.test(m[1]!) && !ARMED_SERVICE.test(value)) return undefined;
  // A rank is the title a service gives ("E-6", "Petty Officer First Class"), title words or not.
  if (/^rank$/i.test(m[1]!))
    return value.length <= 40 && /^[\p{Lu}\d]/u.test(value) ? { kind: 'title', value } : undefined;
  if (ORGANISATION_LABEL.test(m[1]!)) {
    const organisation = organisationValue(value);
    return organisation.length <= 80 ? { kind: 'organisation', value: organisation } : undefined;
  }
  // A title is short and names a role; "Role: I was leading the offshore team" is a sentence.
  const title = closeBrackets(splitHeader(value, true))
    .map(cleanPart)
    .find((p) => TITLE_WORDS.test(p));
  if (!title || title.length > 60 || /^(?:I|we|my)\b/i.test(title) || !/^[\p{Lu}\d]/u.test(title))
    return undefined;
  return { kind: 'title', value: title };
}

/** What a form prints in an organisation field it has no name for: "None", "NA", "N/A", "Nil", "-". */
const NO_VALUE = /^(?:none|no|nil|null|na|n[./]?\s?a\.?|not applicable|-+)$/i;

/**
 * An organisation field's name: a placeholder names none, and dates written after the name
 * ("BNY Mellon (India) Pvt. Ltd.: Sept 2009- till date", "Acme Corp from 1 July 2017") are no part of it.
 */
function organisationValue(value: string): string {
  if (NO_VALUE.test(value)) return '';
  // A range, or a date that ends the value: a year inside a name ("Studio 2020 Ltd") stays.
  const date = findDates(value).find((d) => d.start !== undefined || value.slice(d.to).trim() === '');
  const name = date ? organisationName(value.slice(0, date.from)) : value;
  // A name ends at its company suffix; a town after it is where it is ("… Pvt Ltd Nagpur").
  const suffixed = PLACE_AFTER_SUFFIX.exec(name);
  const place = suffixed?.[2];
  return place && /^\p{Lu}/u.test(place) && !/\s\p{Ll}/u.test(place) && !TITLE_WORDS.test(place)
    ? suffixed[1]!
    : name;
}

/** "Almighty Tech Pvt Ltd Nagpur", "Acme Ltd, Dammam, KSA": the name to its suffix, then one to three capitalised words. */
const PLACE_AFTER_SUFFIX = new RegExp(
  String.raw`^(.*?\b(?:pvt\.?\s*ltd|private limited|${COMPANY_SUFFIXES})\.?),?\s+(\p{Lu}[\p{L}.'-]*(?:,?\s+\p{Lu}[\p{L}.'-]*){0,2})$`,
  'iu',
);

const NAME_END = spaceOr('|•·,:;–—-');
/** "(Currently) working as (a)", "Worked as an": a sentence's lead before a title. */
const WORKING_AS =
  /^(?:currently\s+)?(?:working|worked|employed|serving)\s+as\s+(?:an?\s+)?(?=[\p{Lu}\p{Ll}])/iu;
/** What a sentence leaves around a name once its dates are taken out: "In Winsol Pvt Ltd From 1". */
function organisationName(text: string): string {
  const trimmed = text.trimEnd();
  const from = TRAILING_FROM.exec(trimmed);
  return stripEnd(from ? trimmed.slice(0, from.index) : trimmed, NAME_END) || text;
}
// Opens at one space, not a run of them: the expression is tried from each position of a long line.
const TRAILING_FROM = /(?:^|\s)(?:from|since)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i;
/** "in Winsol Pvt Ltd", after a title run into its organisation in a sentence. */
const PREPOSITION = /^(?:in|at|with)\s+(?=[\p{Lu}\d])/iu;

/** "Currently", "At present": what opens a header written as a sentence. */
const SENTENCE_LEAD = String.raw`(?:(?:currently|presently|now|at present)\s+)?`;
/** "Working with Capgemini, Airoli as Consultant": the organisation (and its place) before the title. */
const WORKING_WITH = new RegExp(
  String.raw`^\s*${SENTENCE_LEAD}(?:working|worked|employed)\s+(?:with|at|in|for)\s+(\p{Lu}.*?)\s+as\s+(?:an?\s+)?(\S.*)$`,
  'iu',
);
/** "(Worked as a) Software Engineer in Technosoft Corporation, Chennai": the title, then its organisation. */
const TITLE_IN = new RegExp(
  String.raw`^\s*(${SENTENCE_LEAD}(?:(?:working|worked|employed|serving)\s+as\s+(?:an?\s+)?)?)(.*?)\s+(?:in|at|with)\s+(\p{Lu}[^,]*?)(?:,\s*([^,]+))?$`,
  'iu',
);
/** Where a title written in a sentence ends: a sentence's end, a gap, or the words before its dates. */
const TITLE_END = /\s{2,}|[.;(]|\s(?:from|since|to|till)\b/i;

/**
 * A header written as a sentence, as its parts: "Currently working with Capgemini, Airoli as
 * Consultant" and "Software Engineer in Technosoft Corporation, Chennai" read title, organisation
 * and place (a place is no organisation). Anything else is returned as it is.
 */
function sentenceHeader(h: string): string {
  const withOrg = WORKING_WITH.exec(h);
  if (withOrg) {
    const title = withOrg[2]!.split(TITLE_END)[0]!.trim();
    const [org, place] = withOrg[1]!.split(',', 2).map((p) => p.trim());
    if (TITLE_WORDS.test(title) && org && /^\p{Lu}/u.test(org) && !TITLE_WORDS.test(org))
      return [title, org, place].filter((p) => p).join('\t');
    return h;
  }
  const inOrg = TITLE_IN.exec(h);
  // Without "working as" before it, only a name with its place after it is read so ("Engineer in
  // Training" stays a title).
  if (!inOrg || (!inOrg[1]!.trim() && inOrg[4] === undefined)) return h;
  const title = inOrg[2]!.trim();
  const org = inOrg[3]!.split(TITLE_END)[0]!.trim();
  const place = inOrg[4]?.split(TITLE_END)[0]?.trim();
  if (!TITLE_WORDS.test(title) || TITLE_WORDS.test(org) || !/^\p{Lu}/u.test(org)) return h;
  return [title, org, place].filter((p) => p).join('\t');
}

/**
 * The organisation and the first title a labelled entry's fields give. Fields written as bullets
 * ("• Designation - Software Developer.", "❖ ORGANISATION: Almighty Tech") name the entry they are in;
 * unlike a field of its own line, they open none.
 */
function fieldsOf(lines: readonly string[], from: number, to: number) {
  const found: Partial<Record<Field['kind'], string>> = {};
  for (let n = from; n <= to; n++) {
    const line = lineAt(lines, n);
    const field = readField(line) ?? (isBullet(line) ? readField(line.replace(BULLET, '')) : undefined);
    if (field?.value) found[field.kind] ??= field.value;
  }
  return found;
}

/**
 * A section written as labelled fields: each "Company - …" line opens an entry that runs to the
 * next, named by its fields ("Designation - Release Manager"). An entry holding one date range is
 * that dated position; one holding several keeps them (roles or projects at one company), each
 * with the company's name; one holding none is a position without dates, which adds no years. An
 * empty company field (an exported form's "company - ") still ends the entry before. Entries read
 * before the first company line stay as they were.
 */
function byFields(
  lines: readonly string[],
  opens: readonly number[],
  to: number,
  dated: readonly Position[],
  anchorLines: readonly number[],
  asOf: YearMonth,
): Position[] {
  const out: Position[] = [];
  dated.forEach((p, k) => {
    if (anchorLines[k]! >= opens[0]!) return;
    p.endLine = Math.min(p.endLine, opens[0]! - 1);
    out.push(p);
  });
  opens.forEach((open, k) => {
    const end = (opens[k + 1] ?? to + 1) - 1;
    const inside = dated.filter((_, i) => anchorLines[i]! >= open && anchorLines[i]! <= end);
    const fields = fieldsOf(lines, open, end);
    const { title } = fields;
    // "company - Nature Of Work" above "Nature of Work:": a form's field filled with the words of a
    // label the entry writes names no organisation.
    const organisation =
      fields.organisation && isLabelIn(lines, open + 1, end, fields.organisation)
        ? undefined
        : fields.organisation;
    if (inside.length === 0) {
      // Roles written as lines above bullets inside the entry ("Role Network Engineer") name it.
      const heads = undatedPositions(lines, open + 1, end, asOf);
      if (heads.length === 0 && !organisation && !title) return;
      if (heads.length === 0)
        heads.push({ kind: roleKind(title ?? ''), section: 'experience', startLine: open, endLine: end });
      heads.forEach((p, i) => {
        if (organisation) p.organisation = organisation;
        if (title && heads.length === 1 && !p.title) {
          p.title = title;
          p.kind = roleKind(title);
        }
        if (i === 0) p.startLine = open;
      });
      heads[heads.length - 1]!.endLine = end;
      // A range at the end of a long description field ("description - Heading Pune Branch [M/s …]
      // From Aug '17 till date"): too long a line to be a header, but the entry's only dates.
      if (heads.length === 1 && heads[0]!.end === undefined)
        datesFromDescription(lines, open, end, heads[0]!, asOf);
      out.push(...heads);
      return;
    }
    inside.forEach((p, i) => {
      if (organisation) p.organisation = organisation;
      if (title && inside.length === 1) {
        p.title = title;
        p.kind = roleKind(title);
      }
      p.startLine = i === 0 ? open : Math.max(p.startLine, open);
      p.endLine = i === inside.length - 1 ? end : Math.max(p.startLine, Math.min(p.endLine, end));
    });
    out.push(...inside);
  });
  return out;
}

/** Whether a line from `from` to `to` is `words` as a label: the same words, a colon after them. */
function isLabelIn(lines: readonly string[], from: number, to: number, words: string): boolean {
  for (let n = from; n <= to; n++) {
    const t = lineAt(lines, n).replace(BULLET, '').trim();
    if (t.endsWith(':') && t.slice(0, -1).trimEnd().toLowerCase() === words.toLowerCase()) return true;
  }
  return false;
}

/** Months a dated entry covers; one running to the present counts to `asOf`. */
const spanMonths = (start: YearMonth, end: YearMonth | 'present', asOf: YearMonth) =>
  Math.max(0, monthsBetween(start, end === 'present' ? asOf : end));

const DESCRIPTION_FIELD = /^\s*description\s*[-:]/i;

/** Dates from the first description field of an entry written as labelled fields, when it holds one range. */
function datesFromDescription(
  lines: readonly string[],
  open: number,
  end: number,
  position: Position,
  asOf: YearMonth,
): void {
  for (let n = open + 1; n <= Math.min(end, open + 2); n++) {
    const t = lineAt(lines, n);
    if (!DESCRIPTION_FIELD.test(t)) continue;
    const ranges = findDates(t).filter((d) => d.start !== undefined);
    if (ranges.length !== 1) return;
    const { start, end: last } = ranges[0]!;
    position.start = start!;
    position.end = last;
    position.months = spanMonths(start!, last, asOf);
    return;
  }
}

/** "DevOps, SRE, Kubernetes": three or more one-word items are a list of skills, not a header. */
function isItemList(line: string): boolean {
  const parts = splitHeader(stripMarkdown(line), true);
  return parts.length >= 3 && parts.filter((p) => /^\S+$/.test(p.trim())).length >= 3;
}

/** Words a job title may hold in lowercase ("Head of Product", "Director, Research and Development"). */
const TITLE_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'in', 'to', '&', '/', '-', '–', '—']);

/** A line of sentences: a description, which bullets or a header never are. */
const isProse = (t: string) => {
  const s = t.trim();
  return s.length > 0 && !isBullet(s) && (s.length > 110 || /[.;]$/.test(s)) && /\s\p{Ll}/u.test(s);
};

/** "Software Engineer - Acme Corp · Leeds": every word capitalised but connectors and separators. */
function isTitleCase(line: string): boolean {
  const words = stripMarkdown(line).trim().split(/\s+/);
  return (
    words.length <= 10 &&
    words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || !/\p{L}/u.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()))
  );
}

/** A header of one line that is a title and nothing else, in Title Case, as short as titles are. */
function isTitleLine(header: readonly string[], title: string): boolean {
  if (header.length !== 1) return false;
  const line = stripMarkdown(header[0]!).trim();
  if (line !== title || line.length > 50) return false;
  const words = line.split(/\s+/);
  return (
    words.length <= 6 && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()))
  );
}

/** A position header run into a line of text: "…products CRM/ Project Analyst Affinitiv - Calabasas, CA 2016 to 2017". */
interface InlineHeader {
  line: number;
  header: string;
  dates: DateSpan;
}

/**
 * Position headers inside running text, as resume sites export them when line breaks are lost: a
 * Title Case run that names a role, optionally an organisation and a location, then a date range,
 * then the description. Only ranges with a start date count, and the run must hold a title word.
 */
function findInlineHeaders(lines: readonly string[], from: number, to: number, skip: ReadonlySet<number>) {
  const out: InlineHeader[] = [];
  for (let n = from; n <= to; n++) {
    if (skip.has(n)) continue;
    const t = lineAt(lines, n);
    if (t.length > 20_000) continue;
    let cursor = 0;
    for (const dates of findDates(t)) {
      if (dates.start === undefined) continue;
      const before = t.slice(cursor, dates.from);
      const header = titleCaseRunBefore(before);
      cursor = dates.to;
      if (header && TITLE_WORDS.test(header) && header.length <= 140) out.push({ line: n, header, dates });
      else if (header && before.trim().replace(/^[-–—|]\s*/, '') === header && n > from && !skip.has(n - 1)) {
        // A header wrapped before its place ("Support Technician Polsinelli PC" / "- St. Louis, MO August
        // 2017 to Present", a narrow column): the title is the whole line above.
        const above = lineAt(lines, n - 1).trim();
        if (
          above.length <= 110 &&
          !isBullet(above) &&
          TITLE_WORDS.test(above) &&
          findDates(above).length === 0
        )
          out.push({ line: n - 1, header: `${above} - ${header}`, dates });
      }
    }
  }
  return out;
}

/** Words a Title Case run may hold in lowercase ("Head of Sales", "Marks & Spencer"). */
const RUN_CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'for',
  'the',
  'de',
  'la',
  'in',
  '-',
  '–',
  '—',
  '/',
  '|',
  ',',
]);

/**
 * The Title Case run that ends a text, back to the first lowercase word or sentence break. An
 * abbreviation's period breaks nothing: initials, company suffixes, and places ("St. Louis, MO",
 * "Ft. Worth") that sit between a run-on title and its dates. A title word written in lowercase is
 * part of the run ("Project manager WPP", "PLSQL developer Sun Software"), and so are up to two
 * lowercase words that qualify a title word right after them ("Senior IT infrastructure PM MFX",
 * "Cut fruit specialist Safeway"). When the run names no role, the clause that ends the text is
 * the header if it is short, opens with a capital and names one ("Backend Developer Intern Global
 * Enterprise Mobility (GEM) corporation - Hanoi, VN" after "…the competition.").
 */
function titleCaseRunBefore(text: string): string | undefined {
  const tokens = text.trimEnd().split(/\s+/);
  const breaks = (tok: string) =>
    /[.!?;:•]$/.test(tok) && !/^(?:[A-Z]\.)+$|^(?:Inc|Ltd|Co|Corp|Jr|Sr|N\.A|St|Ste|Mt|Ft)\.$/.test(tok);
  const k = runStart(tokens, tokens.length, breaks);
  let run = tokens.slice(k).join(' ').trim();
  // "…Passed the exam on 30 Mar 2017 Database Analyst Client Solution Architects": a date with its
  // month inside the run closes the text before it, and the header starts after it.
  const dated = findDates(run)
    .filter((d) => d.start?.month !== undefined || (d.end !== 'present' && d.end.month !== undefined))
    .at(-1);
  if (dated && TITLE_WORDS.test(run.slice(dated.to))) run = run.slice(dated.to).trim();
  if (run && TITLE_WORDS.test(run)) return run;
  const clause = clauseBefore(tokens, breaks);
  if (clause && TITLE_WORDS.test(clause)) return clause;
  // "…kb articles Senior Technical Lead, Peak Systems contracted Meridian Medical - St. Louis, MO": a
  // run that names no role after one lowercase word is the client of the run before that word, when
  // that one names a role, and only its place is the header's.
  if (run && k >= 2 && /^[a-z]+$/.test(tokens[k - 1]!) && !breaks(tokens[k - 2]!)) {
    const earlier = tokens.slice(runStart(tokens, k - 1, breaks), k - 1).join(' ');
    const place = splitHeader(run, false).find((p) => isLocation(cleanPart(p)));
    if (earlier && TITLE_WORDS.test(earlier)) return place ? `${earlier} | ${cleanPart(place)}` : earlier;
  }
  return run.length > 0 ? run : undefined;
}

/** Where the Title Case run that ends at token `end` starts (see titleCaseRunBefore). */
function runStart(tokens: readonly string[], end: number, breaks: (tok: string) => boolean): number {
  const capital = (tok: string | undefined) => tok !== undefined && /^[A-Z0-9]/.test(tok) && !breaks(tok);
  let k = end;
  while (k > 0) {
    const tok = tokens[k - 1]!;
    if (breaks(tok)) break;
    if (/^[A-Z0-9(&/\-–—|,]/.test(tok) || RUN_CONNECTORS.has(tok.toLowerCase()) || TITLE_WORD.test(tok)) k--;
    else if (/^[a-z]+$/.test(tok) && TITLE_WORD.test(tokens[k] ?? '')) {
      // One or two lowercase words that qualify the title word after them, back to a capital.
      if (capital(tokens[k - 2])) k--;
      else if (/^[a-z]+$/.test(tokens[k - 2] ?? '') && capital(tokens[k - 3])) k -= 2;
      else break;
    } else break;
  }
  while (k < end && (RUN_CONNECTORS.has(tokens[k]!.toLowerCase()) || /^[a-z]/.test(tokens[k]!))) k++;
  // A bracket that opens the run right after a lowercase word is the sentence's aside: "…build
  // out/redesign (CenturyLink, Frontier) Network Infrastructure Project Manager" names the clients
  // of the work before it, and the title starts after the bracket closes.
  if (k > 0 && tokens[k]?.startsWith('(') && /^[a-z][^.!?;:]*$/.test(tokens[k - 1]!)) {
    const close = asideEnd(tokens, k);
    if (close !== undefined && close + 1 < end) k = close + 1;
  }
  return k;
}

/** The token that closes the bracket opened at `from`, within five tokens. */
function asideEnd(tokens: readonly string[], from: number): number | undefined {
  let depth = 0;
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    depth += tokens[k]!.split('(').length - tokens[k]!.split(')').length;
    if (depth <= 0) return k;
  }
  return undefined;
}

/** The last clause of a text, back to a sentence break or an unmatched ")", when short and capitalised. */
function clauseBefore(tokens: readonly string[], breaks: (tok: string) => boolean): string | undefined {
  let k = tokens.length;
  while (k > 0 && !breaks(tokens[k - 1]!) && !/^[^(]*\)$/.test(tokens[k - 1]!) && tokens.length - k < 12) k--;
  if (k > 0 && !breaks(tokens[k - 1]!) && !/^[^(]*\)$/.test(tokens[k - 1]!)) return undefined;
  const clause = tokens.slice(k);
  return clause.length > 0 && /^[A-Z]/.test(clause[0]!) ? clause.join(' ') : undefined;
}

function inlinePositions(
  headers: readonly InlineHeader[],
  to: number,
  section: 'experience' | 'projects',
  asOf: YearMonth,
): Position[] {
  return headers.map((h, k) => {
    const position = describe([h.header], h.dates, section, asOf);
    position.startLine = h.line;
    const next = headers[k + 1];
    position.endLine = next ? Math.max(h.line, next.line - (next.line > h.line ? 1 : 0)) : to;
    return position;
  });
}

/** "### **Title**" → "Title": Markdown marks are not part of a name. */
function stripMarkdown(line: string): string {
  return line.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__|(?<![\w])[*_](?=\S)|(?<=\S)[*_](?![\w])|`/g, '');
}

/** A line inside the previous entry's description (a bullet's wrapped continuation). */
function isDescription(lines: readonly string[], n: number): boolean {
  const prev = lineAt(lines, n - 1).trim();
  return isBullet(prev) && !/[.;]$/.test(prev) && /^[a-z]/.test(lineAt(lines, n).trim());
}

/**
 * The "City, Region" that ends a part after a name and a comma ("Acme, Berlin, Germany" →
 * "Berlin, Germany"), its region a known one or a code ("Sales, Fitness, Operations" is no place);
 * nothing in a part that names a role ("Engineer, Payments, Platform Team").
 */
function placeAfterName(chunk: string): string | undefined {
  if (TITLE_WORDS.test(chunk)) return undefined;
  for (let at = chunk.indexOf(', '); at > 0; at = chunk.indexOf(', ', at + 2)) {
    const tail = chunk.slice(at + 2).trim();
    if (tail.includes(',') && isLocation(tail) && isRegion(tail.slice(tail.lastIndexOf(',') + 1)))
      return tail;
  }
  return undefined;
}

/** A later title after the first, in the same job: "then Senior Administrator", "later Agile Coach". */
const PROMOTION = /^(?:then|later|subsequently|promoted to)\s+\S/i;

/** Two letters that name a department, not a state ("Support Engineer, IT"). */
const DEPARTMENT_INITIALS = /^(?:IT|HR|PR|BI|AI|ML|UX|UI|QA|PM|BD|RD)$/;
/** A word that opens two-word place names ("San Diego", "New York", "Fort Worth", "St. Louis"). */
const CITY_OPENER =
  /^(?:New|San|Santa|Los|Las|Saint|St\.?|Fort|Ft\.?|El|Salt|Palm|Port|Mount|Mt\.?|West|East|North|South|Grand)$/;

/** One to three capitalised words, as a town is written alone ("Kraków", "Port Harcourt"). */
const PLACE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** What is left of LinkedIn's date line once its dates are cut: a `DURATION` in brackets, "(7 years 9 months)". */
const inBracketsDuration = (t: string) => {
  const inside = /^\s*\((.*)\)\s*$/.exec(t)?.[1];
  return inside !== undefined && DURATION.test(inside.trim());
};

/** A place written as a labelled field: "City: Berlin", "Country: Germany", "Location: Remote". */
const PLACE_FIELD = /(?:^|\s)(?:city|country|location|town|place)\s?:\s*/i;

function describe(
  header: string[],
  dates: DateSpan,
  section: 'experience' | 'projects',
  asOf: YearMonth,
  /** How many of the header's lines after the first are written below the date line. */
  below = 0,
): Position {
  // Locations ("Berlin, Germany") first, before commas split what is left. Each part keeps the
  // header line it came from (0 is the date line).
  let location: string | undefined;
  // Each part with the header part it was cut from by a comma (`whole`: "Senior TPM, Cloud
  // Infrastructure" is one whole of "… | Northwind | Seattle, WA").
  const parts: Array<{ text: string; line: number; whole: number }> = [];
  let wholes = 0;
  let locationWhole: { line: number; whole: number } | undefined;
  // Labelled fields say what they hold ("Company - Acme"); other labels ("description - ") name nothing.
  const fields: Partial<Record<Field['kind'], string>> = {};
  let clientName: string | undefined;
  // "Acme GmbH City: Berlin | Country: Germany" (Europass): labelled place fields after the employer.
  header = header.map((h) => {
    const at = h.search(PLACE_FIELD);
    if (at < 0) return h;
    location ??= h
      .slice(at)
      .split('|')
      .map((p) => p.replace(PLACE_FIELD, '').trim())
      .filter(Boolean)
      .join(', ');
    return h.slice(0, at);
  });
  // Whether the place is a line of its own under the dates, read whole (LinkedIn's).
  let wholePlace = false;
  // LinkedIn's "Save to PDF" writes the time spent in brackets after the dates ("April 2019 - Present
  // (7 years 9 months)") and the place on the line below, whole: "Mumbai, Maharashtra, India" is one
  // place, not an employer "Mumbai" and its region.
  if (
    below >= 1 &&
    inBracketsDuration(header[0]!) &&
    placeLike(header[1]!) &&
    (isLocation(header[1]!.trim()) || header[1]!.includes(',') || PLACE_NAME.test(header[1]!.trim()))
  ) {
    location ??= header[1]!.trim();
    wholePlace = true;
    header = [header[0]!, '', ...header.slice(2)];
  }
  // "Providence,⇥RI": a PDF reader split a "City, ST" cell at its comma.
  header = header.map((h) => (h.includes(',\t') ? h.replace(/,\t+(?=[A-Z]{2}\b)/g, ', ') : h));
  header = header.map((h) => {
    // "Team Size: 14", "Environment: Java 11, Spring": a project's fields that name neither it nor a role.
    if (NAMELESS_FIELD.test(h)) return '';
    // "Client: Harbourline Insurance, UK": whom a project was for, its organisation.
    const client = CLIENT_FIELD.exec(h);
    if (client) {
      clientName ??= stripEnd(client[1]!.split(',')[0]!, spaceOr('.;')).trim() || undefined;
      return '';
    }
    const field = readField(h);
    if (!field) return sentenceHeader(h.replace(OTHER_LABEL, ''));
    if (field.value) fields[field.kind] ??= field.value;
    return '';
  });
  // How many parts each line is cut into before commas cut them further.
  const wholesOnLine: number[] = [];
  header.forEach((h, line) => {
    for (const whole of splitHeader(stripMarkdown(h).replace(COMPANY_SUFFIX_COMMA, joinSuffix), false).map(
      cleanPart,
    )) {
      let chunk = whole;
      wholes++;
      if (whole.length > 0) wholesOnLine[line] = (wholesOnLine[line] ?? 0) + 1;
      if (!location && isLocation(chunk)) {
        location = chunk;
        locationWhole = { line, whole: wholes };
      } else {
        // "Acme, Berlin, Germany": an employer followed by its place, in one part.
        const place = location ? undefined : placeAfterName(chunk);
        if (place) {
          location = place;
          chunk = chunk.slice(0, chunk.length - place.length).replace(/,\s*$/, '');
        }
        for (const p of closeBrackets(splitHeader(chunk, true)).map(cleanPart)) {
          // "Freelance Developer, Remote": where the work was done, not an employer.
          if (WORK_MODE.test(p)) location ??= p;
          else if (TERMS_OF_WORK.test(p)) continue;
          else if (p.length > 1 && !isDatePart(p) && !LABEL_ONLY.test(p))
            parts.push({ text: p, line, whole: wholes });
        }
      }
    }
  });
  // A project is named by its first part that is not a role ("DevFlow", not "Creator").
  const titleIndex =
    section === 'projects'
      ? Math.max(
          0,
          parts.findIndex((p) => !TITLE_WORDS.test(p.text)),
        )
      : parts.findIndex((p) => TITLE_WORDS.test(p.text));
  let title = withoutLabel(parts[titleIndex]?.text);
  // The organisation written beside the title ("Release Manager, Bramblecote Software") is its
  // own; what the date line holds besides the dates is then a place ("Sep 2017 – Mar 2021 · Cork").
  let others = parts.filter((p, i) => i !== titleIndex && p.text !== title);
  const titleLine = parts[titleIndex]?.line;
  // "Senior TPM, Cloud Infrastructure | Northwind Cloud Services | Seattle, WA": what follows the title
  // after a comma qualifies it when the line names an employer and a place in parts of their own after
  // it; "Release Manager, Bramblecote Software | 2015 – 2018" keeps its employer.
  const titleWhole = parts[titleIndex]?.whole;
  const qualifier = others.find((p) => p.line === titleLine && p.whole === titleWhole);
  const laterWholes = new Set(
    [...others, ...(locationWhole ? [{ ...locationWhole, text: '' }] : [])]
      .filter((p) => p.line === titleLine && titleWhole !== undefined && p.whole > titleWhole)
      .map((p) => p.whole),
  );
  // "Software Engineer II, Backend⇥Feb 2022 – Present" over "Jiro Systems, Inc.⇥Denver, CO" (a
  // LaTeX resume's two rows, either way up): the employer and its place have a line of their own, so
  // all the title's line says besides its dates is the title.
  // The place on that line may be one isLocation does not know ("Figueruelas (Zaragoza)"): a line of
  // two cells, neither naming a role, the second short and without digits, is an employer and its place.
  let placeLine =
    locationWhole !== undefined && locationWhole.line !== titleLine ? locationWhole.line : undefined;
  let unknownPlace: (typeof parts)[number] | undefined;
  if (placeLine === undefined && !location && section === 'experience') {
    const line = others.find((p) => p.line !== titleLine)?.line;
    const pair = line === undefined ? [] : others.filter((p) => p.line === line);
    if (
      line !== undefined &&
      wholesOnLine[line] === 2 &&
      header[line]!.includes('\t') &&
      pair.length === 2 &&
      pair[0]!.whole !== pair[1]!.whole &&
      pair.every((p) => !TITLE_WORDS.test(p.text)) &&
      pair[1]!.text.length <= 40 &&
      !/\d/.test(pair[1]!.text)
    ) {
      placeLine = line;
      unknownPlace = pair[1];
    }
  }
  const employerLine =
    placeLine !== undefined ? others.filter((p) => p.line === placeLine && p !== unknownPlace) : [];
  const ownLine =
    section === 'experience' &&
    employerLine.length === 1 &&
    wholesOnLine[placeLine!] === 2 &&
    !TITLE_WORDS.test(employerLine[0]!.text) &&
    others.every((p) => p.line === titleLine || p.line === placeLine);
  if (title && ownLine && others.some((p) => p.line === titleLine)) {
    title = [title, ...others.filter((p) => p.line === titleLine).map((p) => p.text)].join(', ');
    others = others.filter((p) => p.line !== titleLine && p !== unknownPlace);
    if (unknownPlace) location = unknownPlace.text;
  } else if (title && qualifier && section === 'experience' && titleWhole !== undefined) {
    const onTitleLine = others.filter((p) => p.line === titleLine && p !== qualifier);
    const q = qualifier.text;
    const qualifies =
      // An employer and a place after it, or an employer alone ("Company Commander, Signal Company —
      // U.S. Army, Fort Liberty, NC"): the words after the title's comma qualify it. One word alone
      // after them is more often a place ("Consultant, Kanban Werke AG — Heilbronn"), and a name with
      // an organisation's word is the employer; a business word alone ("Working Student, Software")
      // names a field.
      (!TITLE_WORDS.test(q) &&
        (laterWholes.size >= 2 ||
          (onTitleLine.some((p) => p.whole > titleWhole && /\S\s+\S/.test(p.text)) &&
            !(ORGANISATION_WORD.test(q) && /\S\s+\S/.test(q))))) ||
      // "Information Technology Specialist (MOS 25B), Staff Sergeant (E-6)": a rank after the comma
      // is the title's grade, never an employer.
      MILITARY_RANK.test(q) ||
      // "Pennine Mutual Bank, Leeds — Scrum Master, Lending Technology": the employer and its place
      // before the title, and the team after its comma.
      (!TITLE_WORDS.test(q) &&
        !ORGANISATION_WORD.test(q) &&
        onTitleLine.some((p) => p.whole < titleWhole && ORGANISATION_WORD.test(p.text)));
    if (qualifies) {
      title = `${title}, ${q}`;
      others = others.filter((p) => p !== qualifier);
    }
  }
  // "Pensions Administrator, then Senior Administrator — Forth & Clyde", "Scrum Master — later Agile
  // Coach": a promotion written after the title is the title's.
  const promoted = others.filter((p) => p.line === titleLine && PROMOTION.test(p.text));
  if (title && promoted.length > 0) {
    title = [title, ...promoted.map((p) => p.text)].join(', ');
    others = others.filter((p) => !promoted.includes(p));
  }
  const besideTitle = others.find((p) => p.line === titleLine);
  // An employer on a line of its own above the title line beats what is written under the dates
  // (LinkedIn: employer, title, dates, then the place).
  const aboveTitle =
    titleLine !== undefined && titleLine > below ? others.find((p) => p.line > titleLine) : undefined;
  const orgPart = section === 'projects' ? undefined : (besideTitle ?? aboveTitle ?? others[0]);
  let organisation = orgPart?.text;
  if (!location && aboveTitle && orgPart === aboveTitle) {
    const place = others.find((p) => p.line >= 1 && p.line <= below);
    if (place && place.text.length <= 40 && !TITLE_WORDS.test(place.text) && !/\d/.test(place.text))
      location = place.text;
  }
  if (!location && besideTitle && besideTitle.line !== 0) {
    const place = others.find((p) => p.line === 0 && p !== orgPart);
    if (place && place.text.length <= 40 && !TITLE_WORDS.test(place.text) && !/\d/.test(place.text))
      location = place.text;
  }
  // "IT Project Manager Arizona Public Systems": no separator, so the title ends at its last title word.
  let split: [string, string] | undefined;
  // "Software Developer/ Technician 2 Brooks IT Solutions, Kalamzoo, Michigan": the two parts beside
  // a title make a "City, Region", so the employer is the one glued to the title.
  const after = orgPart ? others[others.indexOf(orgPart) + 1] : undefined;
  const place =
    title && organisation && after && after.line === titleLine && !location && orgPart === besideTitle
      ? `${organisation}, ${after.text}`
      : undefined;
  const placeBeside =
    place && section === 'experience' && !fields.organisation && !/\d/.test(place) && isLocation(place)
      ? isRegion(after!.text) && splitTitleOrganisation(title!)
      : undefined;
  // "IT Transformation Project Manager Confidential Law Firm Tampa, FL": a state's letters alone
  // beside the title are a place, its city the word glued to the title's end (two words after a word
  // that opens place names: "… San Diego, CA").
  if (
    title &&
    organisation &&
    !location &&
    orgPart === besideTitle &&
    section === 'experience' &&
    !fields.organisation &&
    others.filter((p) => p.line === titleLine).length === 1 &&
    /^[A-Z]{2}$/.test(organisation) &&
    !DEPARTMENT_INITIALS.test(organisation)
  ) {
    const words = title.split(/\s+/);
    const cityWords = words.length >= 3 && CITY_OPENER.test(words.at(-2)!) ? 2 : 1;
    const city = words.slice(-cityWords);
    const rest = words.slice(0, -cityWords).join(' ');
    if (
      city.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !COMPANY_SUFFIX.test(w)) &&
      !TITLE_WORDS.test(city.join(' ')) &&
      TITLE_WORDS.test(rest)
    ) {
      location = `${city.join(' ')}, ${organisation}`;
      title = rest;
      organisation = undefined;
    }
  }
  if (title && !organisation && section === 'experience') {
    split = splitTitleOrganisation(title);
    if (split) [title, organisation] = split;
  } else if (placeBeside) {
    split = placeBeside;
    [title, organisation] = split;
    location = place;
  } else if (
    title &&
    organisation &&
    section === 'experience' &&
    orgPart === besideTitle &&
    !fields.organisation &&
    RUN_ON_HEADER.test(header[titleLine!] ?? '')
  ) {
    // "Software Developer Sun Software Solutions - Chennai, TN" (as resume sites export a header: title,
    // employer, " - ", place): the employer glued to the title is the employer, and the part after
    // it, a place ("Chennai") or a client, is not. A header with other separators keeps its title
    // whole ("Senior Engineer Platform | Acme Corp").
    split = splitTitleOrganisation(title);
    if (split) {
      const after = organisation;
      [title, organisation] = split;
      if (!location && after.length <= 40 && !TITLE_WORDS.test(after) && !/\d/.test(after)) location = after;
    } else {
      // "Software Developer - Test III Rackspace": a part that ends in a level before the employer's
      // name is the title's ("Software Developer - Test III" at "Rackspace").
      const words = organisation.split(' ');
      const level = words.findIndex((w, k) => k > 0 && k <= 3 && LEVEL.test(w));
      if (level > 0 && level < words.length - 1 && /^[A-Z]/.test(words[level + 1]!)) {
        title = `${title} - ${words.slice(0, level + 1).join(' ')}`;
        organisation = words.slice(level + 1).join(' ');
      }
    }
  }
  // "Manager IT Ops, Senior LAN Admin, Regional LAN Admin, LAN Admin The Segal Company": titles listed
  // beside the title, the employer glued to the last of them; both of two words or more ("Manager,
  // Principal Financial Group" and "Intern at Global Internship Program" keep their employer).
  if (
    title &&
    organisation &&
    !split &&
    orgPart === besideTitle &&
    section === 'experience' &&
    !fields.organisation &&
    TITLE_WORDS.test(organisation)
  ) {
    const listed = others.filter((p) => p.line === titleLine);
    let last = listed.indexOf(orgPart!);
    while (last + 1 < listed.length && TITLE_WORDS.test(listed[last + 1]!.text)) last++;
    const glued = splitTitleOrganisation(listed[last]!.text);
    if (glued?.every((t) => t.split(/\s+/).length >= 2)) organisation = glued[1];
  }
  // A header written as a sentence ("Currently working as Java Developer in Winsol Pvt Ltd from 1 July
  // 2017"): the title is what follows "as", the organisation what follows "in", without "from 1".
  const sentence = title !== undefined && WORKING_AS.test(title);
  if (title) title = title.replace(WORKING_AS, '');
  if (organisation)
    organisation = organisationName(split || sentence ? organisation.replace(PREPOSITION, '') : organisation);
  if (title && section === 'experience' && !fields.organisation) {
    // "Supervisor of Project Management BLACK BOX", "Sr. Project Manager, Network Services POMEROY",
    // "IT Project Manager, PMO DUKE ENERGY": a name in capitals after words in Title Case is the
    // employer, and what stands before it is the title's (a department, a PMO).
    const cut = capitalsName(organisation ?? title);
    if (cut && organisation) {
      title = `${title}${split ? ' ' : ', '}${cut[0]}`;
      organisation = cut[1];
    } else if (cut && TITLE_WORDS.test(cut[0])) [title, organisation] = cut;
  }
  // "Account Manager Positions 1992 to 2002": a word for jobs in general names no employer.
  if (organisation && NO_EMPLOYER.test(organisation)) organisation = undefined;
  // "Software Engineer · Nordvind Mobility, Aarhus": with no employer found, a place whose last part
  // is a city ("Name, City") is the employer and its city; a "City, Region" stays a place.
  if (title && !organisation && location && section === 'experience' && !wholePlace) {
    const comma = location.lastIndexOf(',');
    const region = location.slice(comma + 1).trim();
    if (comma > 0 && !isRegion(region) && !location.slice(0, comma).includes(',')) {
      organisation = location.slice(0, comma).trim();
      location = region;
    }
  }
  if (fields.title) title = fields.title;
  if (fields.organisation && section === 'experience') organisation = fields.organisation;
  if (clientName && section === 'projects' && !organisation) organisation = clientName;
  const end = dates.end;
  const months = dates.start ? spanMonths(dates.start, end, asOf) : undefined;
  const position: Position = {
    kind: roleKind(title ?? ''),
    section,
    end,
    startLine: 0,
    endLine: 0,
  };
  if (title) position.title = title;
  if (organisation) position.organisation = organisation;
  if (location) position.location = location;
  if (dates.start) position.start = dates.start;
  if (months !== undefined) position.months = months;
  return position;
}

/**
 * A title without the label a form printed before it: "Role: Civil Engineer", "Role-SAP HANA
 * Developer", "Role⇥Java Developer", "Designation Held: Logistic Assistant", "Position   Civil Engineer"
 * name the role after the label. "Role" and "Designation" may stand before the title with a space
 * ("Role Sr. Network Engineer"); "Position" and "Title" need a colon, a dash or a wider gap, as a
 * title may open with them ("Title Examiner").
 */
const TITLE_LABEL =
  /^(?:(?:role|designation(?: held)?)(?:\s*[:\-–]\s*|\s+)|(?:position|job title|title)(?:\s*[:\-–]\s*|\t\s*|\s{2,}))(?=[\p{Lu}\d])/iu;
/** A label alone in its cell ("Role⇥Java Developer") names nothing. */
const LABEL_ONLY = /^(?:role|designation(?: held)?|position|job title)$/i;
function withoutLabel(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const rest = title.replace(TITLE_LABEL, '');
  return rest !== title && TITLE_WORDS.test(rest) ? rest : title;
}

/** A company suffix alone, as a word of a name ("INC", "Ltd."). */
const COMPANY_SUFFIX = new RegExp(`^(?:${COMPANY_SUFFIXES})\\W*$`, 'i');
/** A word in capitals, initials aside ("BLACK", "ELECTRIC", "A&M"; not "IT" or "Inc"). */
const isCapitalsWord = (w: string) => /^[A-Z][A-Z&.'’-]*$/.test(w) && /[A-Z]{2}/.test(w);
/** A word written in Title Case, or a connector a title or a department holds in lowercase. */
const isTitleCaseWord = (w: string) => /^[A-Z][a-z]/.test(w) || TITLE_CONNECTORS.has(w.toLowerCase());

/**
 * "Network Services POMEROY" → ["Network Services", "POMEROY"]: a name in capitals that ends a text
 * written in Title Case before it (short initials such as "IT" aside), or after a title's initials
 * ("PMO DUKE ENERGY"), or a name of three words or more opening with "The" ("Western Region The Segal
 * Company"). A name in capitals holds
 * a word of five letters or more that is no company suffix ("Manager EMEA", "Engineer IBM",
 * "Acme Solutions LIMITED" stay whole) and no title word; a connector before it joins it to the
 * words before ("Bank of AMERICA").
 */
function capitalsName(text: string): [string, string] | undefined {
  const words = text.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && isCapitalsWord(words[k - 1]!) && !TITLE_WORD.test(words[k - 1]!)) k--;
  // "Western Region The Segal Company": a name that opens with "The" after Title Case words.
  const the = words.lastIndexOf('The');
  if (k === words.length && the > 0 && words.length - the >= 3) k = the;
  const name = words.slice(k);
  const head = words.slice(0, k);
  if (
    head.length === 0 ||
    (k !== the && !name.some((w) => w.replace(/\W/g, '').length >= 5 && !COMPANY_SUFFIX.test(w))) ||
    !head.every((w) => isTitleCaseWord(w) || TITLE_WORD.test(w) || /^[A-Z]{2,3}\W?$/.test(w)) ||
    TITLE_CONNECTORS.has(head.at(-1)!.toLowerCase())
  )
    return undefined;
  return [head.join(' '), name.join(' ')];
}

/**
 * What names jobs in general, no employer: "Positions", "Various", "Multiple Clients" ("Account
 * Manager Positions 1992 to 2002", "Contract Developer Various").
 */
const NO_EMPLOYER =
  /^(?:(?:various|multiple|several|numerous|assorted)(?:\s+(?:positions|roles|clients|companies|employers|organi[sz]ations|firms))?|positions|roles|jobs|assignments|engagements)$/i;

/** A header line as resume sites export it: parts joined by " - " and commas only. */
const RUN_ON_HEADER = /^(?=.* - )[^|•·–—\t]*$/;

/** A title's level: a Roman numeral or a small number. */
const LEVEL = /^(?:I{1,3}|IV|V|[1-5])$/;

/** "Project Manager Regal Medical Group" → ["Project Manager", "Regal Medical Group"]. */
function splitTitleOrganisation(text: string): [string, string] | undefined {
  const words = text.split(/\s+/);
  let end = -1;
  for (let k = 0; k < words.length; k++)
    if (TITLE_WORDS.test(words[k]!) && !PLACE_OF_HEAD.test(words.slice(k, k + 2).join(' '))) end = k;
  // A level after the title word is the title's ("Data Engineer II", "Software Engineer 3"), and so
  // is what a bracket after it says of the job ("Help Desk Technician (Part-time)").
  while (end >= 0 && end + 1 < words.length && LEVEL.test(words[end + 1]!)) end++;
  if (end >= 0 && words[end + 1]?.startsWith('(')) {
    const close = words.findIndex((w, k) => k > end && w.endsWith(')'));
    if (close >= 0 && close - end <= 3) end = close;
  }
  // A title word inside a bracket ("Company Commander (Captain, O-3)"): the title runs to its close.
  const opened = (upTo: number) =>
    words.slice(0, upTo + 1).reduce((n, w) => n + (w.split('(').length - w.split(')').length), 0);
  if (end >= 0 && opened(end) > 0) {
    const close = words.findIndex((w, k) => k > end && w.includes(')'));
    if (close < 0) return undefined;
    end = close;
  }
  if (end < 0 || end === words.length - 1) return undefined;
  const org = words.slice(end + 1).join(' ');
  if (!/^[A-Z0-9]/.test(org) || org.length < 2) return undefined;
  return [words.slice(0, end + 1).join(' '), org];
}

/** The kind of role a title names; the first matching rule wins. */
export function roleKind(title: string): RoleKind {
  const t = title.toLowerCase();
  if (
    // "Program-Specific Researcher", "Project-based Lecturer": a word joined on makes an adjective.
    /\b(?:(?:project|program|programme)\b(?!-)|(?:delivery|release|pmo|scrum master|agile coach|implementation manager)\b)/.test(
      t,
    ) ||
    INITIALS_TITLE.test(title)
  )
    return 'project-management';
  if (/\bproduct (?:manager|owner|lead)\b|\bproduct management\b/.test(t)) return 'product';
  if (/\b(?:qa|quality|test|tester|testing|sdet)\b/.test(t)) return 'qa';
  if (/\b(?:cto|cio|vp|vice president|director|head of|chief)\b/.test(t)) return 'leadership';
  if (
    /\b(?:engineer|developer|programmer|architect|devops|sre|software|data scientist|machine learning|tech(?:nical)? lead|engineering (?:manager|lead))\b/.test(
      t,
    )
  )
    return 'engineering';
  if (/\banalyst\b/.test(t)) return 'analysis';
  if (/\b(?:designer|ux|ui)\b/.test(t)) return 'design';
  return 'other';
}

/** Years by kind: the union of each kind's intervals, so overlapping jobs count once. */
function yearsOf(positions: readonly Position[], asOf: YearMonth) {
  const union = (list: readonly Position[]) => {
    // A job dated by one year alone ("Cashier Cactus Market 2016") was held that year: it counts as
    // the year, as "2012 to 2015" counts whole years.
    const spans = list
      .filter((p) => p.end && (p.start || (p.end !== 'present' && p.end.month === undefined)))
      .map(
        (p) =>
          [
            monthIndex(p.start ?? (p.end as YearMonth), false),
            monthIndex(p.end === 'present' ? asOf : p.end!, true) + 1,
          ] as const,
      )
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    let months = 0;
    let cursor = Number.NEGATIVE_INFINITY;
    for (const [a, b] of spans) {
      const s = Math.max(a, cursor);
      if (b > s) months += b - s;
      cursor = Math.max(cursor, b);
    }
    return Math.round((months / 12) * 10) / 10;
  };
  const byKind: Partial<Record<RoleKind, number>> = {};
  for (const kind of ROLE_KINDS) {
    const years = union(positions.filter((p) => p.kind === kind));
    if (years > 0) byKind[kind] = years;
  }
  return { byKind, total: union(positions) };
}

const DEGREE =
  /\b(?:bachelor|master|doctor|ph\.?d|mba|msc|bsc|b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?a\.?|m\.?a\.?|b\.?\s?tech|m\.?\s?tech|b\.?e\.?|m\.?e\.?|a\.a\.s\.?|a\.a\.|a\.s\.|b\.?eng|m\.?eng|hnd|hnc|associate|diploma|degree|certificate|high school|hsc|ssc|a-levels|gcse)(?:\b|(?<=\.))/i;
const INSTITUTION =
  /\b(?:university|college|institute|school|academy|polytechnic|universit[éä]t|iit|iiit|iim|nit|mit|ucla|uc [a-z]+|eth|epfl|kth|lse|nyu|cmu)\b/i;

/**
 * A degree named in full or by its letters with its subject ("Master of Arts", "BS Mathematics",
 * "M.S. in CS"), which starts an entry of its own; "MA" alone after a city is a state, and
 * "degree", "certificate" or "associate" inside a line name no new degree.
 */
const FULL_DEGREE =
  /^(?:(?:bachelor|master|doctor)(?:'?s)?\b|ph\.?\s?d\b|mba\b|[bm]\.b\.a\.?(?=\s)|(?:b|m)\.?\s?(?:sc|s|a|eng|tech|e|ba)\.?(?=\s+\S)|a\.a\.s\.?(?=\s+\S)|a\.[as]\.(?=\s+\S)|hn[dc](?=\s+\S))/i;
/** What follows a degree but names no school: honours, grades, a minor, a thesis. */
const DEGREE_NOTE =
  /\b(?:honou?rs|gpa|cgpa|cum laude|distinction|dean|minor|major|concentration|speciali[sz]ation|thesis|first class|grade)\b/i;

/** A bracket pair that held only the dates taken out of it: "( | )", "[ | ]". */
const EMPTY_BRACKETS = /[([]\s*\|\s*[)\]]/g;

/** The parts of an education line that name a degree in full, anywhere in it. */
const namesFullDegree = (text: string) =>
  splitHeader(text, true).some((p) => FULL_DEGREE.test(stripEnds(p, EDUCATION_EDGE)));

/**
 * The entries one education line holds: one, or more where a layout ran them together ("Master of
 * Science in Finance, Wrocław University (2013 – 2015) Bachelor of Arts in Economics, University of
 * Opole (2010 – 2013)"). Dates open each entry when the line opens with one, else they close it; the
 * line is cut only when every piece names a degree in full.
 */
function educationPieces(raw: string): string[] {
  const dates = findDates(raw);
  if (dates.length === 0) return undatedPieces(raw);
  if (dates.length === 1) return [raw];
  const leading = raw.slice(0, dates[0]!.from).trim() === '';
  const cuts: number[] = [];
  for (let k = 0; k < dates.length - 1; k++) {
    if (leading) cuts.push(dates[k + 1]!.from);
    else {
      // A bracket around the dates closes with them.
      let at = dates[k]!.to;
      while (at < raw.length && (raw[at] === ')' || raw[at] === ']')) at++;
      cuts.push(at);
    }
  }
  const pieces = [0, ...cuts].map((at, k) => raw.slice(at, cuts[k] ?? raw.length).trim());
  // A piece the dates open names its degree after them ("2014 – 2016 M.Sc. Computer Science, …").
  const afterDates = (piece: string) => (leading ? piece.slice(findDates(piece)[0]?.to ?? 0) : piece);
  // A piece that names its school is an entry too ("Computer Science University of Arizona 2011 to 2012").
  return pieces.every((p) => namesFullDegree(afterDates(p)) || INSTITUTION.test(afterDates(p)))
    ? pieces
    : [raw];
}

/** A state's letters and the capitalised words glued after them ("IL Project Management …"). */
const STATE_THEN_ENTRY = /^([A-Z]{2})\s+(\p{Lu}.*)$/u;

/**
 * "M.S. Computer Science, MIT | B.S. Mathematics, UCLA": a degree in full after a degree and its
 * school starts another entry, unless it spells out the one before ("PhD, Princeton University, PhD
 * in Computer Science").
 */
function undatedPieces(raw: string): string[] {
  const pieces: string[][] = [[]];
  for (const part of splitHeader(raw, true)) {
    const p = stripEnds(part, EDUCATION_EDGE);
    const piece = pieces[pieces.length - 1]!;
    // "… DeVRY UNIVERSITY Chicago - Chicago, IL Project Management Professional LOYOLA UNIVERSITY …":
    // a school's state with the next entry glued to it (job sites' exports) closes the entry.
    const glued = STATE_THEN_ENTRY.exec(p);
    if (
      glued &&
      piece.some((q) => INSTITUTION.test(q)) &&
      isLocation(`${piece[piece.length - 1]}, ${glued[1]}`) &&
      (INSTITUTION.test(glued[2]!) || DEGREE.test(glued[2]!))
    ) {
      piece.push(glued[1]!);
      pieces.push([glued[2]!]);
      continue;
    }
    if (
      FULL_DEGREE.test(p) &&
      piece.some((q) => FULL_DEGREE.test(q)) &&
      piece.some((q) => INSTITUTION.test(q)) &&
      !piece.some((q) => DEGREE.test(q) && p.startsWith(q))
    )
      pieces.push([p]);
    else piece.push(p);
  }
  return pieces.length === 1 ? [raw] : pieces.map((p) => p.join(', '));
}

/** A degree that opens a part: "Bachelor's (degree)", "Masters", "Associate", "BA", "B.E", "M.B.A.", "Diploma". */
const DEGREE_HEAD =
  /^(?:(?:bachelor|master|doctor|associate)(?:'?s)?(?:\s+degree)?|ph\.?\s?d\.?|m\.?b\.?a\.?|b\.?b\.?a\.?|(?:b|m)\.?\s?(?:sc|s|a|eng|tech|e)\.?|diploma|certificate)(?=\s)/i;
/** A school-leaving degree that names no field: "High school or equivalent", "High School Diploma", "GED". */
const SCHOOL_LEAVING_HEAD = /^(?:high school(?: diploma)?(?: or equivalent)?|ged)(?=\s)/i;
/** Words that name a field of study, not a school ("Computer Science", "Business Management"). */
const FIELD_WORDS = new Set(
  (
    'science sciences engineering management administration business technology technologies information systems ' +
    'computer computers computing software electrical electronics electronic mechanical civil chemical industrial ' +
    'biomedical aerospace communication communications mathematics math maths statistics financial finance accounting ' +
    'economics marketing operations project programming chemistry physics biology psychology sociology history ' +
    'english arts art fine liberal studies nursing health healthcare public policy political criminal justice ' +
    'education design graphic media journalism network networking networks security cybersecurity cyber data analytics ' +
    'applied general international human resources resource supply chain logistics organizational leadership strategic ' +
    'digital multimedia web development environmental law legal medical medicine pharmacy kinesiology philosophy music ' +
    'theatre theater film physical social work hospitality tourism architecture construction telecommunications ' +
    'biotechnology biochemistry microbiology professional commerce humanities anthropology geography linguistics ' +
    'agriculture nutrition option emphasis and & / of in'
  ).split(' '),
);
const FIELD_CONNECTORS = new Set(['and', '&', '/', 'of', 'in']);

/**
 * "Bachelor's in Computer Science Gustavus Adolphus College", as job sites export a degree: the
 * degree, its field after "in" or "of" (its first word whatever it is, "in CSE"; then words that name
 * fields, a bracket among them), then the school, which must name itself one ("College",
 * "University"…) and be of two words or more. Without "in" or "of" the field is words that name
 * fields only ("MBA Harvard Business School"). The school's first word is the first that names no
 * field: a school named after a field ("Business School") stays with the degree.
 */
function splitDegreeSchool(part: string): [string, string] | undefined {
  // "High school or equivalent Mountain View High School": a degree with no field, then its school.
  const leaving = SCHOOL_LEAVING_HEAD.exec(part);
  if (leaving) {
    const school = part.slice(leaving[0].length).trim();
    return school.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(school) && INSTITUTION.test(school)
      ? [leaving[0], school]
      : undefined;
  }
  const head = DEGREE_HEAD.exec(part);
  if (!head) return undefined;
  const words = part.slice(head[0].length).trim().split(/\s+/);
  let k = 0;
  if (/^(?:in|of)$/i.test(words[0] ?? '') && /^[\p{Lu}(]/u.test(words[1] ?? '')) k = 2;
  let bracket = words[k - 1]?.startsWith('(') && !words[k - 1]!.includes(')');
  while (k < words.length) {
    const w = words[k]!;
    if (bracket || w.startsWith('(')) bracket = !w.includes(')');
    else if (!FIELD_WORDS.has(w.toLowerCase().replace(/[,.:]$/, ''))) break;
    k++;
  }
  while (k > 0 && FIELD_CONNECTORS.has(words[k - 1]!.toLowerCase())) k--;
  const school = words.slice(k);
  // A school named by its kind alone goes on with "of" ("University of Phoenix"); "Business School
  // Lausanne" is one name, not a field and a school.
  const kindFirst = INSTITUTION.test(school[0]!) && !/^of$/i.test(school[1] ?? '');
  if (
    k === 0 ||
    school.length < 2 ||
    kindFirst ||
    !/^\p{Lu}/u.test(school[0]!) ||
    !INSTITUTION.test(school.join(' '))
  )
    return undefined;
  return [`${head[0]} ${words.slice(0, k).join(' ')}`, school.join(' ')];
}

/** A word that names a field, not a connector ("Science", "Management"). */
const isFieldWord = (w: string) => {
  const t = w.toLowerCase().replace(/[,.:]$/, '');
  return FIELD_WORDS.has(t) && !FIELD_CONNECTORS.has(t);
};
/** A part made of field words alone: "Management", "Project Management" in a list of fields. */
const isFieldPhrase = (p: string) => {
  const words = p.split(/\s+/);
  return (
    words.some(isFieldWord) && words.every((w) => FIELD_WORDS.has(w.toLowerCase().replace(/[,.:]$/, '')))
  );
};

/**
 * "Computer Science University of Arizona", "and Crisis Management Harvard Business School": a field
 * of study with no degree before it, then its school. The field ends at a word that names fields,
 * and its other words name fields too, or, in the last item of a list of fields, are capitalised
 * ("Crisis"; "Maharashtra Industrial Training Institute" is one name); the school is the rest when it names
 * one, has two words or more and opens with a capital that names no field. A school that opens with
 * its kind ("University of Arizona") follows a field of two words or more: "Art Institute of Chicago"
 * and "Business School Lausanne" stay whole, and so does "Harvard Business School".
 */
function splitFieldSchool(part: string): [string, string] | undefined {
  const words = part.split(/\s+/);
  const list = /^(?:and|&)$/i.test(words[0]!);
  for (let k = words.length - 2; k >= 1; k--) {
    const field = words.slice(0, k);
    const school = words.slice(k);
    const first = school[0]!;
    if (
      isFieldWord(field[k - 1]!) &&
      field.every(
        (w) => FIELD_WORDS.has(w.toLowerCase().replace(/[,.:]$/, '')) || (list && /^\p{Lu}/u.test(w)),
      ) &&
      /^\p{Lu}/u.test(first) &&
      !FIELD_WORDS.has(first.toLowerCase()) &&
      INSTITUTION.test(school.join(' ')) &&
      (!INSTITUTION.test(first) || (/^of$/i.test(school[1]!) && field.filter(isFieldWord).length >= 2))
    )
      return [field.join(' '), school.join(' ')];
  }
  return undefined;
}

/** A degree's title wrapped onto a line of its own in a narrow column ("Master of Health" / "Administration"). */
const isDegreeContinuation = (t: string) =>
  t.length <= 40 &&
  /^[A-Z][A-Za-z&'’.-]*(?:\s+(?:[A-Z][A-Za-z&'’.-]*|of|and|in|&)){0,3}$/.test(t) &&
  !DEGREE_NOTE.test(t) &&
  !TITLE_WORDS.test(t) &&
  !isLocation(t);

/** "CalTech", "Free University of Berlin": a name, every word capitalised but its connectors. */
const isProperName = (t: string) =>
  t.length < 60 && t.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()));

/** An education table's header row: "Degree⇥Institution⇥Year", "Qualification, School, Dates". */
const EDUCATION_HEADER_CELL =
  '(?:degree|qualification|course|programme|program|field(?: of study)?|major|institution|institute|school|university|college|board(?:\\s*\\/\\s*university)?|years?(?: of passing)?|dates?|period|grade|gpa|result|location|percentage|marks|cgpa|class|division)';
const EDUCATION_TABLE_HEADER = new RegExp(
  `^${EDUCATION_HEADER_CELL}(?:\\s*[,|\\t]\\s*${EDUCATION_HEADER_CELL}){1,5}$`,
  'i',
);

function findEducation(lines: readonly string[], from: number, to: number): Education[] {
  const out: Education[] = [];
  let current: Education | undefined;
  // The line the current entry's degree was read from, while nothing else was read after it.
  let degreeLine = -1;
  // A school named on a line of its own that opens an entry, above its degrees ("Northeastern
  // University⇥Boston, MA", then "M.S. Project Management" and "B.S. Biology"): each degree under it
  // is from that school. A school under its degree ("M.S. Statistics" / "Columbia University") is no
  // heading of the next degree.
  let schoolAbove: string | undefined;
  for (let n = from; n <= to; n++) {
    const line = lineAt(lines, n).trim();
    if (!line || isBullet(line) || EDUCATION_TABLE_HEADER.test(line)) continue;
    educationPieces(line).forEach((raw, piece) => {
      const dates = findDateRange(raw);
      // The dates' place separates what was on either side ("Bachelor of Engineering [2010 – 2014] Anna
      // University"), and brackets left empty go with them.
      const text = stripMarkdown(
        dates ? `${raw.slice(0, dates.from)} | ${raw.slice(dates.to)}`.replace(EMPTY_BRACKETS, ' | ') : raw,
      );
      // What a line's dates leave behind names nothing: the brackets of "[ 2010 – 2014 ]" (Europass).
      // A degree glued to its school ("BA in Communications Slippery Rock University") is two parts.
      const degrees = new Set<string>();
      const parts = splitHeader(text, true)
        .map((p) => closeBracket(stripEnds(p, EDUCATION_EDGE)))
        .filter((p) => p.length > 1 && /[\p{L}\p{N}]/u.test(p))
        .flatMap((p) => {
          const split = splitDegreeSchool(p);
          if (split) degrees.add(split[0]);
          return split ?? [p];
        });
      // A field of study with no degree, glued to its school, is read as the degree; fields listed
      // before it are the same entry's ("Management, Project Management, and Crisis Management
      // Harvard Business School").
      const school = parts.findIndex((p) => INSTITUTION.test(p));
      const fieldSchool =
        school >= 0 && !parts.some((p) => degrees.has(p) || DEGREE.test(p))
          ? splitFieldSchool(parts[school]!)
          : undefined;
      if (fieldSchool) {
        let first = school;
        while (first > 0 && isFieldPhrase(parts[first - 1]!)) first--;
        const field = [...parts.slice(first, school), fieldSchool[0]].join(', ');
        parts.splice(first, school - first + 1, field, fieldSchool[1]);
        degrees.add(field);
      }
      let institution = parts.find((p) => INSTITUTION.test(p) && !degrees.has(p));
      // "Boston, MA": letters after a city that make a place with it are its state, not a degree.
      const degree = parts.find(
        (p, i) =>
          degrees.has(p) ||
          (DEGREE.test(p) && p !== institution && !(i > 0 && isLocation(`${parts[i - 1]}, ${p}`))),
      );
      if (!institution && !degree && !dates) {
        if (current?.degree && degreeLine === n - 1 && isDegreeContinuation(text.trim())) {
          current.degree = `${current.degree} ${text.trim()}`;
          degreeLine = n;
        }
        return;
      }
      // A degree under the same degree alone, spelling it out ("Bachelor's" / "Bachelor's Commerce
      // India Guru Nanak high school"), is the same entry's.
      const spelledOut =
        degree !== undefined &&
        current?.degree !== undefined &&
        !current.institution &&
        piece === 0 &&
        n - current.line === 1 &&
        degree.length > current.degree.length &&
        degree.startsWith(current.degree);
      // A new entry starts when the current one already has what this line brings: an institution,
      // or a degree (named in full when the line names an institution too, as a second degree does).
      if (
        !current ||
        piece > 0 ||
        (institution && current.institution) ||
        (degree && current.degree && !spelledOut && (!institution || FULL_DEGREE.test(degree))) ||
        n - current.line > 3
      ) {
        const previous = current;
        current = { line: n };
        out.push(current);
        if (
          degree &&
          !institution &&
          schoolAbove &&
          previous?.institution === schoolAbove &&
          n - previous.line <= 3
        )
          current.institution = schoolAbove;
      }
      // A table's header row ("Qualification   Board/University   Year") names no school.
      if (institution)
        schoolAbove = degree || current.degree || /\s{3}/.test(institution) ? undefined : institution;
      const at = degree ? parts.indexOf(degree) : -1;
      const next = parts[at + 1];
      // "PhD in Computer Science, CalTech": a degree that names its field is followed by its school.
      if (
        degree &&
        !institution &&
        next &&
        /\sin\s/i.test(degree) &&
        isProperName(next) &&
        !DEGREE.test(next) &&
        !DEGREE_NOTE.test(next) &&
        !isLocation(next)
      )
        institution = next;
      if (institution && !current.institution) current.institution = institution;
      if (spelledOut) current.degree = degree;
      if (degree && !current.degree) {
        current.degree = degree;
        // Degree and field often come as "Bachelor of Science, Computer Science".
        if (next && next !== institution && !DEGREE.test(next) && !INSTITUTION.test(next) && next.length < 60)
          current.degree = `${degree}, ${next}`;
      }
      degreeLine = degree && current.degree?.startsWith(degree) && !institution && !dates ? n : -1;
      if (!current.institution && !current.degree && parts[0]) current.institution = parts[0];
      if (dates && !current.end) {
        if (dates.start) current.start = dates.start;
        current.end = dates.end;
      }
    });
  }
  return out.filter((e) => e.institution || e.degree);
}

const ISSUERS =
  /\b(PMI|Project Management Institute|Scrum Alliance|Scrum\.org|AXELOS|PeopleCert|Amazon Web Services|AWS|Google(?: Cloud)?|Microsoft|Coursera|edX|Udemy|LinkedIn Learning|CompTIA|Cisco|Atlassian|\(ISC\)²|ISC2|ISACA|IIBA|Oracle|Salesforce|Red Hat|Linux Foundation|CNCF|HashiCorp|SAFe|Scaled Agile|ICAgile|Kanban University|IBM|Meta|APMG)\b/i;

/**
 * "(issued Mar 2021)", "2019": dates, removed from a certification's name (from a run's start only,
 * as above). Only a month's name goes with the year: "Professional Scrum Master 2020" keeps "Master".
 */
const CERTIFICATION_DATE =
  /(?:(?<!\s)|(?!\s))\(?\s*(?:issued\s+|expires?\s+)?(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?(?:19[5-9]\d|20\d\d)\s*\)?/gi;
const CERTIFICATION_SEPARATORS = oneOf('•|;');
const CERTIFICATION_END = spaceOr(',–—-');

/** Items of a certifications line: the split `/\s*[•|;]\s*|\t/` made, scanned once. */
export function splitCertificationLine(line: string): string[] {
  let runEnd = 0;
  return splitWith(line, (i) => {
    const c = line.charCodeAt(i);
    if (!isSpace(c)) return CERTIFICATION_SEPARATORS(c) ? spaceRunEnd(line, i + 1) : -1;
    if (runEnd <= i) runEnd = spaceRunEnd(line, i);
    if (CERTIFICATION_SEPARATORS(line.charCodeAt(runEnd))) return spaceRunEnd(line, runEnd + 1);
    return c === 9 ? i + 1 : -1;
  });
}

/**
 * The European CV's labels, in the cell before each value ("Occupation or position held | Business
 * Analyst", "Name and address of employer | Acme, Gdańsk"): a label reads as spaces, so the value is
 * read as a resume writes it and the line keeps its offsets; a label whose value names nothing the
 * structure reads ("Type of business or sector", "Level in national or international classification")
 * takes its value with it.
 */
function withoutFormLabel(line: string): string {
  if (line.length < 8) return line;
  // A label its cell wrapped: "Main activities and" over "responsibilities⇥– Gathering requirements…".
  if (WRAPPED_LABEL_START.test(line)) return ' '.repeat(line.length);
  if (!line.includes('|') && !line.includes('\t')) return line;
  const m = FORM_LABEL.exec(line);
  if (!m) return line;
  return m[1] ? ' '.repeat(line.length) : ' '.repeat(m[0].length) + line.slice(m[0].length);
}
// The label and its value are cells of a table row: a bar or a tab between them (the LaTeX europecv
// class and PDFs of the Europass editor print a tab's gap).
const FORM_LABEL =
  /^\s*(?:(type of business or sector|level in national or international classification|principal subjects\/occupational skills covered|mother tongue\(s\)|other language\(s\)|driving licen[cs]e)|dates|occupation or position held|main activities and responsibilities|responsibilities|name and address of employer|title of qualification awarded|name and type of organi[sz]ation providing education and training|name of organi[sz]ation)(?:\s*\|\s*|[ ]*\t\s*)/i;
const WRAPPED_LABEL_START = /^\s*main activities and\s*$/i;

/**
 * The European CV names the employer after the job's description ("Dates", "Occupation or position
 * held", "Main activities and responsibilities", then "Name and address of employer | Acme S.p.A.,
 * Bologna"): a job that names no employer takes the one its own lines give in that field, its place
 * after the last comma.
 */
function formEmployers(positions: Position[], text: readonly string[]): void {
  for (const p of positions) {
    if (p.organisation !== undefined || p.section !== 'experience') continue;
    for (let n = p.startLine; n <= p.endLine; n++) {
      const value = EMPLOYER_FIELD.exec(lineAt(text, n))?.[1]?.trim();
      if (!value) continue;
      const comma = value.lastIndexOf(', ');
      const place = comma > 0 ? value.slice(comma + 2) : '';
      const named = place.length > 0 && place.length <= 40 && !/\d/.test(place) && !TITLE_WORDS.test(place);
      p.organisation = named ? value.slice(0, comma) : value;
      if (named) p.location ??= place;
      break;
    }
  }
}
const EMPLOYER_FIELD = /^\s*name and address of employer(?:\s*\|\s*|[ ]*\t\s*)(\S.{0,119})$/i;

/**
 * An employer's line dated with the span of its roles ("Brightwell Media (2014 – 2019, 5 years)", each
 * role below it dated in turn) heads those roles: it is no position of its own, and it names their
 * employer when they name none. Read as a position it added a 72-month job without a title.
 */
function employerSpans(positions: Position[], lines: readonly string[]): void {
  for (let k = positions.length - 2; k >= 0; k--) {
    const span = positions[k]!;
    if (span.title !== undefined || span.endLine !== span.startLine || !span.start) continue;
    const from = monthIndex(span.start);
    const to = span.end === 'present' ? Number.POSITIVE_INFINITY : monthIndex(span.end ?? span.start, true);
    const within = (p: Position) => {
      if (p.section !== span.section || !p.start) return false;
      const at = monthIndex(p.start);
      return at >= from && at <= to;
    };
    if (!within(positions[k + 1]!)) continue;
    const line = lineAt(lines, span.startLine);
    const dates = findDateRange(line);
    const employer = stripEnd(dates ? line.slice(0, dates.from) : line, spaceOr('(,;:|—–-')).trim();
    for (let j = k + 1; j < positions.length && within(positions[j]!); j++)
      if (!positions[j]!.organisation && employer.length > 1) positions[j]!.organisation = employer;
    positions.splice(k, 1);
  }
}

/**
 * A line of an education section that names a certification or a course, not a degree: a
 * certification's word ("Certified", "Certificate", "Green Belt", "Practitioner"), a known
 * certification's initials, or a line opening with "Course"; a school's name on the line keeps a
 * certification's word a degree's ("Postgraduate Certificate in Education, University of Leeds").
 */
const CERTIFICATION_LINE =
  /\b(?:certified|certification|certificate|(?:green|black|yellow) belt|practitioner|foundation level)\b|\b(?:PMP|CAPM|CBAP|CCBA|PSPO|PSM|CSM|CSPO|ITIL|PRINCE2|PMI-ACP|ISTQB)\b/i;
/** A course, though a university gives it ("Course: Data Analysis with SQL – Coursera (Duke University)"). */
const COURSE_LINE = /^\W{0,3}(?:online\s+)?course\b/i;

/** The 1-based lines from `from` to `to` that CERTIFICATION_LINE or COURSE_LINE reads as certifications, in order. */
function certificationLines(lines: readonly string[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let n = from; n <= to; n++) {
    const line = lineAt(lines, n);
    if (line.length > 160) continue;
    if (COURSE_LINE.test(line) || (CERTIFICATION_LINE.test(line) && !INSTITUTION.test(line))) out.add(n);
  }
  return out;
}

function findCertifications(lines: readonly string[], from: number, to: number): Certification[] {
  const out: Certification[] = [];
  for (let n = from; n <= to; n++) {
    for (const item of withYearCells(splitCertificationLine(lineAt(lines, n)))) {
      let t = stripMarkdown(item.replace(BULLET, '')).trim();
      if (t.length < 2 || t.length > 160) continue;
      const years = [...t.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
      const year = years.length > 0 ? Math.max(...years) : undefined;
      // A validity range's words stay behind its dates ("CCNA January 2014 to January 2017").
      t = t
        .replace(CERTIFICATION_DATE, ' ')
        .replace(/\s+/g, ' ')
        .replace(/\s(?:to|until|through|valid)(?:\s(?:present|current|date))?\s*$/i, '');
      t = stripEnd(t, CERTIFICATION_END).trim();
      const { name, issuer } = nameAndIssuer(t);
      if (name.length < 2) continue;
      const cert: Certification = { name, line: n };
      if (issuer) cert.issuer = issuer;
      if (year) cert.year = year;
      out.push(cert);
    }
  }
  return out;
}

/** What sets an issuer off a certification's name: a dash, a comma, a bracket, "by", "from". */
const ISSUER_AFTER = /^(.+?)\s*(?:\s[—–-]\s|,\s|\s\(|\bby\b|\bfrom\b|\bissued by\b)\s*(.+?)\)?$/i;
const SEPARATORS_BEFORE = /^[\s,;:—–-]+/;

/**
 * A certification's name and issuer ("PMP, Project Management Institute", "CBAP by IIBA"). The name
 * keeps its own initials or exam code in brackets ("Certified ScrumMaster (CSM)") and its level after
 * a dash ("AWS Certified Solutions Architect – Associate"); what follows them may name the issuer,
 * else a known issuer the line names outside the name.
 */
function nameAndIssuer(t: string): { name: string; issuer?: string } {
  let head = t;
  let rest = '';
  const bracketed = CERTIFICATION_INITIALS.exec(t);
  if (bracketed && initialsOf(bracketed[1]!)) {
    head = bracketed[1]!;
    rest = bracketed[2]!.replace(SEPARATORS_BEFORE, '').trim();
  } else {
    const split = ISSUER_AFTER.exec(t);
    if (split && split[1]!.length >= 2) {
      const level = CERTIFICATION_LEVEL.exec(split[2]!);
      if (!level) return { name: split[1]!.trim(), issuer: closeBracket(split[2]!.trim()) };
      rest = split[2]!.slice(level[0].length).replace(SEPARATORS_BEFORE, '').trim();
      head = t.slice(0, t.length - rest.length);
    }
  }
  const name = stripEnd(head, spaceOr(',;:—–-')).trim();
  if (rest.length >= 2) return { name, issuer: rest.replace(/^(?:by|from|issued by)\s+/i, '') };
  // A known issuer inside a name kept whole ("Microsoft Certified: …") still names it.
  const known = t.match(ISSUERS);
  const inName = head !== t && known !== null && name.includes(known[0]);
  return known && known[0].length < t.length && !inName ? { name, issuer: known[0] } : { name };
}

/** `t` with the bracket it opens and the issuer's pattern took as the name's closed ("Coursera (Duke University"). */
function closeBracket(t: string): string {
  const open = t.split('(').length - t.split(')').length;
  return open === 1 ? `${t})` : t;
}

/**
 * A year in a cell of its own ("2018⇥ISTQB Foundation", "CBAP – IIBA⇥2022", a column of a table or a
 * gutter) dates the certification beside it on the line: the one before it, else the one after.
 */
function withYearCells(cells: string[]): string[] {
  // A table's column of where each stands ("Certified", "Completed", "In progress") names nothing.
  const items = cells.length > 1 ? cells.filter((c) => !CERTIFICATION_STATUS.test(c)) : cells;
  // A table's row of a name, its issuer and a year ("CKAD | CNCF | 2021"): one certification.
  const isYear = (item: string) => /^\s*(?:19|20)\d\d\s*$/.test(item);
  const [name, issuer, year] = items.map((item) => item.trim());
  if (items.length === 3 && isYear(year!) && !isYear(name!) && !isYear(issuer!))
    if (issuer!.length <= 40 && !/certif/i.test(issuer!)) return [`${name} — ${issuer} (${year})`];
  const out: string[] = [];
  let pending: string | undefined;
  for (const item of items) {
    if (isYear(item)) {
      if (out.length > 0) out[out.length - 1] = `${out.at(-1)} (${item.trim()})`;
      else pending = item.trim();
      continue;
    }
    out.push(pending ? `${item} (${pending})` : item);
    pending = undefined;
  }
  return out;
}

/** A certification table's status cell: "Certified", "Completed", "In progress", "Expired". */
const CERTIFICATION_STATUS =
  /^\s*(?:certified|completed|complete|passed|ongoing|in progress|pursuing|active|valid|expired|lapsed|awarded)\s*$/i;

/** A certification's level, which a dash may set off from its name ("– Associate", "- Foundation Level"). */
const CERTIFICATION_LEVEL =
  /^(?:associate|professional|foundation|practitioner|expert|specialty|fundamentals|advanced|intermediate|master|level\s*\d|part\s*\d)(?:\s+level)?\b/i;

/** A name, then its initials in brackets (capitals, digits, up to 10 characters), then the rest. */
const CERTIFICATION_INITIALS = /^(.+?\s\([A-Z][A-Z0-9 +&-]{1,9}\))(.*)$/;

/**
 * Whether the capitals in brackets at the end of `named` are its initials: each of them, in order,
 * a capital of the name before ("Certified ScrumMaster (CSM)"; not "ITIL 4 Foundation (AXELOS)",
 * whose brackets name the issuer).
 */
function initialsOf(named: string): boolean {
  const open = named.lastIndexOf('(');
  // An exam's code is the name's too: "Azure Fundamentals (AZ-900)".
  if (/^\([A-Z]{1,4}-?\d{2,4}\)$/.test(named.slice(open))) return true;
  const capitals = named.slice(0, open).replace(/[^A-Z]/g, '');
  let k = 0;
  for (const c of named.slice(open + 1).replace(/[^A-Z]/g, '')) {
    k = capitals.indexOf(c, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

// Separators start at the start of a run of spaces or at a non-space, never inside a run (where
// none starts that could not start earlier); searched for from every space, a run was re-read.
const SKILL_SEPARATOR = /(?:(?<!\s)|(?!\s))(?:\s*[,;|•·\t]\s*|\s{3,})/;
const SKILL_LEAD = spaceOr('(');
const SKILL_TRAIL = spaceOr(').');

/**
 * `text` split at each match of `separator` that stands outside brackets: "Programme management (Asta
 * Powerproject, critical path), JCT contracts" is two items, not three. A line whose brackets do not
 * pair up is split at every match, as if it had none.
 */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  if (!text.includes('(')) return text.split(separator);
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let unpaired = false;
  let scanned = 0;
  const upTo = (end: number) => {
    for (; scanned < end; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 40) depth++;
      else if (c === 41 && --depth < 0) unpaired = true;
    }
  };
  for (const m of text.matchAll(new RegExp(separator.source, 'g'))) {
    upTo(m.index);
    if (depth > 0 || m[0].length === 0) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  upTo(text.length);
  if (unpaired || depth !== 0) return text.split(separator);
  out.push(text.slice(from));
  return out;
}

/** "Skill", "Level", "Years", "Expert", "5", "5 years", "★★★★☆": a skills table's other cells. */
const SKILL_TABLE_CELL =
  /^(?:skills?|level|proficiency|years?(?: of experience)?|experience|rating|expert|advanced|intermediate|beginner|basic|novice|proficient|fluent|native|\d{1,2}(?:\+|\s*(?:years?|yrs?))?|[★☆●○■□]+)$/i;

/** Items of a skills section: "Languages: Java, Python" → Java, Python. */
function findSkillItems(lines: readonly string[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // "Languages: Java, Python" and a table row "Languages | Java, Python" or "Tools⇥SQL, Excel" carry
    // a label.
    const t = lineAt(lines, n)
      .replace(BULLET, '')
      .replace(/^[^:]{1,40}:\s*/, '')
      .replace(/^[^|,]{1,40}\s\|\s(?=.*,)/, '')
      .replace(/^[^\t,]{1,30}\t+(?=[^\t]*,)/, '');
    // "`Scrum` `Kanban` `Jira`": a Markdown resume's chips, each an item.
    const chips = [...t.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const items =
      chips.length >= 2 && /^[\s,;·|]*$/.test(t.replace(/`[^`]+`/g, ''))
        ? chips
        : splitOutsideBrackets(t, SKILL_SEPARATOR);
    for (const item of items) {
      let s = stripEnds(item, SKILL_LEAD, SKILL_TRAIL).trim();
      // A bracket the item opened is its own ("Python (5 years)"), not a list's.
      if (s.includes('(') && !s.includes(')') && item.trimEnd().endsWith(')')) s = `${s})`;
      // A skills table's header cells and its level and years columns name no skill.
      if (SKILL_TABLE_CELL.test(s)) continue;
      if (s.length >= 1 && s.length <= 60) out.push(s);
    }
  }
  return out;
}

/** Years of experience as a person reads them: "about 9 years", "about a year", "under a year". */
export function formatYears(years: number): string {
  if (years < 0.75) return 'under a year';
  if (years < 1.5) return 'about a year';
  return `about ${Math.round(years)} years`;
}

/** What "Present" stood for when it was not today: 'counting "Present" as March 2019, the date saved in the file'. */
export function presentNote(presentCountedAs: SavedMonth): string {
  const month = `${FULL_MONTH_NAMES[presentCountedAs.month - 1]} ${presentCountedAs.year}`;
  return `counting "Present" as ${month}, the date saved in the file`;
}

/**
 * "about 6 years of experience", with what "Present" stood for when it was not today: the text,
 * Markdown and web reports say it alike.
 */
export function formatExperience(years: number, presentCountedAs?: SavedMonth): string {
  const text = `${formatYears(years)} of experience`;
  return presentCountedAs ? `${text}, ${presentNote(presentCountedAs)}` : text;
}

/** "Title — Organisation (Jan 2020 – Present)": how structured readers write a position. */
export function positionLine(p: {
  title?: string | undefined;
  organisation?: string | undefined;
  start?: YearMonth | undefined;
  end?: YearMonth | 'present' | undefined;
}): string {
  const who = [p.title, p.organisation].filter((s) => s && s.trim().length > 0).join(' — ');
  const end = p.end === undefined ? undefined : p.end === 'present' ? 'Present' : formatYearMonth(p.end);
  const when = p.start ? `${formatYearMonth(p.start)} – ${end ?? 'Present'}` : end;
  return when ? `${who} (${when})` : who;
}
