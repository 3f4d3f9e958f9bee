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

describe('a long run of texts', () => {
  it('still finds a phrase after hundreds of texts without one', () => {
    const m = compilePhrases(['scrum master']);
    for (let k = 0; k < 250; k++) expect(m.find(`Sprint ${k} planning and review`)).toEqual([]);
    expect(m.find('Certified scrum master')).toEqual([{ phrase: 'scrum master', start: 10, end: 22 }]);
  });
});
