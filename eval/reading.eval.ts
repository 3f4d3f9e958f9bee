// Does rolefit read what is printed? Invented resumes (eval/reading/resumes.ts) are laid out by
// several HTML/CSS templates (eval/reading/templates.ts), printed to PDF by Chromium, and written
// as Word documents; each is read back by rolefit's readers and structure step and compared with
// the content it was made from. Nothing here is held out: the point is to see every failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResume } from '../src/core/analysis/analyze.ts';
import type { YearMonth } from '../src/core/resume/dates.ts';
import { type ResumeStructure, readStructure } from '../src/core/resume/structure.ts';
import { bundledTaxonomy, findRole } from '../src/data/bundled.ts';
import { readDocument } from '../src/readers/index.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../test/chromium.ts';
import { type DocxBlock, makeDocx } from '../test/fixtures/make-docx.ts';
import { uniqueResumes } from './datasets.ts';
import { hyphenDecisions } from './reading/hyphen-decisions.ts';
import { RESUMES, type SyntheticResume, type TruthPosition } from './reading/resumes.ts';
import {
  DOCX_DATE_COLUMN_LAYOUT,
  DOCX_HEADER_LAYOUT,
  DOCX_LAYOUT,
  DOCX_TABLE_LAYOUT,
  type HeadingKind,
  TEMPLATES,
  type Template,
} from './reading/templates.ts';
import type { EvalOutcome, Evaluation } from './types.ts';

const AS_OF = { year: 2026, month: 11 };
const KINDS: HeadingKind[] = ['summary', 'experience', 'education', 'certifications', 'skills'];

/** Lower case, letters and digits only: compares text whatever spacing, glyphs or hyphens. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
/** Lower case words separated by single spaces. */
const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What scoring needs of a template (the DOCX writer has the same fields, without render). */
type Layout = Omit<Template, 'render'>;

/** What one document scored; counts, so templates and the whole corpus add up the same way. */
interface Tally {
  documents: number;
  read: number;
  pages: number;
  headings: number;
  headingsRight: number;
  truthPositions: number;
  foundPositions: number;
  positionsRight: number;
  fields: Record<'title' | 'organisation' | 'start' | 'end', number>;
  education: number;
  educationFound: number;
  certifications: number;
  certificationsFound: number;
  /** The name and the headline, wherever the layout put them (a Word page header too). */
  identity: number;
  identityFound: number;
  bullets: number;
  bulletsAttached: number;
  sidebarLines: number;
  mixedLines: number;
  lines: number;
  splitWords: number;
  linesWithSplitWords: number;
  /** Words of the resume read as one ("crossfunctional" for "cross-functional", "database" for "data base"). */
  runTogether: number;
  failures: string[];
}

const emptyTally = (): Tally => ({
  documents: 0,
  read: 0,
  pages: 0,
  headings: 0,
  headingsRight: 0,
  truthPositions: 0,
  foundPositions: 0,
  positionsRight: 0,
  fields: { title: 0, organisation: 0, start: 0, end: 0 },
  education: 0,
  educationFound: 0,
  certifications: 0,
  certificationsFound: 0,
  identity: 0,
  identityFound: 0,
  bullets: 0,
  bulletsAttached: 0,
  sidebarLines: 0,
  mixedLines: 0,
  lines: 0,
  splitWords: 0,
  linesWithSplitWords: 0,
  runTogether: 0,
  failures: [],
});

function add(into: Tally, t: Tally): void {
  for (const key of Object.keys(t) as Array<keyof Tally>) {
    if (key === 'failures') into.failures.push(...t.failures);
    else if (key === 'fields')
      for (const f of Object.keys(t.fields) as Array<keyof Tally['fields']>) into.fields[f] += t.fields[f];
    else (into[key] as number) += t[key] as number;
  }
}

const sameDate = (
  truth: YearMonth | 'present' | undefined,
  got: YearMonth | 'present' | undefined,
  months: boolean,
) => {
  if (truth === undefined || truth === 'present' || got === 'present' || got === undefined)
    return truth === got;
  return truth.year === got.year && (!months || truth.month === got.month);
};
const showDate = (d: YearMonth | 'present' | undefined) =>
  d === undefined
    ? '?'
    : d === 'present'
      ? 'present'
      : d.month
        ? `${d.year}-${String(d.month).padStart(2, '0')}`
        : `${d.year}`;

type Found = ResumeStructure['positions'][number];

function fieldsRight(truth: TruthPosition, got: Found, months: boolean) {
  const org = words(got.organisation ?? '');
  const truthOrg = words(truth.organisation ?? '');
  return {
    title: words(got.title ?? '') === words(truth.title),
    // The organisation with its location appended ("Acme, Denver, CO") is still the organisation.
    organisation:
      org === truthOrg ||
      (truth.location !== undefined && org === words(`${truth.organisation} ${truth.location}`)),
    start: sameDate(truth.start, got.start, months),
    end: sameDate(truth.end, got.end, months),
  };
}

/** Each physical line squashed, concatenated, with the line each character came from. */
function lineIndex(lines: readonly string[]) {
  let text = '';
  const lineOf: number[] = [];
  lines.forEach((l, k) => {
    const s = squash(l);
    text += s;
    for (let i = 0; i < s.length; i++) lineOf.push(k + 1);
  });
  /** 1-based line range holding `needle`, or undefined when the text is not there. */
  const find = (needle: string): [number, number] | undefined => {
    const s = squash(needle);
    const at = text.indexOf(s);
    return at < 0 || s.length === 0 ? undefined : [lineOf[at]!, lineOf[at + s.length - 1]!];
  };
  return find;
}

function score(r: SyntheticResume, layout: Layout, lines: string[], structure: ResumeStructure): Tally {
  const t = emptyTally();
  const fail = (what: string) => t.failures.push(`${r.id}: ${what}`);
  t.lines = lines.filter((l) => l.trim()).length;

  // Sections: each printed heading found as a section of its kind.
  for (const kind of KINDS) {
    t.headings++;
    const heading = layout.headings[kind];
    const hit = structure.sections.find((s) => squash(s.heading) === squash(heading));
    if (hit?.kind === kind) t.headingsRight++;
    else fail(`heading "${heading}" ${hit ? `read as ${hit.kind}` : 'not found as a heading'}`);
  }

  // Positions: each truth position paired with the found position agreeing on most fields.
  const found = structure.positions.filter((p) => p.section === 'experience');
  t.truthPositions += r.positions.length;
  t.foundPositions += found.length;
  const matched = new Map<TruthPosition, Found>();
  const used = new Set<Found>();
  for (const truth of r.positions) {
    let best: Found | undefined;
    let bestCount = 0;
    for (const got of found) {
      if (used.has(got)) continue;
      const n = Object.values(fieldsRight(truth, got, layout.months)).filter(Boolean).length;
      if (n > bestCount) [best, bestCount] = [got, n];
    }
    const label = `"${truth.title} — ${truth.organisation ?? '?'} (${showDate(truth.start)}–${showDate(truth.end)})"`;
    if (!best) {
      fail(`position ${label} not found`);
      continue;
    }
    used.add(best);
    matched.set(truth, best);
    const right = fieldsRight(truth, best, layout.months);
    for (const f of Object.keys(right) as Array<keyof typeof right>) if (right[f]) t.fields[f]++;
    if (Object.values(right).every(Boolean)) t.positionsRight++;
    else
      fail(
        `position ${label} read as "${best.title ?? '?'} — ${best.organisation ?? '?'} (${showDate(best.start)}–${showDate(best.end)})" [wrong: ${Object.entries(
          right,
        )
          .filter(([, ok]) => !ok)
          .map(([f]) => f)
          .join(', ')}]`,
      );
  }
  for (const got of found)
    if (!used.has(got))
      fail(
        `extra position "${got.title ?? '?'} — ${got.organisation ?? '?'}" (lines ${got.startLine}–${got.endLine})`,
      );

  // Education and certifications: found when the degree and institution (the name) are read.
  for (const e of r.education) {
    t.education++;
    const ok = structure.education.some(
      (g) =>
        squash(`${g.degree ?? ''}${g.institution ?? ''}`).includes(squash(e.degree)) &&
        squash(`${g.degree ?? ''}${g.institution ?? ''}`).includes(squash(e.institution)),
    );
    if (ok) t.educationFound++;
    else
      fail(
        `education "${e.degree}, ${e.institution}" not found (read: ${structure.education.map((g) => `"${g.degree ?? '?'} | ${g.institution ?? '?'}"`).join('; ') || 'none'})`,
      );
  }
  for (const c of r.certifications) {
    t.certifications++;
    // "(PMP)" after a name is optional; a name split into name and issuer still counts, two
    // certifications run into one entry do not (only the first is read).
    const name = squash(c.name.replace(/\([^)]*\)/g, ''));
    if (
      structure.certifications.some((g) =>
        squash(`${g.name.replace(/\([^)]*\)/g, '')}${g.issuer ?? ''}`).startsWith(name),
      )
    )
      t.certificationsFound++;
    else
      fail(
        `certification "${c.name}" not found (read: ${structure.certifications.map((g) => `"${g.name}"`).join('; ') || 'none'})`,
      );
  }

  // The name and the headline: in the text, whether the layout printed them in the body or in a page header.
  const all = squash(lines.join(' '));
  for (const [what, value] of [
    ['name', r.name],
    ...(layout.noHeadline ? [] : [['headline', r.headline] as const]),
  ] as const) {
    t.identity++;
    if (all.includes(squash(value))) t.identityFound++;
    else fail(`${what} "${value}" not read`);
  }

  // Bullets: each bullet's text lies inside the line range of the position it belongs to.
  const find = lineIndex(lines);
  for (const truth of r.positions) {
    const got = matched.get(truth);
    for (const b of truth.bullets) {
      t.bullets++;
      const at = find(b);
      if (at && got && got.startLine <= at[0] && at[1] <= got.endLine) t.bulletsAttached++;
      else
        fail(
          `bullet "${b.slice(0, 40)}…" ${
            !at
              ? 'not found in the text as one run (split or reordered)'
              : !got
                ? 'belongs to a position not found'
                : `at lines ${at[0]}–${at[1]} outside its position (${got.startLine}–${got.endLine})`
          }`,
        );
    }
  }

  // Column mixing: no line holds words found only in the sidebar and words found only in the main column.
  if (layout.sidebar) {
    const sideText: string[] = [];
    for (const kind of layout.sidebar) {
      sideText.push(layout.headings[kind]);
      if (kind === 'skills') sideText.push(...r.skills);
      if (kind === 'education') for (const e of r.education) sideText.push(e.degree, e.institution);
      if (kind === 'certifications') for (const c of r.certifications) sideText.push(c.name, c.issuer ?? '');
    }
    const mainText = [
      r.summary,
      ...KINDS.filter((k) => !layout.sidebar!.includes(k)).map((k) => layout.headings[k]),
      ...r.positions.flatMap((p) => [p.title, p.organisation ?? '', ...p.bullets]),
    ];
    const vocab = (xs: string[]) =>
      new Set(xs.flatMap((x) => words(x).split(' ')).filter((w) => w.length >= 4));
    // The full-width header above both columns belongs to neither.
    const header = vocab([r.name, r.headline, r.email, r.phone, r.city]);
    const side = new Set([...vocab(sideText)].filter((w) => !header.has(w)));
    const main = new Set([...vocab(mainText)].filter((w) => !header.has(w)));
    const sideOnly = [...side].filter((w) => !main.has(w));
    const mainOnly = new Set([...main].filter((w) => !side.has(w)));
    const sideSet = new Set(sideOnly);
    lines.forEach((l, k) => {
      const ws = words(l).split(' ');
      const s = ws.filter((w) => sideSet.has(w));
      const m = ws.filter((w) => mainOnly.has(w));
      if (s.length > 0) t.sidebarLines++;
      if (s.length > 0 && m.length > 0) {
        t.mixedLines++;
        fail(`line ${k + 1} mixes columns: "${l.trim().slice(0, 90)}"`);
      }
    });
  }

  // Rejoining words at line ends must not join two: no word read is two consecutive words of the
  // resume run together (a compound that lost its hyphen, or two words that lost their space).
  {
    const all = words(
      [
        r.name,
        r.headline,
        r.city,
        r.summary,
        ...r.skills,
        ...r.positions.flatMap((p) => [p.title, p.organisation ?? '', p.location ?? '', ...p.bullets]),
        ...r.education.flatMap((e) => [e.degree, e.institution]),
        ...r.certifications.flatMap((c) => [c.name, c.issuer ?? '']),
      ].join(' \n '),
    ).split(' ');
    const known = new Set(all);
    const pairs = new Set(all.slice(1).map((w, k) => all[k]! + w));
    lines.forEach((line, k) => {
      for (const w of words(line).split(' '))
        if (!known.has(w) && pairs.has(w)) {
          t.runTogether++;
          fail(`line ${k + 1}: "${w}" runs two words together`);
        }
    });
  }

  // Hyphenation: no fragment followed by a hyphen (at a line end or left mid-line when lines were
  // joined) that, joined to the next word, is a word of the resume.
  if (layout.hyphenates) {
    const all = [
      r.summary,
      ...r.skills,
      ...r.positions.flatMap((p) => [p.title, p.organisation ?? '', ...p.bullets]),
    ].join(' ');
    const known = new Set(words(all).split(' '));
    const splitLines = new Set<number>();
    lines.forEach((line, k) => {
      const here = k + 1 < lines.length ? `${line}\n${lines[k + 1]!.trimStart()}` : line;
      for (const m of here.matchAll(/(\p{L}+)[-\u00AD\u2010][ \t]*\n?[ \t]*(\p{L}+)/gu)) {
        if ((m.index ?? 0) >= line.length) break;
        const joined = (m[1]! + m[2]!).toLowerCase();
        if (!known.has(joined) || known.has(m[1]!.toLowerCase())) continue;
        t.splitWords++;
        splitLines.add(k);
        fail(`line ${k + 1}: "${m[0].replace('\n', '⏎')}" is "${joined}" split`);
      }
    });
    t.linesWithSplitWords += splitLines.size;
  }
  return t;
}

/** The PDF with its Producer written over, in place (padded or cut to the old length, so no offset moves). */
/** The PDF with an Info entry's text replaced in place (cut or padded to its length, so offsets hold). */
function withInfo(pdf: Uint8Array, entry: 'Producer' | 'Creator', value: string): Uint8Array {
  const key = new TextEncoder().encode(`/${entry} (`);
  const at = pdf.findIndex((_, i) => key.every((b, k) => pdf[i + k] === b));
  if (at < 0) return pdf;
  const from = at + key.length;
  const to = pdf.indexOf(0x29, from);
  const bytes = new TextEncoder().encode(value.padEnd(to - from).slice(0, to - from));
  const out = pdf.slice();
  out.set(bytes, from);
  return out;
}

function docxOf(r: SyntheticResume): Uint8Array {
  const h = DOCX_LAYOUT.headings;
  const half = Math.ceil(r.skills.length / 2);
  const blocks: DocxBlock[] = [
    { paragraph: r.name },
    { paragraph: `${r.headline} | ${r.email} | ${r.phone} | ${r.city}` },
    { paragraph: h.summary, style: 'Heading1' },
    { paragraph: r.summary },
    { paragraph: h.experience, style: 'Heading1' },
    ...r.positions.flatMap((p): DocxBlock[] => [
      { paragraph: [p.title, p.organisation].filter(Boolean).join(', ') },
      ...(p.end ? [{ paragraph: `${DOCX_LAYOUT.dateRange(p)}${p.location ? `, ${p.location}` : ''}` }] : []),
      ...p.bullets.map((b): DocxBlock => ({ paragraph: b, style: 'ListParagraph' })),
    ]),
    { paragraph: h.education, style: 'Heading1' },
    ...r.education.map(
      (e): DocxBlock => ({ paragraph: `${e.degree}, ${e.institution}, ${DOCX_LAYOUT.dateRange(e, false)}` }),
    ),
    { paragraph: h.certifications, style: 'Heading1' },
    ...r.certifications.map((c): DocxBlock => ({ paragraph: DOCX_LAYOUT.certLine(c) })),
    { paragraph: h.skills, style: 'Heading1' },
    { table: r.skills.slice(0, half).map((s, k) => [s, r.skills[half + k] ?? '']) },
  ];
  return makeDocx(blocks);
}

/** The Word layout with the name, headline and contacts in the page header, as many templates set them. */
function docxHeaderOf(r: SyntheticResume): Uint8Array {
  const h = DOCX_HEADER_LAYOUT.headings;
  return makeDocx(
    [
      { paragraph: h.summary, style: 'Heading1' },
      { paragraph: r.summary },
      { paragraph: h.experience, style: 'Heading1' },
      ...r.positions.flatMap((p): DocxBlock[] => [
        {
          paragraph:
            `${[p.title, p.organisation].filter(Boolean).join(' | ')}\t${DOCX_HEADER_LAYOUT.dateRange(p)}`.trimEnd(),
          bold: true,
        },
        ...p.bullets.map((b): DocxBlock => ({ paragraph: b, style: 'ListParagraph' })),
      ]),
      { paragraph: h.education, style: 'Heading1' },
      ...r.education.map(
        (e): DocxBlock => ({
          paragraph: `${e.degree}, ${e.institution}\t${DOCX_HEADER_LAYOUT.dateRange(e)}`,
        }),
      ),
      { paragraph: h.certifications, style: 'Heading1' },
      ...r.certifications.map((c): DocxBlock => ({ paragraph: DOCX_HEADER_LAYOUT.certLine(c) })),
      { paragraph: h.skills, style: 'Heading1' },
      { paragraph: r.skills.join(', ') },
    ],
    {},
    [{ paragraph: r.name, bold: true }, { paragraph: `${r.headline}\t${r.email} · ${r.phone} · ${r.city}` }],
  );
}

/** A Word résumé whose entries are table rows: the dates in a narrow left cell, the role and its bullets beside them. */
function docxDateColumnOf(r: SyntheticResume): Uint8Array {
  const h = DOCX_DATE_COLUMN_LAYOUT.headings;
  const row = (when: string, content: DocxBlock[]): DocxBlock => ({
    columns: [[{ paragraph: when }], content],
  });
  return makeDocx([
    { paragraph: r.name, bold: true },
    { paragraph: `${r.headline} — ${r.email} — ${r.phone} — ${r.city}` },
    { paragraph: h.summary, style: 'Heading1' },
    { paragraph: r.summary },
    { paragraph: h.experience, style: 'Heading1' },
    ...r.positions.map((p) =>
      row(DOCX_DATE_COLUMN_LAYOUT.dateRange(p), [
        { paragraph: [p.title, p.organisation].filter(Boolean).join(', '), bold: true },
        ...p.bullets.map((b): DocxBlock => ({ paragraph: b, style: 'ListParagraph' })),
      ]),
    ),
    { paragraph: h.education, style: 'Heading1' },
    ...r.education.map((e) =>
      row(DOCX_DATE_COLUMN_LAYOUT.dateRange(e), [{ paragraph: e.degree }, { paragraph: e.institution }]),
    ),
    { paragraph: h.certifications, style: 'Heading1' },
    ...r.certifications.map((c): DocxBlock => ({ paragraph: DOCX_DATE_COLUMN_LAYOUT.certLine(c) })),
    { paragraph: h.skills, style: 'Heading1' },
    { paragraph: r.skills.join(' · ') },
  ]);
}

function docxTableOf(r: SyntheticResume): Uint8Array {
  const h = DOCX_TABLE_LAYOUT.headings;
  const heading = (text: string): DocxBlock => ({ paragraph: text, bold: true });
  return makeDocx([
    { paragraph: r.name, bold: true },
    { paragraph: r.headline },
    {
      columns: [
        [
          { paragraph: r.email },
          { paragraph: r.phone },
          { paragraph: r.city },
          heading(h.skills),
          ...r.skills.map((s): DocxBlock => ({ paragraph: s })),
          heading(h.education),
          ...r.education.flatMap((e): DocxBlock[] => [
            { paragraph: e.degree },
            { paragraph: e.institution },
            { paragraph: DOCX_TABLE_LAYOUT.dateRange(e) },
          ]),
          heading(h.certifications),
          ...r.certifications.map((c): DocxBlock => ({ paragraph: DOCX_TABLE_LAYOUT.certLine(c) })),
        ],
        [
          heading(h.summary),
          { paragraph: r.summary },
          heading(h.experience),
          ...r.positions.flatMap((p, k): DocxBlock[] => [
            {
              paragraph:
                `${[p.title, p.organisation].filter(Boolean).join(', ')}\t${DOCX_TABLE_LAYOUT.dateRange(p)}`.trimEnd(),
            },
            ...(p.location ? [{ paragraph: p.location }] : []),
            // Bullets typed as characters: "•" in some entries, Word's Symbol bullet (U+F0B7) in others.
            ...p.bullets.map((b): DocxBlock => ({ paragraph: `${k % 2 === 0 ? '•' : '\uf0b7'}\t${b}` })),
          ]),
        ],
      ],
    },
  ]);
}

/** The kinds of a failure line, for the per-layout summary that points at what to fix. */
function kindsOf(failure: string): string[] {
  const what = failure.slice(failure.indexOf(': ') + 2);
  const wrong = what.match(/\[wrong: ([^\]]+)\]$/);
  if (wrong) return wrong[1]!.split(', ').map((f) => `position: wrong ${f}`);
  const rules: Array<[RegExp, string]> = [
    [/^heading .* read as/, 'heading read as another section'],
    [/^heading /, 'heading not found'],
    [/^position .* not found$/, 'position not found'],
    [/^extra position/, 'extra position'],
    [/^education /, 'education not found'],
    [/^certification /, 'certification not found'],
    [/^(?:name|headline) /, 'name or headline not read'],
    [/^bullet .* not found in the text/, 'bullet text split or reordered'],
    [/^bullet .* position not found/, 'bullet of a position not found'],
    [/^bullet .* outside its position/, 'bullet outside its position'],
    [/mixes columns/, 'line mixes columns'],
    [/ split$/, 'hyphenated word left split'],
    [/runs two words together$/, 'two words run together'],
  ];
  return [rules.find(([re]) => re.test(what))?.[1] ?? 'document not read'];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function figuresOf(t: Tally) {
  const precision = ratio(t.positionsRight, t.foundPositions);
  const recall = ratio(t.positionsRight, t.truthPositions);
  return {
    'documents read': ratio(t.read, t.documents),
    'section accuracy': ratio(t.headingsRight, t.headings),
    'positions precision': precision,
    'positions recall': recall,
    'positions F1': precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    'title right': ratio(t.fields.title, t.truthPositions),
    'organisation right': ratio(t.fields.organisation, t.truthPositions),
    'start right': ratio(t.fields.start, t.truthPositions),
    'end right': ratio(t.fields.end, t.truthPositions),
    'education found': ratio(t.educationFound, t.education),
    'certifications found': ratio(t.certificationsFound, t.certifications),
    'name and headline read': ratio(t.identityFound, t.identity),
    'bullets attached': ratio(t.bulletsAttached, t.bullets),
  };
}

const evaluation: Evaluation = async ({ dataDir }) => {
  const out: EvalOutcome = {
    name: 'Reading a generated corpus of known resumes',
    report: '',
    figures: {},
    floors: [],
  };
  if (!hasChromium()) {
    out.report = `skipped: ${CHROMIUM} not found (apt-get install -y chromium; bash .ci/run installs it).`;
    return out;
  }
  const byLayout = new Map<string, { layout: Layout; tally: Tally }>();
  // The analysis's score of each resume in each layout: the layout should not move it (issue 11: ±3).
  const scores = new Map<string, Map<string, number>>();
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  // ROLEFIT_READING_OUT=dir keeps every generated document and what rolefit read from it.
  const keep = process.env.ROLEFIT_READING_OUT;
  if (keep) mkdirSync(keep, { recursive: true });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const jobs: Array<{ layout: Layout; r: SyntheticResume; bytes: () => Promise<Uint8Array>; ext: string }> =
      [];
    for (const template of TEMPLATES)
      for (const r of RESUMES)
        jobs.push({
          layout: template,
          r,
          ext: 'pdf',
          bytes: async () => {
            await tab.setContent(template.render(r));
            const pdf = new Uint8Array(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
            const produced = template.producer ? withInfo(pdf, 'Producer', template.producer) : pdf;
            return template.creator ? withInfo(produced, 'Creator', template.creator) : produced;
          },
        });
    for (const r of RESUMES) jobs.push({ layout: DOCX_LAYOUT, r, ext: 'docx', bytes: async () => docxOf(r) });
    for (const r of RESUMES)
      jobs.push({ layout: DOCX_TABLE_LAYOUT, r, ext: 'docx', bytes: async () => docxTableOf(r) });
    for (const r of RESUMES)
      jobs.push({ layout: DOCX_HEADER_LAYOUT, r, ext: 'docx', bytes: async () => docxHeaderOf(r) });
    for (const r of RESUMES)
      jobs.push({ layout: DOCX_DATE_COLUMN_LAYOUT, r, ext: 'docx', bytes: async () => docxDateColumnOf(r) });
    for (const { layout, r, bytes, ext } of jobs) {
      const entry = byLayout.get(layout.id) ?? { layout, tally: emptyTally() };
      byLayout.set(layout.id, entry);
      const file = await bytes();
      const read = await readDocument(file, { filename: `${r.id}.${ext}` });
      entry.tally.documents++;
      if (keep) {
        // The document and the text read from it, numbered as failures cite lines.
        writeFileSync(join(keep, `${layout.id}.${r.id}.${ext}`), file);
        const text = read.ok ? read.value.text : `not read: ${read.error.code}`;
        const numbered = text.split(/\r?\n/).map((l, k) => `${String(k + 1).padStart(3)}  ${l}`);
        writeFileSync(join(keep, `${layout.id}.${r.id}.txt`), `${numbered.join('\n')}\n`);
      }
      if (!read.ok) {
        entry.tally.failures.push(`${r.id}: not read (${read.error.code})`);
        continue;
      }
      const lines = read.value.text.split(/\r?\n/);
      const analysed = analyzeResume({ document: read.value, role, taxonomy, asOf: AS_OF });
      const byResume = scores.get(r.id) ?? new Map<string, number>();
      byResume.set(layout.id, analysed.score ?? -1);
      scores.set(r.id, byResume);
      const t = score(r, layout, lines, readStructure(lines, { asOf: AS_OF }));
      t.documents = 0;
      t.read = 1;
      t.pages = read.value.pages ?? 0;
      add(entry.tally, t);
    }
  } finally {
    await browser.close();
  }

  const total = emptyTally();
  for (const { tally } of byLayout.values()) add(total, tally);
  // Score parity: each layout's score against the same resume's plain Word layout (the text version).
  const gaps: string[] = [];
  let within = 0;
  let compared = 0;
  let largest = 0;
  for (const [id, byLayoutScore] of scores) {
    const base = byLayoutScore.get(DOCX_LAYOUT.id);
    if (base === undefined) continue;
    for (const [layoutId, value] of byLayoutScore) {
      if (layoutId === DOCX_LAYOUT.id || byLayout.get(layoutId)?.layout.partial) continue;
      compared++;
      const gap = Math.abs(value - base);
      largest = Math.max(largest, gap);
      if (gap <= 3) within++;
      if (gap > 0) gaps.push(`${id} ${layoutId} ${value} (Word ${base})`);
    }
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const cols = [
    'section accuracy',
    'positions precision',
    'positions recall',
    'positions F1',
    'title right',
    'organisation right',
    'start right',
    'end right',
    'education found',
    'certifications found',
    'bullets attached',
  ] as const;
  const report: string[] = [
    `${RESUMES.length} invented resumes × ${TEMPLATES.length} HTML/CSS templates printed to PDF by Chromium, plus the same resumes written as Word documents; each read back by rolefit (readers + structure step, as of ${AS_OF.year}-${AS_OF.month}).`,
    '',
    `| layout | docs (pages) | ${cols.join(' | ')} | mixed lines | split words | words run together |`,
    `|---|---|${cols.map(() => '---|').join('')}---|---|---|`,
  ];
  const row = (id: string, t: Tally, layout?: Layout) => {
    const f = figuresOf(t);
    return `| ${id} | ${t.read}/${t.documents} (${t.pages}) | ${cols.map((c) => pct(f[c])).join(' | ')} | ${layout && !layout.sidebar ? '–' : `${t.mixedLines}/${t.sidebarLines}`} | ${layout && !layout.hyphenates ? '–' : t.splitWords} | ${t.runTogether} |`;
  };
  for (const [id, { layout, tally }] of byLayout) report.push(row(id, tally, layout));
  report.push(row('**all**', total));
  report.push(
    '',
    'mixed lines: lines holding words of both the sidebar and the main column / lines holding sidebar words. split words: words broken by a hyphen at a printed line end and not rejoined (left at a line end, or mid-line with the hyphen kept). words run together: words read that are two consecutive words of the resume without their hyphen or space (a compound or a line end joined as one word).',
    '',
    'Targets (issue 11): section accuracy ≥ 0.95, positions F1 ≥ 0.90 (title + organisation + start + end all right), no column mixing, 100% of bullets attached.',
    `  now: section accuracy ${figuresOf(total)['section accuracy'].toFixed(2)}, positions F1 ${figuresOf(total)['positions F1'].toFixed(2)}, mixed lines ${total.mixedLines}, bullets attached ${pct(figuresOf(total)['bullets attached'])}, split words ${total.splitWords}.`,
  );
  const limit = Number(process.env.ROLEFIT_READING_FAILURES ?? 25);
  for (const [id, { layout, tally }] of byLayout) {
    if (tally.failures.length === 0) continue;
    const kinds = new Map<string, number>();
    for (const f of tally.failures) for (const k of kindsOf(f)) kinds.set(k, (kinds.get(k) ?? 0) + 1);
    report.push('', `Failures, ${id} (${layout.features}): ${tally.failures.length}`);
    report.push(
      `  by kind: ${[...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')}`,
    );
    report.push(...tally.failures.slice(0, limit).map((f) => `  - ${f}`));
    if (tally.failures.length > limit)
      report.push(`  … ${tally.failures.length - limit} more (ROLEFIT_READING_FAILURES=1000 prints all)`);
  }
  report.push(
    '',
    `Score parity (issue 11: within ±3 points): each layout's score of a resume against the same resume's plain Word layout (not LinkedIn's, which prints only three skills); ${within} of ${compared} within 3, largest gap ${largest}.`,
    ...(gaps.length > 0 ? [`  differing: ${gaps.slice(0, limit).join('; ')}`] : []),
  );
  out.report = report.join('\n');
  out.figures['all: layouts scoring within 3 points of the Word layout'] = ratio(within, compared);
  out.figures['all: largest score gap to the Word layout'] = largest;

  for (const [k, v] of Object.entries(figuresOf(total))) out.figures[`all: ${k}`] = v;
  out.figures['all: sidebar lines not mixed with the main column'] =
    1 - ratio(total.mixedLines, total.sidebarLines);
  out.figures['all: split words left'] = total.splitWords;
  out.figures['all: words run together'] = total.runTogether;
  for (const [id, { tally }] of byLayout) {
    const f = figuresOf(tally);
    out.figures[`${id}: section accuracy`] = f['section accuracy'];
    out.figures[`${id}: positions F1`] = f['positions F1'];
    out.figures[`${id}: bullets attached`] = f['bullets attached'];
    if (byLayout.get(id)?.layout.hyphenates)
      out.figures[`${id}: lines without a split word`] = 1 - ratio(tally.linesWithSplitWords, tally.lines);
  }
  out.floors = [...FLOORS(total, byLayout.size), ...HYPHEN_FLOORS];
  out.report += `\n\n${hyphenReport(dataDir, out.figures)}`;
  return out;
};

/**
 * Words broken at a line end and compounds broken at their hyphen inside the shared dataset's
 * resumes, decided as a PDF of each kind of producer has them decided (eval/reading/hyphen-decisions.ts).
 */
function hyphenReport(dataDir: string, figures: EvalOutcome['figures']): string {
  const resumes = uniqueResumes(dataDir).unique.map((r) => r.Resume);
  const report = [
    `Line-end hyphens in the shared dataset's ${resumes.length} unique resumes (each word broken at the middle one of the places texBreaks allows, one word in three; each two-part compound broken at its hyphen; one break at a time):`,
    '| producer (whose an ASCII hyphen is without evidence) | broken words rejoined | compounds kept |',
    '|---|---|---|',
  ];
  const notes: string[] = [];
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([w, n]) => (n > 1 ? `${w} ×${n}` : w))
      .join(', ');
  for (const [mode, label] of [
    ['either', 'word processor, unknown (either)'],
    ['typesetter', 'TeX (typesetter)'],
    ['author', 'Chromium, Typst (author)'],
  ] as const) {
    const d = hyphenDecisions(resumes, mode);
    figures[`dataset hyphens, ${mode}: broken words rejoined`] = ratio(d.rejoined, d.brokenWords);
    figures[`dataset hyphens, ${mode}: compounds kept`] = ratio(d.kept, d.compounds);
    report.push(
      `| ${label} | ${d.rejoined}/${d.brokenWords} (${ratio(d.rejoined, d.brokenWords).toFixed(3)}) | ${d.kept}/${d.compounds} (${ratio(d.kept, d.compounds).toFixed(3)}) |`,
    );
    notes.push(
      `  ${mode}: compounds joined: ${top(d.joinedCompounds)}; words left broken: ${top(d.leftBroken)}`,
    );
  }
  return [...report, ...notes].join('\n');
}

/** Floors just under what was measured on 2026-12-03 (decisions are deterministic). */
const HYPHEN_FLOORS: EvalOutcome['floors'] = [
  {
    figure: 'dataset hyphens, either: broken words rejoined',
    min: 0.975,
    why: 'measured 0.980 of 6,286 words broken in the shared resumes (0.973 before "con" left the prefixes and in, over, super, un and under, which English writes closed, counted as prefixes only where the document writes them with a hyphen; 0.821 when a hyphen without evidence outside TeX was kept as the author\'s)',
  },
  {
    figure: 'dataset hyphens, either: compounds kept',
    min: 0.92,
    why: 'measured 0.921 of 403 compounds (0.931 before a closed prefix needed the document to write it with a hyphen and "con" was no prefix: "in-charge", "in-services" and the misspelt "con-current", "over-come" now join; 0.965 when every such hyphen without evidence was kept; 14 of the 32 joined are joined there too, written whole elsewhere in their resume: "coordination" beside "co-ordination")',
  },
  {
    figure: 'dataset hyphens, typesetter: broken words rejoined',
    min: 0.98,
    why: 'measured 0.983 of 6,286 words (0.985 before compounds were told by their second word; TeX PDFs)',
  },
  {
    figure: 'dataset hyphens, typesetter: compounds kept',
    min: 0.84,
    why: 'measured 0.849 of 403 compounds (0.809 before compounds were told by their second word: "award-|winning", "production-|quality"; TeX PDFs)',
  },
];

/**
 * Floors just under what was measured (first on 2026-12-02 at 0.529 positions F1; raised as the
 * readers and the structure step improve), never above. Issue 11's targets are printed in the
 * report; those met are enforced here too.
 */
function FLOORS(total: Tally, layouts: number): EvalOutcome['floors'] {
  const n = `n=${total.documents} documents (${RESUMES.length} resumes × ${layouts} layouts)`;
  return [
    { figure: 'all: documents read', min: 1, why: `every generated document must read back (${n})` },
    {
      figure: 'all: section accuracy',
      min: 0.99,
      why: `measured 1.0 over ${total.headings} headings (two-word letter-spaced headings read), ${n}; target 0.95`,
    },
    {
      figure: 'all: positions F1',
      min: 0.99,
      why: `measured 1.0 (0.993 before a range without its separator was read; 0.978 with undated entries before a title alone was read as one) over ${total.truthPositions} positions (0.529 before the organisation was taken beside the title, date columns were read row by row and titles wrapping beside their dates were joined), ${n}; target 0.90`,
    },
    {
      figure: 'all: positions recall',
      min: 0.99,
      why: `measured 0.993 over ${total.truthPositions} positions, ${n}`,
    },
    {
      figure: 'all: start right',
      min: 0.99,
      why: `measured 0.993 over ${total.truthPositions} positions, ${n}`,
    },
    {
      figure: 'all: end right',
      min: 1,
      why: `measured 1.0 over ${total.truthPositions} positions, ${n}`,
    },
    {
      figure: 'all: education found',
      min: 0.99,
      why: `measured 1.0 over ${total.education} degrees (0.950 before a degree wrapped in a sidebar and two degrees run into one line were read; 0.972 with the right-sidebar template, as for certifications), ${n}`,
    },
    {
      figure: 'all: name and headline read',
      min: 1,
      why: 'measured 1.0 over every document: the name and the headline are read wherever the layout put them (0.966 before a Word page header was read: the docx-header layout lost both)',
    },
    {
      figure: 'all: certifications found',
      min: 0.99,
      why: `measured 1.0 over ${total.certifications} certifications (0.971 before an item closed by its year and a name wrapped after its colon were read whole; 0.941 with the right-sidebar template before items set apart by a margin of about an em were read as spaced; 0.996 since the LinkedIn layout, whose sidebar wraps names with no space between items: 0.950 before a certifications list's wrapped names were read by their words), ${n}`,
    },
    {
      figure: 'all: layouts scoring within 3 points of the Word layout',
      min: 1,
      why: 'issue 11 target, met in session 20: every layout scores the same resume within 3 points of its plain Word layout (158 of 160 before a skills row of tags or of items between slashes read as a list; 0.988)',
    },
    {
      figure: 'all: largest score gap to the Word layout',
      max: 3,
      why: 'issue 11 target: ±3 points whatever the layout (measured 0 in session 20; 4 before)',
    },
    {
      figure: 'all: bullets attached',
      min: 1,
      why: `issue 11 target, met: every one of ${total.bullets} bullets lies inside its position (0.781 before), ${n}`,
    },
    {
      figure: 'all: sidebar lines not mixed with the main column',
      min: 1,
      why: `issue 11 target, met: no line mixes the columns (${total.sidebarLines} sidebar lines, 20 two-column PDFs)`,
    },
    {
      figure: 'sidebar: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 two-column PDFs (2 undated)',
    },
    {
      figure: 'right-sidebar: section accuracy',
      min: 1,
      why: 'measured 1.0 over 50 headings in 10 PDFs with an icon-font glyph before each heading (0 before glyphs without text were dropped)',
    },
    {
      figure: 'right-sidebar: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs printing an employer once with its roles under it (0 before icon glyphs were dropped; 0.967 before a promotion took the employer named above it)',
    },
    {
      figure: 'linkedin-pdf: section accuracy',
      min: 1,
      why: 'measured 1.0 over 50 headings in 10 LinkedIn "Save to PDF" profiles (sidebar beside the name)',
    },
    {
      figure: 'linkedin-pdf: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 LinkedIn profiles, an employer above its roles with the total time there (0.933 while a line giving only that time took one of the two header lines read above a title, so the employer above it was lost)',
    },
    {
      figure: 'europass: section accuracy',
      min: 1,
      why: 'measured 1.0 over 50 headings in 10 European CVs (0.6 before "About Myself" and "Digital Skills" were headings)',
    },
    {
      figure: 'europass: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 European CVs (0.067 before "City: … | Country: …" after the employer was read as a place)',
    },
    {
      figure: 'two-row-entries: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 LaTeX one-pagers ("Jake\'s resume": title and dates, then employer and place, in two rows)',
    },
    {
      figure: 'docx-dates-table: positions F1',
      min: 1,
      why: "measured 1.0 over 30 positions in 10 Word documents whose entries are table rows, dates in a left cell (0 while a row's cells were joined into one line as a table's values)",
    },
    {
      figure: 'docx-dates-table: bullets attached',
      min: 1,
      why: 'measured 1.0 in 10 Word documents with list bullets in a table cell beside the dates (0 before)',
    },
    {
      figure: 'left-labels: section accuracy',
      min: 1,
      why: 'measured 1.0 over 50 headings in 10 PDFs whose section labels sit in a left column beside their content (0 before such labels were lifted to lines of their own)',
    },
    {
      figure: 'left-labels: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs printing "Title · Employer, City" (0 before the labels were lifted; 0.633 before "Employer, City" after a title was read as the employer and its city, and "Data Engineer II" kept its level)',
    },
    {
      figure: 'timeline: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs with dates stacked in a timeline column and › bullets (one of the 30 missed, with its 2 bullets, before › and » were read as bullets: an undated title above them was no entry)',
    },
    {
      figure: 'timeline: bullets attached',
      min: 1,
      why: 'measured 1.0 in 10 PDFs with › bullets (2 bullets not attached before › was read as a bullet)',
    },
    {
      figure: 'docx-table: section accuracy',
      min: 1,
      why: "measured 1.0 over 50 bold-capital headings in 10 Word documents laid out as a two-column table (0 while a cell's paragraphs were joined into one line)",
    },
    {
      figure: 'docx-table: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 Word documents laid out as a table, bullets typed as characters (0 before)',
    },
    {
      figure: 'competency-grid: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs whose "Title | Employer | City" may run up to its dates (0.967 while a date drawn flush against a title was glued to it: "Portland, ORJun 2022" read the year alone)',
    },
    {
      figure: 'one-column: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs (a place on the date line is not the organisation; an undated entry after a page break is found)',
    },
    {
      figure: 'docx: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 Word documents (bullets written as Word lists)',
    },
    {
      figure: 'date-column-left: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 PDFs with a left date column',
    },
    {
      figure: 'date-column-left: bullets attached',
      min: 1,
      why: 'measured 1.0 in 10 PDFs with a left date column (0 while the dates were read as a column of their own)',
    },
    {
      figure: 'spaced-headings: section accuracy',
      min: 1,
      why: 'measured 1.0 over 50 headings in 10 PDFs with letter-spaced headings',
    },
    {
      figure: 'narrow-hyphens: lines without a split word',
      min: 0.99,
      why: 'measured 1.0 of the lines of 10 narrow hyphenated PDFs (1 word left split, "Type‐" / "Script", before a hyphen before a capital was decided by the words of the document; 23 before soft and typographic hyphens were rejoined)',
    },
    {
      figure: 'all: words run together',
      max: 0,
      why: 'no word read is two words of the resume run together: rejoining words broken at line ends keeps every compound (follow-up, trade-offs, end-to-end) and joins no two words',
    },
    {
      figure: 'tex-hyphens: lines without a split word',
      min: 0.99,
      why: 'measured 1.0 of the lines of 10 PDFs broken as TeX breaks them (ASCII hyphen inside the word, Producer pdfTeX): all broken words rejoined, the 3 compounds broken at their hyphen kept (0.925 before; 0.955 from the words of the document alone, before a TeX hyphen without evidence was taken as a break)',
    },
    {
      figure: 'office-hyphens: lines without a split word',
      min: 0.99,
      why: "measured 1.0 of the lines of 10 PDFs broken as a word processor breaks them (ASCII hyphen inside the word, Producer LibreOffice): all broken words rejoined, the compounds broken at their hyphen kept (0.960, 8 words left split, while such a hyphen without evidence was kept as the author's)",
    },
    {
      figure: 'office-hyphens: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 word-processor-like PDFs (0.963 before a cell beside another was taken to end an em short of it: "Mactan Logistics" / "Technology")',
    },
    {
      figure: 'tex-hyphens: positions F1',
      min: 1,
      why: 'measured 1.0 over 30 positions in 10 LaTeX-like PDFs',
    },
    {
      figure: 'narrow-hyphens: positions F1',
      min: 1,
      why: 'measured 1.0 over 27 positions in 9 narrow justified PDFs (0.60 before justified lines and titles wrapping beside their dates were joined, 0.957 before a range without its separator was read)',
    },
    {
      figure: 'narrow-hyphens: bullets attached',
      min: 1,
      why: 'measured 1.0 in 9 narrow justified PDFs (0.68 before)',
    },
  ];
}

export default evaluation;
