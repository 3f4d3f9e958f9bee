import { describe, expect, it } from 'vitest';
import { certificationRows, contactBlock, item } from '../../../test/fixtures/page-items.ts';
import { continueAcross, layoutPage, type TextItem } from './layout.ts';

describe('layoutPage', () => {
  it('reads a sidebar apart from the main column, whatever the stream order', () => {
    const main = [
      'EXPERIENCE',
      'Project Manager',
      'Led the migration',
      'Ran planning',
      'EDUCATION',
      'BSc Leeds',
    ];
    const side = ['SKILLS', 'Jira', 'Scrum', 'Kanban', 'SQL'];
    const items = [
      // Interleaved row by row in the stream, baselines independent.
      ...main.flatMap((t, i) => [
        item(t, 40, 700 - i * 14),
        ...(side[i] ? [item(side[i]!, 400, 702 - i * 17)] : []),
      ]),
    ];
    const lines = layoutPage({ width: 612, height: 792, items });
    expect(lines.map((l) => l.text)).toEqual([...main, ...side]);
    expect(lines.map((l) => l.column)).toEqual([...main.map(() => 1), ...side.map(() => 2)]);
  });

  it('keeps right-aligned dates on their title line in one column', () => {
    const items = [
      item('Project Manager', 40, 700),
      item('Jan 2020 - Present', 460, 700),
      item('Acme Corp', 40, 686),
      item('- Delivered the programme across four teams and three time zones on budget', 50, 672),
      item('Developer', 40, 650),
      item('2015 - 2019', 490, 650),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Project Manager\tJan 2020 - Present',
      'Acme Corp',
      '- Delivered the programme across four teams and three time zones on budget',
      'Developer\t2015 - 2019',
    ]);
  });

  it("reads an entry's side cells (place, dates, duration) written after its text as its header", () => {
    // RenderCV's classic theme: each entry's text, then its side cells, right-aligned on the
    // baselines of the title and the first bullets.
    const right = (str: string, y: number) => item(str, 556 - str.length * 5, y);
    const entry = (top: number, title: string, place: string, dates: string, duration: string) => [
      item(title, 56, top),
      item(`• Built the payments platform that served ${title.length} million requests`, 60, top - 13),
      item('• Hired and led a team of eight engineers across two sites', 60, top - 26),
      item('• Cut the monthly cloud bill by a third', 60, top - 39),
      right(place, top),
      right(dates, top - 13),
      right(duration, top - 26),
    ];
    const items = [
      item('Experience', 50, 720, 14),
      ...entry(
        700,
        'Acme Corp, Release Manager',
        'Berlin, Germany',
        'Jan 2020 – Present',
        '5 years 6 months',
      ),
      ...entry(640, 'Bramblecote, Developer', 'Leeds, UK', 'May 2016 – Dec 2019', '3 years 8 months'),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Experience',
      'Acme Corp, Release Manager\tBerlin, Germany\tJan 2020 – Present\t5 years 6 months',
      '• Built the payments platform that served 26 million requests',
      '• Hired and led a team of eight engineers across two sites',
      '• Cut the monthly cloud bill by a third',
      'Bramblecote, Developer\tLeeds, UK\tMay 2016 – Dec 2019\t3 years 8 months',
      '• Built the payments platform that served 22 million requests',
      '• Hired and led a team of eight engineers across two sites',
      '• Cut the monthly cloud bill by a third',
    ]);
  });

  it('reads side cells beside a title and an organisation line with the title, the organisation after', () => {
    // RenderCV's sb2nov theme: title, organisation, then the place and dates beside them, then bullets.
    const right = (str: string, y: number) => item(str, 556 - str.length * 5, y);
    const items = [
      item('Co-Founder & CTO', 56, 700),
      item('Nexus AI', 56, 687),
      right('San Francisco, CA', 700),
      right('June 2023 – present', 687),
      item('◦ Built foundation model infrastructure serving two million requests a month', 60, 674),
      item('Research Intern', 56, 650),
      item('NVIDIA Research', 56, 637),
      right('Santa Clara, CA', 650),
      right('May 2022 – Aug 2022', 637),
      item('◦ Designed a sparse attention mechanism that cut memory use by three quarters', 60, 624),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Co-Founder & CTO\tSan Francisco, CA\tJune 2023 – present',
      'Nexus AI',
      '◦ Built foundation model infrastructure serving two million requests a month',
      'Research Intern\tSanta Clara, CA\tMay 2022 – Aug 2022',
      'NVIDIA Research',
      '◦ Designed a sparse attention mechanism that cut memory use by three quarters',
    ]);
  });

  it('reads a right column written after the main one as a column, not as side cells', () => {
    const main = [
      'Experience',
      'Release Manager, Acme Corp',
      '• Owned the release train',
      '• Ran planning',
      'Education',
      'BSc, Leeds',
    ];
    const side = ['Skills', 'Jira', 'Scrum', 'Kanban', 'SQL', 'Python'];
    const items = [
      ...main.map((t, i) => item(t, 40, 700 - i * 14)),
      ...side.map((t, i) => item(t, 556 - t.length * 5, 700 - i * 14)),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([...main, ...side]);
  });

  it('joins the wrapped lines of a paragraph', () => {
    const a = 'Coordinated four delivery teams across two sites and three';
    const items = [
      item(a, 40, 700),
      item('time zones.', 40, 687),
      item(a.replace('Coordinated', 'Reported to'), 40, 660),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      `${a} time zones.`,
      a.replace('Coordinated', 'Reported to'),
    ]);
  });

  it('reads a table with a left date column row by row, the dates on their entry line', () => {
    const items = [
      item('WORK HISTORY', 40, 720),
      item('2021 – Current', 42, 700),
      item('Senior Technical Program Manager, Halcyon Freight Systems', 150, 700),
      item('▸ Coordinated the migration of forty internal services to Kubernetes', 150, 686),
      item('▸ Established a dependency tracking board shared by six teams', 150, 672),
      item('2017 – 2021', 42, 655),
      item('Release Manager, Bramblecote Software', 150, 655),
      item('▸ Owned the fortnightly release train for a payments product', 150, 641),
      item('2014 – 2017', 42, 624),
      item('Backend Developer, Tillandsia Labs', 150, 624),
      item('▸ Built order reconciliation services in Java and PostgreSQL', 150, 610),
      item('EDUCATION', 40, 590),
      item('2010 – 2014', 42, 575),
      item('Bachelor of Science in Computer Engineering, Colorado Mesa University', 150, 575),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'WORK HISTORY',
      '2021 – Current\tSenior Technical Program Manager, Halcyon Freight Systems',
      '▸ Coordinated the migration of forty internal services to Kubernetes',
      '▸ Established a dependency tracking board shared by six teams',
      '2017 – 2021\tRelease Manager, Bramblecote Software',
      '▸ Owned the fortnightly release train for a payments product',
      '2014 – 2017\tBackend Developer, Tillandsia Labs',
      '▸ Built order reconciliation services in Java and PostgreSQL',
      'EDUCATION',
      '2010 – 2014\tBachelor of Science in Computer Engineering, Colorado Mesa University',
    ]);
  });

  it("puts the end of a range a narrow date column wrapped back on its range, not on the entry's text", () => {
    // resume-matcher's LaTeX template: dates right-aligned in a narrow left column (10.9 pt), each
    // entry's title and description beside them (10 pt), written column by column in the stream.
    const date = (str: string, y: number) => item(str, 138 - str.length * 5.45, y, 10.9);
    const items = [
      item('Experience', 146, 490, 14.3),
      date('2017 –', 470),
      date('Present', 456.5),
      item('Product Manager, Google, Mountain View, CA, USA', 146, 470, 10.9),
      item('Leading cross-functional teams to design, develop and launch products.', 146, 456.5),
      date('July 2015 –', 417),
      date('May 2020', 403.5),
      item('Full Stack Developer, Uber, San Francisco, USA', 146, 417, 10.9),
      item('Developed and maintained scalable web applications using the MERN stack.', 146, 403.5),
      date('2012 – 2015', 376),
      date('2014', 362.5),
      item('Software Developer, Facebook, Menlo Park, USA', 146, 376, 10.9),
      item('Won the company hackathon with a tool for code review.', 146, 362.5),
      date('2009 –', 335),
      date('Berlin', 321.5),
      item('Intern, Siemens, Munich, Germany', 146, 335, 10.9),
      item('Wrote test tooling for the billing platform.', 146, 321.5),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Experience',
      '2017 – Present\tProduct Manager, Google, Mountain View, CA, USA',
      'Leading cross-functional teams to design, develop and launch products.',
      'July 2015 – May 2020\tFull Stack Developer, Uber, San Francisco, USA',
      'Developed and maintained scalable web applications using the MERN stack.',
      // A range already closed, or a cell that is no end date, stays where it is.
      '2012 – 2015\tSoftware Developer, Facebook, Menlo Park, USA',
      '2014\tWon the company hackathon with a tool for code review.',
      '2009 –\tIntern, Siemens, Munich, Germany',
      'Berlin\tWrote test tooling for the billing platform.',
    ]);
  });

  it('reads a justified line whose word gaps are wider than a word gap as one line, chips apart', () => {
    const words = ['➢', 'Introduced', 'a', 'lightweight', 'risk', 'register'];
    let x = 40;
    const justified = words.map((w) => {
      const it = item(w, x, 686);
      x += it.width + 18.4;
      return it;
    });
    const items = [
      item('Program manager who turns sprawling infrastructure', 40, 700),
      ...justified,
      item('reviewed every sprint, which surfaced vendor risks.', 52, 672),
      item('Go', 40, 640),
      item('Python', 70, 640),
      item('SQL', 120, 640),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Program manager who turns sprawling infrastructure',
      '➢ Introduced a lightweight risk register reviewed every sprint, which surfaced vendor risks.',
      'Go\tPython\tSQL',
    ]);
  });

  it('joins a title that wraps beside its dates, cell by cell', () => {
    // Chromium writes the title's box (both its lines), then the dates' box: "Program" and "April"
    // touch on the page, but "Manager" comes between them in the content stream.
    const items = [
      item('Halcyon Freight Systems', 57, 600),
      item('Senior', 57, 586),
      item('Technical', 105, 586),
      item('Program', 168, 586),
      item('Manager', 57, 572),
      item('April', 203, 586),
      item('2021', 243, 586),
      item('–', 278, 586),
      item('Present', 203, 572),
      { str: '➢ Coordinated the migration of forty services', x: 57, y: 558, width: 226, height: 10 },
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Halcyon Freight Systems',
      'Senior Technical Program Manager\tApril 2021 – Present',
      '➢ Coordinated the migration of forty services',
    ]);
  });

  it('joins a title that wrapped a gutter short of its dates, not one whose next line would have fitted', () => {
    // A word processor's title box ends about an em before the dates beside it: "Technology" would
    // have reached within 2 pt of "Apr", so it wrapped (measured from a sans-serif PDF, 10.5 pt).
    const at = (str: string, x: number, y: number, width: number): TextItem => ({
      str,
      x,
      y,
      width,
      height: 10.5,
    });
    const items = [
      at('Android Developer, Mactan Logistics', 73.5, 600, 204.6),
      at('Apr 2018 – Oct 2021', 347.8, 600, 108.4),
      at('Technology', 73.5, 585.75, 58.8),
      at('• Built the driver proof-of-delivery app with barcode scanning and signature', 73.5, 571.5, 379.7),
      at('Release Manager, Acme', 73.5, 540, 118),
      at('Jan 2015 – Mar 2018', 347.8, 540, 108.4),
      at('Consulting', 73.5, 525.75, 58.8),
      at('• Ran the release train for twelve product teams across three time zones', 73.5, 511.5, 379.7),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Android Developer, Mactan Logistics Technology\tApr 2018 – Oct 2021',
      '• Built the driver proof-of-delivery app with barcode scanning and signature',
      'Release Manager, Acme\tJan 2015 – Mar 2018',
      'Consulting',
      '• Ran the release train for twelve product teams across three time zones',
    ]);
  });

  it('rejoins a word broken by a soft or typographic hyphen, keeps a compound', () => {
    const items = [
      item('Program manager who turns sprawling infrastr\u2010', 40, 700),
      item('ucture migrations into predictable cloud-', 40, 686),
      item('native deliveries.', 40, 672),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Program manager who turns sprawling infrastructure migrations into predictable cloud-native deliveries.',
    ]);
  });

  it("keeps apart consecutive lines when the next one's first word would have fitted on the first", () => {
    const items = [
      item('Built order reconciliation services in Java and PostgreSQL handling', 40, 700),
      item('nightly settlement files.', 40, 686),
      item('Project Management Professional (PMP), PMI, Denver 2020', 40, 672),
      item('Certified ScrumMaster, Scrum Alliance (2018)', 40, 658),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Built order reconciliation services in Java and PostgreSQL handling nightly settlement files.',
      'Project Management Professional (PMP), PMI, Denver 2020',
      'Certified ScrumMaster, Scrum Alliance (2018)',
    ]);
  });

  it('keeps apart the items of a list whose wrapped lines sit closer than its rows (LinkedIn sidebar)', () => {
    const items = [
      item('Certified ScrumMaster (CSM)', 22, 700),
      item('ITIL v4 Foundation', 22, 685.75),
      item('Star Performer of the Quarter', 22, 671.5),
      item('(Q3 2022)', 22, 661),
      item('Spot Award for client delivery', 22, 646.75),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Certified ScrumMaster (CSM)',
      'ITIL v4 Foundation',
      'Star Performer of the Quarter (Q3 2022)',
      'Spot Award for client delivery',
    ]);
  });

  it('starts a new line after an item closed by its year, however long the next first word', () => {
    const items = [
      item('Google Cloud Professional Data Engineer, Google Cloud (2023)', 40, 700),
      item('Databricks Certified Data Engineer Associate (2024)', 40, 686),
      item('Professional Scrum Master I, Scrum.org, 2016 – 2018', 40, 672),
      item('Kubernetes and Helm Fundamentals', 40, 658),
      item('Grew the platform team from three engineers in 2019', 40, 630),
      item('to eleven in 2022 while keeping on-call load flat.', 40, 616),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Google Cloud Professional Data Engineer, Google Cloud (2023)',
      'Databricks Certified Data Engineer Associate (2024)',
      'Professional Scrum Master I, Scrum.org, 2016 – 2018',
      'Kubernetes and Helm Fundamentals',
      'Grew the platform team from three engineers in 2019 to eleven in 2022 while keeping on-call load flat.',
    ]);
  });

  it('goes on past a year that ends a row of a paragraph, not past a dated header of two rows', () => {
    // A paragraph's third row ends in a year, and the next word would not have fitted: a wrap.
    const paragraph = [
      'Database, Database design, Oracle, Sql, Linux, Rman, Ms office, Maintenance, Bilingual, Architecture,',
      'Performance tuning, DBA, MYSQL, Oracle Dba, Sql Dba, Warehouse Associate, Shipping Receiving, Loading',
      'Assessments Problem Solving — Familiar, measured by an online assessment taken in January 2019',
      "Measures a candidate's ability to analyze relevant information when solving problems at work.",
    ];
    expect(
      layoutPage({
        width: 612,
        height: 792,
        items: paragraph.map((t, i) => item(t, 40, 700 - 14 * i)),
      }).map((l) => l.text),
    ).toEqual([paragraph.join(' ')]);
    // A header wrapped over two rows and closed by its dates is an item: its description starts anew.
    const header = [
      'Senior Technical Program Manager, Platform Infrastructure and Developer Experience, Bramblecote',
      'Software International GmbH, Berlin, Germany, Central Europe Office, January 2019 – December 2021',
      'Coordinated the delivery of the payments platform across four teams and three time zones.',
    ];
    expect(
      layoutPage({
        width: 612,
        height: 792,
        items: [...header, ...paragraph.slice(0, 2)].map((t, i) => item(t, 40, 700 - 14 * i)),
      }).map((l) => l.text),
    ).toEqual([`${header[0]} ${header[1]}`, header[2], `${paragraph[0]} ${paragraph[1]}`]);
  });

  it('reads a row opening with a dash as a wrap before a separator, not a dash list after a paragraph', () => {
    const items = [
      item(
        'Bachelor degree in Information Technology in Cybersecurity Management, Strayer University',
        40,
        700,
      ),
      item('- Alexandria, VA August 2016 to 2021', 40, 686),
      item(
        'Delivered the regional billing platform for four business units across three time zones and',
        40,
        658,
      ),
      item('- Led quarterly planning with product and finance', 40, 644),
      item('- Ran release reviews for the payments teams', 40, 630),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Bachelor degree in Information Technology in Cybersecurity Management, Strayer University - Alexandria, VA August 2016 to 2021',
      'Delivered the regional billing platform for four business units across three time zones and',
      '- Led quarterly planning with product and finance',
      '- Ran release reviews for the payments teams',
    ]);
  });

  it('joins a name wrapped after its colon in a narrow column, not a label above its items', () => {
    const items = [
      item('Kubernetes Administrator', 30, 700),
      item('HashiCorp Certified:', 30, 684),
      item('Terraform Associate (2022)', 30, 671),
      item('Languages:', 30, 655),
      item('TypeScript, Go', 30, 642),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Kubernetes Administrator',
      'HashiCorp Certified: Terraform Associate (2022)',
      'Languages:',
      'TypeScript, Go',
    ]);
    // In a column whose items are not spaced apart, a line ending in a colon is a label.
    const plain = [
      item('Technical skills and the tools used:', 30, 700),
      item('Kubernetes, Terraform, Helm', 30, 687),
    ];
    expect(layoutPage({ width: 612, height: 792, items: plain }).map((l) => l.text)).toEqual([
      'Technical skills and the tools used:',
      'Kubernetes, Terraform, Helm',
    ]);
  });

  it('keeps a date drawn flush against the text before it apart from that text, and joins word pieces', () => {
    const title = 'Implementation Project Manager | Willamette | Portland, OR';
    const items = [item(title, 40, 700), item('Jun 2022 – Present', 40 + title.length * 5, 700)];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Implementation Project Manager | Willamette | Portland, OR Jun 2022 – Present',
    ]);
    // Small capitals are drawn as pieces with no gap: they stay one word.
    const caps = [item('W', 40, 680, 12), item('ORK HISTORY', 46, 680, 9)];
    expect(layoutPage({ width: 612, height: 792, items: caps }).map((l) => l.text)).toEqual(['WORK HISTORY']);
  });

  it('reads a sidebar of headed sections after a main column that opens with the name', () => {
    const items = [
      item('Contact', 30, 740, 11),
      item('Marisol Quenneville', 200, 736, 24),
      item('marisol.q@example.com', 30, 724, 9),
      item('Top Skills', 30, 700, 11),
      item('Technical Program Manager', 200, 710, 11),
      item('Kubernetes', 30, 686, 9),
      item('Denver, CO', 200, 694, 10),
      item('Risk management', 30, 673, 9),
      item('Summary', 200, 668, 14),
      item('Program manager who turns infrastructure migrations into deliveries.', 200, 650, 10),
    ];
    const lines = layoutPage({ width: 612, height: 792, items }).map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual(['Marisol Quenneville', 'Technical Program Manager', 'Denver, CO']);
    // Each section keeps its lines under its heading.
    const at = lines.indexOf('Contact');
    expect(lines.slice(at, at + 5)).toEqual([
      'Contact',
      'marisol.q@example.com',
      'Top Skills',
      'Kubernetes',
      'Risk management',
    ]);
    expect(lines[lines.indexOf('Summary') + 1]).toBe(
      'Program manager who turns infrastructure migrations into deliveries.',
    );
  });

  it('lifts section labels set in a left column out of their content rows, wrapped parts joined', () => {
    const items = [
      item('Ada Ruiz', 40, 760, 18),
      item('CAREER HISTORY', 40, 700, 8.6),
      item('Release Manager · Bramblecote Software, Cork', 150, 700),
      item('03.2019 – today', 480, 700),
      item('● Ran the fortnightly release train for nine teams.', 150, 686),
      item('● Chaired incident postmortems.', 150, 672),
      item('LICENSES &', 40, 640, 8.6),
      item('Certified ScrumMaster, Scrum Alliance (2018)', 150, 640),
      item('CERTIFICATIONS', 40, 626, 8.6),
      item('ITIL 4 Foundation, AXELOS (2019)', 150, 626),
      item('CORE', 40, 596, 8.6),
      item('Jira', 150, 596),
      item('COMPETENCIES', 40, 582, 8.6),
      item('SQL', 150, 582),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY',
      'Release Manager · Bramblecote Software, Cork\t03.2019 – today',
      '● Ran the fortnightly release train for nine teams.',
      '● Chaired incident postmortems.',
      'LICENSES & CERTIFICATIONS',
      'Certified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
      'CORE COMPETENCIES',
      'Jira',
      'SQL',
    ]);
  });

  it('reads a heading under a contact block after the block, not in the name column', () => {
    const items = contactBlock({
      nameX: 40,
      contactX: 420,
      note: 'Open to relocation',
      summary:
        'Operations lead moving into delivery management, known for follow-up discipline and ownership.',
    });
    const lines = layoutPage({ width: 612, height: 792, items }).map((l) => l.text);
    // Whatever the contact lines join into, all of them come before the heading.
    expect(lines.slice(-2)).toEqual([
      'SUMMARY',
      'Operations lead moving into delivery management, known for follow-up discipline and ownership.',
    ]);
    for (const contact of ['ilse.varga@example.com', 'Rotterdam, Netherlands', 'linkedin.com/in/ilse'])
      expect(lines.slice(0, -2).join(' ')).toContain(contact);
    // The headline at the foot of the name column does not run on into the email address.
    expect(lines.find((l) => l.includes('Open to relocation'))).toBe('Open to relocation');
  });

  it('leaves a left column alone unless two of its labels name sections and the rest is content', () => {
    // A two-column skills table: its left cells are no section labels.
    const table = [
      item('Skills', 40, 720, 12),
      item('Project planning', 40, 700),
      item('HL7', 250, 700),
      item('Workflow analysis', 40, 686),
      item('Client training', 250, 686),
      item('Stakeholder updates', 40, 672),
      item('SQL', 250, 672),
    ];
    expect(layoutPage({ width: 612, height: 792, items: table }).map((l) => l.text)).toEqual([
      'Skills',
      'Project planning\tHL7',
      'Workflow analysis\tClient training',
      'Stakeholder updates\tSQL',
    ]);
  });

  it('joins a short line wrapped in a narrow column whose items are set apart by a margin of about an em', () => {
    // 9.5 pt type at 1.4 line height (13.3 pt), items 0.6 em further apart (19 pt, twice the size):
    // a design template's certifications in a sidebar 23 characters wide.
    const items = [
      item('Project Management', 440, 400, 9.5),
      item('Professional (PMP)', 440, 386.7, 9.5),
      item('Certified ScrumMaster', 440, 367.7, 9.5),
      item('Certified Associate in', 440, 348.7, 9.5),
      item('Project Management', 440, 335.4, 9.5),
      item('(CAPM), PMI (2021)', 440, 322.1, 9.5),
      item('Epic Cadence', 440, 303.1, 9.5),
      item('Certification', 440, 289.8, 9.5),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Project Management Professional (PMP)',
      'Certified ScrumMaster',
      'Certified Associate in Project Management (CAPM), PMI (2021)',
      'Epic Cadence Certification',
    ]);
  });

  it('joins the wrapped lines of a sidebar item, not the items spaced apart or short list items', () => {
    const items = [
      item('Certified Kubernetes', 30, 700),
      item('Administrator (CKA), CNCF (2021)', 30, 687),
      item('AWS Solutions Architect', 30, 669),
      item('Associate (2022)', 30, 656),
      item('Terraform', 30, 638),
      item('AWS', 30, 625),
      item('Kubernetes', 30, 612),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Certified Kubernetes Administrator (CKA), CNCF (2021)',
      'AWS Solutions Architect Associate (2022)',
      'Terraform',
      'AWS',
      'Kubernetes',
    ]);
  });
});

describe('layoutPage: a certifications list wrapped in a narrow sidebar, items not spaced apart', () => {
  // LinkedIn's "Save to PDF": 10 pt type (5 pt a character here), every row 13.5 pt below the one
  // above, whether it wraps a name or starts the next one. The column's wrapped lines end near x = 127;
  // an email address, one unbreakable run, overflows it and says nothing of where it ends.
  // The last row, a line that did wrap, tells where the column ends (x = 127).
  const read = (texts: string[], heading?: string) =>
    layoutPage({ width: 612, height: 792, items: certificationRows(texts, heading) })
      .map((l) => l.text)
      .slice(3, -1);

  it('joins a name whose last row is a word that ends names, or that leaves its name open', () => {
    expect(
      read([
        'Certified Associate',
        'in Project Management',
        '(CAPM)',
        'Project Management',
        'Professional (PMP)',
        'Epic Cadence',
        'Certification',
        'Databricks Certified',
        'Data Engineer',
        'Associate',
        'ITIL 4 Foundation',
        'Professional Scrum',
        'Master I',
        'HashiCorp Certified:',
        'Terraform Associate',
        'Professional Scrum',
        'Product Owner I',
      ]),
    ).toEqual([
      'Certified Associate in Project Management (CAPM)',
      'Project Management Professional (PMP)',
      'Epic Cadence Certification',
      'Databricks Certified Data Engineer Associate',
      'ITIL 4 Foundation',
      'Professional Scrum Master I',
      'HashiCorp Certified: Terraform Associate',
      'Professional Scrum Product Owner I',
    ]);
  });

  it('keeps a name closed by an acronym, a figure or a name-ending word apart from the next', () => {
    const names = [
      'Kanban Management',
      'CSM',
      'Scrum Product Owner',
      'ITIL 4',
      'Lean Black Belt',
      'Safety Training',
    ];
    expect(read(names)).toEqual(names);
  });

  it('keeps the same rows apart under any other heading (short skills)', () => {
    const skills = ['Project Management', 'Professional Sales', 'Epic Cadence', 'Certification'];
    expect(read(skills, 'Top Skills')).toEqual(skills);
  });

  it('joins a name wrapped in a list whose rows are all short, against its widest row', () => {
    const items = [
      item('Contact', 22, 720, 12),
      item('teo.abernathy.lim.consulting@example.com', 22, 703),
      item('Certifications', 22, 682, 12),
      ...['ITIL 4 Foundation', 'Professional Scrum', 'Master I', 'Lean Practitioner'].map((t, k) =>
        item(t, 22, 665 - k * 13.5),
      ),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Contact',
      'teo.abernathy.lim.consulting@example.com',
      'Certifications',
      'ITIL 4 Foundation',
      'Professional Scrum Master I',
      'Lean Practitioner',
    ]);
  });

  it('joins a row that opens a bracket to the short row above it, under any heading', () => {
    const items = [
      item('+1 555 013 2290', 22, 700),
      item('(Mobile)', 22, 686.5),
      ...certificationRows([]).slice(2),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)[0]).toBe(
      '+1 555 013 2290 (Mobile)',
    );
  });
});

describe('layoutPage: words broken at line ends', () => {
  it("rejoins a word whose hyphen is drawn as a glyph of its own (Typst's), keeps the author's hyphens", () => {
    const first = 'Implemented a self-supervised framework for low-resource language mod';
    const items = [
      item(first, 40, 700),
      item('-', 40 + first.length * 5, 700),
      item('eling and follow-', 40, 686),
      item('up reviews.', 40, 672),
    ];
    const [line] = layoutPage({ width: 612, height: 792, items });
    expect(line?.text).toBe(
      'Implemented a self-supervised framework for low-resource language modeling and follow-up reviews.',
    );
    // The hyphen of "follow-up" is left for the document to decide.
    expect(line?.joins).toEqual([{ at: line!.text.indexOf('follow-') + 6, kind: 'hyphen' }]);
  });

  it('goes on joining a cell beside a larger date cell (moderncv), and marks the hyphen TeX left', () => {
    const items = [
      item('Present', 40, 700, 10.9),
      item('Leading cross-functional teams to launch innovative products. Devel-', 100, 700),
      item('oping product strategies and making data-driven decisions to improve', 100, 688),
      item('meet business goals.', 100, 676),
      item('2012 – 2017', 40, 660, 10.9),
      item('Software Engineer, Amazon', 110, 660, 10.9),
    ];
    const lines = layoutPage({ width: 612, height: 792, items });
    expect(lines.map((l) => l.text)).toEqual([
      'Present\tLeading cross-functional teams to launch innovative products. Devel-oping product strategies and making data-driven decisions to improve meet business goals.',
      '2012 – 2017 Software Engineer, Amazon',
    ]);
    expect(lines[0]?.joins?.map((j) => [lines[0]!.text.slice(j.at - 5, j.at + 6), j.kind])).toEqual([
      ['Devel-oping', 'hyphen'],
      ['prove meet ', 'space'],
    ]);
  });

  it('joins a title broken by a hyphen beside its dates, however much room its cell had left', () => {
    const items = [
      item('Efficient Routing for Trillion-Parameter Mod-', 40, 700),
      item('July 2023', 500, 700),
      item('els', 40, 687),
      item('John Doe, Sarah Williams', 40, 674),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Efficient Routing for Trillion-Parameter Mod-els\tJuly 2023',
      'John Doe, Sarah Williams',
    ]);
  });

  it('reads a paragraph with a run of spaces typed in it as one paragraph, the row below going on from its end', () => {
    // Text pasted from a web form keeps its runs of spaces ("requirements.    Proactively"): printed,
    // the run is wider than a word gap and cuts its row into two phrases written one after the other.
    const atEdge = (str: string, y: number) => item(str, 440 - str.length * 5, y);
    const items = [
      item('Plan, organise and oversee telecommunications and IT services for clients and', 40, 700),
      item('limitations, and technical requirements.', 40, 686),
      atEdge('Proactively managing site installations', 686),
      item('and providing technical training to the field teams at each client site.', 40, 672),
      item('Knowledgeable on Oracle grid and RMAN recovery', 40, 650),
      atEdge('G4S Security Officer, Reston,', 650),
      item('VA Duties include: patrols, access control and incident reports for the site.', 40, 636),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Plan, organise and oversee telecommunications and IT services for clients and limitations, and technical requirements. Proactively managing site installations and providing technical training to the field teams at each client site.',
      'Knowledgeable on Oracle grid and RMAN recovery G4S Security Officer, Reston, VA Duties include: patrols, access control and incident reports for the site.',
    ]);
  });

  it('keeps the cells of a row whose last phrase is a date range or ends a sentence, whatever follows', () => {
    const atEdge = (str: string, y: number) => item(str, 440 - str.length * 5, y);
    const items = [
      item('Co-Founder & Chief Technology Officer, Nexus', 40, 700),
      atEdge('June 2023 – present', 700),
      item('Northwind AI Labs, San Francisco, California', 40, 686),
      item('Release Manager, Bramblecote Software Ltd, Leeds', 40, 660),
      atEdge('Met every deadline.', 660),
      item('and kept the release train on a two-week cadence for the team', 40, 646),
      item('Program Manager, Bramblecote Software Ltd', 40, 624),
      // Text beside it written apart (a box of its own, after the row below): a cell, not a phrase.
      item('supported nine product teams across three sites', 40, 610),
      atEdge('Leeds, hybrid working', 624),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Co-Founder & Chief Technology Officer, Nexus\tJune 2023 – present',
      'Northwind AI Labs, San Francisco, California',
      'Release Manager, Bramblecote Software Ltd, Leeds\tMet every deadline.',
      'and kept the release train on a two-week cadence for the team',
      'Program Manager, Bramblecote Software Ltd\tLeeds, hybrid working',
      'supported nine product teams across three sites',
    ]);
  });

  it('reads a paragraph on from the foot of the left column to the head of the right one', () => {
    // Text flowed through two columns (CSS columns, a newspaper layout), written column by column.
    const left = [
      'Release Manager, Bramblecote Software',
      'Ran the release train for four product teams',
      'and kept the change calendar for the depot',
      'systems, so that every cut-over had its',
    ];
    const right = [
      'rollback plan signed off before the window.',
      'Scrum Master, Orrin Bank',
      'Facilitated the ceremonies of two teams.',
      'Kept the boards of both teams up to date.',
    ];
    const items = [
      ...left.map((t, i) => item(t, 40, 700 - i * 14)),
      ...right.map((t, i) => item(t, 320, 700 - i * 14)),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Release Manager, Bramblecote Software',
      'Ran the release train for four product teams and kept the change calendar for the depot systems, so that every cut-over had its rollback plan signed off before the window.',
      'Scrum Master, Orrin Bank',
      'Facilitated the ceremonies of two teams.',
      'Kept the boards of both teams up to date.',
    ]);
  });

  it('goes on across a break only from a line stopped mid-sentence to one opening in lowercase', () => {
    const line = (text: string) => ({ text, column: 0 as const });
    expect(continueAcross(line('meeting deadlines'), line('for stock rollout.'))?.text).toBe(
      'meeting deadlines for stock rollout.',
    );
    expect(continueAcross(line('kept the change calendar,'), line('the cut-over plans'))?.text).toBe(
      'kept the change calendar, the cut-over plans',
    );
    const broken = continueAcross(line('Devel-'), line('oping the platform'));
    expect([broken?.text, broken?.joins]).toEqual(['Devel-oping the platform', [{ at: 5, kind: 'hyphen' }]]);
    expect(continueAcross(line('Kept the boards up to date.'), line('then ran the demos'))).toBeUndefined();
    expect(
      continueAcross(line('Scrum Master, Orrin Bank'), line('facilitated the ceremonies')),
    ).toBeUndefined();
    expect(continueAcross(line('meeting deadlines'), line('Skills'))).toBeUndefined();
    expect(
      continueAcross(line('Release Manager\tJan 2020 – present'), line('led the train')),
    ).toBeUndefined();
    expect(continueAcross(line('meeting deadlines'), line('• for stock rollout'))).toBeUndefined();
  });
});
