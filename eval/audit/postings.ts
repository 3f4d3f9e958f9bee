// The TPM and program-manager postings of ../shared/data/postings that the audit labels refer to.
// Nothing of the posting text is stored in the repository: a label carries the posting's id and
// `ref`, the first 12 hex digits of the SHA-1 of the text below, so a changed text is noticed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readDocument } from '../../src/readers/index.ts';

export type PostingSource = 'google' | 'microsoft' | 'meta' | 'linkedin' | 'docx';

export interface TpmPosting {
  /** `<source>:<key>`: google row index (0-based data row), the Microsoft/Meta source_id as is (`microsoft:…`, `meta:…`), LinkedIn job_id, docx file name. */
  id: string;
  /** First 12 hex digits of the SHA-1 of `text`. */
  ref: string;
  source: PostingSource;
  title: string;
  text: string;
}

/** The shared `data` folder: $ROLEFIT_SHARED_DATA, else ../shared/data beside the repository. */
export const defaultDataDir = (): string =>
  process.env.ROLEFIT_SHARED_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

/**
 * A title that names a program manager (program management, TPM) or a project manager
 * (technical, IT or otherwise: the labels say which are technical delivery).
 */
export function isTpmTitle(title: string): boolean {
  return /\b(?:program|project)s?\s+manag(?:er|ement)\b|\bTPMs?\b/i.test(title);
}

export function postingRef(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

const clean = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<
    Record<string, string>
  >;
}

function posting(source: PostingSource, key: string, title: string, text: string): TpmPosting {
  const body = clean(text);
  return { id: `${source}:${key}`, ref: postingRef(body), source, title: title.trim(), text: body };
}

/** Every posting of the shared data whose title names a technical/IT project or program manager. */
export async function loadTpmPostings(dataDir: string = defaultDataDir()): Promise<TpmPosting[]> {
  const dir = join(dataDir, 'postings');
  const out: TpmPosting[] = [];

  readCsv(join(dir, 'google-job-skills.csv')).forEach((row, i) => {
    const title = row.Title ?? '';
    if (!isTpmTitle(title)) return;
    const text = [
      `Responsibilities:\n${clean(row.Responsibilities ?? '')}`,
      `Minimum qualifications:\n${clean(row['Minimum Qualifications'] ?? '')}`,
      `Preferred qualifications:\n${clean(row['Preferred Qualifications'] ?? '')}`,
    ].join('\n\n');
    out.push(posting('google', String(i), title, text));
  });

  for (const row of readCsv(join(dir, 'msft-meta-careers-2025.csv'))) {
    const title = row.title ?? '';
    const sourceId = row.source_id ?? '';
    if (!isTpmTitle(title)) continue;
    const [company, key] = sourceId.split(':');
    if ((company !== 'microsoft' && company !== 'meta') || !key) throw new Error(`source_id ${sourceId}?`);
    out.push(posting(company, key, title, row.description ?? ''));
  }

  for (const row of readCsv(join(dir, 'linkedin-sample-1000.csv'))) {
    const title = row.title ?? '';
    if (!isTpmTitle(title)) continue;
    out.push(posting('linkedin', row.job_id ?? '', title, row.description ?? ''));
  }

  const docxDir = join(dir, 'resume-matcher-jds');
  for (const name of readdirSync(docxDir).sort()) {
    if (!name.toLowerCase().endsWith('.docx')) continue;
    const title = name.replace(/\.docx$/i, '').replace(/_/g, ' ');
    if (!isTpmTitle(title)) continue;
    const read = await readDocument(readFileSync(join(docxDir, name)), { filename: name, isolate: false });
    if (!read.ok) throw new Error(`${name}: ${read.error.message}`);
    out.push(posting('docx', name, title, read.value.text));
  }
  return out;
}
