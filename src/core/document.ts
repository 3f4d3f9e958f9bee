/** Formats rolefit reads; each reader declares which one it produced. */
export const DOCUMENT_FORMATS = [
  'text',
  'markdown',
  'pdf',
  'docx',
  'html',
  'json-resume',
  'linkedin-export',
] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * What a reader hands to the core: plain text in reading order, one logical line per line.
 * Readers of structured formats (JSON Resume, LinkedIn export) render headings and
 * "Title — Organisation (dates)" lines that the core's structure step recognizes.
 */
export interface ReadDocument {
  format: DocumentFormat;
  text: string;
  pages?: number;
  /** Things the reader noticed that the person may want to know (e.g. "2 images skipped"). */
  warnings: string[];
}
