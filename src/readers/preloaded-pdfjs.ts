/**
 * pdf.js as the parser process's bootstrap loaded it from dist/pdfjs.cjs (isolate.ts), so the
 * reader uses that copy instead of importing the package's a second time.
 */
export interface PreloadedPdfjs {
  pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.min.mjs');
  /** Called after a PDF was read: keeps what its parse compiled for the next parser process. */
  parsed(): void;
}

export const PRELOADED_PDFJS = Symbol.for('rolefit.preloaded-pdfjs');

export const preloadedPdfjs = (): PreloadedPdfjs | undefined =>
  (globalThis as { [PRELOADED_PDFJS]?: PreloadedPdfjs })[PRELOADED_PDFJS];
