import { describe, expect, it } from 'vitest';
import { sampleText } from '../../../test/fixtures/sample-resume.ts';
import { type ParsedResume, parseResume, renderParsedText } from './parsed.ts';

/** A parsed resume with every part filled, built by hand so a change of the structure step does not move it. */
const full = (): ParsedResume => ({
  format: 'pdf',
  pages: 2,
  ocr: { pages: [1], confidence: 91 },
  warnings: ['2 images skipped', 'the text layer of page 2 is empty'],
  lines: ['Ada Lovelace', 'Experience', 'x', 'y', 'z'],
  structure: {
    sections: [
      { kind: 'header', heading: '', startLine: 1, endLine: 1 },
      { kind: 'experience', heading: 'Experience', startLine: 2, endLine: 5 },
    ],
    positions: [
      {
        title: 'Technical Program Manager',
        organisation: 'Acme',
        start: { year: 2020, month: 3 },
        end: 'present',
        months: 62,
        kind: 'project-management',
        section: 'experience',
        startLine: 3,
        endLine: 4,
      },
      {
        organisation: 'Initech',
        start: { year: 2017 },
        end: { year: 2019, month: 12 },
        kind: 'engineering',
        section: 'experience',
        startLine: 5,
        endLine: 5,
      },
      {
        title: 'Volunteer',
        end: { year: 2016 },
        kind: 'other',
        section: 'projects',
        startLine: 6,
        endLine: 6,
      },
      { kind: 'other', section: 'projects', startLine: 7, endLine: 7 },
    ],
    education: [
      {
        degree: 'BSc Computer Science',
        institution: 'UCL',
        start: { year: 2010 },
        end: { year: 2013 },
        line: 8,
      },
      { institution: 'Open University', line: 9 },
      { degree: 'MSc', end: 'present', line: 10 },
    ],
    certifications: [
      { name: 'PMP', issuer: 'PMI', year: 2021, line: 11 },
      { name: 'Scrum Master', line: 12 },
    ],
    skills: ['Python', 'Jira'],
    yearsByKind: { 'project-management': 5.2, engineering: 3 },
    totalYears: 8.2,
  },
});

describe('renderParsedText', () => {
  it('writes every part: format, OCR, warnings, sections, positions, years, education, certifications, skills', () => {
    expect(renderParsedText(full())).toBe(
      [
        'Format: pdf, 2 page(s), 5 lines',
        'Read by OCR: page 1 (mean confidence 91%)',
        'Warning: 2 images skipped',
        'Warning: the text layer of page 2 is empty',
        '',
        'Sections:',
        '  header         lines 1–1',
        '  experience     lines 2–5  "Experience"',
        '',
        'Positions (4):',
        '  Technical Program Manager — Acme (Mar 2020 – Present, 62 months) [project-management, lines 3–4]',
        '  (title not found) — Initech (2017 – Dec 2019) [engineering, lines 5–5]',
        '  Volunteer (2016) [other, lines 6–6]',
        '  (title not found) (?) [other, lines 7–7]',
        '  Experience: about 8 years (8.2 years of dated positions, overlaps counted once; project-management',
        '    5.2, engineering 3)',
        '',
        'Education (3):',
        '  BSc Computer Science — UCL (2010 – 2013)',
        '  Open University',
        '  MSc (Present)',
        '',
        'Certifications (2):',
        '  PMP — PMI (2021)',
        '  Scrum Master',
        '',
        'Skills listed (2): Python, Jira',
        '',
      ].join('\n'),
    );
  });

  it('says what "Present" stood for when it was the date saved in the file', () => {
    const p = full();
    p.structure.presentCountedAs = { year: 2019, month: 3 };
    expect(renderParsedText(p)).toContain(
      [
        '  Experience: about 8 years (8.2 years of dated positions, overlaps counted once; project-management',
        '    5.2, engineering 3; counting "Present" as March 2019, the date saved in the file)',
      ].join('\n'),
    );
  });

  it('leaves out what was not read: pages, OCR, warnings, the years by kind', () => {
    const p: ParsedResume = {
      format: 'text',
      warnings: [],
      lines: ['just one line'],
      structure: {
        sections: [],
        positions: [],
        education: [],
        certifications: [],
        skills: [],
        yearsByKind: {},
        totalYears: 0,
      },
    };
    expect(renderParsedText(p)).toBe(
      [
        'Format: text, 1 lines',
        '',
        'Sections:',
        '',
        'Positions (0):',
        '  Experience: not known, no job found under a work experience heading',
        '',
        'Education (0):',
        '',
        'Certifications (0):',
        '',
        'Skills listed (0): ',
        '',
      ].join('\n'),
    );
  });

  it('gives no years when no job has dates, and says why', () => {
    const text = ['Experience', 'Senior Project Manager, Acme Bank', '- Ran sprint planning for three teams'];
    const out = renderParsedText(
      parseResume({ format: 'text', text: text.join('\n'), warnings: [] }, { year: 2025, month: 6 }),
    );
    expect(out).toContain(
      '  Experience: not known, no job has dates (a start and an end, as "Mar 2019 – Present")',
    );
  });

  it('names several OCR pages in the plural, joined by commas', () => {
    const p = { ...full(), ocr: { pages: [1, 3], confidence: 78.5 } };
    expect(renderParsedText(p).split('\n')[1]).toBe('Read by OCR: pages 1, 3 (mean confidence 78.5%)');
  });
});

describe('renderParsedText line width', () => {
  it('keeps every line within 100 characters, long warnings and skill lists included', () => {
    const skills = Array.from({ length: 30 }, (_, k) => `Skill number ${k + 1}`).join(', ');
    const text = `${sampleText()}\n${skills}`;
    const warning =
      'Page 2 was blank and left out of the text; the rest of the document was read without any trouble at all.';
    const out = renderParsedText(
      parseResume({ format: 'text', text, warnings: [warning] }, { year: 2025, month: 6 }),
    );
    const lines = out.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.slice(1, 3)).toEqual([
      'Warning: Page 2 was blank and left out of the text; the rest of the document was read without any',
      '  trouble at all.',
    ]);
    expect(lines).toContain(
      '  Technical Project Manager — Northwind Systems (Mar 2021 – Present, 52 months) [project-management,',
    );
    expect(lines).toContain('    lines 9–11]');
  });
});

describe('parseResume', () => {
  it('splits the text at each line end, CRLF or LF, and keeps pages, OCR and warnings as the reader gave them', () => {
    const parsed = parseResume(
      {
        format: 'pdf',
        text: 'Ada Lovelace\r\nExperience\nEngineer, Acme\n2019 – 2020',
        pages: 1,
        ocr: { pages: [1], confidence: 88 },
        warnings: ['1 image skipped'],
      },
      { year: 2024, month: 6 },
    );
    expect(parsed.format).toBe('pdf');
    expect(parsed.lines).toEqual(['Ada Lovelace', 'Experience', 'Engineer, Acme', '2019 – 2020']);
    expect(parsed.pages).toBe(1);
    expect(parsed.ocr).toEqual({ pages: [1], confidence: 88 });
    expect(parsed.warnings).toEqual(['1 image skipped']);
    expect(parsed.structure.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['header', 1, 1],
      ['experience', 2, 4],
    ]);
  });

  it('holds no pages or OCR key when the reader gave none', () => {
    const parsed = parseResume({ format: 'text', text: 'one line', warnings: [] }, { year: 2024 });
    expect(Object.keys(parsed).sort()).toEqual(['format', 'lines', 'structure', 'warnings']);
  });
});
