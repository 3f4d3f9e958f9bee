import { fail, type Issue, ok, type Result } from '../result.ts';
import { repairMojibake } from '../text/mojibake.ts';
import { oneOf } from '../text/scan.ts';
import type {
  ListingAudit,
  ListingInput,
  ListingRequirement,
  ListingSkill,
  PreparedListing,
  SkillExtractor,
} from './listing.ts';
import { urlScheme, webUrl } from './listing-url.ts';
import { classifyListingLines, strongerRequirement } from './requirement-sections.ts';

/** Longest listing text kept; longer pages are almost always scraped noise. */
export const MAX_LISTING_TEXT = 100_000;

/**
 * Mis-decoded UTF-8 repaired, line endings unified, control characters and runs of blank lines
 * removed, lines trimmed at the end.
 */
export function normalizeListingText(text: string): string {
  const unified = repairMojibake(text)
    .text.replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return trimLineEnds(unified)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LINE_END_SPACE = oneOf(' \t\u00a0');

/** `text.replace(/[ \t\u00a0]+$/gm, '')` in one pass (that expression was quadratic in a run of spaces). */
function trimLineEnds(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    // `$` with the m flag stands before any line terminator; \r is gone by now.
    if (i < text.length && c !== 10 && c !== 0x2028 && c !== 0x2029) continue;
    let end = i;
    while (end > from && LINE_END_SPACE(text.charCodeAt(end - 1))) end--;
    out += text.slice(from, end) + text.slice(i, i + 1);
    from = i + 1;
  }
  return out;
}

/** Lowercase words only: two postings that differ in layout, case or punctuation hash alike. */
function canonicalContent(listing: ListingInput): string {
  const words = (s: string | undefined) =>
    (s ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
      .trim();
  return `${words(listing.title)}\u0001${words(listing.company)}\u0001${words(listing.text)}`;
}

// cyrb53 (public domain, bryc): a fast 53-bit string hash that needs no crypto API.
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 106-bit hash of a listing's normalized title, company and text, as 28 hex digits. */
export function listingContentHash(listing: ListingInput): string {
  const canonical = canonicalContent(listing);
  return (
    cyrb53(canonical, 1).toString(16).padStart(14, '0') + cyrb53(canonical, 2).toString(16).padStart(14, '0')
  );
}

/** Skills of a listing, each with the strongest way the listing asks for it; the employer's and the offer's sections ask for nothing. */
export function listingSkills(text: string, extract: SkillExtractor): ListingSkill[] {
  const kinds = classifyListingLines(text);
  const bySkill = new Map<string, ListingRequirement>();
  for (const mention of extract(text).mentions) {
    const kind = kinds[mention.line - 1] ?? 'mentioned';
    if (kind === 'not-asked') continue;
    const seen = bySkill.get(mention.skillId);
    bySkill.set(mention.skillId, seen === undefined ? kind : strongerRequirement(seen, kind));
  }
  return [...bySkill].map(([skillId, requirement]) => ({ skillId, requirement }));
}

export interface PrepareOptions {
  extract: SkillExtractor;
  /** The role family of a listing from its title and skills; undefined when none fits. */
  classify: (title: string, skills: readonly ListingSkill[], text: string) => string | undefined;
  /** The posting audit of a listing (see listing-audit.ts); listings are stored unaudited without it. */
  audit?: (title: string, text: string) => ListingAudit | undefined;
}

/** Validates, normalizes, extracts and classifies one listing; the issue says what is missing. */
export function prepareListing(input: ListingInput, options: PrepareOptions): Result<PreparedListing> {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (title.length === 0) {
    return fail({
      code: 'LISTING_NO_TITLE',
      message: 'the listing has no title',
      hint: 'map a title column',
    });
  }
  // Checked on the text as given, before any work on it; normalizing never makes a text longer.
  if (input.text.length > MAX_LISTING_TEXT) {
    return fail({
      code: 'LISTING_TOO_LONG',
      message: `"${title}" has ${input.text.length} characters of text (limit ${MAX_LISTING_TEXT})`,
      hint: 'import the job posting itself, not a whole page of them',
    });
  }
  const text = normalizeListingText(input.text);
  if (text.length === 0) {
    return fail({
      code: 'LISTING_NO_TEXT',
      message: `"${title}" has no description text`,
      hint: 'map a description column',
    });
  }
  const { url: rawUrl, ...fields } = input;
  const url = webUrl(rawUrl);
  const clean: ListingInput = { ...fields, title, text, ...(url ? { url } : {}) };
  const warnings = rawUrl?.trim() && !url ? [urlDropped(title, rawUrl)] : [];
  const contentHash = listingContentHash(clean);
  const sourceId = input.sourceId?.trim();
  const dedupeKey = sourceId ? `source:${input.source}:${sourceId}` : `hash:${contentHash}`;
  const skills = listingSkills(text, options.extract);
  const audit = options.audit?.(title, text);
  return ok({
    ...clean,
    ...(sourceId ? { sourceId } : {}),
    dedupeKey,
    contentHash,
    roleFamily: options.classify(title, skills, text),
    skills,
    ...(audit ? { audit } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  });
}

function urlDropped(title: string, url: string): Issue {
  const scheme = urlScheme(url);
  return {
    code: 'LISTING_URL_DROPPED',
    message: `"${title}": its link ${scheme ? `is a ${scheme} URL` : 'is not a URL'}, not an http(s) address; the listing is stored without it`,
    hint: 'nothing to do, or fix the link in the source',
  };
}
