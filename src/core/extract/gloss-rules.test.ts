// The rules of reading an acronym's spelled-out words (gloss.ts) that the first Stryker run left
// free, one by one.
import { describe, expect, it } from 'vitest';
import { glossOf, shareAWord, spelledOut } from './gloss.ts';

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

describe('the words inside the bracket', () => {
  it('spell the acronym only when every word that is not small does', () => {
    expect(gloss('CSM (Cisco Security Tools)', 'CSM')).toBeUndefined();
    expect(gloss('MBA (Master of Business Administration)', 'MBA')?.words).toEqual([
      'master',
      'business',
      'administration',
    ]);
  });

  it('are not read when the bracket opens before the acronym but does not close after it', () => {
    expect(gloss('Cisco Security Management (CSM team)', 'CSM')).toBeUndefined();
  });
});

describe('what is an acronym', () => {
  it('is not a single letter', () => {
    // "kit" starts with K, but one letter names nothing.
    expect(gloss('Cisco kit (K)', 'K')).toBeUndefined();
  });
});

describe('a name spelled out', () => {
  it('leaves out a bracketed part, which still parts the words around it', () => {
    expect(spelledOut('Certified scrum(CSM)master', 'CSM')).toEqual(['certified', 'scrum', 'master']);
  });

  it('shares no word with a shorter spelling when the words it has differ', () => {
    expect(shareAWord(['cisco', 'security', 'management'], ['certified'])).toBe(false);
  });
});
