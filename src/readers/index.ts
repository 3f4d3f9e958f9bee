import { type DocumentFormat, type ReadDocument, repairDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import type { OcrLimits } from './ocr-limits.ts';
import { decodeText } from './text.ts';

export interface ReadHint {
  filename?: string;
  mediaType?: string;
  /**
   * Parse binary formats (PDF, DOCX, ZIP) in a worker thread with a memory and time bound
   * (default in Node: true). The worker itself, and tests of the parsers, pass false.
   */
  isolate?: boolean;
  /**
   * OCR of PDF pages that are images without text (scans): on by default in Node, with
   * DEFAULT_OCR_LIMITS; false leaves such pages unread (a PDF of only images then fails as PDF_NO_TEXT).
   */
  ocr?: Partial<OcrLimits> | false;
}

/** What the process running a parse offers it; not part of the hint, which crosses to parser processes. */
export interface ReadContext {
  /** See PdfReadOptions.moreTime. */
  moreTime?: (ms: number) => Promise<void>;
}

/** Binary documents larger than this are not resumes (a text resume's limit is in text.ts). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Extensions rolefit reads, and the format the name suggests (the content decides first). */
const EXTENSIONS: Record<string, DocumentFormat | 'zip' | 'json'> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  json: 'json',
  zip: 'zip',
};

const MEDIA_TYPES: Array<[RegExp, DocumentFormat | 'zip' | 'json']> = [
  [/^application\/pdf/, 'pdf'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml/, 'docx'],
  [/^text\/html|^application\/xhtml/, 'html'],
  [/^text\/markdown/, 'markdown'],
  [/^application\/(?:.*\+)?json/, 'json'],
  [/^application\/(?:x-)?zip/, 'zip'],
];

let isolateLoaded = false;

/** Releases what reading left running (idle parse workers); call when a process is done reading. */
export async function closeReaders(): Promise<void> {
  if (isolateLoaded) await (await import('./isolate.ts')).closeParseWorkers();
}

/**
 * Starts a parser process when the file's name says it will need one (PDF, Word, a LinkedIn
 * export), so it starts while the caller does other work; true when one was started.
 */
export async function warmReaders(hint: Pick<ReadHint, 'filename' | 'isolate'>): Promise<boolean> {
  const ext = hint.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (!(ext === 'pdf' || ext === 'docx' || ext === 'zip') || hint.isolate === false || !isNode())
    return false;
  isolateLoaded = true;
  (await import('./isolate.ts')).warmParseWorkers();
  return true;
}

/** Bytes + hint → document. The format is detected from the content first, then the name. */
export async function readDocument(
  bytes: Uint8Array,
  hint: ReadHint = {},
  context: ReadContext = {},
): Promise<Result<ReadDocument, Issue>> {
  const read = await readAnyFormat(bytes, hint, context);
  return read.ok ? ok(repairDocument(read.value)) : read;
}

async function readAnyFormat(
  bytes: Uint8Array,
  hint: ReadHint,
  context: ReadContext,
): Promise<Result<ReadDocument, Issue>> {
  const ext = hint.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const kind = sniff(bytes);
  if (kind === 'unsupported-binary') {
    return fail({
      code: 'UNSUPPORTED_FORMAT',
      message: `this is a ${describeUnsupported(bytes)} file, which rolefit cannot read.`,
      hint: 'Save the resume as PDF, .docx, .txt or .md and try again.',
    });
  }
  if (kind === 'pdf' || kind === 'zip') {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      return fail({
        code: 'INPUT_TOO_LARGE',
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; rolefit reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
        hint: 'Export the resume without embedded images or fonts, or give the text of it.',
      });
    }
    if (hint.isolate !== false && isNode()) {
      isolateLoaded = true;
      const { readInWorker } = await import('./isolate.ts');
      return readInWorker(bytes, hint);
    }
    if (kind === 'zip') return readZip(bytes);
    const ocr = hint.ocr ?? (isNode() ? {} : false);
    return (await import('./pdf.ts')).readPdf(bytes, {
      ocr,
      ...(context.moreTime ? { moreTime: context.moreTime } : {}),
    });
  }
  if (ext === 'pdf' || ext === 'docx') {
    return fail({
      code: ext === 'pdf' ? 'PDF_CORRUPT' : 'DOCX_CORRUPT',
      message: `the file is named .${ext} but its content is not a ${ext === 'pdf' ? 'PDF' : 'Word document'}.`,
      hint: 'Export the resume again from the program that made it.',
    });
  }
  const byType = MEDIA_TYPES.find(([re]) => re.test(hint.mediaType ?? ''))?.[1];
  const byName = ext ? EXTENSIONS[ext] : undefined;
  if (ext && !byName && !hint.mediaType?.startsWith('text/') && !byType) {
    return fail({
      code: 'UNSUPPORTED_FORMAT',
      message: `".${ext}" files are not supported.`,
      hint: 'Supported: .pdf, .docx, .html, .json (JSON Resume), LinkedIn export .zip, .txt and .md.',
    });
  }
  const text = decodeText(bytes);
  if (!text.ok) return text;
  return readText(text.value, byType ?? byName);
}

/** Text content: JSON Resume and HTML are recognized by content; otherwise Markdown or plain text. */
async function readText(
  text: string,
  declared: DocumentFormat | 'zip' | 'json' | undefined,
): Promise<Result<ReadDocument, Issue>> {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('{') || declared === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const { isJsonResume, readJsonResume } = await import('./json-resume.ts');
    if (json !== undefined && isJsonResume(json)) return readJsonResume(json);
    if (declared === 'json') {
      return fail({
        code: 'JSON_RESUME_INVALID',
        message:
          json === undefined
            ? 'the .json file is not valid JSON.'
            : 'the JSON file is not a JSON Resume (it needs "basics" or "work" and "education").',
        hint: 'Export your resume with the JSON Resume schema (jsonresume.org), or give a PDF, .docx or text file.',
      });
    }
  }
  if (
    declared === 'html' ||
    /^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head) ||
    // Markdown may open with HTML (a GitHub README's centred name and badges): it stays Markdown.
    (declared !== 'markdown' &&
      head.startsWith('<') &&
      /<(?:body|div|p|h[1-6]|ul|table)[\s>]/.test(text.slice(0, 4096).toLowerCase()))
  ) {
    return (await import('./html.ts')).readHtml(text);
  }
  const format: DocumentFormat = declared === 'markdown' ? 'markdown' : 'text';
  return ok({ format, text, warnings: [] });
}

/** A ZIP: a Word document or a LinkedIn data export. */
async function readZip(bytes: Uint8Array): Promise<Result<ReadDocument, Issue>> {
  const { listZip, unzipEntries } = await import('./zip.ts');
  const listed = listZip(bytes);
  if (!listed.ok) return listed;
  const names = listed.value.map((e) => e.name);
  if (names.includes('word/document.xml')) return (await import('./docx.ts')).readDocx(bytes);
  const { isLinkedInExport, readLinkedInExport, LINKEDIN_FILES } = await import('./linkedin.ts');
  if (isLinkedInExport(names)) {
    const files = unzipEntries(bytes, (name) => LINKEDIN_FILES.includes(name.split('/').pop() ?? ''));
    if (!files.ok) return files;
    return readLinkedInExport(files.value);
  }
  if (names.some((n) => n.startsWith('word/')) || names.includes('[Content_Types].xml')) {
    return fail({
      code: 'DOCX_CORRUPT',
      message: names.some((n) => n.startsWith('xl/') || n.startsWith('ppt/'))
        ? 'this is an Excel or PowerPoint file, not a Word document.'
        : 'the Word document is damaged: its main part (word/document.xml) is missing.',
      hint: 'Save the resume as .docx or PDF and try again.',
    });
  }
  return fail({
    code: 'UNSUPPORTED_FORMAT',
    message: 'this ZIP archive is neither a Word document nor a LinkedIn data export.',
    hint: 'Give the resume file itself (PDF, .docx, .txt), or the ZIP LinkedIn sent you unchanged.',
  });
}

type Sniffed = 'pdf' | 'zip' | 'unsupported-binary' | undefined;

/** Formats recognizable by their first bytes. */
function sniff(bytes: Uint8Array): Sniffed {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || /^[\s\S]{0,1016}%PDF-\d/.test(head)) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0') || head.startsWith('{\\rtf')) return 'unsupported-binary';
  const images = ['\u0089PNG', '\u00ff\u00d8\u00ff', 'GIF8', 'II*\u0000', 'MM\u0000*'];
  if (images.some((magic) => head.startsWith(magic))) return 'unsupported-binary';
  return undefined;
}

function describeUnsupported(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'legacy Word (.doc)';
  if (head.startsWith('{\\rtf')) return 'RTF';
  return 'image';
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}
