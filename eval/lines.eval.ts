// Evidence line by line, against duties labelled by hand: O*NET task statements (real duties of
// every kind of job, written by another hand than any resume here), each read as one bullet of a
// job in a resume and labelled with eval/gold/labels-lines/README.md's reading of the guide.
// `npm run eval -- lines`; ROLEFIT_LINES_VERBOSE=1 prints the tuning half's misses.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeResume } from '../src/core/analysis/analyze.ts';
import type { RequirementStatus } from '../src/core/analysis/report.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

const LABELS = join(dirname(fileURLToPath(import.meta.url)), 'gold', 'labels-lines', 'onet-tasks.tsv');
const TASKS = join('taxonomy', 'onet-29.3', 'Task Statements.txt');

/** One labelled duty: the requirements a reader judged it to show, and those it shows in part. */
export interface LineLabel {
  taskId: string;
  shown: string[];
  partial: string[];
}

/** Parses the labels file: `task_id<TAB>shown ids<TAB>partial ids`, ids comma-separated, a header line first. */
export function parseLineLabels(tsv: string, known: ReadonlySet<string>): LineLabel[] {
  const rows = tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return rows.map((row, i) => {
    const [taskId, shown = '', partial = ''] = row.split('\t');
    const ids = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const label = { taskId: taskId!.trim(), shown: ids(shown), partial: ids(partial) };
    for (const id of [...label.shown, ...label.partial])
      if (!known.has(id)) throw new Error(`labels line ${i + 2}: unknown requirement "${id}"`);
    return label;
  });
}

/** The text of every O*NET task statement, by task id. */
function readTasks(dataDir: string): Map<string, { occupation: string; task: string }> {
  const out = new Map<string, { occupation: string; task: string }>();
  for (const line of readFileSync(join(dataDir, TASKS), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length >= 4) out.set(cols[2]!, { occupation: cols[1]!, task: cols[3]! });
  }
  return out;
}

/** The half a duty belongs to: odd task ids are held out (only their aggregate figures print). */
export const heldOut = (taskId: string) => Number(taskId) % 2 === 1;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const prf = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

const evaluation: Evaluation = async ({ dataDir }) => {
  const out: EvalOutcome = {
    name: 'Evidence line by line (labelled duties)',
    report: '',
    figures: {},
    floors: [],
  };
  if (!existsSync(join(dataDir, TASKS))) {
    out.report = `skipped: ${join(dataDir, TASKS)} not found`;
    return out;
  }
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  const known = new Set(role.requirements.map((r) => r.skill));
  const labels = parseLineLabels(readFileSync(LABELS, 'utf8'), known);
  const tasks = readTasks(dataDir);
  const verbose = process.env.ROLEFIT_LINES_VERBOSE === '1';
  const report: string[] = [];
  for (const half of ['tuning', 'held out'] as const) {
    const presence: Tally = { tp: 0, fp: 0, fn: 0 };
    const shown: Tally = { tp: 0, fp: 0, fn: 0 };
    const perReq = new Map<string, Tally>();
    let exact = 0;
    let pairs = 0;
    let n = 0;
    const misses: string[] = [];
    for (const label of labels) {
      if (heldOut(label.taskId) !== (half === 'held out')) continue;
      const found = tasks.get(label.taskId);
      if (!found) throw new Error(`labelled task ${label.taskId} is not in ${TASKS}`);
      n++;
      // The duty as a bullet of a job held in the past, under a heading, as resumes write it.
      const text = `EXPERIENCE\n${found.occupation}\nAcme Corporation, Jan 2019 - Dec 2022\n• ${found.task}\n`;
      const analysis = analyzeResume({
        document: { format: 'text', text, warnings: [] },
        role,
        taxonomy,
        asOf: { year: 2026, month: 11 },
      });
      for (const r of analysis.requirements) {
        const id = r.skill.id;
        const onLine = r.evidence.some((e) => e.line === 4);
        const ours: RequirementStatus = onLine ? r.status : 'missing';
        const gold: RequirementStatus = label.shown.includes(id)
          ? 'shown'
          : label.partial.includes(id)
            ? 'partial'
            : 'missing';
        pairs++;
        if (ours === gold) exact++;
        const t = perReq.get(id) ?? { tp: 0, fp: 0, fn: 0 };
        for (const tally of [presence, t]) {
          if (ours !== 'missing' && gold !== 'missing') tally.tp++;
          else if (ours !== 'missing') tally.fp++;
          else if (gold !== 'missing') tally.fn++;
        }
        perReq.set(id, t);
        if (ours === 'shown' && gold === 'shown') shown.tp++;
        else if (ours === 'shown') shown.fp++;
        else if (gold === 'shown') shown.fn++;
        if (verbose && half === 'tuning' && (ours === 'missing') !== (gold === 'missing'))
          misses.push(`${ours === 'missing' ? 'MISS' : 'FALSE'} ${id} (${gold}): ${found.task}`);
      }
    }
    const key = half === 'tuning' ? 'lines tuning' : 'lines held-out';
    const p = prf(presence);
    Object.assign(out.figures, {
      [`${key} presence precision`]: p.p,
      [`${key} presence recall`]: p.r,
      [`${key} presence F1`]: p.f1,
      [`${key} shown F1`]: prf(shown).f1,
      [`${key} status accuracy`]: exact / Math.max(1, pairs),
    });
    report.push(
      `${half}: ${n} duties × ${known.size} requirements = ${pairs} judgements; ${presence.tp + presence.fn} have evidence by the labels.`,
    );
    if (half === 'tuning') {
      report.push(
        `presence recall / precision per requirement: ${[...perReq.entries()]
          .map(([id, t]) => [id, prf(t)] as const)
          .sort((a, b) => a[1].r - b[1].r)
          .map(([id, v]) => `${id} ${v.r.toFixed(2)}/${v.p.toFixed(2)} (${perReqCount(perReq.get(id)!)})`)
          .join(', ')}`,
      );
      if (verbose) report.push('', ...misses, '');
    }
  }
  out.report = report.join('\n');
  // Guards at the first figures of session 13's pattern families (tuning 0.472 / 0.744, held out
  // 0.371 / 0.590): evidence found on duties of every kind of job must not fall back.
  out.floors.push(
    { figure: 'lines tuning presence recall', min: 0.46, why: 'guard: labelled duties, evidence found' },
    { figure: 'lines tuning presence precision', min: 0.72, why: 'guard: labelled duties, evidence right' },
    { figure: 'lines held-out presence recall', min: 0.36, why: 'guard: held-out duties, evidence found' },
    { figure: 'lines held-out presence precision', min: 0.57, why: 'guard: held-out duties, evidence right' },
  );
  return out;
};

const perReqCount = (t: Tally) => `${t.tp + t.fn} labelled`;

export default evaluation;
