import { formatCount } from '../render/format.ts';
import { type DateRange, dateRange } from './listing-date.ts';

/** One source of the listings market figures rest on. */
export interface BasisSource {
  name: string;
  listings: number;
  /** Listings of this source with a known posting date. */
  dated: number;
  dates: DateRange | null;
}

/**
 * What market figures rest on: the role's listings in the user's store, or the shipped snapshot
 * of real TPM listings (data/market/tpm-snapshot.json) when the store holds none.
 */
export interface MarketBasis {
  kind: 'store' | 'snapshot';
  listings: number;
  /** What the listings are, plural: "TPM and program-manager listings". */
  what: string;
  /** Largest first. */
  sources: BasisSource[];
  /** Posting dates over every dated listing; null when none is dated. */
  dates: DateRange | null;
  /** The snapshot's version and the date of its newest listing (snapshot only). */
  snapshot?: { version: string; asOf: string };
}

/** Sources with their counts and dates, largest first (ties by name). */
export function basisSources(
  listings: Iterable<{ source: string; day: string | undefined }>,
  name: (source: string) => string = (s) => s,
): BasisSource[] {
  const by = new Map<string, { listings: number; days: string[] }>();
  for (const l of listings) {
    let s = by.get(l.source);
    if (s === undefined) {
      s = { listings: 0, days: [] };
      by.set(l.source, s);
    }
    s.listings++;
    if (l.day !== undefined) s.days.push(l.day);
  }
  return [...by]
    .map(([source, s]) => ({
      name: name(source),
      listings: s.listings,
      dated: s.days.length,
      dates: dateRange(s.days),
    }))
    .sort((a, b) => b.listings - a.listings || a.name.localeCompare(b.name));
}

const MAX_NAMED_SOURCES = 4;

/** "and"-joined list: "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The one line that says where market figures come from, shown wherever they are:
 * "157 TPM and program-manager listings from Microsoft and Meta careers sites (98), … dated
 * 2024-04-05 to 2025-11-05 (42 undated); snapshot 2025-11-05."
 */
export function describeMarketBasis(basis: MarketBasis): string {
  const n = formatCount(basis.listings);
  const named = basis.sources.filter((s) => s.listings > 0);
  const shown = named.slice(0, MAX_NAMED_SOURCES).map((s) => `${s.name} (${formatCount(s.listings)})`);
  const rest = named.length - shown.length;
  if (rest > 0) shown.push(`${rest} more source${rest === 1 ? '' : 's'}`);
  const from = shown.length > 0 ? ` from ${joinAnd(shown)}` : '';
  const undated = basis.listings - named.reduce((s, x) => s + x.dated, 0);
  const dated =
    basis.dates === null
      ? ', undated'
      : `, dated ${basis.dates.from === basis.dates.to ? basis.dates.from : `${basis.dates.from} to ${basis.dates.to}`}${undated > 0 ? ` (${formatCount(undated)} undated)` : ''}`;
  const snapshot = basis.snapshot ? `; snapshot ${basis.snapshot.asOf}` : '';
  return `${n} ${basis.what}${from}${dated}${snapshot}.`;
}
