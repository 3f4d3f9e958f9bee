import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { noteBodyBytes } from './body-garbage.ts';
import { HttpError, validate } from './http-error.ts';

/** What a form may hold (@fastify/multipart's limits): one file, a few short text fields. */
export function formLimits(maxFileBytes: number) {
  return {
    fileSize: maxFileBytes,
    files: 1,
    fields: 10,
    fieldSize: 16 * 1024,
    parts: 12,
    headerPairs: 50,
    // A part's headers name it, its file and its type: well under 1 KB from a browser.
    headerSize: 16 * 1024,
  };
}

/**
 * The largest body a form within formLimits can have: the file, every field and every part's
 * headers at their limits, and a boundary line (at most 1 KB here) per part.
 */
export function maxFormBytes(maxFileBytes: number): number {
  const l = formLimits(maxFileBytes);
  return l.fileSize + l.fields * l.fieldSize + l.parts * (l.headerSize + 1024);
}

/** A file over the upload limit, whoever notices it (this reader or @fastify/multipart). */
export const fileTooLarge = (maxFileBytes: number): HttpError =>
  new HttpError(
    413,
    'INPUT_TOO_LARGE',
    `the file is larger than ${Math.round((maxFileBytes / 1024 / 1024) * 10) / 10} MB.`,
    'Upload the resume itself, not a collection of documents.',
  );

export interface Upload<F> {
  file: { bytes: Uint8Array; filename: string | undefined; mediaType: string | undefined } | undefined;
  fields: F;
}

/**
 * Reads a multipart request: at most one file of `maxFileBytes` (in memory) and text fields
 * validated by `fields`. Unknown file fields are refused. A body declared larger than such a form
 * can be is refused before it is read, and a file is refused as soon as it passes the limit
 * rather than read to its end: then the error handler reads and drops the rest.
 */
export async function readUpload<S extends z.ZodType>(
  request: FastifyRequest,
  fileField: string,
  fields: S,
  maxFileBytes: number,
): Promise<Upload<z.output<S>>> {
  if (Number(request.headers['content-length']) > maxFormBytes(maxFileBytes))
    throw fileTooLarge(maxFileBytes);
  let file: Upload<unknown>['file'];
  const values: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== fileField) {
          await part.toBuffer().catch(() => undefined);
          throw new HttpError(
            400,
            'INVALID_REQUEST',
            `unexpected file field "${part.fieldname}".`,
            `Send the file as "${fileField}".`,
          );
        }
        const chunks: Buffer[] = [];
        for await (const chunk of part.file as AsyncIterable<Buffer>) {
          if (part.file.truncated) throw fileTooLarge(maxFileBytes);
          noteBodyBytes(chunk.length);
          chunks.push(chunk);
        }
        if (part.file.truncated) throw fileTooLarge(maxFileBytes);
        const bytes = new Uint8Array(Buffer.concat(chunks));
        file = { bytes, filename: part.filename || undefined, mediaType: part.mimetype || undefined };
      } else {
        values[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw malformedForm(error);
  }
  return { file, fields: validate(fields, values, 'form') };
}

/**
 * The multipart parser's own errors (no boundary, a body cut short, a broken part header) carry
 * no code; they are the client's mistake. Coded ones (limits) keep their own mapping.
 */
function malformedForm(error: unknown): unknown {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== undefined) return error;
  return new HttpError(
    400,
    'INVALID_REQUEST',
    'the form upload is malformed or incomplete.',
    'Send the file again; a form built by hand needs a boundary that matches its Content-Type.',
  );
}
