import { describe, expect, it } from 'vitest';
import { urlScheme, webUrl } from './listing-url.ts';

describe('webUrl', () => {
  it('keeps http and https addresses, normalised, and nothing when there is no text', () => {
    expect(webUrl('http://jobs.test/a b')).toBe('http://jobs.test/a%20b');
    expect(webUrl('https://jobs.test')).toBe('https://jobs.test/');
    for (const raw of [null, undefined, '   ', 'ftp://jobs.test/1', 'mailto:hr@jobs.test', 'https://'])
      expect(webUrl(raw), String(raw)).toBeUndefined();
  });
});

describe('urlScheme', () => {
  it('gives the scheme of a URL-looking string in lower case, with its colon', () => {
    expect(urlScheme('  JavaScript:alert(1)')).toBe('javascript:');
    expect(urlScheme('data:text/html,x')).toBe('data:');
    expect(urlScheme('web+x-y.z:1')).toBe('web+x-y.z:');
    expect(urlScheme(`a${'b'.repeat(30)}:x`)).toBe(`a${'b'.repeat(30)}:`);
  });

  it('gives none when the text does not start with a scheme', () => {
    for (const raw of [
      'jobs.test/tpm',
      '1http://x',
      'see javascript:alert(1)',
      `a${'b'.repeat(31)}:x`,
      ':x',
      '',
    ])
      expect(urlScheme(raw), raw).toBeUndefined();
  });
});
