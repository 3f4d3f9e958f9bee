import { describe, expect, it } from 'vitest';
import {
  extractHtmlHeading,
  extractJobPostingLd,
  firstElementContent,
  htmlToText,
  jsonLdBlocks,
} from './html.ts';

const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('htmlToText', () => {
  it('keeps the line breaks a posting types inside a paragraph', () => {
    expect(htmlToText('<p>We are looking for:\n* Engineer\n* Designer</p>')).toBe(
      'We are looking for:\n* Engineer\n* Designer',
    );
  });
});

describe('jsonLdBlocks', () => {
  it('yields the JSON-LD scripts only, whatever scripts come before, between and after them', () => {
    const page = [
      '<p>Jobs</p>',
      '<script>var a = 1;</script>',
      '<script type="application/ld+json">A</script>',
      '<script src="app.js"></script>',
      "<SCRIPT TYPE='application/ld+json' id=x>B</SCRIPT>",
      '<script>var c;</script>',
    ].join('\n');
    expect([...jsonLdBlocks(page)]).toEqual(['A', 'B']);
  });

  it('takes a type attribute only inside the script tag', () => {
    expect([...jsonLdBlocks('<link type="application/ld+json"><script>x</script>')]).toEqual([]);
    expect([...jsonLdBlocks('<script>x</script><p type="application/ld+json">y</p>')]).toEqual([]);
    expect([...jsonLdBlocks('<p><script type="application/ld+json">A</script>')]).toEqual(['A']);
  });

  it('reads a type attribute only in a script tag, as the regular expression did, even glued to its name', () => {
    expect([...jsonLdBlocks('<div data-x="1" type="application/ld+json">X</script>')]).toEqual([]);
    expect([
      ...jsonLdBlocks('<script>a</script><div data-x="1" type="application/ld+json">X</div></script>'),
    ]).toEqual([]);
    expect([...jsonLdBlocks('<scripttype="application/ld+json">A</script>')]).toEqual(['A']);
  });

  it('stops at a script tag or block that never closes', () => {
    expect([...jsonLdBlocks('<script type="application/ld+json">A')]).toEqual([]);
    expect([...jsonLdBlocks('<script type="application/ld+json"')]).toEqual([]);
  });
});

describe('firstElementContent', () => {
  it('gives the content of the first element of that name wherever it opens, and none without an opening tag', () => {
    expect(firstElementContent('<p><h1>TPM</h1>', 'h1')).toBe('TPM');
    expect(firstElementContent(' <h1>TPM</h1>', 'h1')).toBe('TPM');
    expect(firstElementContent('<p>TPM</h1>', 'h1')).toBeUndefined();
  });
});

describe('extractJobPostingLd', () => {
  it('finds the JobPosting in a list, in a @graph, or typed with several types', () => {
    expect(
      extractJobPostingLd(ld([{ '@type': 'Organization' }, { '@type': 'JobPosting', title: 'TPM' }])),
    ).toEqual({
      title: 'TPM',
      description: undefined,
    });
    expect(
      extractJobPostingLd(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            null,
            1,
            'x',
            { '@type': 'WebPage' },
            { '@type': ['Thing', 'JobPosting'], title: 'Release Manager' },
          ],
        }),
      ),
    ).toEqual({ title: 'Release Manager', description: undefined });
    expect(extractJobPostingLd(ld({ '@type': ['Thing'], title: 'No' }))).toBeUndefined();
    expect(extractJobPostingLd(ld(null))).toBeUndefined();
  });

  it('reads past a malformed block and one without a posting', () => {
    const page = `<script type="application/ld+json">{oops</script>${ld({ '@type': 'Organization', name: 'Acme' })}${ld({ '@type': 'JobPosting', title: 'Program Manager' })}`;
    expect(extractJobPostingLd(page)?.title).toBe('Program Manager');
  });

  it('decodes the title and trims it, and turns the description, entity-encoded or not, into text', () => {
    expect(
      extractJobPostingLd(
        ld({
          '@type': 'JobPosting',
          title: '  Senior TPM &amp; Lead ',
          description: '<p>Lead releases.</p><ul><li>Jira</li></ul>',
        }),
      ),
    ).toEqual({ title: 'Senior TPM & Lead', description: 'Lead releases.\n• Jira' });
    expect(
      extractJobPostingLd(ld({ '@type': 'JobPosting', description: '&lt;p&gt;Own the plan&lt;/p&gt;' })),
    ).toEqual({
      title: undefined,
      description: 'Own the plan',
    });
    expect(
      extractJobPostingLd(
        ld({ '@type': 'JobPosting', title: ' ', description: '<br>', hiringOrganization: 'Acme' }),
      ),
    ).toEqual({
      title: undefined,
      description: undefined,
    });
    expect(extractJobPostingLd(ld({ '@type': 'JobPosting', title: 7, description: ['x'] }))).toEqual({
      title: undefined,
      description: undefined,
    });
  });
});

describe('extractHtmlHeading', () => {
  it('gives the first h1 as one line, else the title, else nothing', () => {
    expect(
      extractHtmlHeading('<title>Jobs | Acme</title><h1 class="t">  Technical\n  Program   Manager </h1>'),
    ).toBe('Technical Program Manager');
    expect(extractHtmlHeading('<h1> <img src="logo.png"> </h1><title>TPM &ndash; Acme</title>')).toBe(
      'TPM – Acme',
    );
    expect(extractHtmlHeading('<title>TPM</title>')).toBe('TPM');
    expect(extractHtmlHeading('<h1></h1><p>Nothing else</p>')).toBeUndefined();
  });
});
