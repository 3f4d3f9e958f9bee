import { describe, expect, it } from 'vitest';
import {
  equalsLower,
  hash2Lower,
  hashLower,
  isWordChar,
  lowerCode,
  scanTokens,
  tokenize,
  words,
} from './tokenize.ts';

// The token rules every match rests on (docs/taxonomy.md), pinned where StrykerJS found them free
// (issue 15, docs/testing.md).
const spans = (text: string): Array<[string, number, number]> => {
  const t = scanTokens(text);
  return Array.from({ length: t.length }, (_, k) => [
    text.slice(t.start[k], t.end[k]),
    t.start[k]!,
    t.end[k]!,
  ]);
};
const code = (s: string): number => s.charCodeAt(0);

describe('isWordChar', () => {
  it('takes ASCII letters and digits, nothing else of ASCII', () => {
    for (const c of 'azAZ09') expect([c, isWordChar(code(c))]).toEqual([c, true]);
    for (const c of '`{@[/: -.+#_\u007f\u0000') expect([c, isWordChar(code(c))]).toEqual([c, false]);
  });

  it('takes of Latin-1 punctuation only the ordinal and micro signs, then letters but × and ÷', () => {
    const yes = [0xaa, 0xb5, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff];
    const no = [0x80, 0xa0, 0xa9, 0xab, 0xb0, 0xbb, 0xbf, 0xd7, 0xf7];
    expect(yes.filter((c) => !isWordChar(c)).map((c) => c.toString(16))).toEqual([]);
    expect(no.filter((c) => isWordChar(c)).map((c) => c.toString(16))).toEqual([]);
  });

  it('leaves out punctuation and symbol blocks, surrogates, private use, variation selectors and BOM', () => {
    const no = [
      0x2000, 0x2022, 0x2bff, 0x3000, 0x303f, 0xd800, 0xdfff, 0xe000, 0xf8ff, 0xfe00, 0xfe0f, 0xfeff, 0xfffd,
    ];
    const yes = [
      0x100, 0x1fff, 0x2c00, 0x2fff, 0x3040, 0xd7ff, 0xf900, 0xfdff, 0xfe10, 0xfefe, 0xff21, 0xfffc,
    ];
    expect(no.filter((c) => isWordChar(c)).map((c) => c.toString(16))).toEqual([]);
    expect(yes.filter((c) => !isWordChar(c)).map((c) => c.toString(16))).toEqual([]);
  });
});

describe('lowerCode', () => {
  it('lowercases A to Z and leaves the characters around them', () => {
    expect(['A', 'Z', '@', '[', 'a', '1'].map((c) => String.fromCharCode(lowerCode(code(c))))).toEqual([
      'a',
      'z',
      '@',
      '[',
      'a',
      '1',
    ]);
  });

  it('lowercases other scripts, and keeps a character whose lower case is two units', () => {
    expect(lowerCode(0xc9)).toBe(0xe9); // É → é
    expect(lowerCode(0x3a3)).toBe(0x3c3); // Σ → σ
    expect(lowerCode(0x130)).toBe(0x130); // İ → "i̇", two units
    expect(lowerCode(0xe9)).toBe(0xe9);
  });
});

describe('equalsLower', () => {
  it('compares a span of text, in any case, with a lowercase key of the same length', () => {
    expect(equalsLower('Led SCRUM teams', 4, 9, 'scrum')).toBe(true);
    expect(equalsLower('Led SCRUM teams', 4, 9, 'scrub')).toBe(false);
    expect(equalsLower('Led SCRUM teams', 4, 9, 'xcrum')).toBe(false);
    expect(equalsLower('Led SCRUM teams', 4, 10, 'scrum')).toBe(false);
    expect(equalsLower('Led SCRUM teams', 4, 8, 'scrum')).toBe(false);
  });
});

describe('the token hashes', () => {
  it('hash the lowercased characters of a string or a part of it', () => {
    expect(hashLower('JIRA')).toBe(hashLower('jira'));
    expect(hashLower('use Jira', 4)).toBe(hashLower('jira'));
    expect(hashLower('Jira board', 0, 4)).toBe(hashLower('jira'));
    expect(hashLower('jira')).not.toBe(hashLower('jir'));
    expect(hash2Lower('JIRA')).toBe(hash2Lower('jira'));
    expect(hash2Lower('use Jira', 4)).toBe(hash2Lower('jira'));
    expect(hash2Lower('Jira board', 0, 4)).toBe(hash2Lower('jira'));
    expect(hash2Lower('jira')).not.toBe(hash2Lower('jir'));
  });

  it('are FNV-1a and a multiply-xor-shift hash', () => {
    expect(hashLower('')).toBe(0x811c9dc5 | 0);
    expect(hashLower('a')).toBe(Math.imul((0x811c9dc5 | 0) ^ 97, 16777619));
    expect(hash2Lower('')).toBe(0x2545f491);
    const h = 0x2545f491;
    expect(hash2Lower('a')).toBe(Math.imul(h + 97, 0x5bd1e995 | 0) ^ (h >>> 15));
  });

  it('are what scanTokens gives each token, dots, ranges, plus and hash signs included', () => {
    const text = 'Led .NET, Node.js, C++, C#, F+ and 4-5 teams';
    const t = scanTokens(text);
    const tokens = ['led', '.net', 'node.js', 'c++', 'c#', 'f+', 'and', '4-5', 'teams'];
    expect(Array.from({ length: t.length }, (_, k) => t.hash[k])).toEqual(tokens.map((w) => hashLower(w)));
    expect(Array.from({ length: t.length }, (_, k) => t.hash2[k])).toEqual(tokens.map((w) => hash2Lower(w)));
  });

  it('count an en dash between numbers as a hyphen', () => {
    const t = scanTokens('8–10');
    expect([t.length, t.hash[0], t.hash2[0]]).toEqual([1, hashLower('8-10'), hash2Lower('8-10')]);
  });
});

describe('scanTokens', () => {
  it('joins a leading dot only before a letter, at the start or after a separator', () => {
    expect(spans('.NET')).toEqual([['.NET', 0, 4]]);
    expect(spans('(.net) .5 . x')).toEqual([
      ['.net', 1, 5],
      ['5', 8, 9],
      ['x', 12, 13],
    ]);
    expect(spans('C#.NET ..Net')).toEqual([
      ['C#', 0, 2],
      ['.NET', 2, 6],
      ['.Net', 8, 12],
    ]);
    expect(words('.a .z .A .Z .é')).toEqual(['.a', '.z', '.a', '.z', 'é']);
  });

  it('joins a dot between word characters, and leaves a final dot out', () => {
    expect(spans('Node.js. Done.')).toEqual([
      ['Node.js', 0, 7],
      ['Done', 9, 13],
    ]);
    expect(spans('v1.2.3 end')).toEqual([
      ['v1.2.3', 0, 6],
      ['end', 7, 10],
    ]);
    expect(spans('a.')).toEqual([['a', 0, 1]]);
  });

  it('joins a hyphen or en dash only between digits, a number before it', () => {
    expect(words('0-9 9-0 5–5 a4-5 4a-5 4- 4-a')).toEqual([
      '0-9',
      '9-0',
      '5–5',
      'a4',
      '5',
      '4a',
      '5',
      '4',
      '4',
      'a',
    ]);
    expect(spans('10-12')).toEqual([['10-12', 0, 5]]);
  });

  it('keeps a trailing plus, two pluses or a hash sign, and no more', () => {
    expect(words('c+ c++ c+++ c# c#+ c+# c## +c #')).toEqual([
      'c+',
      'c++',
      'c++',
      'c#',
      'c#',
      'c+',
      'c#',
      'c',
    ]);
    expect(spans('C++')).toEqual([['C++', 0, 3]]);
    expect(spans('C+')).toEqual([['C+', 0, 2]]);
  });

  it('splits on whatever is not a word character', () => {
    expect(spans('a×b ✓c\u00a0d')).toEqual([
      ['a', 0, 1],
      ['b', 2, 3],
      ['c', 5, 6],
      ['d', 7, 8],
    ]);
  });

  it('keeps every token of a long text, far past its first guess of room', () => {
    // One letter a token: 300 tokens in 599 characters, where scanTokens first makes room for 165.
    const letters = Array.from({ length: 300 }, (_, k) => String.fromCharCode(97 + (k % 26)));
    const text = letters.join(' ');
    const t = scanTokens(text);
    expect(t.length).toBe(300);
    const all = spans(text);
    expect(all.map(([w]) => w)).toEqual(letters);
    expect(all.every(([w, s, e]) => text.slice(s, e) === w)).toBe(true);
    expect(
      Array.from({ length: 300 }, (_, k) => t.hash[k] === hashLower(text, t.start[k], t.end[k])),
    ).not.toContain(false);
    expect(
      Array.from({ length: 300 }, (_, k) => t.hash2[k] === hash2Lower(text, t.start[k], t.end[k])),
    ).not.toContain(false);
  });

  it('gives no token for an empty text or one without word characters', () => {
    expect(spans('')).toEqual([]);
    expect(spans(' .,;-–+# ')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('gives each token in lower case beside its span', () => {
    const t = tokenize('Led SCRUM and Node.JS');
    expect(t.norm).toEqual(['led', 'scrum', 'and', 'node.js']);
    expect([...t.start.subarray(0, t.length)]).toEqual([0, 4, 10, 14]);
    expect([...t.end.subarray(0, t.length)]).toEqual([3, 9, 13, 21]);
  });
});
