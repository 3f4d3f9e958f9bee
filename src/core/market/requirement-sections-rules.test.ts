// The rules of a listing's sections (requirement-sections.ts): what reads as a heading, what each
// heading opens, and how a single line can say "required" or "nice to have" on its own.
import { describe, expect, it } from 'vitest';
import { classifyListingLines, headingKind, strongerRequirement } from './requirement-sections.ts';

describe('what reads as a heading', () => {
  it('is at most 70 characters once its Markdown marks are gone', () => {
    const long = `Requirements for the ${'x'.repeat(49)}`;
    expect(long).toHaveLength(70);
    expect(headingKind(long)).toBe('required');
    expect(headingKind(`${long}x`)).toBeUndefined();
    expect(headingKind(`### __${long}__ `)).toBe('required');
    expect(headingKind(' ** ')).toBeUndefined();
  });

  it('ends with a colon, a question mark or no sentence punctuation', () => {
    expect(headingKind('Requirements.')).toBeUndefined();
    expect(headingKind('Requirements;')).toBeUndefined();
    expect(headingKind('Requirements!')).toBeUndefined();
    expect(headingKind('Requirements,')).toBeUndefined();
    expect(headingKind('Requirements:')).toBe('required');
    expect(headingKind('Why join us?')).toBe('not-asked');
  });

  it('has at most eight words, unless it ends with a colon', () => {
    expect(headingKind('What you need to bring to this team')).toBe('required');
    expect(headingKind('What you need to bring to this team here')).toBeUndefined();
    expect(headingKind('What you need to bring to this team here:')).toBe('required');
  });

  it('reads "preferred" before "qualifications", and the job before the employer', () => {
    expect(headingKind('Preferred Qualifications')).toBe('preferred');
    expect(headingKind('Qualifications')).toBe('required');
    expect(headingKind('About the team')).toBe('other');
    expect(headingKind('About us')).toBe('not-asked');
  });

  it('reads the application headings only as the whole line', () => {
    for (const h of [
      'Application',
      'Applications',
      'Application process',
      'Apply now',
      'Apply',
      'Contact us:',
      'Location',
    ])
      expect([h, headingKind(h)]).toEqual([h, 'not-asked']);
    expect(headingKind('Location independence')).toBeUndefined();
    expect(headingKind('Apply agile practices')).toBeUndefined();
  });
});

describe('what each line asks', () => {
  it('goes back to "mentioned" under a heading about the job', () => {
    expect(classifyListingLines('Requirements\nJira\nResponsibilities\nRun releases')).toEqual([
      'required',
      'required',
      'mentioned',
      'mentioned',
    ]);
  });

  it('reads "must have" on a line of the job description as required, but not under "nice to have"', () => {
    expect(
      classifyListingLines('You must have SQL for reports.\nNice to have\nYou must have SQL for reports.'),
    ).toEqual(['required', 'preferred', 'preferred']);
    expect(classifyListingLines('At least 5 years of delivery.\nA minimum of 3 releases.')).toEqual([
      'required',
      'required',
    ]);
  });

  it('reads "is a plus" as nice to have, even under the requirements', () => {
    expect(
      classifyListingLines('Requirements\nJira\nSQL for reporting is a plus.\nPython scripting, preferred.'),
    ).toEqual(['required', 'required', 'preferred', 'preferred']);
  });

  it('reads nothing as asked under the employer, the offer or the application, whatever the line says', () => {
    expect(classifyListingLines('Benefits\nSQL for reporting is a plus.\nYou must have a laptop.')).toEqual([
      'not-asked',
      'not-asked',
      'not-asked',
    ]);
  });

  it('starts as "mentioned", case aside', () => {
    expect(
      classifyListingLines('Run Jira boards.\nSQL FOR REPORTING IS A PLUS.\nYOU MUST HAVE PYTHON.'),
    ).toEqual(['mentioned', 'preferred', 'required']);
  });
});

describe('the stronger of two ways', () => {
  it('is required over preferred over mentioned, whichever comes first', () => {
    expect(strongerRequirement('required', 'preferred')).toBe('required');
    expect(strongerRequirement('preferred', 'required')).toBe('required');
    expect(strongerRequirement('mentioned', 'preferred')).toBe('preferred');
    expect(strongerRequirement('preferred', 'mentioned')).toBe('preferred');
    expect(strongerRequirement('mentioned', 'mentioned')).toBe('mentioned');
  });
});

describe('what reads as a heading: punctuation and spaces inside it', () => {
  it('reads a comma inside a heading and a double space between its words as no end or extra word', () => {
    expect(headingKind('Requirements, in short')).toBe('required');
    expect(headingKind('Who we are looking for in a  candidate')).toBe('required');
  });

  it('reads a heading with a space before its colon', () => {
    expect(headingKind('Contact :')).toBe('not-asked');
  });
});
