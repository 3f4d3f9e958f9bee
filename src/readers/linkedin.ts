import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { formatYearMonth, parseDate, parseIsoDate, type YearMonth } from '../core/resume/dates.ts';
import { positionLine } from '../core/resume/structure.ts';

/** The CSV files of LinkedIn's "Get a copy of your data" export that describe a career. */
export const LINKEDIN_FILES = [
  'Profile.csv',
  'Positions.csv',
  'Skills.csv',
  'Certifications.csv',
  'Education.csv',
];

/** Whether a ZIP's file names are a LinkedIn data export. */
export function isLinkedInExport(names: readonly string[]): boolean {
  const base = names.map(baseName);
  return base.includes('Positions.csv') || (base.includes('Profile.csv') && base.includes('Skills.csv'));
}

const baseName = (name: string) => name.split('/').pop() ?? name;

/** LinkedIn export CSVs (by file name) → the text layout the structure step reads. */
export function readLinkedInExport(files: ReadonlyMap<string, Uint8Array>): Result<ReadDocument, Issue> {
  const table = (file: string): Array<Record<string, string>> => {
    for (const [name, bytes] of files) if (baseName(name) === file) return csvRecords(decode(bytes));
    return [];
  };
  const out: string[] = [];
  const profile = table('Profile.csv')[0];
  if (profile) {
    const name = [profile['First Name'], profile['Last Name']].filter(Boolean).join(' ');
    if (name) out.push(name);
    if (profile.Headline) out.push(profile.Headline);
    if (profile.Summary) out.push('', 'Summary', profile.Summary);
  }
  const positions = table('Positions.csv');
  if (positions.length > 0) {
    out.push('', 'Experience');
    for (const p of positions) {
      const start = linkedInDate(p['Started On']);
      out.push(
        positionLine({
          title: p.Title,
          organisation: p['Company Name'],
          start,
          end: p['Finished On'] ? linkedInDate(p['Finished On']) : start ? 'present' : undefined,
        }),
      );
      if (p.Location) out.push(p.Location);
      for (const line of (p.Description ?? '').split(/\r?\n/))
        if (line.trim()) out.push(`• ${line.trim().replace(/^[-•*]\s*/, '')}`);
    }
  }
  const education = table('Education.csv');
  if (education.length > 0) {
    out.push('', 'Education');
    for (const e of education)
      out.push(
        positionLine({
          title: e['Degree Name'],
          organisation: e['School Name'],
          start: linkedInDate(e['Start Date']),
          end: linkedInDate(e['End Date']),
        }),
      );
  }
  const certs = table('Certifications.csv');
  if (certs.length > 0) {
    out.push('', 'Certifications');
    for (const c of certs) {
      const date = linkedInDate(c['Started On']);
      out.push(
        [c.Name, c.Authority].filter(Boolean).join(' — ') + (date ? ` (${formatYearMonth(date)})` : ''),
      );
    }
  }
  const skills = table('Skills.csv')
    .map((s) => s.Name)
    .filter((s): s is string => !!s);
  if (skills.length > 0) out.push('', 'Skills', skills.join(', '));
  const text = out.join('\n').trim();
  if (text.length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the LinkedIn export has no profile, positions or skills.',
      hint: 'Request the full archive from LinkedIn (Settings → Data privacy → Get a copy of your data).',
    });
  }
  return ok({ format: 'linkedin-export', text, warnings: [] });
}

/** LinkedIn writes "Jan 2020", "2020" or "2020-01-15" depending on the file and year. */
function linkedInDate(s: string | undefined): YearMonth | undefined {
  if (!s?.trim()) return undefined;
  return parseDate(s) ?? parseIsoDate(s);
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** RFC 4180 CSV → records keyed by the header row; LinkedIn adds "Notes:" lines before some headers. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const rows = parseCsv(text);
  const blank = (r: string[]) => r.every((c) => c.trim().length === 0);
  let headerAt = 0;
  // Some files open with "Notes:" and a paragraph, then a blank line, then the header.
  if (/^notes?:/i.test(rows[0]?.[0] ?? '')) {
    headerAt = rows.findIndex((r, i) => i > 0 && blank(r)) + 1;
    while (headerAt > 0 && headerAt < rows.length && blank(rows[headerAt]!)) headerAt++;
    if (headerAt <= 0) headerAt = rows.findIndex((r, i) => i > 0 && r.length > 1);
  }
  if (headerAt < 0 || headerAt >= rows.length) return [];
  const header = rows[headerAt]!.map((h) => h.trim());
  return rows
    .slice(headerAt + 1)
    .filter((r) => r.some((c) => c.trim().length > 0))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
