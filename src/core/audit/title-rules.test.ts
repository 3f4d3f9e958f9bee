import { describe, expect, it } from 'vitest';
import {
  DELIVERY_FAMILIES,
  HANDS_ON_FAMILIES,
  isDeliveryFamily,
  isHandsOnFamily,
  ROLE_FAMILIES,
} from './families.ts';
import { isTpmFamily, titleFamily, titleScope } from './title.ts';
import { defaultVocabulary } from './vocabulary.ts';

describe('titleFamily', () => {
  const vocabulary = defaultVocabulary();

  it('reads the family a title names, with its spaces made one', () => {
    expect(titleFamily('Technical  Program\n Manager', vocabulary)).toBe('technical-program-management');
    expect(titleFamily('  Senior Software Engineer ', vocabulary)).toBe('software-development');
  });

  it('gives none for an empty title or one naming no family', () => {
    expect(titleFamily(' \n ', vocabulary)).toBeUndefined();
    expect(titleFamily('Pastry Chef', vocabulary)).toBeUndefined();
  });
});

describe('titleScope and isTpmFamily', () => {
  it('scope a TPM title as tpm and a plain project or program manager as program, no other', () => {
    expect(ROLE_FAMILIES.map((f) => [f, titleScope(f) ?? null, isTpmFamily(f)])).toEqual([
      ['project-management', 'program', false],
      ['technical-program-management', 'tpm', true],
      ['agile-delivery', null, false],
      ['software-development', null, false],
      ['devops-sre', null, false],
      ['qa-test', null, false],
      ['business-analysis', null, false],
      ['engineering-management', null, false],
      ['data', null, false],
      ['product-management', null, false],
      ['other', null, false],
    ]);
    expect(titleScope(undefined)).toBeUndefined();
    expect(isTpmFamily(undefined)).toBe(false);
  });
});

describe('the sides of the verdict', () => {
  it('put development, DevOps and QA on the hands-on side, project, TPM and agile delivery on the delivery side', () => {
    expect(HANDS_ON_FAMILIES).toEqual(['software-development', 'devops-sre', 'qa-test']);
    expect(DELIVERY_FAMILIES).toEqual([
      'project-management',
      'technical-program-management',
      'agile-delivery',
    ]);
    expect(ROLE_FAMILIES.filter(isHandsOnFamily)).toEqual(HANDS_ON_FAMILIES);
    expect(ROLE_FAMILIES.filter(isDeliveryFamily)).toEqual(DELIVERY_FAMILIES);
  });
});
