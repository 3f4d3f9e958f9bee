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
    /about (?:us|the company|our company)|benefits|perks|compensation|salary|\bpay\b|who we are|our (?:company|culture|values|mission|story)|why (?:join|work)|equal (?:opportunity|employment)|how to apply|\blocation\b|what we offer/i,
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
  /^(?:\d+\s*\+?\s*(?:or more\s+)?(?:years?|yrs)|minimum (?:of )?\d|at least \d|experience (?:in|with|of|as|managing|leading|working|developing|building|writing|using|delivering)|\w+ experience (?:in|with)|proven|demonstrated|track record|proficien|expert|strong|solid|deep|excellent|extensive|working knowledge|knowledge of|familiarity|familiar with|understanding of|(?:a )?(?:bachelor|master|degree|BS|BA|MS|MBA|PhD|B\.?S|M\.?S)|ability to|able to|must (?:have|be)|you have|you(?:'|’)re|you bring|certifi)/i;
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
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/([a-z)])([.:;])(?=[A-Z][a-z])/g, '$1$2\n')
    .replace(/\s+[•●▪]\s+/g, '\n');
}

function sentenceContext(sentence: string, section: UnitContext): UnitContext {
  if (section === 'about') return 'about';
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
