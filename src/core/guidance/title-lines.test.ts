// Which lines of a resume read as job titles, the years their dates cover, and the years of
// experience a resume states in words (title-lines.ts).
import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../extract/types.ts';
import { findTitleLines, rangeYears, statedYears, stripBullet } from './title-lines.ts';

const titles = (lines: string[], section: SectionKind | ((line: number) => SectionKind) = 'experience') =>
  findTitleLines(lines, typeof section === 'function' ? section : () => section, 2025);

describe('date ranges', () => {
  it('reads the years between two years, with or without months', () => {
    expect(rangeYears('2019 – 2024', 2025)).toBe(5);
    expect(rangeYears('Jan 2019 - Mar. 2021', 2025)).toBe(2);
    expect(rangeYears('September, 2015 to June, 2020', 2025)).toBe(5);
    expect(rangeYears('03/2016 — 11/2019', 2025)).toBe(3);
    expect(rangeYears('2018 until 2020', 2025)).toBe(2);
    expect(rangeYears('2018 till 2020', 2025)).toBe(2);
  });

  it('reads "present" and its other words as this year', () => {
    for (const now of ['present', 'Current', 'now', 'date', 'till date', 'today', 'ongoing'])
      expect(rangeYears(`2021 - ${now}`, 2025), now).toBe(4);
  });

  it('counts a range within one year as half a year', () => {
    expect(rangeYears('Feb 2024 - Nov 2024', 2025)).toBe(0.5);
  });

  it('reads no range that runs backwards or over 45 years, and none without a range', () => {
    expect(rangeYears('2020 - 2018', 2025)).toBeUndefined();
    expect(rangeYears('1960 - 2006', 2025)).toBeUndefined();
    expect(rangeYears('1961 - 2006', 2025)).toBe(45);
    expect(rangeYears('Acme Payments, 2019', 2025)).toBeUndefined();
    expect(rangeYears('1890 - 1900', 2025)).toBeUndefined();
  });
});

describe('title lines', () => {
  it('takes a short line as a title, with the years of a range on it or on the next two lines', () => {
    expect(
      titles([
        'QA Engineer',
        'Acme Payments',
        'Jan 2019 - Present',
        'Business Analyst',
        'Globex',
        'x',
        '2014 - 2019',
      ]),
    ).toEqual([
      { line: 1, quote: 'QA Engineer', title: 'QA Engineer', section: 'experience', years: 6, datedLine: 3 },
      {
        line: 2,
        quote: 'Acme Payments',
        title: 'Acme Payments',
        section: 'experience',
        years: 6,
        datedLine: 3,
      },
      {
        line: 3,
        quote: 'Jan 2019 - Present',
        title: 'Jan 2019 - Present',
        section: 'experience',
        years: 6,
        datedLine: 3,
      },
      { line: 4, quote: 'Business Analyst', title: 'Business Analyst', section: 'experience' },
      { line: 5, quote: 'Globex', title: 'Globex', section: 'experience', years: 5, datedLine: 7 },
      { line: 7, quote: '2014 - 2019', title: '2014 - 2019', section: 'experience', years: 5, datedLine: 7 },
    ]);
  });

  it('drops the bullet and a "Title:" label, and keeps the line as written in the quote', () => {
    expect(titles(['  • Designation: Test Lead  '])).toEqual([
      { line: 1, quote: '• Designation: Test Lead', title: 'Test Lead', section: 'experience' },
    ]);
    expect(titles(['Current role - Scrum Master']).map((t) => t.title)).toEqual(['Scrum Master']);
  });

  it('takes what follows "worked as" from a sentence, in any section but skills', () => {
    const lines = ['I have worked as a Senior QA Analyst, mostly on payments.'];
    expect(titles(lines).map((t) => t.title)).toEqual(['Senior QA Analyst']);
    expect(titles(lines, 'summary').map((t) => t.title)).toEqual(['Senior QA Analyst']);
    expect(titles(lines, 'certifications').map((t) => t.title)).toEqual(['Senior QA Analyst']);
    expect(titles(lines, 'skills')).toEqual([]);
    expect(titles(['Joined as the Release Manager in 2020']).map((t) => t.title)).toEqual([
      'Release Manager in 2020',
    ]);
  });

  it('takes no title from the skills or certifications sections', () => {
    expect(titles(['QA Engineer'], 'skills')).toEqual([]);
    expect(titles(['QA Engineer'], 'certifications')).toEqual([]);
  });

  it('takes no degree from the education section, but a title written after the degrees', () => {
    expect(titles(['Bachelor of Engineering'], 'education')).toEqual([]);
    expect(titles(['MBA, Pune University'], 'education')).toEqual([]);
    expect(titles(['Project Coordinator'], 'education').map((t) => t.title)).toEqual(['Project Coordinator']);
    expect(titles(['Bachelor of Engineering'], 'experience').map((t) => t.title)).toEqual([
      'Bachelor of Engineering',
    ]);
  });

  it('takes no sentence: too long, a list, ending in a full stop, or with a verb', () => {
    expect(titles(['x'.repeat(91)])).toEqual([]);
    expect(titles(['x'.repeat(90)])).toHaveLength(1);
    expect(titles(['one two three four five six seven eight nine ten eleven twelve thirteen'])).toEqual([]);
    expect(titles(['one two three four five six seven eight nine ten eleven twelve'])).toHaveLength(1);
    expect(titles(['Jira, Confluence, Excel'])).toEqual([]);
    expect(titles(['QA Lead, Acme'])).toHaveLength(1);
    expect(titles(['Shipped the release.'])).toEqual([]);
    expect(titles(['Shipped the release!'])).toEqual([]);
    expect(titles(['Who owns the release?'])).toEqual([]);
    expect(titles(['Tester at Acme Pvt. Ltd.']).map((t) => t.title)).toEqual(['Tester at Acme Pvt. Ltd.']);
    expect(titles(['QA Engineer Sr.'])).toHaveLength(1);
    expect(titles(['Managed the QA team'])).toEqual([]);
    expect(titles(['Using Selenium daily'])).toEqual([]);
    // A bullet that opens with a verb in the past tense is a duty, whatever job words it holds.
    expect(titles(['- Executed Business Continuity Testing for various applications'])).toEqual([]);
    expect(titles(['• Registered Nurse']).map((t) => t.title)).toEqual(['Registered Nurse']);
    expect(titles(['Executed Testing Lead']).map((t) => t.title)).toEqual(['Executed Testing Lead']);
  });

  it('skips a line of less than two characters', () => {
    expect(titles(['-', 'A', '• Q'])).toEqual([]);
    expect(titles(['QA'])).toHaveLength(1);
  });

  it('reads the section of each line', () => {
    const section = (line: number): SectionKind => (line === 1 ? 'skills' : 'experience');
    expect(titles(['QA Engineer', 'QA Engineer'], section).map((t) => [t.line, t.section])).toEqual([
      [2, 'experience'],
    ]);
  });
});

describe('bullets', () => {
  it('strips the marks a bullet starts with', () => {
    expect(stripBullet(' ➢ ✓ Tested payments ')).toBe('Tested payments');
    expect(stripBullet('— … Tested')).toBe('Tested');
    expect(stripBullet('Tested - payments')).toBe('Tested - payments');
  });
});

describe('years stated in words', () => {
  it('takes the largest figure, with its line and the words around it', () => {
    expect(
      statedYears([
        'Summary',
        'QA engineer with 6 years of experience in payments.',
        'Over 10+ yrs industry experience overall',
      ]),
    ).toEqual({ years: 10, line: 3, quote: 'Over 10+ yrs industry experience overall' });
  });

  it('reads the phrasings of a figure', () => {
    expect(statedYears(['4.5 years of total experience'])?.years).toBe(4.5);
    expect(statedYears(['3 years and 6 months of experience'])?.years).toBe(3);
    expect(statedYears(['8 yr work exp in testing'])?.years).toBe(8);
    expect(statedYears(['2 years in Java'])).toBeUndefined();
  });

  it('quotes up to 40 characters before the figure and 20 after', () => {
    const before = 'A'.repeat(50);
    const after = 'B'.repeat(30);
    expect(statedYears([`${before} 6 years of experience ${after}`])?.quote).toBe(
      `${'A'.repeat(39)} 6 years of experience ${'B'.repeat(19)}`,
    );
  });

  it('keeps the first of equal figures, and reads none of 0 or over 45', () => {
    expect(statedYears(['5 years of experience', '5 years experience'])?.line).toBe(1);
    expect(statedYears(['0 years of experience'])).toBeUndefined();
    expect(statedYears(['46 years of experience'])).toBeUndefined();
    expect(statedYears(['45 years of experience'])?.years).toBe(45);
  });

  it('skips a line longer than 20,000 characters', () => {
    expect(statedYears([`6 years of experience ${'x'.repeat(20_000)}`])).toBeUndefined();
    expect(statedYears([`6 years of experience ${'x'.repeat(20_000 - 22)}`])?.years).toBe(6);
  });
});

describe('title lines: the edges', () => {
  it('trims what follows "worked as" before its dates', () => {
    expect(titles(['Worked as Software Engineer  (2019 - 2021)']).map((t) => t.title)).toEqual([
      'Software Engineer',
    ]);
  });

  it('counts twelve words across a double space as twelve', () => {
    const line = 'Principal Engineer for the Payments and Lending  Platform Team of Acme Group';
    expect(titles([line]).map((t) => t.title)).toEqual([line]);
  });

  it('reads a full stop inside a line as no sentence end, and "Sr." only at the end as an abbreviation', () => {
    expect(titles(['Node.js Developer']).map((t) => t.title)).toEqual(['Node.js Developer']);
    expect(titles(['Sr. Engineer at Acme Corp.'])).toEqual([]);
  });

  it('drops a label only at the start of the line, with or without a space after its colon', () => {
    expect(titles(['Test Lead Role - Payments', 'Designation:Release Manager']).map((t) => t.title)).toEqual([
      'Test Lead Role - Payments',
      'Release Manager',
    ]);
  });
});

describe('years stated in words: the quote', () => {
  it('quotes the words without the spaces a line starts with', () => {
    expect(statedYears(['   Over 6 years of experience'])).toEqual({
      years: 6,
      line: 1,
      quote: 'Over 6 years of experience',
    });
  });
});
