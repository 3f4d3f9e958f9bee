/** The text as a regular expression matches it literally: every character with a meaning escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
