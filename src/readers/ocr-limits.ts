/** Bounds on OCR within one document (the parse's memory limit applies as well). */
export interface OcrLimits {
  /** Image pages read by OCR at most; later ones are left unread, with a warning. */
  maxPages: number;
  /** Time the OCR of one page may take. */
  pageTimeoutMs: number;
}

// A dense 300-dpi page takes about 5 s of CPU; on a busy machine (load 10 on 2 cores) it took up
// to 29 s, so a page gets a minute.
export const DEFAULT_OCR_LIMITS: OcrLimits = { maxPages: 5, pageTimeoutMs: 60_000 };

/** Time the engine may take to start (its wasm and model load in 1–2 s on an idle machine). */
export const OCR_START_TIMEOUT_MS = 15_000;

/** The most time OCR can add to a parse: starting the engine, then every page it may read. */
export function ocrTimeAllowanceMs(ocr: Partial<OcrLimits> | false | undefined): number {
  if (ocr === false) return 0;
  const limits = { ...DEFAULT_OCR_LIMITS, ...ocr };
  return OCR_START_TIMEOUT_MS + limits.maxPages * limits.pageTimeoutMs;
}
