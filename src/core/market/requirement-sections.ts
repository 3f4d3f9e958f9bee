import { spaceOr, stripEnds } from '../text/scan.ts';
import type { ListingRequirement } from './listing.ts';

/** What a heading line opens: a section that asks for skills, or one that only describes the job. */
type HeadingKind = ListingRequirement | 'other';

// Order matters: "Preferred qualifications" must win over "qualifications".
const PREFERRED_HEADING =
  /\b(preferred|nice[\s-]+to[\s-]+haves?|bonus( points)?|desired|desirable|pluses|a plus|good to have|extra credit|would be great|would love|not required|optional|additional qualifications|ideally)\b/;
const REQUIRED_HEADING =
  /\b(requirements?|required|qualifications?|must[\s-]+haves?|minimum|basic qualifications|what you('|’)?ll need|what you need|what you bring|what we('|’)?re looking for|what we look for|who you are|you have|you should have|you will have|skills and experience|skills & experience|experience required|essential|about you|your profile|your background|key skills)\b/;
const OTHER_HEADING =
  /\b(responsibilities|what you('|’)?ll do|what you will do|the role|about (us|the (role|team|company|job))|benefits|perks|compensation|salary|why (join|us|work)|who we are|our (team|mission|company)|how to apply|the team|day to day|your (role|impact|mission)|in this role|job description|overview|location|equal opportunity)\b/;

/** Phrases that mark a single line as nice-to-have, whatever section it sits in. */
const PREFERRED_INLINE =
  /\b(is a plus|are a plus|a big plus|nice[\s-]+to[\s-]+have|is a bonus|are a bonus|bonus points|preferred|preferably|ideally|desirable)\b/;
/** Phrases that mark a single line as required ("must have", "required"). */
const REQUIRED_INLINE = /\b(must have|must be|is required|are required|required:|minimum of|at least \d+)\b/;

const MAX_HEADING_LENGTH = 70;
/** Markdown marks around a heading ("## **Requirements**"). */
const HEADING_LEAD = spaceOr('#*_-');
const HEADING_TRAIL = spaceOr('*_');

/** The kind of section a line opens, if it reads as a heading; undefined for body lines. */
export function headingKind(line: string): HeadingKind | undefined {
  const trimmed = stripEnds(line.trim(), HEADING_LEAD, HEADING_TRAIL).trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return undefined;
  // A heading is short, ends with a colon or has no sentence punctuation, and is not a bullet item.
  const endsWithColon = trimmed.endsWith(':');
  if (!endsWithColon && /[.;!?,]$/.test(trimmed)) return undefined;
  if (!endsWithColon && trimmed.split(/\s+/).length > 8) return undefined;
  const lower = trimmed.toLowerCase();
  if (PREFERRED_HEADING.test(lower)) return 'preferred';
  if (REQUIRED_HEADING.test(lower)) return 'required';
  if (OTHER_HEADING.test(lower)) return 'other';
  return undefined;
}

/**
 * How each line of a listing asks for what it mentions: index i is line i + 1.
 * Lines under "Requirements / Qualifications / Must have" headings are `required`, under
 * "Preferred / Nice to have / Bonus" `preferred`, elsewhere `mentioned`; a line that says
 * "… is a plus" is `preferred` wherever it sits.
 */
export function classifyListingLines(text: string): ListingRequirement[] {
  const lines = text.split('\n');
  const out: ListingRequirement[] = [];
  let current: ListingRequirement = 'mentioned';
  for (const line of lines) {
    const heading = headingKind(line);
    if (heading !== undefined) {
      current = heading === 'other' ? 'mentioned' : heading;
      out.push(current);
      continue;
    }
    const lower = line.toLowerCase();
    if (PREFERRED_INLINE.test(lower)) out.push('preferred');
    else if (current === 'mentioned' && REQUIRED_INLINE.test(lower)) out.push('required');
    else out.push(current);
  }
  return out;
}

const RANK: Record<ListingRequirement, number> = { required: 3, preferred: 2, mentioned: 1 };

/** The stronger of two ways a listing asks for a skill: required > preferred > mentioned. */
export function strongerRequirement(a: ListingRequirement, b: ListingRequirement): ListingRequirement {
  return RANK[a] >= RANK[b] ? a : b;
}
