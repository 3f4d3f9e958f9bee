/** A span of ISO dates (YYYY-MM-DD), both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number): string | undefined =>
  year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${year}-${pad(month)}-${pad(day)}`
    : undefined;

/**
 * The day a listing was posted, as YYYY-MM-DD, from what sources write: an ISO date or date-time
 * (with anything after it: "2025-10-11 (first seen)"), Unix time in seconds or milliseconds
 * ("1713499851000.0"), or "Oct 09, 2025" / "9 October 2025". Undefined when it reads as none of them.
 */
export function listingDay(raw: string | undefined): string | undefined {
  const s = raw?.trim() ?? '';
  if (s.length === 0 || s.length > 64) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{9,13}(\.\d+)?$/.test(s)) {
    const n = Number(s);
    const ms = n >= 1e12 ? n : n * 1000;
    const d = new Date(ms);
    return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const monthFirst = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (monthFirst) {
    const month = MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1;
    return month === 0 ? undefined : isoDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dayFirst = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(s);
  if (dayFirst) {
    const month = MONTHS.indexOf(dayFirst[2]!.toLowerCase()) + 1;
    return month === 0 ? undefined : isoDay(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return undefined;
}

/** The earliest and latest of some ISO days; null when there are none. */
export function dateRange(days: Iterable<string | undefined>): DateRange | null {
  let from: string | undefined;
  let to: string | undefined;
  for (const d of days) {
    if (d === undefined) continue;
    if (from === undefined || d < from) from = d;
    if (to === undefined || d > to) to = d;
  }
  return from === undefined || to === undefined ? null : { from, to };
}
