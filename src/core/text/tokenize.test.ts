import { describe, expect, it } from 'vitest';
import { tokenize, words } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps language names with symbols whole', () => {
    expect(words('C++, C#, F# and .NET on Node.js')).toEqual([
      'c++',
      'c#',
      'f#',
      'and',
      '.net',
      'on',
      'node.js',
    ]);
  });

  it('splits on slashes, hyphens and sentence dots', () => {
    expect(words('CI/CD pipelines. Front-end work.')).toEqual([
      'ci',
      'cd',
      'pipelines',
      'front',
      'end',
      'work',
    ]);
  });

  it('keeps a range of numbers whole, as one quantity', () => {
    expect(words('Managed 4-5 projects with 8–10 engineers')).toEqual([
      'managed',
      '4-5',
      'projects',
      'with',
      '8–10',
      'engineers',
    ]);
    // Only digits on both sides: words, and a number beside a word, still split.
    expect(words('2-factor auth, COVID-19, 3-4-5')).toEqual([
      '2',
      'factor',
      'auth',
      'covid',
      '19',
      '3-4',
      '5',
    ]);
  });

  it('records offsets into the original text', () => {
    const text = '  Led  Scrum.';
    const t = tokenize(text);
    expect(t.length).toBe(2);
    expect(text.slice(t.start[1]!, t.end[1]!)).toBe('Scrum');
  });

  it('treats accented letters as letters and bullets as separators', () => {
    expect(words('• Café résumé ● naïve')).toEqual(['café', 'résumé', 'naïve']);
  });
});
