import { describe, expect, it } from 'vitest';
import { expandGaps } from './gaps.ts';

describe('evidence pattern gaps', () => {
  it('expands ** into zero to three one-word wildcards', () => {
    expect(expandGaps('manage ** engineers')).toEqual([
      'manage engineers',
      'manage * engineers',
      'manage * * engineers',
      'manage * * * engineers',
    ]);
  });

  it('leaves a pattern without a gap as it is', () => {
    expect(expandGaps('coordinate * with')).toEqual(['coordinate * with']);
  });
});
