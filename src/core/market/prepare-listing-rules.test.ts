// The rules of preparing a listing to store (prepare-listing.ts), one by one: what is refused, how
// the text is cleaned, which key dedupes it, which skills it asks for and how.
import { describe, expect, it } from 'vitest';
import type { SkillMention } from '../extract/types.ts';
import type { ListingAudit, ListingInput, SkillExtractor } from './listing.ts';
import {
  listingContentHash,
  listingSkills,
  MAX_LISTING_TEXT,
  normalizeListingText,
  type PrepareOptions,
  prepareListing,
} from './prepare-listing.ts';

/** Finds each skill by a word of it, line by line, as the taxonomy extractor reports mentions. */
const WORDS: Record<string, string> = { jira: 'jira', sql: 'sql', python: 'python', agile: 'agile' };
const extract: SkillExtractor = (text) => {
  const mentions: SkillMention[] = [];
  text.split('\n').forEach((line, k) => {
    for (const [word, skillId] of Object.entries(WORDS)) {
      const at = line.toLowerCase().indexOf(word);
      if (at >= 0)
        mentions.push({
          skillId,
          matched: line.slice(at, at + word.length),
          start: at,
          end: at + word.length,
          line: k + 1,
          section: 'other',
          strength: 'listed',
          hedged: false,
          quote: line,
          quoteMatch: { start: at, end: at + word.length },
        });
    }
  });
  return { mentions, ignored: [] };
};

const AUDIT: ListingAudit = {
  verdict: 'genuine' as ListingAudit['verdict'],
  contentFamily: 'tpm' as ListingAudit['contentFamily'],
  handsOnShare: 0.1,
  reason: 'delivery duties',
  version: '1',
};
const options: PrepareOptions = {
  extract,
  classify: (title) => (/program manager/i.test(title) ? 'technical-program-manager' : undefined),
};
const TEXT = 'Requirements\n- 3 years with Jira\nNice to have\n- SQL';
const listing = (over: Partial<ListingInput> = {}): ListingInput => ({
  source: 'greenhouse',
  title: 'Technical Program Manager',
  company: 'Acme',
  text: TEXT,
  ...over,
});
const prepared = (over: Partial<ListingInput> = {}, opts: PrepareOptions = options) => {
  const r = prepareListing(listing(over), opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('what is refused', () => {
  it('refuses a listing whose title is blank', () => {
    expect(prepareListing(listing({ title: ' \t\n ' }), options)).toEqual({
      ok: false,
      error: { code: 'LISTING_NO_TITLE', message: 'the listing has no title', hint: 'map a title column' },
    });
  });

  it('refuses a text with nothing left once cleaned', () => {
    expect(prepareListing(listing({ text: ' \r\n\u0007\n \t ' }), options)).toEqual({
      ok: false,
      error: {
        code: 'LISTING_NO_TEXT',
        message: '"Technical Program Manager" has no description text',
        hint: 'map a description column',
      },
    });
  });

  it('takes a text of exactly the limit, and refuses one character more', () => {
    const text = `Jira ${'x'.repeat(MAX_LISTING_TEXT - 5)}`;
    expect(prepareListing(listing({ text }), options).ok).toBe(true);
    const over = prepareListing(listing({ text: `${text}x` }), options);
    expect(over.ok ? '' : over.error.code).toBe('LISTING_TOO_LONG');
  });
});

describe('cleaning', () => {
  it('collapses the spaces of a title', () => {
    expect(prepared({ title: '  Technical \t Program\n Manager ' }).title).toBe('Technical Program Manager');
  });

  it('unifies line ends, drops control characters, trims line ends and runs of blank lines', () => {
    expect(
      normalizeListingText('\n\n Lead\r\ndelivery \t\u00a0\rof\u0000 Jira\u001f\u007f\n\n\n\n\nboards  \n\n'),
    ).toBe('Lead\ndelivery\nof Jira\n\nboards');
    // Tabs and form feeds inside a line: the tab stays, the form feed goes.
    expect(normalizeListingText('a\tb\u000bc\u000cd\u000ee')).toBe('a\tbcde');
  });

  it('trims spaces before every kind of line end, the last line included', () => {
    expect(normalizeListingText('one \u2028two \u2029three \nfour ')).toBe('one\u2028two\u2029three\nfour');
  });

  it('repairs mis-decoded UTF-8', () => {
    expect(normalizeListingText('CafÃ© rÃ©sumÃ© reviews')).toBe('Café résumé reviews');
  });
});

describe('deduplication', () => {
  it('keys a listing by its source id when the source has one, trimmed', () => {
    const p = prepared({ sourceId: '  4012  ' });
    expect(p.sourceId).toBe('4012');
    expect(p.dedupeKey).toBe('source:greenhouse:4012');
  });

  it('keys it by its content when it has no source id, or a blank one', () => {
    for (const sourceId of [undefined, '   ']) {
      const p = prepared(sourceId === undefined ? {} : { sourceId });
      expect(p.dedupeKey).toBe(`hash:${p.contentHash}`);
    }
  });

  it('hashes to 28 hex digits that stay the same from version to version (stored keys rest on them)', () => {
    expect(listingContentHash(listing())).toBe('03cb52c9256e51009352ade77f25');
    expect(listingContentHash({ source: 'csv', title: '', text: '' })).toMatch(/^[0-9a-f]{28}$/);
  });

  it('hashes two postings alike when they differ only in case, punctuation or layout', () => {
    const a = listingContentHash(listing());
    expect(
      listingContentHash(
        listing({ title: 'technical program-manager!', company: ' ACME ', text: TEXT.replace(/\n/g, '  ') }),
      ),
    ).toBe(a);
    expect(listingContentHash(listing({ source: 'csv', url: 'https://x.example' }))).toBe(a);
  });

  it('hashes a listing without a company as one with a blank company', () => {
    const { company: _company, ...without } = listing();
    expect(listingContentHash(without)).toBe(listingContentHash(listing({ company: '' })));
  });

  it('tells apart postings that differ in a word, or in which field a word is', () => {
    const a = listingContentHash(listing());
    expect(listingContentHash(listing({ text: `${TEXT} Python` }))).not.toBe(a);
    expect(
      listingContentHash({ source: 'greenhouse', title: 'Technical Program Manager', text: `Acme ${TEXT}` }),
    ).not.toBe(a);
    // "+" and "#" are part of a word: C++ is not C.
    expect(listingContentHash(listing({ text: 'C++ and C#' }))).not.toBe(
      listingContentHash(listing({ text: 'C and C' })),
    );
  });
});

describe('links', () => {
  it('keeps a web link, normalized', () => {
    const p = prepared({ url: ' https://jobs.example.com/4012 ' });
    expect(p.url).toBe('https://jobs.example.com/4012');
    expect(p.warnings).toBeUndefined();
  });

  it('drops any other link with a warning that names its scheme, and stores the listing', () => {
    const p = prepared({ url: 'javascript:alert(1)' });
    expect('url' in p).toBe(false);
    expect(p.warnings).toEqual([
      {
        code: 'LISTING_URL_DROPPED',
        message:
          '"Technical Program Manager": its link is a javascript: URL, not an http(s) address; the listing is stored without it',
        hint: 'nothing to do, or fix the link in the source',
      },
    ]);
    expect(prepared({ url: 'see the careers page' }).warnings?.[0]?.message).toBe(
      '"Technical Program Manager": its link is not a URL, not an http(s) address; the listing is stored without it',
    );
  });

  it('says nothing of a blank link', () => {
    const p = prepared({ url: '  ' });
    expect(p.warnings).toBeUndefined();
    expect('url' in p).toBe(false);
  });
});

describe('skills and their requirement', () => {
  it('takes how a section asks for each skill, the strongest when it is asked for twice', () => {
    const text = 'Jira and Python daily\nRequirements\nPython\nNice to have\nSQL\nJira';
    expect(listingSkills(text, extract)).toEqual([
      { skillId: 'jira', requirement: 'preferred' },
      { skillId: 'python', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ]);
  });

  it('counts nothing from the sections about the employer or the offer', () => {
    expect(listingSkills('Requirements\nJira\nBenefits\nSQL training budget\nAgile teams', extract)).toEqual([
      { skillId: 'jira', requirement: 'required' },
    ]);
  });

  it('reads a mention past the last line as mentioned', () => {
    const beyond: SkillExtractor = () => ({
      mentions: [{ ...extract('Jira').mentions[0]!, line: 5 }],
      ignored: [],
    });
    expect(listingSkills('Requirements', beyond)).toEqual([{ skillId: 'jira', requirement: 'mentioned' }]);
  });

  it('stores the skills, the role family and the audit with the listing', () => {
    const p = prepared({}, { ...options, audit: () => AUDIT });
    expect(p.skills).toEqual([
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ]);
    expect(p.roleFamily).toBe('technical-program-manager');
    expect(p.audit).toEqual(AUDIT);
    expect(prepared({ title: 'Chef' }).roleFamily).toBeUndefined();
    expect('audit' in prepared()).toBe(false);
    expect('audit' in prepared({}, { ...options, audit: () => undefined })).toBe(false);
  });

  it('hands the classifier and the audit the cleaned title and text', () => {
    const seen: string[][] = [];
    prepared(
      { title: ' Technical  Program Manager ', text: 'Jira  \r\nSQL' },
      {
        extract,
        classify: (title, skills, text) => {
          seen.push([title, text, skills.map((s) => s.skillId).join()]);
          return undefined;
        },
        audit: (title, text) => {
          seen.push([title, text]);
          return undefined;
        },
      },
    );
    expect(seen).toEqual([
      ['Technical Program Manager', 'Jira\nSQL'],
      ['Technical Program Manager', 'Jira\nSQL', 'jira,sql'],
    ]);
  });
});
