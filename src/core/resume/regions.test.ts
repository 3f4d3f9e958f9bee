import { describe, expect, it } from 'vitest';
import { isRegion } from './regions.ts';

describe('isRegion', () => {
  it('knows states, provinces, nations and countries, whatever their case', () => {
    for (const r of [
      'Texas',
      'Maharashtra',
      'Ontario',
      'New South Wales',
      'Scotland',
      'Germany',
      'united kingdom',
    ])
      expect(isRegion(r), r).toBe(true);
  });

  it('takes two- and three-letter capitals for codes', () => {
    for (const r of ['CO', 'NY', 'NSW', 'UK']) expect(isRegion(r), r).toBe(true);
  });

  it('takes a city for no region', () => {
    for (const r of ['Aarhus', 'Bengaluru', 'Cork', 'Co', 'Portland']) expect(isRegion(r), r).toBe(false);
  });
});
