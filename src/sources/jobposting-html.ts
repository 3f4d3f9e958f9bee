import { parse } from 'node-html-parser';
import type { ListingInput, ListingRead } from '../core/market/listing.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { textOf } from './html-to-text.ts';
import { valueText } from './record-to-listing.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function isJobPosting(node: Json): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/.test(t));
}

/** Every JobPosting object in a JSON-LD value: top level, arrays, `@graph`, one level of nesting. */
export function findJobPostings(value: unknown, depth = 0): Json[] {
  if (depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((v) => findJobPostings(v, depth + 1));
  if (!isObject(value)) return [];
  if (isJobPosting(value)) return [value];
  return Object.values(value).flatMap((v) => (typeof v === 'object' ? findJobPostings(v, depth + 1) : []));
}

function locationText(node: Json): string {
  const places = [node.jobLocation].flat().filter(isObject);
  const parts = places.map((p) => {
    const address = isObject(p.address) ? p.address : undefined;
    if (!address) return valueText(p.name);
    return ['addressLocality', 'addressRegion', 'addressCountry']
      .map((k) => valueText(address[k]))
      .filter(Boolean)
      .join(', ');
  });
  if (valueText(node.jobLocationType).toUpperCase() === 'TELECOMMUTE') parts.push('Remote');
  return [...new Set(parts.filter(Boolean))].join('; ');
}

const requirementText = (v: unknown): string => {
  if (isObject(v) && typeof v.description === 'string') return textOf(v.description);
  if (Array.isArray(v)) return v.map(requirementText).filter(Boolean).join('\n');
  return textOf(valueText(v));
};

/** A schema.org JobPosting object → a listing. */
export function jobPostingToListing(node: Json, source = 'jobposting'): Result<ListingInput, Issue> {
  const title = valueText(node.title) || valueText(node.name);
  const description = textOf(valueText(node.description));
  const requirements = ['qualifications', 'experienceRequirements', 'educationRequirements', 'skills']
    .map((k) => requirementText(node[k]))
    .filter(Boolean);
  const text = [description, requirements.length > 0 ? `Requirements\n${requirements.join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  if (!title) return fail({ code: 'JOBPOSTING_NO_TITLE', message: 'the JobPosting has no title' });
  const org = node.hiringOrganization;
  const company = isObject(org) ? valueText(org.name) : valueText(org);
  const identifier = isObject(node.identifier)
    ? valueText(node.identifier.value)
    : valueText(node.identifier);
  const url = valueText(node.url);
  const sourceId = identifier && company ? `${company}:${identifier}` : url || identifier;
  const location = locationText(node);
  const posted = valueText(node.datePosted);
  return ok({
    source,
    title,
    text,
    ...(sourceId ? { sourceId } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    ...(posted ? { postedAt: posted } : {}),
  });
}

/**
 * Listings of an HTML page from its schema.org JobPosting JSON-LD. A page without any yields one
 * error saying so; a JSON-LD block that is not JSON is reported, the others still read.
 */
export function readJobPostingHtml(html: string, name: string): ListingRead[] {
  const root = parse(html, { blockTextElements: { script: true } });
  const scripts = root
    .querySelectorAll('script')
    .filter((s) => (s.getAttribute('type') ?? '').toLowerCase().trim() === 'application/ld+json');
  const out: ListingRead[] = [];
  let postings = 0;
  scripts.forEach((script, k) => {
    const at = `${name}#ld${k + 1}`;
    let value: unknown;
    try {
      // Pages often put raw line breaks inside JSON-LD strings, which JSON forbids.
      value = JSON.parse(script.rawText.replace(/[\r\n\t]+/g, ' '));
    } catch (error) {
      out.push({
        ok: false,
        at,
        error: {
          code: 'JSONLD_INVALID',
          message: `a JSON-LD block is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        },
      });
      return;
    }
    for (const node of findJobPostings(value)) {
      postings++;
      const listing = jobPostingToListing(node);
      out.push(listing.ok ? { ok: true, value: listing.value, at } : { ok: false, error: listing.error, at });
    }
  });
  if (postings === 0 && !out.some((r) => !r.ok)) {
    out.push({
      ok: false,
      at: name,
      error: {
        code: 'HTML_NO_JOBPOSTING',
        message: `${name} has no schema.org JobPosting JSON-LD`,
        hint: 'save the page of a single job posting (most job sites embed JobPosting data there), or import a CSV/JSON export',
      },
    });
  }
  return out;
}
