import type { z } from 'zod';
import type { Issue } from '../core/result.ts';
import { type ErrorCode, RolefitError } from '../errors.ts';

/** A person-facing error with the HTTP status it answers with. */
export class HttpError extends RolefitError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    hint?: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(code, message, hint);
  }
}

/** The documented error body (docs/errors.md): `{ error: { code, message, hint?, issues? } }`. */
export function errorEnvelope(error: HttpError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
}

/** Status for codes the readers and core return as data. */
const STATUS_OF_CODE: Record<string, number> = {
  INPUT_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  UNKNOWN_ROLE: 404,
  SERVER_BUSY: 503,
  CLIENT_BUSY: 429,
  ANALYSIS_FAILED: 500,
};

/** An expected failure from the core or a reader, as a 4xx. */
export function issueError(issue: Issue): HttpError {
  return new HttpError(STATUS_OF_CODE[issue.code] ?? 422, issue.code, issue.message, issue.hint);
}

/** Validates one input against its schema; a failure lists every problem at once. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.length > 0 ? i.path.join('.') : where,
    message: i.message,
  }));
  throw new HttpError(
    400,
    'INVALID_REQUEST',
    `the request ${where} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
    'See /api/openapi.json for what each endpoint accepts.',
    issues,
  );
}
