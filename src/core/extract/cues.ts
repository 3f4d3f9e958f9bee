import { compileMatcher, type Matcher } from '../taxonomy/matcher.ts';

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
];

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
];

/** Verbs of ownership: with a result on the same line, a mention counts as "led". */
export const OWNERSHIP_WORDS = [
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
];

/** Words that say what came of the work. */
export const RESULT_WORDS = [
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
];

/** Quantities that state a result: 30%, $2M, 3x, 120 hours. */
export const QUANTITY =
  /\d\s*%|[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:x|k|m|mm|million|billion|percent|hours|days|weeks|months)\b|\bon[ -]time\b|\bon schedule\b|\bunder budget\b|\bwithin budget\b|\bahead of schedule\b|\bzero defects?\b/i;

/** "Technologies: Java, Spring" — a labelled list inside experience is a list, not applied work. */
export const LIST_LABEL =
  /^\s*(?:[-*•▪●◦·]\s*)?(?:key\s+)?(?:skills?|technolog(?:y|ies)|tools?(?:\s+used)?|tech(?:nical)?\s+stack|stack|environment|platforms?|languages?|frameworks?|software|technical skills|competencies|keywords|expertise)\s*(?:used)?\s*[:\-–—]/i;

export type CueKind = 'negation' | 'hedge' | 'ownership' | 'result';

/**
 * All cue phrases in one matcher, run once over the whole text with the skills matcher's tokens,
 * instead of re-reading each mention's clause.
 */
let cueMatcher: Matcher | undefined;

export function cuesMatcher(): Matcher {
  cueMatcher ??= compileMatcher(
    (
      [
        ['negation', NEGATION_CUES],
        ['hedge', HEDGE_CUES],
        ['ownership', OWNERSHIP_WORDS],
        ['result', RESULT_WORDS],
      ] as const
    ).map(([kind, phrases]) => ({
      id: kind,
      label: kind,
      kind: 'soft' as const,
      aliases: [...phrases],
      patterns: [],
      broader: [],
      related: [],
      esco: [],
    })),
    [],
  );
  return cueMatcher;
}
