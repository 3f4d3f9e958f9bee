import type { ResumeStructure } from './structure.ts';

/** What a document is, as far as the analysis is concerned. */
export type DocumentKind = 'resume' | 'job-posting' | 'not-a-resume';

export interface DocumentKindResult {
  kind: DocumentKind;
  /** One sentence a person can act on; absent for a resume. */
  reason?: string;
  /** The phrases that gave a job posting away, verbatim and with their lines. */
  cues: Array<{ line: number; text: string }>;
}

/** Phrases that address a candidate: postings say them, resumes almost never do. */
const POSTING_CUES: readonly RegExp[] = [
  /\bwe(?:'re| are) (?:looking for|seeking|hiring)\b/i,
  /\byou(?:'ll| will)(?: [a-z]+)?\b/i,
  /\bwhat you(?:'ll)? (?:do|bring|will do)\b/i,
  /\b(?:about|in) (?:the|this) role\b/i,
  /\babout us\b/i,
  /\bwho you are\b/i,
  /\bthe ideal candidate\b/i,
  /\b(?:minimum|preferred|basic|required) qualifications\b/i,
  /\bnice to have\b/i,
  /\bwhat we offer\b|\bwe offer\b/i,
  /\bequal (?:opportunity|employment) employer\b/i,
  /\bhow to apply\b|\bapply (?:now|today|online)\b/i,
  /\byour (?:responsibilities|role|team|day)\b/i,
  /\bjob (?:description|summary|type|requirements)\s*:?/i,
  /\b(?:salary|compensation|pay) range\b|\bbase salary\b/i,
  /\bbenefits (?:include|package)\b/i,
  /\byou (?:have|bring|are)\b/i,
  /\bjoin (?:our|the) team\b|\bjoin us\b/i,
  /\b(?:this|the) (?:[a-z-]+ )?(?:position|role) (?:is|will|involves|requires|reports|offers)\b/i,
  /\b(?:successful|right|ideal|qualified) (?:candidate|applicant)s?\b/i,
  /\b(?:candidates?|incumbent|applicants?) (?:must|should|will)\b/i,
  /\blooking for (?:a|an) [a-z]/i,
  /\bis (?:seeking|looking for|hiring)\b/i,
  /^\W*(?:key |main |primary )?responsibilities\s*:/i,
  /^\W*(?:minimum |preferred |required |basic |additional )?qualifications\s*:/i,
  /\bcompany description\b|\bcompany overview\b/i,
  /\b(?:full|part)[- ]time,? (?:(?:on-?site|remote|hybrid|temporary|permanent|contract|seasonal|salaried)[ ,]+){0,2}(?:position|role|job|opportunity)\b/i,
  // Third person about the hire, and the boilerplate around an opening; none of these was in any of
  // the 621 resumes the evaluation reads (LinkedIn descriptions, which lose their line breaks, say
  // little else).
  /\b(?:will|would) be responsible for\b/i,
  /\b(?:role|position) (?:description|summary|overview|purpose)/i,
  /\b(?:is|are|would be|will be) a (?:big |huge |strong |definite )?plus\b/i,
  /\bor (?:a )?(?:related|similar|equivalent) (?:field|discipline|degree)\b/i,
  /\bmust (?:be able to|have|possess)\b/i,
  /\bwithout regard to\b|\bsexual orientation\b|\bgender identity\b|\bnational origin\b|\bprotected veteran\b/i,
  /\bessential (?:job )?(?:functions|duties)\b/i,
  /\bcover letter\b|\b(?:send|submit|email|e-mail|forward) (?:your |a )?(?:resume|cv)\b/i,
  /\bpaid (?:time off|holidays|vacation|sick leave)\b/i,
  /\bexperience (?:is )?(?:required|preferred)\b/i,
  /\bif you(?:'re| are| have| want| enjoy)\b/i,
];

/** A line that states a requirement of a candidate, as postings list them. */
const REQUIREMENT_LINE =
  /^\W*(?:\d+\+?\s*(?:years?|yrs)\b.{0,40}\bexperience\b|(?:proven |demonstrated |hands-on |prior |previous )?experience (?:with|in|working|leading|managing|of)\b|(?:the )?ability to\b|strong (?:understanding|knowledge|background)\b|(?:working |deep |solid )?knowledge of\b|familiarity with\b|proficiency (?:in|with)\b|excellent\b.{0,40}\bskills\b|bachelor'?s\b|master'?s\b|ba\/bs\b|bs\/ms\b|degree in\b|must (?:have|be)\b|should (?:have|be)\b|willing(?:ness)? to\b)/i;

/** Words of the placeholder text "lorem ipsum" and its usual filler. */
const LOREM =
  /\b(?:lorem|ipsum|dolor|consectetur|adipiscing|eiusmod|tempor|incididunt|labore|dolore|aliqua)\b/gi;

/**
 * Tells a resume from a job posting pasted by mistake, or from text that is no resume at all
 * (placeholder text, a handful of words). Conservative: anything with the structure of a career
 * (dated positions, an experience or education section) is a resume.
 */
export function classifyDocument(lines: readonly string[], structure: ResumeStructure): DocumentKindResult {
  const text = lines.join('\n');
  const words = text.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  const lorem = text.match(LOREM)?.length ?? 0;
  if (words.length > 0 && lorem / words.length > 0.05)
    return {
      kind: 'not-a-resume',
      reason:
        'This is placeholder text ("lorem ipsum"), not a resume. Upload your own resume to get an analysis.',
      cues: [],
    };

  const dated = structure.positions.filter((p) => p.start !== undefined).length;
  const career =
    dated +
    structure.education.length +
    structure.sections.filter((s) => s.kind === 'experience' || s.kind === 'education').length;

  const { phrases, cues } = postingCues(lines);
  const share = (re: RegExp) => (words.length > 0 ? (text.match(re) ?? []).length / words.length : 0);
  const youShare = share(/\byou(?:r|'ll|'re)?\b/gi);
  // A text with dated jobs reads as a posting only when it is full of posting phrases; one without, on
  // points for how a posting reads: phrases addressing a candidate, lines listing requirements, a
  // company speaking as "we", a reader addressed as "you". An education (or experience) heading
  // without a dated job asks one point more: postings have them too ("Education: a bachelor's degree
  // in…"). No resume the evaluation reads scores more than 1 point.
  const points = () =>
    postingPoints(phrases, requirementShare(lines), share(/\b(?:we|our|us)\b/gi), youShare);
  const posting =
    career === 0 ? points() >= 3 : dated === 0 ? points() >= 4 : phrases >= 5 && youShare > 0.015;
  if (posting)
    return {
      kind: 'job-posting',
      reason:
        'This reads like a job posting, not a resume: it addresses a candidate ("' +
        cues
          .slice(0, 3)
          .map((c) => c.text)
          .join('", "') +
        '"). Upload your resume to get your fit, or audit the posting instead.',
      cues,
    };

  if (words.length < 25 && career === 0)
    return {
      kind: 'not-a-resume',
      reason: `This text has only ${words.length} words and no jobs, dates or education, so there is nothing to judge. Upload your full resume.`,
      cues: [],
    };
  return { kind: 'resume', cues: [] };
}

/** Points for how a text without a career reads as a posting; 3 or more make it one. */
export function postingPoints(phrases: number, asks: number, weShare: number, youShare: number): number {
  return (
    phrases + (asks >= 0.2 ? 2 : asks >= 0.1 ? 1 : 0) + (weShare > 0.015 ? 1 : 0) + (youShare > 0.01 ? 1 : 0)
  );
}

/** Each posting phrase the text holds, once, with the line it first appears on. */
export function postingCues(lines: readonly string[]): {
  phrases: number;
  cues: Array<{ line: number; text: string }>;
} {
  const cues: Array<{ line: number; text: string; start: number; end: number }> = [];
  const seen = new Set<number>();
  lines.forEach((line, k) => {
    if (line.length > 20_000) return;
    POSTING_CUES.forEach((re, i) => {
      if (seen.has(i)) return;
      const m = re.exec(line);
      if (!m) return;
      const start = m.index;
      const end = start + m[0].length;
      seen.add(i);
      // One phrase, one cue: "We are looking for a…" is not two.
      if (cues.some((c) => c.line === k + 1 && c.start < end && start < c.end)) return;
      cues.push({ line: k + 1, text: m[0], start, end });
    });
  });
  return {
    // Each kind of phrase counts once, even where two kinds overlap ("Minimum qualifications:" is a phrase and a heading).
    phrases: seen.size,
    cues: cues.sort((a, b) => a.line - b.line || a.start - b.start).map(({ line, text }) => ({ line, text })),
  };
}

/** Share of a text's items (lines, bullets, sentences) that state a requirement of a candidate. */
export function requirementShare(lines: readonly string[]): number {
  const items = lines
    .flatMap((l) => (l.length > 20_000 ? [] : l.split(/[•▪●;\uf0a7\uf0b7]|\.\s+(?=[A-Z])|:\s+(?=[A-Z])/)))
    .map((l) => l.trim())
    .filter((l) => l.length > 3);
  return items.length === 0 ? 0 : items.filter((l) => REQUIREMENT_LINE.test(l)).length / items.length;
}
