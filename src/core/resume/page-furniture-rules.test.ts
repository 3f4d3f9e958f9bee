import { describe, expect, it } from 'vitest';
import { pageFurniture } from './page-furniture.ts';

// The rules of "running header, footer or page number" that StrykerJS found unpinned (issue 15,
// docs/testing.md): what a page number looks like, where on a page it stands, how far apart a
// running line recurs and how its numbers change.

/** `n` filler bullets, so pages are as long as pages are. */
const bullets = (n: number, what = 'Ran the release train') =>
  Array.from({ length: n }, (_, k) => `• ${what} for team ${String.fromCharCode(65 + (k % 26))}.`);
const found = (lines: string[]) => [...pageFurniture(lines)].sort((a, b) => a - b);

describe('a line that is only a page number', () => {
  it('is furniture in each of the ways resumes print one', () => {
    // Rule: PAGE_MARK: optional dashes and "page", one or two digits, optionally "/ n" or "of n".
    for (const mark of [
      '2',
      '12',
      '- 2 -',
      '– 3 –',
      '—4—',
      'Page 2',
      'page2',
      'PAGE 10 OF 12',
      '2/3',
      '2 / 3',
      '2 of 3',
    ])
      expect(found(['• Shipped the billing API.', '', mark]), mark).toEqual([3]);
  });

  it('is no page number with three digits or more, or with words before it', () => {
    // Rule: the mark is the whole line, and its numbers have one or two digits: a year is no page.
    for (const line of [
      '2024',
      '100',
      'Grew the team to 12',
      'Pages 2',
      '2 of 345',
      'Page 2 of 3 — Jane Doe',
    ])
      expect(found(['• Shipped the billing API.', '', line]), line).toEqual([]);
  });

  it('counts only at the edge of a page: before or after a blank line, or at the end', () => {
    expect(found(['Experience', '2', '• Shipped the billing API.'])).toEqual([]);
    expect(found(['Experience', '2', '', '• Shipped the billing API.'])).toEqual([2]);
    expect(found(['Experience', '', '2', '• Shipped the billing API.'])).toEqual([3]);
    expect(found(['• Shipped the billing API.', '2'])).toEqual([2]);
    // A line of spaces is as blank as an empty one.
    expect(found(['Experience', '   ', '2', '• Shipped the billing API.'])).toEqual([3]);
    expect(found(['Experience', '2', ' \t ', '• Shipped the billing API.'])).toEqual([2]);
  });

  it('reads lines of up to 160 characters', () => {
    // Rule: a longer line is a paragraph, never furniture.
    const footer = (page: number, width: number) =>
      `${'Jane Doe, Senior Program Manager · '.padEnd(width - 2, '·')} ${page}`;
    const pages = (width: number) => [...bullets(14), footer(1, width), '', ...bullets(14), footer(2, width)];
    expect(found(pages(160))).toEqual([15, 31]);
    expect(found(pages(161))).toEqual([]);
  });
});

describe('a running header or footer', () => {
  /** A page of `n` lines: the running line at its bottom (after the bullets) or at its top. */
  const bottom = (line: string, n = 14) => [...bullets(n), line, ''];
  const top = (line: string, n = 14) => ['', line, ...bullets(n)];

  it('at a page top says it is a page: "Page 2", "2/3", "2 of 3"', () => {
    for (const head of ['Jane Doe — Page #', 'Jane Doe — #/3', 'Jane Doe — # of 3', 'Résumé · page#']) {
      const lines = [...top(head.replace('#', '2')), ...top(head.replace('#', '3'))];
      expect(found(lines), head).toEqual([2, 18]);
    }
    // A numbered block at a page's top is an item, whatever its spacing.
    expect(found([...top('Jane Doe — Release 2'), ...top('Jane Doe — Release 3')])).toEqual([]);
    expect(found([...top('Jane Doe — homepage2'), ...top('Jane Doe — homepage3')])).toEqual([]);
  });

  it('at a page bottom needs only its number to count up', () => {
    expect(found([...bottom('Jane Doe · Résumé · 1'), ...bottom('Jane Doe · Résumé · 2')])).toEqual([15, 31]);
  });

  it('counts up across a change in the number of digits: 9, 10, 11', () => {
    const lines = [...bottom('Jane Doe · 9'), ...bottom('Jane Doe · 10'), ...bottom('Jane Doe · 11')];
    expect(found(lines)).toEqual([15, 31, 47]);
  });

  it('is the same line though the spaces in it differ from page to page', () => {
    expect(found([...bottom('Jane Doe ·  Résumé\t1'), ...bottom('Jane Doe · Résumé  2')])).toEqual([15, 31]);
  });

  it('recurs a page apart: 12 lines or more', () => {
    // Rule: MIN_PAGE_LINES = 12 between one page's line and the next's.
    expect(found([...bottom('Jane Doe · 1', 11), ...bottom('Jane Doe · 2', 10)])).toEqual([12, 24]);
    expect(found([...bottom('Jane Doe · 1', 11), ...bottom('Jane Doe · 2', 9)])).toEqual([]);
  });

  it('of two pages recurs a page apart; of three or more, the last page may be short', () => {
    expect(found(['• Filed patent 1.', '', '• Filed patent 2.', ''])).toEqual([]);
    const three = [...bottom('Jane Doe · 1'), ...bottom('Jane Doe · 2'), ...bottom('Jane Doe · 3', 3)];
    expect(found(three)).toEqual([15, 31, 36]);
    const shortMiddle = [...bottom('Jane Doe · 1'), ...bottom('Jane Doe · 2', 3), ...bottom('Jane Doe · 3')];
    expect(found(shortMiddle)).toEqual([]);
    const fourShortSecond = [
      ...bottom('Jane Doe · 1'),
      ...bottom('Jane Doe · 2', 3),
      ...bottom('Jane Doe · 3'),
      ...bottom('Jane Doe · 4'),
    ];
    expect(found(fourShortSecond)).toEqual([]);
  });

  it('is no furniture where numbered items stand a few lines apart, late in a document', () => {
    // The gap is between neighbours, wherever they stand.
    const items = [...bullets(30), '', 'Project 1', '', 'Project 2', '', 'Project 3'];
    expect(found(items)).toEqual([]);
  });

  it('is no furniture where its number does not count up by one, or another number changes too', () => {
    expect(found([...bottom('Jane Doe · 2'), ...bottom('Jane Doe · 1')])).toEqual([]);
    expect(found([...bottom('Jane Doe · 1'), ...bottom('Jane Doe · 3')])).toEqual([]);
    expect(found([...bottom('Jane Doe · 1'), ...bottom('Jane Doe · 1')])).toEqual([]);
    // "Release 1 — 2019" and "Release 2 — 2021": the release counts, the year jumps: entries.
    expect(found([...bottom('Release 1 — 2019'), ...bottom('Release 2 — 2021')])).toEqual([]);
    expect(found([...bottom('Release 2019 — 1'), ...bottom('Release 2021 — 2')])).toEqual([]);
  });
});

describe("a running header or footer that repeats the person's name", () => {
  const resume = (edge: string) => [
    'Kristine D. Villanueva',
    'Implementation Specialist',
    ...bullets(14),
    edge,
    '',
  ];

  it('is the name alone, or the name and a few words after a separator, a page or more down', () => {
    expect(found(resume('Kristine D. Villanueva | Resume'))).toEqual([17]);
    expect(found(resume('Kristine D. Villanueva – CV'))).toEqual([17]);
    expect(found(resume('Kristine D. Villanueva'))).toEqual([17]);
  });

  it('is no furniture within the first page, with more words after the name, or off a page edge', () => {
    expect(found(['Kristine D. Villanueva', '', 'Kristine D. Villanueva | Resume', ''])).toEqual([]);
    expect(
      found(resume('Kristine D. Villanueva | implementation lead for the payroll and billing rollout')),
    ).toEqual([]);
    const inside = [
      'Kristine D. Villanueva',
      ...bullets(14),
      'Kristine D. Villanueva | Resume',
      '• Ran more',
    ];
    expect(found(inside)).toEqual([]);
  });

  it("needs a first line that is a person's name", () => {
    expect(found(['RESUME OF KRISTINE 2024', ...bullets(14), 'RESUME OF KRISTINE 2024', ''])).toEqual([]);
  });
});

describe("a first line that is a title, not a person's name", () => {
  it('makes no later line furniture: a job title repeated at a page edge is a position', () => {
    const lines = ['Research Intern', 'Google', ...bullets(14), '', 'Research Intern', 'Meta', '• Trained'];
    expect(found(lines)).toEqual([]);
    expect(found(['Curriculum Vitae', ...bullets(14), 'Curriculum Vitae', ''])).toEqual([]);
  });
});
