// Posting audit: (a) content-family accuracy with the title withheld; (b) retitle test — developer postings
// titled "Technical Project Manager" must come out disguised, project/program manager postings must not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { auditPosting } from '../src/core/audit/audit.ts';
import type { RoleFamily } from '../src/core/audit/families.ts';
import { htmlToText } from '../src/core/audit/html.ts';
import type { Verdict } from '../src/core/audit/verdict.ts';
import type { Evaluation } from './types.ts';

interface Posting {
  source: string;
  id: string;
  title: string;
  text: string;
}

/** Split: about 30% of postings (by a hash of source + id) were looked at while writing cues; the rest is held out. */
const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const isTuning = (p: Posting): boolean => fnv(`${p.source}:${p.id}`) % 10 < 3;

// Title → family, only for titles that leave no doubt; everything else is left out of (a).
const TITLE_LABELS: Array<[RoleFamily, RegExp]> = [
  [
    'technical-program-management',
    /\btechnical (?:project|program|programme) manager\b|\bIT project manager\b/i,
  ],
  ['agile-delivery', /\bscrum master\b|\bagile coach\b/i],
  [
    'project-management',
    /^(?!.*\b(?:product|intern|engineer|architect|designer|superintendent)\b).*\b(?:project|program|programme) manager\b/i,
  ],
  ['product-management', /^(?!.*\b(?:engineer|marketing|specialist)\b).*\bproduct (?:manager|owner)\b/i],
  [
    'engineering-management',
    /\b(?:software )?engineering manager\b|\bdirector of engineering\b|\bVP of engineering\b/i,
  ],
  [
    'qa-test',
    /\b(?:QA|quality assurance|software test|test automation)\b.*\b(?:engineer|analyst|specialist)\b|\btester\b|\bengineer in test\b|\bSDET\b/i,
  ],
  ['devops-sre', /\bdevops\b|\bsite reliability\b|\bSRE\b/i],
  ['data', /\bdata (?:engineer|scientist|analyst)\b|\bmachine learning engineer\b/i],
  ['business-analysis', /\bbusiness (?:systems )?analyst\b/i],
  [
    'software-development',
    /^(?!.*\b(?:manager|sales|test|QA|data|devops|reliability|support|intern)\b).*\b(?:software (?:engineer|developer)|(?:full[- ]?stack|back[- ]?end|front[- ]?end|web|mobile|ios|android|java|python|\.net|dotnet|php|salesforce) (?:engineer|developer)|developer)\b/i,
  ],
];
const HN_LABELS: Record<string, RoleFamily> = {
  'Software Engineer': 'software-development',
  'Senior Software Engineer': 'software-development',
  'Full Stack Engineer': 'software-development',
  'Backend Engineer': 'software-development',
  'Frontend Engineer': 'software-development',
  'Mobile Engineer': 'software-development',
  'DevOps / SRE': 'devops-sre',
  'Data Engineer': 'data',
  'Data Scientist': 'data',
  'Engineering Manager': 'engineering-management',
  'Product Manager': 'product-management',
};
const HN_DEVELOPER_ROLES = new Set([
  'Software Engineer',
  'Senior Software Engineer',
  'Full Stack Engineer',
  'Backend Engineer',
  'Frontend Engineer',
  'Mobile Engineer',
  'Staff Engineer',
  'DevOps / SRE',
]);

/** Role nouns are masked in (b) so the verdict has to rest on duties and requirements. */
const ROLE_NOUNS =
  /\b(?:(?:technical |IT )?(?:project|program|programme|product|delivery|engineering) managers?|scrum masters?|TPMs?|engineers?|developers?|programmers?|testers?|SWEs?|architects?)\b/gi;
const mask = (text: string): string => text.replace(ROLE_NOUNS, '[role]');

const TPM_TITLE = 'Technical Project Manager';
/** Postings shorter than this (after the header line) are too thin to judge. */
const MIN_WORDS = 150;

type Row = Record<string, string>;
const readCsv = (path: string): Row[] =>
  parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Row[];

async function loadPostings(dataDir: string): Promise<{ all: Posting[]; hnRoles: Map<string, string> }> {
  const dir = join(dataDir, 'postings');
  const all: Posting[] = [];
  readCsv(join(dir, 'google-job-skills.csv')).forEach((r, i) => {
    const text = `Responsibilities\n${r.Responsibilities ?? ''}\n\nMinimum qualifications\n${r['Minimum Qualifications'] ?? ''}\n\nPreferred qualifications\n${r['Preferred Qualifications'] ?? ''}`;
    all.push({ source: 'google', id: String(i), title: r.Title ?? '', text });
  });
  for (const r of readCsv(join(dir, 'linkedin-sample-1000.csv'))) {
    all.push({ source: 'linkedin', id: r.job_id ?? '', title: r.title ?? '', text: r.description ?? '' });
  }
  const hnRoles = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'hn-whoishiring.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { id: number; llm_role: string; text_html: string };
    // The first line is a header naming the roles: it is the title here, not content.
    const text = htmlToText(r.text_html).split('\n').slice(1).join('\n');
    hnRoles.set(String(r.id), r.llm_role);
    all.push({ source: 'hn', id: String(r.id), title: r.llm_role, text });
  }
  for (const f of readdirSync(join(dir, 'resume-matcher-jds'))
    .filter((f) => f.endsWith('.docx'))
    .sort()) {
    const { value } = await mammoth.extractRawText({
      buffer: readFileSync(join(dir, 'resume-matcher-jds', f)),
    });
    const lines = value.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    all.push({
      source: 'docx',
      id: f,
      title: f.replace(/\.docx$/, '').replace(/_/g, ' '),
      text: lines.slice(first + 1).join('\n'),
    });
  }
  for (const f of readdirSync(join(dir, 'uk-dfe-role-jds'))
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const md = readFileSync(join(dir, 'uk-dfe-role-jds', f), 'utf8');
    const [head, ...rest] = md.split('\n');
    all.push({
      source: 'dfe',
      id: f,
      title: (head ?? '').replace(/^#+\s*/, ''),
      text: htmlToText(rest.join('\n')),
    });
  }
  return { all, hnRoles };
}

function labelOf(p: Posting): RoleFamily | undefined {
  if (p.source === 'hn') return HN_LABELS[p.title];
  if (/\bintern\b/i.test(p.title)) return undefined;
  return TITLE_LABELS.find(([, re]) => re.test(p.title))?.[0];
}

// Title-free exclusions: "business developer" and friends are not software jobs.
const MANAGER_WORDS =
  /\b(?:project|program|programme|product|delivery) manag(?:er|ement)\b|\bscrum master\b/i;
const MANAGER_TITLE = /\b(?:project|program|programme) manager\b|\bscrum master\b|\bTPM\b/i;

/** Which side of the retitle test a posting is on, or undefined when it is on neither. */
function retitleTruth(p: Posting): 'developer' | 'manager' | undefined {
  if (p.source === 'hn') {
    // Posts that also advertise a manager role are not clean developer postings.
    return HN_DEVELOPER_ROLES.has(p.title) && !MANAGER_WORDS.test(p.text) ? 'developer' : undefined;
  }
  if (
    p.source === 'linkedin' &&
    /\b(?:business|content|creative|learning experience) developer\b/i.test(p.title)
  )
    return undefined;
  if (MANAGER_TITLE.test(p.title) && !/\bintern\b/i.test(p.title)) return 'manager';
  if (p.source === 'google' && p.title !== '' && /^program management$/i.test(p.title)) return 'manager';
  const label = labelOf(p);
  if (label === 'software-development' || label === 'devops-sre') return 'developer';
  return undefined;
}

const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function table(rows: string[], cols: string[], cell: (r: string, c: string) => number): string {
  const w = Math.max(...rows.map((r) => r.length), 12);
  const head = `${''.padEnd(w)} ${cols.map((c) => c.slice(0, 10).padStart(10)).join(' ')}`;
  return [
    head,
    ...rows.map((r) => `${r.padEnd(w)} ${cols.map((c) => String(cell(r, c)).padStart(10)).join(' ')}`),
  ].join('\n');
}

const evaluation: Evaluation = async ({ dataDir }) => {
  const { all } = await loadPostings(dataDir);
  const lines: string[] = [];
  const figures: Record<string, number> = {};

  // (a) content family, title withheld
  const labelled = all.flatMap((p) => {
    const label = labelOf(p);
    return label === undefined || p.text.trim() === '' ? [] : [{ p, label }];
  });
  const familyRuns = labelled.map(({ p, label }) => {
    const plain = auditPosting({ text: p.text });
    const masked = auditPosting({ text: mask(p.text) });
    return {
      p,
      label,
      got: plain.ok ? plain.value.content.family : 'other',
      gotMasked: masked.ok ? masked.value.content.family : 'other',
    };
  });
  const acc = (runs: typeof familyRuns, key: 'got' | 'gotMasked'): number =>
    runs.filter((r) => r[key] === r.label).length / runs.length;
  const heldA = familyRuns.filter((r) => !isTuning(r.p));
  const tuneA = familyRuns.filter((r) => isTuning(r.p));
  figures.family_accuracy_heldout = acc(heldA, 'got');
  figures.family_accuracy_heldout_masked = acc(heldA, 'gotMasked');
  figures.family_accuracy_tuning = acc(tuneA, 'got');
  figures.family_n_heldout = heldA.length;
  const substantive = heldA.filter((r) => r.p.text.split(/\s+/).filter(Boolean).length >= MIN_WORDS);
  figures.family_accuracy_heldout_substantive = acc(substantive, 'got');
  figures.family_n_heldout_substantive = substantive.length;
  lines.push('(a) content family vs. title-derived label (title withheld); held-out rows');
  const fams = [...new Set(heldA.map((r) => r.label))].sort();
  const gotFams = [...new Set([...fams, ...heldA.map((r) => r.got)])].sort();
  lines.push(table(fams, gotFams, (r, c) => heldA.filter((x) => x.label === r && x.got === c).length));
  for (const f of fams) {
    const mine = heldA.filter((r) => r.label === f);
    lines.push(`  ${f.padEnd(30)} n=${String(mine.length).padStart(4)}  accuracy ${pct(acc(mine, 'got'))}`);
  }

  // (b) retitle test
  // Many HN posts are a company pitch and a link with no duties at all; those cannot be judged and are reported apart.
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  const candidates = all.flatMap((p) => {
    const truth = retitleTruth(p);
    return truth === undefined || p.text.trim() === '' ? [] : [{ p, truth }];
  });
  const cases = candidates.filter((c) => words(c.p.text) >= MIN_WORDS);
  const thin = candidates.filter((c) => words(c.p.text) < MIN_WORDS);
  const runs = cases.map(({ p, truth }) => {
    const r = auditPosting({ text: mask(p.text), title: TPM_TITLE });
    const verdict: Verdict = r.ok ? r.value.verdict.verdict : 'not-tpm';
    return { p, truth, verdict, share: r.ok ? r.value.verdict.handsOnShare : 0 };
  });
  const score = (set: typeof runs, prefix: string): void => {
    const tp = set.filter((r) => r.truth === 'developer' && r.verdict === 'disguised-developer').length;
    const fp = set.filter((r) => r.truth === 'manager' && r.verdict === 'disguised-developer').length;
    const fn = set.filter((r) => r.truth === 'developer' && r.verdict !== 'disguised-developer').length;
    figures[`${prefix}_precision`] = tp / (tp + fp);
    figures[`${prefix}_recall`] = tp / (tp + fn);
    figures[`${prefix}_n_developer`] = tp + fn;
    figures[`${prefix}_n_manager`] = set.filter((r) => r.truth === 'manager').length;
  };
  const heldB = runs.filter((r) => !isTuning(r.p));
  const thinRuns = thin.map(({ p, truth }) => {
    const r = auditPosting({ text: mask(p.text), title: TPM_TITLE });
    return { truth, verdict: r.ok ? r.value.verdict.verdict : 'not-tpm' };
  });
  figures.retitle_thin_n = thinRuns.length;
  figures.retitle_thin_recall =
    thinRuns.filter((r) => r.truth === 'developer' && r.verdict === 'disguised-developer').length /
    Math.max(1, thinRuns.filter((r) => r.truth === 'developer').length);
  score(heldB, 'retitle_heldout');
  score(
    runs.filter((r) => isTuning(r.p)),
    'retitle_tuning',
  );
  const tpmNeg = heldB.filter(
    (r) => r.truth === 'manager' && /technical program|technical project|\bTPM\b/i.test(r.p.title),
  );
  figures.retitle_heldout_tpm_not_disguised =
    tpmNeg.filter((r) => r.verdict !== 'disguised-developer').length / tpmNeg.length;
  lines.push(
    '',
    `(b) retitle test: body role nouns masked, title "${TPM_TITLE}"; held-out rows (positive = disguised-developer)`,
  );
  const verdicts: Verdict[] = ['genuine', 'hybrid', 'disguised-developer', 'not-tpm'];
  const groups = (r: (typeof runs)[number]): string =>
    r.truth === 'developer'
      ? `developer/${r.p.source}`
      : /technical|TPM|\bIT\b/i.test(r.p.title)
        ? 'manager/TPM-titled'
        : `manager/${r.p.source}`;
  const rowsB = [...new Set(heldB.map(groups))].sort();
  lines.push(
    table(rowsB, verdicts, (row, v) => heldB.filter((x) => groups(x) === row && x.verdict === v).length),
  );
  // Tuning errors print by default (they are what to work on); held-out ones only when asked, so that
  // nobody tunes on them by reading the output (ROLEFIT_EVAL_HELDOUT=1).
  const wrong = (r: (typeof runs)[number]) =>
    (r.truth === 'manager') === (r.verdict === 'disguised-developer');
  const row = (r: (typeof runs)[number]) =>
    `  ${r.truth.padEnd(9)} ${r.verdict.padEnd(20)} share=${r.share.toFixed(2)} ${r.p.source}:${r.p.id} ${r.p.title.slice(0, 60)}`;
  const tuningWrong = runs.filter((x) => isTuning(x.p) && wrong(x));
  lines.push('', `tuning errors (${tuningWrong.length}), first 15:`, ...tuningWrong.slice(0, 15).map(row));
  const tuningFamilyWrong = tuneA.filter((x) => x.got !== x.label);
  lines.push(
    `tuning family errors (${tuningFamilyWrong.length}), first 15:`,
    ...tuningFamilyWrong
      .slice(0, 15)
      .map((r) => `  family ${r.label} -> ${r.got}  ${r.p.source}:${r.p.id} ${r.p.title.slice(0, 60)}`),
  );
  const heldWrong = heldB.filter(wrong);
  if (process.env.ROLEFIT_EVAL_HELDOUT === '1') {
    lines.push('', `held-out errors (${heldWrong.length}):`, ...heldWrong.map(row));
  } else {
    lines.push('', `held-out errors: ${heldWrong.length} (not listed; ROLEFIT_EVAL_HELDOUT=1 lists them)`);
  }

  return {
    name: 'posting audit',
    report: lines.join('\n'),
    figures,
    floors: [
      {
        figure: 'retitle_heldout_precision',
        min: 0.99,
        why: `measured 1.0 (0.995 before the steering-verb rule kept Google's SRE TPM out) on held-out rows (${figures.retitle_heldout_n_developer} developer, ${figures.retitle_heldout_n_manager} manager postings)`,
      },
      {
        figure: 'retitle_heldout_recall',
        min: 0.9,
        why: `measured 0.925 on ${figures.retitle_heldout_n_developer} held-out developer postings`,
      },
      {
        figure: 'retitle_heldout_tpm_not_disguised',
        min: 0.95,
        why: 'measured 1.0 on 12 (0.917 before the steering-verb rule): genuine TPM postings that mention code',
      },
      {
        figure: 'family_accuracy_heldout',
        min: 0.55,
        why: `measured 0.578 on ${figures.family_n_heldout} held-out postings; below target, thin HN posts dominate`,
      },
      {
        figure: 'family_accuracy_heldout_substantive',
        min: 0.62,
        why: `measured 0.642 on ${figures.family_n_heldout_substantive} held-out postings of 150+ words`,
      },
    ],
  };
};

export default evaluation;
