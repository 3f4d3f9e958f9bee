import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { inflateBounded } from './bounded-inflate.ts';

/** Limits that stop a small archive from expanding into gigabytes (a "zip bomb"). */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  /** Total uncompressed size: as the directory declares it, and as inflating counts it. */
  maxTotalBytes: 64 * 1024 * 1024,
  /** An entry this large must not be compressed more than maxRatio times. */
  ratioCheckFrom: 4 * 1024 * 1024,
  maxRatio: 100,
};

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** Lists a ZIP's entries without inflating them, refusing archives that would expand too far. */
export function listZip(bytes: Uint8Array): Result<ZipEntryInfo[], Issue> {
  const directory = readDirectory(bytes);
  if (!directory) return fail(corrupt());
  const entries = directory.map((e) => ({
    name: e.name,
    size: e.compressedSize,
    originalSize: e.originalSize,
  }));
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  const bomb =
    entries.length > ZIP_LIMITS.maxEntries ||
    total > ZIP_LIMITS.maxTotalBytes ||
    entries.some(
      (e) =>
        e.originalSize >= ZIP_LIMITS.ratioCheckFrom &&
        e.originalSize > ZIP_LIMITS.maxRatio * Math.max(1, e.size),
    );
  if (bomb) {
    return fail({
      code: 'ZIP_BOMB',
      message: `the archive would expand to ${(total / 1024 / 1024).toFixed(0)} MB in ${entries.length} files, far more than any resume; it was not opened.`,
      hint: 'Save the resume again from your word processor.',
    });
  }
  return ok(entries);
}

/**
 * Inflates the entries `wanted` accepts, counting the bytes as they come out: it stops at
 * ZIP_LIMITS.maxTotalBytes together whatever the archive's directory claims (a directory can
 * under-state what an entry expands to).
 */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxTotalBytes = ZIP_LIMITS.maxTotalBytes,
): Result<Map<string, Uint8Array>, Issue> {
  const directory = readDirectory(bytes);
  if (!directory) return fail(corrupt());
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of directory) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    const data = entryData(bytes, entry);
    if (!data) return fail(corrupt());
    const budget = maxTotalBytes - total;
    if (entry.method === 0) {
      if (data.length > budget) return fail(expandsTooFar(maxTotalBytes, directory));
      files.set(entry.name, data);
      total += data.length;
      continue;
    }
    const inflated = inflateBounded(data, { layers: ['raw'], budget });
    if (!inflated.ok) {
      return fail(inflated.reason === 'too-large' ? expandsTooFar(maxTotalBytes, directory) : corrupt());
    }
    files.set(entry.name, inflated.bytes);
    total += inflated.bytes.length;
  }
  return ok(files);
}

const corrupt = (): Issue => ({
  code: 'ZIP_CORRUPT',
  message: 'the file is a damaged or incomplete ZIP archive (a .docx is a ZIP too).',
  hint: 'Save or download the file again.',
});

function expandsTooFar(limit: number, directory: DirectoryEntry[]): Issue {
  const declared = directory.reduce((s, e) => s + e.originalSize, 0);
  return {
    code: 'ZIP_BOMB',
    message: `the archive expands to more than ${limit / 1024 / 1024} MB, far more than any resume (its directory claims ${(declared / 1024 / 1024).toFixed(1)} MB); it was not opened.`,
    hint: 'Save the resume again from your word processor.',
  };
}

interface DirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  originalSize: number;
  localOffset: number;
}

const MAX32 = 0xffffffff;

/** The central directory, read here (not by fflate) because its entries' offsets are needed. */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = u16(end + 10);
  let at = u32(end + 16);
  // ZIP64: the locator just before the end record points at the 64-bit end record.
  if ((at === MAX32 || count === 0xffff) && end >= 20 && u32(end - 20) === 0x07064b50) {
    const end64 = Number(view.getBigUint64(end - 12, true));
    if (end64 + 56 > bytes.length || u32(end64) !== 0x06064b50) return undefined;
    count = Number(view.getBigUint64(end64 + 32, true));
    at = Number(view.getBigUint64(end64 + 48, true));
  }
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return undefined;
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) return undefined;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: DirectoryEntry = {
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      originalSize: u32(at + 24),
      localOffset: u32(at + 42),
    };
    // Encrypted entries, and methods other than stored and deflated, are not in resumes.
    if (flags & 0x1 || (entry.method !== 0 && entry.method !== 8)) return undefined;
    zip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** 64-bit sizes and offset from the ZIP64 extra field, for the fields that hold 0xFFFFFFFF. */
function zip64Sizes(view: DataView, from: number, length: number, entry: DirectoryEntry): void {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) return undefined;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.originalSize === MAX32) entry.originalSize = next() ?? MAX32;
      if (entry.compressedSize === MAX32) entry.compressedSize = next() ?? MAX32;
      if (entry.localOffset === MAX32) entry.localOffset = next() ?? MAX32;
      return;
    }
    at += 4 + size;
  }
}

/** An entry's compressed bytes, found through its local header. */
function entryData(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}
