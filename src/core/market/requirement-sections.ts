import { spaceOr, stripEnds } from '../text/scan.ts';
import type { ListingRequirement } from './listing.ts';

/**
 * How a line of a listing bears on what the job asks for: required, preferred, mentioned in the
 * job's description, or `not-asked` (the employer, its benefits, how to apply: "a collaborative
 * culture", "a yearly training budget", "Deadline 28 June" ask nothing of the candidate).
 */
export type LineKind = ListingRequirement | 'not-asked';

/** What a heading line opens: a section that asks for skills, one that describes the job, or one about the employer or the application. */
type HeadingKind = ListingRequirement | 'other' | 'not-asked';

// Order matters: "Preferred qualifications" must win over "qualifications".
const PREFERRED_HEADING =
  /\b(preferred|nice[\s-]+to[\s-]+haves?|bonus( points)?|desired|desirable|pluses|a plus|good to have|extra credit|would be great|would love|not required|optional|additional qualifications|ideally)\b/;
const REQUIRED_HEADING =
  /\b(requirements?|required|qualifications?|must[\s-]+haves?|minimum|basic qualifications|what you('|’)?ll need|what you need|what you bring|(what|who) we('|’)?re looking for|(what|who) we are looking for|what we look for|who you are|you have|you should have|you will have|skills and experience|skills & experience|experience required|essential|about you|your profile|your background|key skills)\b/;
const OTHER_HEADING =
  /\b(responsibilities|what you('|’)?ll do|what you will do|the role|about the (role|team|job|position)|the team|our team|day to day|your (role|impact|mission|tasks)|in this role|job description|overview)\b/;
/** Sections about the employer, the offer and the application: nothing in them is asked of a candidate. */
const NOT_ASKED_HEADING =
  /\b(about (us|the company|our company)|who we are|our (mission|company|culture|story|values)|(job )?benefits|perks|compensation|salary|why (join|us|work)|how to apply|equal opportunit(y|ies)|what we offer|we offer|our offer)\b|^(application( procedure| process)?|applications?|apply( now)?|contact( us)?|location)$/;

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
  // A heading is short, ends with a colon, a question mark ("Why join us?") or no sentence
  // punctuation, and is not a bullet item.
  const endsWithColon = trimmed.endsWith(':');
  if (!endsWithColon && /[.;!,]$/.test(trimmed)) return undefined;
  if (!endsWithColon && trimmed.split(/\s+/).length > 8) return undefined;
  const lower = trimmed.toLowerCase();
  if (PREFERRED_HEADING.test(lower)) return 'preferred';
  if (REQUIRED_HEADING.test(lower)) return 'required';
  if (OTHER_HEADING.test(lower)) return 'other';
  if (NOT_ASKED_HEADING.test(lower.replace(/[:?]$/, '').trim())) return 'not-asked';
  return undefined;
}

/**
 * How each line of a listing asks for what it mentions: index i is line i + 1.
 * Lines under "Requirements / Qualifications / Must have" headings are `required`, under
 * "Preferred / Nice to have / Bonus" `preferred`, under "About us / Benefits / How to apply"
 * `not-asked`, elsewhere `mentioned`; a line that says "… is a plus" is `preferred` wherever the
 * job is described.
 */
export function classifyListingLines(text: string): LineKind[] {
  const lines = text.split('\n');
  const out: LineKind[] = [];
  let current: LineKind = 'mentioned';
  for (const line of lines) {
    const heading = headingKind(line);
    if (heading !== undefined) {
      current = heading === 'other' ? 'mentioned' : heading;
      out.push(current);
      continue;
    }
    if (current === 'not-asked') {
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
