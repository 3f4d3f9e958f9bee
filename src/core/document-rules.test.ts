import { describe, expect, it } from 'vitest';
import { repairDocument } from './document.ts';

/** What a program does when it reads UTF-8 bytes as Latin-1. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

describe('repairDocument', () => {
  it('counts the characters it repaired, in the plural, after the warnings the reader gave', () => {
    const document = {
      format: 'pdf' as const,
      text: asLatin1('• Led releases — “on time”'),
      pages: 2,
      warnings: ['2 images skipped'],
    };
    expect(repairDocument(document)).toEqual({
      format: 'pdf',
      text: '• Led releases — “on time”',
      pages: 2,
      warnings: [
        '2 images skipped',
        '4 characters were saved in one encoding and read in another (such as "â€¢" for "•"); rolefit read them as intended.',
      ],
    });
    expect(document.warnings).toEqual(['2 images skipped']);
  });
});
