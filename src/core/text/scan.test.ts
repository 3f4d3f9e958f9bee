import { describe, expect, it } from 'vitest';
import { randomStrings, SPACES } from '../../../test/random-strings.ts';
import { isSpace, oneOf, spaceOr, splitWith, stripEnd, stripEnds } from './scan.ts';

describe('isSpace', () => {
  it('agrees with the regular-expression class \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('stripEnds and stripEnd', () => {
  const strings = randomStrings([...SPACES, '(', ')', '.', ',', '|', '–', 'a', 'b'], 20_000);

  it('remove what /^[L]+|[T]+$/g and /[T]+$/ removed', () => {
    const differ = strings.filter(
      (s) =>
        stripEnds(s, spaceOr('|,()–')) !== s.replace(/^[\s|,()–]+|[\s|,()–]+$/g, '') ||
        stripEnds(s, spaceOr('('), spaceOr(').')) !== s.replace(/^[\s(]+|[\s).]+$/g, '') ||
        stripEnd(s, spaceOr(',–')) !== s.replace(/[\s,–]+$/, ''),
    );
    expect(differ).toEqual([]);
  });

  it('takes one pass over a long run', () => {
    const run = ')'.repeat(200_000);
    expect(stripEnds(`(a${run}b${run}`, spaceOr('('), spaceOr(').'))).toBe(`a${run}b`);
  });
});

describe('splitWith', () => {
  it('splits like String.prototype.split on the separators it is told about', () => {
    const comma = oneOf(',');
    const bySplit = (s: string) => splitWith(s, (i) => (comma(s.charCodeAt(i)) ? i + 1 : -1));
    const strings = randomStrings([',', 'a', ' '], 2_000);
    expect(strings.map(bySplit)).toEqual(strings.map((s) => s.split(',')));
  });
});
