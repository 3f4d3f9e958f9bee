// The rules of phrase matching (phrases.ts) that the first Stryker run left free, one by one.
import { describe, expect, it } from 'vitest';
import { compilePhrases } from './phrases.ts';

describe('no phrases', () => {
  it('finds nothing in any text', () => {
    const m = compilePhrases([]);
    expect(m.find('Scrum master and project manager')).toEqual([]);
    expect(m.find('')).toEqual([]);
  });
});

describe('two phrases at one place', () => {
  it('gives the longer, whatever order they were given in', () => {
    expect(compilePhrases(['project', 'project manager']).find('Senior project manager role')).toEqual([
      { phrase: 'project manager', start: 7, end: 22 },
    ]);
  });
});

describe('British spelling', () => {
  it('meets "programme" where a phrase says "program", naming the phrase as written', () => {
    const m = compilePhrases(['it program manager', 'programs']);
    expect(m.find('IT Programme Manager')).toEqual([{ phrase: 'it program manager', start: 0, end: 20 }]);
    expect(m.find('two programmes')).toEqual([{ phrase: 'programs', start: 4, end: 14 }]);
    // A programmer is not a programme.
    expect(compilePhrases(['program']).find('Senior programmer')).toEqual([]);
  });
});

describe('a long run of texts', () => {
  it('still finds a phrase after hundreds of texts without one', () => {
    const m = compilePhrases(['scrum master']);
    for (let k = 0; k < 250; k++) expect(m.find(`Sprint ${k} planning and review`)).toEqual([]);
    expect(m.find('Certified scrum master')).toEqual([{ phrase: 'scrum master', start: 10, end: 22 }]);
  });
});

describe('the first text a matcher sees', () => {
  it('finds a phrase through the Kelvin sign when nothing else in the text matches', () => {
    // The Kelvin sign folds to k only under the definition's `iu` flags, so this text must not be
    // judged by the ASCII expression, which has no `u`.
    expect(compilePhrases(['kanban']).find('\u212aanban board')).toEqual([
      { phrase: 'kanban', start: 0, end: 6 },
    ]);
  });

  it('does not find a phrase of letters past ASCII inside a longer word of them', () => {
    // "данные" (data) ends "большиеданные" (big data): not a whole word there.
    const m = compilePhrases(['данные']);
    expect(m.find('большиеданные')).toEqual([]);
    expect(m.find('большие данные')).toEqual([{ phrase: 'данные', start: 8, end: 14 }]);
  });

  it('finds a phrase of symbols alone, which has no word to look for first', () => {
    expect(compilePhrases(['&']).find('R & D')).toEqual([{ phrase: '&', start: 2, end: 3 }]);
  });
});
