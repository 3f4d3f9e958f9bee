import type { SectionKind } from '../extract/types.ts';

/** A line that reads like a job title ("QA Engineer — Acme (2019–2022)"), with the years it covers when dated. */
export interface TitleLine {
  /** 1-based line of the input. */
  line: number;
  /** The verbatim line, trimmed. */
  quote: string;
  /** The part that names the role (the whole line, or what follows "worked as"). */
  title: string;
  section: SectionKind;
  /** Years covered by a date range on this line or the next two, when there is one. */
  years?: number;
  /** The line the date range sits on. */
  datedLine?: number;
  /** The position held now (it runs to the present, or ended last). */
  current?: true;
  /** The headline at the top of the resume, above every position. */
  headline?: true;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// A range starts on a month word only at the word's start: searched for inside a long word, each
// start read on to the word's end (quadratic). The year captured is the same either way.
const DATE = `(?:(?<![a-z])${MONTH}\\s*(?:,\\s*)?)?(?:\\d{1,2}[/.-])?((?:19|20)\\d{2})`;
const RANGE = new RegExp(
  `${DATE}\\s*(?:-|–|—|to|till|until)\\s*(?:(?:${MONTH}\\s*(?:,\\s*)?)?(?:\\d{1,2}[/.-])?((?:19|20)\\d{2})|(present|current|now|date|till date|today|ongoing))`,
  'i',
);
const BULLET = /^[\s•●▪◦‣∙·*>➢➤✓✔\uf0a7\uf0b7…—-]+/u;
const SENTENCE_VERB =
  /\b(responsible|worked on|working on|developed|managed|handled|involved|created|performed|prepared|ensured|using|used|have|has|am|is|was|were|will)\b/i;
/**
 * A bullet that opens with a verb in the past tense is a duty done ("- Executed Business Continuity
 * Testing for various applications"), not a title, whatever job words it holds. Titles that open so
 * ("Registered Nurse", "Certified Scrum Master") are kept.
 */
const DUTY_OPENING =
  /^(?!(?:registered|licensed|chartered|certified|qualified|accredited|enrolled|authorized|authorised)\b)[a-z]{3,}ed\b/i;
const WORKED_AS =
  /\b(?:work(?:ed|ing)|serv(?:ed|ing)|employed|join(?:ed)?|hired)\s+as\s+(?:an?\s+|the\s+)?([^,.;:()]{3,60})/i;
/** Years of experience stated in words: "6 years of experience", "over 10 yrs in". */
const YEARS_STATED =
  /(\d{1,2}(?:\.\d)?)\s*(?:\+\s*)?(?:years?|yrs?)\b(?:\s+and\s+\d+\s+months?)?\s+(?:of\s+)?(?:total\s+|overall\s+|professional\s+|work\s+|it\s+|industry\s+|rich\s+)?(?:experience|exp\b)/i;

const SKIP_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills', 'certifications']);
/** Education sections hold degrees, but exported resumes often put the current title right after them. */
const DEGREE =
  /\b(bachelor|master|diploma|degree|university|college|school|institute|academy|b\.?\s?e|b\.?\s?tech|m\.?\s?tech|bsc|msc|mba|bca|mca|ssc|hsc|cgpa|gpa|phd|graduat\w*|course|certificat\w*)\b/i;

/** The years a date range covers, if the text holds one. `thisYear` stands in for "present". */
export function rangeYears(text: string, thisYear: number): number | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] !== undefined ? Number(m[2]) : thisYear;
  if (end < start || end - start > 45) return undefined;
  return Math.max(end - start, 0.5);
}

export function stripBullet(s: string): string {
  return s.replace(BULLET, '').trim();
}

/** Lines that read like job titles, in document order (most resumes list the latest position first). */
export function findTitleLines(
  lines: readonly string[],
  sectionOf: (line: number) => SectionKind,
  thisYear: number,
): TitleLine[] {
  const out: TitleLine[] = [];
  lines.forEach((raw, k) => {
    const line = k + 1;
    const section = sectionOf(line);
    const text = stripBullet(raw);
    if (text.length < 2) return;
    const worked = WORKED_AS.exec(text);
    const dated = () => {
      for (let j = k; j < Math.min(lines.length, k + 3); j++) {
        const y = rangeYears(lines[j] ?? '', thisYear);
        if (y !== undefined) return { years: y, datedLine: j + 1 };
      }
      return undefined;
    };
    const push = (title: string) => {
      const d = dated();
      out.push({ line, quote: raw.trim(), title, section, ...(d ?? {}) });
    };
    if (worked?.[1] && section !== 'skills') {
      push(worked[1].trim());
      return;
    }
    if (SKIP_SECTIONS.has(section)) return;
    if (section === 'education' && DEGREE.test(text)) return;
    if (text.length > 90 || text.split(/\s+/).length > 12) return;
    if ((text.match(/,/g) ?? []).length >= 2) return;
    if (/[.!?]$/.test(text) && !/\b(sr|jr|inc|ltd)\.$/i.test(text)) return;
    if (SENTENCE_VERB.test(text)) return;
    if (text !== raw.trim() && DUTY_OPENING.test(text)) return;
    push(text.replace(/^(designation|title|role|position|current role|description)\s*[:-]\s*/i, ''));
  });
  return out;
}

/** Years of experience the resume states in words ("6 years of experience"), the largest figure. */
export function statedYears(
  lines: readonly string[],
): { years: number; line: number; quote: string } | undefined {
  let best: { years: number; line: number; quote: string } | undefined;
  lines.forEach((raw, k) => {
    if (raw.length > 20_000) return;
    const m = YEARS_STATED.exec(raw);
    if (!m) return;
    const years = Number(m[1]);
    if (years > 0 && years <= 45 && (!best || years > best.years)) {
      const s = Math.max(0, m.index - 40);
      best = { years, line: k + 1, quote: raw.slice(s, m.index + m[0].length + 20).trim() };
    }
  });
  return best;
}
