// The reader contract: every format, same career → the same positions, education and
// certifications once the structure step has read the document.
import { describe, expect, it } from 'vitest';
import {
  SAMPLE,
  sampleDocx,
  sampleHtml,
  sampleJsonResume,
  sampleLinkedInZip,
  sampleMarkdown,
  sampleOnePagePdf,
  sampleText,
  sampleTwoColumnPdf,
} from '../../test/fixtures/sample-resume.ts';
import type { DocumentFormat } from '../core/document.ts';
import { readStructure } from '../core/resume/structure.ts';
import { readDocument } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const CASES: Array<{ name: string; filename: string; format: DocumentFormat; bytes: () => Uint8Array }> = [
  { name: 'plain text', filename: 'cv.txt', format: 'text', bytes: () => enc(sampleText()) },
  { name: 'Markdown', filename: 'cv.md', format: 'markdown', bytes: () => enc(sampleMarkdown()) },
  { name: 'HTML', filename: 'cv.html', format: 'html', bytes: () => enc(sampleHtml()) },
  {
    name: 'JSON Resume',
    filename: 'resume.json',
    format: 'json-resume',
    bytes: () => enc(sampleJsonResume()),
  },
  {
    name: 'LinkedIn export',
    filename: 'Basic_LinkedInDataExport.zip',
    format: 'linkedin-export',
    bytes: sampleLinkedInZip,
  },
  { name: 'DOCX with tables', filename: 'cv.docx', format: 'docx', bytes: sampleDocx },
  { name: 'one-column PDF', filename: 'cv.pdf', format: 'pdf', bytes: sampleOnePagePdf },
  { name: 'two-column PDF', filename: 'cv.pdf', format: 'pdf', bytes: sampleTwoColumnPdf },
];

describe.each(CASES)('reader contract: $name', ({ filename, format, bytes }) => {
  it('reads the document, detected from its content', async () => {
    // Content decides: a misleading name must not change the result.
    for (const name of [filename, 'upload.bin'.replace('.bin', filename.endsWith('.txt') ? '.txt' : '')]) {
      const read = await readDocument(bytes(), { filename: name, isolate: false });
      if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message}`);
      expect(read.value.format).toBe(format === 'markdown' && name === 'upload' ? 'text' : format);
      expect(read.value.text).toContain('Northwind Systems');
    }
  });

  it('yields the same career through the structure step', async () => {
    const read = await readDocument(bytes(), { filename, isolate: false });
    if (!read.ok) throw new Error(read.error.message);
    const s = readStructure(read.value.text.split('\n'), { asOf: { year: 2025, month: 6 } });
    expect(s.sections.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['experience', 'education', 'certifications', 'skills']),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual(
      SAMPLE.positions.map((p) => [p.title, p.organisation, p.start, p.end]),
    );
    expect(s.yearsByKind).toEqual({ 'project-management': 4.3, engineering: 2.8 });
    expect(s.education.map((e) => [e.institution, e.end])).toEqual([
      [SAMPLE.education.institution, { year: SAMPLE.education.end }],
    ]);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual(
      SAMPLE.certifications.map((c) => [c.name, c.issuer, c.year]),
    );
    expect(s.skills).toEqual(expect.arrayContaining(SAMPLE.skills));
  });
});
