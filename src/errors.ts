/**
 * Every error a person can meet, with a stable code. The message says what was wrong; the hint
 * says what to do. docs/errors.md documents each code (a test checks it).
 */
export const ERROR_CODES = {
  USAGE: 'The command line is not valid.',
  FILE_NOT_FOUND: 'The file does not exist.',
  FILE_UNREADABLE: 'The file could not be read.',
  EMPTY_INPUT: 'The document contains no text.',
  BINARY_INPUT: 'The file is not a text document.',
  INVALID_ENCODING: 'The text is not valid UTF-8.',
  INPUT_TOO_LARGE: 'The document is larger than rolefit accepts.',
  UNSUPPORTED_FORMAT: 'rolefit cannot read this kind of file.',
  UNKNOWN_ROLE: 'There is no role with this id.',
  INVALID_DATA: 'Bundled or supplied data failed validation.',
  INTERNAL: 'Something went wrong inside rolefit.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES | (string & {});

/** An error meant for a person: a stable code, a one-line message and what to do about it. */
export class RolefitError extends Error {
  override readonly name = 'RolefitError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** One line for a terminal: "error CODE: message. hint". */
export function formatError(error: unknown): string {
  if (error instanceof RolefitError) {
    return `rolefit: ${error.message}${error.hint ? ` ${error.hint}` : ''} [${error.code}]`;
  }
  return 'rolefit: unexpected internal error. Please report it with the command you ran. [INTERNAL]';
}
