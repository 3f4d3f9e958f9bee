import type { ListingInput, ListingRead } from '../core/market/listing.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { escapedHtmlToText, htmlToText } from './html-to-text.ts';
import { valueText } from './record-to-listing.ts';

/** Public job-board APIs rolefit reads. */
export const JOB_BOARDS = ['greenhouse', 'lever', 'ashby'] as const;
export type JobBoard = (typeof JOB_BOARDS)[number];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The public endpoint of a board; names are the slug in the company's job-board URL. */
export function boardUrl(board: JobBoard, name: string): string {
  const n = encodeURIComponent(name);
  switch (board) {
    case 'greenhouse':
      return `https://boards-api.greenhouse.io/v1/boards/${n}/jobs?content=true`;
    case 'lever':
      return `https://api.lever.co/v0/postings/${n}?mode=json`;
    case 'ashby':
      return `https://api.ashbyhq.com/posting-api/job-board/${n}?includeCompensation=true`;
  }
}

const optional = (key: keyof ListingInput, value: string) => (value ? { [key]: value } : {});

function fromJob(job: unknown, at: string, map: (job: Json) => Result<ListingInput, Issue>): ListingRead {
  if (!isObject(job))
    return { ok: false, at, error: { code: 'BOARD_JOB_INVALID', message: 'the job is not an object' } };
  const listing = map(job);
  return listing.ok ? { ok: true, value: listing.value, at } : { ok: false, error: listing.error, at };
}

const noTitle = (board: string) =>
  fail({ code: 'BOARD_JOB_NO_TITLE', message: `a ${board} job has no title` });

/** Greenhouse Job Board API (`/v1/boards/<board>/jobs?content=true`): `content` is escaped HTML. */
export function greenhouseJob(job: Json, board?: string): Result<ListingInput, Issue> {
  const title = valueText(job.title);
  if (!title) return noTitle('Greenhouse');
  const company = valueText(job.company_name) || board || '';
  const location = valueText(job.location);
  const departments = Array.isArray(job.departments) ? job.departments.map(valueText).filter(Boolean) : [];
  const text = escapedHtmlToText(valueText(job.content));
  return ok({
    source: 'greenhouse',
    title,
    text: departments.length > 0 && text ? `${text}\n\nDepartment: ${departments.join(', ')}` : text,
    ...optional('sourceId', valueText(job.id)),
    ...optional('company', company),
    ...optional('location', location),
    ...optional('url', valueText(job.absolute_url)),
    ...optional('postedAt', valueText(job.first_published) || valueText(job.updated_at)),
  });
}

/** Lever Postings API (`/v0/postings/<company>?mode=json`): description, `lists` (headed sections), additional. */
export function leverJob(job: Json, company?: string): Result<ListingInput, Issue> {
  const title = valueText(job.text);
  if (!title) return noTitle('Lever');
  const plainOrHtml = (plain: unknown, html: unknown) => valueText(plain) || htmlToText(valueText(html));
  const parts = [
    plainOrHtml(job.openingPlain, job.opening),
    plainOrHtml(job.descriptionBodyPlain, job.descriptionBody),
  ];
  if (!parts.some(Boolean)) parts.push(plainOrHtml(job.descriptionPlain, job.description));
  for (const list of Array.isArray(job.lists) ? job.lists : []) {
    if (!isObject(list)) continue;
    parts.push(`${valueText(list.text)}\n${htmlToText(valueText(list.content))}`);
  }
  parts.push(plainOrHtml(job.additionalPlain, job.additional));
  const categories = isObject(job.categories) ? job.categories : {};
  const hosted = valueText(job.hostedUrl);
  const fromUrl = /jobs\.(?:eu\.)?lever\.co\/([^/?#]+)/.exec(hosted)?.[1] ?? '';
  const created = typeof job.createdAt === 'number' ? new Date(job.createdAt).toISOString() : '';
  return ok({
    source: 'lever',
    title,
    text: parts.filter(Boolean).join('\n\n'),
    ...optional('sourceId', valueText(job.id)),
    ...optional('company', company || fromUrl),
    ...optional('location', valueText(categories.location)),
    ...optional('url', hosted),
    ...optional('postedAt', created),
  });
}

/** Ashby Posting API (`/posting-api/job-board/<name>`): `descriptionPlain`, else `descriptionHtml`. */
export function ashbyJob(job: Json, board?: string): Result<ListingInput, Issue> {
  const title = valueText(job.title);
  if (!title) return noTitle('Ashby');
  if (job.isListed === false) {
    return fail({ code: 'BOARD_JOB_UNLISTED', message: `"${title}" is not listed on the board` });
  }
  const text = htmlToText(valueText(job.descriptionHtml)) || valueText(job.descriptionPlain);
  const locations = [
    valueText(job.location),
    ...(Array.isArray(job.secondaryLocations) ? job.secondaryLocations : []).map((l) =>
      isObject(l) ? valueText(l.location) : '',
    ),
  ].filter(Boolean);
  const jobUrl = valueText(job.jobUrl);
  const fromUrl = /jobs\.ashbyhq\.com\/([^/?#]+)/.exec(jobUrl)?.[1] ?? '';
  return ok({
    source: 'ashby',
    title,
    text,
    ...optional('sourceId', valueText(job.id) || jobUrl),
    ...optional('company', board || decodeURIComponent(fromUrl)),
    ...optional('location', [...new Set(locations)].join('; ')),
    ...optional('url', jobUrl),
    ...optional('postedAt', valueText(job.publishedAt)),
  });
}

/** Which board API a parsed JSON document came from, by its shape; undefined for anything else. */
export function detectBoard(doc: unknown): JobBoard | undefined {
  if (isObject(doc) && Array.isArray(doc.jobs)) {
    const first = doc.jobs.find(isObject);
    if ('apiVersion' in doc || (first && ('jobUrl' in first || 'descriptionHtml' in first))) return 'ashby';
    if (first && ('absolute_url' in first || 'internal_job_id' in first)) return 'greenhouse';
    if (!first && 'meta' in doc) return 'greenhouse';
  }
  if (Array.isArray(doc)) {
    const first = doc.find(isObject);
    if (first && 'hostedUrl' in first && 'text' in first) return 'lever';
  }
  return undefined;
}

/** The jobs of one board response, each read or rejected on its own. */
export function readBoard(
  board: JobBoard,
  doc: unknown,
  name: string,
  company?: string,
): Result<ListingRead[], Issue> {
  const jobs = board === 'lever' ? doc : isObject(doc) ? doc.jobs : undefined;
  if (!Array.isArray(jobs)) {
    return fail({
      code: 'BOARD_UNEXPECTED_SHAPE',
      message: `${name} is not a ${board} job-board response (${board === 'lever' ? 'expected an array of postings' : 'expected an object with "jobs"'})`,
      hint: `fetch it from ${boardUrl(board, '<name>')}, or pick another --source`,
    });
  }
  const map =
    board === 'greenhouse'
      ? (j: Json) => greenhouseJob(j, company)
      : board === 'lever'
        ? (j: Json) => leverJob(j, company)
        : (j: Json) => ashbyJob(j, company);
  return ok(jobs.map((job, k) => fromJob(job, `${name}#${k + 1}`, map)));
}
