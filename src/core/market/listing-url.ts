/**
 * A listing's link as a web address, or undefined when it is not one: only http(s) URLs are kept,
 * shown or rendered as links (`javascript:`, `data:`, `file:` and the like never are).
 */
export function webUrl(raw: string | null | undefined): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The scheme of a URL-looking string, for messages ("javascript:"); undefined when it has none. */
export function urlScheme(raw: string): string | undefined {
  return /^\s*([a-z][a-z0-9+.-]{0,30}:)/i.exec(raw)?.[1]?.toLowerCase();
}
