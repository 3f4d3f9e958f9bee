import { describe, expect, it } from 'vitest';
import { findDateRange, monthsBetween, parseDate } from './dates.ts';

describe('dates as people write them', () => {
  it.each([
    ['Jan 2020 – Present', { start: { year: 2020, month: 1 }, end: 'present' }],
    ['2019-03 to 2021-05', { start: { year: 2019, month: 3 }, end: { year: 2021, month: 5 } }],
    ['03/2019 - Current', { start: { year: 2019, month: 3 }, end: 'present' }],
    ['Sept. 2018 – Jun 2020', { start: { year: 2018, month: 9 }, end: { year: 2020, month: 6 } }],
    ['January, 2020 to date', { start: { year: 2020, month: 1 }, end: 'present' }],
    ["Jan '20 — now", { start: { year: 2020, month: 1 }, end: 'present' }],
    ['2015 – 2019', { start: { year: 2015 }, end: { year: 2019 } }],
    ['since 2017', { start: { year: 2017 }, end: 'present' }],
    ['UC Berkeley | 2019', { end: { year: 2019 } }],
  ])('%s', (text, expected) => {
    const d = findDateRange(`Analyst\t${text}`);
    expect(d && { ...(d.start ? { start: d.start } : {}), end: d.end }).toEqual(expected);
  });

  it('rejects what is not a date', () => {
    expect(findDateRange('Reduced costs by 2500 units')).toBeUndefined();
    expect(parseDate('13/2019')).toBeUndefined();
  });

  it('counts months inclusively', () => {
    expect(monthsBetween({ year: 2020, month: 1 }, { year: 2020, month: 12 })).toBe(12);
  });
});
