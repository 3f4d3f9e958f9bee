import { describe, expect, it } from 'vitest';
import { gluedHeadingKind, headingKind, splitSections } from './sections.ts';

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

describe('letter-spaced headings', () => {
  it('reads a heading after the icon a template draws before it', () => {
    expect(['★ Profile', '✎ Experience', '⚙ Skills', '🎓 Education'].map(headingKind)).toEqual([
      'summary',
      'experience',
      'skills',
      'education',
    ]);
  });

  it('reads letter-spaced headings whose reader kept a kerned pair, or lost the word gap', () => {
    expect(
      [
        'S U M M A RY',
        'E D U C AT I O N',
        'E M P L O Y M E N T H I S TO RY',
        'T E C H N I C A L S K I L L S',
      ].map(headingKind),
    ).toEqual(['summary', 'education', 'experience', 'skills']);
    // Initials and short words one space apart are no heading.
    expect(['A W S', 'IT PM QA', 'I T P R O J E C T M A N A G E R'].map(headingKind)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads a heading drawn with a bullet's mark when no line beside it opens with that mark", () => {
    const sections = splitSections([
      'Dana Whitfield',
      '◆ EXPERIENCE',
      'Scrum Master, Acme (2019 – 2024)',
      '✔ Certifications',
      'PSM I (2019)',
      '◆ S K I L L S',
      'Jira, Confluence',
    ]);
    expect(sections.map((x) => x.kind)).toEqual(['header', 'experience', 'certifications', 'skills']);
    // Among items with the same mark it is an item.
    expect(splitSections(['Strengths', '• Training', '• Languages', '• Tools']).map((x) => x.kind)).toEqual([
      'header',
    ]);
  });

  it('reads one or two words that say which work, then "experience", as the work history', () => {
    expect(
      [
        'Teaching Experience',
        'Clinical experience:',
        'PREVIOUS EXPERIENCE',
        'Hands-on Retail Experience',
      ].map(headingKind),
    ).toEqual(['experience', 'experience', 'experience', 'experience']);
    // A summary's wording, a count of years and a sentence are no heading; a known heading keeps its kind.
    expect(
      ['Summary of Experience', '12 Years Experience', 'Total years experience', 'I have experience'].map(
        headingKind,
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
    expect(headingKind('Project Experience')).toBe('projects');
    // Indian resumes' education headings, singular or plural; a functional resume's skill groups.
    expect(
      [
        'EDUCATIONAL QUALIFICATION',
        'Academic Qualification:',
        'Scholastic Profile',
        'Key Skills & Achievements',
      ].map(headingKind),
    ).toEqual(['education', 'education', 'education', 'skills']);
    // A first word that opens another known heading ("Selected Projects") does not stop the rule.
    expect(['Selected Experience', 'Career', 'Summary of Skills'].map(headingKind)).toEqual([
      'experience',
      'experience',
      'skills',
    ]);
  });

  it('reads a heading printed in letter-spaced capitals as the plain heading', () => {
    expect(headingKind('S K I L L S')).toBe('skills');
    expect(headingKind('E X P E R I E N C E')).toBe('experience');
    expect(headingKind('W O R K   E X P E R I E N C E')).toBe('experience');
    expect(headingKind('  E D U C A T I O N  ')).toBe('education');
    // A PDF reader sees the wider gap between the words as a gap between phrases: a tab.
    expect(headingKind('A B O U T\tM E')).toBe('summary');
    expect(headingKind('W O R K\tH I S T O R Y')).toBe('experience');
  });

  it('leaves spaced letters that spell no heading, and ordinary lines, alone', () => {
    expect(headingKind('A B C D E')).toBeUndefined();
    expect(headingKind('S K I L L S and more')).toBeUndefined();
    expect(headingKind('Skills')).toBe('skills');
  });

  it('splits a one-page template with letter-spaced headings into its sections', () => {
    const sections = splitSections([
      'Jane Doe',
      'E X P E R I E N C E',
      'Project Coordinator — Acme (2019 – 2024)',
      'S K I L L S',
      'Jira, Confluence',
    ]);
    expect(sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['header', 1, 1],
      ['experience', 2, 3],
      ['skills', 4, 5],
    ]);
  });

  it('reads "Skills" over "Used: …" as a job\'s "Skills Used" field, not a new section', () => {
    const sections = splitSections([
      'Work Experience',
      'Database Analyst Client Solution Architects - San Diego, CA January 2015 to October 2016',
      '• Built the reporting database.',
      'Skills',
      'Used: Access, Excel, SQL Salesforce Consultant RelationEdge - San Diego, CA November 2014 to January 2015',
      '• Integrated client systems into Salesforce.',
      'Skills',
      'Access, Excel, SQL',
    ]);
    expect(sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['experience', 1, 6],
      ['skills', 7, 8],
    ]);
  });

  it('does not take an icon glyph read as "#" before a contact detail for a Markdown heading', () => {
    // resume-matcher's templates print an envelope icon that pdf.js reads as "#".
    expect(headingKind('# hdent@email.com')).toBeUndefined();
    expect(headingKind('# www.example.dev')).toBeUndefined();
    expect(headingKind('# +1 (123) 456-7891')).toBeUndefined();
    expect(headingKind('# Awards')).toBe('other');
    const sections = splitSections([
      'Harvey Dent',
      'Professional Summary',
      '# hdent@email.com',
      'Machine Learning Engineer with 5 years of experience.',
      'Skills',
      'Python, PyTorch',
    ]);
    expect(sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['header', 1, 1],
      ['summary', 2, 4],
      ['skills', 5, 6],
    ]);
  });
});

describe('headingKind: the headings LinkedIn prints', () => {
  it('reads Top Skills as skills', () => {
    expect(headingKind('Top Skills')).toBe('skills');
  });

  it('reads Honors-Awards as a heading of its own, not a certificate under Certifications', () => {
    expect(headingKind('Honors-Awards')).toBe('other');
  });
});

describe('headingKind: the headings of the European CV (Europass)', () => {
  it('reads its summary, skills and other headings, in capitals as it prints them', () => {
    expect(
      [
        'ABOUT MYSELF',
        'DIGITAL SKILLS',
        'JOB-RELATED SKILLS',
        'COMMUNICATION AND INTERPERSONAL SKILLS',
        'LANGUAGE SKILLS',
        'DRIVING LICENCE',
        'EDUCATION AND TRAINING',
      ].map(headingKind),
    ).toEqual(['summary', 'skills', 'skills', 'skills', 'other', 'other', 'education']);
  });
});
