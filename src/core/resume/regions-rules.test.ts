import { describe, expect, it } from 'vitest';
import { isRegion } from './regions.ts';

// The edges of "is this the region of a place" that StrykerJS found unpinned (issue 15,
// docs/testing.md): the trimming, and the shape of a code.
describe('isRegion: a place part as the layout leaves it', () => {
  it('reads a region or a code with the spaces around it, as a split "City, Region" leaves them', () => {
    // Rule: the text is trimmed before either test.
    for (const r of [' Texas', 'Maharashtra ', ' NSW ', ' CO']) expect(isRegion(r), r).toBe(true);
  });
});

describe('isRegion: a code is two or three capitals and nothing else', () => {
  it('takes neither one capital nor four', () => {
    // Rule: {2,3} capitals: "C" is an initial, "APAC" and "EMEA" a sales region no place names.
    for (const r of ['C', 'APAC', 'EMEA']) expect(isRegion(r), r).toBe(false);
  });

  it('takes no city printed in capitals, nor a city with its code unsplit', () => {
    // Rule: the code's shape holds from the first character to the last.
    for (const r of ['BENGALURU', 'AARHUS', 'Denver CO', 'NY 10001']) expect(isRegion(r), r).toBe(false);
  });
});
