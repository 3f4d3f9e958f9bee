import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReadDocument } from '../core/document.ts';
import { RolefitError } from '../errors.ts';
import { type ReadHint, readDocument } from '../readers/index.ts';

/** No resume or posting file is this large; refuse before reading it into memory. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** What the file is, for messages: "resume", "job posting". */
export type InputKind = 'resume' | 'job posting';

/** Reads a file's bytes, with a clear error for every way that can fail. */
export async function readInputBytes(path: string, kind: InputKind = 'resume'): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new RolefitError(
        'FILE_UNREADABLE',
        `"${path}" is a folder, not a file.`,
        `Give the path of a ${kind} file.`,
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof RolefitError) throw error;
    throw fileError(path, error);
  }
  if (size > MAX_FILE_BYTES) {
    throw new RolefitError(
      'INPUT_TOO_LARGE',
      `"${basename(path)}" is ${(size / 1024 / 1024).toFixed(1)} MB; rolefit reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
      kind === 'resume'
        ? 'Give the resume itself, not a collection of documents.'
        : 'Give one job posting, not a collection of documents.',
    );
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw fileError(path, error);
  }
}

function fileError(path: string, error: unknown): RolefitError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new RolefitError('FILE_NOT_FOUND', `no file at "${path}".`, 'Check the path and try again.');
  return new RolefitError(
    'FILE_UNREADABLE',
    `cannot read "${path}" (${code ?? 'unknown error'}).`,
    'Check the file permissions.',
  );
}

/** Reads a file from disk into a document, with a clear error for every way that can fail. */
export async function readInputFile(path: string, hint: Pick<ReadHint, 'ocr'> = {}): Promise<ReadDocument> {
  const bytes = await readInputBytes(path);
  const read = await readDocument(bytes, { ...hint, filename: basename(path) });
  if (!read.ok)
    throw new RolefitError(read.error.code, `${basename(path)}: ${read.error.message}`, read.error.hint);
  return read.value;
}
