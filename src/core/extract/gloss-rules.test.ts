// The rules of reading an acronym's spelled-out words (gloss.ts) that the first Stryker run left
// free, one by one.
import { describe, expect, it } from 'vitest';
import { glossOf } from './gloss.ts';

/** glossOf on the first occurrence of `acronym` in `line`. */
const gloss = (line: string, acronym: string) => {
  const at = line.indexOf(acronym);
  return glossOf(line, at, at + acronym.length);
};

describe('the words before the bracket', () => {
  it('looks back over at most twelve words, small ones included', () => {
    // Twelve words: "Master", ten small words, "Science".
    const twelve = 'Master of the and of the and of the and of Science (MS)';
    expect(gloss(twelve, 'MS')?.words).toEqual(['master', 'science']);
    // Thirteen: "Master" is one word too far back.
    expect(gloss('Master of the and of the and of the and of the Science (MS)', 'MS')).toBeUndefined();
  });

  it('reads no gloss from small words alone, however few', () => {
    expect(gloss('of the (MS)', 'MS')).toBeUndefined();
    expect(gloss('(MS)', 'MS')).toBeUndefined();
  });
});
