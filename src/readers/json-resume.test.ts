import { describe, expect, it } from 'vitest';
import { fail, ok } from '../core/result.ts';
import { isJsonResume, readJsonResume } from './json-resume.ts';

const text = (json: unknown): string => {
  const read = readJsonResume(json);
  if (!read.ok) throw new Error(read.error.message);
  expect(read.value.format).toBe('json-resume');
  expect(read.value.warnings).toEqual([]);
  return read.value.text;
};

describe('isJsonResume', () => {
  it('needs an object with basics, or with work and education', () => {
    expect(isJsonResume({ basics: {} })).toBe(true);
    expect(isJsonResume({ work: [], education: [] })).toBe(true);
    expect(isJsonResume({ work: [] })).toBe(false);
    expect(isJsonResume({ education: [] })).toBe(false);
    expect(isJsonResume({ name: 'x' })).toBe(false);
    expect(isJsonResume(null)).toBe(false);
    expect(isJsonResume(['basics'])).toBe(false);
    expect(isJsonResume('basics')).toBe(false);
    expect(isJsonResume(undefined)).toBe(false);
  });
});

describe('readJsonResume', () => {
  it('writes every section in the layout the structure step reads', () => {
    const resume = {
      basics: {
        name: 'Alex Rivera',
        label: 'Technical Program Manager',
        email: 'alex@example.com',
        phone: '+44 20 0000',
        url: 'https://alex.example',
        summary: 'Ships platforms.',
      },
      work: [
        {
          name: 'Northwind',
          position: 'Program Manager',
          startDate: '2021-03-15',
          summary: 'Owned the roadmap.',
          highlights: ['Led 3 teams', 'Cut costs'],
        },
        { company: 'Contoso', position: 'Developer', startDate: '2018-01', endDate: '2021-02' },
        { organization: 'Fabrikam', roles: ['Analyst', 'Tester'], startDate: '2016', endDate: '2017-12' },
        { name: 'Acme', position: 'Intern', description: 'Built reports.' },
      ],
      volunteer: [
        { organization: 'Code Club', position: 'Mentor', startDate: '2019-09', endDate: '2020-06' },
      ],
      projects: [
        { name: 'Atlas', roles: ['Lead'], startDate: '2020-01', keywords: ['Go', 'Kafka'] },
        { name: 'Beacon', description: 'A pager.', keywords: [] },
      ],
      education: [
        {
          institution: 'MIT',
          studyType: 'BSc',
          area: 'Computer Science',
          startDate: '2010-09',
          endDate: '2014-06',
          courses: ['Algorithms', 'Databases'],
        },
        { institution: 'Night School', endDate: '2015' },
      ],
      certificates: [
        { name: 'PMP', issuer: 'PMI', date: '2019-05-01' },
        { name: 'CSM', date: 'someday' },
      ],
      skills: [
        { name: 'Tools', keywords: ['Jira', 'SQL'] },
        { keywords: ['Python'] },
        { name: 'Leadership' },
        {},
      ],
      awards: [{ title: 'Best Team', awarder: 'Northwind' }, { title: 'Hackathon' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French' }],
    };
    expect(text(resume)).toBe(
      [
        'Alex Rivera',
        'Technical Program Manager',
        'alex@example.com | +44 20 0000 | https://alex.example',
        '',
        'Summary',
        'Ships platforms.',
        '',
        'Experience',
        'Program Manager — Northwind (Mar 2021 – Present)',
        'Owned the roadmap.',
        '• Led 3 teams',
        '• Cut costs',
        'Developer — Contoso (Jan 2018 – Feb 2021)',
        'Analyst, Tester — Fabrikam (2016 – Dec 2017)',
        'Intern — Acme',
        'Built reports.',
        'Mentor — Code Club (Sep 2019 – Jun 2020)',
        '',
        'Projects',
        'Lead — Atlas (Jan 2020 – Present)',
        'Technologies: Go, Kafka',
        'Beacon',
        'A pager.',
        '',
        'Education',
        'BSc, Computer Science — MIT (Sep 2010 – Jun 2014)',
        'Courses: Algorithms, Databases',
        'Night School (2015)',
        '',
        'Certifications',
        'PMP — PMI (May 2019)',
        'CSM',
        '',
        'Skills',
        'Tools: Jira, SQL',
        'Skills: Python',
        'Leadership',
        '',
        '',
        'Awards',
        'Best Team — Northwind',
        'Hackathon',
        '',
        'Languages',
        'English — Native',
        'French',
      ].join('\n'),
    );
  });

  it('writes a contact line only from what is there, and no heading for an empty section', () => {
    expect(text({ basics: { name: 'Sam', phone: '123' }, work: [], education: [] })).toBe('Sam\n123');
    expect(text({ basics: { label: 'Engineer' }, skills: [{ name: 'Go' }] })).toBe('Engineer\n\nSkills\nGo');
    // A blank last line (a skill with no name) is not kept.
    expect(text({ skills: [{ name: 'Go' }, {}] })).toBe('Skills\nGo');
    expect(text({ projects: [{ name: 'Atlas', roles: ['Lead', 'Architect'] }] })).toBe(
      'Projects\nLead, Architect — Atlas',
    );
  });

  it('drops fields of the wrong type and reads the rest', () => {
    expect(
      text({
        basics: { name: 42, label: 'Engineer' },
        work: [{ name: 'Acme', position: ['x'], highlights: 'not a list', startDate: '2020-01' }],
        education: 'none',
        awards: [{ title: 'Prize' }],
      }),
    ).toBe('Engineer\n\nExperience\nAcme (Jan 2020 – Present)\n\nAwards\nPrize');
    expect(text({ basics: 'not an object', skills: [{ name: 'Go' }] })).toBe('Skills\nGo');
  });

  it('refuses what is not an object, and a resume with nothing in it', () => {
    const invalid = fail({
      code: 'JSON_RESUME_INVALID',
      message: 'the JSON file is not a JSON Resume (jsonresume.org schema).',
      hint: 'Export your resume with the JSON Resume schema, or give a PDF, .docx or text file.',
    });
    expect(readJsonResume(['basics'])).toEqual(invalid);
    expect(readJsonResume(null)).toEqual(invalid);
    const empty = fail({
      code: 'EMPTY_INPUT',
      message: 'the JSON Resume has no content.',
      hint: 'Check that you picked the right file.',
    });
    expect(readJsonResume({ basics: {}, work: [], education: [] })).toEqual(empty);
    expect(readJsonResume({ basics: { name: '  ' } })).toEqual(empty);
    expect(readJsonResume({ basics: { name: 'Sam' } })).toEqual(
      ok({ format: 'json-resume', text: 'Sam', warnings: [] }),
    );
  });
});
