/**
 * Word tokens with their offsets in the original text, so every match maps back to verbatim input.
 * A token is a run of letters/digits; a trailing "+"/"#" sticks ("c++", "c#"), a "." between two
 * alphanumerics joins ("node.js"), and a leading "." before a letter joins (".net").
 * Everything else separates, so "CI/CD", "ci-cd" and "CI CD" all give the tokens ci, cd.
 */
export interface Tokens {
  /** Lowercased token text. */
  norm: string[];
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/** Letters and digits, ASCII fast path; other scripts count as letters except punctuation/symbol blocks. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, shapes
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and the like
  if (c >= 0xe000 && c <= 0xf8ff) return false; // private use: icon fonts in PDFs
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  if (c === 0xfeff || c === 0xfffd) return false;
  return true;
}

const PLUS = 43;
const HASH = 35;
const DOT = 46;

export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound on tokens: one per two chars.
  let cap = Math.max(16, (n >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const norm: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let s = -1;
    if (isWordChar(c)) {
      s = i;
    } else if (
      c === DOT &&
      i + 1 < n &&
      isWordChar(text.charCodeAt(i + 1)) &&
      (i === 0 || !isWordChar(text.charCodeAt(i - 1)))
    ) {
      // ".NET": a leading dot joins only when a letter follows it.
      const next = text.charCodeAt(i + 1);
      if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) s = i;
    }
    if (s < 0) {
      i++;
      continue;
    }
    i++;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c)) {
        i++;
      } else if (c === DOT && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    // Trailing "+", "++" or "#": c++, c#, f#.
    if (i < n) {
      c = text.charCodeAt(i);
      if (c === HASH) i++;
      else if (c === PLUS) {
        i++;
        if (i < n && text.charCodeAt(i) === PLUS) i++;
      }
    }
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end);
      end = ne;
    }
    start[count] = s;
    end[count] = i;
    norm.push(text.slice(s, i).toLowerCase());
    count++;
  }
  return { norm, start, end, length: count };
}

/** The lowercased tokens of a short phrase (aliases, patterns, cues). */
export function words(phrase: string): string[] {
  return tokenize(phrase).norm;
}
