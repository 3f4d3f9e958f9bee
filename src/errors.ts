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
  INVALID_ANSWERS: 'The self-check answers file is not valid.',
  NOT_INTERACTIVE: 'The interactive self-check needs a terminal.',
  // HTTP API (src/server)
  INVALID_REQUEST: 'The HTTP request does not match what the endpoint accepts.',
  UNSUPPORTED_MEDIA_TYPE: 'The HTTP request has a content type the endpoint does not take.',
  NOT_FOUND: 'There is no such endpoint or page.',
  ANALYSIS_NOT_FOUND: 'There is no saved analysis with this id.',
  LISTING_NOT_FOUND: 'There is no stored listing with this id.',
  NO_STORE: 'The server has no listing store configured.',
  STORE_WRITE_FAILED: 'Listings could not be written to the store.',
  UNAUTHORIZED: 'The admin token is missing or wrong.',
  RATE_LIMITED: 'Too many requests from this client.',
  INVALID_CONFIG: 'An environment variable has an invalid value.',
  // Resume readers (src/readers)
  PDF_NO_TEXT: 'The PDF has no text layer (a scanned image).',
  PDF_ENCRYPTED: 'The PDF is password-protected.',
  PDF_CORRUPT: 'The PDF is damaged.',
  PDF_TRUNCATED: 'The PDF file is incomplete.',
  PDF_TOO_MANY_PAGES: 'The PDF has more pages than a resume.',
  DOCX_CORRUPT: 'The Word document is damaged or not a .docx.',
  ZIP_CORRUPT: 'The ZIP archive (or .docx) is damaged.',
  ZIP_BOMB: 'The archive would expand far beyond any resume.',
  JSON_RESUME_INVALID: 'The JSON file is not a JSON Resume.',
  PARSE_TIMEOUT: 'Reading the file took too long and was stopped.',
  PARSE_OUT_OF_MEMORY: 'Reading the file needed too much memory and was stopped.',
  PARSE_FAILED: 'The parser failed on the file.',
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
