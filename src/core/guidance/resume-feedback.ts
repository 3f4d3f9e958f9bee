import type { ScoredResume } from '../analysis/types.ts';
import type { SectionKind, SkillMention } from '../extract/types.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { PhrasingRule } from './schema.ts';
import { stripBullet } from './title-lines.ts';

export interface UnsupportedSkill {
  skillId: string;
  label: string;
  line: number;
  quote: string;
  /** It counts toward a requirement of the role. */
  relevant: boolean;
  question: string;
}

export interface BulletSuggestion {
  line: number;
  /** The bullet as written. */
  original: string;
  shows: { term: string; requirement: string; skillId: string };
  /** Only a re-phrasing or re-ordering of the bullet's own words, led by the recognized term. */
  suggestion: string;
  /** What the person could add from their own knowledge; rolefit never fills these in. */
  questions: string[];
}

export interface ResumeFeedback {
  unsupportedSkills: UnsupportedSkill[];
  bullets: BulletSuggestion[];
}

const MAX_UNSUPPORTED = 8;
const MAX_BULLETS = 8;
const WORK_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'experience',
  'projects',
  'summary',
  'other',
  'header',
]);
/** Sections where a skill is shown in use (or held, for certificates): a listing elsewhere is only a claim. */
const SHOWN_IN: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'certifications', 'education']);
// A separator starts at the start of a run of spaces or at a non-space, never inside a run:
// searching from every space of a run went over the run again each time (quadratic).
const SEGMENT_SPLIT = /(?:(?<!\s)\s*|(?!\s))(?:[•●▪◦\uf0a7\uf0b7]|\s-\s(?=[A-Z])|;\s)\s*/u;

const WEAK_OPENER =
  /^(?:i\s+)?(?:was\s+|am\s+)?(?:responsible\s+for|involved\s+in|worked\s+on|working\s+on|helped\s+(?:with|in)|helping\s+(?:with|in)|assisted\s+(?:with|in)|participated\s+in|duties\s+included|tasks\s+included|part\s+of\s+a\s+team\s+for)\s+(\w+ing)\b/i;
const IRREGULAR: Record<string, string> = {
  running: 'ran',
  leading: 'led',
  writing: 'wrote',
  setting: 'set',
  building: 'built',
  meeting: 'met',
  making: 'made',
  getting: 'got',
  giving: 'gave',
  taking: 'took',
  driving: 'drove',
  understanding: 'understood',
  doing: 'did',
  holding: 'held',
  bringing: 'brought',
  teaching: 'taught',
  sending: 'sent',
  keeping: 'kept',
  finding: 'found',
  putting: 'put',
  shipping: 'shipped',
  planning: 'planned',
  mapping: 'mapped',
};

/** "coordinating" → "coordinated"; irregular verbs from a short list. */
export function pastTense(gerund: string): string {
  const lower = gerund.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  const stem = lower.slice(0, -3);
  return /e$/.test(stem) ? `${stem}d` : `${stem}ed`;
}

/** Re-phrases a bullet without adding facts: drops a weak opener ("Responsible for coordinating") and leads with the term. */
export function rephrase(bullet: string, term: string): string {
  let text = stripBullet(bullet).replace(/(?<![.;,\s])[.;,\s]+$/, '');
  const weak = WEAK_OPENER.exec(text);
  if (weak?.[1]) text = `${pastTense(weak[1])}${text.slice(weak[0].length)}`;
  else if (/^[A-Z][a-z]+ed\b/.test(text)) text = text[0]!.toLowerCase() + text.slice(1);
  return `${term}: ${text}.`;
}

/** Endings a skill's name drops to meet its verb: "Facilitation" → "facilit", met in "Facilitated". */
const NAME_ENDING = /(?:ations?|ions?|ments?|ings?|ed|es|s|e)$/;
const MINOR_WORDS: ReadonlySet<string> = new Set(['and', 'for', 'the', 'with', 'of', 'in', 'to', 'on']);

/**
 * Whether a skill's name is written in one line of work in any of its forms: each word of the name
 * ("Risk management") begins a word of the line ("Managed the risks of …"). "Facilitated sprint
 * planning" uses Facilitation, though no pattern reads facilitation there.
 */
export function namedAtWork(label: string, workWords: readonly (readonly string[])[]): boolean {
  const forms = (label.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => w.length >= 3 && !MINOR_WORDS.has(w))
    .map((w) => {
      const stem = w.replace(NAME_ENDING, '');
      // A stem goes on by a verb's ending ("manage" → "managed"); a whole word only by an inflection,
      // so that "Java" is not met in "JavaScript".
      return stem.length >= 4 && stem !== w ? { stem, rest: 4 } : { stem: w, rest: -1 };
    });
  if (forms.length === 0) return false;
  const meets = (word: string, f: { stem: string; rest: number }) =>
    word.startsWith(f.stem) &&
    (f.rest < 0
      ? /^(?:|s|es|ed|ing)$/.test(word.slice(f.stem.length))
      : word.length - f.stem.length <= f.rest);
  return workWords.some((words) => forms.every((f) => words.some((w) => meets(w, f))));
}

/** Skills listed without use in experience, and bullets that show a TPM skill in words readers and ATS miss. */
export function buildResumeFeedback(
  report: Pick<ScoredResume, 'requirements' | 'skills' | 'gaps'>,
  lines: readonly string[],
  sectionOf: (line: number) => SectionKind,
  mentions: readonly SkillMention[],
  rules: readonly PhrasingRule[],
  taxonomy: Taxonomy,
  /** The report's name for a skill (reportLabels: a requirement's label for the role's own skills). */
  labelOf: (skillId: string) => string | undefined = () => undefined,
): ResumeFeedback {
  // A skill whose narrower skill is shown in use is shown too: "user stories" written at work show Agile.
  const usedThrough = new Set(
    report.skills.filter((s) => s.strength !== 'listed').flatMap((s) => taxonomy.ancestors(s.id)),
  );
  // A requirement the report shows at work is shown, whichever of its skills showed it: "Stakeholder
  // management" listed under skills is no question when a line of work showed it through executive
  // reporting.
  const shownRequirements = new Set(
    report.requirements.filter((r) => r.status === 'shown').map((r) => r.skill.id),
  );
  // The words of the lines where work is shown, for a skill named there in words no pattern reads.
  const workWords = lines
    .filter((_, k) => SHOWN_IN.has(sectionOf(k + 1)) && sectionOf(k + 1) !== 'education')
    .map((line) => line.toLowerCase().match(/[a-z]+/g) ?? []);
  const unsupportedSkills: UnsupportedSkill[] = report.skills
    .filter(
      (s) =>
        s.strength === 'listed' &&
        s.kind !== 'certification' &&
        s.evidence.length > 0 &&
        s.evidence.every((e) => !SHOWN_IN.has(e.section)) &&
        !usedThrough.has(s.id) &&
        !shownRequirements.has(s.id) &&
        !namedAtWork(s.label, workWords),
    )
    .map((s) => {
      const e = s.evidence[0]!;
      const label = labelOf(s.id) ?? s.label;
      return {
        skillId: s.id,
        label,
        line: e.line,
        quote: e.quote,
        relevant: s.countsToward.length > 0,
        question: `${label} is listed but never shown in use. Could you defend it in an interview? Add a line where you applied it, or leave it out.`,
      };
    })
    .sort((a, b) => Number(b.relevant) - Number(a.relevant) || a.line - b.line)
    .slice(0, MAX_UNSUPPORTED);

  const byLine = new Map<number, Set<string>>();
  for (const m of mentions) {
    const set = byLine.get(m.line) ?? new Set<string>();
    for (const id of [m.skillId, ...taxonomy.ancestors(m.skillId)]) set.add(id);
    byLine.set(m.line, set);
  }
  const gapRank = new Map(report.gaps.map((g, k) => [g.skill.id, k]));
  const compiled = rules.map((r) => ({ rule: r, re: new RegExp(r.pattern, 'i') }));
  const found: Array<BulletSuggestion & { rank: number }> = [];
  const usedTerms = new Set<string>();
  lines.forEach((text, k) => {
    const line = k + 1;
    if (!WORK_SECTIONS.has(sectionOf(line))) return;
    const known = byLine.get(line) ?? new Set<string>();
    for (const segment of text.split(SEGMENT_SPLIT)) {
      const s = segment.trim();
      if (s.length < 25 || s.length > 260 || s.split(/\s+/).length < 5) continue;
      for (const { rule, re } of compiled) {
        // Already said in recognized words: nothing to suggest.
        if (known.has(rule.skill) || known.has(rule.requirement)) continue;
        if (!re.test(s)) continue;
        const questions: string[] = [];
        if (!/\d/.test(s))
          questions.push(
            'How many (people, teams, releases, clients, days)? Add your own figure if you have one.',
          );
        if (!/\b(reduc|increas|sav|improv|cut|deliver|achiev|result|enabl|prevent|avoid)\w*/i.test(s))
          questions.push('What changed because of it? Add the outcome in your own words.');
        found.push({
          line,
          original: s,
          shows: { term: rule.term, requirement: rule.requirement, skillId: rule.skill },
          suggestion: rephrase(s, rule.term),
          questions,
          rank: gapRank.get(rule.requirement) ?? 99,
        });
        break;
      }
    }
  });
  // Gaps first; one suggestion per term so the list stays varied.
  const bullets = found
    .sort((a, b) => a.rank - b.rank || a.line - b.line)
    .filter((b) => {
      if (usedTerms.has(b.shows.term)) return false;
      usedTerms.add(b.shows.term);
      return true;
    })
    .slice(0, MAX_BULLETS)
    .sort((a, b) => a.line - b.line)
    .map(({ rank: _rank, ...b }) => b);
  return { unsupportedSkills, bullets };
}
