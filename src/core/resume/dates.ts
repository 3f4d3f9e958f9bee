/** A point in a career: a year, and the month when the resume gives one (1–12). */
export interface YearMonth {
  year: number;
  month?: number;
}

/** A date or date range as written on a resume line. */
export interface DateSpan {
  start?: YearMonth;
  /** "present" for "Present", "Current", "Now", "to date", "ongoing". */
  end: YearMonth | 'present';
  /** Where the dates sit in the line: [from, to). */
  from: number;
  to: number;
}

/** Each word of `words` (space-separated) as the month `month`. */
function monthsOf(month: number, words: string): Record<string, number> {
  return Object.fromEntries(words.split(' ').map((w) => [w, month]));
}

/**
 * The months as European resumes write them, in an English resume as well ("Januar 2020 – März
 * 2023", "janvier 2019 – présent"): German, French, Spanish, Dutch, Italian and Portuguese, and their
 * short forms that are no English word ("out", "set", "ago", "gen" and "mag" are left out).
 */
const FOREIGN_MONTH_WORDS: Record<string, number> = {
  ...monthsOf(1, 'januar jänner janvier enero januari gennaio janeiro janv ene'),
  ...monthsOf(2, 'februar février fevrier febrero februari febbraio fevereiro févr fevr fev'),
  ...monthsOf(3, 'märz maerz mars marzo maart março marco mär mrz mrt'),
  ...monthsOf(4, 'avril abril aprile avr abr'),
  ...monthsOf(5, 'mai mayo mei maggio maio'),
  ...monthsOf(6, 'juni juin junio giugno junho giu'),
  ...monthsOf(7, 'juli juillet julio luglio julho juil lug'),
  ...monthsOf(8, 'août aout agosto augustus'),
  ...monthsOf(9, 'septembre septiembre setiembre settembre setembro'),
  ...monthsOf(10, 'oktober octobre octubre ottobre outubro okt ott'),
  ...monthsOf(11, 'novembre noviembre novembro'),
  ...monthsOf(12, 'dezember décembre decembre diciembre dicembre dezembro déc dez dic'),
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  ...FOREIGN_MONTH_WORDS,
  // Seasons, as people write for internships.
  spring: 4,
  summer: 7,
  fall: 10,
  autumn: 10,
  winter: 1,
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The months' names in full, January first. */
export const FULL_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The month words of other languages, longest first (a regex alternation takes the first that fits). */
const FOREIGN_MONTHS = Object.keys(FOREIGN_MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH_WORD = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|${FOREIGN_MONTHS})\\.?`;
/**
 * What a two-digit year may follow: a straight apostrophe, or the typographic ones Word, PDFs and
 * autocorrect put in its place (’ right and ‘ left single quotation marks, ʼ modifier letter).
 */
const APOSTROPHE = "['\\u2018\\u2019\\u02bc]";
const YEAR = `(?:19[5-9]\\d|20\\d\\d|${APOSTROPHE}\\d\\d)`;
const DAY_OR_MONTH = '(?:0?[1-9]|[12]\\d|3[01])';
/**
 * A date with its day, in numbers: "15/03/2019", "15.03.2019", "15-03-2019", "2019-03-15" (one
 * separator throughout; not a part of a longer dotted number, "1.2.2019.4").
 */
const DAY_DATE = ['/', '\\.', '-']
  .flatMap((sep) => [
    `${DAY_OR_MONTH}${sep}${DAY_OR_MONTH}${sep}(?:19|20)\\d\\d(?!\\.?\\d)`,
    `(?:19|20)\\d\\d${sep}(?:0?[1-9]|1[0-2])${sep}${DAY_OR_MONTH}(?!\\.?\\d)`,
  ])
  .join('|');
/**
 * One date: "Jan 2020", "Sept. 2018", "January, 2020", "15/03/2019", "2019-03", "03/2019", "3.2019",
 * "2019".
 */
const DATE = `(?:${MONTH_WORD},?\\s*${YEAR}|${DAY_DATE}|(?:19|20)\\d\\d[-/.](?:0?[1-9]|1[0-2])(?![\\d])|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\\d\\d|${YEAR})`;
// "to till the date", "till the date": how many Indian resumes write an open end.
// "heute", "présent", "actualidad": the present in the languages whose months are read.
const PRESENT =
  "(?:present|current(?:ly)?|now|today|to date|ongoing|till (?:the )?date|(?:the )?date|(?:bis )?heute|aktuell|présent|aujourd['\u2019]hui|(?:la )?actualidad|presente|heden|oggi|atual)";
// Hyphens and dashes of every kind, including the soft hyphen some PDF exports put between dates;
// "to till" as in "16th Jan 2017 to till 30th Aug 2018".
const SEP = '\\s*(?:[-\\u00ad\\u2010-\\u2015~\\u2212]+|(?:to\\s+)?(?:until|till)|to|through|thru)\\s*';
/**
 * A day written before a month's name ("16th Jan 2017", "7 Dec 2006", "1-Jan 2016", "6thMay 2012"):
 * part of the date's span, not of what it says (a position is dated to the month).
 */
const DAY = `(?:(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?[\\s-]*(?=${MONTH_WORD}))`;
/** "Sep 2021 – Expected May 2025": an end still to come is an end. */
const EXPECTED = '(?:exp(?:ected)?\\.?\\s*)?';
/** Ends that may follow a start across a bare space (fewer than PRESENT: "2019 now" is a sentence). */
const BARE_PRESENT = '(?:present|current|ongoing)';
// A range written with no separator: a dash some PDFs draw with a glyph that maps to no character
// ("Sep. 2023 Mar. 2024"), or start and end in cells of a table. A letter may come right before
// (a title and dates glued in one run); findDates decides whether that counts.
const RANGE = new RegExp(
  `(?<![\\d_/.-])${DAY}?(${DATE})(?:${SEP}${EXPECTED}${DAY}?(${DATE}|${PRESENT})|\\s+${EXPECTED}${DAY}?(${DATE}|${BARE_PRESENT}))?(?![\\w/-])|(?<![\\w])(since|from)\\s+${DAY}?(${DATE})(?:${SEP}${EXPECTED}${DAY}?(${DATE}|${PRESENT}))?(?![\\w/-])`,
  'gi',
);
const IS_PRESENT = new RegExp(`^${PRESENT}$`, 'i');

/**
 * Which number comes first in a date with its day: "15/03/2019" is day-first, "03/15/2019"
 * month-first. A number above 12 is the day; when both are 12 or under, the numbers do not tell.
 */
export type DayOrder = 'day-first' | 'month-first';

const NUMERIC_DAY_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)$/;
const ISO_DAY_DATE = /^((?:19|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})$/;

function orderShown(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order the numeric dates with a day on a line show, when those that tell agree ("03/04/2019 –
 * 25/06/2019" is day-first throughout); undefined when none tells or they disagree.
 */
function lineDayOrder(line: string): DayOrder | undefined {
  let order: DayOrder | undefined;
  for (const m of line.matchAll(/(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d\d(?!\d)/g)) {
    const shown = orderShown(Number(m[1]), Number(m[3]));
    if (shown === undefined) continue;
    if (order !== undefined && shown !== order) return undefined;
    order = shown;
  }
  return order;
}

/**
 * Parses one date as written; undefined when it is not one. A numeric date with its day whose
 * numbers do not tell the order is read in `order`, else day-first: resumes that write the day in
 * numbers mostly come from where the day goes first (all of the dataset's do), and US resumes write
 * "Mar 2019" or "03/2019" instead.
 */
export function parseDate(text: string, order?: DayOrder): YearMonth | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
  let m = t.match(/^(\p{L}+)\.?,?\s*('?\d{2,4})$/u);
  if (m) {
    const month = MONTHS[m[1]!];
    const year = parseYear(m[2]!);
    return month && year ? { year, month } : undefined;
  }
  m = t.match(NUMERIC_DAY_DATE);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const dayFirst = (orderShown(first, second) ?? order ?? 'day-first') === 'day-first';
    return dayDate(Number(m[4]), dayFirst ? second : first, dayFirst ? first : second);
  }
  m = t.match(ISO_DAY_DATE);
  if (m) return dayDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = t.match(/^((?:19|20)\d\d)[-/.](\d{1,2})$/);
  if (m) return ym(Number(m[1]), Number(m[2]));
  m = t.match(/^(\d{1,2})[/.-]((?:19|20)\d\d)$/);
  if (m) return ym(Number(m[2]), Number(m[1]));
  const year = parseYear(t);
  return year ? { year } : undefined;
}

function parseYear(t: string): number | undefined {
  if (/^(19[5-9]\d|20\d\d)$/.test(t)) return Number(t);
  // '19 → 2019, '98 → 1998.
  const m = t.match(/^'(\d\d)$/);
  if (m) return Number(m[1]) > 50 ? 1900 + Number(m[1]) : 2000 + Number(m[1]);
  return undefined;
}

function ym(year: number, month: number): YearMonth | undefined {
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

function dayDate(year: number, month: number, day: number): YearMonth | undefined {
  return day >= 1 && day <= 31 ? ym(year, month) : undefined;
}

/**
 * Whether a date found right after a letter is one: a month name opening a word after a lowercase
 * letter ("Software Test AnalystFebruary 2016"), or a range with a separator that opens with a year
 * ("Co-Founder & CTO2019 – 2021"). A year or a lone number inside a word ("Win2019") is not.
 */
function gluedDateCounts(before: string, first: string, separated: boolean): boolean {
  if (/^[A-Z][a-z]/.test(first)) return /\p{Ll}/u.test(before);
  return separated && /^\d/.test(first);
}

/**
 * A birth date's label just before a date, its day written before the month or not ("DOB:
 * 21/03/1986", "Date of Birth(Gender):1993-12-20", "Date of birth: 12 March 1990"): the personal
 * details many resumes carry, which are no date of a career.
 */
const BIRTH_LABEL =
  /(?:\bd\.?\s?o\.?\s?b\b|\bdate\s+of\s+birth|\bbirth\s*date|\bborn(?:\s+on)?)[^\d\n]{0,15}(?:\d{1,2}(?:st|nd|rd|th)?[\s-]*)?$/i;

/**
 * Years that name software versions, not dates of a career: "migrated SQL Server from 2012 to 2016
 * version", "upgraded the estate from 2008 to 2016". Only bare years: "upgraded … from Jan 2019" is a date.
 */
const VERSION_AFTER = /^\s*(?:versions?|editions?)\b/i;
const UPGRADE_BEFORE = /\b(?:migrat|upgrad)\w*\b[^.;:•|]{0,60}$/i;
/**
 * A line that lists the software a project used ("Database: SQL Server 2015", "Environment: Visual
 * Studio 2015, MVC 5.0"): its bare years are versions.
 */
const SOFTWARE_LABEL =
  /^\s*(?:technical\s+)?(?:environment|databases?|technolog(?:y|ies)|tools|software|platforms?|operating systems?)\s*:/i;
const BARE_YEAR = /^\d{4}$/;
const HAS_DIGIT = /\d/;
const namesVersions = (line: string, from: number, to: number, first: string) =>
  BARE_YEAR.test(first) &&
  (VERSION_AFTER.test(line.slice(to)) ||
    UPGRADE_BEFORE.test(line.slice(0, from)) ||
    SOFTWARE_LABEL.test(line));

/** Every date or date range in a line, left to right; a birth date and software versions are left out. */
export function findDates(line: string): DateSpan[] {
  // Every date holds a digit (its year, or its day and month): most lines of a resume hold none.
  if (!HAS_DIGIT.test(line)) return [];
  const out: DateSpan[] = [];
  const order = lineDayOrder(line);
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(line); m !== null; m = RANGE.exec(line)) {
    const from = m.index;
    const to = from + m[0].length;
    if (BIRTH_LABEL.test(line.slice(Math.max(0, from - 30), from))) continue;
    if (namesVersions(line, from, to, (m[5] ?? m[1] ?? '').trim())) continue;
    if (m[4] !== undefined) {
      // "from Aug 2015 to Sep 2016" is one range; "since 2017", "from Jan 2019" alone run to the present.
      const start = parseDate(m[5]!, order);
      if (!start) continue;
      const end = m[6] === undefined || IS_PRESENT.test(m[6]) ? 'present' : parseDate(m[6], order);
      if (end) out.push({ start, end, from, to });
      else out.push({ start, end: 'present', from, to: from + m[0].indexOf(m[5]!) + m[5]!.length });
      continue;
    }
    const before = line.charAt(from - 1);
    if (/\p{L}/u.test(before) && !gluedDateCounts(before, m[1]!, m[2] !== undefined)) {
      // Read on from the next character: a date may still start inside what was matched.
      RANGE.lastIndex = from + 1;
      continue;
    }
    const first = parseDate(m[1]!, order);
    if (!first) continue;
    const second = m[2] ?? m[3];
    if (second === undefined) {
      out.push({ end: first, from, to });
      continue;
    }
    if (IS_PRESENT.test(second)) {
      out.push({ start: first, end: 'present', from, to });
      continue;
    }
    const end = parseDate(second, order);
    if (!end) continue;
    if (m[3] !== undefined && isBefore(end, first)) {
      // Two dates a space apart that run backwards are two dates: the second is read on its own.
      const firstTo = from + m[0].indexOf(m[1]!) + m[1]!.length;
      out.push({ end: first, from, to: firstTo });
      RANGE.lastIndex = firstTo;
      continue;
    }
    out.push({ start: first, end, from, to });
  }
  return out;
}

const isBefore = (a: YearMonth, b: YearMonth) =>
  a.year < b.year || (a.year === b.year && (a.month ?? 1) < (b.month ?? 1));

/** The months a season covers, as internships are dated ("Summer 2022": June to August). */
const SEASONS: Record<string, readonly [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [1, 2],
};

/** A lone season ("Summer 2022") as the range of its months; any other date span as it is. */
export function seasonRange(line: string, d: DateSpan): DateSpan {
  if (d.start !== undefined || d.end === 'present') return d;
  const season = SEASONS[/^[a-z]+/i.exec(line.slice(d.from))?.[0]?.toLowerCase() ?? ''];
  if (!season) return d;
  const { year } = d.end;
  return { ...d, start: { year, month: season[0] }, end: { year, month: season[1] } };
}

/** The line's date range, preferring a range over a lone year (which may be a number in a bullet). */
export function findDateRange(line: string): DateSpan | undefined {
  const dates = findDates(line);
  return dates.find((d) => d.start !== undefined) ?? dates[0];
}

const DASH = '[-\\u00ad\\u2010-\\u2015~\\u2212]+';
// After the range's start: a separator that ends the line ("Jan 2019 –", "2017-", "Jan 2019 to"),
// or a dash before the text of the column beside it ("2017 – Product Manager, Google").
const SEP_TO_END = new RegExp(`^(?:\\s*${DASH}|\\s+(?:to|until|till|through|thru))\\s*$`, 'i');
const DASH_BEFORE_TEXT = new RegExp(`^\\s*${DASH}\\s*`);
/**
 * Whether a date that follows `before` opens its cell: nothing before it, or only whitespace after a
 * column separator (| · • or a tab) or after a gap of two or more spaces. Read backwards once (a
 * regular expression anchored at the end rescans a long run of spaces from every start).
 */
function opensCell(before: string): boolean {
  let i = before.length;
  let tab = false;
  while (i > 0 && /\s/.test(before[i - 1]!)) {
    if (before[i - 1] === '\t') tab = true;
    i--;
  }
  if (i === 0 || tab || before.length - i >= 2) return true;
  return '|·•'.includes(before[i - 1]!);
}
const OPENS_WITH_SEP = new RegExp(`^${SEP}$`, 'i');
const OPENS_WITH_PRESENT = new RegExp(`^(${SEP}|\\s*)${PRESENT}(?![\\w])`, 'i');
// What may follow the end date on its own line when nothing ended the first line: another column.
const CELL_END = /^(?:\s*$|\s*[|·•,(\t]|\s{2})/;

/**
 * A range a date column wrapped over two lines: "Jan 2019 –" then "Mar 2021", "2017 – Product
 * Manager" then "Present …", or "Jan 2019" then "– Mar 2021". The span covers the start date and
 * its separator in `line`; undefined when the line holds a whole range already or the lines do not join.
 */
export function findWrappedRange(line: string, next: string): DateSpan | undefined {
  // "2017-" is no date to findDates (it could be "2017-03"): read the line without the final dash.
  const body = line.replace(new RegExp(`${DASH}\\s*$`), '');
  const dates = findDates(body);
  if (dates.some((d) => d.start !== undefined)) return;
  for (const d of dates) {
    if (d.end === 'present') continue;
    const after = line.slice(d.to);
    const sep = SEP_TO_END.test(after)
      ? after
      : opensCell(line.slice(0, d.from))
        ? DASH_BEFORE_TEXT.exec(after)?.[0]
        : undefined;
    if (sep === undefined && after.trim() !== '') continue;
    const span = { start: d.end, from: d.from, to: d.to + (sep ?? after).length };
    // With no separator on the first line, the second must open with one.
    const present = OPENS_WITH_PRESENT.exec(next);
    if (present && (sep !== undefined || OPENS_WITH_SEP.test(present[1]!)))
      return { ...span, end: 'present' };
    const end = findDates(next)[0];
    // An end "since …" would give is a start: only a lone date ends the range.
    if (!end || end.start !== undefined) continue;
    const before = next.slice(0, end.from);
    if (
      sep !== undefined
        ? before.trim() === ''
        : OPENS_WITH_SEP.test(before) && CELL_END.test(next.slice(end.to))
    )
      return { ...span, end: end.end };
  }
  return;
}

/**
 * Words a date column's cell may hold beside its dates: a month or season, a year, a dash or a word
 * of a range, a duration ("2 yrs 3 mos").
 */
const DATE_CELL_WORD = new RegExp(
  `^(?:${MONTH_WORD}|${YEAR}|${DASH}|to|since|from|until|till|through|\\d{1,2}|yrs?|years?|mos?|months?)$`,
  'i',
);
const IS_MONTH_WORD = new RegExp(`^${MONTH_WORD}$`, 'i');
const IS_YEAR = new RegExp(`^${YEAR}$`);
const PRESENT_WORDS = new RegExp(`(?<![\\p{L}])${PRESENT}(?![\\p{L}])`, 'giu');
const HAS_PRESENT = new RegExp(PRESENT_WORDS.source, 'iu');

/**
 * Whether a table cell holds dates and nothing else: "Jun 2023 –", "Present", "Sep 2015 – Jan",
 * "2019", "2010 – 2014 (4 yrs)". A column of such cells beside an entry's text is its date column.
 */
export function isDateCell(text: string): boolean {
  const dates = findDates(text);
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += `${text.slice(at, d.from)} `;
    at = d.to;
  }
  rest += text.slice(at);
  const present = HAS_PRESENT.test(rest);
  const words = rest
    .replace(PRESENT_WORDS, ' ')
    .split(/[\s,.()|·]+/)
    .filter(Boolean);
  const dated = dates.length > 0 || present || words.some((w) => IS_MONTH_WORD.test(w));
  return dated && words.every((w) => DATE_CELL_WORD.test(w));
}

const UNFINISHED_END = new RegExp(`(?:${DASH}|\\b(?:to|until|till|since|from))$`, 'i');

/** Whether a word is the first letters of a month's name, cut before its end ("Septembe", "Octo"). */
function monthPrefix(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 3 && FULL_MONTH_NAMES.some((m) => m.length > w.length && m.toLowerCase().startsWith(w));
}

/**
 * Whether a narrow date column's cell stops before its date does: at a range's dash or "to", or at a
 * month still waiting for its year ("Sep", "Sep 2015 – Jan"), or inside a month's name ("Septembe").
 */
export function unfinishedDate(cell: string): boolean {
  const t = cell.trim();
  if (t === '') return false;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  const opens = UNFINISHED_END.test(t) || IS_MONTH_WORD.test(last) || monthPrefix(last);
  return opens && (isDateCell(t) || (t === last && monthPrefix(last)));
}

/**
 * A date cell and the piece a narrow column wrapped onto the next line, together: with a space, or
 * none where the wrap cut a month's name ("Septembe" + "r 2020 –").
 */
export function joinDatePieces(cell: string, piece: string): string {
  const a = cell.trim();
  const b = piece.trim();
  const last = a.slice(a.lastIndexOf(' ') + 1);
  return monthPrefix(last) && /^\p{Ll}/u.test(b) ? `${a}${b}` : `${a} ${b}`;
}

/** Months from a to b, counting both months ("Jan 2020 – Jan 2020" is one month). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + ((b.month ?? 12) - (a.month ?? 1)) + 1;
}

/** "Jan 2020", or "2020" when the month is unknown. */
export function formatYearMonth(d: YearMonth): string {
  return d.month ? `${MONTH_NAMES[d.month - 1]} ${d.year}` : String(d.year);
}

/** ISO-ish date strings as JSON Resume and exports write them ("2020-01-15", "2020-01", "2020"). */
export function parseIsoDate(text: string | undefined): YearMonth | undefined {
  if (!text) return undefined;
  const m = text.trim().match(/^((?:19|20)\d\d)(?:-(\d{1,2}))?/);
  if (!m) return parseDate(text);
  return m[2] ? ym(Number(m[1]), Number(m[2])) : { year: Number(m[1]) };
}
