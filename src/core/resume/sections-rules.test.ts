import { describe, expect, it } from 'vitest';
import { gluedHeadingKind, headingKind, leadingHeading, sectionOfLines, splitSections } from './sections.ts';

// The rules of "this line is a section heading" and of splitting a resume into sections that
// StrykerJS found unpinned (issue 15, docs/testing.md).
const spans = (lines: string[]) => splitSections(lines).map((s) => [s.kind, s.startLine, s.endLine]);

describe('headingKind: the decoration around a heading', () => {
  it('reads a heading behind the marks templates and Markdown put around it', () => {
    // Rule: firstWord skips any of * _ = - # : space and tab before the first word.
    expect(
      [
        '**Skills**',
        '__Education__',
        '== Experience ==',
        '-- Projects --',
        '#Certifications',
        ': Summary',
      ].map(headingKind),
    ).toEqual(['skills', 'education', 'experience', 'projects', 'certifications', 'summary']);
  });

  it('reads a first word of up to 16 letters after the decoration', () => {
    // Rule: the word is cut at 16 letters counted from its own start, not from the line's.
    expect(headingKind('=== Extracurricular Activities ===')).toBe('other');
    expect(headingKind('- - Professional Experience')).toBe('experience');
  });

  it('takes a first word from a to z, both ends included', () => {
    // Rule: the letters run from "a" (97) to "z" (122) once lowercased.
    expect(
      ['Awards', 'Achievements', 'Organizational Skills', 'Organizational skills'].map(headingKind),
    ).toEqual(['other', 'other', 'skills', 'skills']);
  });

  it('reads "&" as "and", and drops punctuation and a closing colon', () => {
    expect(
      ['Skills & Expertise', 'Awards & Honors', 'Skills:', 'WORK-HISTORY', 'Tools & Technologies'].map(
        headingKind,
      ),
    ).toEqual(['skills', 'other', 'skills', 'experience', 'skills']);
  });
});

describe('headingKind: what a heading starts with', () => {
  it('ends the first word at any character past "z", a dash rule after the heading as well', () => {
    // Rule: the first word's letters run from "a" (97) to "z" (122), not on into "—" or "~".
    expect(['Experience—', 'Skills~'].map(headingKind)).toEqual(['experience', 'skills']);
  });

  it('takes a bulleted or numbered line naming a section for an item, not a heading', () => {
    // Rule: the first word, after decoration only, must open a known heading: "•", "➢" and "1." are no decoration.
    expect(['• Training', '● Languages', '➢ Tools', '1. Courses'].map(headingKind)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a heading after a mark and two spaces as the heading, not as letter-spaced capitals', () => {
    // Rule: only single letters one gap apart are letter-spaced; "#  About Me" keeps its words.
    expect(['#  About Me', '-  Work History'].map(headingKind)).toEqual(['summary', 'experience']);
  });

  it('reads letter-spaced capitals with a tab between every letter', () => {
    expect(headingKind('S\tK\tI\tL\tL\tS')).toBe('skills');
  });

  it('reads a known heading in capitals whose word gap a PDF reader lost ("CORESKILLS", "ABOUTME")', () => {
    expect(['CORESKILLS', 'ABOUTME', 'WORKEXPERIENCE', 'CERTIFICATIONS&TRAINING'].map(headingKind)).toEqual([
      'skills',
      'summary',
      'experience',
      'certifications',
    ]);
    // Only capitals, and only a known heading once joined.
    expect(['Coreskills', 'JAVASCRIPT', 'ABC', 'PROJECTX'].map(headingKind)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('headingKind: lengths', () => {
  it('reads a line of up to 80 characters, spaces included', () => {
    // Rule: the cheap rejection is on the line as it comes, before trimming.
    expect(headingKind('Skills'.padEnd(80))).toBe('skills');
    expect(headingKind('Skills'.padEnd(81))).toBeUndefined();
  });

  it('reads a Markdown heading of unknown wording of up to 48 characters as another section', () => {
    // Rule: after the "#"s, 48 characters at most.
    const wording = 'Volunteering at the Food Bank of Central Texas'; // 46
    expect(headingKind(`## ${wording}..`)).toBe('other');
    expect(headingKind(`## ${wording}...`)).toBeUndefined();
    // Every space after the "#"s goes with them.
    expect(headingKind(`##   ${wording}..`)).toBe('other');
  });
});

describe('headingKind: Markdown', () => {
  it('takes one to six "#"s and a space for a Markdown heading', () => {
    expect(
      ['# Volunteering abroad', '###### Volunteering abroad', '####### Volunteering abroad'].map(headingKind),
    ).toEqual(['other', 'other', undefined]);
  });

  it('takes no hashtag for a heading', () => {
    // Rule: "#" must be followed by a space: "#OpenToWork" is a tag, not a heading of unknown wording.
    expect(['#OpenToWork', '#1 in sales', 'Volunteering abroad'].map(headingKind)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('takes a Markdown heading without letters for no heading', () => {
    // Rule: nothing is left of "2019 – 2021" once normalised, so it names no section.
    expect(['### 2019 – 2021', '## ---'].map(headingKind)).toEqual([undefined, undefined]);
  });

  it('takes a contact detail after "#" for an icon, whichever kind', () => {
    // Rule: CONTACT: an "@", an http(s) or www address, a .com/.org/.net/.io/.dev/.me domain, a phone.
    for (const line of [
      '# @janedoe',
      '# https://janedoe.ca',
      '# http://janedoe.ca',
      '# www.janedoe.ca',
      '# WWW.JANEDOE.CA',
      '# janedoe.org',
      '# janedoe.net',
      '# janedoe.io',
      '# janedoe.me/cv',
      '# 555-123-4567',
      '# +44 20 7946 0958',
      '# (555) 123 4567',
    ])
      expect(headingKind(line), line).toBeUndefined();
    // A domain's ending must end its word; a short number is no phone.
    expect(
      ['# Volunteering.communities', '# Top 10 Talks', '# Speaker at 3 meetups'].map(headingKind),
    ).toEqual(['other', 'other', 'other']);
  });
});

describe('a heading run into the line it heads', () => {
  it('finds a known heading that runs into an uppercase letter, at the first such meeting', () => {
    expect(leadingHeading('ExperienceSenior QA Engineer — Lumenra Commerce 2021/09 – present')).toEqual({
      kind: 'experience',
      heading: 'Experience',
    });
    expect(leadingHeading('Work ExperienceProject Manager, Acme (2019 – 2024)')).toEqual({
      kind: 'experience',
      heading: 'Work Experience',
    });
    expect(leadingHeading('EducationMSc Computer Science, AGH 2017')?.kind).toBe('education');
    // No heading before the meeting, or none past the 40th character: a name or a word of the text.
    expect(leadingHeading('McDonald Foods, Shift Manager')).toBeUndefined();
    // A job posting runs its own headings into their text: those words are the posting's.
    expect(leadingHeading("QualificationsBachelor's degree in Computer Science")).toBeUndefined();
    expect(leadingHeading('SummaryThe Technical Program Manager will own delivery')).toBeUndefined();
    expect(leadingHeading('JavaScript and TypeScript for the checkout')).toBeUndefined();
    expect(leadingHeading(`${'Experience '.repeat(4)}ExperienceSenior`)).toBeUndefined();
  });

  it('starts the section on that line, marked as inline, and ends the one above before it', () => {
    const sections = splitSections([
      'Summary',
      'QA engineer, 7 years.',
      'ExperienceSenior QA Engineer — Lumenra 2021 – present',
      '- Built the k6 load tests',
    ]);
    expect(sections.map((x) => [x.kind, x.startLine, x.endLine, x.inline ?? false])).toEqual([
      ['summary', 1, 2, false],
      ['experience', 3, 4, true],
    ]);
  });
});

describe('glued headings', () => {
  it('finds a glued heading after a letter, a digit or a closing parenthesis, colon or not', () => {
    expect(gluedHeadingKind('Pune University (2014)Work History')).toEqual({
      kind: 'experience',
      heading: 'Work History',
    });
    expect(gluedHeadingKind('Nagpur, 2016Skill Details:')).toEqual({
      kind: 'skills',
      heading: 'Skill Details',
    });
    expect(gluedHeadingKind('Nagpur, 2016Skill Details :  ')).toEqual({
      kind: 'skills',
      heading: 'Skill Details',
    });
    // Only at the line's end: words after it make it a sentence.
    expect(gluedHeadingKind('Completed in 2016Professional Development courses')).toBeUndefined();
  });

  it('finds a glued heading of two to four words, "and" and "&" among them', () => {
    expect(gluedHeadingKind('Jira, ConfluenceSkills & Tools')).toEqual({
      kind: 'skills',
      heading: 'Skills & Tools',
    });
    expect(gluedHeadingKind('B.E. 2016Professional Experience and Projects')).toEqual({
      kind: 'experience',
      heading: 'Professional Experience and Projects',
    });
    // One word is a name's end as often as a heading ("AcmeSkills" is rare, "McDonald" is not).
    expect(gluedHeadingKind('Worked at McDonald')).toBeUndefined();
    expect(gluedHeadingKind('B.E. 2016Skills')).toBeUndefined();
  });

  it('finds a heading in capitals a PDF joined to the end of the line above, behind text that is not', () => {
    expect(gluedHeadingKind('alex@example.com · 555-0100 WORK EXPERIENCE')).toEqual({
      kind: 'experience',
      heading: 'WORK EXPERIENCE',
    });
    expect(gluedHeadingKind('jane@example.com | London EDUCATION')?.kind).toBe('education');
    // Capitals a sentence ends with name no section; nor does a line in capitals throughout.
    expect(gluedHeadingKind('Worked with the HR DEPARTMENT')).toBeUndefined();
    expect(gluedHeadingKind('SENIOR ANALYST 2019 EXPERIENCE')).toBeUndefined();
  });

  it('reads lines of up to 160 characters', () => {
    const line = (n: number) =>
      `${'Built the reporting database for the sales team '.repeat(4).slice(0, n - 17)}2016Skill Details`;
    expect(gluedHeadingKind(line(160))?.heading).toBe('Skill Details');
    expect(gluedHeadingKind(line(161))).toBeUndefined();
  });
});

describe('splitSections', () => {
  it('keeps a heading with no line under it as a section of one line', () => {
    expect(spans(['Jane Doe', 'Summary', 'Skills', 'Jira, Confluence'])).toEqual([
      ['header', 1, 1],
      ['summary', 2, 2],
      ['skills', 3, 4],
    ]);
  });

  it("reads a job's 'Accomplishments:' label inside experience as the job's, not a section", () => {
    const lines = [
      'Work Experience',
      'IT Project Manager, 05/2021 - Present',
      'Duties: served as project manager for the loan servicing system.',
      'ACCOMPLISHMENTS:',
      '- Delivered release 1 two weeks early.',
      'IT Specialist, 08/2016 - 05/2021',
      'Key achievements:',
      '- Raised patch compliance to 97%.',
      'Achievements',
      'Employee of the year, 2019',
    ];
    expect(spans(lines)).toEqual([
      ['experience', 1, 8],
      ['other', 9, 10],
    ]);
    // Outside experience, or without its colon, it is the section it names.
    expect(spans(['Skills', 'Jira', 'Accomplishments:', 'Won the 2019 award'])).toEqual([
      ['skills', 1, 2],
      ['other', 3, 4],
    ]);
  });

  it('has no header block when the first line is a heading', () => {
    expect(spans(['Skills', 'Jira, Confluence'])).toEqual([['skills', 1, 2]]);
  });

  it('reads a glued heading on the last line as nothing: no line follows it', () => {
    expect(spans(['Skills', 'Jira, ConfluenceWork History'])).toEqual([['skills', 1, 2]]);
  });

  it("reads a Markdown heading of unknown wording deeper than its section's as part of the section", () => {
    // Rule: "### Job title" under "## Experience" is an entry; at the same level or above, a section.
    expect(
      spans([
        '# Jane Doe',
        '## Experience',
        '### Program Manager, Acme',
        '- Ran the release train.',
        '## Volunteering abroad',
        '- Taught English in Peru.',
        '### Awards',
        '- Volunteer of the year',
      ]),
    ).toEqual([
      // The name as the first heading opens the header (session 34), as a name line does in text.
      ['header', 1, 1],
      ['experience', 2, 4],
      ['other', 5, 6],
      ['other', 7, 8],
    ]);
  });

  it('reads a deeper Markdown heading of known wording as a section, whatever its punctuation', () => {
    expect(
      spans([
        '## Volunteering abroad',
        '- Taught English in Peru.',
        '### Honors & Awards:',
        '- Volunteer of the year',
      ]),
    ).toEqual([
      ['other', 1, 2],
      ['other', 3, 4],
    ]);
  });

  it('reads indented Markdown headings by their "#"s, and keeps the heading\'s words', () => {
    const sections = splitSections([
      '  ## Experience',
      '  ### Program Manager, Acme',
      '- Ran the release train.',
      '##  Skills',
      'Jira',
    ]);
    expect(sections).toEqual([
      { kind: 'experience', heading: 'Experience', startLine: 1, endLine: 3 },
      { kind: 'skills', heading: 'Skills', startLine: 4, endLine: 5 },
    ]);
  });

  it('finds no section in an empty document', () => {
    expect(splitSections([])).toEqual([]);
  });

  it('takes an unknown Markdown heading for a section after a plain heading or a glued one', () => {
    expect(spans(['Experience', '### Program Manager, Acme', '- Ran the release train.'])).toEqual([
      ['experience', 1, 1],
      ['other', 2, 3],
    ]);
    expect(
      spans([
        '## Skills',
        'Jira, ConfluenceWork History',
        '### Program Manager, Acme',
        '- Ran the release train.',
      ]),
    ).toEqual([
      ['skills', 1, 2],
      ['other', 3, 4],
    ]);
  });

  it('reads "Skills" over "Used:" as a field, whatever the spacing and case', () => {
    expect(spans(['Experience', 'Analyst, Acme', 'Skills', '  USED : Excel, SQL'])).toEqual([
      ['experience', 1, 4],
    ]);
    expect(spans(['Experience', 'Analyst, Acme', 'Skills', 'Excel used: daily'])).toEqual([
      ['experience', 1, 2],
      ['skills', 3, 4],
    ]);
  });

  it('calls a document of more than 12 lines without a heading unclassified, not a header', () => {
    const text = (n: number) =>
      Array.from({ length: n }, (_, k) => `Ran the release train for team ${k + 1}.`);
    expect(spans(text(12))).toEqual([['header', 1, 12]]);
    expect(spans(text(13))).toEqual([['other', 1, 13]]);
    expect(spans([...text(12), 'Skills'])).toEqual([
      ['header', 1, 12],
      ['skills', 13, 13],
    ]);
  });
});

describe('sectionOfLines', () => {
  it("gives each 1-based line its section's kind, 'other' where none is, and stops at the line count", () => {
    const sections = splitSections(['Jane Doe', 'Skills', 'Jira', 'Experience', 'Analyst, Acme']);
    expect(sectionOfLines(sections, 5)).toEqual([
      'other',
      'header',
      'skills',
      'skills',
      'experience',
      'experience',
    ]);
    expect(sectionOfLines(sections, 3)).toEqual(['other', 'header', 'skills', 'skills']);
    expect(sectionOfLines([{ kind: 'skills', heading: 'Skills', startLine: 2, endLine: 2 }], 3)).toEqual([
      'other',
      'other',
      'skills',
      'other',
    ]);
  });
});

describe('headingKind: two headings joined under one', () => {
  it("takes the first heading's kind when the second is made of headings' words", () => {
    expect(
      [
        'EDUCATION & PROFESSIONAL MEMBERSHIP',
        'Skills & Awards',
        'Certifications and Professional Affiliations',
        'Experience and Achievements',
      ].map(headingKind),
    ).toEqual(['education', 'skills', 'certifications', 'experience']);
  });

  it('reads no heading where the words after "and" are not headings\' words, or the first part is none', () => {
    expect(
      ['Experience and passion for delivery', 'Skills and a can-do attitude', 'Planning and Education'].map(
        headingKind,
      ),
    ).toEqual([undefined, undefined, undefined]);
  });
});

describe("headingKind: an academic CV's headings", () => {
  it('reads its posts as experience, its interests as a summary, its publications and teaching as other', () => {
    expect(
      [
        'POSITIONS',
        'Academic Appointments',
        'Research Interests',
        'Selected Publications',
        'Teaching',
        'Grants & Awards',
      ].map(headingKind),
    ).toEqual(['experience', 'experience', 'summary', 'other', 'other', 'other']);
    expect(headingKind('Software & Technical Skills')).toBe('skills');
  });
});

describe('headingKind: headings in other languages, alone or beside their English', () => {
  it('German, Spanish, French, Portuguese, Italian and Dutch headings, accents or none', () => {
    expect(
      ['BERUFSERFAHRUNG', 'Experiencia laboral', 'Expérience professionnelle', 'Formación académica'].map(
        headingKind,
      ),
    ).toEqual(['experience', 'experience', 'experience', 'education']);
    expect(
      ['PROFIL', 'Sobre mí', 'Kenntnisse', 'Idiomas', 'Zertifikate', 'Fähigkeiten'].map(headingKind),
    ).toEqual(['summary', 'summary', 'skills', 'other', 'certifications', 'skills']);
  });

  it('two languages with a slash between them: the kind the halves name', () => {
    expect(
      [
        'BERUFSERFAHRUNG / EXPERIENCE',
        'Ausbildung / Education',
        'Kenntnisse / Skills',
        'Experience / Berufspraxis',
      ].map(headingKind),
    ).toEqual(['experience', 'education', 'skills', 'experience']);
  });

  it('is no heading where a half is a list, a sentence or names another kind', () => {
    expect(
      [
        'Languages / Java, SQL',
        'Languages | Java, J2EE',
        'Skills / Languages',
        'Berufserfahrung / 12 Jahre',
      ].map(headingKind),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('headingKind: the catch-all headings at the end of a resume', () => {
  it('"Additional", "Other information", "Miscellaneous" head other matters, not the section above', () => {
    expect(
      ['ADDITIONAL', 'Additional details', 'Other Information', 'Miscellaneous'].map(headingKind),
    ).toEqual(['other', 'other', 'other', 'other']);
  });
});
