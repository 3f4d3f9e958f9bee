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
  SAVED_STORAGE_FULL: "The server's space for saved analyses is full.",
  LISTING_NOT_FOUND: 'There is no stored listing with this id.',
  NO_STORE: 'The server has no store configured (listings, saved analyses).',
  STORE_WRITE_FAILED: 'Listings could not be written to the store.',
  UNAUTHORIZED: 'The admin token is missing or wrong.',
  RATE_LIMITED: 'Too many requests from this client.',
  SERVER_BUSY: 'Every worker is busy and the queue is full; try again shortly.',
  CLIENT_BUSY: 'This client already has as many analyses or uploads running and waiting as it may.',
  ANALYSIS_TIMEOUT: 'The analysis or audit took too long and was stopped.',
  ANALYSIS_OUT_OF_MEMORY: 'The analysis or audit needed too much memory and was stopped.',
  ANALYSIS_FAILED: 'The analysis or audit failed inside rolefit.',
  INVALID_CONFIG: 'An environment variable has an invalid value.',
  // Resume readers (src/readers)
  PDF_NO_TEXT: 'The PDF has no text layer (a scanned image) and OCR, if on, found no words in it.',
  OCR_FAILED: 'The PDF is a scan and OCR could not read it.',
  OCR_TIMEOUT: 'OCR of a scanned page took too long and was stopped.',
  OCR_IMAGE_TOO_LARGE: 'A scanned page is an image too large to read within the memory limit.',
  PDF_ENCRYPTED: 'The PDF is password-protected.',
  PDF_CORRUPT: 'The PDF is damaged.',
  PDF_TRUNCATED: 'The PDF file is incomplete.',
  PDF_TOO_MANY_PAGES: 'The PDF has more pages than a resume.',
  DOCX_CORRUPT: 'The Word document is damaged or not a .docx.',
  ZIP_CORRUPT: 'The ZIP archive (or .docx) is damaged.',
  ZIP_BOMB: 'The archive would expand far beyond any resume.',
  PDF_BOMB: 'A compressed stream in the PDF would expand far beyond any resume.',
  JSON_RESUME_INVALID: 'The JSON file is not a JSON Resume.',
  PARSE_TIMEOUT: 'Reading the file took too long and was stopped.',
  PARSE_OUT_OF_MEMORY: 'Reading the file needed too much memory and was stopped.',
  PARSE_FAILED: 'The parser failed on the file.',
  // Job market: ingestion and stores (src/sources, src/store); per-row codes are counted, not fatal
  INPUT_NOT_FOUND: 'No file or folder at the path given to rolefit ingest.',
  INPUT_EMPTY_DIR: 'The folder given to rolefit ingest holds no file rolefit can import.',
  INPUT_UNKNOWN_FORMAT: 'rolefit cannot tell which listing format a file is.',
  CSV_UNREADABLE: 'The CSV file cannot be parsed at all.',
  CSV_EMPTY: 'The CSV file has a header but no rows.',
  CSV_MALFORMED_ROW: 'One CSV row is malformed (counted, skipped; the others land).',
  CSV_COLUMN_COUNT: 'One CSV row has a different number of columns than the header (counted, skipped).',
  MAP_INVALID: 'The --map option is not of the form field=column,....',
  MAP_UNKNOWN_FIELD: '--map names a listing field rolefit does not have.',
  MAP_COLUMN_NOT_FOUND: '--map names a column the file does not have.',
  MAP_NO_COLUMNS: 'No column (or JSON field) holds a title or description.',
  JSON_INVALID: 'A JSON file is not valid JSON.',
  JSON_NO_LISTINGS: 'A JSON file holds no array of listings.',
  JSON_NOT_OBJECT: 'One JSON record is not an object (counted, skipped).',
  JSONL_INVALID_LINE: 'One JSONL line is not valid JSON (counted, skipped).',
  ROW_EMPTY: 'One row has no content (counted, skipped).',
  LISTING_NO_TITLE: 'One listing has no title (counted, skipped).',
  LISTING_NO_TEXT: 'One listing has no description text (counted, skipped).',
  LISTING_TOO_LONG: "One listing's text is longer than any real posting (counted, skipped).",
  LISTING_URL_DROPPED:
    "One listing's link is not an http(s) URL; the listing is stored without it (a warning).",
  HTML_NO_JOBPOSTING: 'An HTML page carries no schema.org JobPosting JSON-LD (counted, skipped).',
  JSONLD_INVALID: "A page's JSON-LD block is not valid JSON (counted, skipped).",
  JOBPOSTING_NO_TITLE: 'A JobPosting has no title (counted, skipped).',
  BOARD_BAD_NAME: 'The job board name is not a valid board token.',
  BOARD_NOT_FOUND: 'The job board does not exist (HTTP 404).',
  BOARD_FETCH_FAILED: 'The job board could not be reached.',
  BOARD_NOT_JSON: 'The job board answered with something other than JSON.',
  BOARD_UNEXPECTED_SHAPE: "The job board's JSON does not have the documented shape.",
  BOARD_JOB_INVALID: 'One job of a board is malformed (counted, skipped).',
  BOARD_JOB_NO_TITLE: 'One job of a board has no title (counted, skipped).',
  BOARD_JOB_UNLISTED: 'One job of a board is unlisted (counted, skipped).',
  STORE_OPEN_FAILED: 'The embedded database file cannot be opened or created.',
  STORE_CONNECT_FAILED: 'The PostgreSQL server cannot be reached or refused the login.',
  STORE_MIGRATION_FAILED: 'The database schema could not be brought up to date.',
  STORE_BAD_SCHEMA: 'The database holds tables rolefit did not create, or a newer schema.',
  LISTING_AUDIT_FAILED: 'One stored listing could not be audited (counted, left unaudited).',
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
