import type { Issue } from '../core/result.ts';
import { type DeflateFormat, type Inflated, inflateBounded } from './bounded-inflate.ts';

/**
 * What a PDF's compressed streams may decode to. A resume's fonts, pages and images come to a
 * few MB; pdf.js sets no bound of its own, and a 5 KB stream compressed twice decodes to 2 GB.
 */
export const PDF_STREAM_LIMITS = {
  maxStreamBytes: 64 * 1024 * 1024,
  maxTotalBytes: 192 * 1024 * 1024,
};

/** How far before a `stream` keyword its dictionary is looked for. */
const MAX_DICTIONARY_CHARS = 64 * 1024;

/**
 * Decodes every FlateDecode stream of a PDF with a counting inflater, before pdf.js sees the file,
 * and names the first that expands past the limits. Streams it cannot decode (encrypted ones,
 * other filters first in the chain, broken data) are left to pdf.js, whose memory the parser
 * process bounds.
 */
export function findPdfBomb(bytes: Uint8Array, limits = PDF_STREAM_LIMITS): Issue | undefined {
  const text = new TextDecoder('latin1').decode(bytes);
  const objects = objectIndex(text);
  const endstream = nextFinder(text, 'endstream');
  let total = 0;
  let scanned = 0;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', Math.max(at + 6, scanned))) {
    const start = dataStart(text, at);
    if (start === undefined) continue;
    // Each stream's dictionary is looked for after the previous stream: the scan stays linear.
    const window = text.slice(Math.max(scanned, at - MAX_DICTIONARY_CHARS), at);
    const objectStart = window.lastIndexOf('obj');
    const entries = dictionaryEntries(objectStart < 0 ? window : window.slice(objectStart + 3));
    const layers = decodedLayers(objects.resolve(entries.get('Filter')));
    const length = Number(objects.resolve(entries.get('Length'))?.[0]);
    const end =
      Number.isInteger(length) && length >= 0 && start + length <= bytes.length
        ? start + length
        : endstream(start);
    scanned = end < 0 ? start : end;
    if (layers.length === 0 || end < 0) continue;
    const budget = Math.min(limits.maxStreamBytes, limits.maxTotalBytes - total);
    const decoded = decodeBounded(bytes.subarray(start, end), layers, budget);
    if (!decoded.ok && decoded.reason === 'too-large') {
      const single = budget === limits.maxStreamBytes;
      return {
        code: 'PDF_BOMB',
        message: single
          ? `a compressed stream in the PDF expands to more than ${mb(limits.maxStreamBytes)}, far more than any resume; the file was not read.`
          : `the PDF's compressed streams expand to more than ${mb(limits.maxTotalBytes)} together, far more than any resume; the file was not read.`,
        hint: 'Export the resume again from your word processor, or save it as .docx or text.',
      };
    }
    if (decoded.ok) total += decoded.bytes.length;
  }
  return undefined;
}

/** `N G obj` headers, read backwards from each `obj` (a regular expression could backtrack on long digit runs). */
export function objectOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  for (let at = text.indexOf('obj'); at >= 0; at = text.indexOf('obj', at + 3)) {
    let i = at;
    const back = (accept: (c: string) => boolean, most: number) => {
      const end = i;
      while (i > 0 && end - i < most && accept(text[i - 1]!)) i--;
      return text.slice(i, end);
    };
    const isDigit = (c: string) => c >= '0' && c <= '9';
    const isSpace = (c: string) => ' \t\r\n\f\0'.includes(c);
    if (!back(isSpace, 16)) continue;
    const generation = back(isDigit, 10);
    if (!generation || !back(isSpace, 16)) continue;
    const number = back(isDigit, 10);
    if (number) offsets.set(`${Number(number)} ${Number(generation)}`, at + 3);
  }
  return offsets;
}

/** indexOf for positions that only grow, remembering the last hit: linear over the whole scan. */
function nextFinder(text: string, word: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found;
    found = text.indexOf(word, from);
    return found;
  };
}

/** Where each plain `N G obj` starts, indexed on first use, to resolve references. */
function objectIndex(text: string) {
  let offsets: Map<string, number> | undefined;
  return {
    /** A value as tokens; an indirect reference (`12 0 R`) becomes the value of that object. */
    resolve(value: string[] | undefined): string[] | undefined {
      if (value?.length !== 3 || value[2] !== 'R') return value;
      offsets ??= objectOffsets(text);
      const from = offsets.get(`${Number(value[0])} ${Number(value[1])}`);
      if (from === undefined) return undefined;
      const body = tokens(text.slice(from, from + 4096));
      if (body[0] === '[') return body.slice(1, Math.max(1, body.indexOf(']')));
      return body.slice(0, 1);
    },
  };
}

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;

/** Where a stream's data begins, when `at` is the keyword `stream` (not `endstream`) followed by an end of line. */
export function dataStart(text: string, at: number): number | undefined {
  if (text.startsWith('end', at - 3)) return undefined;
  if (text.startsWith('\r\n', at + 6)) return at + 8;
  if (text[at + 6] === '\n' || text[at + 6] === '\r') return at + 7;
  return undefined;
}

type Layer = DeflateFormat | 'hex' | 'ascii85';

/**
 * The stream's filters from the first on, as long as this scan can decode them: FlateDecode, and
 * the ASCII encodings a bomb can hide it behind (they only shrink the data). LZW and RunLength
 * are left to pdf.js, under the parser process's memory watchdog.
 */
function decodedLayers(filter: string[] | undefined): Layer[] {
  const layers: Layer[] = [];
  for (const name of filter ?? []) {
    if (name === '/FlateDecode' || name === '/Fl') layers.push('zlib');
    else if (name === '/ASCIIHexDecode' || name === '/AHx') layers.push('hex');
    else if (name === '/ASCII85Decode' || name === '/A85') layers.push('ascii85');
    else break;
  }
  // Only a stream with something compressed in it can be a bomb.
  return layers.includes('zlib') ? layers : [];
}

function decodeBounded(data: Uint8Array, layers: readonly Layer[], budget: number): Inflated {
  let bytes = data;
  for (const layer of layers) {
    if (layer === 'hex') bytes = fromHex(bytes);
    else if (layer === 'ascii85') bytes = fromAscii85(bytes);
    else {
      const inflated = inflateBounded(bytes, { layers: [layer], budget });
      if (!inflated.ok) return inflated;
      bytes = inflated.bytes;
    }
  }
  return { ok: true, bytes };
}

const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;

/** ASCIIHexDecode: pairs of hex digits up to `>`, white space skipped (PDF 32000-1, 7.4.2). */
export function fromHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = hexValue(c);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

/** ASCII85Decode: groups of five characters `!`–`u` for four bytes, `z` for four zeros, up to `~>` (7.4.3). */
export function fromAscii85(data: Uint8Array): Uint8Array {
  // At most four bytes per character (`z`).
  const out = new Uint8Array(4 * data.length + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  const emit = (digits: number) => {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < digits - 1; k++) out[n++] = (group >>> (24 - 8 * k)) & 0xff;
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && count === 0) {
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      emit(5);
      group = 0;
      count = 0;
    }
  }
  if (count > 1) emit(count);
  return out.subarray(0, n);
}

/** The top-level keys of a dictionary (the last `<<` … `>>` before the keyword) and their values as tokens. */
export function dictionaryEntries(dictionary: string): Map<string, string[]> {
  const all = tokens(dictionary);
  const entries = new Map<string, string[]>();
  let depth = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (t === '<<') {
      if (depth === 0) entries.clear();
      depth++;
    } else if (t === '>>') depth = Math.max(0, depth - 1);
    else if (depth === 1 && (t === '/Filter' || t === '/Length')) {
      const next = all[i + 1];
      if (next === '[') {
        const close = all.indexOf(']', i + 1);
        entries.set(t.slice(1), all.slice(i + 2, close < 0 ? all.length : close));
      } else if (all[i + 3] === 'R') entries.set(t.slice(1), all.slice(i + 1, i + 4));
      else if (next !== undefined) entries.set(t.slice(1), [next]);
    }
  }
  return entries;
}

/**
 * PDF tokens, enough to read a stream's dictionary: comments are skipped, and strings too unless
 * `strings` is set (then each string, literal or hex, is one token as written, for a reader that
 * pairs keys with values).
 */
export function tokens(text: string, strings = false): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '<' && text[i + 1] === '<') {
      out.push('<<');
      i += 2;
    } else if (c === '>' && text[i + 1] === '>') {
      out.push('>>');
      i += 2;
    } else if (c === '[' || c === ']') {
      out.push(c);
      i++;
    } else if (c === '(') {
      const end = skipString(text, i);
      if (strings) out.push(text.slice(i, end));
      i = end;
    } else if (c === '<') {
      const close = text.indexOf('>', i);
      const end = close < 0 ? text.length : close + 1;
      if (strings) out.push(text.slice(i, end));
      i = end;
    } else if (c === '%') {
      while (i < text.length && text[i] !== '\r' && text[i] !== '\n') i++;
    } else if (isDelimiterOrSpace(c)) {
      i++;
    } else {
      let j = i + 1;
      while (j < text.length && !isDelimiterOrSpace(text[j]!) && text[j] !== '/') j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

function skipString(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

function isDelimiterOrSpace(c: string): boolean {
  return ' \t\r\n\f\0()<>[]{}%'.includes(c);
}
