// Scores rolefit's reports against resumes labelled by hand with ../shared/eval/evidence-labeling.md:
// the shared development set (../shared/eval/dev-gold) and the labels kept in eval/gold/ for
// resumes of ../shared/data. `npm run eval -- gold`; ROLEFIT_GOLD_VERBOSE=1 prints every miss.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeResume, bandOf } from '../src/core/analysis/analyze.ts';
import type { AnalysisReport, RequirementStatus } from '../src/core/analysis/report.ts';
import type { ReadDocument } from '../src/core/document.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { readDocument } from '../src/readers/index.ts';
import { readGoldText } from './gold/sources.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

export interface GoldLabel {
  file: string;
  fit: number;
  background: string;
  requirements: Record<string, { status: RequirementStatus; lines: number[] }>;
}

export interface GoldCase {
  set: string;
  label: GoldLabel;
  text: string;
  /** The document as a reader returned it (PDF, DOCX); plain text when absent. */
  document?: ReadDocument;
}

/** A label of eval/gold/labels-pdf: quotes instead of line numbers, one label for every file of one content. */
interface QuotedLabel {
  files: string[];
  fit: number;
  background: string;
  requirements: Record<string, { status: RequirementStatus; quotes: string[] }>;
}

// A quote copied from pdftotext's text and the reader's text differ in ways no reader sees: an accent
// on TeX's dotless i ("ı́" for "í"), a symbol without a Unicode map (U+0088, which rolefit reads as a
// bullet), composed or decomposed letters.
const squash = (s: string) =>
  s
    .replace(/\u0131(?=[\u0300-\u036f])/g, 'i')
    .normalize('NFC')
    .replace(/[\u0080-\u009f•]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The lines of `text` a quote stands on: the first line that holds it whole, else the first two
 * neighbouring lines that hold it together (a reader may break a line a person saw as one). None
 * when the reader lost the quoted words.
 */
export function linesOfQuote(text: string, quote: string): number[] {
  const lines = text.split('\n').map(squash);
  const q = squash(quote);
  const one = lines.findIndex((l) => l.includes(q));
  if (one >= 0) return [one + 1];
  for (let i = 0; i + 1 < lines.length; i++)
    if (`${lines[i]} ${lines[i + 1]}`.includes(q)) return [i + 1, i + 2];
  return [];
}

/**
 * Resumes labelled with quotes (eval/gold/labels-pdf, eval/gold/written5 to written9), each file read by
 * rolefit's own readers; the quoted lines are found in what the reader returned. The first file of
 * a label is its case in the set; the others only measure how far the score moves with the layout.
 */
export async function loadQuotedCases(
  labelDir: string,
  fileDir: string,
  set: string,
): Promise<{
  cases: GoldCase[];
  layouts: GoldCase[][];
  unread: string[];
  quotes: { found: number; total: number; lost: string[] };
}> {
  const cases: GoldCase[] = [];
  const layouts: GoldCase[][] = [];
  const unread: string[] = [];
  const quotes = { found: 0, total: 0, lost: [] as string[] };
  if (!existsSync(labelDir)) return { cases, layouts, unread, quotes };
  for (const f of readdirSync(labelDir).sort()) {
    if (!f.endsWith('.json')) continue;
    const quoted = JSON.parse(readFileSync(join(labelDir, f), 'utf8')) as QuotedLabel;
    const variants: GoldCase[] = [];
    for (const file of quoted.files) {
      const path = join(fileDir, file);
      if (!existsSync(path)) continue;
      const read = await readDocument(new Uint8Array(readFileSync(path)), { filename: path, isolate: false });
      if (!read.ok) {
        unread.push(`${file}: ${read.error.message}`);
        continue;
      }
      const requirements: GoldLabel['requirements'] = {};
      for (const [id, r] of Object.entries(quoted.requirements)) {
        const found = r.quotes.map((q) => linesOfQuote(read.value.text, q));
        quotes.total += found.length;
        quotes.found += found.filter((l) => l.length > 0).length;
        for (const [k, l] of found.entries())
          if (l.length === 0) quotes.lost.push(`${file}: "${r.quotes[k]}"`);
        const lines = [...new Set(found.flat())];
        requirements[id] = { status: r.status, lines };
      }
      const label: GoldLabel = { file, fit: quoted.fit, background: quoted.background, requirements };
      variants.push({ set, label, text: read.value.text, document: read.value });
    }
    if (variants.length > 0) cases.push(variants[0]!);
    if (variants.length > 1) layouts.push(variants);
  }
  return { cases, layouts, unread, quotes };
}

/** The labelled resumes, by set: the shared development set and the repo's own labels. */
export function loadCases(dataDir: string): GoldCase[] {
  const cases: GoldCase[] = [];
  const devDir = join(dataDir, '..', 'eval', 'dev-gold');
  if (existsSync(devDir)) {
    for (const f of readdirSync(join(devDir, 'labels')).sort()) {
      const label = JSON.parse(readFileSync(join(devDir, 'labels', f), 'utf8')) as GoldLabel;
      cases.push({ set: 'dev-gold', label, text: readFileSync(join(devDir, 'resumes', label.file), 'utf8') });
    }
  }
  // The repo's own labels: the set the rules were tuned on, and a fresh set labelled afterwards by a
  // reader who never saw rolefit's output (a check on resumes the rules were not fitted to).
  for (const [set, dir] of [
    ['rolefit-gold', 'labels'],
    ['fresh', 'labels-fresh'],
    ['fresh2', 'labels-fresh2'],
    ['fresh3', 'labels-fresh3'],
    ['fresh4', 'labels-fresh4'],
    ['fresh5', 'labels-fresh5'],
    ['fresh6', 'labels-fresh6'],
  ] as const) {
    const ownDir = join(dirname(fileURLToPath(import.meta.url)), 'gold', dir);
    if (!existsSync(ownDir)) continue;
    for (const f of readdirSync(ownDir).sort()) {
      if (!f.endsWith('.json')) continue;
      const label = JSON.parse(readFileSync(join(ownDir, f), 'utf8')) as GoldLabel;
      cases.push({ set, label, text: readGoldText(dataDir, label.file) });
    }
  }
  // Resumes written for the evaluation in today's layouts (US, UK, European and Indian; strong and thin;
  // a few with export noise) and labelled by a reader who never saw rolefit's output
  // (eval/gold/written/README.md). The resumes are the repo's own, so they need no shared data.
  // written4 is in the export layout of a US job site (the title repeated on the first line, a job's
  // title, employer, place and dates on one line), the layout of dev-gold.
  for (const set of ['written', 'written2', 'written3', 'written4']) {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'gold', set);
    if (!existsSync(join(dir, 'labels'))) continue;
    for (const f of readdirSync(join(dir, 'labels')).sort()) {
      if (!f.endsWith('.json')) continue;
      const label = JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as GoldLabel;
      cases.push({ set, label, text: readFileSync(join(dir, 'resumes', label.file), 'utf8') });
    }
  }
  return cases;
}

/** Counts of a yes/no judgement against the labels. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
/** Precision, recall and F1 of a tally (1 when nothing was predicted or labelled). */
export const f1 = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
/** Counts one judgement: rolefit predicted it or not, the labels hold it or not. */
export const add = (t: Tally, predicted: boolean, gold: boolean) => {
  if (predicted && gold) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
};

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation (Pearson over ranks, ties averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const ma = ra.reduce((s, x) => s + x, 0) / n;
  const mb = rb.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

interface SetFigures {
  figures: Record<string, number>;
  lines: string[];
}

/**
 * Sets labelled after the last rule change whose misses nobody reads: only their aggregate figures
 * are printed (per-resume scores and misses too with ROLEFIT_GOLD_HELD_OUT=show, which spends them).
 */
// fresh6 was held out from session 10 to session 15 and read at the start of session 16. written3,
// written and labelled in session 27 after the rules of that session were made on written and
// written2, was held out until session 29, when its misses were read (docs/evaluation.md). written4,
// written and labelled at the start of session 28, was held out until session 30, when its misses
// were read. written5 (session 29), the PDF set, was held out until session 31, when its misses were
// read. written6 (session 30), the Word set, and written7 (session 31), Word documents saved as PDF,
// were held out until session 32, when their misses were read. written8 (session 32), resumes
// written in LaTeX, was held out until session 33, when its misses were read. written9 (session 33),
// the PDFs job platforms export, was held out until session 34, when its misses were read. written10
// (session 34), the files people make themselves in free tools (Google Docs and Canva-like PDFs, Word
// documents, plain text and Markdown), was held out until session 35, when its misses were read.
// written11 (session 35), formats no other set has (Word documents saved as PDF, resume builders' PDFs,
// personal and hosted web pages, JSON Resume, text pasted from application forms), was held out until
// session 36, when its misses were read. written12 (session 36: Google Docs and Canva-like PDFs,
// Markdown, a federal resume, pasted LinkedIn text, Word documents saved as PDF, a functional resume,
// Europass and academic CVs, a military resume, an email-pasted resume, a personal site, dense job
// tables) was held out until session 37, when its misses were read. written13 (session 37: half in
// the text a US job site exports, the layout of dev-gold, half the PDFs and Word files people upload;
// project managers of any field, developers, administrators and security staff) was held out until
// session 40, when its misses were read. written14 (session 40: two thirds in the text a US job site
// exports, a third pasted from Word; people from IT coordination, QA, support, ERP, defense, nursing,
// retail, construction, games, data and writing) was held out until session 41, when its misses were
// read. written15 (session 41: the text a US job site exports, and three pasted from Word; project
// managers of any field, developers, administrators and security staff, as the issue's held-out set
// names them) was held out until session 46, when its misses were read. written16 (session 43: 18 in the text a US job
// site exports, 6 pasted from Word; ordinary resumes written without planted traps, over the
// backgrounds of the guide, administrators, nursing and a graduate) is held out too. So is written19
// (session 44: the job-site export of project managers of many fields, developers, administrators,
// security and data staff, written and labelled after the session's rules were made), and written20
// (session 45: the same export, over the guide's backgrounds and project managers outside software),
// and written21 (session 46: the same export as the corpus restores it, jobs run into one line).
/** Written sets that reach the issue's targets of presence, shown F1, Spearman and MAE: each is a floor. */
const TARGET_SETS = ['written11', 'written12', 'written13', 'written17', 'written18'] as const;
/** Of those, the ones that reach the status, evidence line and background targets too. */
const ALL_TARGET_SETS = ['written17', 'written18'] as const;

const HELD_OUT_SETS: ReadonlySet<string> = new Set<string>([
  'written16',
  'written19',
  'written20',
  'written21',
]);

/** The written sets labelled with quotes, each read from its files by rolefit's own readers. */
const WRITTEN_QUOTED_SETS = [
  'written5',
  'written6',
  'written7',
  'written8',
  'written9',
  'written10',
  'written11',
  'written12',
  'written13',
  'written14',
  'written15',
  'written16',
  'written17',
  'written18',
  'written19',
  'written20',
  'written21',
] as const;

function scoreSet(
  name: string,
  runs: Array<{ c: GoldCase; report: AnalysisReport }>,
  verbose: boolean,
  aggregateOnly = false,
): SetFigures {
  const presence: Tally = { tp: 0, fp: 0, fn: 0 };
  const shown: Tally = { tp: 0, fp: 0, fn: 0 };
  const perReq = new Map<string, Tally>();
  let exact = 0;
  let pairs = 0;
  let lineHits = 0;
  let linePairs = 0;
  let backgroundRight = 0;
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  const scores: number[] = [];
  const fits: number[] = [];
  const role = findRole('technical-project-manager')!;
  const bandLabel = (score: number) => bandOf(role, score).scoreBand?.label;
  let sameBand = 0;
  for (const { c, report } of runs) {
    // A resume read as something else has no score: it counts as 0, the worst miss.
    scores.push(report.score ?? 0);
    if (bandLabel(report.score ?? 0) === bandLabel(c.label.fit)) sameBand++;
    fits.push(c.label.fit);
    if (report.background?.primary === c.label.background) backgroundRight++;
    else
      misses.push(`${c.label.file}: background ${report.background?.primary} (gold ${c.label.background})`);
    for (const r of report.requirements) {
      const gold = c.label.requirements[r.skill.id];
      if (!gold) throw new Error(`${c.label.file}: no label for ${r.skill.id}`);
      pairs++;
      const key = `${gold.status}→${r.status}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (gold.status === r.status) exact++;
      add(presence, r.status !== 'missing', gold.status !== 'missing');
      add(shown, r.status === 'shown', gold.status === 'shown');
      const t = perReq.get(r.skill.id) ?? { tp: 0, fp: 0, fn: 0 };
      add(t, r.status !== 'missing', gold.status !== 'missing');
      perReq.set(r.skill.id, t);
      if (gold.status !== 'missing' && r.evidence.length > 0) {
        linePairs++;
        const best = r.evidence[0]!;
        if (gold.lines.includes(best.line)) lineHits++;
        else if (verbose)
          misses.push(
            `${c.label.file} ${r.skill.id}: line ${best.line} "${best.quote.slice(0, 90)}" (gold ${gold.lines.join(',')})`,
          );
      }
      if (gold.status !== r.status && verbose) {
        const e = r.evidence[0];
        const q = e
          ? ` line ${e.line} [${e.section}/${e.strength}${e.hedged ? '/hedged' : ''}] "${e.quote.slice(0, 100)}"`
          : '';
        misses.push(
          `${c.label.file} ${r.skill.id}: ${r.status} (gold ${gold.status} ${gold.lines.join(',')})${q}`,
        );
      }
    }
  }
  const mae = scores.reduce((s, x, i) => s + Math.abs(x - fits[i]!), 0) / Math.max(1, scores.length);
  const p = f1(presence);
  const s = f1(shown);
  const figures: Record<string, number> = {
    [`${name} presence precision`]: p.p,
    [`${name} presence recall`]: p.r,
    [`${name} presence F1`]: p.f1,
    [`${name} status accuracy`]: exact / Math.max(1, pairs),
    [`${name} shown F1`]: s.f1,
    [`${name} evidence line overlap`]: lineHits / Math.max(1, linePairs),
    [`${name} score Spearman`]: spearman(scores, fits),
    [`${name} score MAE`]: mae,
    [`${name} background accuracy`]: backgroundRight / Math.max(1, runs.length),
    // The report names the score's band ("Close (55–79 of 100)"): how often it is the reader's.
    [`${name} score band as readers'`]: sameBand / Math.max(1, runs.length),
  };
  const lines = [
    `${name}: ${runs.length} resumes × 15 requirements = ${pairs} judgements.`,
    `status (gold→rolefit): ${[...confusion.entries()]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `presence F1 per requirement: ${[...perReq.entries()]
      .map(([id, t]) => [id, f1(t).f1] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([id, v]) => `${id} ${v.toFixed(2)}`)
      .join(', ')}`,
    `score vs fit: ${runs.map(({ c, report }) => `${c.label.file.replace(/^.*\//, '')} ${report.score}/${c.label.fit}`).join(', ')}`,
  ];
  if (aggregateOnly) return { figures, lines: [`${lines[0]} Held out: only the figures below are printed.`] };
  if (verbose) lines.push('', ...misses);
  return { figures, lines };
}

/** A reader's judgement of one resume: its fit, background and each requirement's status. */
type Judged = {
  fit: number;
  background: string;
  requirements: Record<string, { status: RequirementStatus }>;
};
/** How two readers' labels of the same resumes agree, measured as rolefit is against one of them. */
function agreement(
  pairs: ReadonlyArray<{ first: Judged; second: Judged }>,
  prefix: string,
): Record<string, number> {
  const presence: Tally = { tp: 0, fp: 0, fn: 0 };
  const shown: Tally = { tp: 0, fp: 0, fn: 0 };
  let same = 0;
  let count = 0;
  let backgrounds = 0;
  for (const { first, second } of pairs) {
    if (second.background === first.background) backgrounds++;
    for (const [id, g] of Object.entries(first.requirements)) {
      const s2 = second.requirements[id]!;
      count++;
      if (s2.status === g.status) same++;
      add(presence, s2.status !== 'missing', g.status !== 'missing');
      add(shown, s2.status === 'shown', g.status === 'shown');
    }
  }
  const a = pairs.map((p) => p.second.fit);
  const b = pairs.map((p) => p.first.fit);
  return {
    [`${prefix} status agreement`]: same / count,
    [`${prefix} presence F1`]: f1(presence).f1,
    [`${prefix} shown F1`]: f1(shown).f1,
    [`${prefix} fit Spearman`]: spearman(a, b),
    [`${prefix} fit MAE`]: a.reduce((sum, x, k) => sum + Math.abs(x - b[k]!), 0) / a.length,
    [`${prefix} background agreement`]: backgrounds / pairs.length,
  };
}

/** A written set's second reading (`eval/gold/<set>/second-reader`), by resume file; none when it has none. */
function secondReading(set: string): Map<string, QuotedLabel> | undefined {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'gold', set, 'second-reader');
  if (!existsSync(dir)) return undefined;
  return new Map(readJson<QuotedLabel>(dir).map((l) => [l.files[0]!, l]));
}

function readJson<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

/**
 * rolefit's status where two readers agree: on a set labelled twice, the judgements both readers gave
 * the same status, and how many of them rolefit gives too. A disagreement between readers is a call
 * either way; one they share is what any careful reader would say, so this is the part of the status
 * figure that does not depend on who labelled. Per twice-read set, and pooled over the open ones and
 * over the held-out ones (an aggregate: no judgement of a held-out set is printed).
 */
function consensusStatus(
  bySet: ReadonlyMap<string, ReadonlyArray<{ c: GoldCase; report: AnalysisReport }>>,
): {
  figures: Record<string, number>;
  lines: string[];
} {
  const figures: Record<string, number> = {};
  const pooled = { open: { agree: 0, right: 0 }, held: { agree: 0, right: 0 } };
  const named: string[] = [];
  for (const set of WRITTEN_QUOTED_SETS) {
    const second = secondReading(set);
    const runs = bySet.get(set);
    if (!second || !runs) continue;
    let agree = 0;
    let right = 0;
    for (const { c, report } of runs) {
      const other = second.get(c.label.file);
      if (!other) continue;
      for (const r of report.requirements) {
        const first = c.label.requirements[r.skill.id]!.status;
        if (other.requirements[r.skill.id]?.status !== first) continue;
        agree++;
        if (r.status === first) right++;
      }
    }
    if (agree === 0) continue;
    figures[`${set} status where both readers agree`] = right / agree;
    const pool = HELD_OUT_SETS.has(set) ? pooled.held : pooled.open;
    pool.agree += agree;
    pool.right += right;
    named.push(set);
  }
  if (pooled.open.agree > 0)
    figures['twice-read open sets status where both readers agree'] = pooled.open.right / pooled.open.agree;
  if (pooled.held.agree > 0)
    figures['twice-read held-out sets status where both readers agree'] =
      pooled.held.right / pooled.held.agree;
  const lines =
    named.length > 0
      ? [
          `both readers: rolefit's status on the judgements two readers gave alike (${named.join(', ')}; ${pooled.open.agree + pooled.held.agree} judgements)`,
          '',
        ]
      : [];
  return { figures, lines };
}

/**
 * How far two readers agree: a second reader's labels (eval/gold/second-reader, and written7's) against
 * the first reader's labels of the same resumes, measured as rolefit is measured. It is the ceiling the
 * figures above can be read against.
 */
function readerAgreement(): { figures: Record<string, number>; lines: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  const figures: Record<string, number> = {};
  const lines: string[] = [];
  const secondDir = join(here, 'gold', 'second-reader');
  if (existsSync(secondDir)) {
    const firstByFile = new Map<string, GoldLabel>();
    for (const dir of ['labels', 'labels-fresh', 'labels-fresh2', 'labels-fresh3']) {
      const d = join(here, 'gold', dir);
      if (existsSync(d)) for (const label of readJson<GoldLabel>(d)) firstByFile.set(label.file, label);
    }
    const pairs = readJson<GoldLabel>(secondDir).flatMap((second) => {
      const first = firstByFile.get(second.file);
      return first ? [{ first, second }] : [];
    });
    if (pairs.length > 0) {
      Object.assign(figures, agreement(pairs, 'readers'));
      lines.push(
        `readers: a second reader labelled ${pairs.length} resumes again (eval/gold/second-reader); agreement with the first reader, measured as rolefit is:`,
      );
    }
  }
  // Written sets labelled again by another helper, blind to the first labels: written7's 24 resumes
  // (session 32), written18's (session 44) and written20's (session 45). Agreement between readers
  // reads no rolefit output, so a held-out set's is printed too.
  for (const set of WRITTEN_QUOTED_SETS) {
    const seconds = secondReading(set);
    if (!seconds) continue;
    const firstByFile = new Map(
      readJson<QuotedLabel>(join(here, 'gold', set, 'labels')).map((l) => [l.files[0]!, l]),
    );
    const pairs = [...seconds.values()].flatMap((second) => {
      const first = firstByFile.get(second.files[0]!);
      return first ? [{ first, second }] : [];
    });
    if (pairs.length > 0) {
      Object.assign(figures, agreement(pairs, `${set} readers`));
      lines.push(
        `${set} readers: a second reader labelled its ${pairs.length} resumes again (eval/gold/${set}/second-reader), the ceiling of what rolefit can reach on it:`,
      );
    }
  }
  return { figures, lines };
}

/**
 * A written set's guard floors (its targets are not reached): evidence found, status and the score's
 * order just under the level it was first measured at or raised to, and the reader keeping the words
 * its labellers quoted.
 */
function writtenSetGuards(
  set: string,
  what: string,
  min: { presence: number; status: number; spearman: number },
): EvalOutcome['floors'] {
  return [
    { figure: `${set} presence F1`, min: min.presence, why: `guard: ${what}, evidence found` },
    { figure: `${set} status accuracy`, min: min.status, why: `guard: ${what}, status` },
    {
      figure: `${set} score Spearman`,
      min: min.spearman,
      why: `guard: ${what}, scores in the readers' order`,
    },
    {
      figure: `${set} quotes found in the read text`,
      min: 0.98,
      why: `the reader keeps the words a person quoted in ${what} (100% when set)`,
    },
  ];
}

const evaluation: Evaluation = async ({ dataDir }) => {
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  const verbose = process.env.ROLEFIT_GOLD_VERBOSE === '1';
  const analyze = (c: GoldCase) =>
    analyzeResume({
      document: c.document ?? { format: 'text', text: c.text, warnings: [] },
      role,
      taxonomy,
      // Labels were made in 2026; a fixed "now" keeps recency stable from run to run.
      asOf: { year: 2026, month: 11 },
    });
  const here = join(dirname(fileURLToPath(import.meta.url)), 'gold');
  // The modern PDF and DOCX resumes of the shared data.
  const pdf = await loadQuotedCases(join(here, 'labels-pdf'), dataDir, 'pdf');
  // written5 to written9: resumes written for the evaluation (eval/gold/written/README.md), each set
  // in the files people send: builder templates printed to PDF (written5), Word documents (written6),
  // Word documents saved as PDF by LibreOffice (written7), LaTeX compiled by pdfTeX (written8), and
  // the PDFs job platforms export: LinkedIn's "Save to PDF", Indeed's and resume builders' (written9).
  const written = new Map<string, Awaited<ReturnType<typeof loadQuotedCases>>>();
  for (const set of WRITTEN_QUOTED_SETS)
    written.set(set, await loadQuotedCases(join(here, set, 'labels'), join(here, set, 'resumes'), set));
  const bySet = new Map<string, Array<{ c: GoldCase; report: AnalysisReport }>>();
  for (const c of [
    ...loadCases(dataDir),
    ...pdf.cases,
    ...[...written.values()].flatMap((read) => read.cases),
  ]) {
    const list = bySet.get(c.set) ?? [];
    list.push({ c, report: analyze(c) });
    bySet.set(c.set, list);
  }
  // "all" is the sets the rules were tuned on; the fresh, written and PDF sets are reported on their own.
  const all = [...bySet.entries()]
    .filter(([set]) => !set.startsWith('fresh') && !set.startsWith('written') && set !== 'pdf')
    .flatMap(([, runs]) => runs);
  const out: EvalOutcome = { name: 'Analysis against hand labels', report: '', figures: {}, floors: [] };
  const lines: string[] = [];
  const showHeldOut = process.env.ROLEFIT_GOLD_HELD_OUT === 'show';
  for (const [name, runs] of [...bySet.entries(), ['all', all] as const]) {
    const hidden = HELD_OUT_SETS.has(name) && !showHeldOut;
    const r = scoreSet(name, runs, verbose && name !== 'all', hidden);
    if (name === 'all') lines.push('all (the tuned sets together, without the fresh ones):');
    Object.assign(out.figures, r.figures);
    lines.push(...r.lines, '');
  }
  // One content in several layouts (RenderCV's nine themes, a PDF and its DOCX): the score should
  // not depend on the layout. The figure is the largest gap between two layouts of one resume.
  const gaps = pdf.layouts.map((variants) => {
    const scores = variants.map((c) => analyze(c).score ?? 0);
    return { name: variants[0]!.label.file, scores, gap: Math.max(...scores) - Math.min(...scores) };
  });
  if (gaps.length > 0) {
    out.figures['pdf largest score gap between layouts'] = Math.max(...gaps.map((g) => g.gap));
    out.figures['pdf layouts scored alike'] = gaps.filter((g) => g.gap === 0).length / gaps.length;
    lines.push(
      `layouts: ${gaps.map((g) => `${g.name.replace(/^.*\//, '')} ${g.scores.join('/')}`).join(', ')}`,
      '',
    );
  }
  // The fresh sets pooled: 121 resumes over every background, the widest check of the score's order.
  const fresh = [...bySet.entries()].filter(([set]) => set.startsWith('fresh')).flatMap(([, runs]) => runs);
  if (fresh.length > 0) {
    const scores = fresh.map(({ report }) => report.score ?? 0);
    const fits = fresh.map(({ c }) => c.label.fit);
    out.figures['fresh pooled score Spearman'] = spearman(scores, fits);
    out.figures['fresh pooled score MAE'] =
      scores.reduce((sum, x, k) => sum + Math.abs(x - fits[k]!), 0) / scores.length;
    lines.push(`fresh pooled: the ${fresh.length} resumes of the fresh sets together`, '');
  }
  for (const [set, read] of [['pdf', pdf] as const, ...written]) {
    if (read.unread.length > 0) lines.push(`${set} not read: ${read.unread.join('; ')}`, '');
    if (read.quotes.total === 0) continue;
    // A labelled quote the reader's text does not hold (lost or garbled words) cannot be matched.
    out.figures[`${set} quotes found in the read text`] = read.quotes.found / read.quotes.total;
    if (verbose && read.quotes.lost.length > 0 && (!HELD_OUT_SETS.has(set) || showHeldOut))
      lines.push(`${set} quotes not found: ${read.quotes.lost.join('; ')}`, '');
  }
  const agreement = readerAgreement();
  Object.assign(out.figures, agreement.figures);
  lines.push(...agreement.lines);
  const consensus = consensusStatus(bySet);
  Object.assign(out.figures, consensus.figures);
  lines.push(...consensus.lines);
  out.report = lines.join('\n');
  const mae = out.figures['all score MAE'];
  if (mae !== undefined) out.figures['all score MAE headroom to 10'] = 10 - mae;
  const pooledMae = out.figures['fresh pooled score MAE'];
  if (pooledMae !== undefined) out.figures['fresh pooled score MAE headroom to 6.5'] = 6.5 - pooledMae;
  for (const set of TARGET_SETS) {
    const setMae = out.figures[`${set} score MAE`];
    if (setMae !== undefined) out.figures[`${set} score MAE headroom to 10`] = 10 - setMae;
  }
  // Every target of issue 10 is reached on the tuned sets and is a floor (measured when set: presence
  // F1 0.917, status 0.820, shown F1 0.870, evidence line 0.752, Spearman 0.895, MAE 6.70, background
  // 0.767 over 43 labelled resumes).
  out.floors = [
    { figure: 'all shown F1', min: 0.75, why: 'target: "shown" (did it at work) F1 of 0.75' },
    {
      figure: 'all score MAE headroom to 10',
      min: 0,
      why: 'target: score within 10 points of the readers on average',
    },
    { figure: 'all presence F1', min: 0.88, why: 'target: evidence found where readers found it (F1 0.88)' },
    {
      figure: 'all status accuracy',
      min: 0.82,
      why: 'target: shown / partial / missing as readers judged (0.82)',
    },
    {
      figure: 'all evidence line overlap',
      min: 0.75,
      why: 'target: the quoted line is one a reader chose (0.75)',
    },
    {
      figure: 'all score Spearman',
      min: 0.88,
      why: 'target: scores order resumes as readers do (Spearman 0.88)',
    },
    // Raised from 0.75 in session 9 (0.791 then: developers senior from 10 years, not 6).
    { figure: 'all background accuracy', min: 0.78, why: 'target: background as readers named it (0.75)' },
    // Set in session 28, when dev-gold alone reached the target (0.700 → 0.750: a technical project
    // manager's title confirmed by software lifecycle or agile work; all 0.791 → 0.814).
    {
      figure: 'dev-gold background accuracy',
      min: 0.75,
      why: "target: background as the shared development set's reader named it (0.75)",
    },
    // The band the report names ("Close (55–79 of 100)") is the reader's: 0.791 of the tuned sets when
    // the bands were introduced (session 11; fresh6, held out, 0.952). Raised in session 26 from 0.75
    // (0.837 then: the lowest band ends at 19, as the guide puts it).
    {
      figure: "all score band as readers'",
      min: 0.8,
      why: 'the score band a person reads agrees with the readers (0.791 when set, 0.837 when raised)',
    },
    // Set in session 26 (0.876 and 5.92 then: delivery practices halved without technology, deploying
    // software read as engineering). Issue 10's target for the order is 0.88.
    // The written sets (eval/gold/written/README.md), measured when set in session 27: written (tuned
    // on) presence F1 0.867, status 0.714, shown F1 0.831, Spearman 0.773, MAE 11.6; written2 (tuned on
    // after its first reading) 0.833, 0.675, 0.764, 0.583, 15.8; written3 (held out) 0.804, 0.633,
    // 0.721, 0.811, 12.3; at the end of session 27 written 0.870, 0.725, 0.844, 0.818, 10.5, written2
    // 0.831, 0.675, 0.765, 0.641, 15.3, written3 0.802, 0.633, 0.723, 0.839, 12.1. Guards only: the
    // targets are not reached on them.
    { figure: 'written presence F1', min: 0.85, why: "guard: resumes in today's layouts, evidence found" },
    { figure: 'written status accuracy', min: 0.69, why: "guard: resumes in today's layouts, status" },
    { figure: 'written shown F1', min: 0.81, why: "guard: resumes in today's layouts, shown" },
    { figure: 'written2 presence F1', min: 0.81, why: 'guard: the second written set, evidence found' },
    { figure: 'written2 status accuracy', min: 0.65, why: 'guard: the second written set, status' },
    { figure: 'written3 presence F1', min: 0.78, why: 'guard: the held-out written set, evidence found' },
    { figure: 'written3 status accuracy', min: 0.61, why: 'guard: the held-out written set, status' },
    {
      figure: 'written3 score Spearman',
      min: 0.78,
      why: "guard: the held-out written set, scores in the readers' order",
    },
    // written4 (held out, a US job site's export layout), first measured at the start of session 28
    // (the rules of session 27): presence F1 0.896, status 0.769, shown F1 0.904, evidence line 0.817,
    // Spearman 0.929, MAE 6.54, background 0.792.
    {
      figure: 'written4 presence F1',
      min: 0.87,
      why: 'guard: the held-out export-layout set, evidence found',
    },
    { figure: 'written4 status accuracy', min: 0.74, why: 'guard: the held-out export-layout set, status' },
    {
      figure: 'written4 score Spearman',
      min: 0.9,
      why: "guard: the held-out export-layout set, scores in the readers' order",
    },
    // written5 (resumes printed to PDF from builder templates: sidebars, chips, tables), first
    // measured in session 29: presence F1 0.864, status 0.728, shown F1 0.857, evidence line 0.745,
    // Spearman 0.924, MAE 7.38, background 0.958; every labelled quote found in the read text.
    // Status guard raised in session 33 from 0.70 (0.794 then), in session 34 from 0.75 (0.803 then).
    ...writtenSetGuards('written5', 'the builder-template PDF set', {
      presence: 0.84,
      status: 0.77,
      spearman: 0.9,
    }),
    // written6 (resumes written as Word documents: layout tables, text boxes, page headers and
    // footers), first measured in session 30 with the rules of session 29: presence F1 0.870, status
    // 0.717, shown F1 0.831, evidence line 0.748, Spearman 0.895, MAE 7.17, background 0.750; every
    // labelled quote found in the read text.
    // Status guard raised in session 33 from 0.69 (0.758 then), in session 34 from 0.72 (0.769 then).
    ...writtenSetGuards('written6', 'the Word set', { presence: 0.84, status: 0.74, spearman: 0.86 }),
    // written7 (Word documents saved as PDF by LibreOffice: date columns in tables, sidebars left and
    // right, page headers and footers), first measured in session 31 (rules of session 30: presence F1
    // 0.849, status 0.681, shown F1 0.783, evidence line 0.732, Spearman 0.826, MAE 10.25, background
    // 0.833; with the session's first rules 0.854, 0.681, 0.778, 0.729, 0.826, 10.17); every labelled
    // quote found in the read text. Read in session 32 (status 0.681 -> 0.708): its status guard rose
    // from 0.65 to 0.68, under its new level.
    // Status guard raised in session 33 from 0.68 (0.733 then), in session 34 from 0.70 (0.753 then).
    ...writtenSetGuards('written7', 'the Word-to-PDF set', { presence: 0.82, status: 0.72, spearman: 0.79 }),
    // written8 (resumes written in LaTeX and compiled by pdfTeX: Jake's resume, moderncv,
    // europecv, two columns, an academic CV), first measured in session 32 with the rules of session 31
    // (presence F1 0.843, status 0.658, shown F1 0.792, evidence line 0.708, Spearman 0.887, MAE 10.71,
    // background 0.750, quotes found 0.989).
    // Read in session 33 (status 0.661 -> 0.700): its status guard rose from 0.63 to 0.67, and in
    // session 34 to 0.69 (0.719 then).
    ...writtenSetGuards('written8', 'the LaTeX set', {
      presence: 0.81,
      status: 0.69,
      spearman: 0.85,
    }),
    // written9 (held out, the PDFs job platforms export: LinkedIn's "Save to PDF" with its sidebar,
    // Indeed's resume and three resume builders'), first measured in session 33 with the rules of
    // session 32 (presence F1 0.763, status 0.675, shown F1 0.736, evidence line 0.828, Spearman
    // 0.781, MAE 13.67, background 0.958, quotes found 1.0).
    // Read in session 34 (its misses opened; written10 took its place as the held-out set): presence F1
    // 0.773 -> 0.838, status 0.683 -> 0.744, Spearman 0.757 -> 0.836; guards raised from 0.73, 0.64
    // and 0.74.
    ...writtenSetGuards('written9', 'the platform-export set', {
      presence: 0.81,
      status: 0.71,
      spearman: 0.8,
    }),
    // written10 (the files people make themselves in free tools: Google Docs and Canva-like PDFs printed
    // by Chromium, Word documents, plain text and Markdown; held out until session 35), first measured in session 34
    // with the rules of session 33 (presence F1 0.823, status 0.661, shown F1 0.777, evidence line
    // 0.710, Spearman 0.854, MAE 10.79, background 0.833, quotes found 0.995).
    // Read in session 35 (its misses opened; written11 took its place as the held-out set): presence F1
    // 0.826 -> 0.865, status 0.658 -> 0.706, Spearman 0.864 -> 0.876; guards raised from 0.79, 0.62
    // and 0.82.
    ...writtenSetGuards('written10', 'the self-made set', {
      presence: 0.83,
      status: 0.67,
      spearman: 0.84,
    }),
    // written11 (held out: Word documents saved as PDF, resume builders' PDFs, personal and hosted web
    // pages, JSON Resume, text pasted from application forms), first measured in session 35: with the
    // rules of session 34 presence F1 0.926, status 0.750, shown F1 0.867, evidence line 0.658,
    // Spearman 0.893, MAE 9.75, background 0.875, quotes found 0.997; with the course-exercise and
    // date-line changes of session 35 made before its labels were scored, status 0.756, shown F1 0.871,
    // MAE 9.58.
    // Read in session 36 (its misses opened; written12 took its place as the held-out set).
    ...writtenSetGuards('written11', 'the set of other formats', {
      presence: 0.89,
      status: 0.72,
      spearman: 0.86,
    }),
    // written12 (held out: Google Docs and Canva-like PDFs, Markdown, a federal resume, pasted LinkedIn
    // text, Word documents saved as PDF, a functional resume, Europass and academic CVs, a military
    // resume, an email-pasted resume, a personal site, dense job tables), first measured in session 36
    // with the rules of session 35: presence F1 0.917, status 0.708, shown F1 0.833, evidence line
    // 0.644, Spearman 0.880, MAE 10.63, background 0.833, quotes found 1.000.
    // Read in session 37 (its misses opened; written13 took its place as the held-out set).
    ...writtenSetGuards('written12', 'the set of files career switchers send', {
      presence: 0.88,
      status: 0.67,
      spearman: 0.84,
    }),
    // written13 (the job-site export layout and uploaded PDF and Word files; held out until session 40,
    // when its misses were read; written14 took its place), first measured
    // in session 37 with the rules of session 36: presence F1 0.907, status 0.739, shown F1 0.872,
    // evidence line 0.765, Spearman 0.929, MAE 7.75, background 0.750, quotes found 1.000.
    ...writtenSetGuards('written13', 'the export layout and uploaded files', {
      presence: 0.88,
      status: 0.71,
      spearman: 0.9,
    }),
    // written14 (the job-site export layout and text pasted from Word; IT coordination, QA, support,
    // ERP, defense, nursing, retail, construction, games, data and writing; held out until session 41,
    // when its misses were read; written15 took its place), first measured in session 40 with the
    // rules of session 39: presence F1 0.877, status 0.719, shown F1 0.816, evidence line 0.716,
    // Spearman 0.833, MAE 10.13, background 0.750, quotes found 1.000.
    ...writtenSetGuards('written14', 'the export layout and pasted Word text', {
      presence: 0.85,
      status: 0.69,
      spearman: 0.8,
    }),
    // written15 (held out until session 46, then read: the job-site export layout, three pasted from
    // Word; project managers of any field, developers, administrators and security staff), first
    // measured in session 41 with the rules of that session (at ffc1271): presence F1 0.866, status
    // 0.706, shown F1 0.819, evidence line 0.727, Spearman 0.776, MAE 10.54, background 0.583, quotes
    // found 1.000; its last figures held out (session 46, 444aa14): 0.885, 0.733, 0.845, 0.749, 0.778,
    // 10.13, 0.667.
    ...writtenSetGuards('written15', 'the first held-out set', {
      presence: 0.84,
      status: 0.68,
      spearman: 0.74,
    }),
    // written16 (held out: ordinary resumes, 18 in the job-site export layout and 6 pasted from Word),
    // first measured in session 43: presence F1 0.919, status 0.769, shown F1 0.849, evidence line
    // 0.724, Spearman 0.922, MAE 5.25, background 0.833, quotes found 1.000 (the same at ed87793, the
    // rules session 43 started from).
    ...writtenSetGuards('written16', 'the second held-out set', {
      presence: 0.89,
      status: 0.74,
      spearman: 0.89,
    }),
    {
      figure: 'written16 background accuracy',
      min: 0.75,
      why: "target: background as written16's readers named it (0.75)",
    },
    // written19 (held out: the job-site export, written and labelled at the end of session 44), first
    // measured with session 44's final rules: presence F1 0.905, status 0.764, shown F1 0.867, evidence
    // line 0.794, Spearman 0.856, MAE 7.71, background 0.667 (with the rules it started from, 54701fb:
    // 0.903, 0.761, 0.868, 0.794, 0.861, 7.54, 0.708).
    ...writtenSetGuards('written19', 'the third held-out set', {
      presence: 0.88,
      status: 0.74,
      spearman: 0.83,
    }),
    // written20 (held out: the job-site export; a Scrum master, a business analyst, QA, implementation,
    // support, developers, administrators, security, data and project managers in and out of software;
    // written and labelled in session 45), first measured with the rules session 45 started from
    // (a8e565c): presence F1 0.882, status 0.772, shown F1 0.900, evidence line 0.802, Spearman 0.924,
    // MAE 6.33, background 0.917; with session 45's first two rules (7cf134b): 0.884, 0.775, 0.903,
    // 0.803, 0.926, 6.25, 0.917.
    ...writtenSetGuards('written20', 'the fourth held-out set', {
      presence: 0.86,
      status: 0.75,
      spearman: 0.9,
    }),
    // written21 (held out: the job-site export as the corpus restores it, several jobs run into one
    // line and headers glued to the bullet before; 24 people over the guide's backgrounds and fields
    // outside software; written and labelled in session 46, labelled again by a third reader), first
    // measured with the rules session 46 started from (285266f): presence F1 0.901, status 0.764, shown
    // F1 0.881, evidence line 0.776, Spearman 0.948, MAE 5.92, background 0.917; with session 46's
    // rules at 444aa14: 0.901, 0.764, 0.881, 0.769, 0.948, 5.96, 0.917.
    ...writtenSetGuards('written21', 'the fifth held-out set', {
      presence: 0.88,
      status: 0.74,
      spearman: 0.92,
    }),
    // written13 reaches the targets of evidence line and background too (0.765 and 0.750 when set).
    {
      figure: 'written13 evidence line overlap',
      min: 0.75,
      why: "target: the best line quoted is one of written13's readers' (0.75)",
    },
    {
      figure: 'written13 background accuracy',
      min: 0.75,
      why: "target: background as written13's readers named it (0.75)",
    },
    // Targets of issue 10 the three newest written sets reach since session 36 (written11: presence F1
    // 0.936, shown F1 0.885, Spearman 0.921, MAE 8.67; written12: 0.915, 0.845, 0.898, 9.42; written13,
    // held out, since session 37: 0.907, 0.872, 0.929, 7.75; written17, session 43, after its misses
    // were read: 0.946, 0.927, 0.955, 7.38; written18, session 44, after its misses were read: 0.928,
    // 0.919, 0.895, 5.83).
    ...TARGET_SETS.flatMap((set) => [
      {
        figure: `${set} presence F1`,
        min: 0.88,
        why: `target: evidence found where ${set}'s readers found it`,
      },
      { figure: `${set} shown F1`, min: 0.75, why: `target: "shown" F1 of 0.75 on ${set}` },
      { figure: `${set} score Spearman`, min: 0.88, why: `target: scores in ${set}'s readers' order (0.88)` },
      {
        figure: `${set} score MAE headroom to 10`,
        min: 0,
        why: `target: score within 10 points of ${set}'s readers on average`,
      },
    ]),
    // written17 (open: ordinary resumes, read for misses in session 43) reaches the other targets too:
    // status 0.836, evidence line 0.754, background 0.875 (first measured before its misses were read:
    // status 0.806, line 0.741).
    ...(
      [
        ['status accuracy', 0.82, 'status as its readers gave it'],
        ['evidence line overlap', 0.75, "the best line quoted is one of its readers'"],
        ['background accuracy', 0.75, 'background as its readers named it'],
      ] as const
    ).flatMap(([figure, min, why]) =>
      // written18 (open: the job-site export of project managers of many fields, developers,
      // administrators and security staff, read for misses in session 44): status 0.833, evidence
      // line 0.848, background 0.750 (first measured with the session's starting rules: status 0.800,
      // line 0.838, background 0.750).
      ALL_TARGET_SETS.map((set) => ({
        figure: `${set} ${figure}`,
        min,
        why: `target on ${set}: ${why}`,
      })),
    ),
    {
      figure: 'fresh pooled score Spearman',
      min: 0.86,
      why: "guard: the 121 fresh resumes together, scores in the readers' order",
    },
    {
      figure: 'fresh pooled score MAE headroom to 6.5',
      min: 0,
      why: 'guard: the 121 fresh resumes together, within 6.5 points of the readers on average',
    },
    // The fresh sets guard against changes that help the tuned sets and hurt resumes they were not
    // fitted to. fresh, first measured: status 0.725, presence F1 0.764, Spearman 0.644; when these
    // floors were set: status 0.771, presence F1 0.821, shown F1 0.754, Spearman 0.751. fresh2, first
    // measured: status 0.731, presence F1 0.785, shown F1 0.758, Spearman 0.631; when set: 0.789,
    // 0.860, 0.840, 0.688 (its misses were read for pattern families, so it is no longer unseen).
    // fresh score Spearman raised from 0.72 on 2026-12-02 (0.781 then). Status, presence and shown
    // raised in session 10 from 0.77, 0.82, 0.76 (0.813, 0.856, 0.821 then).
    // Spearman raised in session 12 from 0.76 (0.833 then: track record, lifecycle weight, field entries).
    ...guards('fresh', 'the fresh labels', { status: 0.79, presence: 0.84, shown: 0.8, spearman: 0.8 }),
    // fresh3 was the unseen check until 2026-12-02 (first measured: status 0.743, presence F1 0.758,
    // shown F1 0.702, Spearman 0.632, MAE 11.6); its misses were then read for pattern families, and
    // fresh4 took its place. When these floors were set: 0.773, 0.798, 0.759, 0.670.
    // fresh3 Spearman raised from 0.64 in session 8 (0.662 then); status, presence and shown raised
    // in session 10 from 0.77, 0.79, 0.77 (0.800, 0.822, 0.800 then).
    ...guards('fresh3', 'the third fresh labels', {
      status: 0.78,
      presence: 0.8,
      shown: 0.78,
      // Raised in session 12 from 0.65 (0.707 then).
      spearman: 0.68,
    }),
    // fresh2: when these floors were raised (2026-12-02), status 0.814, presence F1 0.882, shown 0.849,
    // Spearman 0.702.
    ...guards('fresh2', 'the second fresh labels', {
      status: 0.81,
      // Raised in session 13 from 0.87 (0.901 then).
      presence: 0.88,
      shown: 0.85,
      // Raised in session 12 from 0.69 (0.723 then), in session 26 from 0.70 (0.760 then).
      spearman: 0.74,
    }),
    // fresh4 was the unseen check until 2026-12-02 evening (first measured at 5b889e5: status 0.763,
    // presence F1 0.802, shown F1 0.736, Spearman 0.890, MAE 8.2; when these floors were set: 0.773,
    // 0.812, 0.762, 0.873, 7.8; raised at the end of session 7 from 0.807, 0.851, 0.805, 0.884); its
    // misses are now read for pattern families, and fresh5 took its place. fresh5, first measured at
    // 052146d: status 0.700, presence F1 0.764 (precision 0.857, recall 0.689), shown F1 0.700,
    // evidence line 0.667, Spearman 0.732, MAE 8.6, background 0.60.
    // fresh4 Spearman raised from 0.86 in session 8 (0.895 then); status and presence raised in
    // session 10 from 0.79, 0.83 (0.827, 0.883 then).
    ...guards('fresh4', 'the fourth fresh labels', {
      status: 0.81,
      presence: 0.86,
      shown: 0.79,
      // Raised in session 12 from 0.88 (0.931 then).
      spearman: 0.9,
    }),
    // fresh5 is the unseen check, labelled blind at the start of session 7; only its aggregate
    // figures are printed. First measured at 052146d (see above); when these floors were set (end of
    // session 7): status 0.710, presence F1 0.770, shown F1 0.709, Spearman 0.736.
    // Its misses were read in session 10 (2026-12-03), so it is a tuning set now, and fresh6 took its
    // place; its floors were raised then from 0.69, 0.75, 0.69 (status 0.747, presence F1 0.814,
    // shown F1 0.776 at the end of session 10).
    ...guards('fresh5', 'the fifth fresh labels', {
      status: 0.73,
      presence: 0.79,
      shown: 0.75,
      // Raised in session 12 from 0.71 (0.734 then).
      spearman: 0.72,
    }),
    // fresh6: 21 more dataset resumes (the last unused texts of 600+ characters, most outside
    // software: lawyers, fitness, arts, HR, sales, civil and electrical engineering, plus thin
    // developer resumes), labelled blind at the start of session 10 by a reader who saw only the
    // guide, dev-gold and earlier label files, and held out until session 15. First measured at
    // 1de4922: status 0.860, presence F1 0.752 (precision 0.847, recall 0.676), shown F1 0.716,
    // evidence line 0.700, Spearman 0.632, MAE 4.3, background 0.857; last held out (a038e86):
    // 0.860, 0.756, 0.725, 0.745, 0.738, 3.95, 0.857. Its misses were read in session 16, so it is a
    // tuning set now; floors raised then from status 0.84, presence 0.73, shown 0.69, Spearman 0.72
    // (0.886, 0.825, 0.743, 0.775 then: self-described leaders, legal vetting, client calls).
    ...guards('fresh6', 'the sixth fresh labels', {
      status: 0.86,
      presence: 0.8,
      shown: 0.72,
      // Raised in session 26 from 0.75 (0.811 then: delivery practices halved without technology).
      spearman: 0.79,
    }),
    // The modern PDF and DOCX resumes, read by rolefit's readers (13 contents). First measured: status
    // 0.718, presence F1 0.775, shown F1 0.762; when these floors were first set: 0.764, 0.789, 0.846;
    // raised in session 9 (status 0.785 -> 0.826, presence F1 0.816 -> 0.865, shown F1 0.879 -> 0.920,
    // Spearman 0.388 -> 0.567 then: cost cutting, team growth, sprint work, tuning, other teams).
    // Raised in session 12 (status 0.836, presence F1 0.878, Spearman 0.660 then: senior developers'
    // track record, the lifecycle weight, phrase objects read).
    // Status on the judgements two readers gave alike (session 47, when written14, written15 and written17
    // were read a second time): 0.849 over the five open twice-read sets, 0.794 over the two held-out ones.
    {
      figure: 'twice-read open sets status where both readers agree',
      min: 0.84,
      why: 'guard: status where two readers agree, open sets',
    },
    {
      figure: 'twice-read held-out sets status where both readers agree',
      min: 0.78,
      why: 'guard: status where two readers agree, held-out sets',
    },
    { figure: 'pdf status accuracy', min: 0.82, why: 'guard: the PDF resumes, status' },
    // Presence raised in session 13 from 0.86 (0.884 then: both matcher paths followed).
    { figure: 'pdf presence F1', min: 0.87, why: 'guard: the PDF resumes, evidence found' },
    { figure: 'pdf shown F1', min: 0.89, why: 'guard: the PDF resumes, shown' },
    { figure: 'pdf score Spearman', min: 0.62, why: "guard: the PDF resumes, scores in the readers' order" },
    // Set in session 15, when it reached the target (0.769: the role held now names the background).
    { figure: 'pdf background accuracy', min: 0.75, why: 'target: background as readers named it (0.75)' },
    {
      figure: 'pdf quotes found in the read text',
      min: 0.98,
      why: 'the readers keep the words a person quoted (100% when set)',
    },
    {
      figure: 'pdf layouts scored alike',
      min: 1,
      why: 'one resume in several layouts (nine RenderCV themes, PDF and DOCX) gets one score',
    },
  ];
  return out;
};

export default evaluation;

/** The four guard floors of a label set the rules were not tuned on first: status, presence, shown, rank. */
function guards(
  set: string,
  labels: string,
  min: { status: number; presence: number; shown: number; spearman: number },
): Array<{ figure: string; min: number; why: string }> {
  return [
    { figure: `${set} status accuracy`, min: min.status, why: `guard: ${labels}, status` },
    { figure: `${set} presence F1`, min: min.presence, why: `guard: ${labels}, evidence found` },
    { figure: `${set} shown F1`, min: min.shown, why: `guard: ${labels}, shown` },
    {
      figure: `${set} score Spearman`,
      min: min.spearman,
      why: `guard: ${labels}, scores ordered as the reader did`,
    },
  ];
}
