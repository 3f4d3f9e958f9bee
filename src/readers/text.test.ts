import { describe, expect, it } from 'vitest';
import { fail, ok } from '../core/result.ts';
import { decodeText, MAX_TEXT_BYTES } from './text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

const BINARY = fail({
  code: 'BINARY_INPUT',
  message: 'the file is binary data, not text.',
  hint: 'Save the resume as .txt, .md, .pdf or .docx and try again.',
});
const EMPTY = fail({
  code: 'EMPTY_INPUT',
  message: 'the document has no text.',
  hint: 'Check that you picked the right file.',
});

describe('decodeText', () => {
  it('reads UTF-8, with its byte-order mark dropped, and line ends made \\n', () => {
    expect(decodeText(utf8('Zoë Åberg\r\nLed — “Jira”\rend\n'))).toEqual(
      ok('Zoë Åberg\nLed — “Jira”\nend\n'),
    );
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Jira')))).toEqual(ok('Jira'));
  });

  it('reads UTF-16 with a byte-order mark, little- or big-endian, and only with one', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4a, 0, 0xe9, 0, 0x0d, 0, 0x0a, 0, 0x78, 0))).toEqual(ok('Jé\nx'));
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x4a, 0, 0xe9))).toEqual(ok('Jé'));
    // Half a mark is no mark: 0xff alone is not UTF-8, and UTF-16 without a mark holds NUL bytes.
    expect(decodeText(bytes(0xff, 0x41, 0x42)).ok).toBe(false);
    expect(decodeText(bytes(0x41, 0xfe, 0x42)).ok).toBe(false);
    expect(decodeText(bytes(0xfe, 0x41, 0x42)).ok).toBe(false);
    expect(decodeText(bytes(0x41, 0xff, 0x42)).ok).toBe(false);
    expect(decodeText(bytes(0x4a, 0, 0x65, 0))).toEqual(BINARY);
  });

  it('refuses text that is not UTF-8', () => {
    expect(decodeText(bytes(0x52, 0xc3, 0x28, 0x41))).toEqual(
      fail({
        code: 'INVALID_ENCODING',
        message: 'the text is not valid UTF-8.',
        hint: 'Re-save the file with UTF-8 encoding (most editors offer it under "Save as").',
      }),
    );
  });

  it('calls binary a NUL byte anywhere in the first 8 KB, but not after it', () => {
    expect(decodeText(bytes(0x41, 0, 0x42))).toEqual(BINARY);
    const late = utf8('a'.repeat(8192));
    expect(decodeText(new Uint8Array([...late.subarray(0, 8191), 0]))).toEqual(BINARY);
    expect(decodeText(new Uint8Array([...late, 0])).ok).toBe(true);
  });

  it('calls binary more than 10% control characters (tab, line feed, carriage return and form feed are text)', () => {
    // 10 in 100 is text, 11 in 100 is not.
    const text = (control: number, n: number) =>
      new Uint8Array([...Array(control).fill(0x01), ...utf8('a'.repeat(n - control))]);
    expect(decodeText(text(10, 100)).ok).toBe(true);
    expect(decodeText(text(11, 100))).toEqual(BINARY);
    expect(decodeText(bytes(0x1f, 0x41))).toEqual(BINARY);
    expect(decodeText(bytes(0x20, 0x41))).toEqual(ok(' A'));
    expect(decodeText(bytes(0x41, 0x09, 0x0a, 0x0c, 0x0d, 0x42))).toEqual(ok('A\t\n\f\nB'));
    // Only the first 8 KB are counted: control characters after them do not make text binary.
    const head = utf8('a'.repeat(8192));
    expect(decodeText(new Uint8Array([...head, ...Array(2000).fill(0x01)])).ok).toBe(true);
  });

  it('calls an empty or blank text empty', () => {
    expect(decodeText(bytes())).toEqual(EMPTY);
    expect(decodeText(utf8(' \n\t\r\n'))).toEqual(EMPTY);
    expect(decodeText(bytes(0xff, 0xfe))).toEqual(EMPTY);
  });

  it('reads up to 2 MB and refuses more, saying how much', () => {
    const limit = new Uint8Array(MAX_TEXT_BYTES).fill(0x61);
    expect(MAX_TEXT_BYTES).toBe(2 * 1024 * 1024);
    expect(decodeText(limit).ok).toBe(true);
    expect(decodeText(new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61))).toEqual(
      fail({
        code: 'INPUT_TOO_LARGE',
        message: 'the text is 2.0 MB; the limit is 2 MB.',
        hint: 'Give the resume itself, not a collection of documents.',
      }),
    );
    expect(decodeText(new Uint8Array(3.46 * 1024 * 1024).fill(0x61))).toMatchObject({
      error: { message: 'the text is 3.5 MB; the limit is 2 MB.' },
    });
  });
});
