import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HttpError, validate } from './http-error.ts';

export interface Upload<F> {
  file: { bytes: Uint8Array; filename: string | undefined; mediaType: string | undefined } | undefined;
  fields: F;
}

/**
 * Reads a multipart request: at most one file (in memory, size-limited by @fastify/multipart)
 * and text fields validated by `fields`. Unknown file fields are refused.
 */
export async function readUpload<S extends z.ZodType>(
  request: FastifyRequest,
  fileField: string,
  fields: S,
): Promise<Upload<z.output<S>>> {
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
        const bytes = new Uint8Array(await part.toBuffer());
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
