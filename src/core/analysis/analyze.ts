import type { ReadDocument } from '../document.ts';
import { extractSkills, MAX_QUOTE } from '../extract/extract-skills.ts';
import {
  type Extraction,
  type IgnoredMention,
  type SkillMention,
  STRENGTHS,
  type Strength,
} from '../extract/types.ts';
import { buildGuidance } from '../guidance/build-guidance.ts';
import { bundledGuidance } from '../guidance/data.ts';
import { type BackgroundResult, confirmBackground, detectBackground } from '../guidance/detect-background.ts';
import type { SelfCheckAnswers } from '../guidance/self-check.ts';
import { midSentence } from '../render/format.ts';
import type { YearMonth } from '../resume/dates.ts';
import { classifyDocument } from '../resume/document-kind.ts';
import { internshipLines, lineRecency } from '../resume/recency.ts';
import { type Section, sectionOfLines } from '../resume/sections.ts';
import { type Position, readStructure } from '../resume/structure.ts';
import { reportLabels } from '../role/labels.ts';
import { requirementPoints } from '../role/points.ts';
import type { Requirement, Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { indexLines, type LineIndex, lineSpan } from '../text/lines.ts';
import { repairMojibake } from '../text/mojibake.ts';
import { inPartPhrases, listPhrases } from './in-part.ts';
import {
  type AnalysisReport,
  type Evidence,
  type FoundSkill,
  type Gap,
  type InPart,
  REPORT_SCHEMA_VERSION,
  type RequirementResult,
  type RequirementStatus,
  type ScoreBand,
  type StrengthItem,
} from './report.ts';
import type { TrackRecord } from './types.ts';

/** Credit a single piece of evidence earns, by strength; hedged evidence earns half. */
export const STRENGTH_CREDIT: Record<Strength, number> = { listed: 0.5, applied: 0.8, led: 1 };
export const HEDGE_FACTOR = 0.5;
/**
 * An accepted skill with at least this share stands for the requirement itself ("capacity planning" is
 * resource allocation); below it, the skill is only adjacent and can show the requirement partly.
 */
export const DIRECT_SHARE = 0.75;
/** Evidence quoted per requirement or skill in the report. */
const MAX_EVIDENCE = 3;

export interface AnalyzeInput {
  document: ReadDocument;
  role: Role;
  taxonomy: Taxonomy;
  /** Share of market listings (0–1) that ask for each skill id, when known: it ranks gaps. */
  demand?: ReadonlyMap<string, number>;
  /** "Now", for roles that run to the present and for recency; defaults to the current month. */
  asOf?: YearMonth;
  /** Self-check answers (1–5 by fit dimension id), combined with the resume in `selfCheck`. */
  selfCheckAnswers?: SelfCheckAnswers;
}

/**
 * A mention with the recency and internship factors of the role it sits in (absent: it counts fully),
 * and `inRole` on applied work in the role analysed, held now (see inRoleLines).
 */
type WeightedMention = SkillMention & { recency?: number; internship?: number; inRole?: true };

/** The whole pipeline: lines → sections → mentions → skill profile → scored report. */
export function analyzeResume(input: AnalyzeInput): AnalysisReport {
  return scoreResume(input).report(input.demand);
}

/** A resume scored up to its skills; market demand, which only ranks the gaps, comes after. */
export interface ScoredAnalysis {
  skills: readonly FoundSkill[];
  /**
   * The lines of the titles the track record credits ("Senior Technical Program Manager — Nimbus"):
   * holding the job shows the skills its title names to the market, though the requirement table
   * counts a title as listed.
   */
  heldTitleLines: ReadonlySet<number>;
  /** The role's requirements as scored: their status does not depend on market demand. */
  requirements: readonly RequirementResult[];
  /** The report, its gaps (and so the guidance) ranked by this demand when given. */
  report(demand?: ReadonlyMap<string, number>): AnalysisReport;
}

/**
 * The pipeline up to the score, so a caller can look up the market for the skills found and
 * rank the gaps by its demand without analysing the resume twice.
 */
export function scoreResume(input: Omit<AnalyzeInput, 'demand'>): ScoredAnalysis {
  const { document, role, taxonomy } = input;
  // Callers repair the document first (repairDocument) to show the same text; this makes sure.
  const text = repairMojibake(document.text).text;
  const index = indexLines(text);
  const lines = splitLines(text, index);
  const now = new Date();
  const asOf = input.asOf ?? { year: now.getFullYear(), month: now.getMonth() + 1 };
  // A file's saved date stands for "Present" (readStructure checks it against the resume's dates).
  const structure = readStructure(lines, { asOf, ...(document.saved ? { saved: document.saved } : {}) });
  const sections = structure.sections;
  const lineSections = sectionOfLines(sections, lines.length);
  const sectionOf = (l: number) => lineSections[l] ?? 'other';
  const leadingSkills = acceptedByRequirement(role, taxonomy).find((a) => a.id === 'leadership')?.shares;
  const extraction = namedInTitles(
    setAsideEmployers(
      extractSkills(text, taxonomy, { lineSections, goals: true, skipLines: new Set(structure.boilerplate) }),
      structure.positions,
      lines,
    ),
    structure.positions,
    text,
    index,
    lines,
    (skillId) => (leadingSkills?.get(skillId) ?? 0) > 0,
  );
  // Evidence from a role that ended long ago counts less (see RECENCY in resume/recency.ts).
  const recency = lineRecency(structure.positions, lines.length);
  // Evidence from an internship counts in part (see INTERNSHIP in resume/recency.ts).
  const internship = internshipLines(structure.positions, lines.length);
  const bySkill = groupBySkill(
    extraction.mentions.map((m): WeightedMention => {
      const factor = recency[m.line] ?? 1;
      const intern = internship[m.line];
      if (factor === 1 && intern === undefined) return m;
      return {
        ...m,
        ...(factor < 1 ? { recency: factor } : {}),
        ...(intern !== undefined ? { internship: intern } : {}),
      };
    }),
  );
  // Each requirement's accepted skills and shares, read once for the skill profile and the scoring.
  const accepted = acceptedByRequirement(role, taxonomy);
  const skills = profileSkills(bySkill, taxonomy, (id) =>
    accepted.filter((a) => (a.shares.get(id) ?? 0) > 0).map((a) => a.id),
  );
  // A resume that names no language, database, software tool, IT field, computing degree or software-team practice.
  const noTechnology = role.requirements.some(
    (r) => r.acceptsOnlyWith && !hasAnySkill(bySkill, r.acceptsOnlyWith.skills, taxonomy),
  );
  // Background comes before the score: a held title earns the role's track-record points.
  const guidanceData = bundledGuidance(role, taxonomy);
  const detected = guidanceData
    ? detectBackground({
        lines,
        sectionOf,
        skills,
        backgrounds: guidanceData.backgrounds,
        positions: structure.positions,
        narrower: (id) => taxonomy.narrower(id),
        thisYear: asOf.year,
        totalYears: structure.totalYears,
        ...(structure.presentCountedAs ? { presentCountedAs: structure.presentCountedAs } : {}),
        namesTechnology: !noTechnology,
        ...(structure.yearsByKind.engineering !== undefined
          ? { engineeringYears: structure.yearsByKind.engineering }
          : {}),
      })
    : undefined;
  // Soft skills shown in work far from technology transfer in part: the background is none of the
  // role's and no technology role either ("Data Scientist" works with engineers), or the resume names
  // no language, database, software tool, IT field, computing degree or software-team practice.
  const farFromTechnology = detected?.primary === 'other' && !detected.inTechnology;
  const outside = role.outsideField && (farFromTechnology || noTechnology) ? role.outsideField : undefined;
  const shares = accepted.map((a) => a.shares);
  const graded = scoreRequirements(role, bySkill, shares, taxonomy, outside, noTechnology);
  // A background holds when the work it needs shows ("IT Project Manager" with no software work is
  // project management); the track record then follows the background confirmed.
  const background =
    detected && guidanceData
      ? confirmBackground(
          detected,
          new Set(graded.filter((r) => r.status === 'shown').map((r) => r.skill.id)),
          guidanceData.backgrounds,
        )
      : undefined;
  const trackRecord = scoreTrackRecord(
    role,
    background,
    outside?.trackRecordFactor,
    new Map(graded.map((r) => [r.skill.id, r.status])),
  );
  // The lines of the titles the track record credits: the market reads the job they name as held, and
  // when that job is the role itself, work described in it is the role's own.
  const credited = background?.candidates.find((c) => c.id === trackRecord.background?.id);
  const heldTitleLines = new Set(credited?.evidence.filter((e) => e.kind === 'title').map((e) => e.line));
  // Work described in the role analysed, held now, counts as owned. The requirements are scored again
  // with it marked (their status stays: applied and owned both show).
  const inRole =
    trackRecord.credit >= 1 && credited?.id === background?.primary
      ? inRoleLines(heldTitleLines, structure.positions)
      : undefined;
  const requirements = inRole
    ? scoreRequirements(role, markInRole(bySkill, inRole), shares, taxonomy, outside, noTechnology)
    : graded;
  // A job posting or placeholder text gets its evidence listed but no score pretending to be a fit.
  const kind = classifyDocument(lines, structure);
  const score =
    kind.kind === 'resume'
      ? Math.round(requirements.reduce((sum, r) => sum + r.points, 0) + trackRecord.points)
      : null;
  const labelOf = reportLabels(role, taxonomy);
  const inPart = new Map<string, InPart>();
  role.requirements.forEach((req, k) => {
    const best = requirements[k]?.evidence[0];
    if (!best) return;
    const why = inPartOf(best, accepted[k]!.shares, countedInPart(outside, noTechnology, req), taxonomy);
    if (why) inPart.set(req.skill, why);
  });
  return {
    skills,
    heldTitleLines,
    requirements,
    report: (demand) => writeReport(rankGaps(requirements, role, demand, inPart)),
  };

  function writeReport(gaps: Gap[]): AnalysisReport {
    const guidance =
      guidanceData && background
        ? buildGuidance({
            background,
            lines,
            sectionOf,
            mentions: extraction.mentions,
            report: { requirements, skills, gaps },
            role,
            taxonomy,
            data: guidanceData,
            ...(input.selfCheckAnswers ? { answers: input.selfCheckAnswers } : {}),
          })
        : undefined;
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      role: { id: role.id, title: role.title },
      score,
      ...(score === null ? {} : bandOf(role, score)),
      requirements,
      trackRecord,
      strengths: findStrengths(requirements, inPart),
      gaps,
      // Named as the requirement table names them ("Risk mitigation"), in the order found.
      skills: skills.map((s) => ({ ...s, label: labelOf(s.id) ?? s.label })),
      ignored: oncePerLine(extraction.ignored).map((m) => ({
        skillId: m.skillId,
        label: taxonomy.byId.get(m.skillId)?.label ?? m.skillId,
        quote: m.quote,
        line: m.line,
        reason:
          m.reason === 'negated'
            ? 'the resume says this skill is missing'
            : m.reason === 'aspired'
              ? 'named as a goal, not as experience'
              : m.reason === 'employer'
                ? 'the name of an employer, not a skill'
                : m.reason === 'glossed'
                  ? 'an abbreviation the resume spells out as something else'
                  : 'ambiguous name without technical context',
      })),
      document: {
        kind: kind.kind,
        ...(kind.reason ? { warning: kind.reason } : {}),
        format: document.format,
        ...(document.ocr ? { ocr: document.ocr } : {}),
        lines: lines.length,
        sections: sections.map((s: Section) => ({
          kind: s.kind,
          heading: s.heading,
          startLine: s.startLine,
          endLine: s.endLine,
        })),
        structure: {
          positions: structure.positions,
          education: structure.education,
          certifications: structure.certifications,
          skills: structure.skills,
          yearsByKind: structure.yearsByKind,
          totalYears: structure.totalYears,
          ...(structure.presentCountedAs ? { presentCountedAs: structure.presentCountedAs } : {}),
        },
      },
      ...guidance,
    };
  }
}

/** Each skill set aside once per line and reason: a line naming "Networking" six times sets it aside once. */
function oncePerLine(ignored: readonly IgnoredMention[]): IgnoredMention[] {
  const seen = new Set<string>();
  return ignored.filter((m) => {
    const key = `${m.skillId}\u0000${m.line}\u0000${m.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A skill name inside a position's organisation ("Notion", "Figma" as employers) is not the skill, nor
 * is it where a bullet names that employer again ("shift lead at Scrum Street Café").
 */
function setAsideEmployers(
  extraction: Extraction,
  positions: readonly Position[],
  lines: readonly string[],
): Extraction {
  const inEmployer = insidePositionField(positions, lines, (p) => p.organisation, true);
  if (!inEmployer) return extraction;
  const mentions: SkillMention[] = [];
  const ignored = [...extraction.ignored];
  for (const m of extraction.mentions) {
    if (inEmployer(m)) ignored.push({ skillId: m.skillId, quote: m.quote, line: m.line, reason: 'employer' });
    else mentions.push(m);
  }
  return { mentions, ignored };
}

/**
 * A job title names work; it does not describe doing it. A skill matched inside a position's title
 * ("Lead Software Engineer", "Project Coordinator") counts as listed, so it shows a requirement in
 * part; the position's bullets are what show it whole.
 */
function namedInTitles(
  extraction: Extraction,
  positions: readonly Position[],
  text: string,
  index: LineIndex,
  lines: readonly string[],
  showsLeadership: (skillId: string) => boolean,
): Extraction {
  const inTitle = insidePositionField(positions, lines, (p) => p.title);
  if (!inTitle) return extraction;
  const mentions = extraction.mentions.map((m) =>
    m.strength !== 'listed' && inTitle(m) ? { ...m, strength: 'listed' as const } : m,
  );
  mentions.push(...managingTitles(positions, text, index, lines, mentions, showsLeadership));
  return { ...extraction, mentions };
}

/**
 * A title that puts its holder over people or a piece of work: "Project Manager", "Team Lead",
 * "Charge Nurse", "Site Superintendent" ("lead" alone, as in a sales lead, is none).
 */
const MANAGING_TITLE =
  /\b(?:manager|director|head of|supervisor|(?:team|tech|technical|project|delivery|engineering|qa|test) lead|lead (?:engineer|developer|analyst|consultant)|leader|chief|foreman|superintendent|commander|charge nurse)\b/i;

/** A title over a project, a program or a product: "IT Project Manager", "Senior Product Manager". */
const DELIVERY_TITLE = /\b(?:project|program|programme|product)\s+manager\b/i;

/**
 * A job held with a managing title names leadership: listed, as a skills list names it, on the line
 * of the title (readers mark a Project Manager's leadership as shown in part when no bullet shows
 * it). A line that already shows leadership keeps its own evidence.
 */
function managingTitles(
  positions: readonly Position[],
  text: string,
  index: LineIndex,
  lines: readonly string[],
  mentions: readonly SkillMention[],
  showsLeadership: (skillId: string) => boolean,
): SkillMention[] {
  const shown = new Set(mentions.filter((m) => m.skillId === 'leadership').map((m) => m.line));
  // A project, program or product manager leads the work of people who do not report to them: readers
  // mark leadership shown from the title when no line of work shows it some other way.
  const ownsDelivery = !mentions.some((m) => m.strength !== 'listed' && showsLeadership(m.skillId));
  const out: SkillMention[] = [];
  for (const p of positions) {
    const title = p.section === 'experience' ? p.title : undefined;
    const word = title ? MANAGING_TITLE.exec(title) : null;
    if (!title || !word) continue;
    // The title's line: the first of the position's header lines that holds it.
    let l = p.startLine;
    while (l <= Math.min(p.endLine, p.startLine + 2) && !lines[l - 1]?.includes(title)) l++;
    if (l > Math.min(p.endLine, p.startLine + 2) || shown.has(l)) continue;
    shown.add(l);
    const line = lines[l - 1]!;
    const quote = line.trim().length <= MAX_QUOTE ? line.trim() : title;
    const inQuote = quote.indexOf(title) + word.index;
    const start = lineSpan(text, index, l)[0] + line.indexOf(title) + word.index;
    out.push({
      skillId: 'leadership',
      matched: word[0],
      start,
      end: start + word[0].length,
      line: l,
      section: 'experience',
      strength: ownsDelivery && DELIVERY_TITLE.test(title) ? 'applied' : 'listed',
      hedged: false,
      quote,
      quoteMatch: { start: inQuote, end: inQuote + word[0].length },
      fromTitle: true,
    });
  }
  return out;
}

/** A name of two to six words, the first capitalised: "Scrum Street Café", not "Notion". */
const NAME_OF_WORDS = /^[A-Z][^\s]*(?:\s+[^\s]+){1,5}$/;

/**
 * Whether a mention lies inside one field of a position (its title or organisation), found on the
 * position's first header lines, or on any line where `anywhere` and the field is a name of two
 * words or more; undefined when no position has that field on its lines.
 */
function insidePositionField(
  positions: readonly Position[],
  lines: readonly string[],
  field: (p: Position) => string | undefined,
  anywhere = false,
): ((m: SkillMention) => boolean) | undefined {
  // Per line, the spans a position's field takes on it.
  const spans = new Map<number, Array<[number, number]>>();
  const put = (l: number, span: [number, number] | undefined) => {
    if (!span) return;
    const on = spans.get(l) ?? [];
    if (!on.some(([s, e]) => s === span[0] && e === span[1])) spans.set(l, [...on, span]);
  };
  for (const p of positions) {
    const text = field(p);
    if (!text) continue;
    const find = fieldFinder(text);
    for (let l = p.startLine; l <= Math.min(p.endLine, p.startLine + 2); l++)
      put(l, find(lines[l - 1] ?? ''));
    // A name of two words or more, said again on another line, is the same name.
    if (anywhere && NAME_OF_WORDS.test(text)) for (const [k, line] of lines.entries()) put(k + 1, find(line));
  }
  if (spans.size === 0) return undefined;
  return (m) => {
    const line = lines[m.line - 1] ?? '';
    return (
      spans.get(m.line)?.some(([start, end]) => {
        const inside = line.indexOf(m.matched, start);
        return inside >= 0 && inside + m.matched.length <= end;
      }) ?? false
    );
  };
}

/**
 * Where a field the structure step read stands on a line: as written, or with other punctuation and
 * spaces between its words, since the structure step tidies a field (it joins the comma before a
 * company suffix: "Agile Builders, Inc." is read as "Agile Builders Inc."). The looser pattern is made
 * only for a field not found as written.
 */
function fieldFinder(text: string): (line: string) => [number, number] | undefined {
  let loose: RegExp | null | undefined;
  const looseOf = () => {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length > 1 && words.length <= 12
      ? new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]{1,4}')}(?![\\p{L}\\p{N}])`, 'u')
      : null;
  };
  return (line) => {
    const at = line.indexOf(text);
    if (at >= 0) return [at, at + text.length];
    if (loose === undefined) loose = looseOf();
    const m = loose?.exec(line);
    return m ? [m.index, m.index + m[0].length] : undefined;
  };
}

function splitLines(text: string, index: LineIndex): string[] {
  const out: string[] = [];
  for (let l = 1; l <= index.count; l++) {
    const [s, e] = lineSpan(text, index, l);
    out.push(text.slice(s, e));
  }
  return out;
}

/** Credit of one mention, before any requirement-specific share. */
export function mentionCredit(
  m: Pick<WeightedMention, 'strength' | 'hedged' | 'recency' | 'internship' | 'inRole'>,
): number {
  const strength = m.inRole ? STRENGTH_CREDIT.led : STRENGTH_CREDIT[m.strength];
  return strength * (m.hedged ? HEDGE_FACTOR : 1) * (m.recency ?? 1) * (m.internship ?? 1);
}

function toEvidence(m: WeightedMention): Evidence {
  const evidence: Evidence = {
    quote: m.quote,
    match: m.quoteMatch,
    line: m.line,
    section: m.section,
    strength: m.strength,
    hedged: m.hedged,
    skillId: m.skillId,
  };
  if (m.recency !== undefined) evidence.recency = m.recency;
  if (m.internship !== undefined) evidence.internship = m.internship;
  if (m.inRole) evidence.inRole = true;
  return evidence;
}

/** 1 for a mention in a description of work (a job or a project), where a reader looks first. */
const fromWork = (m: WeightedMention): number =>
  m.section === 'experience' || m.section === 'projects' ? 1 : 0;

/**
 * Strongest evidence first; among equals, a line from a job or project before one from a summary or
 * a list, then the line that shows the requirement in more ways ("reports and presentations to
 * management"), then the earliest; one quote per line.
 */
function bestEvidence(
  mentions: readonly WeightedMention[],
  credit: (m: WeightedMention) => number,
): Evidence[] {
  return evidenceOf(rankMentions(mentions, credit));
}

/**
 * Strongest first; among equals, a line that earns it as it reads before one counted as owned for the
 * role held now (a result led in an earlier job is what a reader quotes), then words side by side
 * before words a together rule read across a clause or a job title read as leadership, then work
 * before other sections, then the line naming more, then the earlier line.
 */
function rankMentions(
  mentions: readonly WeightedMention[],
  credit: (m: WeightedMention) => number,
): WeightedMention[] {
  const perLine = new Map<number, number>();
  // A together rule reads words already counted side by side again: it adds no way of showing it.
  for (const m of mentions) if (!m.together) perLine.set(m.line, (perLine.get(m.line) ?? 0) + 1);
  const owned = (m: WeightedMention) => (m.inRole ? 1 : 0);
  const across = (m: WeightedMention) => (m.together || m.fromTitle ? 1 : 0);
  return [...mentions].sort(
    (a, b) =>
      credit(b) - credit(a) ||
      owned(a) - owned(b) ||
      across(a) - across(b) ||
      fromWork(b) - fromWork(a) ||
      (perLine.get(b.line) ?? 0) - (perLine.get(a.line) ?? 0) ||
      a.line - b.line,
  );
}

/**
 * Up to MAX_EVIDENCE quotes, one a line, in the order given. A line repeated word for word (the same
 * bullet under three jobs) is quoted once: a second copy shows nothing new.
 */
function evidenceOf(sorted: readonly WeightedMention[]): Evidence[] {
  const out: Evidence[] = [];
  const lines = new Set<number>();
  const quotes = new Set<string>();
  for (const m of sorted) {
    if (lines.has(m.line)) continue;
    const said = m.quote.replace(/\s+/g, ' ').trim().toLowerCase();
    if (quotes.has(said)) continue;
    lines.add(m.line);
    quotes.add(said);
    out.push(toEvidence(m));
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/**
 * The lines of the positions held now (running to the present) that hold one of `titleLines`, the
 * titles of the role analysed when the background confirmed is the role itself (its whole
 * track-record share): a Senior Technical Program Manager's bullets in that job describe the role's
 * own work, done as its owner, so applied work there counts as owned (100%, not 80%). Readers put such
 * resumes at 82–95, the labelling guide at 90+; the rest of the career counts as it reads. Undefined
 * when there is none.
 */
function inRoleLines(
  titleLines: ReadonlySet<number>,
  positions: readonly Position[],
): ReadonlySet<number> | undefined {
  const lines = new Set<number>();
  for (const p of positions)
    if (p.end === 'present' && [...titleLines].some((l) => l >= p.startLine && l <= p.endLine))
      for (let l = p.startLine; l <= p.endLine; l++) lines.add(l);
  return lines.size > 0 ? lines : undefined;
}

/** The mentions on `lines` marked as work in the role held now. */
function markInRole(
  bySkill: ReadonlyMap<string, WeightedMention[]>,
  lines: ReadonlySet<number>,
): Map<string, WeightedMention[]> {
  return new Map(
    [...bySkill].map(([id, ms]) => [
      id,
      ms.map((m) => (m.strength === 'applied' && lines.has(m.line) ? { ...m, inRole: true as const } : m)),
    ]),
  );
}

function groupBySkill(mentions: readonly WeightedMention[]): Map<string, WeightedMention[]> {
  const bySkill = new Map<string, WeightedMention[]>();
  for (const m of mentions) {
    const list = bySkill.get(m.skillId) ?? [];
    list.push(m);
    bySkill.set(m.skillId, list);
  }
  return bySkill;
}

/** Every taxonomy skill found, strongest first. */
function profileSkills(
  bySkill: ReadonlyMap<string, WeightedMention[]>,
  taxonomy: Taxonomy,
  countsToward: (id: string) => string[],
): FoundSkill[] {
  const out: FoundSkill[] = [];
  for (const [id, list] of bySkill) {
    const skill = taxonomy.byId.get(id);
    if (!skill) continue;
    const best = list.reduce((a, b) => (mentionCredit(b) > mentionCredit(a) ? b : a));
    out.push({
      id,
      label: skill.label,
      kind: skill.kind,
      strength: best.strength,
      hedged: best.hedged,
      evidence: bestEvidence(list, mentionCredit),
      countsToward: countsToward(id),
    });
  }
  return out.sort(
    (a, b) =>
      STRENGTHS.indexOf(b.strength) - STRENGTHS.indexOf(a.strength) ||
      Number(a.hedged) - Number(b.hedged) ||
      a.label.localeCompare(b.label),
  );
}

const acceptedCache = new WeakMap<Taxonomy, WeakMap<Role, AcceptedShares[]>>();
type AcceptedShares = { id: string; shares: ReadonlyMap<string, number> };

/** acceptedSkills of each of the role's requirements, worked out once per role and taxonomy. */
function acceptedByRequirement(role: Role, taxonomy: Taxonomy): readonly AcceptedShares[] {
  let byRole = acceptedCache.get(taxonomy);
  if (!byRole) {
    byRole = new WeakMap();
    acceptedCache.set(taxonomy, byRole);
  }
  let accepted = byRole.get(role);
  if (!accepted) {
    accepted = role.requirements.map((req) => ({ id: req.skill, shares: acceptedSkills(req, taxonomy) }));
    byRole.set(role, accepted);
  }
  return accepted;
}

/**
 * Share of credit each skill id earns toward a requirement: the skill and its narrower skills fully,
 * `accepts` partly. A skill's own entry wins over one it inherits from a broader skill, so "SQL 50%"
 * stands beside "programming 80%"; an entry of 0 sets a skill and its narrower ones aside.
 */
export function acceptedSkills(req: Requirement, taxonomy: Taxonomy): Map<string, number> {
  const shares = new Map<string, number>();
  const direct = new Map<string, number>([
    ...req.accepts.map((a) => [a.skill, a.credit] as const),
    [req.skill, 1],
  ]);
  for (const [id, share] of direct) {
    for (const narrower of taxonomy.narrower(id)) {
      if (direct.has(narrower) && narrower !== id) continue;
      if ((shares.get(narrower) ?? 0) < share) shares.set(narrower, share);
    }
  }
  for (const [id, share] of direct) shares.set(id, share);
  // A skill set aside (share 0) takes its narrower skills with it, unless they are listed themselves.
  for (const [id, share] of direct) {
    if (share > 0) continue;
    for (const narrower of taxonomy.narrower(id)) if (!direct.has(narrower)) shares.set(narrower, 0);
  }
  return shares;
}

function scoreRequirements(
  role: Role,
  bySkill: ReadonlyMap<string, WeightedMention[]>,
  sharesByRequirement: readonly ReadonlyMap<string, number>[],
  taxonomy: Taxonomy,
  outside: Role['outsideField'],
  noTechnology: boolean,
): RequirementResult[] {
  const points = requirementPoints(role);
  return role.requirements.map((req, k) => {
    const skill = taxonomy.byId.get(req.skill);
    const label = req.label ?? skill?.label ?? req.skill;
    const weight = points[k]!;
    const shares = sharesByRequirement[k]!;
    const relevant: WeightedMention[] = [];
    // Accepted skills wait for their context when the requirement asks for one; the requirement's own
    // skill and its narrower skills always count.
    const own =
      req.acceptsOnlyWith && !hasAnySkill(bySkill, req.acceptsOnlyWith.skills, taxonomy)
        ? new Set(taxonomy.narrower(req.skill))
        : undefined;
    let setAside: WeightedMention | undefined;
    // What a product does is not work the person did: such mentions count only where the role says.
    const productsCount = !role.productDescriptions || role.productDescriptions.countFor.includes(req.skill);
    let product: WeightedMention | undefined;
    for (const [id, share] of shares) {
      const list = bySkill.get(id);
      if (!list || share <= 0) continue;
      if (own && !own.has(id)) {
        setAside ??= list[0];
        continue;
      }
      for (const m of list) {
        if (m.product && !productsCount) product ??= m;
        else relevant.push(m);
      }
    }
    const credit = (m: WeightedMention) => mentionCredit(m) * (shares.get(m.skillId) ?? 0);
    // The explanation speaks of the line quoted first, so both rank the mentions alike.
    const ranked = rankMentions(relevant, credit);
    const best = ranked[0];
    const inPart = countedInPart(outside, noTechnology, req);
    const factor = inPart?.factor ?? 1;
    const earned = best ? round(credit(best) * factor, 3) : 0;
    // Work far from technology at a system's go-live was on the users' side of it: in part.
    const usersSide = outside?.usersSide?.requirement === req.skill ? outside.usersSide : undefined;
    const status: RequirementStatus = relevant.some(
      (m) => showsWork(m, shares.get(m.skillId) ?? 0) && !usersSide?.skills.includes(m.skillId),
    )
      ? 'shown'
      : earned > 0
        ? 'partial'
        : 'missing';
    return {
      skill: { id: req.skill, label, category: req.category },
      weight: round(weight, 2),
      points: round(weight * earned, 2),
      credit: earned,
      status,
      explanation:
        explain(best, earned, shares, taxonomy, label) +
        (best && inPart && factor < 1 ? ` Counted at ${pct(factor)}: ${inPart.why}` : '') +
        (best && status !== 'shown' && usersSide?.skills.includes(best.skillId)
          ? ` Shown in part only: ${usersSide.why}.`
          : '') +
        (setAside && req.acceptsOnlyWith
          ? ` Line ${setAside.line} ("${setAside.quote.slice(0, 60)}") is not counted: ${req.acceptsOnlyWith.why}`
          : '') +
        (product && !best && role.productDescriptions
          ? ` Line ${product.line} ("${product.quote.slice(0, 60)}") is not counted: ${role.productDescriptions.why}`
          : ''),
      why: req.why,
      evidence: evidenceOf(ranked),
    };
  });
}

/**
 * The share a requirement shown far from technology earns, and why: soft skills from work outside
 * technology and delivery; in a resume that names no technology at all, the delivery practices too.
 */
function countedInPart(
  outside: Role['outsideField'],
  noTechnology: boolean,
  req: Role['requirements'][number],
): { factor: number; why: string } | undefined {
  if (!outside) return undefined;
  if (outside.category === req.category)
    return {
      factor: outside.factor,
      why: 'shown in work outside technology and delivery, it transfers in part.',
    };
  const without = outside.withoutTechnology;
  if (noTechnology && without?.requirements.includes(req.skill))
    return { factor: without.factor, why: without.why };
  return undefined;
}

/** Whether the resume shows any of the skills, or a narrower one. */
function hasAnySkill(
  bySkill: ReadonlyMap<string, WeightedMention[]>,
  skills: readonly string[],
  taxonomy: Taxonomy,
): boolean {
  for (const id of skills)
    for (const n of taxonomy.narrower(id)) if ((bySkill.get(n)?.length ?? 0) > 0) return true;
  return false;
}

/** "Shown" means done at work: an unhedged applied or led mention of the requirement or a skill that stands for it. */
function showsWork(m: WeightedMention, share: number): boolean {
  return m.strength !== 'listed' && !m.hedged && share >= DIRECT_SHARE;
}

function explain(
  best: WeightedMention | undefined,
  credit: number,
  shares: ReadonlyMap<string, number>,
  taxonomy: Taxonomy,
  label: string,
): string {
  if (!best) return `No evidence of ${label} found in the resume.`;
  const share = shares.get(best.skillId) ?? 0;
  const via =
    share < 1
      ? ` (${taxonomy.byId.get(best.skillId)?.label ?? best.skillId} counts for ${pct(share)} of ${label})`
      : '';
  const how = best.inRole
    ? 'applied in the role you hold now, which is this role, so counted as owned'
    : {
        led: 'owned or led, with a stated result',
        applied: 'applied in your work',
        listed: 'listed without a description of use',
      }[best.strength];
  const hedge = best.hedged ? ', worded as limited familiarity (half credit)' : '';
  const age = best.recency !== undefined ? `, in an older role (×${best.recency} for recency)` : '';
  const intern = best.internship !== undefined ? `, in an internship (×${best.internship})` : '';
  const base = best.inRole ? STRENGTH_CREDIT.led : STRENGTH_CREDIT[best.strength];
  return `Best evidence on line ${best.line}: ${how} = ${pct(base)}${hedge}${age}${intern}${via} → ${pct(credit)} of the points.`;
}

/** A background's label in a sentence: "Technical / IT project manager already" names the work without "already". */
const withoutAlready = (label: string): string =>
  label.endsWith(' already') ? label.slice(0, -' already'.length) : label;

/** The role's readiness band a score falls in: the first listed whose start it reaches. */
export function bandOf(role: Role, score: number): { scoreBand?: ScoreBand } {
  const k = role.scoreBands.findIndex((b) => score >= b.from);
  if (k < 0) return {};
  const band = role.scoreBands[k]!;
  const to = k === 0 ? 100 : role.scoreBands[k - 1]!.from - 1;
  return { scoreBand: { label: band.label, meaning: band.meaning, from: band.from, to } };
}

/**
 * The role's track-record points: the best share a background with title evidence earns, quoting that
 * title. `statuses` (each requirement's, by skill id) lift a share for delivery shown
 * (`ranDelivery`) and lower one where no software work is named (`withoutSoftwareWork`); without
 * them the shares stand as the role gives them.
 */
export function scoreTrackRecord(
  role: Role,
  background: BackgroundResult | undefined,
  outsideFactor = 1,
  statuses?: ReadonlyMap<string, RequirementStatus>,
): TrackRecord {
  const config = role.trackRecord;
  if (!config || config.weight === 0)
    return { weight: 0, points: 0, credit: 0, explanation: 'This role scores skills only.', why: '' };
  const excepted = new Set(config.exceptTitles?.titles.map((t) => t.toLowerCase()));
  const delivery = config.ranDelivery;
  const deliveryShown = delivery ? delivery.requirements.filter((r) => statuses?.get(r) === 'shown') : [];
  const ranDelivery = delivery !== undefined && deliveryShown.length >= delivery.atLeast;
  let best:
    | { id: string; label: string; share: number; quote: string; line: number; delivery: boolean }
    | undefined;
  let setAside: { quote: string; line: number } | undefined;
  for (const c of background?.candidates ?? []) {
    const own = config.backgrounds[c.id] ?? 0;
    const lifted = ranDelivery && own > 0 && delivery.backgrounds.includes(c.id) && delivery.share > own;
    const share = lifted ? delivery.share : own;
    const titles = c.evidence.filter((e) => e.kind === 'title');
    const title = titles.find((e) => !excepted.has(e.matched.toLowerCase()));
    if (share > 0 && !title && titles[0]) setAside ??= titles[0];
    if (share > 0 && title && (!best || share > best.share))
      best = { id: c.id, label: c.label, share, quote: title.quote, line: title.line, delivery: lifted };
  }
  const weight = config.weight;
  if (!best)
    return {
      weight,
      points: 0,
      credit: 0,
      explanation:
        `No job title in the resume names this role or a close one, so none of the ${weight} track-record points; the skills above still count.` +
        (setAside && config.exceptTitles
          ? ` The title on line ${setAside.line} ("${setAside.quote.slice(0, 60)}") earns none: ${config.exceptTitles.why}`
          : ''),
      why: config.why,
    };
  // A delivery title on a resume that names no software work at all was held outside software.
  const noSoftware = config.withoutSoftwareWork;
  const outsideSoftware =
    outsideFactor === 1 &&
    statuses !== undefined &&
    noSoftware !== undefined &&
    noSoftware.backgrounds.includes(best.id) &&
    noSoftware.requirements.every((r) => (statuses.get(r) ?? 'missing') === 'missing');
  const factor = outsideSoftware ? noSoftware.factor : outsideFactor;
  const credit = round(best.share * factor, 3);
  return {
    weight,
    points: round(weight * credit, 2),
    credit,
    background: { id: best.id, label: best.label },
    evidence: { quote: best.quote, line: best.line },
    explanation:
      `Your title on line ${best.line} shows ${midSentence(withoutAlready(best.label))} work` +
      (best.delivery && delivery
        ? `, and the resume shows delivery work too (${deliveryShown.length} of ${delivery.requirements.length}: ${deliveryShown.map((r) => midSentence(requirementLabel(role, r))).join(', ')}), which together count for ${pct(best.share)} of the ${weight} track-record points (${delivery.why})`
        : `, which counts for ${pct(best.share)} of the ${weight} track-record points`) +
      (outsideSoftware
        ? `; counted at ${pct(factor)}, since ${noSoftware.why}.`
        : outsideFactor < 1
          ? `; counted at ${pct(outsideFactor)}, since the resume shows that work outside technology, where it transfers in part.`
          : '.') +
      (background?.setAside && best.id === background.primary
        ? ` ${background.setAside.why[0]!.toUpperCase()}${background.setAside.why.slice(1)}.`
        : ''),
    why: config.why,
  };
}

/**
 * The requirements shown, most points first. A strength whose evidence earns part of its points
 * says why ("…: you applied it in your work; it earns part of them, shown in work far from
 * technology (counted at 50%)"), as the gap it also is does.
 */
function findStrengths(
  requirements: readonly RequirementResult[],
  inPart: ReadonlyMap<string, InPart>,
): StrengthItem[] {
  return requirements
    .filter((r) => r.status === 'shown')
    .sort((a, b) => b.points - a.points || a.skill.label.localeCompare(b.skill.label))
    .map((r) => {
      const top = r.evidence[0]!;
      const how =
        top.strength === 'led'
          ? 'you led it with a result'
          : top.inRole
            ? 'you do it in the role you hold now'
            : 'you applied it in your work';
      const why = inPart.get(r.skill.id);
      const parts = why && isGap(r, why) ? inPartPhrases(why) : [];
      const part = parts.length > 0 ? `; it earns part of them, shown ${listPhrases(parts)}` : '';
      return {
        skill: r.skill,
        reason: `${r.skill.label} earns ${r.points.toFixed(1)} of its ${r.weight.toFixed(1)} points (of 100 for this role): ${how}${part}.`,
        evidence: r.evidence,
      };
    });
}

/** Why the best evidence earns part of the points: a related skill's share, work far from technology, an older role, an internship. */
function inPartOf(
  best: Evidence,
  shares: ReadonlyMap<string, number>,
  counted: { factor: number } | undefined,
  taxonomy: Taxonomy,
): InPart | undefined {
  const share = shares.get(best.skillId) ?? 1;
  const out: InPart = {};
  if (share < 1)
    out.via = { id: best.skillId, label: taxonomy.byId.get(best.skillId)?.label ?? best.skillId, share };
  if (counted && counted.factor < 1) out.farFromTechnology = counted.factor;
  if (best.recency !== undefined) out.recency = best.recency;
  if (best.internship !== undefined) out.internship = best.internship;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A requirement shown with work that earns under the credit of applied work with the requirement
 * itself is still a gap, for the points left: a ✔ through a related skill, or far from technology,
 * earns part of them. Said only with a reason to give (`inPart`).
 */
function isGap(r: RequirementResult, inPart: InPart | undefined): boolean {
  return r.status !== 'shown' || (inPart !== undefined && r.credit < STRENGTH_CREDIT.applied - 1e-9);
}

function rankGaps(
  requirements: readonly RequirementResult[],
  role: Role,
  demand: ReadonlyMap<string, number> | undefined,
  inPart: ReadonlyMap<string, InPart>,
): Gap[] {
  const steps = new Map(role.requirements.map((r) => [r.skill, r.nextSteps]));
  return requirements
    .filter((r) => isGap(r, inPart.get(r.skill.id)))
    .map((r) => {
      const why = inPart.get(r.skill.id);
      const atStake = r.weight - r.points;
      // Market demand (when known) scales what is at stake: from half (nobody asks) to 1.5× (everyone asks).
      const share = demand ? (demand.get(r.skill.id) ?? 0) : undefined;
      const factor = share === undefined ? 1 : 0.5 + share;
      return {
        skill: r.skill,
        status: r.status,
        ...(why ? { inPart: why } : {}),
        pointsAtStake: round(atStake, 2),
        ...(share !== undefined ? { demand: round(share, 3) } : {}),
        importance: round(atStake * factor, 2),
        nextSteps: steps.get(r.skill.id) ?? [],
      };
    })
    .sort((a, b) => b.importance - a.importance || a.skill.label.localeCompare(b.skill.label));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A requirement's label in the role, by its skill id. */
function requirementLabel(role: Role, skillId: string): string {
  return role.requirements.find((r) => r.skill === skillId)?.label ?? skillId;
}
