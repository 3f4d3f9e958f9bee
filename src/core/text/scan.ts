// Small scanners for text operations whose regular expressions backtracked on long runs of one
// character (issue 12): `^[…]+|[…]+$` trims and `\s*…\s*` splits. Each does the same as the
// expression it replaced, in one pass.

/** Whether a UTF-16 code unit is whitespace as the regular-expression class `\s` defines it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A predicate for whitespace plus the given characters (BMP only, as in a class without the `u` flag). */
export function spaceOr(chars: string): (c: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (c) => isSpace(c) || set.has(c);
}

/** A predicate for exactly the given characters. */
export function oneOf(chars: string): (c: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (c) => set.has(c);
}

const never = () => false;

/**
 * `s.replace(/^[L]+|[T]+$/g, '')` in one pass: the leading run of `lead` characters and the
 * trailing run of `trail` characters after it removed.
 */
export function stripEnds(
  s: string,
  lead: (c: number) => boolean,
  trail: (c: number) => boolean = lead,
): string {
  let a = 0;
  while (a < s.length && lead(s.charCodeAt(a))) a++;
  let b = s.length;
  while (b > a && trail(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** `s.replace(/[T]+$/, '')` in one pass. */
export function stripEnd(s: string, trail: (c: number) => boolean): string {
  return stripEnds(s, never, trail);
}

/** End of the whitespace run starting at `i` (`i` itself when there is none). */
export function spaceRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/**
 * `s.split(re)` for a separator found by `matchAt(i)`: the end of the separator starting at
 * `i`, or -1. `matchAt` may return `skip` (a position > i) to say no separator starts before it.
 */
export function splitWith(s: string, matchAt: (i: number) => number | { skip: number }): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const end = matchAt(i);
    if (typeof end !== 'number') i = Math.max(end.skip, i + 1);
    else if (end < 0) i++;
    else {
      parts.push(s.slice(from, i));
      from = end;
      i = end;
    }
  }
  parts.push(s.slice(from));
  return parts;
}
