// Scores a posting's sentences against the cue vocabulary: a score per role family, with the phrases behind it.
import { DELIVERY_FAMILIES, isHandsOnFamily, ROLE_FAMILIES, type RoleFamily } from './families.ts';
import type { Unit, UnitContext } from './segment.ts';
import type { AuditVocabulary, CueDomain, RedFlagKind } from './vocabulary.ts';

/** How much a hit counts, by where it sits; boilerplate about the company counts least. */
const CONTEXT_WEIGHT: Record<UnitContext, number> = {
  duty: 1,
  requirement: 1,
  preferred: 0.6,
  unknown: 0.8,
  about: 0.3,
};
/** One phrase repeated all over a posting should not decide it: a cue earns at most this many full hits. */
const MAX_HITS_PER_CUE = 3;
/** Below this total, no family is claimed and the content family is "other". */
export const MIN_FAMILY_SCORE = 2;
/**
 * Hands-on skills and subject matter asked for among the requirements count this much toward the hands-on
 * share and the technical balance: a posting is judged on its duties first (a TPM whose duties are all
 * coordination stays a TPM when the requirements name Java).
 */
const REQUIREMENT_FACTOR = 0.6;
/** Technical-program cues needed, relative to general project-management cues, to call delivery work TPM. */
const TPM_SHARE = 0.25;

export interface Evidence {
  cueId: string;
  /** The role family the hit is evidence for; undefined for a domain cue. */
  family: RoleFamily | undefined;
  /** Set for a domain cue: the work is about technology, or about another business. */
  domain: CueDomain | undefined;
  label: string;
  /** The words that matched. */
  phrase: string;
  /** The sentence they matched in. */
  sentence: string;
  context: UnitContext;
  points: number;
  flag: RedFlagKind | undefined;
}

export interface FamilyScore {
  family: RoleFamily;
  score: number;
  /** The distinct matched phrases, strongest first. */
  phrases: string[];
}

export interface ContentClassification {
  family: RoleFamily;
  scores: FamilyScore[];
  /** Hands-on engineering evidence (development, DevOps, QA). */
  handsOn: number;
  /** Delivery-management evidence (project/program management, TPM, agile delivery); asked for among the requirements, 0.6 of its points. */
  delivery: number;
  /** Evidence that the work is technical: technical-program cues, agile delivery, hands-on engineering and technical domain cues. */
  technical: number;
  /** Evidence of non-technical business work (sales, marketing, suppliers, buildings, policy…): the "other" family and non-technical domain cues. */
  otherWork: number;
  evidence: Evidence[];
}

const allows = (where: 'duty' | 'requirement' | 'any', context: UnitContext): boolean =>
  where === 'any' ||
  context === 'unknown' ||
  (where === 'duty' ? context === 'duty' : context === 'requirement' || context === 'preferred');

type Span = readonly [start: number, end: number];

const globalCopies = new WeakMap<RegExp, RegExp>();
/** The first match of re in text that does not lie inside one of the spans. */
function matchOutside(re: RegExp, text: string, spans: readonly Span[]): RegExpExecArray | null {
  const first = re.exec(text);
  if (first === null || spans.length === 0) return first;
  let all = globalCopies.get(re);
  if (all === undefined) {
    all = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, all);
  }
  all.lastIndex = 0;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!spans.some(([s, e]) => start >= s && end <= e)) return m;
    all.lastIndex = start + 1;
  }
  return null;
}

/** Every cue hit in the posting, with the points it earns. */
export function collectEvidence(units: readonly Unit[], vocabulary: AuditVocabulary): Evidence[] {
  const evidence: Evidence[] = [];
  const hits = new Map<string, number>();
  for (const unit of units) {
    // "Lead a core team spanning hardware, software, marketing, legal, and finance": a list of business
    // functions names who the role works with, not what its work is; only delivery cues may match inside it.
    const partners: Span[] = [...unit.text.matchAll(vocabulary.partnerList)].map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
    for (const cue of vocabulary.cues) {
      if (!allows(cue.where, unit.context)) continue;
      const isDelivery = cue.family !== undefined && DELIVERY_FAMILIES.includes(cue.family);
      const m = matchOutside(cue.re, unit.text, isDelivery ? [] : partners);
      if (m === null) continue;
      if (cue.unless?.test(unit.text)) continue;
      const n = (hits.get(cue.id) ?? 0) + 1;
      hits.set(cue.id, n);
      const damp = n <= MAX_HITS_PER_CUE ? 1 : 0.2;
      evidence.push({
        cueId: cue.id,
        family: cue.family,
        domain: cue.domain,
        label: cue.label,
        phrase: m[0],
        sentence: unit.text,
        context: unit.context,
        points: cue.weight * CONTEXT_WEIGHT[unit.context] * damp,
        flag: cue.flag,
      });
    }
  }
  return evidence;
}

/** Project and technical program management, whose evidence is pooled under one label. */
const POOLED = new Set<RoleFamily>(['project-management', 'technical-program-management']);

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Family scores from evidence; the content family is the best-scoring one (TPM when delivery work has technical context). */
export function classifyEvidence(evidence: readonly Evidence[]): ContentClassification {
  const scores: FamilyScore[] = ROLE_FAMILIES.map((family) => {
    const mine = evidence.filter((e) => e.family === family).sort((a, b) => b.points - a.points);
    const phrases = [...new Set(mine.map((e) => e.phrase.toLowerCase()))];
    return { family, score: round(sum(mine.map((e) => e.points))), phrases };
  });
  const score = (f: RoleFamily): number => scores.find((s) => s.family === f)?.score ?? 0;
  const asked = (e: Evidence): number =>
    e.context === 'requirement' || e.context === 'preferred' ? e.points * REQUIREMENT_FACTOR : e.points;
  // Data work in a sentence that makes it the role's own hands-on duty ("Design, build and maintain data
  // pipelines in SQL") is engineering done personally, not subject matter; words the duty's own hit
  // already holds ("developing ETL") count once.
  const duties = evidence.filter(
    (e) =>
      e.family !== undefined && isHandsOnFamily(e.family) && e.flag !== undefined && e.context !== 'about',
  );
  const doneHere = (e: Evidence): boolean =>
    e.family === 'data' &&
    duties.some((d) => d.sentence === e.sentence) &&
    !duties.some((d) => d.sentence === e.sentence && d.phrase.toLowerCase().includes(e.phrase.toLowerCase()));
  const handsOn = round(
    sum(
      evidence.filter((e) => e.family !== undefined && (isHandsOnFamily(e.family) || doneHere(e))).map(asked),
    ),
  );
  const delivery = round(
    sum(evidence.filter((e) => e.family !== undefined && DELIVERY_FAMILIES.includes(e.family)).map(asked)),
  );
  const domain = (d: CueDomain): number => sum(evidence.filter((e) => e.domain === d).map(asked));
  const technical = round(
    score('technical-program-management') + score('agile-delivery') + handsOn + domain('technical'),
  );
  const otherWork = round(score('other') + domain('non-technical'));

  // Project and technical program management share most duties: their evidence is pooled, and the technical
  // cues (with what the work is about: hardware builds, IT systems) decide the label: TPM when they reach
  // TPM_SHARE of the general project-management evidence and outweigh signs of non-technical work.
  const pm = score('project-management');
  const tpm = score('technical-program-management');
  const technicalCues = tpm + domain('technical');
  const deliveryLabel: RoleFamily =
    technicalCues >= TPM_SHARE * pm && technical >= otherWork
      ? 'technical-program-management'
      : 'project-management';
  const ranking = scores
    .filter((s) => s.family !== 'other' || s.score > 0)
    .filter((s) => s.family === deliveryLabel || !POOLED.has(s.family))
    .map((s) => ({ family: s.family, rank: s.family === deliveryLabel ? pm + tpm : s.score }))
    .sort((a, b) => b.rank - a.rank);
  const best = ranking[0];
  const family: RoleFamily = best !== undefined && best.rank >= MIN_FAMILY_SCORE ? best.family : 'other';
  scores.sort((a, b) => b.score - a.score);
  return { family, scores, handsOn, delivery, technical, otherWork, evidence: [...evidence] };
}

/** Red flags that say the role builds the thing itself: code, scripts, pipelines, dashboards, research code. */
const BUILDING_FLAGS = new Set<RedFlagKind>(['developer-duty', 'production-coding', 'also-develop']);

export interface DutyBalance {
  /** Hands-on evidence in duty sentences (and sentences of no known section). */
  handsOn: number;
  /** Delivery-management evidence in the same sentences. */
  delivery: number;
  /** How many of those sentences make building something the role's own duty. */
  buildingDuties: number;
}

/** The balance of the duties alone: what the role does, whatever its requirements template asks for. */
export function dutyBalance(evidence: readonly Evidence[]): DutyBalance {
  const duties = evidence.filter((e) => e.context === 'duty' || e.context === 'unknown');
  const { handsOn, delivery } = classifyEvidence(duties);
  const building = new Set(
    duties
      .filter(
        (e) =>
          e.flag !== undefined &&
          BUILDING_FLAGS.has(e.flag) &&
          e.family !== undefined &&
          isHandsOnFamily(e.family),
      )
      .map((e) => e.sentence),
  );
  return { handsOn, delivery, buildingDuties: building.size };
}

const round = (x: number): number => Math.round(x * 100) / 100;
