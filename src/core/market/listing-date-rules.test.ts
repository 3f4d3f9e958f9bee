import { describe, expect, it } from 'vitest';
import { dateRange, listingDay } from './listing-date.ts';

describe('listingDay', () => {
  it('keeps the days from 1990 to 2100, months 1–12 and days 1–31', () => {
    expect(listingDay('1990-01-01')).toBe('1990-01-01');
    expect(listingDay('2100-12-31')).toBe('2100-12-31');
    for (const raw of ['1989-12-31', '2101-01-01', '2025-00-10', '2025-13-10', '2025-05-00', '2025-05-32'])
      expect(listingDay(raw), raw).toBeUndefined();
  });

  it('reads an ISO date only at the start, after trimming, in a text of at most 64 characters', () => {
    expect(listingDay('  2025-10-11  ')).toBe('2025-10-11');
    expect(listingDay('posted 2025-10-11')).toBeUndefined();
    const tail = (n: number) => `2025-10-11 ${'x'.repeat(n - 11)}`;
    expect(tail(64)).toHaveLength(64);
    expect(listingDay(tail(64))).toBe('2025-10-11');
    expect(listingDay(tail(65))).toBeUndefined();
  });

  it('reads 9 to 13 digits as Unix time, milliseconds from 10^12 on', () => {
    expect(listingDay('999999999')).toBe('2001-09-09');
    expect(listingDay('1000000000000')).toBe('2001-09-09');
    // 12 digits are seconds: the year 33658.
    expect(listingDay('999999999999')).toBeUndefined();
    expect(listingDay('1713499851.25')).toBe('2024-04-19');
    for (const raw of ['99999999', '17134998510000', '1713499851.', '1713499851 seen', '+1713499851'])
      expect(listingDay(raw), raw).toBeUndefined();
  });

  it('reads a month name first or a day first, abbreviated, with a full stop, or in full', () => {
    expect(listingDay('Sept. 9, 2025')).toBe('2025-09-09');
    expect(listingDay('oct 31 2025')).toBe('2025-10-31');
    expect(listingDay('DEC 1, 1999')).toBe('1999-12-01');
    expect(listingDay('1 Jan. 2025')).toBe('2025-01-01');
    expect(listingDay('31 december 2024')).toBe('2024-12-31');
    expect(listingDay('09 Feb 2030')).toBe('2030-02-09');
    for (const raw of [
      'Oct 9, 1989',
      'Oct 32, 2025',
      'Oct 9, 2025 at noon',
      'on Oct 9, 2025',
      'Oc 9, 2025',
      '9 Foo 2025',
      '9 Oct 1989',
      '32 Oct 2025',
      '9 Oct 2025 (first seen)',
      'on 9 Oct 2025',
      '123 Oct 2025',
    ])
      expect(listingDay(raw), raw).toBeUndefined();
  });
});

describe('dateRange', () => {
  it('gives the earliest and latest day in any order, and null for none', () => {
    expect(dateRange(['2025-02-01', '2024-12-31', undefined, '2025-03-01', '2025-01-15'])).toEqual({
      from: '2024-12-31',
      to: '2025-03-01',
    });
    expect(dateRange(['2025-03-01', '2025-02-01', '2024-12-31'])).toEqual({
      from: '2024-12-31',
      to: '2025-03-01',
    });
    expect(dateRange(['2025-05-05'])).toEqual({ from: '2025-05-05', to: '2025-05-05' });
    expect(dateRange([])).toBeNull();
  });
});
