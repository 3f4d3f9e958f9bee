import { describe, expect, it } from 'vitest';
import { bundledRoles, bundledTaxonomy } from '../../data/bundled.ts';
import { webUrl } from './listing-url.ts';
import { prepareListing } from './prepare-listing.ts';
import { listingPreparation } from './setup.ts';

describe('webUrl', () => {
  it('keeps http(s) addresses', () => {
    expect(webUrl('https://jobs.test/tpm?id=1')).toBe('https://jobs.test/tpm?id=1');
    expect(webUrl('  HTTP://Jobs.Test/1 ')).toBe('http://jobs.test/1');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'jobs.test/tpm',
    '//jobs.test/tpm',
    '',
  ])('refuses %j', (url) => {
    expect(webUrl(url)).toBeUndefined();
  });
});

describe('prepareListing and links', () => {
  const preparation = listingPreparation(bundledTaxonomy(), bundledRoles());
  const base = {
    source: 'csv',
    title: 'Technical Project Manager',
    text: 'Own the schedule, risks and Jira.',
  };

  it('stores a listing with a javascript: link without the link, and says so', () => {
    const prepared = prepareListing({ ...base, url: 'javascript:alert(1)' }, preparation);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value).not.toHaveProperty('url');
    expect(prepared.value.warnings).toEqual([
      {
        code: 'LISTING_URL_DROPPED',
        message:
          '"Technical Project Manager": its link is a javascript: URL, not an http(s) address; the listing is stored without it',
        hint: 'nothing to do, or fix the link in the source',
      },
    ]);
  });

  it('keeps an http(s) link, with no warning', () => {
    const prepared = prepareListing({ ...base, url: 'https://jobs.test/1' }, preparation);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.url).toBe('https://jobs.test/1');
    expect(prepared.value.warnings).toBeUndefined();
  });
});
