import type { SkillKind } from '../taxonomy/schema.ts';

/** How strongly a mention shows a skill, weakest first. */
export const STRENGTHS = ['listed', 'applied', 'led'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Resume sections the structure step recognizes. */
export const SECTION_KINDS = [
  'header',
  'summary',
  'experience',
  'projects',
  'skills',
  'education',
  'certifications',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** One place in the text that shows a skill. Offsets index the input text; lines are 1-based. */
export interface SkillMention {
  skillId: string;
  /** The text that matched, verbatim. */
  matched: string;
  start: number;
  end: number;
  line: number;
  section: SectionKind;
  strength: Strength;
  /** "familiar with", "basic knowledge of": weaker evidence. */
  hedged: boolean;
  /** The verbatim line (or the sentence of a long line) the mention sits in. */
  quote: string;
  /** Where the matched text lies in `quote` (offsets into it), so a shortened quote can keep it. */
  quoteMatch: QuoteSpan;
  /** In a description of what a product does ("This application helps users track …"), not of work done. */
  product?: true;
  /** Read across a clause by a together rule, not from words side by side: quoted after a phrase of the same credit. */
  together?: true;
  /** Read from a job title (a Project Manager's leadership), not from a line of work: quoted after a line of the same credit. */
  fromTitle?: true;
}

/** A span of a quote: `quote.slice(start, end)`. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** A mention set aside, with the reason ("no experience with Kubernetes"). */
export interface IgnoredMention {
  skillId: string;
  quote: string;
  line: number;
  /**
   * 'glossed': an acronym the line spells out as something else ("Cisco Security Management (CSM)");
   * 'aspired': named as a goal ("aspiring Technical Project Manager", "want to move into …").
   */
  reason: 'negated' | 'aspired' | 'no-context' | 'employer' | 'glossed';
}

export interface Extraction {
  mentions: SkillMention[];
  ignored: IgnoredMention[];
}

export interface SkillRef {
  id: string;
  label: string;
  kind: SkillKind;
}
