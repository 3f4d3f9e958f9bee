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
