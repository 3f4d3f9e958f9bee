import type { DocumentFormat, ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { decodeText } from './text.ts';

export interface ReadHint {
  filename?: string;
  mediaType?: string;
}

/** Formats this build reads; the resume-reading work adds PDF, DOCX, HTML, JSON Resume, LinkedIn. */
const TEXT_EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

/** Bytes + hint → document. The format is detected from the content first, then the name. */
export async function readDocument(
  bytes: Uint8Array,
  hint: ReadHint = {},
): Promise<Result<ReadDocument, Issue>> {
  const sniffed = sniff(bytes);
  if (sniffed) {
    return fail({
      code: 'UNSUPPORTED_FORMAT',
      message: `this is a ${sniffed} file, which this version of rolefit cannot read yet.`,
      hint: 'Save the resume as plain text (.txt) or Markdown (.md) and try again.',
    });
  }
  const ext = hint.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byType = hint.mediaType?.startsWith('text/markdown') ? 'markdown' : undefined;
  const format: DocumentFormat = byType ?? (ext ? TEXT_EXTENSIONS[ext] : undefined) ?? 'text';
  if (ext && !(ext in TEXT_EXTENSIONS) && !hint.mediaType?.startsWith('text/')) {
    return fail({
      code: 'UNSUPPORTED_FORMAT',
      message: `".${ext}" files are not supported.`,
      hint: 'Supported: .txt and .md.',
    });
  }
  const text = decodeText(bytes);
  if (!text.ok) return text;
  return ok({ format, text: text.value, warnings: [] });
}

/** Formats recognizable by their first bytes. */
function sniff(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'PDF';
  if (head.startsWith('PK\u0003\u0004')) return 'ZIP (Word, LinkedIn export or archive)';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'legacy Word (.doc)';
  if (head.startsWith('{\\rtf')) return 'RTF';
  return undefined;
}
