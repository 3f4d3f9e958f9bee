import type { ListingInput } from '../core/market/listing.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import type { ColumnMapping, ListingField } from './field-map.ts';
import { textOf } from './html-to-text.ts';

/** A value as text: strings trimmed, numbers printed, objects by their `name`/`text`, arrays joined. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join('\n');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['name', 'text', 'value', 'label'])
      if (typeof o[k] === 'string') return (o[k] as string).trim();
  }
  return '';
}

/** Headings put before the text of requirement columns, so section detection sees them. */
const HEADINGS: Partial<Record<ListingField, string>> = {
  requirements: 'Requirements',
  preferred: 'Preferred qualifications',
};

/** A flat record (a CSV row, a JSON object) → a listing, through a column mapping. */
export function recordToListing(
  record: Readonly<Record<string, unknown>>,
  mapping: ColumnMapping,
  source: string,
): Result<ListingInput, Issue> {
  const get = (field: ListingField) =>
    (mapping[field] ?? []).map((c) => valueText(record[c])).filter(Boolean);
  const parts: string[] = [];
  for (const d of get('description')) parts.push(textOf(d));
  for (const field of ['requirements', 'preferred'] as const) {
    const values = get(field);
    if (values.length > 0) parts.push(`${HEADINGS[field]}\n${values.map(textOf).join('\n')}`);
  }
  const text = parts.join('\n\n').trim();
  let title = get('title')[0] ?? '';
  if (title.length === 0 && text.length > 0) {
    // No title column (a forum post): its first line stands in.
    title = (text.split('\n')[0] ?? '').slice(0, 160);
  }
  if (title.length === 0 && text.length === 0) {
    return fail({ code: 'ROW_EMPTY', message: 'the row has neither title nor description text' });
  }
  const [id] = get('id');
  const [company] = get('company');
  const [location] = get('location');
  const [url] = get('url');
  const [posted] = get('posted');
  return ok({
    source,
    title,
    text,
    ...(id ? { sourceId: id } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    ...(posted ? { postedAt: posted } : {}),
  });
}
