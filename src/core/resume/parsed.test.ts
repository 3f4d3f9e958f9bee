import { describe, expect, it } from 'vitest';
import { sampleText } from '../../../test/fixtures/sample-resume.ts';
import { parseResume, renderParsedText } from './parsed.ts';

const JUNE_2025 = { year: 2025, month: 6 };

describe('renderParsedText (rolefit parse)', () => {
  it('writes the format, sections, positions with their months, years, education, certifications and skills', () => {
    const parsed = parseResume({ format: 'text', text: sampleText(), warnings: [] }, JUNE_2025);
    expect(renderParsedText(parsed)).toBe(
      [
        'Format: text, 24 lines',
        '',
        'Sections:',
        '  header         lines 1–4',
        '  summary        lines 5–7  "Summary"',
        '  experience     lines 8–15  "Experience"',
        '  education      lines 16–18  "Education"',
        '  certifications lines 19–22  "Certifications"',
        '  skills         lines 23–24  "Skills"',
        '',
        'Positions (2):',
        '  Technical Project Manager — Northwind Systems (Mar 2021 – Present, 52 months) [project-management,',
        '    lines 9–11]',
        '  Software Engineer — Contoso Ltd (Jun 2012 – Feb 2015, 33 months) [engineering, lines 12–15]',
        '  Experience: about 7 years (7.1 years of dated positions, overlaps counted once; project-management',
        '    4.3, engineering 2.8)',
        '',
        'Education (1):',
        '  Bachelor of Science, Computer Science — University of Leeds (2008 – 2012)',
        '',
        'Certifications (2):',
        '  Professional Scrum Master I — Scrum.org (2022)',
        '  Project Management Professional — PMI (2023)',
        '',
        'Skills listed (6): Jira, Confluence, Scrum, Kanban, Java, SQL',
        '',
      ].join('\n'),
    );
  });

  it('keeps every line within 100 characters, long warnings and skill lists included', () => {
    const skills = Array.from({ length: 30 }, (_, k) => `Skill number ${k + 1}`).join(', ');
    const text = `${sampleText()}\n${skills}`;
    const warning =
      'Page 2 was blank and left out of the text; the rest of the document was read without any trouble at all.';
    const out = renderParsedText(parseResume({ format: 'text', text, warnings: [warning] }, JUNE_2025));
    const lines = out.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.slice(1, 3)).toEqual([
      'Warning: Page 2 was blank and left out of the text; the rest of the document was read without any',
      '  trouble at all.',
    ]);
    expect(lines.filter((l) => l.startsWith('  Skill number')).length).toBeGreaterThan(0);
  });
});
