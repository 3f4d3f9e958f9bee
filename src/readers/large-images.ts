// Large page images (600-dpi scans) kept away from pdf.js, which decodes an image whole: a
// 600-dpi colour page is 100 MB of RGB and more in its decoder, past the parser's memory limit.
// Each is swapped, in an incremental update of the file, for a tiny marker image; OCR decodes the
// original itself at the scale it needs (jpeg-luma.ts), or refuses it. Pure: bytes in, bytes out.
import { jpegFrame } from './jpeg-luma.ts';
import type { DecodedImage } from './page-images.ts';
import { dataStart, objectOffsets, tokens } from './pdf-streams.ts';

/**
 * Images with more pixels than this are held back from pdf.js: every scan of 300 dpi or more (a
 * Letter page has 8.4 million), whose JPEG rolefit decodes to its luma (a byte a pixel) where pdf.js
 * decodes RGB and its own planes. A dense 3-page 300-dpi scan peaked at 311 MB this way, 351 MB
 * through pdf.js (held from 12 million pixels), of the parser's 384.
 */
export const HOLD_ABOVE_PIXELS = 4_000_000;
/**
 * Images pdf.js may still decode when rolefit cannot (not a JPEG it reads): a 400-dpi colour
 * page (15 million) peaked at 331 MB of the parser's 384.
 */
const PDFJS_MAX_PIXELS = 16_000_000;
/** One-bit images cost pdf.js a bit a pixel: a 600-dpi page (35 million) peaked at 292 MB. */
const PDFJS_MAX_BITMAP_PIXELS = 40_000_000;
/** A progressive JPEG keeps its luma's coefficients until the last scan: 2 bytes a pixel. */
const MAX_PROGRESSIVE_PIXELS = 40_000_000;
/** A baseline JPEG is decoded block by block, in no more memory than its output; this bounds its time. */
const MAX_BASELINE_PIXELS = 150_000_000;

/** A large image held back from pdf.js. */
export interface HeldImage {
  width: number;
  height: number;
  /** The JPEG, when rolefit can decode it at a reduced scale; otherwise the image is too large to read. */
  jpeg?: Uint8Array;
}

/** The marker's six RGB bytes: "RF", "11", then the held image's index. */
const MARKER = [0x52, 0x46, 0x31, 0x31];

/**
 * The PDF with its large images swapped for markers, and the images; undefined when it has none
 * (or is encrypted, or has no trailer to update: pdf.js then reads it as it is).
 */
export function holdLargeImages(bytes: Uint8Array): { bytes: Uint8Array; held: HeldImage[] } | undefined {
  if (!mayHoldAny(bytes)) return undefined;
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.includes('/Encrypt')) return undefined;
  const offsets = objectOffsets(text);
  const objects = [...offsets].map(([key, at]) => ({ key, at })).sort((a, b) => a.at - b.at);
  const resolve = (value: string[] | undefined): string[] | undefined => {
    if (value?.length !== 3 || value[2] !== 'R') return value;
    const at = offsets.get(`${Number(value[0])} ${Number(value[1])}`);
    if (at === undefined) return undefined;
    const body = tokens(text.slice(at, at + 1024));
    return body[0] === '[' ? body.slice(1, Math.max(1, body.indexOf(']'))) : body.slice(0, 1);
  };
  const held: HeldImage[] = [];
  const replaced: Array<{ key: string; body: Uint8Array }> = [];
  const seen = new Set<string>();
  for (let hit = text.indexOf('/Image'); hit >= 0; hit = text.indexOf('/Image', hit + 6)) {
    const object = objectBefore(objects, hit);
    if (!object || seen.has(object.key)) continue;
    const streamAt = text.indexOf('stream', hit);
    const endobj = text.indexOf('endobj', object.at);
    if (streamAt < 0 || (endobj >= 0 && endobj < streamAt) || streamAt - object.at > 64 * 1024) continue;
    seen.add(object.key);
    const dict = entries(tokens(text.slice(object.at, streamAt), true));
    if (dict.get('Subtype')?.[0] !== '/Image') continue;
    const width = Number(resolve(dict.get('Width'))?.[0]);
    const height = Number(resolve(dict.get('Height'))?.[0]);
    if (!(width > 0 && height > 0) || width * height <= HOLD_ABOVE_PIXELS) continue;
    const pixels = width * height;
    const bitmap =
      dict.get('ImageMask')?.[0] === 'true' || resolve(dict.get('BitsPerComponent'))?.[0] === '1';
    const jpeg = bitmap ? undefined : readableJpeg(bytes, text, streamAt, dict, resolve);
    if (!jpeg && pixels <= (bitmap ? PDFJS_MAX_BITMAP_PIXELS : PDFJS_MAX_PIXELS)) continue;
    const index = held.length;
    held.push({ width, height, ...(jpeg ? { jpeg } : {}) });
    replaced.push({ key: object.key, body: markerObject(object.key, index) });
  }
  if (replaced.length === 0) return undefined;
  const update = incrementalUpdate(text, bytes.length, replaced, objects);
  if (!update) return undefined;
  const out = new Uint8Array(bytes.length + update.length);
  out.set(bytes);
  out.set(update, bytes.length);
  return { bytes: out, held };
}

/**
 * Whether some dictionary's `/Width` and the `/Height` near it make more than HOLD_ABOVE_PIXELS,
 * or either is a reference. Most PDFs have no such image: they are searched as bytes, never
 * decoded as text (which takes longer than the search) nor indexed.
 */
function mayHoldAny(bytes: Uint8Array): boolean {
  const WIDTH = latin1('/Width');
  for (let at = find(bytes, WIDTH, 0); at >= 0; at = find(bytes, WIDTH, at + WIDTH.length)) {
    // Not a font's /Widths.
    if (bytes[at + 6] === 0x73) continue;
    const near = String.fromCharCode(...bytes.subarray(Math.max(0, at - 1024), at + 1024));
    const here = Math.min(at, 1024);
    const h = near.indexOf('/Height');
    if (h < 0) continue;
    const width = tokens(near.slice(here + 6, here + 40));
    const height = tokens(near.slice(h + 7, h + 41));
    if (width[2] === 'R' || height[2] === 'R') return true;
    if (Number(width[0]) * Number(height[0]) > HOLD_ABOVE_PIXELS) return true;
  }
  return false;
}

/** Where `pattern` next occurs in `bytes` from `from`, or -1. */
function find(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(pattern[0]!, from); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (at + pattern.length > bytes.length) return -1;
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return at;
  }
  return -1;
}

/** The held image a decoded marker stands for. */
export function heldImageOf(image: DecodedImage, held: readonly HeldImage[]): HeldImage | undefined {
  const d = image.data;
  if (held.length === 0 || image.width !== 2 || image.height !== 1 || image.kind !== 2 || !d || d.length < 6)
    return undefined;
  if (MARKER.some((b, k) => d[k] !== b)) return undefined;
  return held[(d[4]! << 8) | d[5]!];
}

/** The object whose `obj` comes last before `at`. */
function objectBefore(objects: ReadonlyArray<{ key: string; at: number }>, at: number) {
  let lo = 0;
  let hi = objects.length - 1;
  let found: { key: string; at: number } | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (objects[mid]!.at <= at) {
      found = objects[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A stream's JPEG data when it is a JPEG rolefit can decode as grey. */
function readableJpeg(
  bytes: Uint8Array,
  text: string,
  streamAt: number,
  dict: Map<string, string[]>,
  resolve: (value: string[] | undefined) => string[] | undefined,
): Uint8Array | undefined {
  const filter = resolve(dict.get('Filter'));
  if (filter?.length !== 1 || (filter[0] !== '/DCTDecode' && filter[0] !== '/DCT')) return undefined;
  // An inverted decode, a soft mask or a colour transform turned off change what the pixels mean.
  if (dict.has('Decode') || dict.has('SMask') || dict.has('Mask')) return undefined;
  if ((dict.get('DecodeParms') ?? []).join(' ').includes('/ColorTransform 0')) return undefined;
  const space = resolve(dict.get('ColorSpace'))?.find((t) => t.startsWith('/'));
  if (
    space &&
    !['/DeviceGray', '/DeviceRGB', '/G', '/RGB', '/ICCBased', '/CalGray', '/CalRGB'].includes(space)
  )
    return undefined;
  const start = dataStart(text, streamAt);
  if (start === undefined) return undefined;
  const length = Number(resolve(dict.get('Length'))?.[0]);
  const end =
    Number.isInteger(length) && length > 0 && start + length <= bytes.length
      ? start + length
      : text.indexOf('endstream', start);
  if (end < 0) return undefined;
  const data = bytes.subarray(start, end);
  const frame = jpegFrame(data);
  if (!frame) return undefined;
  const pixels = frame.width * frame.height;
  return pixels <= (frame.progressive ? MAX_PROGRESSIVE_PIXELS : MAX_BASELINE_PIXELS) ? data : undefined;
}

/** A dictionary's top-level entries, each value as its tokens (an array or dictionary in full). */
function entries(all: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const open = all.indexOf('<<');
  if (open < 0) return out;
  let i = open + 1;
  while (i < all.length && all[i] !== '>>') {
    const key = all[i]!;
    if (!key.startsWith('/')) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    const first = all[start];
    if (first === '[' || first === '<<') {
      let depth = 0;
      for (; end < all.length; end++) {
        if (all[end] === '[' || all[end] === '<<') depth++;
        else if ((all[end] === ']' || all[end] === '>>') && --depth === 0) break;
      }
      end++;
    } else if (all[start + 2] === 'R' && /^\d+$/.test(first ?? '')) end = start + 3;
    else end = start + 1;
    const value = all.slice(start, end);
    out.set(key.slice(1), first === '[' ? value.slice(1, -1) : value);
    i = end;
  }
  return out;
}

function markerObject(key: string, index: number): Uint8Array {
  const head = `${key} obj\n<< /Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 6 >>\nstream\n`;
  const tail = '\nendstream\nendobj\n';
  const out = new Uint8Array(head.length + 6 + tail.length);
  out.set(latin1(head));
  out.set([...MARKER, index >> 8, index & 255], head.length);
  out.set(latin1(tail), head.length + 6);
  return out;
}

/** New versions of objects after the end of the file, with an xref section and trailer that point back. */
function incrementalUpdate(
  text: string,
  length: number,
  replaced: ReadonlyArray<{ key: string; body: Uint8Array }>,
  objects: ReadonlyArray<{ key: string }>,
): Uint8Array | undefined {
  const startxref = text.lastIndexOf('startxref');
  const prev = Number(tokens(text.slice(startxref + 9, startxref + 40))[0]);
  const rootAt = text.lastIndexOf('/Root');
  const root = tokens(text.slice(rootAt + 5, rootAt + 40)).slice(0, 3);
  if (startxref < 0 || !Number.isInteger(prev) || rootAt < 0 || root[2] !== 'R') return undefined;
  const infoAt = text.lastIndexOf('/Info');
  const info = infoAt < 0 ? [] : tokens(text.slice(infoAt + 5, infoAt + 40)).slice(0, 3);
  const sizeAt = text.lastIndexOf('/Size');
  const size = Math.max(
    Number(tokens(text.slice(sizeAt + 5, sizeAt + 30))[0]) || 0,
    ...objects.map((o) => Number(o.key.split(' ')[0]) + 1),
  );
  const parts: Uint8Array[] = [latin1('\n')];
  let at = length + 1;
  let xref = 'xref\n';
  for (const { key, body } of replaced) {
    const [number, generation] = key.split(' ');
    xref += `${number} 1\n${String(at).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
    parts.push(body);
    at += body.length;
  }
  const infoEntry = info[2] === 'R' ? ` /Info ${info.join(' ')}` : '';
  parts.push(
    latin1(
      `${xref}trailer\n<< /Size ${size} /Root ${root.join(' ')}${infoEntry} /Prev ${prev} >>\nstartxref\n${at}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
