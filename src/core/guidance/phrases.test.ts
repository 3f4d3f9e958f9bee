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

describe('compilePhrases on ASCII and other text', () => {
  /** The definition: one case-insensitive Unicode expression with Unicode word boundaries. */
  function reference(phrases: string[], text: string) {
    const normalize = (s: string) =>
      s
        .toLowerCase()
        .replace(/[\s_-]+/g, ' ')
        .trim();
    const byNormal = new Map(phrases.map((p) => [normalize(p), p]));
    const source = [...byNormal.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) =>
        p
          .split(' ')
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s_-]+'),
      )
      .join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
    return [...text.matchAll(re)].flatMap((m) => {
      const phrase = byNormal.get(normalize(m[0]));
      return phrase === undefined ? [] : [{ phrase, start: m.index, end: m.index + m[0].length }];
    });
  }

  const phrases = ['scrum master', 'Scrum', 'PMP', 'project-manager', 'C++', 'kanban', 'SAFe agilist'];
  const words = [
    'scrum',
    'master',
    'Scrum Master',
    'SCRUM_MASTER',
    'pmp',
    'PMPs',
    'project',
    'manager',
    'project–manager',
    'c++',
    'C++x',
    'kanban',
    'agilist',
    'safe',
    'résumé',
    'writer',
    'RÉSUMÉ WRITER',
    // Letters past ASCII beside a phrase, and the two characters that fold to ASCII letters.
    'éscrum',
    'scrumé',
    'ßkanban',
    'kanbanǅ',
    'ſcrum',
    '\u212aanban',
    'kanban\u212a',
    '١scrum',
    'scrum٢',
    '😀',
    '•',
    '–',
    '-',
    '_',
    ',',
    '.',
    '(',
    ')',
    '\t',
    '  ',
    '\n',
    '7',
    'x',
  ];

  // ASCII phrases take the fast path on ASCII text; a phrase past ASCII, the definition always.
  it.each([
    ['ASCII phrases', phrases],
    ['a phrase past ASCII among them', [...phrases, 'Résumé writer']],
  ])('finds what the definition finds, in ASCII text and in any other (%s)', (_, list) => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 12345;
    const next = (n: number) => {
      // xorshift32
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // One matcher for the whole run, and a fresh one every 150 texts: before a matcher has seen
    // 200 texts it first checks their words (see COLD_TEXTS).
    const warm = compilePhrases(list);
    let cold = compilePhrases(list);
    let asciiTexts = 0;
    let hitsPastAscii = 0;
    for (let k = 0; k < 3000; k++) {
      const parts = Array.from({ length: 1 + next(8) }, () => words[next(words.length)]!);
      const text = parts.join(next(3) === 0 ? '' : ' ');
      const expected = reference(list, text);
      if (/^[ -~\t\n]*$/.test(text)) asciiTexts++;
      else if (expected.length > 0) hitsPastAscii++;
      if (k % 150 === 0) cold = compilePhrases(list);
      expect(warm.find(text), text).toEqual(expected);
      expect(cold.find(text), text).toEqual(expected);
    }
    expect(asciiTexts).toBeGreaterThan(300);
    expect(hitsPastAscii).toBeGreaterThan(300);
  });

  it('matches across the Kelvin sign as the definition does', () => {
    const m = compilePhrases(['kanban', 'scrum']);
    // The Kelvin sign folds to k; the hit is then looked up by its lower case, which keeps it.
    expect(m.find('\u212aanban or scrum')).toEqual([
      { phrase: 'kanban', start: 0, end: 6 },
      { phrase: 'scrum', start: 10, end: 15 },
    ]);
    expect(m.find('Kanban• scrumé')).toEqual([{ phrase: 'kanban', start: 0, end: 6 }]);
  });
});
