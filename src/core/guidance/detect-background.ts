import type { FoundSkill } from '../analysis/types.ts';
import type { SavedMonth } from '../document.ts';
import { ASPIRATION_CUES } from '../extract/cues.ts';
import type { QuoteSpan, SectionKind } from '../extract/types.ts';
import type { YearMonth } from '../resume/dates.ts';
import { TRAINING_TITLE } from '../resume/recency.ts';
import { compilePhrases, type PhraseMatcher } from './phrases.ts';
import type { BackgroundDef, BackgroundId, BackgroundsFile } from './schema.ts';
import { findTitleLines, statedYears, type TitleLine } from './title-lines.ts';

export interface BackgroundEvidence {
  kind: 'title' | 'duty' | 'skill' | 'duration';
  /** Verbatim text of the input (the sentence around the match on long lines). */
  quote: string;
  line: number;
  /** The title, duty or skill it matched. */
  matched: string;
  /** Where the words that matched lie in `quote`, for a skill's quote (the evidence's `match`). */
  match?: QuoteSpan;
}

export interface BackgroundCandidate {
  id: BackgroundId;
  label: string;
  /** 0–1: how strongly the resume shows this background. */
  confidence: number;
  evidence: BackgroundEvidence[];
}

export interface BackgroundResult {
  primary: BackgroundId;
  label: string;
  confidence: number;
  /** Every background the resume shows, strongest first (the primary first). */
  candidates: BackgroundCandidate[];
  /** Years of experience, stated or from dated positions, when known. */
  experienceYears?: number;
  /** The month "Present" counts to in `experienceYears`: the date saved in the file (absent: today). */
  presentCountedAs?: SavedMonth;
  /** Title-like lines found, latest first as written. */
  titles: Array<{ line: number; title: string; years?: number }>;
  /** Set when the background is `other` by the title of a technology role ("Data Scientist"). */
  inTechnology?: true;
  /**
   * Why the primary leads when another candidate shows more strongly: it is the role held now
   * (a developer of 18 years now a product manager), or it specializes the stronger one with a title
   * of its own (a technical project manager among project managers).
   */
  leadsAs?: 'current-role' | 'specialization';
  /**
   * The background the titles name, set aside because the work it needs does not show
   * (`confirmedBy` in the backgrounds file, see confirmBackground).
   */
  setAside?: { id: BackgroundId; label: string; why: string };
}

/** Weights of the three kinds of signal; a job title says the most. */
export const SIGNAL_WEIGHTS = { title: 2.5, duty: 1.5, skill: 0.75 } as const;
/** Below this score no background is claimed: the result is `other`. */
export const MIN_SCORE = 0.9;
/** A score this high means confidence 1. */
const FULL_SCORE = 3;
/** Developers with this many years in engineering (or a senior title) count as senior: readers call a plain developer with 6–9 years junior. */
export const SENIOR_AFTER_YEARS = 10;
/**
 * The role held now names the background, as readers label it, when it is one of the backgrounds
 * and scores at least this share of the strongest (a role of a few months weighs too little to): a
 * developer of 18 years now a product manager for 9 comes to the TPM role from product management,
 * though the years of engineering left more duties and skills on the page.
 */
export const CURRENT_ROLE_SHARE = 0.5;

const SENIOR_MARKER = /\b(senior|sr\.?|lead|principal|staff|chief|head)\b/i;
/**
 * "Senior Engineer", "Lead Engineer", "Staff Engineer": a senior title that names no field. Engineers
 * of every kind hold it, so it names no background alone; beside developer work (the strongest signal
 * of the resume) it makes that developer a senior one.
 */
const BARE_SENIOR_ENGINEER =
  /^(?:senior|sr\.?|lead|principal|staff)\s+engineer(?:\s+(?:i{1,3}|iv|\d))?(?:$|\s*[,|(–—-]|\s+at\s)/i;
const SECTION_WEIGHT: Record<SectionKind, number> = {
  experience: 1,
  projects: 0.9,
  other: 0.8,
  summary: 0.7,
  header: 0.6,
  skills: 0.35,
  certifications: 0.3,
  education: 0.2,
};
const STRENGTH_CREDIT = { listed: 0.5, applied: 0.8, led: 1 } as const;
const MAX_EVIDENCE = 4;

interface Compiled {
  def: BackgroundDef;
  titles: PhraseMatcher;
  duties: PhraseMatcher;
}

/** The backgrounds' phrase matchers, and one for titles outside every background, compiled once per file. */
interface CompiledFile {
  backgrounds: Compiled[];
  other: PhraseMatcher;
  technology: ReadonlySet<string>;
  /**
   * Software backgrounds, read from words other engineering shares ("testing engineer", "systems
   * engineer", "architect"); a technical project manager's titles name the technology themselves.
   */
  softwareWork: ReadonlySet<BackgroundId>;
  /** The file's title senses: the titles they reread (lower case) and the words that call for them. */
  senses: Array<{ titles: ReadonlySet<string>; context: PhraseMatcher; reads: BackgroundId }>;
}
const compiledCache = new WeakMap<BackgroundsFile, CompiledFile>();
function compile(file: BackgroundsFile): CompiledFile {
  let c = compiledCache.get(file);
  if (!c) {
    c = {
      backgrounds: file.backgrounds.map((def) => ({
        def,
        titles: compilePhrases(def.titles),
        duties: compilePhrases(def.duties),
      })),
      other: compilePhrases([...file.otherTechnologyTitles, ...file.otherTitles]),
      technology: new Set(file.otherTechnologyTitles.map((t) => t.toLowerCase())),
      softwareWork: new Set(
        file.backgrounds.filter((b) => b.technical && b.id !== 'technical-project-manager').map((b) => b.id),
      ),
      senses: file.titleSenses.map((sense) => ({
        titles: new Set(sense.titles.map((t) => t.toLowerCase())),
        context: compilePhrases(sense.context),
        reads: sense.reads,
      })),
    };
    compiledCache.set(file, c);
  }
  return c;
}

/** The sentence or bullet around a match, so long lines quote only what matters. */
export function quoteAround(text: string, start: number, end: number, max = 160): string {
  const boundary = /[•●▪;\uf0a7\uf0b7]|\. (?=[A-Z])|\s-\s|\s\d+\.\s/g;
  let s = 0;
  let e = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index + m[0].length <= start) s = m.index + m[0].length;
    else if (m.index >= end) {
      e = m.index;
      break;
    }
  }
  let q = text.slice(s, e).trim();
  if (q.length > max) {
    const from = Math.max(0, start - s - Math.floor((max - (end - start)) / 2));
    q = `${from > 0 ? '…' : ''}${text.slice(s + from, s + from + max).trim()}…`;
  }
  return q.replace(/\s+/g, ' ');
}

interface Tally {
  title: number;
  titleHits: number;
  duty: number;
  skill: number;
  evidence: BackgroundEvidence[];
  dutyPhrases: Set<string>;
}

/** The part of a structured position (src/core/resume) that detection uses. */
export interface PositionLike {
  title?: string;
  months?: number;
  end?: YearMonth | 'present';
  startLine: number;
  section?: 'experience' | 'projects';
}

export interface DetectInput {
  positions?: ReadonlyArray<PositionLike>;
  lines: readonly string[];
  sectionOf(line: number): SectionKind;
  skills: readonly FoundSkill[];
  backgrounds: BackgroundsFile;
  thisYear: number;
  /** Years of experience from the structure step's dated positions (one definition for the whole report). */
  totalYears?: number;
  /** ResumeStructure.presentCountedAs: the saved month "Present" counts to in `totalYears`. */
  presentCountedAs?: SavedMonth;
  /** The skill and every skill below it in the taxonomy: background skills count their narrower skills. */
  narrower?(id: string): ReadonlySet<string>;
  /** Of which in engineering roles: a developer with SENIOR_AFTER_YEARS of them is senior. */
  engineeringYears?: number;
  /**
   * False when the resume names no programming language, database, software tool, IT field or
   * computing degree: its "Testing Engineer" or "Systems Engineer" works outside software, so no
   * software background (`technical` in the backgrounds file) is read from it.
   */
  namesTechnology?: boolean;
}

/** Which career backgrounds a resume shows, from its job titles, their durations, its duties and its skills. */
export function detectBackground(input: DetectInput): BackgroundResult {
  const { lines, sectionOf } = input;
  const { backgrounds: compiled, other, technology, softwareWork, senses } = compile(input.backgrounds);
  // The title senses the page calls for (see titleSenses in the backgrounds file).
  const sensed = senses.filter((sense) => lines.some((text) => sense.context.find(text).length > 0));
  const tallies = new Map<BackgroundId, Tally>();
  const tally = (id: BackgroundId): Tally => {
    let t = tallies.get(id);
    if (!t) {
      t = { title: 0, titleHits: 0, duty: 0, skill: 0, evidence: [], dutyPhrases: new Set() };
      tallies.set(id, t);
    }
    return t;
  };

  // Titles: the latest (first written) weighs most; longer dated stints weigh more. The structure
  // step's positions are the source of titles; lines that merely read like titles stand in only
  // when it found none.
  const titleLines = titleLinesOf(input);
  // Title lines that name a background, or a role outside every one: the report lists them.
  const named: TitleLine[] = [];
  let order = 0;
  // The backgrounds the role held now names (see CURRENT_ROLE_SHARE).
  let current: BackgroundId[] = [];
  // What the headline at the top names, when it names a background: it must agree.
  let headline: BackgroundId[] | undefined;
  const titleHitsSeen = new Set<string>();
  // Bare senior engineering titles ("Senior Engineer"), in order: see BARE_SENIOR_ENGINEER.
  const bareSenior: TitleLine[] = [];
  // Title lines per line: more than one where a line holds several entries (a run-on layout).
  const perLine = new Map<number, number>();
  for (const tl of titleLines) perLine.set(tl.line, (perLine.get(tl.line) ?? 0) + 1);
  for (const titled of titleLines) {
    // A role named as a goal is not held: "QA Engineer → aspiring Technical Project Manager".
    const tl = withoutGoal(titled);
    const own = resense(matchTitle(tl, compiled), sensed);
    const outside = own.length > 0 ? [] : other.find(tl.title);
    if (own.length > 0 || outside.length > 0) named.push(tl);
    // A title split from its line may leave the role words in the organisation part ("Team Lead | Support Lead").
    // Not on a line that holds several entries (a run-on layout): its other titles are their own entries'.
    const found =
      own.length > 0 || tl.quote === tl.title || perLine.get(tl.line)! > 1
        ? own
        : matchTitle({ ...tl, title: tl.quote.slice(0, 160) }, compiled);
    const hits: Array<{ id: BackgroundId; phrase: string }> =
      found.length > 0 ? found : outside.map((h) => ({ id: 'other' as const, phrase: h.phrase }));
    if (hits.length === 0 && BARE_SENIOR_ENGINEER.test(tl.title.trim())) bareSenior.push(tl);
    // A title held in training names no background: an intern's field shows in the duties and skills.
    if (hits.length === 0 || TRAINING_TITLE.test(tl.title)) continue;
    if (tl.current) current = hits.map((h) => h.id);
    if (tl.headline && headline === undefined) headline = hits.map((h) => h.id);
    const recency = Math.max(0.5, 1 - 0.15 * order);
    order++;
    const duration = titleDuration(tl.years);
    for (const hit of hits) {
      const key = `${hit.id}:${tl.title.toLowerCase()}`;
      const t = tally(hit.id);
      const w = recency * duration * (titleHitsSeen.has(key) ? 0.3 : 1);
      titleHitsSeen.add(key);
      t.title = Math.max(t.title, w) + (t.titleHits > 0 ? 0.25 * w : 0);
      t.titleHits++;
      // The part of the line that holds the title, not its first field ("company - …").
      const at = tl.quote.toLowerCase().indexOf(tl.title.toLowerCase());
      t.evidence.push({
        kind: 'title',
        quote:
          at < 0 ? quoteAround(tl.quote, 0, 0, 160) : quoteAround(tl.quote, at, at + tl.title.length, 160),
        line: tl.line,
        matched: hit.phrase,
      });
    }
  }

  // Duties: each distinct phrase counts once, at the weight of the best section it appears in.
  const dutyBest = new Map<BackgroundId, Map<string, { w: number; ev: BackgroundEvidence }>>();
  lines.forEach((text, k) => {
    const line = k + 1;
    const w = SECTION_WEIGHT[sectionOf(line)];
    for (const c of compiled) {
      for (const hit of c.duties.find(text)) {
        const best = dutyBest.get(c.def.id) ?? new Map();
        dutyBest.set(c.def.id, best);
        const prev = best.get(hit.phrase);
        if (!prev || prev.w < w)
          best.set(hit.phrase, {
            w,
            ev: { kind: 'duty', quote: quoteAround(text, hit.start, hit.end), line, matched: hit.phrase },
          });
      }
    }
  });
  for (const [id, best] of dutyBest) {
    const t = tally(id);
    const sorted = [...best.values()].sort((a, b) => b.w - a.w || a.ev.line - b.ev.line);
    t.duty = sorted.reduce((s, x) => s + x.w, 0);
    for (const x of sorted) t.dutyPhrases.add(x.ev.matched);
    t.evidence.push(...sorted.map((x) => x.ev));
  }

  // Skills the extraction found, by strength; a narrower skill (Selenium under software testing) counts too.
  for (const c of compiled) {
    for (const s of input.skills) {
      if (!c.def.skills.some((id) => id === s.id || (input.narrower?.(id).has(s.id) ?? false))) continue;
      const t = tally(c.def.id);
      t.skill += STRENGTH_CREDIT[s.strength] * (s.hedged ? 0.5 : 1);
      const e = s.evidence[0];
      if (e)
        t.evidence.push({
          kind: 'skill',
          quote: e.quote,
          line: e.line,
          matched: s.label,
          ...(e.match ? { match: e.match } : {}),
        });
    }
  }

  const years = experienceYearsOf(input);
  promoteSeniorDeveloper(tallies, tally, seniorityYears(input, years));
  seniorOnceTitled(tallies, tally);
  seniorByBareTitle(tallies, tally, bareSenior);

  const scored = [...tallies.entries()]
    .filter(([id]) => input.namesTechnology !== false || !softwareWork.has(id))
    .map(([id, t]) => ({ id, t, score: score(t) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const strongest = scored[0];
  let leadsAs: BackgroundResult['leadsAs'];
  if (preferSpecialization(scored, input.backgrounds)) leadsAs = 'specialization';
  if ((!headline || current.every((id) => headline!.includes(id))) && preferCurrentRole(scored, current))
    leadsAs = 'current-role';
  const labels = new Map(input.backgrounds.backgrounds.map((b) => [b.id as BackgroundId, b.label]));
  labels.set('other', OTHER_LABEL);
  const top = scored[0];
  const confidence = (s: number) => Math.round(Math.min(1, s / FULL_SCORE) * 100) / 100;
  const candidates: BackgroundCandidate[] = scored
    .filter((x) => x.score >= MIN_SCORE && x.score >= 0.4 * (top?.score ?? 0))
    .slice(0, 3)
    .map((x) => ({
      id: x.id,
      label: labels.get(x.id) ?? x.id,
      confidence: confidence(x.score),
      evidence: pickEvidence(x.t.evidence),
    }));
  const primary = candidates[0]?.id === 'other' ? undefined : candidates[0];
  const base = {
    ...(years ? { experienceYears: years.years } : {}),
    ...(years && input.presentCountedAs && years.years === input.totalYears
      ? { presentCountedAs: input.presentCountedAs }
      : {}),
    titles: named.map((tl) => ({
      line: tl.line,
      title: tl.title,
      ...(tl.years !== undefined ? { years: tl.years } : {}),
    })),
  };
  if (!primary) {
    // "Other" by title ("Data Scientist") is as sure as its title; by default, as sure as nothing else shows.
    const named = candidates[0]?.id === 'other' ? candidates[0] : undefined;
    const fallback: BackgroundCandidate = named ?? {
      id: 'other',
      label: OTHER_LABEL,
      confidence: Math.round((1 - Math.min(1, (top?.score ?? 0) / FULL_SCORE)) * 100) / 100,
      evidence: [],
    };
    // The first title names the role, as for every background.
    const title = fallback.evidence.find((e) => e.kind === 'title');
    return {
      primary: 'other',
      label: OTHER_LABEL,
      confidence: fallback.confidence,
      candidates: [fallback, ...candidates.filter((c) => c.id !== 'other')],
      ...base,
      ...(title && technology.has(title.matched.toLowerCase()) ? { inTechnology: true as const } : {}),
    };
  }
  return {
    primary: primary.id,
    label: primary.label,
    confidence: primary.confidence,
    candidates,
    ...base,
    ...(leadsAs && strongest && strongest.id !== primary.id && strongest.score > top!.score
      ? { leadsAs }
      : {}),
  };
}

export const OTHER_LABEL = 'Other background';

/**
 * The primary background checked against the work the analysis found shown: a background none of
 * whose `confirmedBy` requirements is shown gives way to the background `otherwise`, which takes its
 * evidence (the titles stay quoted). An "IT Project Manager" who coordinated network installs at
 * retail stores, with no software lifecycle work on the page, comes to the role from project
 * management, as readers label such resumes, and that transition's guidance is the one that helps.
 */
export function confirmBackground(
  result: BackgroundResult,
  shown: ReadonlySet<string>,
  file: BackgroundsFile,
): BackgroundResult {
  const def = file.backgrounds.find((b) => b.id === result.primary);
  const rule = def?.confirmedBy;
  const [first, ...rest] = result.candidates;
  if (!def || !rule || !first || rule.shown.some((r) => shown.has(r))) return result;
  const label = file.backgrounds.find((b) => b.id === rule.otherwise)?.label ?? rule.otherwise;
  const joined = rest.find((c) => c.id === rule.otherwise);
  const lines = new Set(first.evidence.map((e) => e.line));
  const candidate: BackgroundCandidate = {
    id: rule.otherwise,
    label,
    confidence: Math.max(first.confidence, joined?.confidence ?? 0),
    evidence: [...first.evidence, ...(joined?.evidence ?? []).filter((e) => !lines.has(e.line))],
  };
  const { leadsAs: _leadsAs, ...kept } = result;
  return {
    ...kept,
    primary: rule.otherwise,
    label,
    confidence: candidate.confidence,
    candidates: [candidate, ...rest.filter((c) => c.id !== rule.otherwise)],
    setAside: { id: def.id, label: def.label, why: rule.why },
  };
}

/**
 * A background's confidence in words ("strong signal"), for every report: "signal 100%" was read as
 * the odds of the pick or a match with the role, where it says how strongly the resume shows it.
 */
export function signalWords(confidence: number): string {
  if (confidence >= 0.85) return 'strong signal';
  if (confidence >= 0.6) return 'clear signal';
  if (confidence >= 0.4) return 'some signal';
  return 'weak signal';
}

/** What the signal measures, said once where the backgrounds are listed. */
export const SIGNAL_MEANS =
  'The signal is how strongly your job titles, duties and skills point to each background.';

/** The reason a primary background leads a stronger one, in words, for every edge. */
export const LEADS_AS_TEXT: Record<NonNullable<BackgroundResult['leadsAs']>, string> = {
  'current-role':
    'It leads because it is the role you hold now; the stronger signal below is the background you come from.',
  specialization:
    'It leads because your job titles name this narrower role; the broader background below shows more often.',
};

/** Why the titles' background was set aside, in words, for every report (empty when it was not). */
export function setAsideText(background: Pick<BackgroundResult, 'setAside'>): string {
  const a = background.setAside;
  return a
    ? `Your job titles point to "${a.label}", but ${a.why}; the transition below starts from there.`
    : '';
}

const HEADLINE_NOT =
  /[•|;▪●\uf0a7\uf0b7]|^\W*(?:(?:key|technical|core|it)\s+)?(?:skills?|education|competenc|expertise|summary|objective|profile)/i;

/**
 * Title evidence: the headline at the top of the resume, then the structure step's positions in the
 * order written. Without positions, lines that read like job titles stand in.
 */
function titleLinesOf(input: DetectInput): TitleLine[] {
  const { lines, sectionOf } = input;
  const positions = (input.positions ?? []).filter((p) => p.title && p.section !== 'projects');
  if (positions.length === 0) return findTitleLines(lines, sectionOf, input.thisYear);
  const out: TitleLine[] = [];
  const first = positions.reduce((a, p) => Math.min(a, p.startLine), Number.POSITIVE_INFINITY);
  // The headline: a header line above the first position ("IT Project Manager IT Project Manager Long Island City").
  for (let l = 1; l < Math.min(first, 4); l++) {
    const text = (lines[l - 1] ?? '').trim();
    // Resume-site exports run the headline into the summary: its first words are the title.
    // A skills or education line at the top (bullets, separators, a section word) is no headline.
    const head = text.slice(0, 160);
    if (sectionOf(l) === 'header' && head.length > 0 && !HEADLINE_NOT.test(head))
      out.push({ line: l, quote: head, title: text.slice(0, 120), section: 'header', headline: true });
  }
  // Held now among every position: one the structure step read no title for names no background.
  const now = currentPosition((input.positions ?? []).filter((p) => p.section !== 'projects'));
  for (const p of positions) {
    const years = p.months !== undefined ? Math.max(p.months / 12, 0.1) : undefined;
    const line = lineHolding(lines, p.startLine, p.title!);
    out.push({
      line,
      quote: (lines[line - 1] ?? p.title!).trim(),
      title: p.title!,
      section: sectionOf(p.startLine),
      ...(years !== undefined ? { years, datedLine: p.startLine } : {}),
      ...(p === now ? { current: true as const } : {}),
    });
  }
  return out;
}

/**
 * The line that holds a position's title: its first line, or one of the next four where the entry
 * gives its fields a line each ("company - Delta Controls" above "Designation - Operations Manager").
 */
function lineHolding(lines: readonly string[], startLine: number, title: string): number {
  const wanted = title.toLowerCase();
  for (let l = startLine; l < startLine + 5 && l <= lines.length; l++)
    if (lines[l - 1]!.toLowerCase().includes(wanted)) return l;
  return startLine;
}

/** The position held now: the first written that runs to the present, else the one that ended last. */
function currentPosition(positions: readonly PositionLike[]): PositionLike | undefined {
  let best: PositionLike | undefined;
  let bestEnd = Number.NEGATIVE_INFINITY;
  for (const p of positions) {
    if (p.end === undefined) continue;
    if (p.end === 'present') return p;
    const end = p.end.year * 12 + (p.end.month ?? 12);
    if (end > bestEnd) {
      best = p;
      bestEnd = end;
    }
  }
  return best;
}

/** Years of experience: the structure step's dated positions, or a figure the resume states when none are dated. */
function experienceYearsOf(input: DetectInput): { years: number; line?: number; quote?: string } | undefined {
  if (input.totalYears !== undefined && input.totalYears > 0) return { years: input.totalYears };
  return statedYears(input.lines);
}

/** Years that make a developer senior: engineering positions when dated, else the stated figure. */
function seniorityYears(
  input: DetectInput,
  years: { years: number; line?: number; quote?: string } | undefined,
): { years: number; line?: number; quote?: string } | undefined {
  if (input.totalYears !== undefined && input.totalYears > 0)
    return input.engineeringYears ? { years: input.engineeringYears } : undefined;
  return years;
}

/** A background that specializes the leader ("technical project manager" of "project manager") wins a close call with its own title. */
function preferSpecialization(
  scored: Array<{ id: BackgroundId; t: Tally; score: number }>,
  file: BackgroundsFile,
): boolean {
  const top = scored[0];
  if (!top) return false;
  const k = scored.findIndex(
    (x) =>
      x.t.titleHits > 0 &&
      x.score >= 0.75 * top.score &&
      file.backgrounds.some((b) => b.id === x.id && b.specializes === top.id),
  );
  if (k > 0) scored.unshift(...scored.splice(k, 1));
  return k > 0;
}

/**
 * The background of the role held now leads when it is one background, not far behind the strongest
 * (and the headline, when it names a background, names the same: "Regional Desktop Support
 * Technician" over a project manager's position is a position the structure step missed).
 */
function preferCurrentRole(
  scored: Array<{ id: BackgroundId; score: number }>,
  current: readonly BackgroundId[],
): boolean {
  const top = scored[0];
  if (!top || current.length !== 1 || current[0] === 'other') return false;
  const k = scored.findIndex((x) => x.id === current[0]);
  if (k <= 0 || scored[k]!.score < CURRENT_ROLE_SHARE * top.score) return false;
  scored.unshift(...scored.splice(k, 1));
  return true;
}

function score(t: Tally): number {
  const title = Math.min(1.5, t.title);
  const duty = 1 - Math.exp(-t.duty / 4);
  const skill = 1 - Math.exp(-t.skill / 2);
  return SIGNAL_WEIGHTS.title * title + SIGNAL_WEIGHTS.duty * duty + SIGNAL_WEIGHTS.skill * skill;
}

function matchTitle(
  tl: TitleLine,
  compiled: readonly Compiled[],
): Array<{ id: BackgroundId; phrase: string }> {
  const hits: Array<{ id: BackgroundId; phrase: string; start: number; end: number }> = [];
  for (const c of compiled)
    for (const h of c.titles.find(tl.title))
      hits.push({ id: c.def.id, phrase: h.phrase, start: h.start, end: h.end });
  // Longest first; a hit inside a longer one ("project manager" in "technical project manager") is dropped.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  const senior = SENIOR_MARKER.test(tl.title);
  const out = new Map<BackgroundId, string>();
  for (const h of kept.sort((a, b) => a.start - b.start)) {
    const id: BackgroundId = h.id === 'junior-developer' && senior ? 'senior-developer' : h.id;
    if (!out.has(id)) out.set(id, h.phrase);
  }
  return [...out].map(([id, phrase]) => ({ id, phrase }));
}

/** Title hits reread by the senses the page calls for: "program manager" of community programs is `other`. */
function resense(
  hits: Array<{ id: BackgroundId; phrase: string }>,
  sensed: CompiledFile['senses'],
): Array<{ id: BackgroundId; phrase: string }> {
  if (sensed.length === 0) return hits;
  return hits.map((h) => {
    const sense = sensed.find((s) => s.titles.has(h.phrase.toLowerCase()));
    return sense ? { id: sense.reads, phrase: h.phrase } : h;
  });
}

/**
 * Where a title line goes on to a role wanted, not held ("→ aspiring …", "seeking a …", "future …"):
 * the goals the extraction reads (ASPIRATION_CUES) and the words a headline uses for a role to come.
 */
const GOAL = compilePhrases([
  ...ASPIRATION_CUES,
  'aspirant',
  'future',
  'prospective',
  'looking for',
  'wanting to',
  'to become',
]);
/** What separates the role held from the one wanted ("QA Engineer → aspiring …", "QA Engineer | seeking …"). */
const GOAL_SEPARATORS = new Set([' ', '\t', '→', '>', '|', '/', '–', '—', '-', ',', ';', ':']);

/** The text before the role it names as a goal, without the separator that led to it. */
function beforeGoal(text: string): string {
  const goal = GOAL.find(text)[0];
  if (!goal) return text;
  let end = goal.start;
  while (end > 0 && GOAL_SEPARATORS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The title line without the role it names as a goal. */
function withoutGoal(tl: TitleLine): TitleLine {
  const title = beforeGoal(tl.title);
  const quote = beforeGoal(tl.quote);
  return title === tl.title && quote === tl.quote ? tl : { ...tl, title, quote };
}

/** What a title is worth by how long it was held: 0.7 for a few weeks, full from 3 years, 0.85 undated. */
function titleDuration(years: number | undefined): number {
  return years === undefined ? 0.85 : 0.7 + 0.3 * Math.min(1, years / 3);
}

/** The junior developer's tally moved into the senior developer's, `lead` quoted first. */
function moveToSenior(
  tallies: Map<BackgroundId, Tally>,
  tally: (id: BackgroundId) => Tally,
  junior: Tally,
  lead: BackgroundEvidence | undefined,
  title = 0,
): void {
  const senior = tally('senior-developer');
  senior.title = Math.max(senior.title, junior.title, title);
  senior.titleHits += junior.titleHits + (title > 0 ? 1 : 0);
  senior.duty += junior.duty;
  senior.skill += junior.skill;
  for (const p of junior.dutyPhrases) senior.dutyPhrases.add(p);
  if (lead) senior.evidence.unshift(lead);
  senior.evidence.push(...junior.evidence);
  tallies.delete('junior-developer');
}

/** A developer with many years is a senior developer even without "senior" in the title. */
function promoteSeniorDeveloper(
  tallies: Map<BackgroundId, Tally>,
  tally: (id: BackgroundId) => Tally,
  years: { years: number; line?: number; quote?: string } | undefined,
): void {
  const junior = tallies.get('junior-developer');
  if (!junior || !years || years.years < SENIOR_AFTER_YEARS) return;
  const lead: BackgroundEvidence | undefined =
    years.line !== undefined && years.quote !== undefined
      ? { kind: 'duration', quote: years.quote, line: years.line, matched: `${years.years} years` }
      : undefined;
  moveToSenior(tallies, tally, junior, lead);
}

/**
 * A developer who has held a senior developer's title ("Senior iOS Developer") is a senior developer,
 * though more of the titles on the page are plain ones: seniority, once reached, stays.
 */
function seniorOnceTitled(tallies: Map<BackgroundId, Tally>, tally: (id: BackgroundId) => Tally): void {
  const junior = tallies.get('junior-developer');
  const senior = tallies.get('senior-developer');
  if (!junior || !senior || senior.titleHits === 0) return;
  moveToSenior(tallies, tally, junior, undefined);
}

/**
 * A developer whose title is a bare senior one ("Senior Engineer at Acme") is a senior developer, when
 * developer work is what the resume shows most: the title then counts as the developer's own.
 */
function seniorByBareTitle(
  tallies: Map<BackgroundId, Tally>,
  tally: (id: BackgroundId) => Tally,
  bare: readonly TitleLine[],
): void {
  const junior = tallies.get('junior-developer');
  const first = bare[0];
  if (!junior || !first) return;
  const strongest = [...tallies.entries()].sort((a, b) => score(b[1]) - score(a[1]))[0]?.[0];
  if (strongest !== 'junior-developer') return;
  const lead: BackgroundEvidence = {
    kind: 'title',
    quote: quoteAround(first.quote, 0, 0, 160),
    line: first.line,
    matched: first.title.trim(),
  };
  moveToSenior(tallies, tally, junior, lead, titleDuration(first.years));
}

/** Titles first, then a mix of duties and skills, one quote per line. */
function pickEvidence(all: readonly BackgroundEvidence[]): BackgroundEvidence[] {
  const rank = { title: 0, duration: 1, duty: 2, skill: 3 } as const;
  const sorted = [...all].sort((a, b) => rank[a.kind] - rank[b.kind]);
  const out: BackgroundEvidence[] = [];
  const seen = new Set<number>();
  for (const e of sorted) {
    if (seen.has(e.line) && e.kind !== 'duration') continue;
    seen.add(e.line);
    out.push(e);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}
