import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatError, RolefitError } from './errors.ts';

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

  it.each(Object.keys(ERROR_CODES))('documents %s in docs/errors.md', (code) => {
    expect(doc).toContain(`| \`${code}\` |`);
  });

  it('formats a person-facing error on one line, without a stack', () => {
    const line = formatError(new RolefitError('FILE_NOT_FOUND', 'no file at "x.txt".', 'Check the path.'));
    expect(line).toBe('rolefit: no file at "x.txt". Check the path. [FILE_NOT_FOUND]');
    expect(formatError(new TypeError('boom'))).toBe(
      'rolefit: unexpected internal error. Please report it with the command you ran. [INTERNAL]',
    );
  });
});
