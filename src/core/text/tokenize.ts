/**
 * Word tokens with their offsets in the original text, so every match maps back to verbatim input.
 * A token is a run of letters/digits; a trailing "+"/"#" sticks ("c++", "c#"), a "." between two
 * alphanumerics joins ("node.js"), and a leading "." before a letter joins (".net").
 * Everything else separates, so "CI/CD", "ci-cd" and "CI CD" all give the tokens ci, cd.
 *
 * The hot path (`scanTokens`) allocates no strings: each token carries a hash of its lowercased
 * characters, and matching compares characters only when a hash hits.
 */
export interface TokenSpans {
  start: Int32Array;
  end: Int32Array;
  /** FNV-1a hash of the lowercased token (see `hashLower`). */
  hash: Int32Array;
  /** A second, independent hash: together the two make a false match vanishingly unlikely. */
  hash2: Int32Array;
  length: number;
}

/** Tokens as lowercased strings, for short phrases. */
export interface Tokens extends TokenSpans {
  norm: string[];
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

let lowerTable: Uint16Array | undefined;

/** Lowercase of one UTF-16 code unit (the first unit when lowercasing yields more). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (!lowerTable) {
    lowerTable = new Uint16Array(65536);
    for (let k = 0; k < 65536; k++) {
      const lower = String.fromCharCode(k).toLowerCase();
      lowerTable[k] = lower.length === 1 ? lower.charCodeAt(0) : k;
    }
  }
  return lowerTable[c]!;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

const H2_SEED = 0x2545f491 | 0;
const H2_MUL = 0x5bd1e995 | 0;

/** The token hash of a string, as scanTokens computes it. */
export function hashLower(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lowerCode(s.charCodeAt(i)), FNV_PRIME);
  return h;
}

/** The second token hash of a string, as scanTokens computes it. */
export function hash2Lower(s: string, from = 0, to = s.length): number {
  let h = H2_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h + lowerCode(s.charCodeAt(i)), H2_MUL) ^ (h >>> 15);
  return h;
}

/** True when text[s, e) lowercased equals `key` (already lowercase). */
export function equalsLower(text: string, s: number, e: number, key: string): boolean {
  if (e - s !== key.length) return false;
  for (let k = 0; k < key.length; k++)
    if (lowerCode(text.charCodeAt(s + k)) !== key.charCodeAt(k)) return false;
  return true;
}

const PLUS = 43;
const HASH = 35;
const DOT = 46;

const HYPHEN = 45;
const EN_DASH = 0x2013;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function scanTokens(text: string): TokenSpans {
  const n = text.length;
  let cap = Math.max(16, (n >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let hash2 = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // ".NET": a leading dot joins only when a letter follows and no word char precedes.
      if (
        !(
          c === DOT &&
          i + 1 < n &&
          isLetter(text.charCodeAt(i + 1)) &&
          (i === 0 || !isWordChar(text.charCodeAt(i - 1)))
        )
      ) {
        i++;
        continue;
      }
    }
    const s = i;
    // Both hashes are folded in one place (mix) so they always agree with hashLower/hash2Lower.
    let h = FNV_OFFSET;
    let g = H2_SEED;
    let lc = lowerCode(c);
    h = Math.imul(h ^ lc, FNV_PRIME);
    g = Math.imul(g + lc, H2_MUL) ^ (g >>> 15);
    i++;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c)) {
        lc = lowerCode(c);
        h = Math.imul(h ^ lc, FNV_PRIME);
        g = Math.imul(g + lc, H2_MUL) ^ (g >>> 15);
        i++;
      } else if (c === DOT && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        h = Math.imul(h ^ DOT, FNV_PRIME);
        g = Math.imul(g + DOT, H2_MUL) ^ (g >>> 15);
        lc = lowerCode(text.charCodeAt(i + 1));
        h = Math.imul(h ^ lc, FNV_PRIME);
        g = Math.imul(g + lc, H2_MUL) ^ (g >>> 15);
        i += 2;
      } else if (
        (c === HYPHEN || c === EN_DASH) &&
        i + 1 < n &&
        isDigit(text.charCodeAt(i + 1)) &&
        allDigits(text, s, i)
      ) {
        // "4-5", "8–10": a range of numbers is one quantity, one token ("managed 4-5 projects").
        h = Math.imul(h ^ HYPHEN, FNV_PRIME);
        g = Math.imul(g + HYPHEN, H2_MUL) ^ (g >>> 15);
        i++;
      } else {
        break;
      }
    }
    // Trailing "+", "++" or "#": c++, c#, f#.
    if (i < n) {
      c = text.charCodeAt(i);
      if (c === HASH || c === PLUS) {
        h = Math.imul(h ^ c, FNV_PRIME);
        g = Math.imul(g + c, H2_MUL) ^ (g >>> 15);
        i++;
        if (c === PLUS && i < n && text.charCodeAt(i) === PLUS) {
          h = Math.imul(h ^ PLUS, FNV_PRIME);
          g = Math.imul(g + PLUS, H2_MUL) ^ (g >>> 15);
          i++;
        }
      }
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      hash = grow(hash, cap);
      hash2 = grow(hash2, cap);
    }
    start[count] = s;
    end[count] = i;
    hash[count] = h;
    hash2[count] = g;
    count++;
  }
  return { start, end, hash, hash2, length: count };
}

function grow(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

export function tokenize(text: string): Tokens {
  const spans = scanTokens(text);
  const norm: string[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) norm[k] = text.slice(spans.start[k]!, spans.end[k]!).toLowerCase();
  return { ...spans, norm };
}

/** The lowercased tokens of a short phrase (aliases, patterns, cues). */
export function words(phrase: string): string[] {
  return tokenize(phrase).norm;
}
