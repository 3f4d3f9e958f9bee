// Hostile text for the linear-time checks (src/linear-time.test.ts) and `npm run bench -- redos`:
// long runs of one character (or one short unit) framed as a resume, a posting, a page or a CSV
// row, and every text stage they reach. A regular expression that backtracks on such a run makes
// the stage's time grow with the square (or cube) of the run instead of its length.
import { Readable } from 'node:stream';
import { analyzeResume } from '../src/core/analysis/analyze.ts';
import { auditPosting } from '../src/core/audit/audit.ts';
import { repairDocument } from '../src/core/document.ts';
import { prepareListing } from '../src/core/market/prepare-listing.ts';
import { listingPreparation } from '../src/core/market/setup.ts';
import { renderReportMarkdown, renderReportText } from '../src/core/render/report-text.ts';
import { classifyDocument } from '../src/core/resume/document-kind.ts';
import { readStructure } from '../src/core/resume/structure.ts';
import { bundledRoles, bundledTaxonomy, requireRole } from '../src/data/bundled.ts';
import { readHtml } from '../src/readers/html.ts';
import { decodeText } from '../src/readers/text.ts';
import { readCsvListings } from '../src/sources/csv.ts';

/** What a run repeats: one character, or a short unit such as an HTML tag. */
export interface RunUnit {
  name: string;
  unit: string;
}

export const RUN_UNITS: readonly RunUnit[] = [
  { name: 'space', unit: ' ' },
  { name: 'tab', unit: '\t' },
  { name: 'no-break space', unit: '\u00a0' },
  { name: 'em space', unit: '\u2003' },
  { name: 'line break', unit: '\n' },
  { name: 'CR LF', unit: '\r\n' },
  { name: 'space and tab', unit: ' \t' },
  { name: 'less-than', unit: '<' },
  { name: 'greater-than', unit: '>' },
  { name: 'ampersand', unit: '&' },
  { name: 'digit', unit: '7' },
  { name: 'letter', unit: 'a' },
  { name: 'capital', unit: 'A' },
  { name: 'hyphen', unit: '-' },
  { name: 'dash', unit: '–' },
  { name: 'full stop', unit: '.' },
  { name: 'comma', unit: ',' },
  { name: 'colon', unit: ':' },
  { name: 'semicolon', unit: ';' },
  { name: 'pipe', unit: '|' },
  { name: 'bullet', unit: '•' },
  { name: 'parenthesis', unit: '(' },
  { name: 'closing parenthesis', unit: ')' },
  { name: 'asterisk', unit: '*' },
  { name: 'hash', unit: '#' },
  { name: 'underscore', unit: '_' },
  { name: 'slash', unit: '/' },
  { name: 'at sign', unit: '@' },
  { name: 'quote', unit: '"' },
  { name: 'apostrophe', unit: "'" },
  { name: 'mojibake bullet', unit: 'â€¢' },
  { name: 'word and space', unit: 'a ' },
  { name: 'capitalised word', unit: 'Ab ' },
  { name: 'digit and space', unit: '1 ' },
  { name: 'comma and space', unit: ', ' },
  { name: 'spaced hyphen', unit: ' - ' },
  // An audit cue once read every way to split a run of these between two of its parts.
  { name: 'repeated verb', unit: 'maintain ' },
  { name: '<script>', unit: '<script>' },
  { name: '<li', unit: '<li' },
  { name: '<!--', unit: '<!--' },
  { name: '<p', unit: '<p' },
  { name: '&lt;', unit: '&lt;' },
];

/** A run of `unit` about `length` characters long. */
export const run = (unit: string, length: number): string =>
  unit.repeat(Math.max(1, Math.round(length / unit.length)));

// Templates put the run where each part of the pipeline looks: headings, position headers,
// dates, bullets, education, certification and skills lines. `@` is the slot.
export const RESUME = [
  'Jane Doe@',
  '@jane@example.com | +44 20 7946 0000@',
  'EXPERIENCE@',
  '@Technical Project Manager@at@Acme Corp@|@Berlin, Germany',
  'Jan 2019@–@Present@',
  '•@Led the migration of@12 services@to AWS,@working with 5 teams@',
  '-@Planned releases@and managed risks;@5+ years of@experience@',
  'Tech stack:@Python,@Jira@',
  'EDUCATION',
  'Bachelor of Science@University of Leeds@,@2015@',
  'CERTIFICATIONS',
  '•@PMP@—@Project Management Institute@(2021)@',
  'SKILLS',
  'Languages:@Python,@SQL@|@Tools:@Jira,@Confluence@',
].join('\n');

export const POSTING = [
  'Technical Project Manager@',
  'About the role@',
  'You will@lead delivery@across teams;@5+ years of@experience@required.@',
  '•@Own the roadmap@•@Manage risks@and dependencies@',
  'Requirements@:@',
  '-@Strong@communication@skills@',
  '-@Experience with@Jira@,@Agile@',
  'We offer@ a salary of@$120,000@',
].join('\n');

export const PAGE = [
  '<html><head><title>@Technical Project Manager@</title>',
  '<script type="application/ld+json">{"@type":"Other"}</script></head>@',
  '<body><h1>@Technical Project Manager@</h1>@<!--@-->',
  '<p>@Lead delivery@across teams@</p><ul><li>@Own the roadmap@</li><li>Jira@</li></ul>@',
  '<div>@Requirements@<br>@5+ years of experience@</div></body></html>',
].join('\n');

/** A template with every slot filled by the run. */
export const frame = (template: string, filler: string): string => template.split('@').join(filler);

const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** One text stage: `make` frames a run as the stage's input, `apply` does the work. */
export interface TextStage {
  name: string;
  make: (runText: string) => string;
  apply: (input: string) => unknown;
}

/** Every stage that reads untrusted text, from bytes to report. Heavy data loads once, lazily. */
export function textStages(): TextStage[] {
  const taxonomy = bundledTaxonomy();
  const role = requireRole('technical-project-manager');
  const asOf = { year: 2025, month: 6 };
  const preparation = listingPreparation(taxonomy, bundledRoles());
  const resume = (r: string) => frame(RESUME, r);
  const analyze = (text: string) =>
    analyzeResume({ document: { format: 'text', text, warnings: [] }, role, taxonomy, asOf });
  return [
    {
      name: 'decode text',
      make: resume,
      apply: (text) => decodeText(new TextEncoder().encode(text)),
    },
    {
      name: 'normalisation',
      make: resume,
      apply: (text) => repairDocument({ format: 'text', text, warnings: [] }),
    },
    {
      name: 'structure',
      make: resume,
      apply: (text) => {
        const lines = text.split('\n');
        return classifyDocument(lines, readStructure(lines, { asOf }));
      },
    },
    {
      // Extraction, background, guidance, document kind and scoring, then the text and Markdown reports.
      name: 'analysis',
      make: resume,
      apply: (text) => {
        const report = analyze(text);
        return renderReportText(report) + renderReportMarkdown(report);
      },
    },
    { name: 'HTML resume', make: (r) => frame(PAGE, r), apply: (html) => readHtml(html) },
    { name: 'audit (text)', make: (r) => frame(POSTING, r), apply: (text) => auditPosting({ text }) },
    { name: 'audit (HTML)', make: (r) => frame(PAGE, r), apply: (html) => auditPosting({ html }) },
    {
      name: 'listing preparation',
      make: (r) => frame(POSTING, r),
      apply: (text) =>
        prepareListing(
          { source: 'test', title: `Technical${text.slice(0, 20)}Project Manager`, text },
          preparation,
        ),
    },
    {
      name: 'CSV ingest',
      make: (r) =>
        `title,company,description\n${csvField(`Technical${r}Project Manager`)},${csvField(`Acme${r}`)},${csvField(frame(POSTING, r))}\n`,
      apply: async (csv) => {
        const out: unknown[] = [];
        for await (const item of readCsvListings(Readable.from([csv]), { source: 'test', name: 'test.csv' }))
          out.push(item.ok ? prepareListing(item.value, preparation) : item.error);
        return out;
      },
    },
  ];
}

/** Best of `repeats` wall-clock times of one call, in milliseconds. */
export async function bestTime(apply: () => unknown, repeats: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < repeats; k++) {
    const t = performance.now();
    await apply();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
