// Splits posting text into sentences and tags each with the kind of section it sits in.

/** Where a sentence sits: a duty ("you will…"), a requirement, a nice-to-have, company boilerplate, or unknown. */
export type UnitContext = 'duty' | 'requirement' | 'preferred' | 'about' | 'unknown';

export interface Unit {
  text: string;
  context: UnitContext;
}

const HEADINGS: Array<[UnitContext, RegExp]> = [
  ['preferred', /preferred|nice[- ]to[- ]have|bonus|desirable|desired|\bplus\b|ideally|good to have/i],
  [
    'about',
    /about (?:us|the company|our company)|other requirements|benefits|perks|compensation|salary|\bpay\b|who we are|our (?:company|culture|values|mission|story)|why (?:join|work)|equal (?:opportunity|employment)|how to apply|\blocation\b|what we offer/i,
  ],
  [
    'requirement',
    /qualifications|requirements|required|what you(?:'|’)?(?:ll)? (?:need|bring)|you(?:'|’)?(?:ll)? (?:have|need)|who you are|\bskills\b|experience|essential|must[- ]haves?|about you|looking for|ideal candidate|candidate profile|education|competenc|technical skills/i,
  ],
  [
    'duty',
    /responsibilit|duties|what you(?:'|’)?ll do|what you will do|you will|your role|the role|role overview|day[- ]to[- ]day|your impact|what you(?:'|’)?ll be doing|accountabilit|essential functions|the job|job description|in this role|what the job involves|key tasks|the work|about the (?:job|role|position)|position summary|summary/i,
  ],
];

const REQUIREMENT_START =
  /^(?:\d+\s*(?:\+\s*)?(?:or more\s+)?(?:years?|yrs)|minimum (?:of )?\d|at least \d|experience (?:in|with|of|as|managing|leading|working|developing|building|writing|using|delivering)|\w+ experience (?:in|with)|proven|demonstrated|track record|proficien|expert|strong|solid|deep|excellent|extensive|working knowledge|knowledge of|familiarity|familiar with|understanding of|(?:a )?(?:bachelor|master|degree|BS|BA|MS|MBA|PhD|B\.?S|M\.?S)|ability to|able to|must (?:have|be)|you have|you(?:'|’)re|you bring|certifi)/i;
const PREFERRED_MARK = /\b(?:preferred|a plus|is a plus|nice to have|bonus|desirable|ideally)\b/i;
const DUTY_START =
  /^(?:you(?:'|’)?ll |you will |responsible for|will be responsible|as (?:a|an|the) [^,]{1,60}, you(?:'|’)?ll|in this role)/i;

const BULLET = /^\s*(?:[-*•●▪◦·–—\uf0a7\uf0b7]|\d+[.)])\s+/;

function headingContext(line: string): UnitContext | undefined {
  const bare = line
    .replace(/^#+\s*/, '')
    .replace(/[*_]+/g, '')
    .trim();
  const words = bare.split(/\s+/).length;
  const looksLikeHeading = /^#+\s/.test(line) || (bare.length <= 60 && words <= 8 && /:$/.test(bare));
  const shortLine = bare.length <= 50 && words <= 7 && !/[.!?]$/.test(bare);
  if (!looksLikeHeading && !shortLine) return undefined;
  for (const [context, re] of HEADINGS) if (re.test(bare)) return context;
  return looksLikeHeading ? 'unknown' : undefined;
}

/** Breaks text glued without spaces ("…application.Collaborate", "Responsibilities:Develop") onto new lines. */
function unglue(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/([a-z)])([.:;])(?=[A-Z][a-z])/g, '$1$2\n')
      // From the start of a run of spaces only: from inside one, the search went over the run again.
      .replace(/(?<!\s)\s+[•●▪]\s+/g, '\n')
      .split('\n')
      .map(splitRunOnBullets)
      .join('\n')
  );
}

// Words that open a duty or requirement bullet. Some exports (Meta's careers pages among them) drop the
// bullets and the full stops, leaving "…hardware programs Drive build readiness… Experience in NPI…".
const BULLET_OPENERS = `
Act Advocate Align Analy[sz]e Assess(?:es)? Balance Bootstrap Bring Build Champion Collaborate
Communicate Conduct Contribute Coordinate Create Cultivate Define Deliver Demonstrate Design
Develop Drive Empower Enable Engage Ensure Establish Evaluate Facilitate Foster Guide Help Identify
Implement Improve Influence Lead Leverage Liaise Maintain Manage Mentor Monitor Oversee Own Partner
Plan Prepare Present Prioriti[sz]e Proactively Provide Represent Resolve Review Serve Set Shape
Strategically Support Track Translate Work Write
Ability Analytical Background Bachelor['’]?s Certification Demonstrable Demonstrated Effective
Excellent Experience Familiarity Knowledge Master['’]?s Proficiency Proficient Proven Strong
Understanding`
  .trim()
  .split(/\s+/)
  .join('|');
// The space first, then what precedes it: a look-behind tried at every position read each word back
// to its start from each of its letters (quadratic in a long word).
const RUN_ON_BULLET = new RegExp(
  ` (?<=(?:^|\\s)[a-z0-9][\\w’'/-]*[a-z0-9)] )(?=(?:${BULLET_OPENERS}) [a-z(]|\\d+\\+ years)`,
  'g',
);
const RUN_ON_MIN_LENGTH = 200;
/** A long line that runs bullets together without punctuation becomes one line per bullet. */
const splitRunOnBullets = (line: string): string =>
  line.length < RUN_ON_MIN_LENGTH ? line : line.replace(RUN_ON_BULLET, '\n');

/** Pay, benefits, equal-opportunity and screening sentences are boilerplate wherever they sit. */
const BOILERPLATE =
  /\b(?:base pay|pay range|salary range|eligible for (?:benefits|compensation|bonus)|equal (?:opportunity|employment) employer|EEO|background check|citizenship verification|security screening|reasonable accommodation)/i;

function sentenceContext(sentence: string, section: UnitContext): UnitContext {
  if (section === 'about' || BOILERPLATE.test(sentence)) return 'about';
  if (REQUIREMENT_START.test(sentence)) {
    if (section === 'preferred' || PREFERRED_MARK.test(sentence)) return 'preferred';
    return 'requirement';
  }
  if (section === 'unknown' && DUTY_START.test(sentence)) return 'duty';
  if (section === 'requirement' && PREFERRED_MARK.test(sentence)) return 'preferred';
  return section;
}

/** Posting text → sentences, each tagged with its section's context. */
export function segmentPosting(text: string): Unit[] {
  const units: Unit[] = [];
  let section: UnitContext = 'unknown';
  for (const rawLine of unglue(text).split('\n')) {
    const line = rawLine.replace(BULLET, '').trim();
    if (line === '') continue;
    const heading = headingContext(rawLine.trim());
    if (heading !== undefined) {
      section = heading;
      // A heading line may carry content after its colon ("Requirements: 5 years of Java").
      const rest = line.replace(/^[^:]{1,60}:\s*/, '');
      if (rest === line || rest === '') continue;
      pushSentences(units, rest, section);
      continue;
    }
    // A long line may open with its heading ("Required qualifications: Bachelor's degree AND 6+ years…").
    const lead = /^([^:]{3,40}):\s+(\S.*)$/.exec(line);
    const leadContext = lead === null ? undefined : headingContext(`${lead[1]}:`);
    if (lead !== null && leadContext !== undefined && leadContext !== 'unknown') {
      section = leadContext;
      pushSentences(units, lead[2] ?? '', section);
      continue;
    }
    pushSentences(units, line, section);
  }
  return units;
}

function pushSentences(units: Unit[], line: string, section: UnitContext): void {
  for (const part of line.split(/(?<=[.!?;])\s+(?=[A-Z("“])/)) {
    const text = part.trim();
    if (text.length < 2) continue;
    units.push({ text, context: sentenceContext(text, section) });
  }
}
