import type { ReadDocument } from '../document.ts';
import { wrapAt } from '../render/format.ts';
import { formatYearMonth, type YearMonth } from './dates.ts';
import { formatYears, presentNote, type ResumeStructure, readStructure } from './structure.ts';

/** What rolefit read from a document: the text as lines and the structure found in it. */
export interface ParsedResume {
  format: ReadDocument['format'];
  pages?: number;
  /** Pages read by OCR and its mean word confidence; absent when none was. */
  ocr?: ReadDocument['ocr'];
  warnings: string[];
  /** The text in reading order; line k (1-based) is lines[k - 1]. */
  lines: string[];
  structure: ResumeStructure;
}

/** Document → what rolefit read ("what we read" in the web app, `rolefit parse` in the CLI). */
export function parseResume(document: ReadDocument, asOf: YearMonth): ParsedResume {
  const lines = document.text.split(/\r?\n/);
  const parsed: ParsedResume = {
    format: document.format,
    warnings: document.warnings,
    lines,
    structure: readStructure(lines, { asOf, ...(document.saved ? { saved: document.saved } : {}) }),
  };
  if (document.pages !== undefined) parsed.pages = document.pages;
  if (document.ocr !== undefined) parsed.ocr = document.ocr;
  return parsed;
}

const when = (start: YearMonth | undefined, end: YearMonth | 'present' | undefined) => {
  const e = end === undefined ? '?' : end === 'present' ? 'Present' : formatYearMonth(end);
  return start ? `${formatYearMonth(start)} – ${e}` : e;
};

/** One entry of a list, indented, its longer text going on under it: no line passes 100 characters. */
const item = (text: string) => wrapAt(text, '  ', '    ');

/** A plain-text summary of what was read, for a terminal. */
export function renderParsedText(p: ParsedResume): string {
  const s = p.structure;
  const out: string[] = [];
  out.push(
    `Format: ${p.format}${p.pages !== undefined ? `, ${p.pages} page(s)` : ''}, ${p.lines.length} lines`,
  );
  if (p.ocr)
    out.push(
      `Read by OCR: page${p.ocr.pages.length === 1 ? '' : 's'} ${p.ocr.pages.join(', ')} (mean confidence ${p.ocr.confidence}%)`,
    );
  for (const w of p.warnings) out.push(wrapAt(`Warning: ${w}`, '', '  '));
  out.push('', 'Sections:');
  for (const sec of s.sections)
    out.push(
      `  ${sec.kind.padEnd(15)}lines ${sec.startLine}–${sec.endLine}${sec.heading ? `  "${sec.heading}"` : ''}`,
    );
  out.push('', `Positions (${s.positions.length}):`);
  for (const pos of s.positions) {
    const who = [pos.title ?? '(title not found)', pos.organisation].filter(Boolean).join(' — ');
    const months = pos.months !== undefined ? `, ${pos.months} months` : '';
    out.push(
      item(
        `${who} (${when(pos.start, pos.end)}${months}) [${pos.kind}, lines ${pos.startLine}–${pos.endLine}]`,
      ),
    );
  }
  const years = Object.entries(s.yearsByKind)
    .map(([k, y]) => `${k} ${y}`)
    .join(', ');
  // Without a dated position there is no figure to give: "under a year" would read as a measure.
  const dated = s.positions.some((pos) => pos.section === 'experience' && pos.start !== undefined);
  out.push(
    item(
      dated
        ? `Experience: ${formatYears(s.totalYears)} (${s.totalYears} ${s.totalYears === 1 ? 'year' : 'years'} of dated positions, overlaps counted once${years ? `; ${years}` : ''}${s.presentCountedAs ? `; ${presentNote(s.presentCountedAs)}` : ''})`
        : s.positions.length === 0
          ? 'Experience: not known, no job found under a work experience heading'
          : 'Experience: not known, no job has dates (a start and an end, as "Mar 2019 – Present")',
    ),
  );
  out.push('', `Education (${s.education.length}):`);
  for (const e of s.education)
    out.push(
      item(
        `${[e.degree, e.institution].filter(Boolean).join(' — ')}${e.end ? ` (${when(e.start, e.end)})` : ''}`,
      ),
    );
  out.push('', `Certifications (${s.certifications.length}):`);
  for (const c of s.certifications)
    out.push(item(`${c.name}${c.issuer ? ` — ${c.issuer}` : ''}${c.year ? ` (${c.year})` : ''}`));
  out.push('', wrapAt(`Skills listed (${s.skills.length}): ${s.skills.join(', ')}`, '', '  '));
  return `${out.join('\n')}\n`;
}
