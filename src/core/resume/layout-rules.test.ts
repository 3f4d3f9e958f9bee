// The rules of the layout step one at a time, at their edges: what mutation testing showed the
// whole-page tests of layout.test.ts left free (docs/testing.md, `layout.ts`).
import { describe, expect, it } from 'vitest';
import { certificationRows, contactBlock, item } from '../../../test/fixtures/page-items.ts';
import { continueAcross, type LaidOutLine, layoutPage, sideColumnTail, type TextItem } from './layout.ts';

const read = (items: TextItem[]) => layoutPage({ width: 612, height: 792, items }).map((l) => l.text);

describe('layoutPage: items into rows and phrases', () => {
  it('leaves out blank, zero-height and unplaced items, and an invisible item splits no phrase', () => {
    // pdf.js gives the spaces between words as items of their own.
    expect(
      read([
        item('Release', 40, 700),
        item(' ', 75, 700),
        item('Manager', 80, 700),
        item('   ', 40, 650),
        item('hidden text', 40, 630, 0),
        { ...item('unplaced', 40, 610), x: Number.NaN },
      ]),
    ).toEqual(['Release Manager']);
  });

  it('splits a phrase at text of another row written between its items, the first item of the stream too', () => {
    const items = [
      item('Senior Program', 57, 586),
      item('Manager', 57, 572),
      item('April 2021 – Present', 127, 586),
      item('Led the release train for four product teams', 57, 558),
    ];
    expect(read(items)).toEqual([
      'Senior Program Manager\tApril 2021 – Present',
      'Led the release train for four product teams',
    ]);
  });

  it('joins the items of a row written out of order when nothing of another row came between them', () => {
    // A word processor writes the regular runs of a line, then its bold run.
    expect(
      read([item('Led the', 40, 700), item('for four teams', 148, 700), item('release train', 80, 700)]),
    ).toEqual(['Led the release train for four teams']);
  });

  it('puts items on one row when their baselines differ by up to a fifth of the smaller size, at least 1 pt', () => {
    expect(read([item('Release Manager', 40, 700), item('Jan 2020 – Present', 400, 698)])).toEqual([
      'Release Manager\tJan 2020 – Present',
    ]);
    expect(read([item('Release Manager', 40, 700), item('Jan 2020 – Present', 400, 699.2, 4)])).toEqual([
      'Release Manager\tJan 2020 – Present',
    ]);
    // A name in 20 pt and a contact line in 9 pt 3 pt lower are two rows (1.8 pt at most).
    expect(
      read([item('Marisol Quenneville', 40, 740, 20), item('marisol.q@example.com', 400, 737, 9)]),
    ).toEqual(['Marisol Quenneville', 'marisol.q@example.com']);
  });

  it('separates phrases from 1.2 em of the larger size apart', () => {
    expect(read([item('Go', 40, 700), item('Python', 62, 700)])).toEqual(['Go\tPython']);
    expect(read([item('Go', 40, 700), item('Python', 61, 700)])).toEqual(['Go Python']);
    // 12 pt and 9 pt, 12 pt apart: under 1.2 × 12.
    expect(read([item('Senior', 40, 700, 12), item('Manager', 88, 700, 9)])).toEqual(['Senior Manager']);
  });

  it('puts a space between items more than 0.15 em apart, none between pieces of a word', () => {
    expect(read([item('Mana', 40, 700), item('ger', 61.5, 700)])).toEqual(['Manager']);
    expect(read([item('Mana', 40, 700), item('ger', 61, 700)])).toEqual(['Manager']);
    expect(read([item('Mana', 40, 700), item('ger', 61.6, 700)])).toEqual(['Mana ger']);
  });

  it('trims a phrase and reads each run of blanks in it as one space', () => {
    expect(read([item(' Built the platform ', 40, 700), item('Ran  the   release', 40, 650)])).toEqual([
      'Built the platform',
      'Ran the release',
    ]);
  });

  it("keeps an author's hyphen at a line end that was drawn with its word, not as a glyph of its own", () => {
    const items = [
      item('Delivered predictable', 40, 700),
      item(' cloud-', 145, 700),
      item('native services for four product teams across three sites.', 40, 686),
    ];
    expect(read(items)).toEqual([
      'Delivered predictable cloud-native services for four product teams across three sites.',
    ]);
  });
});

describe('layoutPage: the end of a right-hand date put at the start of the next line', () => {
  it('joins it to the date, when it is the whole row under the line that opens at the same place', () => {
    expect(
      read([
        item('Pensions Administrator — Forth & Clyde', 56.7, 347.5),
        item('2015 –', 508.6, 347.5),
        item('2020', 56.7, 333.9),
        item('• Processed transfers', 58.8, 320.4),
      ]),
    ).toEqual(['Pensions Administrator — Forth & Clyde\t2015 – 2020', '• Processed transfers']);
  });

  it('leaves a row that holds more than the end, or starts elsewhere', () => {
    expect(
      read([
        item('Pensions Administrator — Forth & Clyde', 56.7, 347.5),
        item('2015 –', 508.6, 347.5),
        item('2020 and on', 80, 333.9),
      ]),
    ).toEqual(['Pensions Administrator — Forth & Clyde\t2015 –', '2020 and on']);
  });
});

describe('layoutPage: a list mark set smaller and raised beside its text', () => {
  it("puts TeX's small raised bullet on its text's row, the first of a list too", () => {
    expect(
      read([
        item('Jiro Systems, Inc.', 47, 665),
        item('•', 61.5, 652.1, 6),
        item('Own the invoice-reconciliation service', 70.8, 650.8),
        item('•', 61.5, 638.1, 6),
        item('Rebuilt the risk scoring pipeline', 70.8, 636.8),
      ]),
    ).toEqual([
      'Jiro Systems, Inc.',
      '• Own the invoice-reconciliation service',
      '• Rebuilt the risk scoring pipeline',
    ]);
  });

  it('keeps a mark of the size of its text on its own baseline, away from a wrapped date above it', () => {
    // A narrow date column wraps "Present" 3 pt above the bullet's row.
    expect(
      read([
        item('Present', 54, 574.3, 10.5),
        item('•', 157, 571.3, 10.5),
        item('Lead a team of four', 175, 571.3, 10.5),
      ]),
    ).toEqual(['Present', '•\tLead a team of four']);
  });

  it('takes a mark no more than 0.3 em off its text', () => {
    expect(read([item('•', 61.5, 653.9, 6), item('Own the service', 70.8, 650.8)])).toEqual([
      '•',
      'Own the service',
    ]);
  });
});

describe("layoutPage: a tab's dot leader", () => {
  it('cuts a phrase in two at four dots or more, and drops a leader that stands alone', () => {
    expect(
      read([
        item('Senior Business Analyst..........Feb 2020 – Present', 40, 700),
        item('Cisco Systems, San Jose, CA', 40, 686),
        item('Skills …… Jira', 40, 660),
        item('........', 40, 640),
        item('Wrote the specs...', 40, 620),
      ]),
    ).toEqual([
      'Senior Business Analyst\tFeb 2020 – Present',
      'Cisco Systems, San Jose, CA',
      'Skills\tJira',
      'Wrote the specs...',
    ]);
  });
});

describe('layoutPage: a date drawn flush against the text before it', () => {
  it('starts a phrase of its own after a word, a figure, a full stop, a comma or a bracket', () => {
    expect(read([item('Berlin 10115', 40, 700), item('Jan 2020 – Present', 100, 700)])).toEqual([
      'Berlin 10115 Jan 2020 – Present',
    ]);
    expect(read([item('Acme Corp.', 40, 700), item('Jan 2020 – Present', 90, 700)])).toEqual([
      'Acme Corp. Jan 2020 – Present',
    ]);
  });

  it('stays against an opening bracket, and a date later in the item starts nothing', () => {
    expect(read([item('Release Manager (', 40, 700), item('Jun 2022 – Present)', 125, 700)])).toEqual([
      'Release Manager (Jun 2022 – Present)',
    ]);
    // Small capitals: the rest of the word is drawn flush, and the year in it is not at its start.
    expect(read([item('E', 40, 700, 12), item('XPERIENCE 2015', 46, 700, 9)])).toEqual(['EXPERIENCE 2015']);
  });
});

describe('layoutPage: when rows form two columns', () => {
  const left = [
    'Ran the release train.',
    'Kept the change calendar.',
    'Chaired the postmortems.',
    'Wrote the runbooks.',
  ];
  const right = [
    'Planned the quarter.',
    'Tracked the risks.',
    'Reported to the board.',
    'Hired two engineers.',
    'Cut the cloud bill.',
    'Set up on-call.',
  ];
  const column = (texts: string[], x: number, top: number) => texts.map((t, i) => item(t, x, top - i * 14));
  /** Written row by row; the right column's baselines 6 pt above the left's, except on the rows `shared`. */
  const interleaved = (l: string[], r: string[], shared: number[] = []) =>
    Array.from({ length: Math.max(l.length, r.length) }, (_, i) => [
      ...(l[i] ? [item(l[i]!, 40, 700 - i * 14)] : []),
      ...(r[i] ? [item(r[i]!, 400, (shared.includes(i) ? 700 : 706) - i * 14)] : []),
    ]).flat();

  it('reads three rows a side written column by column as two columns', () => {
    expect(read([...column(left.slice(0, 3), 40, 700), ...column(right.slice(0, 3), 400, 706)])).toEqual([
      ...left.slice(0, 3),
      ...right.slice(0, 3),
    ]);
  });

  it('allows three switches between the sides in the stream, not four', () => {
    const [l0, l1, l2] = column(left.slice(0, 3), 40, 700);
    const [r0, r1, r2] = column(right.slice(0, 3), 400, 706);
    expect(read([l0!, l1!, r0!, r1!, l2!, r2!])).toEqual([...left.slice(0, 3), ...right.slice(0, 3)]);
    expect(read([l0!, r0!, l1!, r1!, l2!, r2!])).toEqual([
      right[0],
      left[0],
      right[1],
      left[1],
      right[2],
      left[2],
    ]);
  });

  it('reads sides written row by row as columns when each has four rows, most of them its own', () => {
    expect(read(interleaved(left, right.slice(0, 4), [0]))).toEqual([...left, ...right.slice(0, 4)]);
  });

  it('reads sides written row by row in one column when one has only three rows', () => {
    expect(read(interleaved(left.slice(0, 3), right.slice(0, 4)))).toEqual([
      right[0],
      left[0],
      right[1],
      left[1],
      right[2],
      left[2],
      right[3],
    ]);
    expect(read(interleaved(left, right.slice(0, 3)))).toEqual([
      right[0],
      left[0],
      right[1],
      left[1],
      right[2],
      left[2],
      left[3],
    ]);
  });

  it('reads rows in one column when half the shorter side shares its baselines with the other (a table)', () => {
    expect(read(interleaved(left, right.slice(0, 4), [0, 1]))).toEqual([
      `${left[0]}\t${right[0]}`,
      `${left[1]}\t${right[1]}`,
      right[2],
      left[2],
      right[3],
      left[3],
    ]);
    // Two shared rows of four on the left, six on the right: still half the shorter side.
    expect(read(interleaved(left, right, [0, 1]))).toEqual([
      `${left[0]}\t${right[0]}`,
      `${left[1]}\t${right[1]}`,
      right[2],
      left[2],
      right[3],
      left[3],
      right[4],
      right[5],
    ]);
  });

  it("reads a table's date column beside taller entries row by row, however few the switches in the stream", () => {
    // A Word table saved as PDF: each entry's date cell, then its title and bullet, two entries.
    const entries = (dates: [string, string]) => [
      item('Experience', 40, 730, 12),
      item(dates[0], 40, 700),
      item('BI Developer, Tierra Insurance', 180, 700),
      item('• Built the pipelines.', 196, 686),
      item(dates[1], 40, 658),
      item('Junior Developer, Cobalt Web Studio', 180, 658),
      item('• Built the web shop.', 196, 644),
    ];
    expect(read(entries(['Sep 2015 – Jan 2019', 'Jul 2014 – Aug 2015']))).toEqual([
      'Experience',
      'Sep 2015 – Jan 2019\tBI Developer, Tierra Insurance',
      '• Built the pipelines.',
      'Jul 2014 – Aug 2015\tJunior Developer, Cobalt Web Studio',
      '• Built the web shop.',
    ]);
    // A side of text, not dates, written the same way is a column of its own.
    expect(read(entries(['Data platforms', 'Web shops']))).toEqual([
      'Experience',
      'Data platforms',
      'Web shops',
      'BI Developer, Tierra Insurance',
      '• Built the pipelines.',
      'Junior Developer, Cobalt Web Studio',
      '• Built the web shop.',
    ]);
  });

  it('needs four rows under a gutter for a band: three rows of a table written column by column stay rows', () => {
    const items = [
      item('Release Manager, Bramblecote Software Ltd, Leeds, United Kingdom', 40, 730, 12),
      ...column(
        left.slice(0, 3).map((t) => `• ${t}`),
        40,
        700,
      ),
      ...column(right.slice(0, 3), 400, 700),
    ];
    expect(read(items)).toEqual([
      'Release Manager, Bramblecote Software Ltd, Leeds, United Kingdom',
      `• ${left[0]}\t${right[0]}`,
      `• ${left[1]}\t${right[1]}`,
      `• ${left[2]}\t${right[2]}`,
    ]);
  });
});

describe('layoutPage: a headed section under one side of a band', () => {
  const NOTE = 'Available from May 2027';
  const SUMMARY = 'Operations lead moving into delivery management.';

  it('reads the heading under a contact block on the right after the block, the headings of the block in it', () => {
    const items = contactBlock({
      nameX: 40,
      contactX: 420,
      heading: 'CONTACT',
      note: NOTE,
      summary: SUMMARY,
    });
    expect(read(items)).toEqual([
      'Ilse Varga-Holm',
      'IT Operations Lead',
      'Available from May 2027',
      'CONTACT ilse.varga@example.com +31 6 5550 1872',
      'Rotterdam, Netherlands linkedin.com/in/ilse',
      'SUMMARY',
      'Operations lead moving into delivery management.',
    ]);
  });

  it('reads the heading under a name column on the right after the contact block on the left', () => {
    const items = contactBlock({ nameX: 300, contactX: 40, note: NOTE, summary: SUMMARY });
    expect(read(items)).toEqual([
      'ilse.varga@example.com +31 6 5550 1872',
      'Rotterdam, Netherlands linkedin.com/in/ilse',
      'Ilse Varga-Holm',
      'IT Operations Lead',
      'Available from May 2027',
      'SUMMARY',
      'Operations lead moving into delivery management.',
    ]);
  });
});

describe('layoutPage: section labels in a left column', () => {
  /** Two labels that name sections, and a third label (or not) beside a line of skills. */
  const labelled = (third: string) => [
    item('Ada Ruiz', 40, 760, 18),
    item('CAREER HISTORY', 40, 700, 8),
    item('Release Manager · Bramblecote Software, Cork', 200, 700),
    item('● Ran the fortnightly release train for nine teams.', 200, 686),
    item('CERTIFICATIONS', 40, 656, 8),
    item('Certified ScrumMaster, Scrum Alliance (2018)', 200, 656),
    item(third, 40, 626, 8),
    item('Jira, Confluence and SQL', 200, 626),
  ];
  const lifted = (third: string) => [
    'Ada Ruiz',
    'CAREER HISTORY',
    'Release Manager · Bramblecote Software, Cork',
    '● Ran the fortnightly release train for nine teams.',
    'CERTIFICATIONS',
    'Certified ScrumMaster, Scrum Alliance (2018)',
    third,
    'Jira, Confluence and SQL',
  ];
  /** Read as a two-column band: the labels' column first, their content after. */
  const leftAlone = (third: string) => [
    'Ada Ruiz',
    'CAREER HISTORY',
    'CERTIFICATIONS',
    'Release Manager · Bramblecote Software, Cork',
    '● Ran the fortnightly release train for nine teams.',
    'Certified ScrumMaster, Scrum Alliance (2018)',
    `${third}\tJira, Confluence and SQL`,
  ];

  it('lifts a label of up to 32 characters and four words of letters, "&", "/", "," and "-"', () => {
    for (const third of ['CONFERENCES, TALKS AND WORKSHOPS', 'TOOLS & METHODS/ENV', 'NON-PROFIT WORK'])
      expect(read(labelled(third))).toEqual(lifted(third));
  });

  it('lifts no label when one row of the column is no label: too long, five words, a figure, a bracket', () => {
    for (const third of ['CONFERENCES, TALKS, AND WORKSHOPS', 'TOOLS AND METHODS I USE'])
      expect(read(labelled(third))).toEqual(leftAlone(third));
    for (const third of ['3 TOOLS', 'TOOLS (CORE)', '- TOOLS', 'TOOLS 2024'])
      expect(read(labelled(third))).toEqual([
        'Ada Ruiz',
        'CAREER HISTORY\tRelease Manager · Bramblecote Software, Cork',
        '● Ran the fortnightly release train for nine teams.',
        'CERTIFICATIONS\tCertified ScrumMaster, Scrum Alliance (2018)',
        `${third}\tJira, Confluence and SQL`,
      ]);
  });

  it('lifts two labels that name sections, not one, nor labels without content rows of their own', () => {
    const items = (second: string) => [
      item('Ada Ruiz', 40, 760, 18),
      item('CAREER HISTORY', 40, 700, 8.6),
      item('Release Manager · Bramblecote Software, Cork', 150, 700),
      item('● Ran the fortnightly release train for nine teams.', 150, 686),
      item(second, 40, 656, 8.6),
      item('Certified ScrumMaster, Scrum Alliance (2018)', 150, 656),
      item('ITIL 4 Foundation, AXELOS (2019)', 150, 642),
    ];
    expect(read(items('CERTIFICATIONS'))).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY',
      'Release Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'CERTIFICATIONS',
      'Certified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
    ]);
    expect(read(items('CORK OFFICE'))).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY',
      'CORK OFFICE',
      'Release Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'Certified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
    ]);
    // A two-row table of labels and values: every row is a label's, none is content alone.
    expect(
      read([
        item('Skills', 40, 700),
        item('Jira, Confluence, SQL', 150, 700),
        item('Languages', 40, 686),
        item('English, Spanish', 150, 686),
      ]),
    ).toEqual(['Skills\tJira, Confluence, SQL', 'Languages\tEnglish, Spanish']);
  });

  it('lifts nothing when a label stands alone away from a label above it, or a row runs across the label column', () => {
    const base = [
      item('Ada Ruiz', 40, 760, 18),
      item('CAREER HISTORY', 40, 700, 8.6),
      item('Release Manager · Bramblecote Software, Cork', 150, 700),
      item('● Ran the fortnightly release train for nine teams.', 150, 686),
      item('CERTIFICATIONS', 40, 656, 8.6),
      item('Certified ScrumMaster, Scrum Alliance (2018)', 150, 656),
      item('ITIL 4 Foundation, AXELOS (2019)', 150, 642),
    ];
    expect(read([...base, item('SKILLS', 40, 620, 8.6), item('Jira, Confluence, SQL', 150, 600)])).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY\tRelease Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'CERTIFICATIONS\tCertified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
      'SKILLS',
      'Jira, Confluence, SQL',
    ]);
    expect(read([...base, item('References available on request.', 40, 610)])).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY',
      'CERTIFICATIONS',
      'Release Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'Certified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
      'References available on request.',
    ]);
  });

  it('joins a wrapped part of a label alone on its row to the label, leaving no empty line', () => {
    const items = [
      item('Ada Ruiz', 40, 760, 18),
      item('CAREER HISTORY', 40, 700, 8.6),
      item('Release Manager · Bramblecote Software, Cork', 150, 700),
      item('● Ran the fortnightly release train for nine teams.', 150, 686),
      item('LICENSES &', 40, 656, 8.6),
      item('Certified ScrumMaster, Scrum Alliance (2018)', 150, 656),
      item('CERTIFICATIONS', 40, 645, 8.6),
      item('ITIL 4 Foundation, AXELOS (2019)', 150, 630),
    ];
    expect(read(items)).toEqual([
      'Ada Ruiz',
      'CAREER HISTORY',
      'Release Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'LICENSES & CERTIFICATIONS',
      'Certified ScrumMaster, Scrum Alliance (2018)',
      'ITIL 4 Foundation, AXELOS (2019)',
    ]);
  });

  it('starts a new label under a whole one when its row has content, and mends a word the column cut', () => {
    // One-line sections 16 pt apart, closer than two label sizes; "CERTIFICATIO" / "NS" cut mid-word.
    const items = [
      item('Ada Ruiz', 40, 760, 18),
      item('EXPERIENCE', 40, 700, 10),
      item('Release Manager · Bramblecote Software, Cork', 150, 700),
      item('● Ran the fortnightly release train for nine teams.', 150, 686),
      item('EDUCATION', 40, 660, 10),
      item('BSc Computer Science, University College Cork, 2012', 150, 660),
      item('CERTIFICATIO', 40, 644, 10),
      item('PMP, 2018', 150, 644),
      item('NS', 40, 631, 10),
      item('SKILLS', 40, 617, 10),
      item('Jira, Confluence, SQL', 150, 617),
    ];
    expect(read(items)).toEqual([
      'Ada Ruiz',
      'EXPERIENCE',
      'Release Manager · Bramblecote Software, Cork',
      '● Ran the fortnightly release train for nine teams.',
      'EDUCATION',
      'BSc Computer Science, University College Cork, 2012',
      'CERTIFICATIONS',
      'PMP, 2018',
      'SKILLS',
      'Jira, Confluence, SQL',
    ]);
  });
});

describe("layoutPage: an entry's side cells", () => {
  const bullets = [
    '• Built the payments platform that served two million requests',
    '• Hired and led a team of eight engineers across two sites',
    '• Cut the monthly cloud bill by a third',
    '• Ran the fortnightly release train',
  ];
  const entry = (cells: string[], align: 'right' | 'left' = 'right') => [
    item('Acme Corp, Release Manager', 56, 700),
    ...bullets.map((b, k) => item(b, 60, 687 - 13 * k)),
    ...cells.map((c, k) =>
      align === 'right' ? item(c, 556 - c.length * 5, 700 - 13 * k) : item(c, 420, 700 - 13 * k),
    ),
  ];

  it('lifts up to four cells, right- or left-aligned, not five', () => {
    const four = ['Berlin, Germany', 'Jan 2020 – Present', '5 years 6 months', 'Full-time'];
    expect(read(entry(four))).toEqual([`Acme Corp, Release Manager\t${four.join('\t')}`, ...bullets]);
    expect(read(entry(four.slice(0, 3), 'left'))).toEqual([
      `Acme Corp, Release Manager\t${four.slice(0, 3).join('\t')}`,
      ...bullets,
    ]);
    const five = [...four, 'Hybrid'];
    expect(read(entry(five))).toEqual(['Acme Corp, Release Manager', ...bullets, ...five]);
  });

  it('lifts cells of up to 40 characters', () => {
    const place = 'Berlin-Mitte, Brandenburg, Germany (EU)';
    expect(place.length).toBe(39);
    expect(read(entry([`${place}.`, 'Jan 2020 – Present']))).toEqual([
      `Acme Corp, Release Manager\t${place}.\tJan 2020 – Present`,
      ...bullets,
    ]);
    expect(read(entry([`${place}..`, 'Jan 2020 – Present']))).toEqual([
      `Acme Corp, Release Manager\t${place}..`,
      `${bullets[0]}\tJan 2020 – Present`,
      ...bullets.slice(1),
    ]);
  });
});

describe('layoutPage: a paragraph with a run of spaces typed in it', () => {
  const before = 'Plan, organise and oversee telecommunications and IT services for clients.';
  const text = 'Knowledgeable on Oracle grid and RMAN recovery';
  const after = 'Ran the nightly backups of the billing databases for the finance team.';
  const duties = 'VA Duties include: patrols, access control and incident reports.';
  /** A row of two phrases, the second ending at the column's edge, and the row below. */
  const page = (
    last: string,
    next: string,
    o: {
      nextX?: number;
      nextSize?: number;
      firstSize?: number;
      lastX?: number;
      gap?: number;
      first?: boolean;
    } = {},
  ) => [
    ...(o.first ? [] : [item(before, 40, 714)]),
    item(text, 40, 700, o.firstSize ?? 10),
    item(last, o.lastX ?? 290, 700),
    item(next, o.nextX ?? 40, 700 - (o.gap ?? 14), o.nextSize ?? 10),
    item(after, 40, 700 - (o.gap ?? 14) - 14),
  ];
  const joined = (last: string, next: string) => [before, `${text} ${last} ${next}`, after];
  const kept = (last: string, next: string) => [before, `${text}\t${last}`, next, after];

  it('joins the row below to a row of typed phrases, the first row of the column too', () => {
    const last = 'G4S Security Officer, Reston,';
    expect(read(page(last, duties))).toEqual(joined(last, duties));
    expect(read(page(last, duties, { first: true }))).toEqual(joined(last, duties).slice(1));
    // A full stop inside the phrase ends no sentence.
    expect(read(page('Scrum.org trainer, Reston,', duties))).toEqual(
      joined('Scrum.org trainer, Reston,', duties),
    );
    // Half a point of difference in size is still one size.
    expect(read(page(last, duties, { nextSize: 10.5 }))).toEqual(joined(last, duties));
  });

  it('keeps the phrases when the row below starts elsewhere, is of another size or is a paragraph away', () => {
    const last = 'G4S Security Officer, Reston,';
    expect(read(page(last, duties, { nextX: 42 }))).toEqual(kept(last, duties));
    expect(read(page(last, duties, { nextSize: 10.6 }))).toEqual(kept(last, duties));
    // Phrases of two sizes are no typed run (under 3 em apart here too).
    expect(read(page(last, duties, { firstSize: 9.4, lastX: 270 }))).toEqual(kept(last, duties));
    expect(read(page(last, duties, { gap: 30 }))).toEqual(kept(last, duties));
  });

  it('keeps them when the row ends with a capitalised word or names a range', () => {
    // The row below then goes on from the first phrase, as a title's wrapped line beside its dates
    // would (docs/testing.md, `layout.ts`): only the last phrase's cell is asserted here.
    const lastCell = (lines: string[]) => lines[1]?.split('\t');
    for (const last of ['G4S Security Officer, Reston', 'G4S Security officer, Reston']) {
      const lines = read(page(last, duties));
      expect([lines.length, lastCell(lines)?.length, lastCell(lines)?.[1]]).toEqual([3, 2, last]);
    }
    const range = 'since Jan 2020,';
    const onCall = 'coordinating the on-call rota for the payments team across three sites.';
    const lines = read(page(range, onCall));
    expect([lines.length, lastCell(lines)?.length, lastCell(lines)?.[1]]).toEqual([3, 2, range]);
  });

  it("keeps an author's hyphen at the end of a typed run, and drops one drawn as a glyph of its own", () => {
    const last = 'G4S Security Officer for cloud-';
    const next = 'native sites: patrols, access control and incident reports.';
    expect(read(page(last, next))).toEqual([before, `${text} ${last}${next}`, after]);
    const broken = 'G4S Security Officers for mod';
    const items = page(broken, 'elling sites: patrols, access control and incident reports.');
    items.splice(3, 0, item('-', 290 + broken.length * 5, 700));
    expect(read(items)).toEqual([
      before,
      `${text} ${broken}elling sites: patrols, access control and incident reports.`,
      after,
    ]);
  });
});

describe('layoutPage: the end of a range a narrow date column wrapped', () => {
  // resume-matcher's LaTeX template: dates right-aligned at x = 138 in 10.9 pt, the entry beside them.
  const date = (str: string, y: number) => item(str, 138 - str.length * 5.45, y, 10.9);
  const title = 'Product Manager, Google, Mountain View, CA, USA';
  const text = 'Leading cross-functional teams to design, develop and launch products.';
  const next = [
    'July 2015 – May 2020\tFull Stack Developer, Uber, San Francisco, USA',
    'Developed and maintained scalable web applications using the MERN stack.',
  ];
  const page = (end: TextItem, o: { textY?: number; besideX?: number; withText?: boolean } = {}) => [
    item('Experience', o.besideX ?? 146, 490, 14.3),
    date('2017 –', 470),
    end,
    item(title, o.besideX ?? 146, 470, 10.9),
    ...(o.withText === false ? [] : [item(text, o.besideX ?? 146, o.textY ?? 456.5)]),
    date('July 2015 –', 417),
    date('May 2020', 403.5),
    item('Full Stack Developer, Uber, San Francisco, USA', o.besideX ?? 146, 417, 10.9),
    item(next[1]!, o.besideX ?? 146, 403.5),
  ];

  it('puts the end back on its range, and leaves no line where the end stood alone', () => {
    expect(read(page(date('Present', 456.5), { withText: false }))).toEqual([
      'Experience',
      `2017 – Present\t${title}`,
      ...next,
    ]);
  });

  it('takes only an end under the range, not one left or right of it, nor one running under the text beside it', () => {
    expect(read(page(item('Present', 60, 456.5, 10.9)))).toEqual([
      'Experience',
      `2017 –\t${title}`,
      `Present\t${text}`,
      ...next,
    ]);
    expect(read(page(item('Present', 140, 456.5, 10.9), { besideX: 200 }))).toEqual([
      'Experience',
      `2017 –\t${title}`,
      `Present\t${text}`,
      ...next,
    ]);
    expect(read(page(item('Present', 112, 456.5, 10.9), { withText: false }))).toEqual([
      'Experience',
      `2017 –\t${title}`,
      'Present',
      ...next,
    ]);
  });

  it('puts back the year of a date the column wrapped inside its end ("Sep 2015 – Jan" / "2019")', () => {
    expect(
      read(
        page(date('2019', 456.5), { withText: false }).map((it) =>
          it.str === '2017 –' ? date('Sep 2015 – Jan', 470) : it,
        ),
      ),
    ).toEqual(['Experience', `Sep 2015 – Jan 2019\t${title}`, ...next]);
  });

  it("gathers a date wrapped over three rows of a Word table's narrow cell, past the bullets between them", () => {
    // "Sep" / "2020 –" / "Present" in a left cell, each 12 pt below the last; bullets 2 pt under each.
    const entry = (first: string, rest: string[], where: 'left' | 'right') => {
      const x = (s: string) => (where === 'left' ? 54 : 550 - s.length * 5);
      const titleX = where === 'left' ? 140 : 54;
      return [
        item('Experience', 54, 700, 12),
        item(first, x(first), 660),
        item('QA Lead — Shopify, Toronto, ON', titleX, 660),
        ...rest.flatMap((r, k) => [
          item(r, x(r), 648 - k * 12),
          item(`• Bullet ${k + 1} of the job.`, titleX + 5, 646 - k * 12),
        ]),
      ];
    };
    expect(read(entry('Sep', ['2020 –', 'Present'], 'left'))).toEqual([
      'Experience',
      'Sep 2020 – Present\tQA Lead — Shopify, Toronto, ON',
      '• Bullet 1 of the job.',
      '• Bullet 2 of the job.',
    ]);
    // In a right cell, and cut inside a month's name.
    expect(read(entry('Septembe', ['r 2020 –', 'Present'], 'right'))).toEqual([
      'Experience',
      'QA Lead — Shopify, Toronto, ON\tSeptember 2020 – Present',
      '• Bullet 1 of the job.',
      '• Bullet 2 of the job.',
    ]);
    // A date that is whole takes nothing from the rows below.
    expect(read(entry('2019 – 2021', ['2018'], 'left'))).toEqual([
      'Experience',
      '2019 – 2021\tQA Lead — Shopify, Toronto, ON',
      '2018\t• Bullet 1 of the job.',
    ]);
  });

  it('takes an end up to 1.7 times the larger size below the range', () => {
    // 10 pt against the range's 10.9 pt: 18 pt below is within 1.7 × 10.9, 19 pt is not.
    expect(read(page(item('Present', 103, 452, 10), { textY: 452 }))).toEqual([
      'Experience',
      `2017 – Present\t${title}`,
      text,
      ...next,
    ]);
    expect(read(page(item('Present', 103, 451, 10), { textY: 451 }))).toEqual([
      'Experience',
      `2017 –\t${title}`,
      `Present\t${text}`,
      ...next,
    ]);
  });
});

describe('layoutPage: wrapped lines', () => {
  const lay = (items: TextItem[]) => layoutPage({ width: 612, height: 792, items });
  const a = 'Coordinated four delivery teams across two sites and three';
  const b = 'time zones, from the planning to the release.';

  it('joins a row starting where the line above starts, of a size up to half a point larger', () => {
    expect(lay([item(a, 40, 700), item(b, 40, 687, 10.5)])).toEqual([
      { text: `${a} ${b}`, column: 0, joins: [{ at: a.length, kind: 'space' }] },
    ]);
  });

  it('joins no row starting left of the line above (but a lowercase one after a full line), nor one 1.8 em below it', () => {
    const capital = 'Time zones, from the planning to the release.';
    expect(read([item(a, 52, 700), item(capital, 40, 687)])).toEqual([a, capital]);
    expect(read([item(a, 40, 700), item(b, 40, 682)])).toEqual([a, b]);
  });

  it("keeps a section's heading in the body's type apart from a full line above it, which other capitals continue", () => {
    // A text file printed to PDF: the headline filled the line, the heading follows one line below.
    for (const heading of ['Work Experience', 'EDUCATION', 'Technical Skills'])
      expect(read([item(a, 40, 700), item(heading, 40, 687)])).toEqual([a, heading]);
    // One word in Title Case may end a name or a phrase ("Interpersonal" / "Skills"): the line goes on.
    for (const more of ['Kalamazoo Medical Devices', 'Skills'])
      expect(read([item(a, 40, 700), item(more, 40, 687)])).toEqual([`${a} ${more}`]);
  });

  it("joins a lowercase row at the margin to an indented item's full line above it, as a text file prints it", () => {
    const bullet = '• Owning the product backlog for one Scrum team and shared';
    expect(read([item(bullet, 52, 713), item('backlog items with the data team', 40, 700)])).toEqual([
      `${bullet} backlog items with the data team`,
    ]);
    // A capital, or a line that stopped short of the edge, starts anew.
    expect(read([item(bullet, 52, 713), item('Senior Analyst, Acme', 40, 700)])).toEqual([
      bullet,
      'Senior Analyst, Acme',
    ]);
    const long = item('Quarterly roadmap with the product manager; present sprint reviews to all', 40, 726);
    expect(read([long, item(bullet, 52, 713), item('backlog items', 40, 700)])).toEqual([
      long.str,
      bullet,
      'backlog items',
    ]);
  });

  it('starts a line after one that ends on a heading run into it, even in lowercase', () => {
    const glued = 'Routing and Switching.- Experience - 24 monthsCompany Details';
    expect(read([item(glued, 40, 700), item('company - Karvy Innotech LTD.', 40, 687)])).toEqual([
      glued,
      'company - Karvy Innotech LTD.',
    ]);
    // Without the heading, the same lowercase row goes on.
    const plain = 'Routing and Switching.- Experience - 24 months with Karvy Innotech';
    expect(read([item(plain, 40, 700), item('company and its clients', 40, 687)])).toEqual([
      `${plain} company and its clients`,
    ]);
  });

  it('keeps a one-word heading apart from a full line above it where the column sets another heading in its type', () => {
    const rows = [
      'Project Manager, Chicago, IL',
      'Work Experience',
      a,
      'Education',
      'BFA, Xavier University',
    ];
    expect(read(rows.map((t, i) => item(t, 40, 700 - 13 * i)))).toEqual(rows);
  });

  it('marks no join where the next line opens with no lowercase letter', () => {
    const c = '(and cloud) migrations into deliveries.';
    expect(lay([item(a, 40, 700), item(c, 40, 687)])).toEqual([{ text: `${a} ${c}`, column: 0 }]);
  });

  it('joins a row under a title beside its dates only where it starts under the title', () => {
    const items = [
      item('Halcyon Freight Systems', 57, 600),
      item('Senior Technical Program', 57, 586),
      item('April 2021 – Present', 203, 586),
      item('Manager', 62, 572),
      item('➢ Coordinated the migration of forty services', 57, 558),
    ];
    expect(read(items)).toEqual([
      'Halcyon Freight Systems',
      'Senior Technical Program\tApril 2021 – Present',
      'Manager',
      '➢ Coordinated the migration of forty services',
    ]);
  });

  it('reads the line pitch of the column: a row a tenth further than the pitch still goes on, not one further', () => {
    const rows = [
      a,
      'time zones, from the planning to the release of every',
      'product, and reported the progress to the board every',
    ];
    const paragraph = rows.map((t, i) => item(t, 40, 700 - 12 * i));
    expect(read([...paragraph, item('month of the year.', 40, 663)])).toEqual([
      `${rows.join(' ')} month of the year.`,
    ]);
    expect(read([...paragraph, item('month of the year.', 40, 661)])).toEqual([
      rows.join(' '),
      'month of the year.',
    ]);
  });

  it('keeps apart a line near the edge from a capitalised next line whose first word would have fitted', () => {
    const lead = 'Led the migration of forty internal services to Kubernetes and Helm charts.';
    const line = 'Coordinated four delivery teams across two sites and all the time';
    expect(
      read([item(lead, 40, 720), item(line, 40, 706), item('Managed the vendor contracts.', 40, 692)]),
    ).toEqual([lead, line, 'Managed the vendor contracts.']);
    // In lowercase it goes on: the line ends near the edge.
    expect(
      read([item(lead, 40, 720), item(line, 40, 706), item('zones, and the vendors.', 40, 692)]),
    ).toEqual([lead, `${line} zones, and the vendors.`]);
  });

  it('rejoins a word broken by a hyphen glyph on a wrapped row, and keeps the author hyphen of the row after', () => {
    const first = 'Implemented a self-supervised framework for low-resource';
    const items = [
      item(first, 40, 700),
      item('language mod', 40, 686),
      item('-', 100, 686),
      item('eling and follow-', 40, 672),
      item('up reviews of every model.', 40, 658),
    ];
    expect(lay(items)).toEqual([
      {
        text: `${first} language modeling and follow-up reviews of every model.`,
        column: 0,
        joins: [
          { at: first.length, kind: 'space' },
          { at: first.length + 29, kind: 'hyphen' },
        ],
      },
    ]);
  });

  it('drops a soft hyphen at a line end, keeps a typographic one before a capital', () => {
    expect(
      read([
        item('Program manager who turns sprawling infrastr\u00AD', 40, 700),
        item('ucture migrations into predictable deliveries.', 40, 686),
      ]),
    ).toEqual(['Program manager who turns sprawling infrastructure migrations into predictable deliveries.']);
    expect(
      lay([
        item('Program manager who leads sprawling cross\u2010', 40, 700),
        item('Functional migrations into predictable deliveries.', 40, 686),
      ]),
    ).toEqual([
      {
        text: 'Program manager who leads sprawling cross\u2010Functional migrations into predictable deliveries.',
        column: 0,
        joins: [{ at: 41, kind: 'hyphen' }],
      },
    ]);
  });
});

describe('layoutPage: where a line may end', () => {
  const full =
    'Senior Technical Program Manager with ten years of delivery across platform teams, hiring and budgets.';
  const bullets = [
    'Ran the fortnightly release train for nine product teams and kept',
    'the change calendar for the depot systems up to date with every',
    'vendor and every team that depended on the platform of the depot',
  ];

  it('wraps lines that start where three long lines start against the furthest end of those, not the column edge', () => {
    // Bullets beside a date column end near x = 385; the page's widest line ends at x = 550.
    const items = (rows: string[]) => [
      item(full, 40, 720),
      ...rows.map((t, k) => item(t, 60, 700 - 14 * k)),
      item('weekly reviews.', 60, 700 - 14 * rows.length),
    ];
    expect(read(items(bullets))).toEqual([full, `${bullets.join(' ')} weekly reviews.`]);
    // Two such lines tell nothing: against the column's edge each next first word would have fitted.
    expect(read(items(bullets.slice(1)))).toEqual([full, ...bullets.slice(1), 'weekly reviews.']);
  });

  it("keeps a line of dates alone under an employer that stops well short of the column's edge", () => {
    // A job site's export: title, employer and dates stacked at the left, duties indented under them.
    // The employer lines are the widest that start there, so it is "their edge" the dates would wrap to.
    const entry = (y: number, dates: string) => [
      item('Release Coordinator', 40, y),
      item('Amberline Software - Gdansk', 40, y - 12),
      item(dates, 40, y - 24),
      item('Kept the release calendar and the list of open defects and chased owners each week', 55, y - 39),
    ];
    const items = [
      ...entry(700, 'January 2021 to Present'),
      ...entry(600, 'May 2017 to December 2020'),
      ...entry(500, 'Jun 2015 to Apr 2017'),
    ];
    expect(read(items).filter((l) => /20\d\d/.test(l))).toEqual([
      'January 2021 to Present',
      'May 2017 to December 2020',
      'Jun 2015 to Apr 2017',
    ]);
    // Dates a long header pushed to the next line are still its end.
    const long = `${full.slice(0, -1)},`;
    expect(read([item(full, 40, 720), item(long, 40, 700), item('Apr 2020 – Present', 40, 686)]).at(-1)).toBe(
      `${long} Apr 2020 – Present`,
    );
  });
});

describe('layoutPage: a row opening with a dash', () => {
  it('starts a new item after a dash item, and after a line ending in a comma', () => {
    const first = '- Led quarterly planning with product and finance teams across all of the three';
    expect(
      read([item(first, 40, 700), item('- Ran release reviews for the payments teams', 40, 686)]),
    ).toEqual([first, '- Ran release reviews for the payments teams']);
    const comma = 'Delivered the regional billing platform for four business units, three time zones,';
    expect(
      read([item(comma, 40, 700), item('- Led quarterly planning with product and finance', 40, 686)]),
    ).toEqual([comma, '- Led quarterly planning with product and finance']);
  });

  it('goes on from the line above when the row below is a list item of its own, indented elsewhere', () => {
    const degree =
      'Bachelor degree in Information Technology in Cybersecurity Management, Strayer University';
    expect(
      read([
        item(degree, 40, 700),
        item('- Alexandria, VA August 2016 to 2021', 40, 686),
        item("• Dean's list for six terms", 50, 672),
      ]),
    ).toEqual([`${degree} - Alexandria, VA August 2016 to 2021`, "• Dean's list for six terms"]);
  });

  it('goes on from an item of another mark above it, unless indented under it as a sub-item', () => {
    const item1 = '• Tabletop exercises with IT leaders, Help Desk, Canyon State Credit Union';
    const place = '- Phoenix, AZ June 2016 to May 2018';
    expect(read([item(item1, 40, 700), item(place, 40, 686)])).toEqual([`${item1} ${place}`]);
    expect(read([item(item1, 40, 700), item(place, 52, 686)])).toEqual([item1, place]);
  });
});

describe('layoutPage: short rows of a certifications list', () => {
  const list = (texts: string[], heading?: string) =>
    layoutPage({ width: 612, height: 792, items: certificationRows(texts, heading) })
      .map((l) => l.text)
      .slice(3, -1);

  it('closes a name at an acronym or a bracket, and leaves it open after a joining word', () => {
    expect(
      list([
        'Scrum Alliance CSM',
        'Product Owner',
        'Scrum.org (PSM)',
        'Advanced Coach',
        'Certificate of',
        'Completion',
        'Google Ads and',
        'Analytics Basics',
      ]),
    ).toEqual([
      'Scrum Alliance CSM',
      'Product Owner',
      'Scrum.org (PSM)',
      'Advanced Coach',
      'Certificate of Completion',
      'Google Ads and Analytics Basics',
    ]);
  });

  it('reads a short row ending in a colon as a label under any other heading', () => {
    expect(list(['HashiCorp Certified:', 'Terraform Associate'], 'Top Skills')).toEqual([
      'HashiCorp Certified:',
      'Terraform Associate',
    ]);
  });
});

describe("layoutPage: a sidebar beside a main column that opens with the name (LinkedIn's PDF)", () => {
  const page = (o: { nameSize?: number; nameY?: number; first?: string } = {}) => {
    const y = o.nameY ?? 736;
    return [
      item(o.first ?? 'Contact', 30, 740, 11),
      item('Marisol Quenneville', 200, y, o.nameSize ?? 24),
      item('marisol.q@example.com', 30, 724, 9),
      item('Top Skills', 30, 700, 11),
      item('Technical Program Manager', 200, y - 26, 11),
      item('Kubernetes', 30, 686, 9),
      item('Denver, CO', 200, y - 42, 10),
      item('Risk management', 30, 673, 9),
      item('Summary', 200, 668, 14),
      item('Program manager who turns infrastructure migrations into deliveries.', 200, 650, 10),
    ];
  };
  const sidebar = ['marisol.q@example.com', 'Top Skills', 'Kubernetes', 'Risk management'];
  const main = ['Marisol Quenneville', 'Technical Program Manager', 'Denver, CO'];
  const summary = ['Summary', 'Program manager who turns infrastructure migrations into deliveries.'];

  it('reads the main column first when the name is 1.5 times the largest other type and level with the heading', () => {
    expect(read(page())).toEqual([...main, 'Contact', ...sidebar, ...summary]);
  });

  it('reads the sidebar first when the name is smaller, set lower, or the sidebar opens with no heading', () => {
    expect(read(page({ nameSize: 16 }))).toEqual(['Contact', ...sidebar, ...main, ...summary]);
    expect(read(page({ first: 'Marisol Q' }))).toEqual(['Marisol Q', ...sidebar, ...main, ...summary]);
    expect(read(page({ nameY: 710 }))).toEqual([
      'Contact',
      ...sidebar,
      ...main.slice(0, 2),
      `${main[2]}\t${summary[0]}`,
      summary[1],
    ]);
  });
});

describe('continueAcross: a paragraph broken by the foot of a column', () => {
  const line = (text: string, column: 0 | 1 | 2 = 1) => ({ text, column });

  it('goes on from a lone lowercase word, and from a line with a full stop before its end', () => {
    expect(continueAcross(line('and'), line('for stock rollout.', 2))).toEqual({
      text: 'and for stock rollout.',
      column: 1,
      joins: [{ at: 3, kind: 'space' }],
    });
    expect(continueAcross(line('e.g. meeting deadlines'), line('for stock rollout.', 2))?.text).toBe(
      'e.g. meeting deadlines for stock rollout.',
    );
  });

  it('never goes on into an email or web address, which opens a contact block', () => {
    for (const contact of [
      'ilse.varga@example.com +31 6 5550 1872',
      'linkedin.com/in/ilse',
      'github.io',
      'www.example.org',
      'https://ilse.dev',
    ])
      expect(continueAcross(line('Open to relocation'), line(contact, 2))).toBeUndefined();
    // A word with a full stop inside that is no address still goes on.
    expect(continueAcross(line('Open to relocation'), line('e.g. within the EU', 2))?.text).toBe(
      'Open to relocation e.g. within the EU',
    );
    expect(continueAcross(line('built the billing services in'), line('asp.net core and C#.', 2))?.text).toBe(
      'built the billing services in asp.net core and C#.',
    );
  });

  it('moves the joins of the line after by what comes before it, and marks none where there are none', () => {
    expect(
      continueAcross(line('Devel-'), {
        text: 'oping cross-functional plans',
        column: 2,
        joins: [{ at: 11, kind: 'hyphen' }],
      }),
    ).toEqual({
      text: 'Devel-oping cross-functional plans',
      column: 1,
      joins: [
        { at: 5, kind: 'hyphen' },
        { at: 17, kind: 'hyphen' },
      ],
    });
    expect(continueAcross(line('kept the change calendar,'), line('the cut-over plans', 2))).toEqual({
      text: 'kept the change calendar, the cut-over plans',
      column: 1,
    });
  });
});

describe('layoutPage: a justified line spread wider than word gaps', () => {
  /** Words set `gaps` apart, and a line above that ends where they end (the column's edge). */
  const row = (words: string[], gaps: number[]) => {
    let x = 40;
    const items = words.map((w, i) => {
      const it = item(w, x, 700);
      x += it.width + (gaps[i] ?? 0);
      return it;
    });
    const x1 = Math.max(...items.map((i) => i.x + i.width));
    const line = 'Program manager who turns sprawling infrastructure migrations';
    return [{ str: line, x: 40, y: 720, width: x1 - 40, height: 10 }, ...items];
  };
  const line = 'Program manager who turns sprawling infrastructure migrations';

  it('joins single words at the edge whose gaps differ by a twentieth of the widest at most', () => {
    const words = ['Introduced', 'a', 'lightweight', 'risk', 'register', 'for'];
    expect(read(row(words, [25, 26.25, 25, 26.25, 25]))).toEqual([line, words.join(' ')]);
    expect(read(row(words, [25, 26.5, 25, 26.5, 25]))).toEqual([line, words.join('\t')]);
  });

  it('keeps apart words 4 em apart or more, unequally spread, or only two of them, at the edge', () => {
    const chips = ['Jira', 'Confluence', 'SQL'];
    expect(read(row(chips, [39, 39]))).toEqual([line, chips.join(' ')]);
    expect(read(row(chips, [45, 45]))).toEqual([line, chips.join('\t')]);
    expect(read(row(chips, [30, 36]))).toEqual([line, chips.join('\t')]);
    expect(read(row(['Kubernetes', 'Terraform'], [30]))).toEqual([line, 'Kubernetes\tTerraform']);
  });
});

describe('layoutPage: the column of a page', () => {
  it('looks for a gutter only between 15% and 85% of the width of the text: a narrow year column is no column', () => {
    const years = ['2024', '2023', '2021', '2019'];
    const lines = [
      'Release Manager at Bramblecote Software in Leeds, ran the train.',
      'Scrum Master at Orrin Bank in Cork, facilitated two teams.',
      'Developer at Tillandsia Labs in Berlin, built the billing.',
      'Intern at Siemens in Munich, wrote the test tooling.',
    ];
    const items = lines.flatMap((t, i) => [item(years[i]!, 40, 706 - i * 14), item(t, 90, 700 - i * 14)]);
    expect(read(items)).toEqual(lines.flatMap((t, i) => [years[i], t]));
  });

  it('learns where the column ends only from lines of 20 characters or more', () => {
    // A list of short rows tells nothing of the column's edge: no row wraps.
    expect(
      read([item('Skills', 40, 720, 12), item('Jira and Confluence', 40, 700), item('plus SQL', 40, 686)]),
    ).toEqual(['Skills', 'Jira and Confluence', 'plus SQL']);
    expect(
      read([item('Skills', 40, 720, 12), item('Jira and Confluence,', 40, 700), item('plus SQL', 40, 686)]),
    ).toEqual(['Skills', 'Jira and Confluence, plus SQL']);
  });

  it('reads items as spaced apart when most rows are, and joins the wrapped short names among them', () => {
    // 9.5 pt: wrapped names 13.3 pt apart, items 19 pt apart, more items than wraps.
    const at = (t: string, y: number) => item(t, 440, y, 9.5);
    const items = [
      at('Project Management', 400),
      at('Professional (PMP)', 386.7),
      at('Certified ScrumMaster', 367.7),
      at('ITIL 4 Foundation', 348.7),
      at('SAFe Agilist', 329.7),
      at('Lean Practitioner', 310.7),
      at('Epic Cadence', 291.7),
      at('Certification', 278.4),
    ];
    expect(read(items)).toEqual([
      'Project Management Professional (PMP)',
      'Certified ScrumMaster',
      'ITIL 4 Foundation',
      'SAFe Agilist',
      'Lean Practitioner',
      'Epic Cadence Certification',
    ]);
  });
});

describe('sideColumnTail: a sidebar written after the main column it sits beside', () => {
  const at = (column: 0 | 1 | 2, ...texts: string[]): LaidOutLine[] =>
    texts.map((text) => ({ text, column }));
  const main = at(
    2,
    'Amara Okafor',
    'Experience',
    'Delivery Manager, Paystream, March 2023 - Present',
    'Ran go/no-go for 22 releases and kept the risk log for the card issuing programme.',
    'Moved two backend engineers onto the switch migration for six weeks when it slipped.',
  );
  const sidebar = at(1, 'Contact', 'amara@example.com', 'Top Skills', 'Confluence');

  it('counts the sidebar and the page marks after it', () => {
    expect(sideColumnTail([...main, ...sidebar])).toBe(4);
    expect(sideColumnTail([...main, ...sidebar, { text: 'Page 1 of 2', column: 0 }])).toBe(5);
  });

  it('counts nothing for a sidebar read first, a column of long lines, or one holding the work history', () => {
    expect(sideColumnTail([...sidebar, ...main])).toBe(0);
    // Text flowing through two columns: the second is as long-lined as the first.
    const flowing = at(1, 'Skills', ...main.slice(3).map((l) => l.text));
    expect(sideColumnTail([...main, ...flowing])).toBe(0);
    expect(sideColumnTail([...main, ...at(1, 'Contact', 'Experience', 'Intern, Acme, 2019')])).toBe(0);
    // A tail that opens mid-section is the rest of a column, not a sidebar.
    expect(sideColumnTail([...main, ...at(1, 'amara@example.com', 'Top Skills', 'Confluence')])).toBe(0);
    expect(sideColumnTail(main)).toBe(0);
  });
});

describe('layoutPage: a designer page of three columns (sidebar, date rail, entries)', () => {
  // A sidebar at x 28, a rail of dates at x 190 and the entries at x 250, written column by column.
  const sidebar = [
    item('About me', 28, 700, 9),
    item('Front-end developer who', 28, 680, 8),
    item('loves accessible interfaces.', 28, 669, 8),
    item('Skills', 28, 640, 9),
    item('React', 28, 620, 8),
    item('TypeScript', 28, 608, 8),
    item('Figma', 28, 596, 8),
    item('Languages', 28, 570, 9),
    item('English', 28, 550, 8),
  ];
  const main = [
    item('Experience', 190, 700, 9),
    item('OCT 2024', 190, 680, 8),
    item('–', 190, 669, 8),
    item('PRESENT', 190, 658, 8),
    item('Junior Front-End Developer', 250, 679, 9),
    item('Mavuno Tech Ltd · Nairobi', 250, 667, 8),
    item('Built React dashboards for buyers.', 250, 655, 8),
    item('Wrote Cypress tests for checkout.', 250, 643, 8),
    item('JAN 2024', 190, 610, 8),
    item('–', 190, 599, 8),
    item('SEP 2024', 190, 588, 8),
    item('Front-End Intern', 250, 610, 9),
    item('Savanna Web Studio · Nairobi', 250, 598, 8),
    item('Built six websites for small clients.', 250, 586, 8),
  ];

  it('reads the sidebar whole, then each entry with its dates joined beside it', () => {
    const lines = read([...sidebar, ...main]);
    expect(lines.slice(0, 4)).toEqual([
      'About me',
      'Front-end developer who loves accessible interfaces.',
      'Skills',
      'React',
    ]);
    const entries = lines.slice(lines.indexOf('Experience'));
    expect(entries.slice(0, 3)).toEqual([
      'Experience',
      'OCT 2024 – PRESENT\tJunior Front-End Developer',
      'Mavuno Tech Ltd · Nairobi',
    ]);
    expect(entries).toContain('JAN 2024 – SEP 2024\tFront-End Intern');
  });

  it("reads a paragraph's last wrapped line above the rail with the paragraph, not as the rail's first row", () => {
    const profile = [
      item('Profile', 190, 760, 9),
      item('Front-end developer who ships accessible interfaces for marketplaces and', 190, 745, 8),
      item('farmers.', 190, 734, 8),
    ];
    const lines = read([...sidebar, ...profile, ...main]);
    expect(lines).toContain(
      'Front-end developer who ships accessible interfaces for marketplaces and farmers.',
    );
    expect(lines).toContain('OCT 2024 – PRESENT\tJunior Front-End Developer');
  });

  it("reads an entry's items indented under its employer (the marks lost in print) as lines of their own", () => {
    // A rail's "2018 –" / "2021" beside the title and the employer, as a designer page prints them.
    // Three short lines open where the employer does, so the column there seems to end at the widest
    // of them, before a list item's first word would have fitted.
    const lines = read([
      { ...item('Lumen & Lane Agency, Melbourne', 329, 420, 9), width: 121 },
      { ...item('Project manage 40+ events a year, from', 339, 408, 9), width: 204 },
      { ...item('Experienced with run sheets and schedules', 329, 394, 9), width: 130 },
      item('Experience', 232, 380, 9),
      item('2018 –', 232, 358, 9),
      item('2021', 232, 347, 9),
      { ...item('Marketing Coordinator', 329, 357, 10), width: 93 },
      { ...item('Kanban Freight Pty Ltd, Melbourne', 329, 344, 9), width: 124 },
      { ...item('Ran trade-show stands, monthly EDMs and company social', 339, 330, 9), width: 210 },
      { ...item('channels.', 339, 318, 9), width: 34 },
      { ...item('Coordinated the company rebrand rollout across 12 depots:', 339, 304, 9), width: 213 },
      { ...item('signage, uniforms and truck livery.', 339, 292, 9), width: 122 },
    ]);
    expect(lines.slice(3)).toEqual([
      'Experience',
      '2018 – 2021\tMarketing Coordinator',
      'Kanban Freight Pty Ltd, Melbourne',
      'Ran trade-show stands, monthly EDMs and company social channels.',
      'Coordinated the company rebrand rollout across 12 depots: signage, uniforms and truck livery.',
    ]);
  });

  it("wraps a date-led row's text under its words and a bullet's under its text, right of where they open", () => {
    expect(
      read([
        item(
          '2018 – 2022 B.Tech, Computer Science and Engineering, Indian Institute of Technology',
          81,
          557,
          8,
        ),
        item('Delhi, New Delhi, India', 146, 546, 8),
      ]),
    ).toEqual([
      '2018 – 2022 B.Tech, Computer Science and Engineering, Indian Institute of Technology Delhi, New Delhi, India',
    ]);
    expect(
      read([
        item(
          '• Ran the weekly launch check-in with the payments, risk and support teams for the',
          60,
          557,
          8,
        ),
        item('same-day payout project with shorter lines', 68, 546, 8),
      ]),
    ).toEqual([
      '• Ran the weekly launch check-in with the payments, risk and support teams for the same-day payout project with shorter lines',
    ]);
  });

  it("joins a rail's month and year to the end under it with no dash between, an earlier month to none", () => {
    const rail = (end: string) =>
      read([
        item('Experience', 40, 600, 9),
        item('JUN 2022', 40, 573, 8),
        item(end, 40, 562, 8),
        item('Customer Support Team Lead', 126, 571, 10),
        item('Helioscribe Inc. · Cebu City', 126, 558, 9),
        item('Lead 12 support agents across two shifts.', 136, 544, 9),
      ]);
    expect(rail('PRESENT').slice(0, 3)).toEqual([
      'Experience',
      'JUN 2022 – PRESENT',
      'Customer Support Team Lead',
    ]);
    expect(rail('MAY 2024')).toContain('JUN 2022 – MAY 2024');
    // An end before the start is no range: a column of dated certificates, newest first.
    expect(rail('JAN 2021').join('\n')).not.toContain('JUN 2022 – JAN 2021');
  });

  it('keeps a column of single years beside certificates as single years', () => {
    const lines = read([
      item('Certificates', 40, 700, 9),
      item('2023', 40, 680),
      item('AWS Certified Developer', 100, 680),
      item('2022', 40, 666),
      item('AWS Certified SysOps Administrator', 100, 666),
    ]);
    expect(lines).toEqual([
      'Certificates',
      '2023\tAWS Certified Developer',
      '2022\tAWS Certified SysOps Administrator',
    ]);
  });
});
