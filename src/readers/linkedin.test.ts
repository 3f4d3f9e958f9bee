import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from './index.ts';
import { csvRecords, isLinkedInExport, readLinkedInExport } from './linkedin.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([name, text]) => [name, enc(text)]));

describe('isLinkedInExport', () => {
  it('is an export with Positions.csv, or with both Profile.csv and Skills.csv, in any folder', () => {
    expect(isLinkedInExport(['Positions.csv'])).toBe(true);
    expect(isLinkedInExport(['Basic_LinkedInDataExport_01-01-2025/Positions.csv'])).toBe(true);
    expect(isLinkedInExport(['export/Profile.csv', 'export/Skills.csv'])).toBe(true);
    expect(isLinkedInExport(['Profile.csv'])).toBe(false);
    expect(isLinkedInExport(['Skills.csv', 'Connections.csv'])).toBe(false);
    expect(isLinkedInExport(['MyPositions.csv', 'Positions.csv.bak'])).toBe(false);
    expect(isLinkedInExport([])).toBe(false);
  });
});

describe('csvRecords', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF and CR line ends', () => {
    const text = 'Name,Note\r\n"Rivera, Alex","said ""hi""\nthen left"\rSam,plain\n';
    expect(csvRecords(text)).toEqual([
      { Name: 'Rivera, Alex', Note: 'said "hi"\nthen left' },
      { Name: 'Sam', Note: 'plain' },
    ]);
  });

  it('trims headers and cells, fills missing cells with "", skips blank rows, reads a last row without a line end', () => {
    expect(csvRecords(' Name , Title \n\n , \n Alex , TPM \nSam\n"Lee", "PM"')).toEqual([
      { Name: 'Alex', Title: 'TPM' },
      { Name: 'Sam', Title: '' },
      { Name: 'Lee', Title: 'PM' },
    ]);
    expect(csvRecords('')).toEqual([]);
    expect(csvRecords('Name')).toEqual([]);
  });

  it('skips the "Notes:" paragraph LinkedIn puts before some headers, and the blank lines after it', () => {
    const notes =
      '"Notes:\nWhen exporting your connection data, you may notice…"\n\n\nFirst Name,Last Name\nSam,Lee\n';
    expect(csvRecords(notes)).toEqual([{ 'First Name': 'Sam', 'Last Name': 'Lee' }]);
    expect(csvRecords('Note: one line\n\nName,Title\nAlex,TPM')).toEqual([{ Name: 'Alex', Title: 'TPM' }]);
    expect(csvRecords('NOTES: shouting\n\nName,Title\nAlex,TPM')).toEqual([{ Name: 'Alex', Title: 'TPM' }]);
    // No blank line after the notes: the header is the first row of more than one cell after them.
    expect(csvRecords('Notes:\nsome words\nName,Title\nAlex,TPM')).toEqual([{ Name: 'Alex', Title: 'TPM' }]);
    // Notes and nothing else.
    expect(csvRecords('Notes:\nsome words\n\n')).toEqual([]);
    expect(csvRecords('Notes:\nsome words')).toEqual([]);
  });

  it('reads a first row that only mentions notes as the header', () => {
    expect(csvRecords('Name,Notes\nAlex,Notes: none')).toEqual([{ Name: 'Alex', Notes: 'Notes: none' }]);
    expect(csvRecords('Invitation notes: text,From\nhello,Sam')).toEqual([
      { 'Invitation notes: text': 'hello', From: 'Sam' },
    ]);
  });

  it('finds the header of a one-column file after the notes and the blank lines that follow them', () => {
    expect(csvRecords('Notes:\nWhat this file holds\n\nName\nJira\nSQL')).toEqual([
      { Name: 'Jira' },
      { Name: 'SQL' },
    ]);
    expect(csvRecords('"Notes:\nWhat, and why"\n\n\n\nName\nJira')).toEqual([{ Name: 'Jira' }]);
  });

  it('ends the notes at the first blank line after them, a line of spaces included, however many lines they take', () => {
    expect(csvRecords('Notes:\nWhat this file holds\n   \nName\nJira')).toEqual([{ Name: 'Jira' }]);
    expect(csvRecords('Notes:\nWhat this file holds\nand why\n\nName\nJira')).toEqual([{ Name: 'Jira' }]);
  });

  it('without a blank line after the notes, takes the first row of more than one cell after them as the header', () => {
    const alex = [{ Name: 'Alex', Title: 'TPM' }];
    // A comma in the notes line itself, unquoted: that row is the notes, not the header.
    expect(csvRecords('Notes: what, and why\nName,Title\nAlex,TPM')).toEqual(alex);
    // A line end after the last row, LF or CRLF, is not a blank line.
    expect(csvRecords('Notes:\nsome words\nName,Title\nAlex,TPM\n')).toEqual(alex);
    expect(csvRecords('Notes:\r\nsome words\r\nName,Title\r\nAlex,TPM\r\n')).toEqual(alex);
    // Nor is a row with an empty cell.
    expect(csvRecords('Notes:\nsome words\nName,Title\nAlex,\nSam,PM')).toEqual([
      { Name: 'Alex', Title: '' },
      { Name: 'Sam', Title: 'PM' },
    ]);
  });
});

describe('readLinkedInExport', () => {
  it('writes the profile, positions, education, certifications and skills in the layout the structure step reads', () => {
    const read = readLinkedInExport(
      files({
        'export/Profile.csv':
          '\uFEFFFirst Name,Last Name,Headline,Summary\nAlex,Rivera,Technical Project Manager,Ships platforms.',
        'export/Positions.csv': [
          'Company Name,Title,Description,Location,Started On,Finished On',
          'Northwind,Senior TPM,"- Led releases\r\n\r\n• Ran Jira\n   \n  *   Managed risks\nCut costs - by 20%\n   ",London,Mar 2021,',
          'Globex,Project Manager,,,2018,2020-11-15',
          'Initech,Analyst,Wrote specs,,,Jun 2017',
          'Umbrella,Intern,,,,',
        ].join('\n'),
        'export/Education.csv':
          'School Name,Start Date,End Date,Degree Name\nUniversity of Leeds,2008,Jun 2011,BSc Computing\nOpen University,,,',
        'export/Certifications.csv': [
          'Name,Authority,Started On',
          'PMP,PMI,May 2020',
          'Scrum Master,,',
          ',Axelos,2019',
        ].join('\n'),
        'export/Skills.csv': 'Name,Endorsements\nJira,3\n\n,4\nSQL,1\n',
      }),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        format: 'linkedin-export',
        warnings: [],
        text: [
          'Alex Rivera',
          'Technical Project Manager',
          '',
          'Summary',
          'Ships platforms.',
          '',
          'Experience',
          'Senior TPM — Northwind (Mar 2021 – Present)',
          'London',
          '• Led releases',
          '• Ran Jira',
          '• Managed risks',
          '• Cut costs - by 20%',
          'Project Manager — Globex (2018 – Nov 2020)',
          'Analyst — Initech (Jun 2017)',
          '• Wrote specs',
          'Intern — Umbrella',
          '',
          'Education',
          'BSc Computing — University of Leeds (2008 – Jun 2011)',
          'Open University',
          '',
          'Certifications',
          'PMP — PMI (May 2020)',
          'Scrum Master',
          'Axelos (2019)',
          '',
          'Skills',
          'Jira, SQL',
        ].join('\n'),
      },
    });
  });

  it('writes what is there: a name alone, a headline without a name, skills without a profile', () => {
    const text = (entries: Record<string, string>) => {
      const read = readLinkedInExport(files(entries));
      return read.ok ? read.value.text : read.error.code;
    };
    expect(text({ 'Profile.csv': 'First Name,Last Name\nAlex,' })).toBe('Alex');
    expect(text({ 'Profile.csv': 'First Name,Last Name,Headline\n,Rivera,TPM' })).toBe('Rivera\nTPM');
    expect(text({ 'Profile.csv': 'First Name,Last Name,Headline\nAlex,,TPM' })).toBe('Alex\nTPM');
    // Only a leading byte-order mark goes (TextDecoder drops it); one inside the text stays.
    expect(text({ 'Profile.csv': '\uFEFFFirst Name\nA\uFEFFlex' })).toBe('A\uFEFFlex');
    expect(text({ 'Profile.csv': 'First Name,Last Name,Headline\n,,TPM at Northwind' })).toBe(
      'TPM at Northwind',
    );
    expect(text({ 'Skills.csv': 'Name\nJira' })).toBe('Skills\nJira');
    // Only the first profile row is read; files not of the export are not.
    expect(text({ 'Profile.csv': 'First Name\nAlex\nSam', 'Connections.csv': 'Name\nLee' })).toBe('Alex');
  });

  it('fails as EMPTY_INPUT when the export has no profile, positions or skills', () => {
    const empty = {
      ok: false,
      error: {
        code: 'EMPTY_INPUT',
        message: 'the LinkedIn export has no profile, positions or skills.',
        hint: 'Request the full archive from LinkedIn (Settings → Data privacy → Get a copy of your data).',
      },
    };
    expect(readLinkedInExport(files({}))).toEqual(empty);
    expect(
      readLinkedInExport(files({ 'Profile.csv': 'First Name,Last Name\n,', 'Skills.csv': 'Name\n' })),
    ).toEqual(empty);
  });

  it('is what readDocument makes of the export ZIP: the five files read, in any folder, the others left in it', async () => {
    const zip = zipSync({
      'export/Profile.csv': enc('First Name,Last Name\nAlex,Rivera'),
      'export/Positions.csv': enc('Company Name,Title,Started On\nNorthwind,TPM,2021'),
      'export/Education.csv': enc('School Name,Degree Name\nLeeds,BSc'),
      'export/Certifications.csv': enc('Name\nPMP'),
      'export/Skills.csv': enc('Name\nJira'),
      'export/Connections.csv': enc('First Name\nSam'),
      'export/Messages.csv': enc('From,Content\nSam,Positions.csv'),
    });
    expect(await readDocument(zip, { filename: 'Basic_LinkedInDataExport.zip', isolate: false })).toEqual({
      ok: true,
      value: {
        format: 'linkedin-export',
        warnings: [],
        text: [
          'Alex Rivera',
          '',
          'Experience',
          'TPM — Northwind (2021 – Present)',
          '',
          'Education',
          'BSc — Leeds',
          '',
          'Certifications',
          'PMP',
          '',
          'Skills',
          'Jira',
        ].join('\n'),
      },
    });
  });
});
