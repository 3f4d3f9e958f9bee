import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../test/random-strings.ts';
import { redactUrl } from './open-store.ts';

describe('redactUrl', () => {
  it('hides the password of a URL', () => {
    expect(redactUrl('postgres://someone:secret@db.example:5432/rolefit')).toBe(
      'postgres://someone:***@db.example:5432/rolefit',
    );
    expect(redactUrl('postgres://someone@db.example/rolefit')).toBe('postgres://someone@db.example/rolefit');
  });

  it('hides it in a string that is not a URL, as the expression it scans with always did', () => {
    const old = (s: string) => s.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
    // Strings `new URL` refuses (no scheme), over the characters the expression looks at.
    for (const s of randomStrings(['/', '/', ':', '@', 'a', ' ', '['], 4000, 16)) {
      expect(redactUrl(`[${s}`)).toBe(old(`[${s}`));
    }
    expect(redactUrl('postgres://u:p w@[bad/db')).toBe('postgres://u:***@[bad/db');
  });

  it('reads a run of 200,000 unfinished credentials once (it read to the end from each: minutes)', () => {
    const run = '[//a:'.repeat(200_000);
    expect(redactUrl(run)).toBe(run);
    expect(redactUrl(`${run}@`)).toBe('[//a:***@');
  });
});
