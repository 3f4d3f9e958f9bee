import { describe, expect, it } from 'vitest';
import { randomStrings, SPACES } from '../../../test/random-strings.ts';
import { bundledRoles, bundledTaxonomy } from '../../data/bundled.ts';
import { MAX_LISTING_TEXT, normalizeListingText, prepareListing } from './prepare-listing.ts';
import { headingKind } from './requirement-sections.ts';
import { listingPreparation } from './setup.ts';

describe('normalizeListingText', () => {
  it('normalizes as the expressions it replaced did', () => {
    // Without mis-decoded characters, so the repair step leaves the text as it is.
    const before = (text: string) =>
      text
        .replace(/\r\n?/g, '\n')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: as the old code did
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/[ \t\u00a0]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const texts = randomStrings([...SPACES, '\r', '\u2028', '\u0007', 'a', 'b'], 20_000);
    expect(texts.filter((t) => normalizeListingText(t) !== before(t))).toEqual([]);
  });

  it('trims a line ending in 200,000 spaces in one pass', () => {
    // The runs end in a letter: the old expression tried each of their spaces as a line's end.
    const run = ' \u00a0\t'.repeat(200_000);
    expect(normalizeListingText(`Lead delivery${run}\nAcross${run}teams`)).toBe(
      `Lead delivery\nAcross${run}teams`,
    );
  });
});

describe('headingKind', () => {
  it('reads a heading wrapped in Markdown marks and a long run of spaces', () => {
    expect(headingKind(`## **Requirements**${' '.repeat(100_000)}`)).toBe('required');
    expect(headingKind(`**Nice to have**${'*'.repeat(100_000)}x`)).toBeUndefined();
  });
});

describe('prepareListing', () => {
  const preparation = listingPreparation(bundledTaxonomy(), bundledRoles());

  it('refuses an over-long text before any work on it', () => {
    const result = prepareListing(
      { source: 'test', title: 'TPM', text: `Lead delivery${' '.repeat(MAX_LISTING_TEXT)}` },
      preparation,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LISTING_TOO_LONG',
        message: `"TPM" has ${MAX_LISTING_TEXT + 13} characters of text (limit ${MAX_LISTING_TEXT})`,
        hint: 'import the job posting itself, not a whole page of them',
      },
    });
  });

  it('prepares a listing with a 99,000-space run', () => {
    const result = prepareListing(
      {
        source: 'test',
        title: 'Technical Project Manager',
        text: `Manage Jira${' '.repeat(99_000)}boards  \nand risks`,
      },
      preparation,
    );
    expect(result.ok && result.value.text).toBe(`Manage Jira${' '.repeat(99_000)}boards\nand risks`);
  });
});
