import { describe, expect, it } from 'vitest';
import { indexLines, lineOf, lineSpan, lineText } from './lines.ts';

// Line 1 ends in CRLF, line 2 holds a lone CR inside it, line 3 is empty, line 4 ends the text with a CR.
const text = 'first\r\nse\rcond\n\nfourth\r';
const index = indexLines(text);

describe('indexLines', () => {
  it('starts a line after each line feed, a CR alone starting none', () => {
    expect(index).toEqual({ starts: [0, 7, 15, 16], count: 4 });
    expect(indexLines('')).toEqual({ starts: [0], count: 1 });
    expect(indexLines('a\n')).toEqual({ starts: [0, 2], count: 2 });
  });
});

describe('lineOf', () => {
  it('gives the 1-based line of every offset, its line break included', () => {
    const naive = (offset: number) => text.slice(0, offset).split('\n').length;
    const offsets = Array.from({ length: text.length + 1 }, (_, k) => k);
    expect(offsets.map((o) => lineOf(index, o))).toEqual(offsets.map(naive));
    expect([0, 6, 7, 14, 15, 16, 23].map((o) => lineOf(index, o))).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });

  it('finds the line in a long text by halving', () => {
    const long = Array.from({ length: 1000 }, (_, k) => `line ${k + 1}`).join('\n');
    const longIndex = indexLines(long);
    for (const line of [1, 2, 499, 500, 501, 999, 1000]) {
      const start = longIndex.starts[line - 1]!;
      expect(lineOf(longIndex, start)).toBe(line);
      expect(lineOf(longIndex, start + 4)).toBe(line);
    }
  });
});

describe('lineText and lineSpan', () => {
  it('give each line without its line break, a CR inside a line kept', () => {
    expect([1, 2, 3, 4].map((l) => lineText(text, index, l))).toEqual(['first', 'se\rcond', '', 'fourth']);
    expect([1, 2, 3, 4].map((l) => lineSpan(text, index, l))).toEqual([
      [0, 5],
      [7, 14],
      [15, 15],
      [16, 22],
    ]);
  });

  it('give an empty line at the end for a line past the last', () => {
    expect(lineText(text, index, 5)).toBe('');
    expect(lineSpan(text, index, 5)).toEqual([text.length, text.length]);
  });
});
