import { words } from '../text/tokenize.ts';

/** Word sequences that, earlier in the same clause, make a mention weaker or void. */
export const NEGATION_CUES = [
  'no experience',
  'no hands on',
  'no knowledge',
  'no exposure',
  'no background',
  'not familiar',
  'not experienced',
  'not yet',
  'never used',
  'never worked',
  'unfamiliar',
  'lack of',
  'lacking',
  'lack experience',
  'without experience',
  'no prior',
].map(words);

export const HEDGE_CUES = [
  'familiar with',
  'familiarity with',
  'exposure to',
  'basic knowledge',
  'basic understanding',
  'basic',
  'basics of',
  'beginner',
  'some experience',
  'limited experience',
  'some exposure',
  'working knowledge',
  'currently learning',
  'now learning',
  'learning to',
  'studying',
  'introductory',
  'coursework',
  'course in',
  'interest in',
  'interested in',
  'aware of',
  'awareness of',
  'theoretical',
].map(words);

/** Verbs of ownership: with a result on the same line, a mention counts as "led". */
export const OWNERSHIP_WORDS = new Set([
  'led',
  'lead',
  'leading',
  'owned',
  'own',
  'owning',
  'managed',
  'managing',
  'delivered',
  'delivering',
  'drove',
  'driving',
  'directed',
  'spearheaded',
  'headed',
  'launched',
  'oversaw',
  'overseeing',
  'ran',
  'orchestrated',
  'championed',
  'established',
  'introduced',
  'instituted',
  'coordinated',
  'steered',
]);

/** Words that say what came of the work. */
export const RESULT_WORDS = new Set([
  'reduced',
  'reducing',
  'increased',
  'increasing',
  'improved',
  'improving',
  'saved',
  'saving',
  'cut',
  'cutting',
  'resulting',
  'achieved',
  'achieving',
  'accelerated',
  'boosted',
  'decreased',
  'eliminated',
  'shortened',
  'lowered',
  'raised',
  'grew',
  'doubled',
  'tripled',
  'halved',
  'shipped',
]);

/** Quantities that state a result: 30%, $2M, 3x, 120 hours. */
export const QUANTITY =
  /\d\s*%|[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:x|k|m|mm|million|billion|percent|hours|days|weeks|months)\b|\bon[ -]time\b|\bon schedule\b|\bunder budget\b|\bwithin budget\b|\bahead of schedule\b|\bzero defects?\b/i;

/** "Technologies: Java, Spring" — a labelled list inside experience is a list, not applied work. */
export const LIST_LABEL =
  /^\s*(?:[-*•▪●◦·]\s*)?(?:key\s+)?(?:skills?|technolog(?:y|ies)|tools?(?:\s+used)?|tech(?:nical)?\s+stack|stack|environment|platforms?|languages?|frameworks?|software|technical skills|competencies|keywords|expertise)\s*(?:used)?\s*[:\-–—]/i;

/** True when `seq` occurs as a contiguous run in `tokens`. */
export function containsSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let k = 0; k < seq.length; k++) if (tokens[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}
