import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListingTitle } from './MarketPage.tsx';

describe('a listing title on the market page', () => {
  it('links only to http(s) addresses', () => {
    expect(renderToStaticMarkup(<ListingTitle title="TPM" url="https://jobs.test/1" />)).toBe(
      '<a href="https://jobs.test/1" rel="noopener noreferrer">TPM</a>',
    );
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      'not a url',
      null,
    ]) {
      expect(renderToStaticMarkup(<ListingTitle title="TPM" url={url} />), String(url)).toBe('TPM');
    }
  });
});
