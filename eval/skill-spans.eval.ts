// Skill extraction on postings, against three public sets annotated by other hands (../shared/data/
// skills-eval): SkillSpan (job-posting sentences with skill and knowledge spans), Green et al. (tokens
// tagged Skill, Occupation, Domain, Qualification, Experience) and Decorte et al. (a sentence's skill
// spans, each with the ESCO skill it names). It measures what the job-market view rests on: when
// rolefit says a posting asks for a skill, did annotators mark a skill there, and is it the same one?
// `npm run eval -- skill-spans`; ROLEFIT_SPANS_VERBOSE=1 prints the tuning splits' false mentions.
//
// rolefit finds the skills of its own taxonomy (about 600, those a TPM's market and resume need), not
// every skill a posting names, so recall is printed for reference and precision is what is guarded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { extractSkills } from '../src/core/extract/extract-skills.ts';
import { classifyListingLines } from '../src/core/market/requirement-sections.ts';
import type { Taxonomy } from '../src/core/taxonomy/build-taxonomy.ts';
import { bundledTaxonomy } from '../src/data/bundled.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

const SKILLSPAN = join('skills-eval', 'skillspan');
const GREEN = join('skills-eval', 'green', 'df_testset.csv');
const DECORTE = join('skills-eval', 'decorte-validation');
const ESCO_SKILLS = join('taxonomy', 'esco-1.1.1', 'skills_en.csv');

/** A sentence as tokens, with the gold spans (token ranges, end exclusive) that count as a skill. */
export interface SpanSentence {
  tokens: string[];
  /** Spans a mention may rightly overlap. */
  gold: Array<[number, number]>;
  /** Spans a mention must not land in (an occupation, a length of experience). */
  wrong: Array<[number, number]>;
}

/** Token ranges of the B-/I- runs of a BIO tag list whose type passes `keep`. */
export function bioSpans(tags: readonly string[], keep: (type: string) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0 && keep(type)) spans.push([start, end]);
    start = -1;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('B') || (tag.startsWith('I') && (start < 0 || tag.slice(2) !== type))) {
      close(i);
      start = i;
      type = tag.slice(2);
    } else if (!tag.startsWith('I')) close(i);
  });
  close(tags.length);
  return spans;
}

/** The sentence's text (tokens joined by spaces) and the token each character offset falls in. */
export function joinTokens(tokens: readonly string[]): { text: string; tokenAt: Int32Array } {
  const text = tokens.join(' ');
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  let at = 0;
  tokens.forEach((t, i) => {
    tokenAt.fill(i, at, at + t.length);
    at += t.length + 1;
  });
  return { text, tokenAt };
}

/** The token range [first, last + 1) a character range covers. */
function tokenRange(tokenAt: Int32Array, start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  for (let c = start; c < end; c++) {
    const t = tokenAt[c]!;
    if (t < 0) continue;
    if (first < 0) first = t;
    last = t;
  }
  return [first, last + 1];
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

interface SpanFigures {
  mentions: number;
  right: number;
  wrongType: number;
  goldSpans: number;
  goldFound: number;
  misses: string[];
}

function scoreSpans(sentences: readonly SpanSentence[], taxonomy: Taxonomy, verbose: boolean): SpanFigures {
  const f: SpanFigures = { mentions: 0, right: 0, wrongType: 0, goldSpans: 0, goldFound: 0, misses: [] };
  for (const s of sentences) {
    const { text, tokenAt } = joinTokens(s.tokens);
    const ranges = extractSkills(text, taxonomy).mentions.map((m) => ({
      m,
      range: tokenRange(tokenAt, m.start, m.end),
    }));
    for (const { m, range } of ranges) {
      if (range[0] < 0) continue;
      f.mentions++;
      if (s.gold.some((g) => overlaps(g, range))) f.right++;
      else {
        if (s.wrong.some((g) => overlaps(g, range))) f.wrongType++;
        if (verbose) f.misses.push(`FALSE ${m.skillId} "${m.matched}": ${text.slice(0, 200)}`);
      }
    }
    f.goldSpans += s.gold.length;
    f.goldFound += s.gold.filter((g) =>
      ranges.some(({ range }) => range[0] >= 0 && overlaps(g, range)),
    ).length;
  }
  return f;
}

/** SkillSpan sentences: skill and knowledge spans are both gold; sentences without any are kept (false mentions count). */
function readSkillSpan(dataDir: string, file: string): Array<SpanSentence & { posting: string }> {
  return readFileSync(join(dataDir, SKILLSPAN, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const row = JSON.parse(l) as {
        idx: number;
        source: string;
        tokens: string[];
        tags_skill: string[];
        tags_knowledge: string[];
      };
      const all = () => true;
      return {
        posting: `${row.source}#${row.idx}`,
        tokens: row.tokens,
        gold: [...bioSpans(row.tags_skill, all), ...bioSpans(row.tags_knowledge, all)],
        wrong: [],
      };
    });
}

/**
 * The SkillSpan sentences put back together as postings (one sentence a line, in order), read as the
 * job-market view reads a listing: mentions on the lines it counts (not those about the employer,
 * the offer or the application), and how many of them lie on an annotated span.
 */
function scoreAsListings(
  sentences: ReadonlyArray<SpanSentence & { posting: string }>,
  taxonomy: Taxonomy,
): { counted: number; right: number; setAside: number; setAsideRight: number } {
  const postings = new Map<string, SpanSentence[]>();
  for (const s of sentences) {
    const list = postings.get(s.posting);
    if (list) list.push(s);
    else postings.set(s.posting, [s]);
  }
  const f = { counted: 0, right: 0, setAside: 0, setAsideRight: 0 };
  for (const lines of postings.values()) {
    const joined = lines.map((s) => joinTokens(s.tokens));
    const text = joined.map((j) => j.text).join('\n');
    const starts: number[] = [];
    let at = 0;
    for (const j of joined) {
      starts.push(at);
      at += j.text.length + 1;
    }
    const kinds = classifyListingLines(text);
    for (const m of extractSkills(text, taxonomy).mentions) {
      const i = m.line - 1;
      const { tokenAt } = joined[i]!;
      const range = tokenRange(tokenAt, m.start - starts[i]!, m.end - starts[i]!);
      if (range[0] < 0) continue;
      const right = lines[i]!.gold.some((g) => overlaps(g, range));
      if (kinds[i] === 'not-asked') {
        f.setAside++;
        if (right) f.setAsideRight++;
      } else {
        f.counted++;
        if (right) f.right++;
      }
    }
  }
  return f;
}

/** Green et al.'s test set by sentence: Skill, Domain and Qualification spans are gold; Occupation and Experience are not skills. */
function readGreen(dataDir: string): Array<SpanSentence & { id: number }> {
  const rows = parse(readFileSync(join(dataDir, GREEN)), { columns: true }) as Array<Record<string, string>>;
  const byId = new Map<number, { tokens: string[]; tags: string[] }>();
  for (const r of rows) {
    const id = Number(r.sentence_id);
    const s = byId.get(id) ?? { tokens: [], tags: [] };
    s.tokens.push(r.word ?? '');
    s.tags.push(r.tag ?? 'O');
    byId.set(id, s);
  }
  return [...byId].map(([id, s]) => ({
    id,
    tokens: s.tokens,
    gold: bioSpans(s.tags, (t) => t === 'Skill' || t === 'Domain' || t === 'Qualification'),
    wrong: bioSpans(s.tags, (t) => t === 'Occupation' || t === 'Experience'),
  }));
}

interface LabelFigures {
  predicted: number;
  right: number;
  covered: number;
  found: number;
  misses: string[];
}

/**
 * Decorte et al.: per sentence, the ESCO skills annotators named. A taxonomy skill rolefit finds is
 * right when one of its ESCO concepts is among them; recall counts only the named skills some taxonomy
 * skill links to (the ones rolefit could name).
 */
function scoreLabels(
  file: string,
  dataDir: string,
  taxonomy: Taxonomy,
  escoLabel: ReadonlyMap<string, string>,
  verbose: boolean,
): LabelFigures {
  const rows = parse(readFileSync(join(dataDir, DECORTE, file)), { columns: true }) as Array<
    Record<string, string>
  >;
  const bySentence = new Map<string, Set<string>>();
  for (const r of rows) {
    const labels = bySentence.get(r.sentence ?? '') ?? new Set<string>();
    if (r.label && r.label !== 'LABEL NOT PRESENT' && r.label !== 'UNDERSPECIFIED') labels.add(r.label);
    bySentence.set(r.sentence ?? '', labels);
  }
  const linked = new Set<string>();
  for (const skill of taxonomy.skills) for (const uri of skill.esco) linked.add(escoLabel.get(uri) ?? '');
  const f: LabelFigures = { predicted: 0, right: 0, covered: 0, found: 0, misses: [] };
  for (const [sentence, gold] of bySentence) {
    const ids = new Set(extractSkills(sentence, taxonomy).mentions.map((m) => m.skillId));
    const named = new Set<string>();
    for (const id of ids) {
      const labels = (taxonomy.byId.get(id)?.esco ?? []).map((u) => escoLabel.get(u) ?? '');
      if (labels.length === 0) continue;
      f.predicted++;
      for (const l of labels) named.add(l);
      if (labels.some((l) => gold.has(l))) f.right++;
      else if (verbose)
        f.misses.push(`FALSE ${id} [${labels.join('; ')}] (gold ${[...gold].join('; ')}): ${sentence}`);
    }
    for (const g of gold) {
      if (!linked.has(g)) continue;
      f.covered++;
      if (named.has(g)) f.found++;
    }
  }
  return f;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

const evaluation: Evaluation = async ({ dataDir }) => {
  const out: EvalOutcome = {
    name: 'Skill spans in postings (annotated sets)',
    report: '',
    floors: [],
    figures: {},
  };
  if (!existsSync(join(dataDir, 'skills-eval'))) {
    out.report = `skipped: ${join(dataDir, 'skills-eval')} not found`;
    return out;
  }
  const taxonomy = bundledTaxonomy();
  const verbose = process.env.ROLEFIT_SPANS_VERBOSE === '1';
  const report: string[] = [];
  const green = readGreen(dataDir);
  const skillSpan = { train: readSkillSpan(dataDir, 'train.json'), dev: readSkillSpan(dataDir, 'dev.json') };
  const spanSets: Array<[string, SpanSentence[], boolean]> = [
    ['skillspan tuning (train)', skillSpan.train, false],
    ['skillspan held-out (dev)', skillSpan.dev, true],
    ['green tuning (even sentences)', green.filter((s) => s.id % 2 === 0), false],
    ['green held-out (odd sentences)', green.filter((s) => s.id % 2 === 1), true],
  ];
  for (const [name, sentences, heldOut] of spanSets) {
    const f = scoreSpans(sentences, taxonomy, verbose && !heldOut);
    const key = name.replace(/ \(.*\)$/, '');
    out.figures[`${key} mention precision`] = ratio(f.right, f.mentions);
    out.figures[`${key} span recall`] = ratio(f.goldFound, f.goldSpans);
    out.figures[`${key} mentions`] = f.mentions;
    report.push(
      `${name}: ${sentences.length} sentences, ${f.goldSpans} gold spans; ${f.mentions} mentions, ${f.right} on a gold span` +
        (f.wrongType > 0 ? `, ${f.wrongType} on an occupation or experience span` : '') +
        `; ${f.goldFound} gold spans found.`,
    );
    if (!heldOut && verbose) report.push(...f.misses, '');
  }
  for (const [name, sentences] of [
    ['skillspan tuning', skillSpan.train],
    ['skillspan held-out', skillSpan.dev],
  ] as const) {
    const f = scoreAsListings(sentences, taxonomy);
    out.figures[`${name} listing mention precision`] = ratio(f.right, f.counted);
    out.figures[`${name} set-aside mention precision`] = ratio(f.setAsideRight, f.setAside);
    report.push(
      `${name}, read as listings: ${f.counted} mentions counted, ${f.right} on a gold span; ${f.setAside} set aside as about the employer, the offer or the application, ${f.setAsideRight} of them on a gold span.`,
    );
  }
  const escoLabel = new Map<string, string>();
  for (const r of parse(readFileSync(join(dataDir, ESCO_SKILLS)), { columns: true }) as Array<
    Record<string, string>
  >)
    escoLabel.set(r.conceptUri ?? '', r.preferredLabel ?? '');
  for (const [name, file, heldOut] of [
    ['decorte tuning (tech)', 'tech_validation_annotations.csv', false],
    ['decorte held-out (house)', 'house_validation_annotations.csv', true],
  ] as const) {
    const f = scoreLabels(file, dataDir, taxonomy, escoLabel, verbose && !heldOut);
    const key = name.replace(/ \(.*\)$/, '');
    out.figures[`${key} label precision`] = ratio(f.right, f.predicted);
    out.figures[`${key} label recall (linked labels)`] = ratio(f.found, f.covered);
    report.push(
      `${name}: ${f.predicted} ESCO-linked skills found, ${f.right} named by the annotators; ${f.found} of the ${f.covered} annotated skills the taxonomy links to found.`,
    );
    if (!heldOut && verbose) report.push(...f.misses, '');
  }
  // Guard floors just under the first figures (session 14, after "how-to" stopped matching "know how
  // to"): extraction on postings may not get less precise, nor find fewer annotated skills, unnoticed.
  const floors: Array<[string, number, string]> = [
    ['skillspan tuning mention precision', 0.61, 'SkillSpan train: mentions on an annotated span (0.618)'],
    ['skillspan held-out mention precision', 0.575, 'SkillSpan dev: mentions on an annotated span (0.585)'],
    ['skillspan held-out span recall', 0.49, 'SkillSpan dev: annotated spans found (0.498)'],
    [
      'skillspan tuning listing mention precision',
      0.625,
      'SkillSpan train as listings: counted mentions on a span (0.632)',
    ],
    [
      'skillspan held-out listing mention precision',
      0.62,
      'SkillSpan dev as listings: counted mentions on a span (0.627)',
    ],
    [
      'green held-out mention precision',
      0.83,
      'Green et al.: mentions on a skill, domain or qualification (0.845)',
    ],
    [
      'decorte tuning label precision',
      0.68,
      'Decorte et al. (tech): ESCO skill as annotated (0.704, 54 found)',
    ],
    [
      'decorte held-out label precision',
      0.5,
      'Decorte et al. (house): ESCO skill as annotated (0.529, 34 found)',
    ],
  ];
  for (const [figure, min, why] of floors) out.floors.push({ figure, min, why: `guard: ${why}` });
  out.report = report.join('\n');
  return out;
};

export default evaluation;
