import { describe, expect, it } from 'vitest';
import { formatCount } from './format.ts';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en-US") does', () => {
    const counts = [0, 7, 999, 1000, 12345, 999999, 1234567, -1, -1234, -0, 2 ** 53, 1.5, 1234.5];
    for (const n of counts) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1234)).toBe('-1,234');
  });
});
