import { describe, expect, it } from 'vitest';
import { randomStrings, SPACES } from '../../../test/random-strings.ts';
import { formatYears, readStructure, roleKind, splitCertificationLine, splitHeader } from './structure.ts';

const asOf = { year: 2025, month: 6 };
const read = (text: string) => readStructure(text.split('\n'), { asOf });

describe('formatYears', () => {
  it('rounds years of experience the way a person says them', () => {
    expect([0.4, 1, 8.5, 24.416666666666668].map(formatYears)).toEqual([
      'under a year',
      'about a year',
      'about 9 years',
      'about 24 years',
    ]);
  });
});

describe('readStructure', () => {
  it('reads a job line whose first sentence runs on after its dates, among job lines that end at theirs', () => {
    const s = read(
      [
        'Registered Nurse Registered Nurse Fresno, CA',
        'Work Experience',
        'Registered Nurse St. Agnes Medical Center - Fresno, CA July 2015 to Present Provide direct patient care to 5-6 patients per shift on a 32-bed unit. Administer medications.',
        'Per Diem Nurse Valley Home Health - Clovis, CA March 2017 to December 2019',
        'Certified Nursing Assistant Sierra Vista Care Home - Fresno, CA 2012 to 2015',
        'Certifications/Licenses',
        'Registered Nurse (RN) July 2015 to July 2027',
        'BLS January 2024 to January 2026',
        'Military Service',
        'Branch: United States Navy',
        'Rank: E-6',
        'August 2004 to March 2012',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.months])).toEqual([
      ['Registered Nurse', 'St. Agnes Medical Center', 120],
      ['Per Diem Nurse', 'Valley Home Health', 34],
      ['Certified Nursing Assistant', 'Sierra Vista Care Home', 48],
      // A military entry: the service is the employer, the rank the title.
      ['E-6', 'United States Navy', 92],
    ]);
    // The certifications' validity ranges are no positions, and their words stay out of the names.
    expect(s.certifications.map((c) => c.name)).toEqual(['Registered Nurse (RN)', 'BLS']);
    expect(s.sections.map((x) => x.kind)).toEqual(['header', 'experience', 'certifications', 'experience']);
  });

  it('reads a "Branch" field as an employer only when it names an armed service', () => {
    const s = read(
      [
        'Work Experience',
        'Branch: Andheri West',
        'Relationship Manager, Kotak Bank | Jan 2019 – Present',
        '• Managed 300 retail accounts',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Relationship Manager', 'Kotak Bank'],
    ]);
  });

  it("keeps a campus in the university's name, a certification's initials in its name, and reads no consent clause", () => {
    const s = read(
      [
        'Education',
        'Bachelor of Science in Software Engineering, University of Texas at Dallas, 2012 – 2016',
        'Certifications',
        'Certified ScrumMaster (CSM), 2015',
        'Professional Scrum Master II (PSM II), Scrum.org — 2019',
        'ITIL 4 Foundation (AXELOS)',
        '',
        'I hereby consent to the processing of my personal data in accordance with Regulation (EU) 2016/679',
        'of the European Parliament and of the Council of 27 April 2016.',
      ].join('\n'),
    );
    expect(s.education.map((e) => e.institution)).toEqual(['University of Texas at Dallas']);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Certified ScrumMaster (CSM)', undefined, 2015],
      ['Professional Scrum Master II (PSM II)', 'Scrum.org', 2019],
      ['ITIL 4 Foundation', 'AXELOS', undefined],
    ]);
  });

  it('reads a table row\'s "City,⇥ST" as a place and its label cell as no skill', () => {
    const s = read(
      [
        'Experience',
        'Jan 2019 – Apr 2022\tData Analyst\tProvidence,\tRI',
        'Kestrel Logistics',
        '• Built the weekly freight dashboard',
        'Skills',
        'Tools\tSQL, Python (pandas), Excel',
        'Python\tJava\tSQL',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.location])).toEqual([
      ['Data Analyst', 'Kestrel Logistics', 'Providence, RI'],
    ]);
    expect(s.skills).toEqual(['SQL', 'Python (pandas)', 'Excel', 'Python', 'Java', 'SQL']);
  });

  it("keeps a certification's level and exam code in its name, and reads no skills or education table header", () => {
    const s = read(
      [
        'Certifications',
        'AWS Certified Solutions Architect – Associate, Amazon Web Services, 2021',
        'Azure Fundamentals (AZ-900) - Microsoft',
        'Education',
        'Degree\tInstitution\tYears',
        'MSc Computer Science\tUniversity of Lagos\t2008 – 2010',
        'Skills',
        'Skill\tLevel\tYears',
        'SQL\tExpert\t5',
        'Power BI\tAdvanced\t4',
      ].join('\n'),
    );
    expect(s.certifications.map((c) => [c.name, c.issuer])).toEqual([
      ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services'],
      ['Azure Fundamentals (AZ-900)', 'Microsoft'],
    ]);
    expect(s.education.map((e) => [e.degree, e.institution])).toEqual([
      ['MSc Computer Science', 'University of Lagos'],
    ]);
    expect(s.skills).toEqual(['SQL', 'Power BI']);
  });

  it('lists a career break among the jobs but counts no years for it', () => {
    const s = read(
      [
        'Experience',
        'QA Engineer, Contoso Digital | Mar 2023 – May 2025',
        '• Automated the regression suite',
        'Career break | Jan 2021 – Feb 2023',
        '• Parental leave; completed ISTQB Foundation',
        'Software Tester, Tailspin Travel | Jun 2016 – Dec 2020',
        '• Wrote and ran test cases',
      ].join('\n'),
    );
    expect(s.positions).toHaveLength(3);
    expect(s.totalYears).toBe(6.8);
  });

  it('lists volunteering among the jobs but counts no years for it, under its heading or by its title', () => {
    const s = read(
      [
        'Experience',
        'IT Project Manager, Contoso Health | Mar 2020 – May 2025',
        '• Ran the EHR upgrade',
        'Volunteer Treasurer, Caversham PTA | Jan 2012 – Dec 2019',
        '• Managed a £25k annual budget',
        'Volunteer Experience',
        'Coach, Reading Youth Football Club | 2010 – 2019',
        '• Coached the under-12s',
      ].join('\n'),
    );
    expect(s.positions.map((p) => p.title)).toEqual(['IT Project Manager', 'Volunteer Treasurer', 'Coach']);
    expect(s.totalYears).toBe(5.3);
  });

  it("reads a certification table's row of name, issuer and year as one certification", () => {
    const s = read(
      [
        'Certifications',
        'Certified Kubernetes Application Developer (CKAD) | CNCF | 2021',
        'AWS Certified Solutions Architect – Associate\tAmazon Web Services\t2020',
        'PMP | CSM | ITIL 4 Foundation',
      ].join('\n'),
    );
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Certified Kubernetes Application Developer (CKAD)', 'CNCF', 2021],
      ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services', 2020],
      ['PMP', undefined, undefined],
      ['CSM', undefined, undefined],
      ['ITIL 4 Foundation', undefined, undefined],
    ]);
  });

  it('dates a certification by a year in a cell of its own, before or after it', () => {
    const s = read(
      ['Certifications', '2018\tISTQB Certified Tester Foundation Level', 'CBAP – IIBA\t2022'].join('\n'),
    );
    expect(s.certifications.map((c) => [c.name, c.year])).toEqual([
      ['ISTQB Certified Tester Foundation Level', 2018],
      ['CBAP', 2022],
    ]);
  });

  it('reads an associate degree by its dotted letters', () => {
    const s = read(
      [
        'Education',
        'A.A.S. Computer Support and Network Administration',
        'Hennepin Technical College',
        '2017 — 2019',
        '',
        'A.S. in Nursing, Valley Community College, 2012',
      ].join('\n'),
    );
    expect(s.education.map((e) => [e.degree, e.institution])).toEqual([
      ['A.A.S. Computer Support and Network Administration', 'Hennepin Technical College'],
      ['A.S. in Nursing', 'Valley Community College'],
    ]);
    const uk = read(
      [
        'Education',
        'BEng Electronics, University of Pune, 2006 – 2010',
        'HND Computing, Leeds College of Building, 2004',
      ].join('\n'),
    );
    expect(uk.education.map((e) => [e.degree, e.institution])).toEqual([
      ['BEng Electronics', 'University of Pune'],
      ['HND Computing', 'Leeds College of Building'],
    ]);
  });

  it('keeps the bracket a skill opened ("Python (5 years)")', () => {
    const s = read(['Skills', 'Python (5 years), Go (4 years), (Jira), SQL.'].join('\n'));
    expect(s.skills).toEqual(['Python (5 years)', 'Go (4 years)', 'Jira', 'SQL']);
  });

  it('counts a job dated by one year alone as that year', () => {
    const s = read(['Work Experience', 'Cashier Cactus Market - Mesa, AZ 2016', 'Education'].join('\n'));
    expect(s.positions.map((p) => [p.title, p.end])).toEqual([['Cashier', { year: 2016 }]]);
    expect(s.totalYears).toBe(1);
  });

  it('reads the first line under a heading glued to the line above (a lost line break)', () => {
    const s = readStructure(
      [
        'Jira- Experience - 24 monthsCompany Details',
        'Release Manager, Acme Ltd | Jan 2019 – Present',
        '• Ran the release train for nine teams',
      ],
      { asOf },
    );
    expect(s.sections.map((x) => x.kind)).toEqual(['header', 'experience']);
    expect(s.positions).toHaveLength(1);
    expect(s.positions[0]).toMatchObject({
      title: 'Release Manager',
      organisation: 'Acme Ltd',
      startLine: 2,
    });
  });

  it('reads positions laid out as title/date then organisation', () => {
    const s = read(
      [
        'WORK EXPERIENCE',
        'Scrum Master\tJan 2022 – Present',
        'Acme Corp · Berlin, Germany',
        '• Facilitated ceremonies for 3 teams',
        'Stripe\tSan Francisco, CA',
        'Software Engineer\tSept. 2018 – 12/2021',
        '• Built payment APIs',
      ].join('\n'),
    );
    expect(
      s.positions.map((p) => [p.title, p.organisation, p.location, p.months, p.startLine, p.endLine]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', 'Berlin, Germany', 42, 2, 4],
      ['Software Engineer', 'Stripe', 'San Francisco, CA', 40, 5, 7],
    ]);
    expect(s.yearsByKind).toEqual({ 'project-management': 3.5, engineering: 3.3 });
    expect(s.totalYears).toBe(6.8);
  });

  it('takes the organisation beside the title, and a place on the date line as the location', () => {
    const s = read(
      [
        'Experience',
        'Release Manager, Bramblecote Software',
        'Sep 2017 – Mar 2021 · Boulder, CO',
        '• Owned the fortnightly release train',
        'Data Engineer II, Kaveri Commerce',
        'Jun 2021 – Present, Bengaluru',
        '• Designed an event ingestion pipeline',
        'Acme Corp | 2015 – 2017',
        'Software Engineer',
        '• Built payment APIs',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.location])).toEqual([
      ['Release Manager', 'Bramblecote Software', 'Boulder, CO'],
      ['Data Engineer II', 'Kaveri Commerce', 'Bengaluru'],
      ['Software Engineer', 'Acme Corp', undefined],
    ]);
  });

  it('finds the positions of an experience section that gives no dates, from the lines above their bullets', () => {
    const s = read(
      [
        'Experience',
        'Scrum Master',
        'Acme Corp · Berlin, Germany',
        '• Facilitated ceremonies for three teams',
        '• Ran the quarterly planning',
        'Software Engineer, Stripe',
        '• Built payment APIs',
        'Volunteered at the local library on weekends',
        'Education',
        'BSc Leeds',
      ].join('\n'),
    );
    expect(
      s.positions.map((p) => [p.title, p.organisation, p.location, p.end, p.startLine, p.endLine]),
    ).toEqual([
      ['Scrum Master', 'Acme Corp', 'Berlin, Germany', undefined, 2, 5],
      ['Software Engineer', 'Stripe', undefined, undefined, 6, 8],
    ]);
    expect(s.totalYears).toBe(0);
  });

  it('reads the header parts templates print around a title: brackets, a "Co-" title, dates and durations', () => {
    const s = read(
      [
        'Experience',
        'Nexus AI, Co-Founder & CTO – San Francisco, CA\tJune 2023 – present',
        '• Built the inference platform',
        'Danggeun Pay Inc. (KarrotPay)\tSeoul, S.Korea',
        'Founding Member & Site Reliability Engineer\tMar. 2021 Jun. 2023',
        '• Designed the infrastructure.',
        'NVIDIA Research, Research Intern\tSanta Clara, CA\tMay 2022 – Aug 2022\t4 months',
        '• Designed sparse attention.',
        'SAMSUNG Electronics\tS.Korea',
        'Freelance Penetration Tester\tSep. 2013, Mar. 2011 Oct. 2011',
        '• Tested mobile security.',
        'B10S (B1t 0n the Security, Underground hacker team)\tS.Korea',
        'Core Member\tNov. 2011 PRESENT',
        '• Won hacking competitions.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.location])).toEqual([
      ['Co-Founder & CTO', 'Nexus AI', 'San Francisco, CA'],
      ['Founding Member & Site Reliability Engineer', 'Danggeun Pay Inc. (KarrotPay)', undefined],
      ['Research Intern', 'NVIDIA Research', 'Santa Clara, CA'],
      ['Freelance Penetration Tester', 'SAMSUNG Electronics', undefined],
      ['Core Member', 'B10S (B1t 0n the Security, Underground hacker team)', undefined],
    ]);
    expect(s.positions.map((p) => p.months)).toEqual([25, 28, 4, 8, 164]);
  });

  it('reads a LinkedIn export: company, title, dates with a duration, then a place named as an area', () => {
    const s = read(
      [
        'Experience',
        'Microsoft',
        'Senior Program Manager',
        'January 2019 - Present (7 years 1 month)',
        'Greater Seattle Area',
        'Led the Azure release train.',
        'Greater Manchester Police',
        'Project Manager',
        'June 2018 - December 2018 (less than a year)',
        'Greater London, England, United Kingdom',
        'Ran the records migration.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.location])).toEqual([
      ['Senior Program Manager', 'Microsoft', 'Greater Seattle Area'],
      ['Project Manager', 'Greater Manchester Police', 'Greater London, England, United Kingdom'],
    ]);
  });

  it('takes a header line of long cells (an organisation and its place) as one header line', () => {
    const s = read(
      [
        'Experience',
        'Software Maestro (funded by Korea Ministry of Knowledge and Economy)\tSeoul, S.Korea',
        'Software Engineer Trainee\tJul. 2012 Jun. 2013',
        '• Wrote a memory management simulator.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Software Engineer Trainee', 'Software Maestro (funded by Korea Ministry of Knowledge and Economy)'],
    ]);
  });

  it('reads a position dated by a season as the months of that season', () => {
    const s = read(
      [
        'Work Experience',
        'DEF Organization',
        'Software Engineer Intern\tSummer 2022',
        '• Built a progress bar',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end, p.months])).toEqual([
      ['Software Engineer Intern', 'DEF Organization', { year: 2022, month: 6 }, { year: 2022, month: 8 }, 3],
    ]);
  });

  it('finds an undated entry among dated ones, and ends the dated entry before it there', () => {
    const s = read(
      [
        'Experience',
        'Volunteer Coordinator | Red Cross',
        '• Organised the weekend shifts of forty volunteers',
        'Senior Engineer Jan 2019 – Present',
        'Acme Corp',
        '• Built the payments platform',
        'Client work as Team Lead:',
        '• Led a team of four for Lead Bank',
        'Mentor, Code Club',
        '• Taught Python to twelve children',
        'Co-Founder & CTO2015 – 2018',
        'Tillandsia Labs',
        '• Raised a seed round',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start?.year, p.startLine, p.endLine])).toEqual([
      ['Volunteer Coordinator', 'Red Cross', undefined, 2, 3],
      ['Senior Engineer', 'Acme Corp', 2019, 4, 8],
      ['Mentor', 'Code Club', undefined, 9, 10],
      ['Co-Founder & CTO', 'Tillandsia Labs', 2015, 11, 13],
    ]);
    // Undated entries add no years.
    expect(s.totalYears).toBe(10.5);
  });

  it('keeps every ◆ bullet inside its entry, long ones right above the next entry too (RenderCV Ember)', () => {
    const s = read(
      [
        'Experience',
        'Nexus AI – San Francisco, CA\tJune 2023 – present',
        'Co-Founder & CTO',
        '◆ Built foundation model infrastructure serving 2M+ monthly API requests with 99.97% uptime',
        '◆ Scaled engineering team from 3 to 28 across ML research, platform, and applied AI divisions',
        '◆ Developed proprietary inference optimization reducing latency by 73% compared to baseline',
        'NVIDIA Research – Santa Clara, CA\tMay 2022 – Aug 2022',
        'Research Intern',
        '◆ Designed sparse attention mechanism reducing transformer memory footprint by 4.2x',
        'Education',
        'PhD in Computer Science, Princeton University\tSept 2018 – May 2023',
        '◆ NSF Graduate Research Fellowship (2022)',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.startLine, p.endLine])).toEqual([
      ['Co-Founder & CTO', 'Nexus AI', 2, 6],
      ['Research Intern', 'NVIDIA Research', 7, 9],
    ]);
    expect(s.education.map((e) => [e.degree, e.institution])).toEqual([
      ['PhD in Computer Science', 'Princeton University'],
    ]);
  });

  it('finds an undated title above its bullets among dated entries, even across a page break', () => {
    const s = read(
      [
        'Professional Experience',
        'Service Desk Analyst, Zeeland Energie',
        'Sep 2015 – Feb 2019 · Middelburg',
        '• Resolved escalated incidents for the billing and metering systems',
        'Freelance IT Consultant',
        '',
        '• Configured networks, backups and accounting software for independent shops',
        '• Documented every installation',
        'Acme Corp | 2010 – 2015',
        'Senior Engineer',
        '• Led the platform team',
        'Engineer',
        '• Built the API',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start?.year, p.startLine, p.endLine])).toEqual([
      ['Service Desk Analyst', 'Zeeland Energie', 2015, 2, 4],
      ['Freelance IT Consultant', undefined, undefined, 5, 8],
      ['Senior Engineer', 'Acme Corp', 2010, 9, 11],
      ['Engineer', undefined, undefined, 12, 13],
    ]);
  });

  it('makes no position of a label, a skill line, a project or a sentence above bullets', () => {
    const s = read(
      [
        'Experience',
        'Technical Program Manager, Halcyon Freight\t2021 – Present',
        '• Coordinated the migration',
        'Key achievements:',
        '• Cut release time by half',
        'Tools: Jira, Confluence, GitHub',
        '• Automated the release notes',
        'DevOps, SRE, Kubernetes',
        '• Ran the on-call rota',
        'Payment Gateway Migration',
        '• Led four engineers',
        'Led the release team for two years',
        '• Shipped monthly',
        'Work Experience',
        'Job Profile: Worked as an Application Support Engineer',
        '',
        '• Provided technical support to CRM users',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.startLine, p.endLine])).toEqual([
      ['Technical Program Manager', 'Halcyon Freight', 2, 13],
    ]);
  });

  it('finds a title and organisation above a paragraph without dates, and no sentence, project or lone title', () => {
    const s = read(
      [
        'Experience',
        'Software Engineer - Pellham Logistics',
        'Built the billing service and its test suite for the finance team.',
        'Scrum Master',
        'Orrin Bank',
        '',
        'Ran the ceremonies of three teams and kept their boards up to date.',
        'Payment Gateway Migration - Orrin Bank',
        'Moved the card payments to the new gateway without downtime.',
        'Worked as a developer at Kestrel Media',
        'Wrote the publishing tools used by the newsroom.',
        'Project Manager',
        'Planned the office move for two hundred staff.',
        'Skills',
        'Jira, Confluence',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.end, p.startLine, p.endLine])).toEqual([
      ['Software Engineer', 'Pellham Logistics', undefined, 2, 3],
      ['Scrum Master', 'Orrin Bank', undefined, 4, 13],
    ]);
    expect(s.totalYears).toBe(0);
  });

  it('ends an organisation field at its company suffix when a town follows it', () => {
    const s = read(
      [
        'Company Details',
        'company - Gulf Asia Contracting Co LLC Dubai, UAE',
        'description - Site works for the metro depot.',
        'company - Tech Mahindra Pvt. Ltd Pune',
        'description - Support of the billing platform.',
        // A name going on after its suffix in lowercase is kept whole.
        'company - Harbour Holdings Ltd and partners',
        'description - Audit support.',
        'company - Studio Nine Inc',
        'description - Game testing.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => p.organisation)).toEqual([
      'Gulf Asia Contracting Co LLC',
      'Tech Mahindra Pvt. Ltd',
      'Harbour Holdings Ltd and partners',
      'Studio Nine Inc',
    ]);
  });

  it('names an entry by its fields written as bullets, which open no entry of their own', () => {
    const s = read(
      [
        'Company Details',
        'company - Almighty Tech Pvt Ltd',
        'description - 1. As a developer of the billing module.',
        '❖ ORGANISATION: Almighty Tech Pvt Ltd Nagpur',
        '❖ DESIGNATION.: Java Developer.',
        '❖ Resolve bugs raised by the support team',
        'company - Orchard Analytics',
        'description - Built the monthly reporting pipeline.',
        '• Designation - Software Developer.',
        '• Company - Quillon Systems',
        '• Developed the invoicing screens',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.startLine, p.endLine])).toEqual([
      ['Java Developer', 'Almighty Tech Pvt Ltd', 2, 6],
      ['Software Developer', 'Orchard Analytics', 7, 11],
    ]);
    // A bullet that only mentions a position or a company is no field.
    const prose = read(
      [
        'Company Details',
        'company - Orchard Analytics',
        '• Position: held the on-call rota for two years',
        '• Company-wide rollout of the new rota',
      ].join('\n'),
    );
    expect(prose.positions.map((p) => [p.title, p.organisation])).toEqual([[undefined, 'Orchard Analytics']]);
  });

  it('reads entries written as labelled fields ("Company - …", "Designation - …") as positions without dates', () => {
    const s = read(
      [
        'Work Experience',
        'Company - Larkspur Freight Ltd',
        'Description - Ran the weekly release calls for the depot systems.',
        'Designation - Release Coordinator',
        '• Kept the change calendar',
        'company - ',
        'description - Helped with the payroll run.',
        'Company: Orchard Analytics',
        'Description - Built the monthly reporting pipeline.',
        'Role: Was given the raw data and built the dashboards.',
        'Employer - Quillon Systems',
        'Designation - I was responsible for the service desk.',
        'Education',
        'BSc Leeds',
      ].join('\n'),
    );
    expect(
      s.positions.map((p) => [
        p.title,
        p.organisation,
        p.start,
        p.end,
        p.months,
        p.kind,
        p.startLine,
        p.endLine,
      ]),
    ).toEqual([
      [
        'Release Coordinator',
        'Larkspur Freight Ltd',
        undefined,
        undefined,
        undefined,
        'project-management',
        2,
        5,
      ],
      // The empty company field ends the entry before it and makes none of its own.
      [undefined, 'Orchard Analytics', undefined, undefined, undefined, 'other', 8, 10],
      [undefined, 'Quillon Systems', undefined, undefined, undefined, 'other', 11, 12],
    ]);
    // Positions without dates add no years.
    expect(s.totalYears).toBe(0);
    expect(s.yearsByKind).toEqual({});
  });

  it('names a dated entry by its fields and keeps its years; entries without dates beside it add none', () => {
    const s = read(
      [
        'Company Details',
        'company - Tamsin Health',
        'description - Mar 2019 to Jun 2021',
        'Client: Lead Bank',
        'Position: Scrum Master',
        '• Facilitated the ceremonies of two teams',
        'company - Brackwater Telecom',
        'description - Station Wi-Fi rollout',
        'Role Senior Network Engineer',
        '• Configured the access switches',
        'company - Marlow Print Works',
        'description - Kept the press schedule.',
      ].join('\n'),
    );
    expect(
      s.positions.map((p) => [p.title, p.organisation, p.start, p.end, p.months, p.startLine, p.endLine]),
    ).toEqual([
      ['Scrum Master', 'Tamsin Health', { year: 2019, month: 3 }, { year: 2021, month: 6 }, 28, 2, 6],
      // A role written above its bullets inside the entry names it.
      ['Senior Network Engineer', 'Brackwater Telecom', undefined, undefined, undefined, 7, 10],
      [undefined, 'Marlow Print Works', undefined, undefined, undefined, 11, 12],
    ]);
    expect(s.yearsByKind).toEqual({ 'project-management': 2.3 });
    expect(s.totalYears).toBe(2.3);
  });

  it('reads a title without the label a form printed before it, and keeps titles that open with such a word', () => {
    const s = read(
      [
        'Work Experience',
        'SAP Exposure | Mar 2017 – Present',
        'Role: ABAP Developer',
        '• Built the invoice reports',
        'Xoriant Solutions | 2015 – 2017',
        'Role                  Java Developer',
        '• Wrote the order services',
        'Tieto Software | 2014 – 2015',
        'Role\tJava Developer',
        '• Kept the billing jobs running',
        'Schlumberger | Feb 2013 – Jun 2014',
        'Role-SAP HANA Developer',
        '• Modelled the well data',
        'Serck Services | 2010 – 2012',
        'Designation Held: Logistic Assistant',
        '• Booked the freight',
        'Orrin Title Co | 2008 – 2010',
        'Title Insurance Officer',
        '• Searched the land records',
        'Marlow Press | 2006 – 2008',
        'Position Control Analyst',
        '• Audited the headcount',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['ABAP Developer', 'SAP Exposure'],
      ['Java Developer', 'Xoriant Solutions'],
      ['Java Developer', 'Tieto Software'],
      ['SAP HANA Developer', 'Schlumberger'],
      ['Logistic Assistant', 'Serck Services'],
      // "Title" and "Position" are labels only before a colon, a dash or a wider gap.
      ['Title Insurance Officer', 'Orrin Title Co'],
      ['Position Control Analyst', 'Marlow Press'],
    ]);
  });

  it('reads no organisation from a placeholder or from the dates after a name', () => {
    const s = read(
      [
        'Company Details',
        'company - None',
        'description - None',
        'company - NA',
        'description - English, Hindi, Marathi',
        'company - Nile Freight Ltd',
        'description - Kept the depot rota',
        'company - BNY Mellon International Operations (India) Pvt. Ltd',
        'description - Organization: BNY Mellon International Operations (India) Pvt. Ltd.: Sept 2009- till date',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual([
      // "None" and "NA" name no company: their entries make no position.
      [undefined, 'Nile Freight Ltd', undefined, undefined],
      [undefined, 'BNY Mellon International Operations (India) Pvt. Ltd', undefined, undefined],
      [
        undefined,
        'BNY Mellon International Operations (India) Pvt. Ltd.',
        { year: 2009, month: 9 },
        'present',
      ],
    ]);
  });

  it('reads the title and organisation of a header written as a sentence, not of a name opening with "In"', () => {
    const sentence = read(
      [
        'Company Details',
        'company - Kunal IT Services Pvt Ltd',
        'description - Currently Working As Java Developer In Winsol Solution Pvt Ltd From 1 July 2017 To Till Date.',
      ].join('\n'),
    );
    expect(sentence.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual([
      ['Java Developer', 'Winsol Solution Pvt Ltd', { year: 2017, month: 7 }, 'present'],
    ]);
    // The organisation before its title, a place after it: the place is no organisation.
    const withOrg = read(
      [
        'Company Details',
        'company - Na',
        'description - Currently working with Capgemini, Airoli as Consultant from May 2013 to till the date',
        '• Automated regression suites for the billing platform',
      ].join('\n'),
    );
    expect(withOrg.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual([
      ['Consultant', 'Capgemini', { year: 2013, month: 5 }, 'present'],
    ]);
    // "from … to …" inside the sentence is the whole range, not a start running to the present.
    const fromTo = read(
      [
        'Company Details',
        'company - Larsen and Toubro',
        'description - Worked as a Software Engineer in Technosoft Corporation, Chennai from Aug 2015 to sep 2016.',
      ].join('\n'),
    );
    expect(fromTo.positions.map((p) => [p.title, p.organisation, p.start, p.end, p.months])).toEqual([
      ['Software Engineer', 'Technosoft Corporation', { year: 2015, month: 8 }, { year: 2016, month: 9 }, 14],
    ]);
    const inline = read(
      [
        'Experience',
        'Worked as a Software Engineer in Technosoft Corporation, Chennai from Aug 2015 onwards.',
      ].join('\n'),
    );
    expect(inline.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Software Engineer', 'Technosoft Corporation'],
    ]);
    // A title that holds "in" keeps it when no place follows; a sentence about a team names no one.
    const kept = read(
      [
        'Experience',
        'Engineer in Training | Jan 2019 – Present',
        'Worked with the platform team as a Release Manager | 2016 – 2018',
      ].join('\n'),
    );
    expect(kept.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Engineer in Training', undefined],
      ['Worked with the platform team as a Release Manager', undefined],
    ]);
    const named = read(['Experience', 'Release Manager, In Touch Networks | 2019 – 2021'].join('\n'));
    expect(named.positions.map((p) => [p.title, p.organisation])).toEqual([
      ['Release Manager', 'In Touch Networks'],
    ]);
  });

  it('makes no position of labelled lines that name no employer: a client, a tool list, a project', () => {
    const s = read(
      [
        'Experience',
        'Client - Lead Bank',
        'Tools - Jira, Confluence, GitHub',
        'Project - Payment Gateway Migration',
        'Role: Developer',
        'Company-wide rollout of the new rota',
        '• Trained forty shift leads',
        'Skills',
        'Company - Python, SQL, Tableau',
      ].join('\n'),
    );
    expect(s.positions).toEqual([]);
    expect(s.skills).toEqual(['Company - Python', 'SQL', 'Tableau']);
  });

  it('counts overlapping positions once', () => {
    const s = read(['Experience', 'Developer, A (2018 – 2020)', 'Developer, B (2019 – 2021)'].join('\n'));
    expect(s.totalYears).toBe(4);
  });

  it('reads education and certifications with issuer and year', () => {
    const s = read(
      [
        'Education',
        'University of Leeds | 2012',
        'Bachelor of Science, Computer Science',
        'Certifications',
        '• PMP — Project Management Institute, 2021',
        '• AWS Certified Cloud Practitioner (2023)',
      ].join('\n'),
    );
    expect(s.education).toEqual([
      {
        line: 2,
        institution: 'University of Leeds',
        end: { year: 2012 },
        degree: 'Bachelor of Science, Computer Science',
      },
    ]);
    expect(s.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['PMP', 'Project Management Institute', 2021],
      ['AWS Certified Cloud Practitioner', 'AWS', 2023],
    ]);
  });

  it('reads each degree as its own entry, whatever the school is called (moderncv)', () => {
    const s = read(
      [
        'Education',
        '2009 – 2012 PhD in Computer Science, CalTech, Pasadena, USA',
        '2007 – 2009 Master of Science in Computer Science, MIT, Cambridge, USA',
        '2003 – 2007 Bachelor of Science in Computer Science, UC San Diego, San Diego, USA',
      ].join('\n'),
    );
    expect(s.education.map((e) => [e.degree, e.institution, e.start?.year, e.end])).toEqual([
      ['PhD in Computer Science', 'CalTech', 2009, { year: 2012 }],
      ['Master of Science in Computer Science', 'MIT', 2007, { year: 2009 }],
      ['Bachelor of Science in Computer Science', 'UC San Diego', 2003, { year: 2007 }],
    ]);
  });

  it('splits two degrees run into one line, with or without their dates', () => {
    const s = read(
      [
        'Education',
        'Master of Science in Finance, Wrocław University of Economics (2013 – 2015) Bachelor of Arts in Economics, University of Opole (2010 – 2013)',
        'M.S. Computer Science, MIT | B.S. Mathematics, UCLA',
      ].join('\n'),
    );
    expect(s.education.map((e) => [e.degree, e.institution, e.start?.year, e.end, e.line])).toEqual([
      ['Master of Science in Finance', 'Wrocław University of Economics', 2013, { year: 2015 }, 2],
      ['Bachelor of Arts in Economics', 'University of Opole', 2010, { year: 2013 }, 2],
      ['M.S. Computer Science', 'MIT', undefined, undefined, 3],
      ['B.S. Mathematics', 'UCLA', undefined, undefined, 3],
    ]);
  });

  it('keeps one degree written twice on its line as one, and a degree wrapped in a sidebar whole', () => {
    const s = read(
      [
        'Education',
        'PhD\tPrinceton University, PhD in Computer Science – Princeton, NJ\tSept 2018 – May 2023',
        'Master of Health',
        'Administration',
        'Georgia Southern University 2012 – 2014',
        'Bachelor of Science 2008 – 2012, University of Leeds, Cambridge, MA',
      ].join('\n'),
    );
    expect(s.education.map((e) => [e.degree, e.institution, e.end])).toEqual([
      ['PhD', 'Princeton University', { year: 2023, month: 5 }],
      ['Master of Health Administration', 'Georgia Southern University', { year: 2014 }],
      ['Bachelor of Science', 'University of Leeds', { year: 2012 }],
    ]);
  });

  it('keeps "### Title" Markdown headings inside their section', () => {
    const s = read(
      ['## Experience', '### Delivery Lead — Initech', '*2020 – 2024*', '- Ran releases'].join('\n'),
    );
    expect(s.sections.map((x) => x.kind)).toEqual(['experience']);
    expect(s.positions.map((p) => [p.title, p.organisation, p.kind])).toEqual([
      ['Delivery Lead', 'Initech', 'project-management'],
    ]);
  });

  it('reads a Markdown resume: the name heading opens the header, skill chips are items', () => {
    const s = read(
      [
        '# Jonas Weber',
        'Berlin, Germany · [jonas@example.com](mailto:jonas@example.com)',
        '## Experience',
        '### **Scrum Master** — Frachtwerk GmbH',
        '*04/2021 – Present* · Berlin',
        '- I facilitate sprint planning for two teams.',
        '## Skills',
        '`Scrum` `Kanban` `Jira` `Kotlin`',
      ].join('\n'),
    );
    expect(s.sections.map((x) => [x.kind, x.startLine])).toEqual([
      ['header', 1],
      ['experience', 3],
      ['skills', 7],
    ]);
    expect(s.skills).toEqual(['Scrum', 'Kanban', 'Jira', 'Kotlin']);
  });

  it('classifies titles by kind of role', () => {
    expect(
      ['IT Program Manager', 'Product Owner', 'QA Engineer', 'Senior Developer', 'Business Analyst'].map(
        roleKind,
      ),
    ).toEqual(['project-management', 'product', 'qa', 'engineering', 'analysis']);
  });
});

describe('date ranges wrapped over two lines', () => {
  it('reads "2017 –" / "Present …" from a PDF date column as one range', () => {
    const lines = [
      'Experience',
      '2017 – Product Manager, Google, Mountain View, CA, USA',
      'Present Leading cross-functional teams to launch products.',
      '2012 – 2017 Software Engineer, Amazon, Seattle, WA',
      'Built services.',
    ];
    const s = readStructure(lines, { asOf: { year: 2026, month: 11 } });
    expect(s.positions.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Product Manager', { year: 2017 }, 'present'],
      ['Software Engineer', { year: 2012 }, { year: 2017 }],
    ]);
  });

  it('reads "Jan 2019 –" / "Mar 2021" as one range, and the second line as no entry of its own', () => {
    for (const [start, end] of [
      ['Jan 2019 \u2013', 'Mar 2021'],
      ['Jan 2019 to', 'Mar 2021'],
      ['Jan 2019 \u00ad', 'Mar 2021'],
      ['Jan 2019', '\u2013 Mar 2021'],
    ]) {
      const s = read(
        [
          'Experience',
          'Technical Program Manager, Acme Corp',
          start,
          end,
          '\u2022 Ran the release train for four teams',
          'Software Engineer, Initech',
          'Jun 2015 \u2013 Dec 2018',
          '\u2022 Built the billing service',
        ].join('\n'),
      );
      expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end, p.months])).toEqual([
        ['Technical Program Manager', 'Acme Corp', { year: 2019, month: 1 }, { year: 2021, month: 3 }, 27],
        ['Software Engineer', 'Initech', { year: 2015, month: 6 }, { year: 2018, month: 12 }, 43],
      ]);
    }
  });

  it('reads a wrapped ongoing range at the end of a header line', () => {
    const s = read(
      [
        'Experience',
        'Release Manager | Globex | Sep 2020 -',
        'Present',
        '\u2022 Owned the release calendar',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual([
      ['Release Manager', 'Globex', { year: 2020, month: 9 }, 'present'],
    ]);
  });

  it('reads position headers run into lines of text, as resume sites export them', () => {
    const s = read(
      [
        'Work Experience',
        'IT Project Manager Arizona Public Systems 2008 to 2009 Served as a Project Manager for a vendor selection.',
        '• Oversaw testing of processes and products CRM/ Project Analyst Health Net, Inc - Woodland Hills, CA March 2015 to June 2016',
        '• Tested, analyzed and modified functional software',
        'Education',
        'BA, Communications',
      ].join('\n'),
    );
    expect(
      s.positions.map((p) => [p.title, p.organisation, p.location, p.months, p.startLine, p.endLine]),
    ).toEqual([
      ['IT Project Manager', 'Arizona Public Systems', undefined, 24, 2, 2],
      ['CRM/ Project Analyst', 'Health Net Inc', 'Woodland Hills, CA', 16, 3, 4],
    ]);
  });

  it('reads a run-on title through a place abbreviated with a period ("St. Louis", "Ft. Worth")', () => {
    const s = read(
      [
        'Work Experience',
        'Desktop Support Technician Polsinelli PC - St. Louis, MO August 2017 to Present',
        '• Troubleshoot networks, systems and applications.',
        '• Author kb articles Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Kept clients informed.',
        '• Wrote the runbooks. Network Analyst Lone Star Health - Ft. Worth, TX May 2011 to February 2013',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.end])).toEqual([
      ['Desktop Support Technician', 'Polsinelli PC', 'present'],
      ['Project Manager', 'The Click Depot', { year: 2014, month: 4 }],
      ['Network Analyst', 'Lone Star Health', { year: 2013, month: 2 }],
    ]);
    // The same first entry wrapped before its place by a narrow column: the line above is its title.
    const wrapped = read(
      [
        'Work Experience',
        'Desktop Support Technician Polsinelli PC',
        '- St. Louis, MO August 2017 to Present',
        '• Troubleshoot networks, systems and applications.',
        '• Author kb articles Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Kept clients informed.',
      ].join('\n'),
    );
    expect(wrapped.positions.map((p) => [p.title, p.organisation, p.startLine, p.end])).toEqual([
      ['Desktop Support Technician', 'Polsinelli PC', 2, 'present'],
      ['Project Manager', 'The Click Depot', 5, { year: 2014, month: 4 }],
    ]);
  });

  it('reads a run-on title written partly in lowercase, or after a sentence, or by its initials', () => {
    const s = read(
      [
        'Work Experience',
        // A title word in lowercase is part of the title ("Project manager").
        'Project manager Halvard/Nordline.IO - Boston, MA March 2019 to Present Moved 150 users to the cloud.',
        // Up to two lowercase words that qualify the title word after them, back to a capital.
        'Ran the cutover drills (over the last 20 years) Senior IT network migration PM Korvel - Austin, TX May 2017 to March 2018',
        // A manager's initials are a title in capitals.
        'Kept the vendors aligned. Program/Senior PM Tallis Group/Orrin Labs January 2016 to May 2017',
        // With no role in the run, the short clause after a sentence names one.
        'Won a hackathon. Backend Developer Intern Meridian Mobility (MMC) corporation - Hanoi, VN May 2015 to August 2015',
        'Kept the tills right. Cashier Brindle Foods - Gary, IN November 2014 to December 2014',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.location, p.startLine])).toEqual([
      ['Project manager', 'Halvard/Nordline.IO', 'Boston, MA', 2],
      ['Senior IT network migration PM', 'Korvel', 'Austin, TX', 3],
      ['Program/Senior PM', 'Tallis Group/Orrin Labs', undefined, 4],
      ['Backend Developer Intern', 'Meridian Mobility (MMC) corporation', 'Hanoi, VN', 5],
      ['Cashier', 'Brindle Foods', 'Gary, IN', 6],
    ]);
    // In running text, a lowercase word that qualifies no title, a time of day, and a long clause
    // that names a role only far from its dates open no entry.
    const none = read(
      [
        'Work Experience',
        [
          'Senior Engineer Acme - Austin, TX June 2012 to May 2013 Stocked the shelves at the store',
          'Kestrel Outlet - Gary, IN March 2013 to May 2014 Closed the doors at 5 pm Kestrel Outlet June',
          '2014 to July 2014 Helped the engineer who ran the night shift at the big depot on the east side',
          'Kestrel Outlet August 2014 to May 2015',
        ].join(' '),
      ].join('\n'),
    );
    expect(none.positions.map((p) => [p.title, p.organisation, p.start?.year])).toEqual([
      ['Senior Engineer', 'Acme', 2012],
    ]);
  });

  it('dates an entry of labelled fields from its description when that holds its one range', () => {
    const s = read(
      [
        'Company Details',
        'company - Delta Controls, Dubai FZCO',
        `description - Heading Pune Branch [M/s Deltannex Integrators Pvt. Ltd.]${' '.repeat(24)}From Aug '17 till date`,
        'Designation - Operations Manager',
        '1. Reporting to the GM-Operations 2. Review of SOW, RFQ and project schedules.',
        'company - Honeywell Automation India Ltd',
        'description - Handled two projects (2013 to 2014) and then three (2014 to 2015) for the Korea office.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation, p.start, p.end])).toEqual([
      ['Operations Manager', 'Delta Controls, Dubai FZCO', { year: 2017, month: 8 }, 'present'],
      // Two ranges in the description: which one is the job's is not said, so neither is taken.
      [undefined, 'Honeywell Automation India Ltd', undefined, undefined],
    ]);
  });

  it('keeps a dated line of a run-on section as its entry when no title stands before its dates', () => {
    const s = read(
      [
        'Company Details',
        'company - Brightwave Systems',
        'description - Worked as a Data Engineer in Brightwave Systems, Pune from Mar 2014 onwards.',
        'company - Ongoing Engagement',
        'description - Period: October 2017 to Till date',
        'Client: a retail bank',
        '• Built the nightly reconciliation jobs',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.start, p.end, p.startLine, p.endLine])).toEqual([
      ['Data Engineer', { year: 2014, month: 3 }, 'present', 3, 4],
      [undefined, { year: 2017, month: 10 }, 'present', 5, 7],
    ]);
    // A title field on the date line names the entry.
    const field = read(
      [
        'Experience',
        'Worked as a Data Engineer in Brightwave Systems, Pune from Mar 2014 onwards.',
        'Designation: Senior Consultant, client site; Oct 2017 - Jun 2020',
      ].join('\n'),
    );
    expect(field.positions.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Data Engineer', { year: 2014, month: 3 }, 'present'],
      ['Senior Consultant', { year: 2017, month: 10 }, { year: 2020, month: 6 }],
    ]);
    // A line with a lone year and no range opens no entry.
    const lone = read(
      [
        'Experience',
        'Worked as a Data Engineer in Brightwave Systems, Pune from Mar 2014 onwards.',
        'Award for the billing migration 2019',
      ].join('\n'),
    );
    expect(lone.positions.map((p) => [p.title, p.startLine, p.endLine])).toEqual([['Data Engineer', 2, 3]]);
  });
});

describe('header and certification splits', () => {
  // The expressions these scanners replaced (cubic and quadratic in a run of spaces): on short
  // strings they are fast, and the scanners must split exactly as they did.
  const STRONG_SPLIT = /\s*(?:\t|\s\|\s|\s[—–]\s|\s-\s|\s•\s|\s·\s|\s+at\s+|\s+@\s+)\s*/;
  const SPLIT = /\s*(?:\t|\s\|\s|\s[—–]\s|\s-\s|\s•\s|\s·\s|,\s+|\s+at\s+|\s+@\s+)\s*/;
  const CERTIFICATION_SPLIT = /\s*[•|;]\s*|\t/;
  const strings = randomStrings(
    [...SPACES, '|', '-', '—', '–', '•', '·', ',', ';', '@', 'a', 't', 'x'],
    30_000,
  );

  it('split header lines as the old expressions did', () => {
    expect(strings.map((s) => splitHeader(s, false))).toEqual(strings.map((s) => s.split(STRONG_SPLIT)));
    expect(strings.map((s) => splitHeader(s, true))).toEqual(strings.map((s) => s.split(SPLIT)));
  });

  it('split certification lines as the old expression did', () => {
    expect(strings.map(splitCertificationLine)).toEqual(strings.map((s) => s.split(CERTIFICATION_SPLIT)));
  });

  it('read an education line with a long run of spaces in one pass', () => {
    const gap = ' '.repeat(100_000);
    const s = read([`Education`, `Bachelor of Science${gap}|${gap}University of Leeds${gap}2015`].join('\n'));
    expect(s.education).toEqual([
      { line: 2, institution: 'University of Leeds', degree: 'Bachelor of Science', end: { year: 2015 } },
    ]);
  });
});

describe('readStructure: an employer printed once with its roles under it', () => {
  const promoted = (second: string) =>
    read(
      [
        'Experience',
        'Willamette Clinical Software · Portland, OR',
        'Implementation Project Manager\tJun. 2022 – Present',
        '◦ Plans and runs go-live projects for regional hospitals.',
        `${second}\tJan. 2019 – May 2022`,
        '◦ Configured scheduling and billing modules for each clinic.',
        'Cascadia Lab Systems · Beaverton, OR',
        'Technical Support Engineer\tAug. 2016 – Dec. 2018',
        '◦ Answered tier-two tickets for laboratory instrument software.',
      ].join('\n'),
    ).positions.map((p) => [p.title, p.organisation ?? null, p.location ?? null]);

  it('gives a promotion the employer named above the first role', () => {
    expect(promoted('Implementation Specialist')).toEqual([
      ['Implementation Project Manager', 'Willamette Clinical Software', 'Portland, OR'],
      ['Implementation Specialist', 'Willamette Clinical Software', 'Portland, OR'],
      ['Technical Support Engineer', 'Cascadia Lab Systems', 'Beaverton, OR'],
    ]);
  });

  it('gives work for no employer none', () => {
    expect(promoted('Freelance IT Consultant')[1]).toEqual(['Freelance IT Consultant', null, null]);
    expect(promoted('Self-employed Web Developer')[1]).toEqual(['Self-employed Web Developer', null, null]);
  });

  it('gives none where the entry before wrote its employer beside its title', () => {
    const s = read(
      [
        'Experience',
        'Release Manager, Bramblecote Software\tSep 2017 – Mar 2021',
        '• Owned the fortnightly release train.',
        'Backend Developer\tJun 2014 – Aug 2017',
        '• Built order reconciliation services.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.organisation ?? null])).toEqual([
      ['Release Manager', 'Bramblecote Software'],
      ['Backend Developer', null],
    ]);
  });
});

describe('readStructure: an employer and its city after the title', () => {
  const first = (header: string) =>
    read(['Experience', header, '● Built the booking flow.'].join('\n')).positions.map((p) => [
      p.title,
      p.organisation ?? null,
      p.location ?? null,
    ])[0];

  it('reads "Name, City" after the title as the employer and its city', () => {
    expect(first('Software Engineer · Nordvind Mobility, Aarhus\t02.2023 – today')).toEqual([
      'Software Engineer',
      'Nordvind Mobility',
      'Aarhus',
    ]);
  });

  it('keeps "City, Region" and "City, Country" a place', () => {
    expect(first('Developer | Pune, Maharashtra\t2019 – 2021')).toEqual([
      'Developer',
      null,
      'Pune, Maharashtra',
    ]);
    expect(first('Developer | Berlin, Germany\t2019 – 2021')).toEqual(['Developer', null, 'Berlin, Germany']);
    expect(first('Developer | San Francisco, CA\t2019 – 2021')).toEqual([
      'Developer',
      null,
      'San Francisco, CA',
    ]);
  });

  it('keeps a level after the title word in the title', () => {
    expect(first('Data Engineer II · Kaveri Commerce, Bengaluru\t06.2021 – today')).toEqual([
      'Data Engineer II',
      'Kaveri Commerce',
      'Bengaluru',
    ]);
    expect(first('Software Engineer 3 Initech\t2019 – 2021')).toEqual([
      'Software Engineer 3',
      'Initech',
      null,
    ]);
  });
});

describe('readStructure: chevron bullets', () => {
  it('reads › and » as bullets: an undated title above them is an entry among dated ones', () => {
    const s = read(
      [
        'Experience',
        'Sep 2015 – Feb 2019\tZEELAND ENERGIE · MIDDELBURG',
        'Service Desk Analyst',
        '› Resolved escalated incidents for the billing systems.',
        'Freelance IT Consultant',
        '» Configured networks and backups for independent shops.',
      ].join('\n'),
    );
    expect(s.positions.map((p) => [p.title, p.startLine, p.endLine])).toEqual([
      ['Service Desk Analyst', 2, 4],
      ['Freelance IT Consultant', 5, 6],
    ]);
  });
});

describe('readStructure: a LinkedIn profile printed to PDF', () => {
  const s = read(
    [
      'Experience',
      'Willamette Clinical Software',
      'Implementation Project Manager',
      'June 2022 – Present (4 years 6 months)',
      'Wrocław',
      'Plans and runs go-live projects for regional hospitals, each with eight to fifteen staff.',
      'Implementation Specialist',
      'January 2019 – May 2022 (3 years 5 months)',
      'Wrocław',
      'Configured scheduling and billing modules to match each clinic’s intake workflow.',
      'Cascadia Lab Systems',
      'Technical Support Engineer',
      'August 2016 – December 2018 (2 years 5 months)',
      'Answered tier-two tickets for laboratory instrument software.',
      'Freelance IT Consultant',
      'Configured networks, backups and accounting software for independent shops and practices.',
    ].join('\n'),
  );

  it('reads the employer above the title, and the place under the dates as the place', () => {
    expect(s.positions.map((p) => [p.title, p.organisation ?? null, p.location ?? null])).toEqual([
      ['Implementation Project Manager', 'Willamette Clinical Software', 'Wrocław'],
      ['Implementation Specialist', 'Willamette Clinical Software', 'Wrocław'],
      ['Technical Support Engineer', 'Cascadia Lab Systems', null],
      ['Freelance IT Consultant', null, null],
    ]);
  });

  it('reads a title alone above a paragraph, among dated entries, as an undated entry', () => {
    expect(s.positions.at(-1)).toMatchObject({
      title: 'Freelance IT Consultant',
      startLine: 15,
      endLine: 16,
    });
    expect(s.positions.at(-1)!.end).toBeUndefined();
  });
  it('reads past the total time at an employer with several roles ("7 years 11 months" under its name)', () => {
    const grouped = read(
      [
        'Experience',
        'Willamette Clinical Software',
        '7 years 11 months',
        'Implementation Project Manager',
        'June 2022 - Present (4 years 6 months)',
        'Portland, OR',
        '• Plans and runs go-live projects for regional hospitals.',
        'Implementation Specialist',
        'January 2019 - May 2022 (3 years 5 months)',
        'Portland, OR',
        '• Configured scheduling and billing modules.',
      ].join('\n'),
    );
    expect(
      grouped.positions.map((p) => [p.title, p.organisation ?? null, p.location ?? null, p.startLine]),
    ).toEqual([
      ['Implementation Project Manager', 'Willamette Clinical Software', 'Portland, OR', 2],
      ['Implementation Specialist', 'Willamette Clinical Software', 'Portland, OR', 8],
    ]);
  });

  it('reads a "City, Region, Country" place line whole, and a third role under one employer as its', () => {
    const three = read(
      [
        'Experience',
        'Vistula Soft',
        'Project Manager',
        'March 2025 - Present (1 year 10 months)',
        'Kraków, Małopolskie, Poland',
        'Running two fixed-price projects for a logistics client.',
        'Senior Java Developer',
        'January 2021 - March 2025 (4 years 3 months)',
        'Kraków, Małopolskie, Poland',
        'Led a team of 4 developers on a warehouse management system.',
        'Java Developer',
        'September 2018 - December 2020 (2 years 4 months)',
        'Mumbai, Maharashtra, India',
        'Comarch-Lite S.A.',
        'Analista de Sistemas',
        'July 2016 - August 2018 (2 years 2 months)',
        'São Paulo, Brasil',
      ].join('\n'),
    );
    expect(three.positions.map((p) => [p.title, p.organisation ?? null, p.location ?? null])).toEqual([
      ['Project Manager', 'Vistula Soft', 'Kraków, Małopolskie, Poland'],
      ['Senior Java Developer', 'Vistula Soft', 'Kraków, Małopolskie, Poland'],
      ['Java Developer', 'Vistula Soft', 'Mumbai, Maharashtra, India'],
      ['Analista de Sistemas', 'Comarch-Lite S.A.', 'São Paulo, Brasil'],
    ]);
  });
});

describe('readStructure: a European CV (Europass)', () => {
  const s = read(
    [
      'WORK EXPERIENCE',
      '[ 04/2021 – Current ]',
      'SENIOR TECHNICAL PROGRAM MANAGER',
      'Halcyon Freight Systems City: Denver | Country: United States',
      '• Coordinated the migration of forty internal services.',
      '[ 09/2017 – 03/2021 ]',
      'RELEASE MANAGER',
      'Bramblecote Software City: Boulder',
      '• Owned the fortnightly release train.',
      'EDUCATION AND TRAINING',
      '[ 2010 – 2014 ]',
      'BACHELOR OF SCIENCE IN COMPUTER ENGINEERING',
      'Colorado Mesa University',
    ].join('\n'),
  );

  it('reads the labelled place fields after the employer as its place', () => {
    expect(s.positions.map((p) => [p.title, p.organisation ?? null, p.location ?? null])).toEqual([
      ['SENIOR TECHNICAL PROGRAM MANAGER', 'Halcyon Freight Systems', 'Denver, United States'],
      ['RELEASE MANAGER', 'Bramblecote Software', 'Boulder'],
    ]);
  });

  it('reads a degree whose dates stand in brackets on the line above it, the school below', () => {
    expect(
      s.education.map((e) => [e.degree ?? null, e.institution ?? null, e.start ?? null, e.end ?? null]),
    ).toEqual([
      [
        'BACHELOR OF SCIENCE IN COMPUTER ENGINEERING',
        'Colorado Mesa University',
        { year: 2010 },
        { year: 2014 },
      ],
    ]);
  });
});
