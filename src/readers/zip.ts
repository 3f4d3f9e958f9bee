import { unzipSync } from 'fflate';
import { fail, type Issue, ok, type Result } from '../core/result.ts';

/** Limits that stop a small archive from expanding into gigabytes (a "zip bomb"). */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  /** Total declared uncompressed size. */
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
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    return fail({
      code: 'ZIP_CORRUPT',
      message: 'the file is a damaged or incomplete ZIP archive (a .docx is a ZIP too).',
      hint: 'Save or download the file again.',
    });
  }
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

/** Inflates the entries `wanted` accepts (call listZip first: it bounds the sizes). */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Result<Map<string, Uint8Array>, Issue> {
  try {
    const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return ok(new Map(Object.entries(files)));
  } catch {
    return fail({
      code: 'ZIP_CORRUPT',
      message: 'the file is a damaged or incomplete ZIP archive.',
      hint: 'Save or download the file again.',
    });
  }
}
