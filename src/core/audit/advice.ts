// Red flags, missing TPM essentials, fixes for hiring teams and a RACI draft, all derived from the audit's evidence.
import type { Evidence } from './classify.ts';
import type { Verdict } from './verdict.ts';
import type { AuditVocabulary, RedFlagKind } from './vocabulary.ts';

export interface RedFlag {
  kind: RedFlagKind;
  /** What the flag means, in one line. */
  title: string;
  /** The sentence from the posting, verbatim. */
  quote: string;
  /** The words in the quote that raised the flag. */
  trigger: string;
  /** Named programming languages in the quote, if any. */
  languages: string[];
  /** Required, or only preferred / a plus. */
  strength: 'required' | 'preferred';
}

const FLAG_TITLES: Record<RedFlagKind, string> = {
  'production-coding': 'Hands-on coding is required',
  'engineering-masters': "An engineering master's degree is asked for",
  'developer-duty': 'Developer duties are part of the job',
  'also-develop': 'The TPM is expected to develop as well',
  'design-work': 'The TPM contributes to engineering design work',
  'on-call': 'On-call duty',
};
const FLAG_ORDER: RedFlagKind[] = [
  'production-coding',
  'also-develop',
  'developer-duty',
  'design-work',
  'engineering-masters',
  'on-call',
];
const MAX_QUOTES_PER_KIND = 3;
const CODING = new Set<RedFlagKind>(['production-coding', 'also-develop', 'developer-duty']);

/** The flag's title, with the languages it names and whether it is only preferred. */
export function flagTitle(f: RedFlag): string {
  const languages = f.languages.length > 0 ? ` (${f.languages.join(', ')})` : '';
  return `${f.title}${languages}${f.strength === 'preferred' ? ', preferred' : ''}`;
}

/** Red flags for a TPM-titled posting: each quoted, strongest kinds first. */
export function findRedFlags(evidence: readonly Evidence[], vocabulary: AuditVocabulary): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const kind of FLAG_ORDER) {
    const quotes = new Set<string>();
    for (const e of evidence) {
      if (e.flag !== kind || e.context === 'about' || quotes.has(e.sentence)) continue;
      if (quotes.size >= MAX_QUOTES_PER_KIND) break;
      // A sentence already quoted for coding is not repeated under a weaker coding kind.
      if (CODING.has(kind) && flags.some((f) => f.quote === e.sentence && CODING.has(f.kind))) continue;
      quotes.add(e.sentence);
      const languages = [...new Set([...e.sentence.matchAll(vocabulary.languages)].map((m) => m[0]))];
      flags.push({
        kind,
        title: FLAG_TITLES[kind],
        quote: e.sentence,
        trigger: e.phrase,
        languages,
        strength: e.context === 'preferred' ? 'preferred' : 'required',
      });
    }
  }
  return flags;
}

export interface EssentialCheck {
  id: string;
  label: string;
  present: boolean;
  /** A sentence that shows it, when present. */
  quote: string | undefined;
  advice: string;
}

/** Which essentials of a genuine TPM posting this text names, and which it lacks. */
export function checkEssentials(text: string, vocabulary: AuditVocabulary): EssentialCheck[] {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim() !== '');
  return vocabulary.essentials.map((e) => {
    const quote = sentences.find((s) => e.re.test(s))?.trim();
    return { id: e.id, label: e.label, present: quote !== undefined, quote, advice: e.advice };
  });
}

const FLAG_FIXES: Record<RedFlagKind, (flag: RedFlag) => string> = {
  'production-coding': (f) =>
    `Drop the coding requirement "${clip(f.quote)}", or say why a TPM must code${f.languages.length > 0 ? ` in ${f.languages.join(', ')}` : ''}; "understands how software is built" is usually what is meant.`,
  'also-develop': (f) =>
    `Bound the hands-on share ("${clip(f.quote)}"): state a percentage and what it covers, or move that work to the engineering team.`,
  'developer-duty': (f) =>
    `Move "${clip(f.quote)}" to the developers; the TPM can own the plan that gets it done.`,
  'design-work': (f) =>
    `Say how much of the design work ("${clip(f.quote)}") falls on the TPM and who owns the design; engineering usually does.`,
  'engineering-masters': () =>
    "Accept equivalent delivery experience or a PM credential instead of an engineering master's degree.",
  'on-call': () =>
    'Leave on-call to the engineering rotation; the TPM can own the incident process and its follow-ups.',
};

/** Concrete edits a hiring team can make to the posting. */
export function suggestFixes(
  verdict: Verdict,
  flags: readonly RedFlag[],
  essentials: readonly EssentialCheck[],
): string[] {
  const fixes: string[] = [];
  if (verdict === 'disguised-developer') {
    fixes.push(
      'Retitle the role (e.g. "Software Engineer" or "Tech Lead") if the coding is the job, or rewrite it around delivery: planning, risks, dependencies and stakeholders.',
    );
  } else if (verdict === 'hybrid') {
    fixes.push(
      'Say how time splits between delivery management and hands-on work, so candidates from either side can judge the fit.',
    );
  } else if (verdict === 'not-tpm') {
    fixes.push(
      'Retitle the role to match the work it describes, or add the delivery duties a TPM title promises.',
    );
  }
  if (verdict !== 'not-applicable') {
    const seen = new Set<RedFlagKind>();
    for (const flag of flags) {
      if (seen.has(flag.kind)) continue;
      seen.add(flag.kind);
      fixes.push(FLAG_FIXES[flag.kind](flag));
    }
    for (const e of essentials) if (!e.present) fixes.push(`Add ${e.label}: ${e.advice}`);
  }
  return fixes;
}

export interface RaciRow {
  activity: string;
  /** Role → R, A, A/R, C or I. */
  assignments: Record<string, string>;
  /** Set when the posting gives this work to the TPM but the draft does not. */
  note: string | undefined;
}

export interface RaciDraft {
  roles: string[];
  rows: RaciRow[];
}

const HANDS_ON_ACTIVITIES = new Set(['code', 'operations', 'design', 'testing']);

/** A RACI draft for the work the posting describes, separating TPM, tech lead, developers, QA and product. */
export function draftRaci(text: string, flags: readonly RedFlag[], vocabulary: AuditVocabulary): RaciDraft {
  const rows: RaciRow[] = [];
  for (const a of vocabulary.raci) {
    if (!a.always && !a.re.test(text)) continue;
    const onTpm =
      HANDS_ON_ACTIVITIES.has(a.id) &&
      flags.some((f) => a.re.test(f.quote) && (a.id !== 'operations' || f.kind === 'on-call'));
    rows.push({
      activity: a.label,
      assignments: { ...a.raci },
      note: onTpm ? 'the posting gives this to the TPM' : undefined,
    });
  }
  return { roles: [...vocabulary.raciRoles], rows };
}

const clip = (s: string, max = 90): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
