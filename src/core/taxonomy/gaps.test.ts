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

  it('expands a gap that opens or ends the pattern, with no stray space', () => {
    expect(expandGaps('** reports')).toEqual(['reports', '* reports', '* * reports', '* * * reports']);
    expect(expandGaps('report to **')).toEqual([
      'report to',
      'report to *',
      'report to * *',
      'report to * * *',
    ]);
  });

  it('expands every gap of a pattern', () => {
    const out = expandGaps('meet ** with ** vendors');
    expect(out).toHaveLength(16);
    expect(out.slice(0, 5)).toEqual([
      'meet with vendors',
      'meet with * vendors',
      'meet with * * vendors',
      'meet with * * * vendors',
      'meet * with vendors',
    ]);
    expect(out.at(-1)).toBe('meet * * * with * * * vendors');
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

  it('reads a class name with a hyphen, and a class anywhere in the pattern', () => {
    const named = { 'field-staff': ['technician', 'engineer'] };
    expect(expandClasses('{field-staff} on call', named)).toEqual(['technician on call', 'engineer on call']);
    expect(expandClasses('dispatch {field-staff}', named)).toEqual([
      'dispatch technician',
      'dispatch engineer',
    ]);
  });

  it('names the pattern and the class when the class is unknown', () => {
    expect(() => expandClasses('train ** {pupils}', classes)).toThrow(
      'evidence pattern "train ** {pupils}" names an unknown word class {pupils}',
    );
  });

  it('leaves a pattern without a class as it is', () => {
    expect(expandClasses('coordinate * with', classes)).toEqual(['coordinate * with']);
  });

  it('refuses a class the file does not define', () => {
    expect(() => expandClasses('train ** {pupils}', classes)).toThrow(/unknown word class \{pupils\}/);
  });
});
