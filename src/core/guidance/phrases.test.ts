import { describe, expect, it } from 'vitest';
import { compilePhrases } from './phrases.ts';

describe('compilePhrases', () => {
  it('finds whole-word phrases across separators, the longest first at a position', () => {
    const m = compilePhrases(['project manager', 'Technical Project Manager', 'follow-up', 'CI/CD']);
    expect(m.find('Senior technical  project_manager; follow up on CI/CD, ci/cdx')).toEqual([
      { phrase: 'Technical Project Manager', start: 7, end: 33 },
      { phrase: 'follow-up', start: 35, end: 44 },
      { phrase: 'CI/CD', start: 48, end: 53 },
    ]);
  });

  it('gives the same hits on every call, from the start of each text', () => {
    const m = compilePhrases(['scrum master']);
    expect(m.find('Scrum Master, then scrum master')).toHaveLength(2);
    expect(m.find('scrum master')).toEqual([{ phrase: 'scrum master', start: 0, end: 12 }]);
    expect(m.find('no hit here')).toEqual([]);
  });

  it('moves past an empty match by a whole code point, as matchAll does', () => {
    // A phrase of separators only matches the empty string at every word boundary.
    const m = compilePhrases(['-', 'qa']);
    // Hits at 0 and 2, never at 1 between the halves of the emoji (the same as with matchAll).
    expect(m.find('😀 qa')).toEqual([
      { phrase: '-', start: 0, end: 0 },
      { phrase: '-', start: 2, end: 2 },
      { phrase: 'qa', start: 3, end: 5 },
    ]);
  });
});
