import { describe, expect, it } from 'vitest';
import { expandClasses, expandGaps } from './gaps.ts';

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

describe('evidence pattern word classes', () => {
  const classes = { staff: ['staff', 'nurse'], parties: ['client', 'vendor'] };

  it('expands a class into one pattern per word, keeping the gap', () => {
    expect(expandClasses('supervise ** {staff}', classes)).toEqual([
      'supervise ** staff',
      'supervise ** nurse',
    ]);
  });

  it('expands every class a pattern names', () => {
    expect(expandClasses('{staff} meet {parties}', classes)).toEqual([
      'staff meet client',
      'staff meet vendor',
      'nurse meet client',
      'nurse meet vendor',
    ]);
  });

  it('leaves a pattern without a class as it is', () => {
    expect(expandClasses('coordinate * with', classes)).toEqual(['coordinate * with']);
  });

  it('refuses a class the file does not define', () => {
    expect(() => expandClasses('train ** {pupils}', classes)).toThrow(/unknown word class \{pupils\}/);
  });
});
