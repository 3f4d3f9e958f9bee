import { describe, expect, it } from 'vitest';
import { gluedHeadingKind, splitSections } from './sections.ts';

describe('glued headings', () => {
  it('finds a known heading run into the end of a line by a lost line break', () => {
    expect(gluedHeadingKind('EXCEL- Experience - 6 monthsCompany Details')).toEqual({
      kind: 'experience',
      heading: 'Company Details',
    });
    expect(gluedHeadingKind('Pune University 2014Skill Details ')).toEqual({
      kind: 'skills',
      heading: 'Skill Details',
    });
    // Title Case words that are no heading, or a heading with a space before it, are left alone.
    expect(gluedHeadingKind('Worked at Acme CorpNew York Office')).toBeUndefined();
    expect(gluedHeadingKind('Managed the Work Experience program')).toBeUndefined();
  });

  it('starts the glued section on the next line', () => {
    const sections = splitSections([
      'Skill Details',
      'JAVA- Experience - 6 monthsCompany Details',
      'company - Acme',
      'description - Built the billing API',
    ]);
    expect(sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['skills', 1, 2],
      ['experience', 3, 4],
    ]);
  });
});
