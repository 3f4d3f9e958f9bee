import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { layoutPage, type TextItem } from '../core/resume/layout.ts';
import { findPdfBomb } from './pdf-streams.ts';

/** A resume longer than this is not a resume (and bounds the work a hostile file can ask for). */
export const MAX_PDF_PAGES = 20;
/** Fewer visible characters than this per page means there is no real text layer. */
const MIN_CHARS_PER_PAGE = 40;

/** PDF bytes → text in reading order, through pdf.js (loaded on first use). */
export async function readPdf(bytes: Uint8Array): Promise<Result<ReadDocument, Issue>> {
  // pdf.js decodes streams with no bound: the ones that would expand too far are found first.
  const bomb = findPdfBomb(bytes);
  if (bomb) return fail(bomb);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return fail(openError(error, bytes));
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      return fail({
        code: 'PDF_TOO_MANY_PAGES',
        message: `the PDF has ${doc.numPages} pages; rolefit reads resumes of up to ${MAX_PDF_PAGES} pages.`,
        hint: 'Export only the resume itself (1–3 pages is typical).',
      });
    }
    const lines: string[] = [];
    const warnings: string[] = [];
    let chars = 0;
    let imagePages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a = 1, b = 0, , d = 1, e = 0, f = 0] = it.transform as number[];
        // Rotated text (a vertical sidebar label) has no useful place in reading order.
        if (Math.abs(b) > Math.abs(a) * 0.5) continue;
        items.push({
          str: it.str,
          x: e - x0,
          y: f - y0,
          width: it.width,
          height: it.height || Math.abs(d) || 10,
        });
      }
      const pageLines = layoutPage({ width: x1 - x0, height: y1 - y0, items });
      const pageChars = pageLines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
      chars += pageChars;
      if (pageChars < MIN_CHARS_PER_PAGE && (await hasImages(page, pdfjs.OPS))) imagePages++;
      if (lines.length > 0 && pageLines.length > 0) lines.push('');
      for (const l of pageLines) lines.push(l.text);
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * Math.min(doc.numPages, 1)) {
      return fail({
        code: 'PDF_NO_TEXT',
        message:
          imagePages > 0
            ? 'the PDF has no text layer: it looks like a scanned image of a resume.'
            : 'the PDF contains no readable text.',
        hint: 'Export the resume from your word processor as a text PDF or .docx (or run OCR on the scan first).',
      });
    }
    if (imagePages > 0)
      warnings.push(`${imagePages} page(s) are images without text (scanned?); their content was not read.`);
    return ok({ format: 'pdf', text: lines.join('\n'), pages: doc.numPages, warnings });
  } catch (error) {
    return fail(openError(error, bytes));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function hasImages(
  page: { getOperatorList(): Promise<{ fnArray: number[] }> },
  ops: Record<string, number>,
): Promise<boolean> {
  const list = await page.getOperatorList();
  const imageOps = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  return list.fnArray.some((op) => imageOps.has(op));
}

/** pdf.js errors → issues a person can act on. */
function openError(error: unknown, bytes: Uint8Array): Issue {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  if (name === 'PasswordException') {
    return {
      code: 'PDF_ENCRYPTED',
      message: 'the PDF is password-protected.',
      hint: 'Remove the password (print or export it again without protection) and try again.',
    };
  }
  if (!hasEndMarker(bytes)) {
    return {
      code: 'PDF_TRUNCATED',
      message: 'the PDF is incomplete: the file ends before the PDF does (an interrupted download or copy?).',
      hint: 'Download or export the resume again.',
    };
  }
  return {
    code: 'PDF_CORRUPT',
    message: 'the PDF is damaged and cannot be read.',
    hint: 'Export the resume again from the program that made it, or save it as .docx.',
  };
}

/** A complete PDF ends with %%EOF (maybe followed by whitespace). */
export function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}
