import { describe, expect, it } from 'vitest';
import {
  findDateRange,
  findDates,
  findWrappedRange,
  formatYearMonth,
  isDateCell,
  joinDatePieces,
  monthsBetween,
  parseDate,
  parseIsoDate,
  unfinishedDate,
} from './dates.ts';

describe('dates as people write them', () => {
  it.each([
    ['Jan 2020 – Present', { start: { year: 2020, month: 1 }, end: 'present' }],
    ['2019-03 to 2021-05', { start: { year: 2019, month: 3 }, end: { year: 2021, month: 5 } }],
    ['03/2019 - Current', { start: { year: 2019, month: 3 }, end: 'present' }],
    ['Sept. 2018 – Jun 2020', { start: { year: 2018, month: 9 }, end: { year: 2020, month: 6 } }],
    ['January, 2020 to date', { start: { year: 2020, month: 1 }, end: 'present' }],
    ['June 2019 to till the date', { start: { year: 2019, month: 6 }, end: 'present' }],
    ['Sept 2009 till the date', { start: { year: 2009, month: 9 }, end: 'present' }],
    ["Jan '20 — now", { start: { year: 2020, month: 1 }, end: 'present' }],
    ['2015 – 2019', { start: { year: 2015 }, end: { year: 2019 } }],
    ['since 2017', { start: { year: 2017 }, end: 'present' }],
    ['UC Berkeley | 2019', { end: { year: 2019 } }],
  ])('%s', (text, expected) => {
    const d = findDateRange(`Analyst\t${text}`);
    expect(d && { ...(d.start ? { start: d.start } : {}), end: d.end }).toEqual(expected);
  });

  it('reads months and the present in German, French, Spanish, Dutch, Italian and Portuguese', () => {
    const range = (text: string) => {
      const d = findDateRange(`Analyst\t${text}`);
      return d && [d.start, d.end];
    };
    expect(range('Januar 2020 – März 2023')).toEqual([
      { year: 2020, month: 1 },
      { year: 2023, month: 3 },
    ]);
    expect(range('janvier 2019 – présent')).toEqual([{ year: 2019, month: 1 }, 'present']);
    expect(range('févr. 2016 – juil. 2018')).toEqual([
      { year: 2016, month: 2 },
      { year: 2018, month: 7 },
    ]);
    expect(range('Mai 2017 - bis heute')).toEqual([{ year: 2017, month: 5 }, 'present']);
    expect(range('enero 2018 – la actualidad')).toEqual([{ year: 2018, month: 1 }, 'present']);
    expect(range('maart 2015 - heden')).toEqual([{ year: 2015, month: 3 }, 'present']);
    expect(range('settembre 2012 – dicembre 2014')).toEqual([
      { year: 2012, month: 9 },
      { year: 2014, month: 12 },
    ]);
    expect(parseDate('outubro 2021')).toEqual({ year: 2021, month: 10 });
    // Short forms that are English words are no months: "out 2019" is a year.
    expect(parseDate('out 2019')).toBeUndefined();
    expect(parseDate('set 2019')).toBeUndefined();
  });

  it('rejects what is not a date', () => {
    expect(findDateRange('Reduced costs by 2500 units')).toBeUndefined();
    // "the date" ends a range only after a start and its separator.
    expect(findDates('Updated the date fields in 2019 reports')).toEqual([
      { end: { year: 2019 }, from: 27, to: 31 },
    ]);
    expect(parseDate('13/2019')).toBeUndefined();
    expect(parseDate('0/2019')).toBeUndefined();
    expect(parseDate('2019-00')).toBeUndefined();
    // A quarter, a day of the month or a five-digit number is not a month and year.
    expect(parseDate('Q3/2019')).toBeUndefined();
    expect(parseDate('1 Jan 2020')).toBeUndefined();
    expect(parseDate('Jan 20201')).toBeUndefined();
  });

  it('reads a date only when the whole text is one (a mutation run found these unpinned)', () => {
    expect(parseDate('  Jan 2020 ')).toEqual({ year: 2020, month: 1 });
    expect(parseDate('1995')).toEqual({ year: 1995 });
    expect(parseDate('1945')).toBeUndefined();
    for (const text of ['2019-123', '12019-03', '03/20191', '20201', '12020', "'191", "x'19"])
      expect(parseDate(text)).toBeUndefined();
  });

  it('reads a date with a full stop after it, or with no space before the year', () => {
    expect(parseDate('Jun 2020.')).toEqual({ year: 2020, month: 6 });
    expect(parseDate('Jan2020')).toEqual({ year: 2020, month: 1 });
  });

  it('counts months inclusively', () => {
    expect(monthsBetween({ year: 2020, month: 1 }, { year: 2020, month: 12 })).toBe(12);
    expect(monthsBetween({ year: 2020, month: 1 }, { year: 2020, month: 1 })).toBe(1);
  });

  it('counts a year without a month from January to December', () => {
    expect(monthsBetween({ year: 2015 }, { year: 2019 })).toBe(60);
    expect(monthsBetween({ year: 2015 }, { year: 2015, month: 3 })).toBe(3);
    expect(monthsBetween({ year: 2015, month: 11 }, { year: 2016 })).toBe(14);
  });

  it('prefers a range over a lone year that comes first (a number in a bullet or a degree year)', () => {
    const line = 'Won the 2016 hackathon | Acme Corp | Mar 2017 – Jun 2019';
    expect(findDates(line)).toHaveLength(2);
    expect(findDateRange(line)).toMatchObject({
      start: { year: 2017, month: 3 },
      end: { year: 2019, month: 6 },
    });
    expect(findDateRange('Graduated 2014')).toMatchObject({ end: { year: 2014 } });
  });

  it('reads two-digit years around the century: up to 50 is 20xx, above is 19xx', () => {
    expect(parseDate("Jan '50")).toEqual({ year: 2050, month: 1 });
    expect(parseDate("Jan '51")).toEqual({ year: 1951, month: 1 });
    expect(parseDate("Jan '89")).toEqual({ year: 1989, month: 1 });
    expect(parseDate("Jan '91")).toEqual({ year: 1991, month: 1 });
    expect(parseDate("Jan '05")).toEqual({ year: 2005, month: 1 });
  });

  it.each([
    ['\u2019', 'right single quotation mark, as Word and PDFs set an apostrophe'],
    ['\u2018', 'left single quotation mark, as autocorrect turns one after a space'],
    ['\u02bc', 'modifier letter apostrophe'],
  ])('reads a two-digit year after %s (%s) as after a straight apostrophe', (q) => {
    expect(findDateRange(`Product Analyst, Veltrix Labs\tJan ${q}17 \u2013 Mar ${q}19`)).toMatchObject({
      start: { year: 2017, month: 1 },
      end: { year: 2019, month: 3 },
    });
    expect(findDateRange(`Sept. ${q}21 \u2013 Present`)).toMatchObject({
      start: { year: 2021, month: 9 },
      end: 'present',
    });
    expect(findDateRange(`Intern, Orrin Bank | 2015 \u2013 ${q}16`)).toMatchObject({
      start: { year: 2015 },
      end: { year: 2016 },
    });
    expect(parseDate(`Jan ${q}98`)).toEqual({ year: 1998, month: 1 });
    expect(parseDate(`${q}05`)).toEqual({ year: 2005 });
    // A quotation mark before a number that is no year, or before three digits, is not one.
    expect(findDates(`Rated ${q}24x7 support${q} by ${q}100 clients`)).toEqual([]);
  });

  it.each([
    ['Jan 2020 \u2013 Mar 2021', 'en dash'],
    ['Jan 2020 \u2014 Mar 2021', 'em dash'],
    ['Jan 2020 \u2212 Mar 2021', 'minus sign'],
    ['Jan 2020 ~ Mar 2021', 'tilde'],
    ['Jan 2020 \u00ad Mar 2021', 'soft hyphen'],
    ['Jan 2020 \u2010 Mar 2021', 'Unicode hyphen'],
    ['Jan 2020 through Mar 2021', 'a word'],
  ])('reads a range joined by %s (%s)', (text) => {
    expect(findDateRange(text)).toMatchObject({
      start: { year: 2020, month: 1 },
      end: { year: 2021, month: 3 },
    });
  });

  it('reads a range whose months are written as numbers, either way round', () => {
    expect(findDateRange('2019.03 - 2021.11')).toMatchObject({
      start: { year: 2019, month: 3 },
      end: { year: 2021, month: 11 },
    });
    expect(findDateRange('3.2019 - 11.2021')).toMatchObject({
      start: { year: 2019, month: 3 },
      end: { year: 2021, month: 11 },
    });
  });

  it('does not read a year glued to other words or numbers', () => {
    expect(findDates('ISO27001 and SOC2 audits, ticket INC-2019-445')).toEqual([]);
    expect(findDates('Windows Server 2012R2')).toEqual([]);
  });

  it('reads a range whose dash the PDF lost, or whose dates sit in two cells', () => {
    expect(findDateRange('DevOps Engineer\tSep. 2023 Mar. 2024')).toMatchObject({
      start: { year: 2023, month: 9 },
      end: { year: 2024, month: 3 },
    });
    expect(findDateRange('Member\tNov. 2011 PRESENT')).toMatchObject({
      start: { year: 2011, month: 11 },
      end: 'present',
    });
    expect(findDateRange('Jan 2019\tMar 2021')).toMatchObject({
      start: { year: 2019, month: 1 },
      end: { year: 2021, month: 3 },
    });
    // Dates that run backwards are two dates; a sentence's "now" ends no range without a dash.
    expect(findDates('Sep. 2013, Mar. 2011 Oct. 2011').map((d) => [d.start?.year, d.end])).toEqual([
      [undefined, { year: 2013, month: 9 }],
      [2011, { year: 2011, month: 10 }],
    ]);
    expect(findDates('2021 2019').map((d) => d.end)).toEqual([{ year: 2021 }, { year: 2019 }]);
    expect(findDateRange('Since 2019 now leading the team')).toMatchObject({ end: 'present' });
    expect(findDates('in 2019 now leading').map((d) => d.start)).toEqual([undefined]);
  });

  it('reads "from X to Y" and "since X to Y" as one range, and "from X" alone as running to the present', () => {
    const read = (line: string) => {
      const d = findDateRange(line);
      return d && { start: d.start, end: d.end, text: line.slice(d.from, d.to) };
    };
    expect(
      read(
        'description - Worked as a Software Engineer in Technosoft Corporation, Chennai from Aug 2015 to sep 2016.',
      ),
    ).toEqual({
      start: { year: 2015, month: 8 },
      end: { year: 2016, month: 9 },
      text: 'from Aug 2015 to sep 2016',
    });
    expect(read('description - since May 2015 to June 2016 at HONEYWELL, Seoul, South Korea]')).toMatchObject(
      {
        start: { year: 2015, month: 5 },
        end: { year: 2016, month: 6 },
      },
    );
    expect(read('Interned at Orrin Labs from June 2018 until August 2018')).toMatchObject({
      start: { year: 2018, month: 6 },
      end: { year: 2018, month: 8 },
    });
    expect(read('Site Engineer, Gulf Asia Contracting from 2012 \u2013 2014')).toMatchObject({
      start: { year: 2012 },
      end: { year: 2014 },
    });
    expect(read('Consultant from 15/03/2019 to 20/08/2021 at Capgemini')).toMatchObject({
      start: { year: 2019, month: 3 },
      end: { year: 2021, month: 8 },
    });
    expect(read('Working here from Jan 2019 to till date')).toMatchObject({
      start: { year: 2019, month: 1 },
      end: 'present',
      text: 'from Jan 2019 to till date',
    });
    expect(read('Working here from Jan 2019, leading the data team')).toMatchObject({
      start: { year: 2019, month: 1 },
      end: 'present',
      text: 'from Jan 2019',
    });
  });

  it.each([
    ['(16th Jan 2017 to till 30th Aug 2018)', [2017, 1], [2018, 8]],
    [
      'Worked with Mahal Pvt Ltd. as Sr. Sales Executive. (04th Mar 2016 to 03 Jan 2017)',
      [2016, 3],
      [2017, 1],
    ],
    ['Period: 7 Dec 2006 to 20 March 2007', [2006, 12], [2007, 3]],
    ['description - Period: 1st Sept 2011 to 6thMay 2012.', [2011, 9], [2012, 5]],
    ['for 6 months duration from 8th June 2016 to 30th November 2016.', [2016, 6], [2016, 11]],
    ['Experience worked in SepSoft ERP  Solutions From 1-Jan 2016  To 24th Dec 2016.', [2016, 1], [2016, 12]],
  ])('reads a range whose dates carry their day before the month: %s', (line, [y1, m1], [y2, m2]) => {
    expect(findDates(line).map((d) => [d.start, d.end])).toEqual([
      [
        { year: y1, month: m1 },
        { year: y2, month: m2 },
      ],
    ]);
  });

  it('takes the day before a month into the span, and no number before anything else', () => {
    const line = 'Sales Manager (16th Jan 2017 to till date)';
    const [d] = findDates(line);
    expect(d && [line.slice(d.from, d.to), d.start, d.end]).toEqual([
      '16th Jan 2017 to till date',
      { year: 2017, month: 1 },
      'present',
    ]);
    expect(findDates('Led 12 engineers through 2019').map((d) => [d.from, d.end])).toEqual([
      [25, { year: 2019 }],
    ]);
    expect(findDates('Delivered 40 2019 releases')).toEqual([{ end: { year: 2019 }, from: 13, to: 17 }]);
  });

  it('reads an expected end as the end', () => {
    expect(findDateRange('Researcher\tMar. 2016 Exp. Jun. 2017')).toMatchObject({
      start: { year: 2016, month: 3 },
      end: { year: 2017, month: 6 },
    });
    expect(findDateRange('B.Sc. Computer Science, Sep 2021 – Expected May 2025')).toMatchObject({
      start: { year: 2021, month: 9 },
      end: { year: 2025, month: 5 },
    });
  });

  it('reads dates glued to the title before them, but no year inside a word', () => {
    const glued = findDateRange('Co-Founder & CTO2019 – 2021');
    expect(glued).toMatchObject({ start: { year: 2019 }, end: { year: 2021 }, from: 16 });
    expect(findDateRange('Software Test AnalystFebruary 2016')).toMatchObject({
      end: { year: 2016, month: 2 },
      from: 21,
    });
    expect(findDates('Win2019 and Office365')).toEqual([]);
    expect(findDates('to my dismay 2019 was late').map((d) => [d.from, d.end])).toEqual([
      [13, { year: 2019 }],
    ]);
    // No month after a capital: the year is read alone, as before.
    expect(findDates('CEOJAN 2019')).toEqual([{ end: { year: 2019 }, from: 7, to: 11 }]);
  });

  it('formats a date with its month when known', () => {
    expect(formatYearMonth({ year: 2020, month: 9 })).toBe('Sep 2020');
    expect(formatYearMonth({ year: 2020 })).toBe('2020');
  });

  it('reads ISO dates as exports write them', () => {
    expect(parseIsoDate('2020-01-15')).toEqual({ year: 2020, month: 1 });
    expect(parseIsoDate('2020')).toEqual({ year: 2020 });
    expect(parseIsoDate('2020-13')).toBeUndefined();
    expect(parseIsoDate(' 2020-01-15 ')).toEqual({ year: 2020, month: 1 });
    expect(parseIsoDate('2020 (approx.)')).toEqual({ year: 2020 });
    expect(parseIsoDate('FY2020')).toBeUndefined();
    expect(parseIsoDate(undefined)).toBeUndefined();
  });
});

describe('dates written with their day in numbers', () => {
  const read = (line: string) =>
    findDates(line).map((d) => ({ ...(d.start ? { start: d.start } : {}), end: d.end }));

  it.each([
    ['Asst.Professor      20/07/2015    31/05/2016        10 Months', 'slashes, two table cells'],
    ['Data Analyst, Veltrix Labs | 20.07.2015 \u2013 31.05.2016', 'full stops, en dash'],
    ['Site Engineer - Orrin Infra (20-07-2015 to 31-05-2016)', 'hyphens, "to"'],
    ['Support Engineer\t20/7/2015 - 31/5/2016', 'one-digit months'],
  ])('a day above 12 first is day-first: "%s" (%s)', (line) => {
    expect(read(line)).toEqual([{ start: { year: 2015, month: 7 }, end: { year: 2016, month: 5 } }]);
  });

  it('a day above 12 second is month-first', () => {
    expect(read('QA Lead, Bramblecote | 07/20/2015 \u2013 05/31/2016')).toEqual([
      { start: { year: 2015, month: 7 }, end: { year: 2016, month: 5 } },
    ]);
    expect(read('Analyst 15.03.2019 \u2013 Present')).toEqual([
      { start: { year: 2019, month: 3 }, end: 'present' },
    ]);
  });

  it('with both numbers 12 or under, the order another date on the line shows, else day-first', () => {
    // The end's 25 is a day: the start is read in the same order.
    expect(read('Intern 03/04/2019 - 25/06/2019')).toEqual([
      { start: { year: 2019, month: 4 }, end: { year: 2019, month: 6 } },
    ]);
    expect(read('Intern 03/04/2019 - 06/25/2019')).toEqual([
      { start: { year: 2019, month: 3 }, end: { year: 2019, month: 6 } },
    ]);
    // Nothing on the line tells: day-first, as resumes that write the day in numbers mostly are.
    expect(read('Intern 03/04/2019 - 05/06/2019')).toEqual([
      { start: { year: 2019, month: 4 }, end: { year: 2019, month: 6 } },
    ]);
    expect(read('Certified on 07-11-2016.')).toEqual([{ end: { year: 2016, month: 11 } }]);
    // Dates that disagree tell nothing: each is read on its own.
    expect(read('13/01/2018 - 01/13/2019, then 02/03/2020')).toEqual([
      { start: { year: 2018, month: 1 }, end: { year: 2019, month: 1 } },
      { end: { year: 2020, month: 3 } },
    ]);
  });

  it('reads a year-first date with its day', () => {
    expect(read('Platform Engineer\t2019-03-15 \u2013 2021-08-31')).toEqual([
      { start: { year: 2019, month: 3 }, end: { year: 2021, month: 8 } },
    ]);
    expect(parseDate('2019.03.15')).toEqual({ year: 2019, month: 3 });
  });

  it('parses one such date, in the order given when the numbers do not tell', () => {
    expect(parseDate('15/03/2019')).toEqual({ year: 2019, month: 3 });
    expect(parseDate('03/15/2019')).toEqual({ year: 2019, month: 3 });
    expect(parseDate('03/04/2019')).toEqual({ year: 2019, month: 4 });
    expect(parseDate('03/04/2019', 'month-first')).toEqual({ year: 2019, month: 3 });
    expect(parseDate('15/03/2019', 'month-first')).toEqual({ year: 2019, month: 3 });
  });

  it('a birth date is no date of a career, however it is written', () => {
    for (const line of [
      'DOB: 21/03/1986',
      'PRESONAL DETAILS: DOB: 20/07/1995. Marital status: Single.',
      'Date of Birth(Gender):1993-12-20(YYYY-MM-DD) (F)',
      'D.O.B. - 05.06.1992',
      'Date of birth: 12 March 1990',
      'Birth date\t1988',
      'Born on Jan 1991 in Pune',
    ])
      expect([line, findDates(line)]).toEqual([line, []]);
    // The label covers the date after it only.
    expect(read('DOB: 21/03/1986 | Joined Acme 15/06/2012 \u2013 Present')).toEqual([
      { start: { year: 2012, month: 6 }, end: 'present' },
    ]);
    expect(read('Seaborn, Matplotlib 2019')).toEqual([{ end: { year: 2019 } }]);
  });

  it('years that name software versions are no dates of a career', () => {
    for (const line of [
      'Migrated SQL Server from 2012 to 2016 version',
      'Upgraded the estate from 2008 to 2016',
      'SQL Server 2012 to 2016 version upgrade',
      'Migrating Windows Server 2008 to 2019 across 40 sites',
    ])
      expect([line, findDates(line)]).toEqual([line, []]);
    // A month makes it a date, and a range after the upgrade's sentence is one.
    expect(read('Upgraded the CRM from Jan 2019 to Mar 2019')).toEqual([
      { start: { year: 2019, month: 1 }, end: { year: 2019, month: 3 } },
    ]);
    expect(read('Upgraded 40 servers. Analyst, Globex 2012 to 2016')).toEqual([
      { start: { year: 2012 }, end: { year: 2016 } },
    ]);
  });

  it('bare years on a line that lists the software a project used are versions', () => {
    for (const line of [
      'Database: SQL Server 2015',
      'Environment: Java, JSP/Servlet, SQL Server 2000, T-SQL',
      'Technical Environment: Visual Studio 2010, Oracle 11g',
      'Tools : Office 2016, Jira',
    ])
      expect([line, findDates(line)]).toEqual([line, []]);
    // A month makes it a date, other labels keep their years, and so does a line with no label first.
    expect(read('Environment: Kubernetes, from Jan 2019 to Mar 2020')).toEqual([
      { start: { year: 2019, month: 1 }, end: { year: 2020, month: 3 } },
    ]);
    expect(read('Period: 2012 to 2016')).toEqual([{ start: { year: 2012 }, end: { year: 2016 } }]);
    expect(read('Data Engineer, Acme Databases: 2012 to 2016')).toEqual([
      { start: { year: 2012 }, end: { year: 2016 } },
    ]);
  });

  it('is no date when no number can be the month, the day is past 31 or the separators differ', () => {
    for (const text of ['13/14/2019', '32/01/2019', '00/01/2019', '15/03-2019', '2019-03-32', '2019-13-01'])
      expect([text, parseDate(text)]).toEqual([text, undefined]);
    expect(read('Invoice 13/14/2019 and 32/01/2019')).toEqual([]);
    expect(read('Version 1.2.2019.4 released')).toEqual([]);
  });
});

describe('date ranges a narrow date column wrapped over two lines', () => {
  const range = (line: string, next: string) => {
    const d = findWrappedRange(line, next);
    return d && { start: d.start, end: d.end, text: line.slice(d.from, d.to) };
  };

  it.each([
    ['Jan 2019 \u2013', 'Mar 2021', 'en dash'],
    ['Jan 2019 -', 'Mar 2021', 'hyphen'],
    ['Jan 2019-', 'Mar 2021', 'hyphen without a space'],
    ['Jan 2019 \u00ad', 'Mar 2021', 'soft hyphen'],
    ['Jan 2019 \u2014 ', '  Mar 2021', 'em dash, indented end'],
    ['Jan 2019 to', 'Mar 2021', 'a word'],
    ['Jan 2019 until', 'Mar 2021 \u00b7 Remote', 'a word, a place after the end'],
  ])('"%s" then "%s" (%s)', (line, next) => {
    expect(range(line, next)).toEqual({
      start: { year: 2019, month: 1 },
      end: { year: 2021, month: 3 },
      text: line,
    });
  });

  it('reads the end from the next line when that line opens with the separator', () => {
    expect(range('Technical Program Manager | Acme Corp | Jan 2019', '\u2013 Mar 2021')).toEqual({
      start: { year: 2019, month: 1 },
      end: { year: 2021, month: 3 },
      text: 'Jan 2019',
    });
    expect(range('Jan 2019', 'to Present')).toMatchObject({ end: 'present' });
    expect(range('Jan 2019 ', '\u2013 Mar 2021')).toMatchObject({ end: { year: 2021, month: 3 } });
    expect(range('03/2019', '- 11/2021 | Berlin')).toMatchObject({
      start: { year: 2019, month: 3 },
      end: { year: 2021, month: 11 },
    });
  });

  it('reads an ongoing range in every wording the one-line form accepts', () => {
    for (const word of ['Present', 'current', 'Now', 'to date', 'till date', 'ongoing']) {
      expect(range('Sep 2020 \u2013', word)).toEqual({
        start: { year: 2020, month: 9 },
        end: 'present',
        text: 'Sep 2020 \u2013',
      });
    }
  });

  it('joins a lone year whose dash comes before the text of the column beside it', () => {
    expect(range('2017 \u2013 Product Manager, Google', 'Present Leading teams to launch products.')).toEqual(
      {
        start: { year: 2017 },
        end: 'present',
        text: '2017 \u2013 ',
      },
    );
    expect(range('2012 -', '2017 Software Engineer')).toMatchObject({
      start: { year: 2012 },
      end: { year: 2017 },
    });
  });

  it('joins nothing that is not one range', () => {
    // A whole range on the line already.
    expect(range('Jan 2019 \u2013 Mar 2021', 'Present')).toBeUndefined();
    // The next line is a sentence, a bullet, or the start of another range.
    expect(range('Jan 2019 \u2013', 'Led the migration of 40 services.')).toBeUndefined();
    expect(range('Jan 2019 \u2013', '\u2022 2021 roadmap delivered')).toBeUndefined();
    expect(range('Jan 2019 \u2013', 'Mar 2021 \u2013 Present')).toBeUndefined();
    // Without a separator on either line the two dates are two dates.
    expect(range('Acme Corp | 2019', '2021 Globex')).toBeUndefined();
    // With the separator on the next line, the end must stand alone as a date cell.
    expect(range('Graduated 2014', '- 2016 cohort of the mentoring programme')).toBeUndefined();
    // A whole range and another start on one line: which range the next line ends is unclear.
    expect(range('Jan 2019 \u2013 Mar 2021', '\u2013 Present')).toBeUndefined();
    expect(range('Jan 2019 \u2013', 'Mar 2021 \u2013 Jun 2022')).toBeUndefined();
    expect(range('Mar 2015 \u2013 Jun 2017 | 2019 \u2013', 'Present')).toBeUndefined();
    // A date with other text after it and no separator; a word that only starts with "present".
    expect(range('Acme 2019 Berlin', '\u2013 Mar 2021')).toBeUndefined();
    expect(range('Acme Corp | 2019', 'Present Foods Ltd')).toBeUndefined();
    // No date, or a date inside a sentence.
    expect(range('Program Manager \u2013', 'Mar 2021')).toBeUndefined();
    expect(range('Shipped 2019 \u2013 the year we moved', 'Mar 2021')).toBeUndefined();
  });

  it('tells a date cell that stops before its date does: at a dash or "to", a month or part of one', () => {
    for (const cell of ['Sep', 'Sep 2020 \u2013', 'Mar 2019 to', 'Sep 2015 \u2013 Jan', 'Septembe', 'Octo'])
      expect(unfinishedDate(cell), cell).toBe(true);
    for (const cell of [
      'Sep 2020 \u2013 Present',
      '2019',
      '2010 \u2013 2014',
      'Jun 2023',
      'Experience',
      'Se',
      '',
    ])
      expect(unfinishedDate(cell), cell).toBe(false);
  });

  it("joins a wrapped piece with a space, or with none inside a month's name", () => {
    expect(joinDatePieces('Sep', '2020 \u2013')).toBe('Sep 2020 \u2013');
    expect(joinDatePieces('Septembe', 'r 2020 \u2013')).toBe('September 2020 \u2013');
    expect(joinDatePieces('Sep 2015 \u2013 Jan', ' 2019')).toBe('Sep 2015 \u2013 Jan 2019');
  });
});

describe('isDateCell', () => {
  it('takes cells of dates, the words of a range, an open end and a duration', () => {
    for (const cell of [
      'Jun 2023 \u2013',
      'Present',
      'Sep 2015 \u2013 Jan',
      '2019',
      '2010 \u2013 2014',
      'Mar 2019 \u2013 till date',
      'Jan 2020 \u2013 Present (2 yrs 3 mos)',
      'since 03/2018',
    ])
      expect(isDateCell(cell), cell).toBe(true);
  });

  it('refuses a cell with anything else in it, or with no date', () => {
    for (const cell of [
      'Experience',
      'Berlin, Jan 2020',
      'Python, SQL',
      'Now hiring',
      'knowledge',
      '2 years',
      '',
    ])
      expect(isDateCell(cell), cell).toBe(false);
  });
});
