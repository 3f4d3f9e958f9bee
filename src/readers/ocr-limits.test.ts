// How much time OCR may add to a parse: the parser process's time bound grows by it (isolate.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_OCR_LIMITS, OCR_START_TIMEOUT_MS, ocrTimeAllowanceMs } from './ocr-limits.ts';

describe('ocrTimeAllowanceMs', () => {
  it('is the engine start and a minute for each of five pages by default, none with OCR off', () => {
    expect(DEFAULT_OCR_LIMITS).toEqual({ maxPages: 5, pageTimeoutMs: 60_000 });
    expect(ocrTimeAllowanceMs(undefined)).toBe(OCR_START_TIMEOUT_MS + 5 * 60_000);
    expect(ocrTimeAllowanceMs({})).toBe(15_000 + 300_000);
    expect(ocrTimeAllowanceMs(false)).toBe(0);
  });

  it('follows the limits given, each one falling back to its default', () => {
    expect(ocrTimeAllowanceMs({ maxPages: 2 })).toBe(15_000 + 2 * 60_000);
    expect(ocrTimeAllowanceMs({ pageTimeoutMs: 10_000 })).toBe(15_000 + 5 * 10_000);
    expect(ocrTimeAllowanceMs({ maxPages: 1, pageTimeoutMs: 1_000 })).toBe(16_000);
  });
});
