import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListingRead } from '../core/market/listing.ts';
import { fetchBoardListings, readListingsFromFile, type SourceFormat } from './read-listings.ts';
import { SourceError } from './source-error.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function readAll(
  name: string,
  format?: SourceFormat,
  map?: Record<string, string[]>,
): Promise<ListingRead[]> {
  const out: ListingRead[] = [];
  for await (const r of readListingsFromFile(fixture(name), { format, map })) out.push(r);
  return out;
}

interface Case {
  file: string;
  format?: SourceFormat;
  /** Titles of the listings read, in order. */
  titles: string[];
  /** Codes of the rows rejected, sorted. */
  errors: string[];
  first: { sourceId?: string; company?: string; location?: string; url?: string; textHas: string[] };
}

const CASES: Case[] = [
  {
    file: 'listings.csv',
    titles: ['Technical Program Manager', 'Scrum Master', 'Data Analyst'],
    errors: ['CSV_COLUMN_COUNT', 'CSV_MALFORMED_ROW', 'CSV_MALFORMED_ROW'],
    first: {
      sourceId: '101',
      company: 'Acme',
      location: 'Paris',
      textHas: ['Requirements:', 'SQL is a plus'],
    },
  },
  {
    file: 'listings.jsonl',
    titles: ['Technical Project Manager', 'Backend Engineer'],
    errors: ['JSONL_INVALID_LINE', 'JSON_NOT_OBJECT', 'ROW_EMPTY'],
    first: { sourceId: 'hn-1', company: 'Foo', textHas: ['Own delivery.', '\nRequirements\n'] },
  },
  {
    file: 'greenhouse.json',
    titles: ['Senior Technical Program Manager, Platform'],
    errors: ['BOARD_JOB_NO_TITLE'],
    first: {
      sourceId: '4012345',
      company: 'Example Corp',
      location: 'Remote - US',
      url: 'https://boards.greenhouse.io/examplecorp/jobs/4012345',
      textHas: ['Jira & Confluence', '\nRequirements\n', '\nNice to have\n• SQL'],
    },
  },
  {
    file: 'lever.json',
    titles: ['Technical Delivery Manager'],
    errors: ['BOARD_JOB_INVALID'],
    first: {
      sourceId: '5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      company: 'exampleco',
      location: 'London',
      textHas: ['Requirements:\n• Experience with Jira', 'Bonus points\n• Python'],
    },
  },
  {
    file: 'ashby.json',
    titles: ['IT Project Manager'],
    errors: ['BOARD_JOB_UNLISTED'],
    first: {
      sourceId: 'a1b2c3d4-0000-4000-8000-000000000001',
      company: 'exampleinc',
      location: 'New York; Remote',
      textHas: ['Must have\n• Agile\n• Budgeting'],
    },
  },
  {
    file: 'jobposting.html',
    titles: ['Release Manager'],
    errors: [],
    first: {
      sourceId: 'Example Ltd:RM-7',
      company: 'Example Ltd',
      location: 'Leeds, GB',
      url: 'https://example.test/jobs/rm-7',
      textHas: ['Qualifications:\n• Jira\n• Risk management'],
    },
  },
  { file: 'no-jsonld.html', titles: [], errors: ['HTML_NO_JOBPOSTING'], first: { textHas: [] } },
];

describe.each(CASES)('source contract: $file', (c) => {
  it('reads every good item as a listing and every bad one as an error with a code and place', async () => {
    const items = await readAll(c.file, c.format);
    const good = items.flatMap((i) => (i.ok ? [i.value] : []));
    const bad = items.flatMap((i) => (i.ok ? [] : [i]));
    expect(good.map((l) => l.title)).toEqual(c.titles);
    expect(bad.map((b) => b.error.code).sort()).toEqual(c.errors);
    for (const b of bad) {
      expect(b.at).toMatch(new RegExp(`^${c.file.replace('.', '\\.')}`));
      expect(b.error.message.length).toBeGreaterThan(10);
    }
    for (const l of good) {
      expect(l.title.trim()).toBe(l.title);
      expect(l.text.length).toBeGreaterThan(0);
      expect(l.text).not.toMatch(/<\/?(p|li|ul|div|strong)>|&lt;|&amp;/);
      expect(l.source.length).toBeGreaterThan(0);
    }
    const [first] = good;
    if (first) {
      for (const key of ['sourceId', 'company', 'location', 'url'] as const) {
        if (c.first[key] !== undefined) expect(first[key]).toBe(c.first[key]);
      }
      for (const s of c.first.textHas) expect(first.text).toContain(s);
    }
  });

  it('reads the same file the same way twice', async () => {
    expect(await readAll(c.file, c.format)).toEqual(await readAll(c.file, c.format));
  });
});

describe('source options and whole-file failures', () => {
  it('uses --map columns and fails the whole file when a mapped column is absent', async () => {
    const mapped = await readAll('listings.csv', undefined, { title: ['company_name'] });
    expect(mapped.find((i) => i.ok)?.ok && mapped.find((i) => i.ok)).toMatchObject({
      value: { title: 'Acme' },
    });
    await expect(readAll('listings.csv', undefined, { title: ['job_name'] })).rejects.toMatchObject({
      code: 'MAP_COLUMN_NOT_FOUND',
    });
  });

  it('rejects a file of the wrong shape for --source with a clear message', async () => {
    const error = await readAll('lever.json', 'greenhouse').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).code).toBe('BOARD_UNEXPECTED_SHAPE');
  });

  it('fails a JSON file that is not JSON', async () => {
    await expect(readAll('listings.jsonl', 'json')).rejects.toMatchObject({ code: 'JSON_INVALID' });
  });
});

describe('fetching boards', () => {
  const respond = (body: unknown, status = 200): typeof fetch =>
    (async (url: string | URL | Request) => {
      respond.last = String(url);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
  respond.last = '';

  it('calls the public endpoint of each board and reads its jobs', async () => {
    const gh = JSON.parse(readFileSync(fixture('greenhouse.json'), 'utf8'));
    const result = await fetchBoardListings('greenhouse', 'examplecorp', respond(gh));
    expect(respond.last).toBe('https://boards-api.greenhouse.io/v1/boards/examplecorp/jobs?content=true');
    expect(result.ok && result.value.filter((r) => r.ok).length).toBe(1);

    await fetchBoardListings('lever', 'exampleco', respond([]));
    expect(respond.last).toBe('https://api.lever.co/v0/postings/exampleco?mode=json');
    await fetchBoardListings('ashby', 'exampleinc', respond({ apiVersion: '1', jobs: [] }));
    expect(respond.last).toBe(
      'https://api.ashbyhq.com/posting-api/job-board/exampleinc?includeCompensation=true',
    );
  });

  it('reports a missing board, an unreachable host and a bad name as issues', async () => {
    expect(await fetchBoardListings('ashby', 'nope', respond({}, 404))).toMatchObject({
      ok: false,
      error: { code: 'BOARD_NOT_FOUND' },
    });
    const offline = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.lever.co') });
    }) as typeof fetch;
    const down = await fetchBoardListings('lever', 'x', offline);
    expect(down).toMatchObject({ ok: false, error: { code: 'BOARD_FETCH_FAILED' } });
    expect(!down.ok && down.error.message).toContain('ENOTFOUND');
    expect(await fetchBoardListings('greenhouse', '../etc', respond({}))).toMatchObject({
      ok: false,
      error: { code: 'BOARD_BAD_NAME' },
    });
  });
});
