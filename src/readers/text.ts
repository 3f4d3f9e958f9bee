import type { Issue } from '../core/result.ts';
import { fail, ok, type Result } from '../core/result.ts';

/** A text resume larger than this is not a resume. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Decodes text bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; rejects binary data. */
export function decodeText(bytes: Uint8Array): Result<string, Issue> {
  if (bytes.length > MAX_TEXT_BYTES) {
    return fail({
      code: 'INPUT_TOO_LARGE',
      message: `the text is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_TEXT_BYTES / 1024 / 1024} MB.`,
      hint: 'Give the resume itself, not a collection of documents.',
    });
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) {
      return fail({
        code: 'BINARY_INPUT',
        message: 'the file is binary data, not text.',
        hint: 'Save the resume as .txt, .md, .pdf or .docx and try again.',
      });
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return fail({
        code: 'INVALID_ENCODING',
        message: 'the text is not valid UTF-8.',
        hint: 'Re-save the file with UTF-8 encoding (most editors offer it under "Save as").',
      });
    }
  }
  if (text.trim().length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the document has no text.',
      hint: 'Check that you picked the right file.',
    });
  }
  return ok(text.replace(/\r\n?/g, '\n'));
}

/** NUL bytes or many control characters in the first 8 KB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
