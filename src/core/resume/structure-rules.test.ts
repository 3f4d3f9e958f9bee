import { describe, expect, it } from 'vitest';
import { parseResume } from './parsed.ts';
import {
  formatExperience,
  formatYears,
  positionLine,
  readStructure,
  roleKind,
  splitHeader,
  splitOutsideBrackets,
} from './structure.ts';

// The rules of the structure step, one at a time, on resume lines shaped like real ones: how
// positions, their dates, titles, organisations and places, education, certifications and skills
// are read. Each rule is pinned at its edge (a limit and one past it), as structure.test.ts reads
// whole layouts where most rules agree.

const asOf = { year: 2025, month: 6 };
const read = (lines: string[]) => readStructure(lines, { asOf });
/** Each education entry of an "Education" section with these lines: degree, school, start year. */
const degreeSchoolYear = (lines: string[]) =>
  read(['Education', ...lines]).education.map((e) => [e.degree, e.institution, e.start?.year]);
/** The positions read from lines under an "Experience" heading, each as the fields named. */
const experience =
  (
    ...fields: Array<
      'title' | 'organisation' | 'location' | 'start' | 'end' | 'startLine' | 'endLine' | 'kind'
    >
  ) =>
  (lines: string[]) =>
    read(['Experience', ...lines]).positions.map((p) => fields.map((f) => p[f]));
const positions = (lines: string[]) =>
  read(lines).positions.map((p) => [p.title, p.organisation, p.location, p.startLine, p.endLine]);

describe('a heading run into the first position', () => {
  it('reads the position on the heading\'s line without the heading ("ExperienceSenior QA …")', () => {
    const r = read([
      'Summary',
      'QA engineer with 7 years in e-commerce.',
      'ExperienceSenior QA Automation Engineer — Lumenra Commerce    2021/09 – present',
      '- Built k6 load tests for checkout',
      'QA Engineer — Sofcraft, Kraków    2018/03 – 2021/08',
      '- API automation with RestAssured',
    ]);
    expect(r.positions.map((p) => [p.title, p.organisation, p.startLine])).toEqual([
      ['Senior QA Automation Engineer', 'Lumenra Commerce', 3],
      ['QA Engineer', 'Sofcraft', 5],
    ]);
  });
});

describe('an employer dated with the span of its roles', () => {
  it('heads the roles it spans, naming their employer, and is no position of its own', () => {
    const r = read([
      'Experience',
      'Brightwell Media (2014 – 2019, 5 years)',
      '• Software Engineer (Oct 2016 – Dec 2019)',
      '• Built the video streaming backend in Go.',
      '• Junior Developer (Sep 2014 – Sep 2016)',
      '• Maintained the CMS.',
      'Kestrel Games',
      '• Graduate Developer (Aug 2013 – Aug 2014)',
    ]);
    expect(r.positions.map((p) => [p.title, p.organisation, p.months])).toEqual([
      ['Software Engineer', 'Brightwell Media', 39],
      ['Junior Developer', 'Brightwell Media', 25],
      ['Graduate Developer', undefined, 13],
    ]);
  });

  it('stays a position when the next role starts outside its span', () => {
    const r = read([
      'Experience',
      'Brightwell Media (2014 – 2015)',
      '• Software Engineer (Oct 2016 – Dec 2019)',
      '• Built the video streaming backend in Go.',
    ]);
    expect(r.positions).toHaveLength(2);
  });
});

describe("the European CV's labelled cells", () => {
  it('reads the values without their labels: positions, a degree and its school', () => {
    const r = read([
      'Work experience',
      'Dates | 01/03/2019 – present',
      'Occupation or position held | Technical Project Manager',
      'Main activities and responsibilities | Planning delivery of core banking integrations for 4 Scrum teams.',
      'Name and address of employer | Amber Coast Software, Gdańsk (Poland)',
      'Type of business or sector | Information technology',
      'Education and training',
      'Dates | 01/10/2007 – 30/06/2012',
      'Title of qualification awarded | Master of Science in Computer Science',
      'Name and type of organisation providing education and training | Gdańsk University of Technology (Poland)',
      'Level in national or international classification | ISCED 7',
    ]);
    expect(r.positions.map((p) => [p.title, p.start])).toEqual([
      ['Technical Project Manager', { year: 2019, month: 3 }],
    ]);
    expect(r.education.map((e) => [e.degree, e.institution])).toEqual([
      ['Master of Science in Computer Science', 'Gdańsk University of Technology (Poland)'],
    ]);
  });

  it('reads the employer written after the description, and a label set off by a tab, or wrapped', () => {
    const lines = [
      'Work experience',
      'Dates\t03/2019 – present',
      'Occupation or position held\tSenior Business Analyst',
      'Main activities and',
      'responsibilities\t– Gathering requirements for the new policy platform.',
      'Name and address of employer\tAssicurazioni Emiliane S.p.A., Bologna',
      'Type of business or sector\tInsurance',
      'Dates\t10/2015 – 02/2019',
      'Occupation or position held\tFunctional Analyst',
      'Main activities and responsibilities\tAnalysis of functional requirements.',
      'Name and address of employer\tDataflow Consulting S.r.l., Modena (MO) 41121',
    ];
    expect(read(lines).positions.map((p) => [p.title, p.organisation, p.location])).toEqual([
      ['Senior Business Analyst', 'Assicurazioni Emiliane S.p.A.', 'Bologna'],
      // A place with digits is no place alone: the field is the employer whole.
      ['Functional Analyst', 'Dataflow Consulting S.r.l., Modena (MO) 41121', undefined],
    ]);
  });

  it("reads an Indian education table's header row as no degree", () => {
    const r = read([
      'Educational Qualification',
      'Qualification | Board / University | Year | Percentage',
      'B.E. (Computer Science) | Visvesvaraya Technological University | 2014 | 72%',
    ]);
    expect(r.education.map((e) => [e.degree, e.institution])).toEqual([
      ['B.E. (Computer Science)', 'Visvesvaraya Technological University'],
    ]);
  });
});

describe('a project written as labelled fields', () => {
  it('takes the role for its title and the client for its organisation, and no size or stack for either', () => {
    const r = read([
      'Project Details',
      'Project #1: Claims Automation Platform',
      'Client: Harbourline Insurance, UK',
      'Role: Technical Lead',
      'Duration: Apr 2021 to Till Date',
      'Team Size: 14',
      'Environment: Java 11, Spring Boot, Angular, AWS',
      'Responsibilities:',
      '• Leading a team of 8 developers and coordinating with the onsite team.',
    ]);
    expect(r.positions.map((p) => [p.title, p.organisation, p.section])).toEqual([
      ['Technical Lead', 'Harbourline Insurance', 'projects'],
    ]);
  });
});

describe('a title qualified after its comma, then its employer after a dash', () => {
  it('keeps the team with the title and reads the employer after the dash; one word there is a place', () => {
    const read2 = experience('title', 'organisation');
    expect(
      read2(['Company Commander, Signal Company — U.S. Army, Fort Liberty, NC   Jun 2023 – Present']),
    ).toEqual([['Company Commander, Signal Company', 'U.S. Army']]);
    expect(read2(['Product Manager II, Growth — Cedar Notes   Jan 2022 – Present'])).toEqual([
      ['Product Manager II, Growth', 'Cedar Notes'],
    ]);
    // An organisation after the comma is the employer, a single word after the dash its place.
    expect(
      read2(['SAP Inhouse Consultant MM/FI, Kanban Werke AG — Heilbronn   Mar 2014 – Sep 2019']),
    ).toEqual([['SAP Inhouse Consultant MM/FI', 'Kanban Werke AG']]);
    expect(
      read2(['Software Engineering Intern, Kalpvriksh Infotech — Ahmedabad City   Jun 2023 – Aug 2023']),
    ).toEqual([['Software Engineering Intern', 'Kalpvriksh Infotech']]);
    // A business word alone after the comma names the job's field.
    expect(read2(['Working Student, Software — Siemensstadt Automation   2004 – 2006'])).toEqual([
      ['Working Student, Software', 'Siemensstadt Automation'],
    ]);
  });

  it('reads an employer and its city before the dash, and keeps the team after the title with it', () => {
    const read2 = experience('title', 'organisation');
    expect(
      read2(['Pennine Mutual Bank, Leeds — Scrum Master, Lending Payments   Apr 2021 – Present']),
    ).toEqual([['Scrum Master, Lending Payments', 'Pennine Mutual Bank']]);
    // A team named like an organisation stays apart from the title.
    expect(
      read2(['Pennine Mutual Bank, Leeds — Scrum Master, Lending Technology   Apr 2021 – Present']),
    ).toEqual([['Scrum Master', 'Pennine Mutual Bank']]);
    // A business word makes no place of "Name, City".
    expect(read2(['Harbour Software, Leeds — Release Manager   Apr 2021 – Present'])).toEqual([
      ['Release Manager', 'Harbour Software'],
    ]);
  });
});

describe("an academic CV's appointments: the dates, a tab, then the post and where", () => {
  it('reads a row however long it runs, when a title opens what follows the tab', () => {
    const r = read([
      'Appointments',
      '2023 – present\tProgram-Specific Researcher, Department of Statistical Genetics, Graduate School of Medicine, Kyoto University',
      '2022 – 2023\tJSPS Postdoctoral Fellow (PD), Kyoto University',
      'Education',
      '2017 – 2022\tPh.D., Quantitative Life Sciences, McGill University, Montréal, Canada',
    ]);
    expect(r.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Program-Specific Researcher', 'Department of Statistical Genetics'],
      ['JSPS Postdoctoral Fellow (PD)', 'Kyoto University'],
    ]);
  });
});

describe("a federal resume's job: the fields under its dates name nothing", () => {
  it('passes over salary, hours and grade to the title under them', () => {
    const r = read([
      'Work Experience',
      'National Rural Housing Administration',
      '',
      '05/2021 - Present',
      'Salary: $161,822.00 USD Per Year',
      'Hours per week: 40',
      'IT Project Manager (IT Specialist)',
      'Series: 2210 Pay Plan: GS Grade: 14',
      '',
      'Serve as the project manager for the loan servicing modernization project.',
    ]);
    expect(r.positions.map((p) => p.title)).toEqual(['IT Project Manager (IT Specialist)']);
  });

  it("reads no entry from a grade field's date, and finds the title past the fields under an agency and its address", () => {
    const r = read([
      'Work Experience',
      'U.S. Army',
      'Fort Gordon, GA; Iraq; Afghanistan',
      '06/2004 - 06/2012',
      'Salary: $48,500.00 USD Per Year',
      'Hours per week: 50',
      'Information Technology Specialist (MOS 25B), Staff Sergeant (E-6)',
      'Series: 2210 Pay Plan: GS Grade: 13 (promoted from GS-12 in 10/2008)',
      '',
      'Served as brigade network and systems administrator for 1,200 users.',
    ]);
    expect(r.positions.map((p) => [p.title, p.start?.year, p.startLine])).toEqual([
      ['Information Technology Specialist (MOS 25B), Staff Sergeant (E-6)', 2004, 2],
    ]);
  });
});

describe('what a job header says besides its title and employer', () => {
  it('reads how the job was held ("Part-time, while studying") as no employer', () => {
    const read2 = experience('title', 'organisation');
    expect(
      read2(['Freelance Web Developer   2021 – 2023', 'Part-time, while studying', '- Built six websites']),
    ).toEqual([['Freelance Web Developer', undefined]]);
    expect(read2(['Barista — Contract   2019 – 2020', '- Served 200 guests a day'])).toEqual([
      ['Barista', undefined],
    ]);
  });

  it('keeps a title word inside a bracket with the title: "Company Commander (Captain, O-3)"', () => {
    const read2 = experience('title', 'organisation');
    expect(read2(['Company Commander (Captain, O-3)   Jun 2024 – Oct 2026', '- Led 160 soldiers'])).toEqual([
      ['Company Commander (Captain, O-3)', undefined],
    ]);
  });

  it('keeps a rank after the comma with the title: a grade, never an employer', () => {
    const read2 = experience('title', 'organisation');
    expect(
      read2(['Platoon Sergeant, Staff Sergeant (E-6) — U.S. Army   2004 – 2012', '- Led 40 soldiers']),
    ).toEqual([['Platoon Sergeant, Staff Sergeant (E-6)', 'U.S. Army']]);
    expect(read2(['Logistics Officer, First Lieutenant   2019 – 2021', '- Moved 210 vehicles'])).toEqual([
      ['Logistics Officer, First Lieutenant', undefined],
    ]);
  });
});

describe('certifications and courses in an education section', () => {
  it('reads each as what it is: degrees as education, certifications and courses as certifications', () => {
    const s = read([
      'Education & Training',
      'MBA, Heriot-Watt University Dubai 2019 – 2021',
      'Certified Business Analysis Professional (CBAP), IIBA 2022',
      'Course: Data Analysis with SQL – Coursera (Duke University) 2019',
      'Lean Six Sigma Green Belt, ASQ 2018',
      'Postgraduate Certificate in Education, University of Leeds 2012',
    ]);
    expect(s.education.map((e) => e.degree)).toEqual(['MBA', 'Postgraduate Certificate in Education']);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Certified Business Analysis Professional (CBAP)', 'IIBA', 2022],
      ['Course: Data Analysis with SQL', 'Coursera (Duke University)', 2019],
      ['Lean Six Sigma Green Belt', 'ASQ', 2018],
    ]);
  });
});

describe('years of experience as a person says them', () => {
  it('says "under a year" below nine months, "about a year" below a year and a half, then rounds', () => {
    expect([0.74, 0.75, 1.49, 1.5, 2.5].map(formatYears)).toEqual([
      'under a year',
      'about a year',
      'about a year',
      'about 2 years',
      'about 3 years',
    ]);
  });
});

describe('a position written as one line (positionLine)', () => {
  it('writes the title and organisation, then the dates, a missing end as Present', () => {
    expect(
      positionLine({
        title: 'Scrum Master',
        organisation: 'Acme',
        start: { year: 2020, month: 1 },
        end: 'present',
      }),
    ).toBe('Scrum Master — Acme (Jan 2020 – Present)');
    expect(positionLine({ organisation: 'Acme', start: { year: 2020 } })).toBe('Acme (2020 – Present)');
  });

  it('leaves out a blank organisation, and writes an end without a start alone', () => {
    expect(
      positionLine({
        title: 'Scrum Master',
        organisation: '  ',
        start: { year: 2020, month: 1 },
        end: { year: 2021, month: 3 },
      }),
    ).toBe('Scrum Master (Jan 2020 – Mar 2021)');
    expect(positionLine({ title: 'Scrum Master', end: { year: 2021, month: 3 } })).toBe(
      'Scrum Master (Mar 2021)',
    );
    expect(positionLine({ title: 'Scrum Master', end: 'present' })).toBe('Scrum Master (Present)');
  });

  it('writes no brackets without dates', () => {
    expect(positionLine({ title: 'Scrum Master', organisation: 'Acme' })).toBe('Scrum Master — Acme');
  });
});

describe('the kind of role a title names', () => {
  it('reads delivery work first, then product, quality, leadership, engineering, analysis and design', () => {
    expect(
      [
        'Delivery Lead',
        'Program Director',
        'Release Train Engineer',
        'Head of Product Management',
        'Product Owner',
        'Quality Director',
        'Test Analyst',
        'Director of Engineering',
        'Chief of Staff',
        'Data Scientist',
        'UI Developer',
        'Systems Analyst',
        'UX Designer',
        'Sales Representative',
        'Senior IT Migration PM',
        'TPM, Payments',
        'Program-Specific Researcher',
        'Engineering Manager, Platform Team',
        'Software Development Manager',
        'Business Development Manager',
      ].map((t) => [t, roleKind(t)]),
    ).toEqual([
      ['Delivery Lead', 'project-management'],
      ['Program Director', 'project-management'],
      ['Release Train Engineer', 'project-management'],
      ['Head of Product Management', 'product'],
      ['Product Owner', 'product'],
      ['Quality Director', 'qa'],
      ['Test Analyst', 'qa'],
      ['Director of Engineering', 'leadership'],
      ['Chief of Staff', 'leadership'],
      ['Data Scientist', 'engineering'],
      ['UI Developer', 'engineering'],
      ['Systems Analyst', 'analysis'],
      ['UX Designer', 'design'],
      ['Sales Representative', 'other'],
      ['Senior IT Migration PM', 'project-management'],
      ['TPM, Payments', 'project-management'],
      // A word joined on makes "program" an adjective.
      ['Program-Specific Researcher', 'other'],
      // Managing engineers is engineering work too: the years count as engineering.
      ['Engineering Manager, Platform Team', 'engineering'],
      ['Software Development Manager', 'engineering'],
      // Developing a business is selling: no engineering.
      ['Business Development Manager', 'other'],
    ]);
  });
});

describe('years of experience', () => {
  it('reads a year without a month as January when it starts and December when it ends; projects add none', () => {
    const s = read([
      'Experience',
      'Software Engineer | Acme Corp | 2018 – 2019',
      '• Built APIs',
      'QA Engineer | Beta Ltd | Jan 2019 – Present',
      '• Tested releases',
      'Projects',
      'DevFlow | 2015 – 2016',
      '• Made a build tool',
    ]);
    expect(s.positions.map((p) => [p.title, p.months, p.kind])).toEqual([
      ['Software Engineer', 24, 'engineering'],
      ['QA Engineer', 78, 'qa'],
      ['DevFlow', 24, 'other'],
    ]);
    // 2018–2019 is two years; Jan 2019 to June 2025 overlaps its last year: 7.5 years in all.
    expect(s.yearsByKind).toEqual({ engineering: 2, qa: 6.5 });
    expect(s.totalYears).toBe(7.5);
  });
});

describe('years of experience: "Present" in a file saved before today', () => {
  const lines = [
    'Experience',
    'QA Engineer | Beta Ltd | Jan 2015 – Present',
    '• Tested releases',
    'Developer | Acme | Jan 2012 – Dec 2014',
    '• Built APIs',
  ];

  it('counts "Present" up to the month the file was saved, and says so', () => {
    const s = readStructure(lines, { asOf, saved: { year: 2019, month: 3 } });
    // Jan 2015 to Mar 2019 is 51 months; with 2012–2014, 7.3 years (13.5 counted to June 2025).
    expect([s.positions[0]?.months, s.yearsByKind.qa, s.totalYears]).toEqual([51, 4.3, 7.3]);
    expect(s.presentCountedAs).toEqual({ year: 2019, month: 3 });
    expect(read(lines).totalYears).toBe(13.5);
    expect(read(lines).presentCountedAs).toBeUndefined();
  });

  it('counts to today when the saved date is not before it, or a position starts or ends after it', () => {
    const today = readStructure(lines, { asOf, saved: { year: 2025, month: 6 } });
    expect([today.totalYears, today.presentCountedAs]).toEqual([13.5, undefined]);
    // A template's old date on a resume that names later work.
    const template = readStructure(lines, { asOf, saved: { year: 2014, month: 12 } });
    expect([template.totalYears, template.presentCountedAs]).toEqual([13.5, undefined]);
    const ended = readStructure(['Experience', 'Developer | Acme | Jan 2012 – Dec 2018', '• Built APIs'], {
      asOf,
      saved: { year: 2019, month: 3 },
    });
    // Nothing runs to "Present": nothing to say.
    expect([ended.totalYears, ended.presentCountedAs]).toEqual([7, undefined]);
  });

  it('says what "Present" stood for beside the years', () => {
    expect(formatExperience(7.3, { year: 2019, month: 3 })).toBe(
      'about 7 years of experience, counting "Present" as March 2019, the date saved in the file',
    );
    expect(formatExperience(7.3)).toBe('about 7 years of experience');
  });
});

describe('certifications', () => {
  it('reads the name, the issuer after a dash, "by" or a bracket, and the latest year', () => {
    const s = read([
      'Certifications',
      'PMP – Project Management Institute (2021)',
      '• AWS Certified Solutions Architect by Amazon Web Services, issued Mar 2022',
      'CSM | PSM I | SAFe Agilist',
    ]);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year, c.line])).toEqual([
      ['PMP', 'Project Management Institute', 2021, 2],
      ['AWS Certified Solutions Architect', 'Amazon Web Services', 2022, 3],
      ['CSM', undefined, undefined, 4],
      ['PSM I', undefined, undefined, 4],
      ['SAFe Agilist', 'SAFe', undefined, 4],
    ]);
  });
  it("takes only a month's name off with the year: the words of the name stay", () => {
    const s = read([
      'Certifications',
      'Professional Scrum Master 2020',
      'Scrum Master Certification 2019',
      'Certified ScrumMaster (issued Sept 2018)',
      'ITIL Foundation, AXELOS, January 2020',
    ]);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Professional Scrum Master', undefined, 2020],
      ['Scrum Master Certification', undefined, 2019],
      ['Certified ScrumMaster', undefined, 2018],
      ['ITIL Foundation', 'AXELOS', 2020],
    ]);
  });
});

describe('skills', () => {
  it("reads the items after a label, a table row's label, runs of spaces, and drops brackets and long sentences", () => {
    const s = read([
      'Skills',
      'Languages: Java, Python',
      'Tools | Jira, Confluence',
      'Docker   Kubernetes   Terraform',
      '(Ansible).',
      'This is a very long skill description that goes on and on well past sixty characters',
      'A label that is far longer than forty characters: Go, Rust',
    ]);
    expect(s.skills).toEqual([
      'Java',
      'Python',
      'Jira',
      'Confluence',
      'Docker',
      'Kubernetes',
      'Terraform',
      'Ansible',
      'A label that is far longer than forty characters: Go',
      'Rust',
    ]);
  });
});

describe('education', () => {
  const education = (lines: string[]) =>
    read(['Education', ...lines]).education.map((e) => [
      e.degree,
      e.institution,
      e.start?.year,
      e.end,
      e.line,
    ]);

  it("reads a school known by its initials as the school, not as the degree's field", () => {
    expect(education(['MBA | IIM Ahmedabad (June 2015 - April 2017) | CGPA 3.4'])).toEqual([
      ['MBA', 'IIM Ahmedabad', 2015, { year: 2017, month: 4 }, 2],
    ]);
    expect(education(['M.Sc. Computer Science, ETH Zurich (2014 – 2016)'])).toEqual([
      ['M.Sc. Computer Science', 'ETH Zurich', 2014, { year: 2016 }, 2],
    ]);
    // A field stays the degree's own.
    expect(education(['Bachelor of Science, Computer Science (2010 – 2014)'])).toEqual([
      ['Bachelor of Science, Computer Science', undefined, 2010, { year: 2014 }, 2],
    ]);
  });

  it('splits a line of two degrees that each open with their dates, abbreviated degrees included', () => {
    expect(
      education([
        '2014 – 2016 M.Sc. Computer Science, Delft University 2010 – 2014 B.Sc. Physics, University of Bern',
      ]),
    ).toEqual([
      ['M.Sc. Computer Science', 'Delft University', 2014, { year: 2016 }, 2],
      ['B.Sc. Physics', 'University of Bern', 2010, { year: 2014 }, 2],
    ]);
    // One degree and a note after the second dates: one entry.
    const one = education([
      '2014 – 2016 M.Sc. Computer Science, Delft University 2015 – 2016 Exchange, Kyoto',
    ]);
    expect(one.map(([degree, , start]) => [degree, start])).toEqual([['M.Sc. Computer Science', 2014]]);
  });

  it('reads the dates between a degree and its school as a separator, and leaves no empty brackets behind', () => {
    expect(education(['Bachelor of Engineering [2010 – 2014] Anna University'])).toEqual([
      ['Bachelor of Engineering', 'Anna University', 2010, { year: 2014 }, 2],
    ]);
    expect(education(['Master of Science (2016 – 2018) Delft University of Technology'])).toEqual([
      ['Master of Science', 'Delft University of Technology', 2016, { year: 2018 }, 2],
    ]);
    expect(education(['University of Leeds (2008 – 2012), BSc Physics'])).toEqual([
      ['BSc Physics', 'University of Leeds', 2008, { year: 2012 }, 2],
    ]);
  });

  it('keeps a degree up to three lines below its school in that entry, and starts another further down', () => {
    expect(education(['Harvard University', '', '', 'Master of Arts'])).toEqual([
      ['Master of Arts', 'Harvard University', undefined, undefined, 2],
    ]);
    expect(education(['Harvard University', '', '', '', 'Master of Arts'])).toEqual([
      [undefined, 'Harvard University', undefined, undefined, 2],
      ['Master of Arts', undefined, undefined, undefined, 6],
    ]);
  });

  it('reads a state after a city as part of the place, not as a degree ("Boston, MA")', () => {
    expect(education(['Bachelor of Science in Economics', 'Boston University', 'Boston, MA'])).toEqual([
      ['Bachelor of Science in Economics', 'Boston University', undefined, undefined, 2],
    ]);
    expect(education(['Boston University, Boston, MA', 'BS in Economics'])).toEqual([
      ['BS in Economics', 'Boston University', undefined, undefined, 2],
    ]);
    // A Master of Arts written by its letters is still a degree.
    expect(education(['MA, Economics', 'Boston University'])).toEqual([
      ['MA, Economics', 'Boston University', undefined, undefined, 2],
    ]);
  });

  it('reads the school after a degree that names its field, but not a note or a place', () => {
    expect(education(['PhD in Physics, Free University of Berlin'])).toEqual([
      ['PhD in Physics', 'Free University of Berlin', undefined, undefined, 2],
    ]);
    expect(education(["PhD in Physics, Dean's List"])).toEqual([
      ["PhD in Physics, Dean's List", undefined, undefined, undefined, 2],
    ]);
  });

  it('joins a field after the degree ("Bachelor of Science, Mathematics"), unless it runs to 60 characters', () => {
    expect(education(['Bachelor of Science, Mathematics'])).toEqual([
      ['Bachelor of Science, Mathematics', undefined, undefined, undefined, 2],
    ]);
    expect(
      education(['Bachelor of Science, Mathematics with a minor in a very long field name that keeps going']),
    ).toEqual([['Bachelor of Science', undefined, undefined, undefined, 2]]);
  });

  it('joins a degree wrapped onto the next line, but not a note, a title or a longer phrase', () => {
    expect(education(['Master of Health', 'Administration', 'University of Leeds'])).toEqual([
      ['Master of Health Administration', 'University of Leeds', undefined, undefined, 2],
    ]);
    expect(
      education(['Master of Business', 'Administration and Public Policy Studies', 'University of Leeds']),
    ).toEqual([['Master of Business', 'University of Leeds', undefined, undefined, 2]]);
    expect(education(['Bachelor of Science', 'Computer Science and Engineering Honours'])).toEqual([
      ['Bachelor of Science', undefined, undefined, undefined, 2],
    ]);
    expect(education(['Bachelor of Science', 'Senior Software Engineer'])).toEqual([
      ['Bachelor of Science', undefined, undefined, undefined, 2],
    ]);
  });

  it('names a school by its first part when nothing says school or degree, with its dates', () => {
    expect(education(['Sunrise Academy of Arts 2010 – 2012'])).toEqual([
      [undefined, 'Sunrise Academy of Arts', 2010, { year: 2012 }, 2],
    ]);
    expect(education(['Coding Bootcamp 2019'])).toEqual([
      [undefined, 'Coding Bootcamp', undefined, { year: 2019 }, 2],
    ]);
  });

  it('starts a new entry at a second degree with its school, or a second school', () => {
    expect(education(['MBA, Harvard Business School', 'MSc Finance, London School of Economics'])).toEqual([
      ['MBA', 'Harvard Business School', undefined, undefined, 2],
      ['MSc Finance', 'London School of Economics', undefined, undefined, 3],
    ]);
    expect(
      education(['B.S. Computer Science', 'University of Leeds', 'B.S. Mathematics', 'University of York']),
    ).toEqual([
      ['B.S. Computer Science', 'University of Leeds', undefined, undefined, 2],
      ['B.S. Mathematics', 'University of York', undefined, undefined, 4],
    ]);
    expect(
      education(['Bachelor of Science in CS, University of Leeds', 'Master of Science, University of York']),
    ).toEqual([
      ['Bachelor of Science in CS', 'University of Leeds', undefined, undefined, 2],
      ['Master of Science', 'University of York', undefined, undefined, 3],
    ]);
  });

  it('skips bullets (honours, courses) under an entry', () => {
    expect(education(["• Dean's list, University of Leeds"])).toEqual([]);
  });

  it('reads a degree glued to its school (a job site export) as the degree, its field, then the school', () => {
    expect(
      education([
        "Bachelor's in Computer Science Gustavus Adolphus College - Saint Peter, MN September 2015 to June 2019",
      ]),
    ).toEqual([
      ["Bachelor's in Computer Science", 'Gustavus Adolphus College', 2015, { year: 2019, month: 6 }, 2],
    ]);
    expect(education(['Bachelor of Science Lead City University July 2013'])).toEqual([
      ['Bachelor of Science', 'Lead City University', undefined, { year: 2013, month: 7 }, 2],
    ]);
    // The first word after "in" is the field's whatever it is; a bracket inside the field is the field's.
    expect(education(['Diploma in CSE JBPT College 2006 to 2009'])).toEqual([
      ['Diploma in CSE', 'JBPT College', 2006, { year: 2009 }, 2],
    ]);
    expect(
      education([
        "Master's in Electrical Engineering University of South Alabama - Mobile, AL August 2006 to May 2008 Bachelor's in Electrical Engineering (Computer Engineering Option) & Math University of Alabama - Tuscaloosa, AL August 2000 to December 2004",
      ]),
    ).toEqual([
      [
        "Master's in Electrical Engineering",
        'University of South Alabama',
        2006,
        { year: 2008, month: 5 },
        2,
      ],
      [
        "Bachelor's in Electrical Engineering (Computer Engineering Option) & Math",
        'University of Alabama',
        2000,
        { year: 2004, month: 12 },
        2,
      ],
    ]);
  });

  it('leaves a school whose name opens with a field or its kind, or a kind alone, whole', () => {
    expect(education(['MBA Business School Lausanne 2015'])).toEqual([
      [undefined, 'MBA Business School Lausanne', undefined, { year: 2015 }, 2],
    ]);
    expect(education(['Associate of Science in Chemistry College Pakistan - Houston, TX'])).toEqual([
      [undefined, 'Associate of Science in Chemistry College Pakistan', undefined, undefined, 2],
    ]);
    expect(education(['Bachelor of Science in Computer Science University 2015'])).toEqual([
      [undefined, 'Bachelor of Science in Computer Science University', undefined, { year: 2015 }, 2],
    ]);
  });

  it('cuts a line at each dated entry that names its school, and reads "M.B.A." as a degree in full', () => {
    expect(
      education([
        'M.B.A. in Project Management Keller Graduate School of Management - Sherman Oaks, CA 2017 B.B.A. in Operations Management DeVry University - Sherman Oaks, CA 2014',
      ]),
    ).toEqual([
      ['M.B.A. in Project Management', 'Keller Graduate School of Management', undefined, { year: 2017 }, 2],
      ['B.B.A. in Operations Management', 'DeVry University', undefined, { year: 2014 }, 2],
    ]);
    expect(
      education([
        'Computer Information Systems Pima Community College 2012 to 2014 Computer Science University of Arizona 2011 to 2012',
      ]),
    ).toEqual([
      ['Computer Information Systems', 'Pima Community College', 2012, { year: 2014 }, 2],
      ['Computer Science', 'University of Arizona', 2011, { year: 2012 }, 2],
    ]);
  });

  it('reads a degree spelled out on the line under it as the same entry, another degree as another', () => {
    expect(education(["Bachelor's", "Bachelor's Commerce India Guru Nanak high school"])).toEqual([
      ["Bachelor's Commerce", 'India Guru Nanak high school', undefined, undefined, 2],
    ]);
    expect(education(["Bachelor's", 'Bachelor of Commerce, Guru Nanak College'])).toEqual([
      ["Bachelor's", undefined, undefined, undefined, 2],
      ['Bachelor of Commerce', 'Guru Nanak College', undefined, undefined, 3],
    ]);
  });
});

describe("a position's title, organisation and place", () => {
  const dated = (lines: string[]) =>
    read(['Experience', ...lines]).positions.map((p) => [p.title, p.organisation, p.location]);

  it('reads labelled place fields after the employer (Europass) and a "Location:" part as the place', () => {
    expect(
      dated([
        'Acme GmbH City: Berlin | Country: Germany',
        'Software Engineer',
        'Jan 2019 – Mar 2021',
        '• Built APIs',
      ]),
    ).toEqual([['Software Engineer', 'Acme GmbH', 'Berlin, Germany']]);
    expect(
      dated(['Software Engineer | Acme Corp | Location: Remote | Jan 2019 – Mar 2021', '• Built APIs']),
    ).toEqual([['Software Engineer', 'Acme Corp', 'Remote']]);
  });

  it('reads a place under the dates when the employer stands above the title, but no number or title there', () => {
    const under = (place: string) =>
      dated(['Acme Corp', 'Software Engineer', 'Jan 2019 – Mar 2021', place, '• Built APIs']);
    expect(under('Lisbon')).toEqual([['Software Engineer', 'Acme Corp', 'Lisbon']]);
    expect(under('Lisbon, Portugal')).toEqual([['Software Engineer', 'Acme Corp', 'Lisbon, Portugal']]);
    expect(under('Building 42')).toEqual([['Software Engineer', 'Acme Corp', undefined]]);
  });

  it('reads what the date line holds besides the dates as the place of a title written with its employer', () => {
    expect(dated(['Software Engineer, Acme Corp', 'Jan 2019 – Mar 2021 · Cork', '• Built APIs'])).toEqual([
      ['Software Engineer', 'Acme Corp', 'Cork'],
    ]);
    expect(dated(['Software Engineer, Acme Corp', 'Jan 2019 – Mar 2021 · Unit 42', '• Built APIs'])).toEqual([
      ['Software Engineer', 'Acme Corp', undefined],
    ]);
  });

  it('ends a title run into its employer at its last title word, keeping a level after it', () => {
    const one = (header: string) => dated([header, 'Jan 2019 – Mar 2021', '• Built pipelines']);
    expect(one('IT Project Manager Arizona Public Systems')).toEqual([
      ['IT Project Manager', 'Arizona Public Systems', undefined],
    ]);
    expect(one('Data Engineer II Kaveri Commerce')).toEqual([
      ['Data Engineer II', 'Kaveri Commerce', undefined],
    ]);
    expect(one('Software Engineer 3')).toEqual([['Software Engineer 3', undefined, undefined]]);
    expect(one('Senior Engineer x')).toEqual([['Senior Engineer x', undefined, undefined]]);
  });

  it('reads a header written as a sentence: the title after "as", the employer after "in" or "with"', () => {
    expect(
      dated(['Currently working as Java Developer in Winsol Pvt Ltd from 1 July 2017', '• Coded']),
    ).toEqual([['Java Developer', 'Winsol Pvt Ltd', undefined]]);
    expect(
      dated([
        'Worked as a Software Engineer in Technosoft Corporation, Chennai from Jan 2015 to Dec 2016',
        '• Coded',
      ]),
    ).toEqual([['Software Engineer', 'Technosoft Corporation', undefined]]);
    expect(
      dated(['Currently working with Capgemini, Airoli as Consultant since Jan 2018', '• Consulted']),
    ).toEqual([['Consultant', 'Capgemini', undefined]]);
  });

  it('drops the label a form prints before a title: "Role:", "Position" and a wide gap', () => {
    expect(dated(['Role: Civil Engineer', 'Acme Corp | Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Civil Engineer', 'Acme Corp', undefined],
    ]);
    expect(dated(['Position   Civil Engineer | Acme | Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Civil Engineer', 'Acme', undefined],
    ]);
  });

  it('reads "Name, City" after a title as the employer and its city, and "City, Region" as a place', () => {
    expect(
      dated(['Software Engineer · Nordvind Mobility, Aarhus', 'Jan 2019 – Mar 2021', '• Built']),
    ).toEqual([['Software Engineer', 'Nordvind Mobility', 'Aarhus']]);
    expect(dated(['Software Engineer · Austin, Texas', 'Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Software Engineer', undefined, 'Austin, Texas'],
    ]);
  });

  it('reads "Name, City, Region" as the employer and its place, when the region is a known one or a code', () => {
    expect(dated(['Software Engineer · Acme, Berlin, Germany', 'Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Software Engineer', 'Acme', 'Berlin, Germany'],
    ]);
    expect(dated(['Software Engineer · Acme Labs, Pune, MH', 'Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Software Engineer', 'Acme Labs', 'Pune, MH'],
    ]);
    // No known region at the end: no place ("Fitness" and "Operations" are a department's words).
    expect(dated(['Manager · Sales, Fitness, Operations', 'Jan 2019 – Mar 2021', '• Sold'])).toEqual([
      ['Manager', 'Sales', undefined],
    ]);
  });
});

describe('labelled fields', () => {
  const fields = experience('title', 'organisation', 'start', 'end', 'startLine', 'endLine');

  it('names an entry by "Company -" and "Designation -" fields, a placeholder naming no employer', () => {
    expect(fields(['Company - Acme Corp', 'Designation - Release Manager', '• Ran releases'])).toEqual([
      ['Release Manager', 'Acme Corp', undefined, undefined, 2, 4],
    ]);
    expect(fields(['Company: None', 'Designation: Release Manager', '• Ran releases'])).toEqual([
      ['Release Manager', undefined, undefined, undefined, 2, 4],
    ]);
  });

  it('reads lines that kept a Windows line end ("\\r") as the same lines without it', () => {
    const entry = [
      'company - CAPGEMINI Head Office',
      'description - Type: Mobile and Device Testing.       Duration: January 2014 - August 2014',
      '• Wrote test cases.',
    ];
    const expected = [
      [undefined, 'CAPGEMINI Head Office', { year: 2014, month: 1 }, { year: 2014, month: 8 }, 2, 4],
    ];
    expect(fields(entry)).toEqual(expected);
    // The line end is the line splitting's to drop: what parseResume reads, and `rolefit parse` shows.
    const text = ['Experience', ...entry].join('\r\n');
    const read = parseResume({ format: 'text', text, warnings: [] }, asOf).structure.positions;
    expect(read.map((p) => [p.title, p.organisation, p.start, p.end, p.startLine, p.endLine])).toEqual(
      expected,
    );
  });

  it('reads "N/A" in an organisation field as no employer, as "NA" and "None"', () => {
    expect(fields(['Company: N/A', 'Designation: Release Manager', '• Ran releases'])).toEqual([
      ['Release Manager', undefined, undefined, undefined, 2, 4],
    ]);
  });

  it("ends an employer's name at its dates, and at its company suffix when a town follows", () => {
    expect(
      fields(['Company Name: Acme Corp from Jan 2019', 'Designation: Release Manager', '• Ran releases']),
    ).toEqual([['Release Manager', 'Acme Corp', { year: 2019, month: 1 }, 'present', 2, 4]]);
    expect(fields(['Company - Acme Corp 2019', 'Designation - Release Manager', '• Ran releases'])).toEqual([
      ['Release Manager', 'Acme Corp', undefined, { year: 2019 }, 2, 4],
    ]);
    expect(
      fields(['Employer: Almighty Tech Pvt Ltd Nagpur', 'Job Title: Java Developer', '• Wrote code']),
    ).toEqual([['Java Developer', 'Almighty Tech Pvt Ltd', undefined, undefined, 2, 4]]);
    expect(fields(['Employer: Acme Ltd, Dammam, KSA', 'Job Title: Java Developer', '• Wrote code'])).toEqual([
      ['Java Developer', 'Acme Ltd', undefined, undefined, 2, 4],
    ]);
    expect(fields(['Employer: Acme Ltd senior staff', 'Job Title: Java Developer', '• Wrote code'])).toEqual([
      ['Java Developer', 'Acme Ltd senior staff', undefined, undefined, 2, 4],
    ]);
  });

  it('dates an entry from its description field within two lines of the company, when it holds one range', () => {
    const description =
      'description - Heading the Pune branch of the retail operations team for M/s Acme Finance';
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        `${description} and its partners From Aug 2017 till date`,
      ]),
    ).toEqual([['Release Manager', 'Acme Corp', { year: 2017, month: 8 }, 'present', 2, 4]]);
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        `${description}, from Jan 2015 - Mar 2016 and Apr 2016 - Dec 2017`,
      ]),
    ).toEqual([['Release Manager', 'Acme Corp', undefined, undefined, 2, 4]]);
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        'Team size - 5',
        `${description} and its partners From Aug 2017 till date`,
      ]),
    ).toEqual([['Release Manager', 'Acme Corp', undefined, undefined, 2, 5]]);
  });

  it('gives several dated roles inside one company entry the company, and the title to none of them', () => {
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        'Jan 2019 – Mar 2020',
        '• Ran releases',
        'Apr 2020 – Mar 2021',
        '• Ran more releases',
      ]),
    ).toEqual([
      ['Release Manager', 'Acme Corp', { year: 2019, month: 1 }, { year: 2020, month: 3 }, 2, 5],
      [undefined, 'Acme Corp', { year: 2020, month: 4 }, { year: 2021, month: 3 }, 6, 7],
    ]);
  });

  it('keeps a dated entry before the first company line as it was, ending where the company line starts', () => {
    expect(
      fields([
        'Release Manager | Beta Ltd | Jan 2017 – Dec 2018',
        '• Ran releases',
        'Company - Acme Corp',
        'Designation - QA Lead',
        'Jan 2019 – Mar 2021',
        '• Tested',
      ]),
    ).toEqual([
      ['Release Manager', 'Beta Ltd', { year: 2017, month: 1 }, { year: 2018, month: 12 }, 2, 3],
      ['QA Lead', 'Acme Corp', { year: 2019, month: 1 }, { year: 2021, month: 3 }, 4, 7],
    ]);
  });

  it('names roles written above bullets inside a company entry, each with the company', () => {
    expect(
      fields([
        'Company - Acme Corp',
        'Role Network Engineer',
        '• Configured routers',
        'Role Senior Network Engineer',
        '• Led upgrades',
      ]),
    ).toEqual([
      ['Network Engineer', 'Acme Corp', undefined, undefined, 2, 4],
      ['Senior Network Engineer', 'Acme Corp', undefined, undefined, 5, 6],
    ]);
  });
});

describe("a position's header lines around its dates", () => {
  const entries = experience('title', 'organisation', 'end', 'startLine', 'endLine');

  it('reads a lone year as the date of a short line, or at the end of a longer one, not inside a sentence', () => {
    expect(entries(['Scrum Master | Acme Corp | 2019', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2019 }, 2, 3],
    ]);
    expect(
      entries([
        'Scrum Master at Acme Corp, helping the teams adopt Kanban for real, 2019',
        '• Ran ceremonies',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', { year: 2019 }, 2, 3]]);
    expect(
      entries([
        'Scrum Master at Acme Corp, helping the teams adopt Kanban in 2019 for real',
        '• Ran ceremonies',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, 2, 3]]);
  });

  it('reads no header from a dated line over 110 characters', () => {
    const org = 'Acme Corp, a company building software for the logistics industry';
    expect(entries([`Scrum Master | ${org} | Jan 2019 – Mar 2021`, '• Ran ceremonies'])).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 3],
    ]);
    expect(entries([`Scrum Master | ${org} in Europe | Jan 2019 – Mar 2021`, '• Ran ceremonies'])).toEqual(
      [],
    );
  });

  it('takes two named lines above the dates, a line of time spent not counting', () => {
    expect(
      entries(['Acme Corp', 'Platform Group', 'Scrum Master', 'Jan 2019 – Mar 2021', '• Ran ceremonies']),
    ).toEqual([['Scrum Master', 'Platform Group', { year: 2021, month: 3 }, 3, 6]]);
    expect(
      entries(['Acme Corp', '7 years 11 months', 'Scrum Master', 'Jan 2019 – Mar 2021', '• Ran ceremonies']),
    ).toEqual([['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 6]]);
  });

  it('takes up to two short lines under the dates, the first the employer', () => {
    expect(
      read([
        'Experience',
        'Scrum Master',
        'Jan 2019 – Mar 2021',
        'Acme Corp',
        'Berlin, Germany',
        'Platform Group',
        '• Ran ceremonies',
      ]).positions.map((p) => [p.title, p.organisation, p.location, p.startLine, p.endLine]),
    ).toEqual([['Scrum Master', 'Acme Corp', 'Berlin, Germany', 2, 7]]);
    expect(entries(['Jan 2019 – Mar 2021', 'Scrum Master', 'Acme Corp', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 5],
    ]);
  });

  it("leaves a bullet's wrapped line and a long line in the entry before, not the next one's header", () => {
    expect(
      entries([
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        '• Ran ceremonies',
        '• Coached the',
        'teams on Kanban',
        'Delivery Lead | Beta Ltd | Apr 2021 – Present',
        '• Ran releases',
      ]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 5],
      ['Delivery Lead', 'Beta Ltd', 'present', 6, 7],
    ]);
    expect(
      entries([
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        '• Ran ceremonies',
        'Developer Tools and Platform Engineering Group of the Cloud Infrastructure Division West',
        'Delivery Lead | Beta Ltd | Apr 2021 – Present',
        '• Ran releases',
      ]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 4],
      ['Delivery Lead', 'Beta Ltd', 'present', 5, 6],
    ]);
  });
});

describe('entries without dates', () => {
  const entries = experience('title', 'organisation', 'end', 'startLine', 'endLine');
  const dated = (middle: string[]) =>
    entries([
      'Software Engineer | Acme Corp | Jan 2019 – Mar 2021',
      '• Built APIs',
      ...middle,
      'Delivery Lead | Beta Ltd | Apr 2021 – Present',
      '• Ran releases',
    ]);

  it('finds a title and organisation above bullets between dated jobs, and ends the job before there', () => {
    expect(dated(['Volunteer Coordinator | Red Cross', '• Organised drives'])).toEqual([
      ['Software Engineer', 'Acme Corp', { year: 2021, month: 3 }, 2, 3],
      ['Volunteer Coordinator', 'Red Cross', undefined, 4, 5],
      ['Delivery Lead', 'Beta Ltd', 'present', 6, 7],
    ]);
  });

  it('finds a title alone there only when its line is nothing but a title in Title Case', () => {
    expect(dated(['Freelance Developer', '• Built sites'])).toEqual([
      ['Software Engineer', 'Acme Corp', { year: 2021, month: 3 }, 2, 3],
      ['Freelance Developer', undefined, undefined, 4, 5],
      ['Delivery Lead', 'Beta Ltd', 'present', 6, 7],
    ]);
    const none = [
      ['Software Engineer', 'Acme Corp', { year: 2021, month: 3 }, 2, 5],
      ['Delivery Lead', 'Beta Ltd', 'present', 6, 7],
    ];
    expect(dated(['freelance developer work', '• Built sites'])).toEqual(none);
    expect(dated(['Client: Lead Bank', '• Organised drives'])).toEqual(none);
  });

  it('reads the one or two lines right above bullets in a section without dates, one naming a role', () => {
    expect(
      entries([
        'Scrum Master',
        'Acme Corp',
        '• Ran ceremonies',
        'Agile Coach',
        'Beta Ltd',
        '• Coached teams',
      ]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', undefined, 2, 4],
      ['Agile Coach', 'Beta Ltd', undefined, 5, 7],
    ]);
    expect(entries(['Scrum Master', 'Acme Corp', 'Platform Team', '• Ran ceremonies'])).toEqual([]);
    expect(entries(['DevOps, SRE, Kubernetes', '• Ran ceremonies'])).toEqual([]);
    expect(entries(['Scrum Master', '', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', undefined, undefined, 2, 4],
    ]);
  });

  it('reads a title and organisation in Title Case above a paragraph, not a title alone or a lowercase line', () => {
    const paragraph = 'Ran the ceremonies for three teams and coached them on Kanban.';
    expect(entries(['Scrum Master - Acme Corp', paragraph, 'Agile Coach - Beta Ltd', paragraph])).toEqual([
      ['Scrum Master', 'Acme Corp', undefined, 2, 3],
      ['Agile Coach', 'Beta Ltd', undefined, 4, 5],
    ]);
    expect(entries(['Scrum Master', paragraph])).toEqual([]);
    expect(entries(['Scrum master - acme corp', paragraph])).toEqual([]);
  });
});

describe('years of experience: overlaps, gaps and months', () => {
  const years = (a: string, b?: string) =>
    read([
      'Experience',
      `Developer | Acme | ${a}`,
      '• Built APIs',
      ...(b ? [`Developer | Beta | ${b}`, '• Built more'] : []),
    ]);

  it("counts a job's first and last month both, and a range that ends before it starts as nothing", () => {
    expect([years('Jan 2018 – Jan 2018').totalYears, years('Jan 2018 – Feb 2018').totalYears]).toEqual([
      0.1, 0.2,
    ]);
    const backwards = years('Mar 2021 – Jan 2020');
    expect([backwards.positions[0]?.months, backwards.totalYears, backwards.yearsByKind]).toEqual([0, 0, {}]);
  });

  it('adds jobs one after another, leaves a gap out, and counts a job inside another once', () => {
    expect(years('Jan 2018 – Dec 2018', 'Jan 2019 – Jun 2019').totalYears).toBe(1.5);
    expect(years('Jan 2018 – Jun 2018', 'Jan 2020 – Jun 2020').totalYears).toBe(1);
    expect(years('Jan 2018 – Dec 2020', 'Jan 2019 – Jun 2019').totalYears).toBe(3);
  });
});

describe('Markdown and projects', () => {
  it('reads a title and organisation through Markdown emphasis', () => {
    expect(
      positions(['Experience', '**Scrum Master** | _Acme Corp_ | Jan 2019 – Mar 2021', '• Ran ceremonies']),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, 2, 3]]);
  });

  it('names a project by its first part that is not a role, or by the role when every part is one', () => {
    expect(positions(['Projects', 'Creator | DevFlow | 2020 – 2021', '• Built a CI tool'])).toEqual([
      ['DevFlow', undefined, undefined, 2, 3],
    ]);
    expect(positions(['Projects', 'Lead Developer, Maintainer | 2020 – 2021', '• Built a CI tool'])).toEqual([
      ['Lead Developer', undefined, undefined, 2, 3],
    ]);
  });
});

describe('position headers run into running text', () => {
  const runOn = (lines: string[]) =>
    read(['Experience', ...lines]).positions.map((p) => [
      p.title,
      p.organisation,
      p.location,
      p.months,
      p.startLine,
      p.endLine,
    ]);
  const tail = 'Wrote reports. Data Analyst Beta Ltd April 2020 to Present Ran the models.';

  it("reads the Title Case run before each range, back to a sentence's end", () => {
    expect(
      runOn([
        'Built dashboards for the sales team. Business Analyst Acme Corp - Denver, CO January 2018 to March 2020 Wrote reports for the board. Data Analyst Beta Ltd - Austin, TX April 2020 to Present Ran the models.',
      ]),
    ).toEqual([
      ['Business Analyst', 'Acme Corp', 'Denver, CO', 27, 2, 2],
      ['Data Analyst', 'Beta Ltd', 'Austin, TX', 63, 2, 2],
    ]);
  });

  it('runs through initials and a company suffix with a period, and stops at a lowercase word', () => {
    expect(
      runOn([
        `Built dashboards: Business Analyst J.P. Morgan Chase & Co. January 2018 to March 2020 ${tail}`,
      ]),
    ).toEqual([
      ['Business Analyst', 'J.P. Morgan Chase & Co.', undefined, 27, 2, 2],
      ['Data Analyst', 'Beta Ltd', undefined, 63, 2, 2],
    ]);
    expect(
      runOn([`Worked at the plant Business Analyst Acme Corp January 2018 to March 2020 ${tail}`]),
    ).toEqual([
      ['Business Analyst', 'Acme Corp', undefined, 27, 2, 2],
      ['Data Analyst', 'Beta Ltd', undefined, 63, 2, 2],
    ]);
  });

  it('takes the line above as the title of a header wrapped before its place, only when it names a role', () => {
    const rest = [
      '- St. Louis, MO August 2017 to Present',
      '• Fixed things',
      '• Wrote kb articles Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Kept clients informed.',
    ];
    expect(runOn(['Support Technician Polsinelli PC', ...rest])).toEqual([
      ['Support Technician', 'Polsinelli PC', 'St. Louis, MO', 95, 2, 4],
      ['Project Manager', 'The Click Depot', 'Raleigh, NC', 14, 5, 5],
    ]);
    expect(runOn(['Acme Polsinelli PC', ...rest])).toEqual([
      ['Project Manager', 'The Click Depot', 'Raleigh, NC', 14, 5, 5],
    ]);
  });
});

describe('titles listed beside the title, the employer glued to the last', () => {
  const entries = experience('title', 'organisation');
  const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);

  it('reads the employer after the last title of the list', () => {
    expect(one('Manager IT Ops, Senior LAN Admin, LAN Admin The Kestrel Company')).toEqual([
      ['Manager IT Ops', 'The Kestrel Company'],
    ]);
    expect(one('Telecom Team Lead | Website Project Manager Harbor Consulting')).toEqual([
      ['Telecom Team Lead', 'Harbor Consulting'],
    ]);
  });

  it('keeps an employer whose name opens with a title word, and titles with no employer after them', () => {
    expect(one('Manager, Principal Financial Group')).toEqual([['Manager', 'Principal Financial Group']]);
    expect(one('Game Developer Intern at Global Internship Program')).toEqual([
      ['Game Developer Intern', 'Global Internship Program'],
    ]);
    expect(one('Project Manager, Scrum Master')).toEqual([['Project Manager', 'Scrum Master']]);
  });
});

describe('a place beside a title glued to its employer', () => {
  const entries = experience('title', 'organisation', 'location');
  const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);

  it('reads the two parts after the title as its place when they make a "City, Region"', () => {
    expect(one('Software Developer/ Technician 2 Kestrel IT Solutions, Kalamazoo, Michigan')).toEqual([
      ['Software Developer/ Technician 2', 'Kestrel IT Solutions', 'Kalamazoo, Michigan'],
    ]);
    expect(one('Support Engineer Harbor Labs, Peoria, IL')).toEqual([
      ['Support Engineer', 'Harbor Labs', 'Peoria, IL'],
    ]);
  });

  it('keeps parts that make no place', () => {
    expect(one('Support Engineer Harbor Labs, Payments, Platform')).toEqual([
      ['Support Engineer Harbor Labs', 'Payments', undefined],
    ]);
  });
});

describe("a state's letters beside a title, its city glued to the title's end", () => {
  const entries = experience('title', 'organisation', 'location');
  const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);

  it('reads the word before the state as the city, and the employer before it', () => {
    expect(one('Support Engineer Harbor Legal Partners Peoria, IL')).toEqual([
      ['Support Engineer', 'Harbor Legal Partners', 'Peoria, IL'],
    ]);
    expect(one('Support Engineer Harbor Legal Partners San Mateo, CA')).toEqual([
      ['Support Engineer', 'Harbor Legal Partners', 'San Mateo, CA'],
    ]);
    expect(one('Support Engineer Peoria, IL')).toEqual([['Support Engineer', undefined, 'Peoria, IL']]);
  });

  it('keeps a part that is no state, or a title word before the state', () => {
    expect(one('Support Engineer Harbor Legal Partners Peoria, Illinois')).toEqual([
      ['Support Engineer Harbor Legal Partners Peoria', 'Illinois', undefined],
    ]);
    expect(one('Support Engineer, QA')).toEqual([['Support Engineer', 'QA', undefined]]);
    expect(one('Support Engineer Harbor Labs, IT')).toEqual([
      ['Support Engineer Harbor Labs', 'IT', undefined],
    ]);
    expect(one('Support Engineer Harbor Labs Inc, CA')).toEqual([
      ['Support Engineer Harbor Labs Inc', 'CA', undefined],
    ]);
  });
});

describe('a run-on header after a date in the text before it', () => {
  const runOn = (line: string) =>
    read(['Experience', 'Support Technician Harbor Legal - Troy, IL August 2017 to Present', line])
      .positions.slice(1)
      .map((p) => [p.title, p.organisation, p.start]);

  it('starts the header after a date with its month that closes the text before', () => {
    expect(
      runOn(
        '• Passed the Security+ Exam on 30 Mar 2017 Database Analyst Kestrel Architects - Troy, IL January 2015 to October 2016',
      ),
    ).toEqual([['Database Analyst', 'Kestrel Architects', { year: 2015, month: 1 }]]);
    expect(
      runOn(
        '• Certified in March 2014 Database Analyst Kestrel Architects - Troy, IL January 2015 to October 2016',
      ),
    ).toEqual([['Database Analyst', 'Kestrel Architects', { year: 2015, month: 1 }]]);
  });

  it('keeps a year without a month in the run, and a date with nothing naming a role after it', () => {
    expect(
      runOn('• Kept the fleet. Windows 2000 Administrator Kestrel Architects January 2015 to October 2016'),
    ).toEqual([['Windows 2000 Administrator', 'Kestrel Architects', { year: 2015, month: 1 }]]);
    expect(
      runOn(
        '• Kept the fleet. Data Analyst Kestrel Architects Mar 2014 Kestrel January 2015 to October 2016',
      ),
    ).toEqual([['Data Analyst', 'Kestrel Architects Mar 2014 Kestrel', { year: 2015, month: 1 }]]);
  });
});

describe('a run-on header parted by a lowercase word', () => {
  const runOn = (lines: string[]) =>
    read(['Experience', ...lines]).positions.map((p) => [p.title, p.organisation, p.location, p.startLine]);
  const first = 'Support Technician Harbor Legal - Troy, IL August 2017 to Present';

  it('reads the run naming a role before one lowercase word, and only the place of the run after it', () => {
    expect(
      runOn([
        first,
        '• Update kb articles Senior Technical Lead, Kestrel Systems contracted Brantley Medical/Orrin - Troy, IL April 2015 to August 2017',
        '• Ran the desk',
      ]),
    ).toEqual([
      ['Support Technician', 'Harbor Legal', 'Troy, IL', 2],
      ['Senior Technical Lead', 'Kestrel Systems', 'Troy, IL', 3],
    ]);
    expect(
      runOn([
        first,
        '• Attended the troubleshooting calls to provide advisory and consultancy services Owner/CEO KESTREL-US provide Consultancy and Advisory 2011 to 2016 Kept books.',
      ]),
    ).toEqual([
      ['Support Technician', 'Harbor Legal', 'Troy, IL', 2],
      ['Owner/CEO', 'KESTREL-US', undefined, 3],
    ]);
  });

  it('reads nothing when the run before the word names no role, or a sentence ends before the word', () => {
    const one = (line: string) => runOn([first, line]).slice(1);
    expect(one('• Led the Vendor Review for Kestrel Systems - Troy, IL April 2015 to August 2017')).toEqual(
      [],
    );
    expect(
      one('• Reported to the Project Manager. went to Kestrel Systems April 2015 to August 2017'),
    ).toEqual([]);
  });
});

describe('the parts of a header line', () => {
  const header = (line: string) =>
    read(['Experience', line, '• Built it']).positions.map((p) => [p.title, p.organisation, p.location]);

  it('keeps a bracket a part opened, and a comma inside brackets', () => {
    expect(header('Software Engineer | Danggeun Pay (KarrotPay) | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Danggeun Pay (KarrotPay)', undefined],
    ]);
    expect(
      header(
        'Security Researcher | B10S (B1t 0n the Security, Underground hacker team) | Jan 2019 – Mar 2021',
      ),
    ).toEqual([['Security Researcher', 'B10S (B1t 0n the Security, Underground hacker team)', undefined]]);
  });

  it('reads "Remote", "Hybrid" and "On-site" as the place, in any case', () => {
    for (const place of ['Remote', 'remote', 'Hybrid', 'HYBRID', 'On-site', 'onsite'])
      expect(header(`Software Engineer | Acme Corp | ${place} | Jan 2019 – Mar 2021`)).toEqual([
        ['Software Engineer', 'Acme Corp', place],
      ]);
  });

  it('reads "Remote" after a comma as the place, never as the employer', () => {
    expect(header('Freelance Developer, Remote | Mar 2019 – Dec 2020')).toEqual([
      ['Freelance Developer', undefined, 'Remote'],
    ]);
    expect(
      experience(
        'title',
        'organisation',
        'location',
      )(['Freelance Developer, Remote', 'Mar 2019 – Dec 2020', '• Built sites']),
    ).toEqual([['Freelance Developer', undefined, 'Remote']]);
  });

  it('reads a duration, "Present" or "Current" beside the dates as no name', () => {
    for (const extra of ['2 yrs 3 mos', 'less than a year', 'Current'])
      expect(header(`Software Engineer | Acme Corp | Jan 2019 – Present | ${extra}`)).toEqual([
        ['Software Engineer', 'Acme Corp', undefined],
      ]);
  });

  it('joins a company suffix after a comma, but not "CO" after a city, nor "Co-Founder"', () => {
    expect(header('Project Analyst, Health Net, Inc | Jan 2019 – Mar 2021')).toEqual([
      ['Project Analyst', 'Health Net Inc', undefined],
    ]);
    expect(header('Project Analyst | Acme | Denver, CO | Jan 2019 – Mar 2021')).toEqual([
      ['Project Analyst', 'Acme', 'Denver, CO'],
    ]);
    expect(header('Nexus AI, Co-Founder & CTO | Jan 2019 – Mar 2021')).toEqual([
      ['Co-Founder & CTO', 'Nexus AI', undefined],
    ]);
  });

  it('reads a LinkedIn area and "City UK" as places, but not an organisation named after an area', () => {
    expect(header('Software Engineer | Acme Corp | Greater Seattle Area | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Acme Corp', 'Greater Seattle Area'],
    ]);
    expect(header('Software Engineer | Acme Corp | London UK | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Acme Corp', 'London UK'],
    ]);
    expect(header('Software Engineer | Greater Manchester Police | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Greater Manchester Police', undefined],
    ]);
  });

  it('splits a header at tabs, " at ", "@", bullets and spaced dashes', () => {
    for (const line of [
      'Software Engineer\tAcme Corp\tJan 2019 – Mar 2021',
      'Software Engineer at Acme Corp, Jan 2019 – Mar 2021',
      'Software Engineer @ Acme Corp • Jan 2019 – Mar 2021',
      'Software Engineer - Acme Corp - Jan 2019 – Mar 2021',
    ])
      expect(header(line)).toEqual([['Software Engineer', 'Acme Corp', undefined]]);
  });
});

describe("where a position's header lines stop", () => {
  const entries = experience('title', 'organisation', 'location', 'end', 'startLine', 'endLine');

  it('reads a lone year on a line of up to 60 characters, spaces at its ends not counted', () => {
    const sixty = 'Scrum Master | 2019 | Acme Corp Platform Engineering, Berlin';
    expect(sixty).toHaveLength(60);
    expect(entries([sixty, '• Ran ceremonies'])[0]?.[3]).toEqual({ year: 2019 });
    expect(entries([`  ${sixty}   `, '• Ran ceremonies'])[0]?.[3]).toEqual({ year: 2019 });
    expect(
      entries(['Scrum Master | 2019 | Acme Corp Platform Engineering, Hamburg', '• Ran ceremonies'])[0]?.[3],
    ).toBe(undefined);
  });

  it('reads a lone year on a longer line only within its last 11 characters', () => {
    const line = 'Scrum Master | Acme Corp | Platform Engineering Group | 2019';
    expect(entries([`${line}, Bern`, '• Ran ceremonies'])[0]?.[3]).toEqual({ year: 2019 });
    expect(entries([`${line}, Berlin`, '• Ran ceremonies'])[0]?.[3]).toBe(undefined);
  });

  it('takes a line of 80 characters above the dates into the header, not one of 81', () => {
    const eighty = 'Lisbon, Portugal · Hybrid · Payments Platform Engineering and Data Groups Europe';
    expect(eighty).toHaveLength(80);
    expect(entries([eighty, 'Scrum Master | Acme Corp | Jan 2019 – Mar 2021', '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', 'Lisbon, Portugal', { year: 2021, month: 3 }, 2, 4],
    ]);
    expect(
      entries([`${eighty.slice(0, -7)}, Europe`, 'Scrum Master | Acme Corp | Jan 2019 – Mar 2021', '• Ran']),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, { year: 2021, month: 3 }, 3, 4]]);
  });

  it('takes no duty under the dates of a title and employer above them, whose bullet the PDF lost', () => {
    // A job site's export: title, "Employer - City, ST", dates, then duties whose list bullets were drawn
    // as shapes. A line under the dates naming a role or holding a number is the first duty.
    const indeed = (duty: string) =>
      entries(['IT Support Team Lead', 'Borderline Logistics - El Paso, TX', 'August 2020 to Present', duty]);
    expect(indeed('Lead a team of 5 support analysts covering three warehouses')).toEqual([
      ['IT Support Team Lead', 'Borderline Logistics', 'El Paso, TX', 'present', 2, 5],
    ]);
    expect(indeed('Rolled out 240 handheld scanners')).toEqual([
      ['IT Support Team Lead', 'Borderline Logistics', 'El Paso, TX', 'present', 2, 5],
    ]);
    // With one line above the dates, the lines under them still complete the header.
    expect(
      entries(['IT Support Team Lead', 'August 2020 to Present', 'Borderline Logistics', '• Ran']),
    ).toEqual([['IT Support Team Lead', 'Borderline Logistics', undefined, 'present', 2, 5]]);
  });

  it('takes a line of 70 characters under the dates into the header, not one of 71', () => {
    const seventy = 'Lisbon, Portugal · Hybrid · Payments Platform Engineering Group Europe';
    expect(seventy).toHaveLength(70);
    expect(entries(['Acme Corp', 'Scrum Master', 'Jan 2019 – Mar 2021', seventy, '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', 'Lisbon, Portugal', { year: 2021, month: 3 }, 2, 6],
    ]);
    expect(
      entries([
        'Acme Corp',
        'Scrum Master',
        'Jan 2019 – Mar 2021',
        seventy.replace('Group', 'Groups'),
        '• Ran',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, { year: 2021, month: 3 }, 2, 6]]);
  });

  it('takes no more than two lines under the dates', () => {
    expect(
      entries([
        'Scrum Master',
        'Jan 2019 – Mar 2021',
        'Acme Corp',
        'Platform Group',
        'Berlin, Germany',
        '• Ran',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, { year: 2021, month: 3 }, 2, 7]]);
  });

  it('stops at a line that holds a date, above the dates or under them', () => {
    expect(
      entries([
        'Joined the platform team in March 2019 after the merger with Beta Ltd',
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        '• Ran',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, { year: 2021, month: 3 }, 3, 4]]);
    expect(
      entries([
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        'Berlin, Germany · moved here in March 2020 with the platform team',
        '• Ran',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', undefined, { year: 2021, month: 3 }, 2, 4]]);
  });

  it("leaves the next entry's header lines to it: a job whose title is not written takes none", () => {
    expect(
      entries([
        'Acme Corp',
        'Jan 2019 – Mar 2021',
        'Delivery Lead',
        'Beta Ltd',
        'Apr 2021 – Present',
        '• Ran releases',
      ]),
    ).toEqual([
      [undefined, 'Acme Corp', undefined, { year: 2021, month: 3 }, 2, 3],
      ['Delivery Lead', 'Beta Ltd', undefined, 'present', 4, 7],
    ]);
  });

  it('leaves the lines above a "Company -" line to the entry before, and stops under the dates at one', () => {
    expect(
      entries([
        'Company - Beta Ltd',
        'Scrum Master',
        'Jan 2017 – Dec 2018',
        '• Ran ceremonies',
        'Agile Coach',
        'Company - Acme Corp',
        'Jan 2019 – Mar 2021',
        '• Coached',
      ]),
    ).toEqual([
      ['Scrum Master', 'Beta Ltd', undefined, { year: 2018, month: 12 }, 2, 6],
      [undefined, 'Acme Corp', undefined, { year: 2021, month: 3 }, 7, 9],
    ]);
    expect(
      entries([
        'Scrum Master, Beta Ltd',
        'Jan 2017 – Dec 2018',
        'Company - Acme Corp',
        'Platform Group',
        'Agile Coach',
        'Jan 2019 – Mar 2021',
        '• Coached',
      ]),
    ).toEqual([
      ['Scrum Master', 'Beta Ltd', undefined, { year: 2018, month: 12 }, 2, 3],
      ['Agile Coach', 'Acme Corp', undefined, { year: 2021, month: 3 }, 4, 8],
    ]);
  });
});

describe('a wrapped sentence above the dates', () => {
  const entries = experience('title', 'organisation', 'startLine');

  it('takes no line that opens in lowercase after a line ending in a lowercase word into the header', () => {
    expect(
      entries([
        'Oversaw the pouring of slabs and the site',
        'crews of the two subcontractors',
        'Civil Engineer | 2017 – 2018',
        '• Kept the site logs',
      ]),
    ).toEqual([['Civil Engineer', undefined, 4]]);
  });

  it('keeps a name in lowercase above the dates when the line above it ends otherwise', () => {
    expect(entries(['Harrowgate Foods', 'Civil Engineer | 2017 – 2018', '• Kept the site logs'])).toEqual([
      ['Civil Engineer', 'Harrowgate Foods', 2],
    ]);
    expect(
      entries([
        'Quarry Works, Leeds',
        'eClerx Services',
        'Civil Engineer | 2017 – 2018',
        '• Kept the site logs',
      ]),
    ).toEqual([['Civil Engineer', 'eClerx Services', 2]]);
    expect(
      entries(['Quarry works of the north', 'Civil Engineer | 2017 – 2018', '• Kept the site logs']),
    ).toEqual([['Civil Engineer', 'Quarry works of the north', 2]]);
  });
});

describe('a label under the dates, and a field filled with a label', () => {
  const entries = experience('title', 'organisation');

  it('reads a line ending in a colon under the dates as a label, no header line', () => {
    expect(entries(['Release Manager | Mar 2018 – Jan 2020', 'Key Achievements:', '• Ran releases'])).toEqual(
      [['Release Manager', undefined]],
    );
    expect(entries(['Release Manager | Mar 2018 – Jan 2020', 'Harrowgate Foods', '• Ran releases'])).toEqual([
      ['Release Manager', 'Harrowgate Foods'],
    ]);
  });

  it('reads no organisation from a field holding the words of a label the entry writes', () => {
    expect(
      entries([
        'company - Scope Of Duties',
        "description - Sold the firm's lines.",
        'Release Manager, Harrowgate Foods | Mar 2018 – Jan 2020',
        'Scope of Duties:',
        '• Ran releases',
      ]),
    ).toEqual([['Release Manager', 'Harrowgate Foods']]);
    expect(
      entries([
        'company - Pellham Logistics',
        "description - Sold the firm's lines.",
        'Release Manager, Harrowgate Foods | Mar 2018 – Jan 2020',
        'Scope of Duties:',
        '• Ran releases',
      ]),
    ).toEqual([['Release Manager', 'Pellham Logistics']]);
  });
});

describe('roles under an employer printed once', () => {
  const entries = experience('title', 'organisation', 'location');

  it("reads the place under a second role's dates as the place, when the first role has it", () => {
    expect(
      entries([
        'Acme Corp',
        'Senior Engineer',
        'Jan 2021 – Present',
        'Wrocław',
        '• Led',
        'Engineer',
        'Jan 2019 – Dec 2020',
        'Wrocław',
        '• Built',
      ]),
    ).toEqual([
      ['Senior Engineer', 'Acme Corp', 'Wrocław'],
      ['Engineer', 'Acme Corp', 'Wrocław'],
    ]);
  });

  it('gives no employer to the role after one written with its employer beside the title', () => {
    expect(
      entries([
        'Platform Group',
        'Release Manager, Bramblecote Software\tSep 2017 – Mar 2021',
        '• Owned the release train',
        'Backend Developer\tJun 2014 – Aug 2017',
        '• Built services',
      ]),
    ).toEqual([
      ['Release Manager', 'Bramblecote Software', undefined],
      ['Backend Developer', undefined, undefined],
    ]);
  });

  it('finds no undated entry among projects', () => {
    expect(
      read([
        'Projects',
        'DevFlow | 2020 – 2021',
        '• Built',
        'Volunteer Coordinator | Red Cross',
        '• Organised drives',
      ]).positions.map((p) => [p.title, p.startLine, p.endLine]),
    ).toEqual([['DevFlow', 2, 5]]);
  });
});

describe('which layout a section is read in', () => {
  const entries = experience('title', 'organisation', 'end', 'startLine', 'endLine');
  const runOn =
    'Built dashboards. Business Analyst Acme Corp January 2018 to March 2020 Wrote reports. Data Analyst Beta Ltd April 2020 to Present Ran the models.';

  it('reads a dated line with no title in a run-on section as an entry of its own, naming nothing', () => {
    expect(entries([runOn, 'October 2017 to March 2018'])).toEqual([
      ['Business Analyst', 'Acme Corp', { year: 2020, month: 3 }, 2, 2],
      ['Data Analyst', 'Beta Ltd', 'present', 2, 2],
      [undefined, undefined, { year: 2018, month: 3 }, 3, 3],
    ]);
  });

  it('opens no entry in a run-on section at a line with a lone year', () => {
    expect(entries([runOn, 'Award for the billing migration | 2019'])).toEqual([
      ['Business Analyst', 'Acme Corp', { year: 2020, month: 3 }, 2, 2],
      ['Data Analyst', 'Beta Ltd', 'present', 2, 3],
    ]);
  });

  it('reads dated header lines as they are when fewer headers are run into text than stand on their own', () => {
    expect(
      entries([
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        '• Coached teams; earlier Project Manager The Click Depot March 2013 to April 2014 here',
        'Delivery Lead | Beta Ltd | Apr 2021 – Present',
        '• Ran releases',
      ]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 3],
      ['Delivery Lead', 'Beta Ltd', 'present', 4, 5],
    ]);
  });

  it('does not count a line of time spent as a named line, blanks after it or not', () => {
    expect(
      entries([
        'Acme Corp',
        '7 years 11 months   ',
        'Scrum Master',
        'Jan 2019 – Mar 2021',
        '• Ran ceremonies',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', { year: 2021, month: 3 }, 2, 6]]);
  });

  it('finds no entry in a projects section without dates', () => {
    expect(read(['Projects', 'Lead Developer | DevFlow', '• Built a CI tool']).positions).toEqual([]);
  });
});

describe('a title run into text: where the run starts', () => {
  const titles = (lead: string) =>
    read([
      'Experience',
      `${lead} Acme Corp January 2018 to March 2020 Wrote reports. Data Analyst Beta Ltd April 2020 to Present Ran the models.`,
    ]).positions.map((p) => [p.title, p.organisation]);
  const both = (title: string) => [
    [title, 'Acme Corp'],
    ['Data Analyst', 'Beta Ltd'],
  ];

  it('keeps a word with a full stop inside it ("Node.js") and runs through a double space', () => {
    expect(titles('Built dashboards. Node.js Developer')).toEqual(both('Node.js Developer'));
    expect(titles('Built dashboards. Business  Analyst')).toEqual(both('Business Analyst'));
  });

  it('stops at a sentence ending in capitals ("IBM.", "TelCo.") and at a word starting lowercase ("iOS")', () => {
    expect(titles('Built dashboards with IBM. Business Analyst')).toEqual(both('Business Analyst'));
    expect(titles('Built dashboards for TelCo. Business Analyst')).toEqual(both('Business Analyst'));
    expect(titles('Built apps for iOS Business Analyst')).toEqual(both('Business Analyst'));
  });

  it('leaves a bracket after a lowercase word to the sentence before: the title starts after it closes', () => {
    expect(
      titles('Built the fiber build out/redesign (CenturyLink, Frontier) Network Project Manager'),
    ).toEqual(both('Network Project Manager'));
    expect(titles('Deployed voice for clients (AT&T) Project Manager')).toEqual(both('Project Manager'));
    // After a sentence's end the bracket opens the title, and keeps both its marks.
    expect(titles('Built dashboards. (Contract) Project Manager')).toEqual(
      both('(Contract) Project Manager'),
    );
    expect(
      positions(['Experience', '(Contract) Project Manager | Acme Corp | Jan 2019 – Mar 2021', '• Built']),
    ).toEqual([['(Contract) Project Manager', 'Acme Corp', undefined, 2, 3]]);
  });

  it('keeps a "#" inside a title ("C# Developer"): only the marks of a Markdown heading go', () => {
    expect(positions(['Experience', 'C# Developer | Acme Corp | Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['C# Developer', 'Acme Corp', undefined, 2, 3],
    ]);
  });

  it('leaves a wrapped bullet line to its entry when the bullet has a full stop inside, or the line is indented', () => {
    for (const wrapped of [
      ['• Moved the teams to Node.js and', 'kanban practices'],
      ['• Coached the', '  teams on Kanban'],
    ])
      expect(
        positions([
          'Experience',
          'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
          '• Ran ceremonies',
          ...wrapped,
          'Delivery Lead | Beta Ltd | Apr 2021 – Present',
          '• Ran releases',
        ]),
      ).toEqual([
        ['Scrum Master', 'Acme Corp', undefined, 2, 5],
        ['Delivery Lead', 'Beta Ltd', undefined, 6, 7],
      ]);
  });
});

describe('what a header part names', () => {
  const header = (line: string) =>
    read(['Experience', line, '• Built it']).positions.map((p) => [p.title, p.organisation]);

  it('reads "Present" and "Current" as dates only when they are the whole part', () => {
    expect(header('Software Engineer | Current Health | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Current Health'],
    ]);
    expect(header('Software Engineer | Omnipresent | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Omnipresent'],
    ]);
  });

  it('keeps a year that is only part of a name ("Studio 2020", "1999 Media")', () => {
    expect(header('Designer | Studio 2020 | Jan 2019 – Mar 2021')).toEqual([['Designer', 'Studio 2020']]);
    expect(header('Designer | 1999 Media | Jan 2019 – Mar 2021')).toEqual([['Designer', '1999 Media']]);
  });

  it('keeps the square bracket a name closes', () => {
    expect(header('Software Engineer | Acme Corp [Payments] | Jan 2019 – Mar 2021')).toEqual([
      ['Software Engineer', 'Acme Corp [Payments]'],
    ]);
  });

  it('reads "Head Office" and "Head Quarters" as a place in a name, not as a head', () => {
    expect(header('CAPGEMINI Head Office | Jan 2014 – Aug 2014')).toEqual([
      [undefined, 'CAPGEMINI Head Office'],
    ]);
    expect(
      header('Business Analyst CAPGEMINI Head Office - Mumbai, Maharashtra January 2014 to August 2014'),
    ).toEqual([['Business Analyst', 'CAPGEMINI Head Office']]);
    expect(header('Test Engineer Acme Head Quarters | Jan 2014 – Aug 2014')).toEqual([
      ['Test Engineer', 'Acme Head Quarters'],
    ]);
    // A head of something, and a head named after the office, are roles.
    expect(header('Head of Office Operations | Acme Corp | Jan 2014 – Aug 2014')).toEqual([
      ['Head of Office Operations', 'Acme Corp'],
    ]);
    expect(header('Head Office Manager | Acme Corp | Jan 2014 – Aug 2014')).toEqual([
      ['Head Office Manager', 'Acme Corp'],
    ]);
    expect(header('Branch Head Acme Bank - Pune, Maharashtra January 2014 to August 2014')).toEqual([
      ['Branch Head', 'Acme Bank'],
    ]);
  });

  it('splits at a tab after a word, not at the space before that word', () => {
    expect(splitHeader('Scrum Master x\tAcme', false)).toEqual(['Scrum Master x', 'Acme']);
  });
});

describe('header lines: length, blanks and cells', () => {
  const entries = experience('title', 'organisation', 'location', 'startLine', 'endLine');
  const dated = 'Scrum Master | Acme Corp | Jan 2019 – Mar 2021';
  const eighty = 'Lisbon, Portugal · Hybrid · Payments Platform Engineering and Data Groups Europe';

  it('reads a line ending in a company abbreviation as a header line, and one ending a sentence as none', () => {
    expect(entries(['Agile Coach', 'Beta Corp Inc.', 'Jan 2019 – Mar 2021', '• Coached teams'])).toEqual([
      ['Agile Coach', 'Beta Corp Inc.', undefined, 2, 5],
    ]);
    expect(entries(['Agile Coach', 'Beta Corp Inc.', '• Coached teams', '• Ran retros'])).toEqual([
      ['Agile Coach', 'Beta Corp Inc.', undefined, 2, 5],
    ]);
    // A sentence's full stop still ends the header above the dates.
    expect(
      entries(['Coached the teams of Beta Corp.', 'Agile Coach', 'Jan 2019 – Mar 2021', '• Ran']),
    ).toEqual([['Agile Coach', undefined, undefined, 3, 5]]);
  });

  it('measures a line without the blanks around it, and a tab-separated line by its longest cell', () => {
    expect(entries([`   ${eighty}`, dated, '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', 'Lisbon, Portugal', 2, 4],
    ]);
    expect(entries([`${eighty.replace('Groups', 'Groups,')}\tRemote`, dated, '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', undefined, 3, 4],
    ]);
  });

  it('reads a dated line of exactly 110 characters as a header, indented or not', () => {
    const line =
      'Scrum Master | Acme Corp, a company building software for the logistics industry | Jan 2019 – Mar 2021 | Berne';
    expect(line.length).toBe(110);
    expect(entries([line, '• Ran'])).toEqual([['Scrum Master', 'Acme Corp', undefined, 2, 3]]);
    expect(entries([`        ${line}`, '• Ran'])).toEqual([['Scrum Master', 'Acme Corp', undefined, 2, 3]]);
  });

  it("leaves a blank line after an entry's bullets in that entry", () => {
    expect(entries([dated, '• Ran', '', 'Delivery Lead | Beta Ltd | Apr 2021 – Present', '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', undefined, 2, 4],
      ['Delivery Lead', 'Beta Ltd', undefined, 5, 6],
    ]);
  });

  it('reads skills only from a skills section', () => {
    expect(
      read(['Jane Doe', 'Berlin, Germany', 'Skills', 'Java, Python', 'Summary', 'Delivery lead, coach'])
        .skills,
    ).toEqual(['Java', 'Python']);
  });
});

describe('a title, its employer and its place: the edges', () => {
  const entries = experience('title', 'organisation', 'location');
  const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);

  it('splits a title run into its employer after a title word that opens the line, with its level', () => {
    expect(one('Manager Kaveri Commerce')).toEqual([['Manager', 'Kaveri Commerce', undefined]]);
    expect(one('Engineer II Kaveri Commerce')).toEqual([['Engineer II', 'Kaveri Commerce', undefined]]);
  });

  it('takes a name of two letters after the title as the employer, not one of one', () => {
    expect(one('Support Engineer HP')).toEqual([['Support Engineer', 'HP', undefined]]);
    expect(one('Support Engineer X')).toEqual([['Support Engineer X', undefined, undefined]]);
  });

  it('reads the employer glued to a title in a header joined by " - " (as resume sites export it)', () => {
    const header = (line: string) => entries([`${line} May 2012 to July 2014`, '• Built reports']);
    expect(header('Software Developer Kestrel Software Labs - Pune, MH')).toEqual([
      ['Software Developer', 'Kestrel Software Labs', 'Pune, MH'],
    ]);
    // The part after the dash is the client or a place, not the employer.
    expect(header('Application Specialist Brightline Staffing - Harbor Bank - Peoria, IL')).toEqual([
      ['Application Specialist', 'Brightline Staffing', 'Peoria, IL'],
    ]);
    // A name whose comma opens a list closed by "and" is one name.
    expect(header('Data Analyst Ministry of Transport, Roads and Rail - Wellington, NZ')).toEqual([
      ['Data Analyst', 'Ministry of Transport, Roads and Rail', 'Wellington, NZ'],
    ]);
    expect(header('Staff Accountant Smith, Jones & Partners CPA - Boston, MA')).toEqual([
      ['Staff Accountant', 'Smith, Jones & Partners CPA', 'Boston, MA'],
    ]);
    // A title before the comma, or a place after it, is no partner.
    expect(header('Data Analyst Kestrel Labs, Pune - India')).toEqual([
      ['Data Analyst', 'Kestrel Labs', 'Pune, India'],
    ]);
    expect(header('Senior Accountant, Smith & Co')).toEqual([['Senior Accountant', 'Smith & Co', undefined]]);
    // What a bracket after the title says of the job is the title's.
    expect(header('Bookkeeper (Seasonal) H&R Tax Services - Quincy, MA')).toEqual([
      ['Bookkeeper (Seasonal)', 'H&R Tax Services', 'Quincy, MA'],
    ]);
    // A part that ends in a level before the employer's name is the title's.
    expect(header('Software Developer - Test III Kestrel Labs - Pune, MH')).toEqual([
      ['Software Developer - Test III', 'Kestrel Labs', 'Pune, MH'],
    ]);
    expect(header('Support Engineer - Tier 2 Brightline Systems - Peoria, IL')).toEqual([
      ['Support Engineer - Tier 2', 'Brightline Systems', 'Peoria, IL'],
    ]);
    expect(header('Support Engineer - Brightline 2 - Peoria, IL')).toEqual([
      ['Support Engineer', 'Brightline 2', 'Peoria, IL'],
    ]);
    // With other separators, the words after the title word are the title's ("Engineer Platform").
    expect(header('Senior Engineer Platform | Acme Corp - Pune, MH')).toEqual([
      ['Senior Engineer Platform', 'Acme Corp', 'Pune, MH'],
    ]);
  });

  it('drops "At" before an employer run into the title, and splits no title that has its employer', () => {
    expect(one('Software Engineer At Acme Corp')).toEqual([['Software Engineer', 'Acme Corp', undefined]]);
    expect(entries(['Senior Engineer Platform | Acme Corp | Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Senior Engineer Platform', 'Acme Corp', undefined],
    ]);
  });

  it('keeps what follows a title after a comma with the title when an employer and a place follow in parts of their own', () => {
    const dated = (header: string) => entries([`${header} | Mar 2021 – Present`, '• Built it']);
    expect(
      dated(
        'Senior Technical Program Manager, Cloud Infrastructure | Northwind Cloud Services | Seattle, WA',
      ),
    ).toEqual([
      ['Senior Technical Program Manager, Cloud Infrastructure', 'Northwind Cloud Services', 'Seattle, WA'],
    ]);
    expect(dated('Product Manager, Payments | Stripe | Dublin')).toEqual([
      ['Product Manager, Payments', 'Stripe', undefined],
    ]);
    // One part after the title: it is the place, and the comma's part the employer.
    expect(dated('Software Engineer, Google | London')).toEqual([['Software Engineer', 'Google', undefined]]);
    expect(dated('Software Engineer, Google | London, UK')).toEqual([
      ['Software Engineer', 'Google', 'London, UK'],
    ]);
  });

  it('takes a place without a comma as a place, and trims an employer read from "Name , City"', () => {
    expect(one('Software Engineer · London UK')).toEqual([['Software Engineer', undefined, 'London UK']]);
    expect(one('Software Engineer · Nordvind Mobility , Aarhus')).toEqual([
      ['Software Engineer', 'Nordvind Mobility', 'Aarhus'],
    ]);
  });

  it('reads a title field as the title only, a place field as the place, and one letter as no name', () => {
    expect(one('Designation: Release Manager')).toEqual([['Release Manager', undefined, undefined]]);
    expect(entries(['Scrum Master | Acme Corp | Jan 2019 – Mar 2021', 'Location: Berlin', '• Ran'])).toEqual([
      ['Scrum Master', 'Acme Corp', 'Berlin'],
    ]);
    expect(entries(['Developer | X | Jan 2019 – Mar 2021', '• Built'])).toEqual([
      ['Developer', undefined, undefined],
    ]);
  });

  it('reads a title written twice once, not as its own employer', () => {
    expect(entries(['Scrum Master', 'Scrum Master | Jan 2019 – Mar 2021', '• Ran'])).toEqual([
      ['Scrum Master', undefined, undefined],
    ]);
  });

  it('reads a place only from the date line when the title has its employer beside it, of up to 40 characters', () => {
    expect(
      entries(['Platform Group', 'Software Engineer, Acme Corp', 'Jan 2019 – Mar 2021', '• Built']),
    ).toEqual([['Software Engineer', 'Acme Corp', undefined]]);
    const place = 'Lower Saxony and Bremen Regional Offices';
    expect(place).toHaveLength(40);
    expect(entries(['Software Engineer, Acme Corp', `Jan 2019 – Mar 2021 · ${place}`, '• Built'])).toEqual([
      ['Software Engineer', 'Acme Corp', place],
    ]);
    expect(entries(['Software Engineer, Acme Corp', `Jan 2019 – Mar 2021 · ${place}s`, '• Built'])).toEqual([
      ['Software Engineer', 'Acme Corp', undefined],
    ]);
  });

  it('gives a project no employer: neither from a title run into a name nor from a company field', () => {
    const projects = (lines: string[]) =>
      read(['Projects', ...lines]).positions.map((p) => [p.title, p.organisation]);
    expect(projects(['Lead Developer DevFlow | 2020 – 2021', '• Built'])).toEqual([
      ['Lead Developer DevFlow', undefined],
    ]);
    expect(projects(['Company - Acme Corp', 'DevFlow | 2020 – 2021', '• Built'])).toEqual([
      ['DevFlow', undefined],
    ]);
  });
});

describe('an employer in capitals, and words for jobs in general', () => {
  const entries = experience('title', 'organisation', 'location');
  const runOn = (line: string) => entries([`${line} - Ran the crews and the budget.`]);

  it('reads a name in capitals after a title in Title Case as the employer', () => {
    expect(runOn('Supervisor of Field Operations HARBOR LIGHT November 2016 to Present')).toEqual([
      ['Supervisor of Field Operations', 'HARBOR LIGHT', undefined],
    ]);
    expect(runOn('IT Project Manager MARLOWE TELECOM November 2016 to Present')).toEqual([
      ['IT Project Manager', 'MARLOWE TELECOM', undefined],
    ]);
  });

  it("gives the title the department or PMO written before the employer's name in capitals", () => {
    expect(
      runOn(
        '• Drove the intake board Sr. Project Manager, Network Services BRANTLEY March 2015 to October 2016',
      ),
    ).toEqual([['Sr. Project Manager, Network Services', 'BRANTLEY', undefined]]);
    expect(runOn('IT Project Manager, PMO KESTREL POWER, Network April 2013 to March 2015')).toEqual([
      ['IT Project Manager, PMO', 'KESTREL POWER', undefined],
    ]);
    expect(
      runOn('Operations Manager-Telecom Division MARLOW ELECTRIC INC October 2012 to February 2015'),
    ).toEqual([['Operations Manager-Telecom Division', 'MARLOW ELECTRIC INC', undefined]]);
  });

  it('gives the title the region before a name of three words or more that opens with "The"', () => {
    expect(
      runOn('• Ran the desk IT Project Lead, Western Region The Kestrel Company February 1999 to March 2003'),
    ).toEqual([['IT Project Lead, Western Region', 'The Kestrel Company', undefined]]);
    const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);
    expect(one('Project Lead, Western Region The Kestrel')).toEqual([
      ['Project Lead', 'Western Region The Kestrel', undefined],
    ]);
    expect(one('Project Lead, Bank of The West')).toEqual([['Project Lead', 'Bank of The West', undefined]]);
  });

  it('keeps names whose capitals are initials, a suffix, a region or after a connector', () => {
    const one = (header: string) => entries([header, 'Jan 2019 – Mar 2021', '• Built it']);
    expect(one('Support Engineer, Global Services IBM')).toEqual([
      ['Support Engineer', 'Global Services IBM', undefined],
    ]);
    expect(one('Program Manager, Acme Solutions LIMITED')).toEqual([
      ['Program Manager', 'Acme Solutions LIMITED', undefined],
    ]);
    expect(one('Program Manager, Bank of AMERICA')).toEqual([
      ['Program Manager', 'Bank of AMERICA', undefined],
    ]);
    expect(one('PROJECT MANAGER, ACME CORPORATION')).toEqual([
      ['PROJECT MANAGER', 'ACME CORPORATION', undefined],
    ]);
    expect(one('PROJECT MANAGER ACME CORPORATION')).toEqual([
      ['PROJECT MANAGER', 'ACME CORPORATION', undefined],
    ]);
    expect(one('Sales Director, Field Sales EMEA')).toEqual([
      ['Sales Director', 'Field Sales EMEA', undefined],
    ]);
  });

  it('reads no employer from a word for jobs in general after the title', () => {
    expect(entries(['Account Manager Positions 1992 to 2002', '• Sold'])).toEqual([
      ['Account Manager', undefined, undefined],
    ]);
    expect(entries(['Contract Developer | Various Clients | 2015 – 2018', '• Built'])).toEqual([
      ['Contract Developer', undefined, undefined],
    ]);
    expect(entries(['Recruitment Consultant | Positions Plus | 2015 – 2018', '• Hired'])).toEqual([
      ['Recruitment Consultant', 'Positions Plus', undefined],
    ]);
  });
});

describe('a title alone above a paragraph', () => {
  const entries = experience('title', 'organisation', 'startLine', 'endLine');
  const between = (title: string) =>
    entries([
      'Software Engineer | Acme Corp | Jan 2019 – Mar 2021',
      'Built APIs for the payments team, and moved them to the cloud in six months.',
      title,
      'Built websites for local shops and cafes, and hosted them for a small monthly fee.',
      'Delivery Lead | Beta Ltd | Apr 2021 – Present',
      '• Ran releases',
    ]);

  it('reads a title of up to five words alone on its line between dated jobs as an entry', () => {
    expect(between('Freelance Web Developer and Designer')).toEqual([
      ['Software Engineer', 'Acme Corp', 2, 3],
      ['Freelance Web Developer and Designer', undefined, 4, 5],
      ['Delivery Lead', 'Beta Ltd', 6, 7],
    ]);
    expect(between('Freelance Web Developer and UX Designer')).toEqual([
      ['Software Engineer', 'Acme Corp', 2, 5],
      ['Delivery Lead', 'Beta Ltd', 6, 7],
    ]);
  });

  it('reads a title and organisation above a paragraph only when every line is in Title Case', () => {
    const paragraph = 'Ran the ceremonies for three teams and coached them on Kanban.';
    expect(entries(['Scrum Master', 'Acme Corp Platform', paragraph])).toEqual([
      ['Scrum Master', 'Acme Corp Platform', 2, 4],
    ]);
    expect(entries(['Scrum Master', 'acme corp platform', paragraph])).toEqual([]);
  });
});

describe('the header above bullets in a section without dates', () => {
  it('takes a line of up to 80 characters above the title into the header', () => {
    const org = 'Acme Payments and Lending Platform Engineering Group of the Berlin Office Branch';
    expect(org).toHaveLength(80);
    expect(positions(['Experience', org, 'Scrum Master', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', org, undefined, 2, 4],
    ]);
    expect(positions(['Experience', `${org}es`, 'Scrum Master', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', undefined, undefined, 3, 4],
    ]);
    expect(positions(['Experience', `   ${org}`, 'Scrum Master', '• Ran ceremonies'])).toEqual([
      ['Scrum Master', org, undefined, 2, 4],
    ]);
  });
});

describe('a header written as a sentence: what is left as it is', () => {
  const dated = experience('title', 'organisation', 'location');

  it('reads "working with X as Y" only when Y names a role and X starts with a capital', () => {
    expect(dated(['Worked with Capgemini as Something Else from Jan 2019 to Dec 2020', '• Did'])).toEqual([
      [undefined, 'Worked with Capgemini as Something Else', undefined],
    ]);
    expect(dated(['Working with acme Corp as Consultant from Jan 2019 to Dec 2020', '• Did'])).toEqual([
      ['Working with acme Corp as Consultant', undefined, undefined],
    ]);
  });

  it('reads "worked as X at Y, Place" only when X names a role', () => {
    expect(dated(['Worked as a Gardener at Hilton, London from Jan 2019 to Dec 2020', '• Did'])).toEqual([
      [undefined, 'Worked as a Gardener', 'Hilton, London'],
    ]);
  });
});

describe('labelled fields: the entries they open', () => {
  const fields = experience('title', 'organisation', 'start', 'end', 'startLine', 'endLine', 'kind');
  const description = (dates: string) =>
    `Description - Heading the Pune branch of the retail operations team for M/s Acme Finance and its partners ${dates}`;

  it('reads the roles above bullets under a company line, not the company line itself', () => {
    expect(fields(['Company: Acme Corp', 'Role Network Engineer', '• Configured routers'])).toEqual([
      ['Network Engineer', 'Acme Corp', undefined, undefined, 2, 4, 'engineering'],
    ]);
  });

  it('keeps a role above bullets under an empty company field', () => {
    expect(fields(['Company - ', 'Role Network Engineer', '• Configured routers'])).toEqual([
      ['Network Engineer', undefined, undefined, undefined, 2, 4, 'engineering'],
    ]);
  });

  it('dates no role from the description when the company entry holds two', () => {
    expect(
      fields([
        'Company - Acme Corp',
        description('From Aug 2017 till date'),
        'Role Network Engineer',
        '• Configured routers',
        'Role Senior Network Engineer',
        '• Led upgrades',
      ]),
    ).toEqual([
      ['Network Engineer', 'Acme Corp', undefined, undefined, 2, 5, 'engineering'],
      ['Senior Network Engineer', 'Acme Corp', undefined, undefined, 6, 7, 'engineering'],
    ]);
  });

  it("reads each entry's description from its own lines, and a lone year there is no second range", () => {
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        description('From Aug 2017 till date'),
        'Company - Beta Corp',
        'Designation - QA Lead',
        description('From Jan 2019 till Dec 2020'),
      ]),
    ).toEqual([
      ['Release Manager', 'Acme Corp', { year: 2017, month: 8 }, 'present', 2, 4, 'project-management'],
      ['QA Lead', 'Beta Corp', { year: 2019, month: 1 }, { year: 2020, month: 12 }, 5, 7, 'qa'],
    ]);
    expect(
      fields([
        'Company - Acme Corp',
        'Designation - Release Manager',
        'Description - Heading the Pune branch, opened in 2015, for M/s Acme Finance and its partners From Aug 2017 till date',
      ]),
    ).toEqual([
      ['Release Manager', 'Acme Corp', { year: 2017, month: 8 }, 'present', 2, 4, 'project-management'],
    ]);
  });

  it('gives the one dated role of a company entry the title of a designation field among its bullets', () => {
    expect(
      fields([
        'Company - Acme Corp',
        'Jan 2019 – Mar 2021',
        '• Designation - Release Manager',
        '• Ran releases',
      ]),
    ).toEqual([
      [
        'Release Manager',
        'Acme Corp',
        { year: 2019, month: 1 },
        { year: 2021, month: 3 },
        2,
        5,
        'project-management',
      ],
    ]);
  });
});

describe('the header above a paragraph or bullets: prose, Title Case and lists', () => {
  const entries = experience('title', 'organisation', 'startLine', 'endLine');
  const paragraph = 'Ran the ceremonies for three teams and coached them on Kanban.';

  it('reads a paragraph ending in a full stop with spaces after it as a paragraph', () => {
    expect(entries(['Scrum Master - Acme Corp', `${paragraph}  `])).toEqual([
      ['Scrum Master', 'Acme Corp', 2, 3],
    ]);
  });

  it('reads a bullet ending in a full stop as a bullet, under a title alone', () => {
    expect(entries(['Scrum Master', '• Ran the ceremonies for three teams.'])).toEqual([
      ['Scrum Master', undefined, 2, 3],
    ]);
  });

  it('reads a line of more than 110 characters as a paragraph without a full stop, not one of 110', () => {
    const long =
      'Ran the ceremonies for three teams and coached them on Kanban, Scrum and the other ways of working they tried out';
    const short =
      'Ran the ceremonies for three teams and coached them on Kanban, Scrum and all other ways of working they tested';
    expect(long).toHaveLength(113);
    expect(short).toHaveLength(110);
    expect(entries(['Scrum Master - Acme Corp', long])).toEqual([['Scrum Master', 'Acme Corp', 2, 3]]);
    expect(entries(['Scrum Master - Acme Corp', short])).toEqual([]);
  });

  it('reads a short line with a full stop inside it, not at its end, as no paragraph', () => {
    expect(entries(['Scrum Master', 'Acme Corp', 'Worked with teams on Node.js apps'])).toEqual([]);
  });

  it('reads Title Case through Markdown emphasis, up to ten words, a word starting lowercase breaking it', () => {
    expect(entries(['**Scrum Master** - Acme Corp', paragraph])).toEqual([
      ['Scrum Master', 'Acme Corp', 2, 3],
    ]);
    expect(entries(['Senior Scrum Master - Acme Data Platform Services Group Ltd', paragraph])).toEqual([
      ['Senior Scrum Master', 'Acme Data Platform Services Group Ltd', 2, 3],
    ]);
    expect(
      entries(['Senior Scrum Master - Acme Data Platform Services Group Ltd Berlin', paragraph]),
    ).toEqual([]);
    expect(entries(['iOS Developer - Acme Corp', paragraph])).toEqual([]);
  });

  it('reads three one-word parts as a list even with wide gaps after the commas', () => {
    expect(entries(['Lead,  SRE,  DevOps', '• Ran ceremonies'])).toEqual([]);
  });
});

describe('a title alone between dated jobs: what is a title line', () => {
  const entries = experience('title', 'organisation', 'startLine', 'endLine');
  const between = (middle: string[]) =>
    entries([
      'Software Engineer | Acme Corp | Jan 2019 – Mar 2021',
      '• Built APIs',
      ...middle,
      'Delivery Lead | Beta Ltd | Apr 2021 – Present',
      '• Ran releases',
    ]);
  const alone = (title: string) => [
    ['Software Engineer', 'Acme Corp', 2, 3],
    [title, undefined, 4, 5],
    ['Delivery Lead', 'Beta Ltd', 6, 7],
  ];
  const none = [
    ['Software Engineer', 'Acme Corp', 2, 5],
    ['Delivery Lead', 'Beta Ltd', 6, 7],
  ];

  it('reads one line of up to six words in Title Case, through emphasis and double spaces', () => {
    expect(between(['**Freelance Developer**', '• Built sites'])).toEqual(alone('Freelance Developer'));
    expect(between(['Freelance  Developer', '• Built sites'])).toEqual(alone('Freelance  Developer'));
    expect(between(['Head of Data and Analytics Europe', '• Built sites'])).toEqual(
      alone('Head of Data and Analytics Europe'),
    );
    expect(between(['Head of Data and Analytics for Europe', '• Built sites'])).toEqual(none);
  });

  it('reads no title line of two lines, of a lowercase word, or of more than 50 characters', () => {
    expect(between(['Freelance Developer', 'Berlin, Germany', '• Built sites'])).toEqual([
      ['Software Engineer', 'Acme Corp', 2, 6],
      ['Delivery Lead', 'Beta Ltd', 7, 8],
    ]);
    expect(between(['Freelance web Developer', '• Built sites'])).toEqual(none);
    expect(between(['eBay Developer', '• Built sites'])).toEqual(none);
    expect(between(['Principal Infrastructure Reliability Engineer (II)', '• Built sites'])).toEqual(
      alone('Principal Infrastructure Reliability Engineer (II)'),
    );
    expect(between(['Principal Cloud Infrastructure Reliability Engineer', '• Built sites'])).toEqual(none);
  });
});

describe('education: the edges of a field, a wrapped degree and a school named after a degree', () => {
  const education = (lines: string[]) =>
    read(['Education', ...lines]).education.map((e) => [e.degree, e.institution, e.line]);

  it("gives each degree under a school's own line that school, and a school under a degree to that degree only", () => {
    expect(
      education([
        'Northeastern University\tBoston, MA',
        'M.S. Project Management\t2018',
        'B.S. Biology\t2016',
      ]),
    ).toEqual([
      ['M.S. Project Management', 'Northeastern University', 2],
      ['B.S. Biology', 'Northeastern University', 4],
    ]);
    expect(
      education(['M.S. Statistics', 'Columbia University, 2017', 'B.Tech Mathematics', 'IIT Delhi, 2015']),
    ).toEqual([
      ['M.S. Statistics', 'Columbia University', 2],
      ['B.Tech Mathematics', 'IIT Delhi', 4],
    ]);
  });

  it('joins a field of up to 59 characters after the degree, not one of 60', () => {
    const field = 'Mathematics with a minor in Statistics and Computer Sciences';
    expect(field).toHaveLength(60);
    expect(education([`Bachelor of Science, ${field}`])).toEqual([['Bachelor of Science', undefined, 2]]);
    expect(education([`Bachelor of Science, ${field.slice(0, -1)}`])).toEqual([
      [`Bachelor of Science, ${field.slice(0, -1)}`, undefined, 2],
    ]);
  });

  it('joins a wrapped line of up to 40 characters to the degree, not one of 41', () => {
    const wrapped = 'Administration Management Communications';
    expect(wrapped).toHaveLength(40);
    expect(education(['Master of Health', wrapped, 'University of Leeds'])).toEqual([
      [`Master of Health ${wrapped}`, 'University of Leeds', 2],
    ]);
    expect(education(['Master of Health', `${wrapped}s`, 'University of Leeds'])).toEqual([
      ['Master of Health', 'University of Leeds', 2],
    ]);
  });

  it('reads a name of under 60 characters, every word capitalised, as the school after a degree in a field', () => {
    const school = 'Caltech Jet Propulsion Laboratory and Space Sciences Centre';
    expect(school).toHaveLength(59);
    expect(education([`PhD in Physics, ${school}`])).toEqual([['PhD in Physics', school, 2]]);
    expect(education([`PhD in Physics, ${school}s`])).toEqual([['PhD in Physics', undefined, 2]]);
    expect(education(['PhD in Physics, Caltech  Pasadena'])).toEqual([
      ['PhD in Physics', 'Caltech  Pasadena', 2],
    ]);
    expect(education(['PhD in Physics, Caltech iLab'])).toEqual([
      ['PhD in Physics, Caltech iLab', undefined, 2],
    ]);
  });
});

describe('education: a field of study with no degree, glued to its school', () => {
  const education = degreeSchoolYear;

  it('reads the field as the degree and the rest as the school', () => {
    expect(education(['Computer Science University of Kestrel 2011 to 2012'])).toEqual([
      ['Computer Science', 'University of Kestrel', 2011],
    ]);
    expect(education(['Sciences Hill Country Technical College 2014'])).toEqual([
      ['Sciences', 'Hill Country Technical College', undefined],
    ]);
    expect(education(['Business Information Systems KESTREL UNIVERSITY Chicago - Chicago, IL'])).toEqual([
      ['Business Information Systems', 'KESTREL UNIVERSITY Chicago', undefined],
    ]);
    expect(
      education([
        'Information Systems Pima Valley Community College 2012 to 2014 Computer Science University of Kestrel 2011 to 2012',
      ]),
    ).toEqual([
      ['Information Systems', 'Pima Valley Community College', 2012],
      ['Computer Science', 'University of Kestrel', 2011],
    ]);
  });

  it('reads a list of fields before the school as one field, its last item holding a word of its own', () => {
    expect(
      education([
        'Bachelor of Arts in History Kestrel University 2010 to 2014 Management, Operations Management, and Crisis Management Brantley Business School January 2017 to July 2017',
      ]),
    ).toEqual([
      ['Bachelor of Arts in History', 'Kestrel University', 2010],
      ['Management, Operations Management, and Crisis Management', 'Brantley Business School', 2017],
    ]);
  });

  it('keeps whole a school named after a field, or opening with its kind after a field of one word', () => {
    const schools = [
      'Brantley Business School',
      'Art Institute of Kestrel',
      'Business School Lausanne',
      'Florida International University',
      'Maharashtra Industrial Training Institute',
      'Arts and Science College Coimbatore',
    ];
    for (const school of schools)
      expect(education([`${school} 2014`])).toEqual([[undefined, school, undefined]]);
    // A degree on the line keeps the field and the school as they were read.
    expect(education(['Bachelor of Science, Computer Science University of Kestrel'])).toEqual([
      ['Bachelor of Science', 'Computer Science University of Kestrel', undefined],
    ]);
  });
});

describe('education: a school-leaving degree glued to its school', () => {
  const education = degreeSchoolYear;

  it('reads "High school (diploma) (or equivalent)" and "GED" before a school as the degree', () => {
    expect(education(['High school or equivalent Kestrel Valley High School 2007 to 2011'])).toEqual([
      ['High school or equivalent', 'Kestrel Valley High School', 2007],
    ]);
    expect(education(['High School Diploma Kestrel Valley Academy 2011'])).toEqual([
      ['High School Diploma', 'Kestrel Valley Academy', undefined],
    ]);
    expect(education(['GED Kestrel Community College 2011'])).toEqual([
      ['GED', 'Kestrel Community College', undefined],
    ]);
  });

  it('keeps a school named "… High School" whole', () => {
    expect(education(['Kestrel Valley High School 2007 to 2011'])).toEqual([
      [undefined, 'Kestrel Valley High School', 2007],
    ]);
  });
});

describe('education: entries run together after their place', () => {
  const education = (lines: string[]) =>
    read(['Education', ...lines]).education.map((e) => [e.degree, e.institution]);

  it('cuts after a school\'s "City, ST" when a degree or a school follows the state glued to it', () => {
    expect(
      education([
        'Data Analytics Marrowby Community College - Fenwick, OR Master of Science in Logistics Tolland State University - Brixham, ME',
      ]),
    ).toEqual([
      ['Data Analytics', 'Marrowby Community College'],
      ['Master of Science in Logistics', 'Tolland State University'],
    ]);
    expect(
      education(['BA in History Orrin College - Dunmore, PA Kestrel Institute of Technology - Dunmore, PA']),
    ).toEqual([
      ['BA in History', 'Orrin College'],
      [undefined, 'Kestrel Institute of Technology'],
    ]);
  });

  it('keeps one entry when nothing after the place names a degree or a school', () => {
    expect(education(["Marrowby Community College - Fenwick, OR Dean's List"])).toEqual([
      [undefined, 'Marrowby Community College'],
    ]);
    expect(education(['Orrin College - Dunmore, PA Evening Programme in Accounting'])).toEqual([
      [undefined, 'Orrin College'],
    ]);
  });
});

describe('certifications: the edges', () => {
  const certifications = (lines: string[]) =>
    read(['Certifications', ...lines]).certifications.map((c) => [c.name, c.issuer, c.year]);

  it('reads an indented name, a name of two characters, and one of up to 160', () => {
    const long = `Certified ${'Kubernetes Administrator '.repeat(5)}Certified Security Expert`;
    expect(long).toHaveLength(160);
    expect(certifications(['   Certified Kubernetes Administrator', 'A+', 'X', long, `${long}s`])).toEqual([
      ['Certified Kubernetes Administrator', undefined, undefined],
      ['A+', undefined, undefined],
      [long, undefined, undefined],
    ]);
  });

  it('reads the latest of two years, a year of the 1990s, and no year before 1950', () => {
    expect(
      certifications([
        'AWS Solutions Architect 2019 2022',
        'Oracle Certified Professional 1998',
        'First Aid Certificate 1948',
      ]),
    ).toEqual([
      ['AWS Solutions Architect', 'AWS', 2022],
      ['Oracle Certified Professional', 'Oracle', 1998],
      ['First Aid Certificate 1948', undefined, undefined],
    ]);
  });

  it('splits off an issuer after a name of two letters, not one; a known issuer alone is the name', () => {
    expect(certifications(['AI - Google', 'A - Google', 'Salesforce', 'Certified  ScrumMaster'])).toEqual([
      ['AI', 'Google', undefined],
      ['A - Google', 'Google', undefined],
      ['Salesforce', undefined, undefined],
      ['Certified ScrumMaster', undefined, undefined],
    ]);
  });
  it('reads a name left of one letter once its year is gone as none, and trims what a leading year leaves', () => {
    expect(
      certifications([
        'X 2020',
        '(2020) Scrum Master',
        '▪ Certified Kubernetes Administrator',
        'Certified ScrumMaster (Scrum Alliance)',
        'CKA (CNCF )',
      ]),
    ).toEqual([
      ['Scrum Master', undefined, 2020],
      ['Certified Kubernetes Administrator', undefined, undefined],
      ['Certified ScrumMaster', 'Scrum Alliance', undefined],
      ['CKA', 'CNCF', undefined],
    ]);
  });
});

describe('skills: the edges', () => {
  it('reads bullets, a label without a space after its colon, a table row only by its first cell, and items of 1 to 60 characters', () => {
    const sixty = 'Distributed Systems Design and Event Sourcing with Kafka Str';
    expect(sixty).toHaveLength(60);
    const s = read([
      'Skills',
      '• Java, Python',
      'Languages:Go, Rust',
      'Java, Spring Boot | Hibernate, JPA',
      'C, R, Go,',
      sixty,
      `${sixty}e`,
    ]);
    expect(s.skills).toEqual([
      'Java',
      'Python',
      'Go',
      'Rust',
      'Java',
      'Spring Boot',
      'Hibernate',
      'JPA',
      'C',
      'R',
      'Go',
      sixty,
    ]);
  });
});

describe('splitOutsideBrackets: a list item with its own list in brackets', () => {
  const comma = /\s*,\s*/;
  it('keeps a bracketed list inside its item', () => {
    expect(
      splitOutsideBrackets('Programme management (Asta Powerproject, critical path), JCT contracts', comma),
    ).toEqual(['Programme management (Asta Powerproject, critical path)', 'JCT contracts']);
    expect(splitOutsideBrackets('AWS (EC2, S3), Azure, GCP', comma)).toEqual([
      'AWS (EC2, S3)',
      'Azure',
      'GCP',
    ]);
  });

  it('splits at every separator when the brackets do not pair up', () => {
    expect(splitOutsideBrackets('MySQL, MongoDB), Git', comma)).toEqual(['MySQL', 'MongoDB)', 'Git']);
    expect(splitOutsideBrackets('AWS (EC2, S3, Lambda', comma)).toEqual(['AWS (EC2', 'S3', 'Lambda']);
  });
});

describe("a title's line over a line of its employer and place (a LaTeX resume's two rows)", () => {
  const entries = experience('title', 'organisation', 'location');

  it('reads all the title line says besides its dates as the title, the employer from its own line', () => {
    expect(
      entries([
        'Software Engineer II, Backend\tFeb. 2022 – Present',
        'Jiro Systems Ltd\tDenver, CO',
        '• Own the service',
      ]),
    ).toEqual([['Software Engineer II, Backend', 'Jiro Systems Ltd', 'Denver, CO']]);
    expect(
      entries([
        'Staff Software Engineer, Tech Lead – Ingestion Platform\tMar. 2020 – Present',
        'Velocity Networks Ltd.\tTel Aviv, Israel',
        '• Tech lead of 9 engineers',
      ]),
    ).toEqual([
      [
        'Staff Software Engineer, Tech Lead, Ingestion Platform',
        'Velocity Networks Ltd.',
        'Tel Aviv, Israel',
      ],
    ]);
  });

  it('reads a line of two cells over the title line as an employer and its place, a place it does not know too', () => {
    expect(
      entries([
        'Componentes Ebro Automoción S.L.\tFigueruelas (Zaragoza)',
        'Project Manager, Industrialisation\t2017–Present',
        '• Led 7 product launches',
      ]),
    ).toEqual([
      ['Project Manager, Industrialisation', 'Componentes Ebro Automoción S.L.', 'Figueruelas (Zaragoza)'],
    ]);
    // Two parts split by a dash are no such cells.
    expect(
      entries([
        'Scrum Master / Delivery Support, Calder Digital Ltd\tJun. 2018 – Feb. 2021',
        'Wakefield — supplier to central and local government',
        '• Scrum Master for one team',
      ]),
    ).toEqual([['Scrum Master / Delivery Support', 'Calder Digital Ltd', undefined]]);
  });

  it('keeps the employer beside the title when the other line holds more than an employer and a place', () => {
    expect(
      entries([
        'Lisbon, Portugal · Hybrid · Payments Platform Group',
        'Scrum Master | Acme Corp | Jan 2019 – Mar 2021',
        '• Ran',
      ]),
    ).toEqual([['Scrum Master', 'Acme Corp', 'Lisbon, Portugal']]);
  });
});

describe('a promotion written after the title', () => {
  const entries = experience('title', 'organisation');
  it('is part of the title, whether after a comma or a dash', () => {
    expect(
      entries([
        'Pensions Administrator, then Senior Administrator — Forth & Clyde Life\t2015 – 2020',
        '• Processed transfers',
        'Scrum Master — later Agile Coach — Nordkom Systems AB\t2014 – 2019',
        '• Ran ceremonies',
      ]),
    ).toEqual([
      ['Pensions Administrator, then Senior Administrator', 'Forth & Clyde Life'],
      ['Scrum Master, later Agile Coach', 'Nordkom Systems AB'],
    ]);
  });
});

describe('a date line that names a place with initials or runs on after its dates', () => {
  const read3 = experience('title', 'organisation', 'start', 'end');

  it('a place written with initials ends a date line, not a sentence ("Apodaca, N.L.")', () => {
    expect(
      read3([
        'Project Engineer, Norvex Automotive Components',
        'June 2015 – December 2018 | Apodaca, N.L.',
        '• Designed fixtures and gauges for new parts.',
      ]),
    ).toEqual([
      [
        'Project Engineer',
        'Norvex Automotive Components',
        { year: 2015, month: 6 },
        { year: 2018, month: 12 },
      ],
    ]);
  });

  it("an employer's name with the particles of its language is a header ('S.A. de C.V.')", () => {
    expect(
      read3(['Logistics Coordinator, Agile Freight S.A. de C.V.', 'August 2012 – May 2015', '• Shipments.']),
    ).toEqual([
      [
        'Logistics Coordinator',
        'Agile Freight S.A. de C.V.',
        { year: 2012, month: 8 },
        { year: 2015, month: 5 },
      ],
    ]);
    expect(read3(['Coached the teams of Beta S.A. de C.V. and more.', 'August 2012 – May 2015'])).toEqual([
      [undefined, undefined, { year: 2012, month: 8 }, { year: 2015, month: 5 }],
    ]);
  });

  it('a line that opens with its dates, then a separator, dates its entry however long it runs', () => {
    const long =
      'January 2019 – Present | Apodaca | Tier 1 supplier of brake calipers, knuckles and suspension parts, 1,100 employees';
    expect(long.length).toBeGreaterThan(110);
    expect(read3(['Project Manager, Norvex Automotive', long, '• Launched 7 programs.'])).toEqual([
      ['Project Manager', 'Norvex Automotive', { year: 2019, month: 1 }, 'present'],
    ]);
    // What follows the dates up to the next bar is the place.
    expect(
      experience('location')(['Project Manager, Norvex Automotive', long, '• Launched 7 programs.']),
    ).toEqual([['Apodaca']]);
    // A description that opens with dates and goes on as a sentence, or a bullet, dates nothing.
    expect(
      read3([
        'Project Manager, Norvex Automotive',
        `January 2019 – Present: ${long.slice(25)}`,
        `• January 2019 – Present | ${long.slice(25)}`,
      ]),
    ).toEqual([['Project Manager', 'Norvex Automotive', undefined, undefined]]);
  });
});

describe('a header line longer than a cell, in parts a dash apart', () => {
  const read2 = experience('title', 'organisation');

  it('each part between spaced dashes, bars or dots is a cell of its own', () => {
    const line = 'University of Cambridge, Department of Genetics — Postdoctoral Research Associate';
    expect(line.length).toBeGreaterThan(80);
    expect(read2([line, 'Oct 2021 – Present', '● Single-cell analysis pipelines.'])).toEqual([
      ['Postdoctoral Research Associate', 'University of Cambridge'],
    ]);
  });

  it('a doctoral candidate and a postdoc hold titles', () => {
    expect(
      read2(['University of Edinburgh — PhD Candidate', '2017 – 2021', '● Thesis on scheduling.']),
    ).toEqual([['PhD Candidate', 'University of Edinburgh']]);
  });
});

describe('an education and certification table of an Indian resume', () => {
  it('its header row names no school, and a status column names no certificate', () => {
    const s = read([
      'Education & Certifications',
      'Qualification | Institute | Year | Result',
      'B.E. (Electronics & Telecommunication) | Savitribai Phule Pune University | 2018 | 68.4%',
      'Certifications',
      'ISTQB Certified Tester Foundation Level | ISTQB / ITB | 2019 | Certified',
      'Scrum Fundamentals | SCRUMstudy | 2021 | Completed',
    ]);
    expect(s.education.map((e) => e.institution)).toEqual(['Savitribai Phule Pune University']);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['ISTQB Certified Tester Foundation Level', 'ISTQB / ITB', 2019],
      ['Scrum Fundamentals', 'SCRUMstudy', 2021],
    ]);
  });
});

describe('an aside in brackets between a title and its dates', () => {
  it('names nothing: the title above it and the employer stay the header', () => {
    expect(
      experience(
        'title',
        'organisation',
      )([
        'PMO ANALYST',
        'Lakandula Global Services, Inc. - Taguig City',
        '(Shared services center of an Australian insurance group)',
        'March 2022 - Present',
        '- Maintain the portfolio tracker of 40 active IT projects',
      ]),
    ).toEqual([['PMO ANALYST', 'Lakandula Global Services Inc.']]);
  });
});

describe('titles of trades and service work', () => {
  it('a trainer, a carpenter, a chef, a cook or IT support holds a title, so the employer beside it is the employer', () => {
    const read2 = experience('title', 'organisation');
    expect(
      read2(['Personal Trainer — Academia Movimento Fit (Mar 2019 – Dec 2024)', '• Coached 40 clients.']),
    ).toEqual([['Personal Trainer', 'Academia Movimento Fit']]);
    expect(
      read2(['Pastry Sous Chef — The Harbourfront Grand Hotel', '2015 – 2019', '• Ran the pastry section.']),
    ).toEqual([['Pastry Sous Chef', 'The Harbourfront Grand Hotel']]);
    expect(
      read2(['Dataworx, Geelong — IT Support', '2014 – 2017', '● Helpdesk, Windows, networks.']),
    ).toEqual([['IT Support', 'Dataworx']]);
    // An adviser is an advisor spelt the British way.
    expect(
      read2(['Dalesway Bank, Harrogate — Customer Adviser', 'July 2016 – August 2018', '• Opened accounts.']),
    ).toEqual([['Customer Adviser', 'Dalesway Bank']]);
  });
});
