import { describe, expect, it } from 'vitest';
import {
  ANSI,
  cell,
  clip,
  clipAround,
  formatCount,
  headThenTail,
  midSentence,
  PLAIN,
  pad,
  padStart,
  wrapText,
} from './format.ts';

describe('styles', () => {
  it('ANSI wraps text in the SGR codes of each style, each closed by its own reset', () => {
    expect(ANSI.bold('Score')).toBe('\u001b[1mScore\u001b[22m');
    expect(ANSI.dim('Score')).toBe('\u001b[2mScore\u001b[22m');
    expect(ANSI.green('✔')).toBe('\u001b[32m✔\u001b[39m');
    expect(ANSI.yellow('◐')).toBe('\u001b[33m◐\u001b[39m');
    expect(ANSI.red('✘')).toBe('\u001b[31m✘\u001b[39m');
  });

  it('PLAIN leaves the text as it is', () => {
    for (const style of [PLAIN.bold, PLAIN.dim, PLAIN.green, PLAIN.yellow, PLAIN.red])
      expect(style('Score 42/100')).toBe('Score 42/100');
  });
});

describe('pad and padStart', () => {
  it('fill with spaces to the width, on the right and on the left', () => {
    expect(pad('Jira', 7)).toBe('Jira   ');
    expect(padStart('4.0', 5)).toBe('  4.0');
  });

  it('leave text as long as the width, or longer, alone', () => {
    expect(pad('Jira', 4)).toBe('Jira');
    expect(padStart('12.0', 4)).toBe('12.0');
    expect(pad('Stakeholder management', 4)).toBe('Stakeholder management');
    expect(padStart('100.0', 4)).toBe('100.0');
  });
});

describe('clip', () => {
  it('keeps text of up to max characters', () => {
    expect(clip('Led the migration', 17)).toBe('Led the migration');
  });

  it('cuts longer text to max characters, the last an ellipsis', () => {
    expect(clip('Led the migration', 16)).toBe('Led the migrati…');
    expect(clip('Led the migration', 16)).toHaveLength(16);
  });

  it('drops the blanks before the ellipsis', () => {
    expect(clip('Led the migration', 9)).toBe('Led the…');
  });
});

describe('clipAround', () => {
  const quote =
    'KB author Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Maintain contact with current, new, and prospective clients through phone, email, in person correspondence.';
  const phrase = 'Maintain contact with current, new, and prospective clients';
  const match = { start: quote.indexOf(phrase), end: quote.indexOf(phrase) + phrase.length };

  it('starts a few words before a match that falls past the cut, after an ellipsis', () => {
    const shown = clipAround(quote, match, 80);
    expect(shown).toBe('…to April 2014 Maintain contact with current, new, and prospective clients…');
    expect(shown.length).toBeLessThanOrEqual(80);
  });

  it('keeps every piece verbatim', () => {
    for (const max of [40, 60, 80, 100, 120]) {
      const shown = clipAround(quote, match, max);
      expect(shown.length).toBeLessThanOrEqual(max);
      for (const piece of shown.split('…').filter(Boolean)) expect(quote.includes(piece)).toBe(true);
    }
  });

  it('cuts as clip does when the match fits at the start, or there is none', () => {
    expect(clipAround(quote, { start: 10, end: 25 }, 40)).toBe(clip(quote, 40));
    expect(clipAround(quote, undefined, 40)).toBe(clip(quote, 40));
    expect(clipAround('Led the migration', { start: 8, end: 17 }, 17)).toBe('Led the migration');
  });

  it('uses the room before a match near the end of the quote', () => {
    const q =
      'NC March 2013 to April 2014 Maintain contact with current, new, and prospective clients through phone, email, in person correspondence.';
    const at = q.indexOf('correspondence');
    expect(clipAround(q, { start: at, end: at + 14 }, 70)).toBe(
      '…prospective clients through phone, email, in person correspondence.',
    );
  });

  it('shows the match up to the end of a quote that ends soon after it', () => {
    const tail = 'Raleigh, NC March 2013 to April 2014 Maintain contact with clients.';
    const at = tail.indexOf('Maintain');
    expect(clipAround(tail, { start: at, end: tail.length - 1 }, 40)).toBe(
      '…2014 Maintain contact with clients.',
    );
  });
});

describe('headThenTail', () => {
  it('keeps the tail on the line while both fit the width, with one space between', () => {
    expect(headThenTail('  1. Budgeting', '(missing)', 24, '     ')).toEqual(['  1. Budgeting (missing)']);
    expect(headThenTail('  1. Budgeting', '(missing)', 23, '     ')).toEqual([
      '  1. Budgeting',
      '     (missing)',
    ]);
  });

  it('wraps a long tail under the head within the width, and paints the whole tail', () => {
    expect(headThenTail('  • Agile', '(not answered; resume: shown)', 20, '    ', ANSI.dim)).toEqual([
      '  • Agile',
      `    ${ANSI.dim('(not answered;\n    resume: shown)')}`,
    ]);
  });
});

describe('wrapText', () => {
  it('keeps a line of exactly the width, and breaks one character past it', () => {
    expect(wrapText('Led four teams', 14, '  ')).toBe('Led four teams');
    expect(wrapText('Led four teams', 13, '  ')).toBe('Led four\n  teams');
  });

  it('counts the blank between two words', () => {
    // "Led four" is 8 characters: it does not fit in 7 even though its letters do.
    expect(wrapText('Led four', 7, '')).toBe('Led\nfour');
  });

  it('puts a word longer than the width on a line of its own, never after an empty line', () => {
    expect(wrapText('internationalization of the app', 10, '  ')).toBe('internationalization\n  of the app');
  });

  it('reads any run of blanks as one', () => {
    expect(wrapText('Led  four\n teams', 100, '')).toBe('Led four teams');
  });

  it('drops a blank at the end, even after a full line', () => {
    expect(wrapText('Led four teams ', 5, '  ')).toBe('Led\n  four\n  teams');
  });

  it('indents every continuation line', () => {
    expect(wrapText('one two three four', 9, '    ')).toBe('one two\n    three\n    four');
  });

  it('leaves the first line the room a label in front of it takes, and only the first', () => {
    // ""Agile: " is 7 characters: with a lead of 7 the first line has room for 9 of the 16, with 10 for 6.
    expect(wrapText('one two three four five', 16, '  ', 7)).toBe('one two\n  three four five');
    expect(wrapText('one two three four five', 16, '  ', 10)).toBe('one\n  two three four\n  five');
    expect(wrapText('one two three four five', 16, '  ')).toBe('one two three\n  four five');
  });
});

describe('cell', () => {
  it('makes every run of blanks one space and trims the ends', () => {
    expect(cell('  Led Scrum \n\n ceremonies  ')).toBe('Led Scrum ceremonies');
  });
});

describe('formatCount', () => {
  it('puts a comma before every third digit from the right', () => {
    expect(formatCount(100)).toBe('100');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(1000000)).toBe('1,000,000');
    expect(formatCount(-100000)).toBe('-100,000');
  });
});

describe('midSentence', () => {
  it('drops the capital of a capitalised word and keeps acronyms and inner capitals', () => {
    expect(midSentence('QA / test engineer')).toBe('QA / test engineer');
    expect(midSentence('IT support, operations or implementation')).toBe(
      'IT support, operations or implementation',
    );
    expect(midSentence('DevOps / infrastructure engineer')).toBe('DevOps / infrastructure engineer');
    expect(midSentence('Scrum master / agile coach')).toBe('scrum master / agile coach');
    expect(midSentence('Project manager (non-technical or general)')).toBe(
      'project manager (non-technical or general)',
    );
  });
});
