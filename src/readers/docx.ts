import { zipSync } from 'fflate';
import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { withoutIconGlyphs } from '../core/text/glyphs.ts';
import { htmlToLines } from '../core/text/html-to-text.ts';
import { unzipEntries } from './zip.ts';

/** The parts mammoth reads: the XML of the document, its styles, numbering, notes and relationships. */
const isTextPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/** A Word document (bytes of a ZIP already checked by listZip) → text, tables included. */
export async function readDocx(bytes: Uint8Array): Promise<Result<ReadDocument, Issue>> {
  // mammoth inflates whatever the archive holds with no bound: it gets the parts this reader
  // inflated within the ZIP limits, stored uncompressed (images, never read, are left out).
  const parts = unzipEntries(bytes, isTextPart);
  if (!parts.ok) return parts;
  const clean = zipSync(Object.fromEntries(parts.value), { level: 0 });
  const mammoth = (await import('mammoth')).default;
  let html: string;
  const warnings: string[] = [];
  try {
    const input =
      typeof Buffer === 'undefined'
        ? { arrayBuffer: clean.buffer }
        : { buffer: Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength) };
    const result = await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0], {
      // Images carry no text; dropping them keeps the HTML (and memory) small.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch {
    return fail({
      code: 'DOCX_CORRUPT',
      message: 'the Word document is damaged or is not a .docx file.',
      hint: 'Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF.',
    });
  }
  const images = (html.match(/<img\b/g) ?? []).length;
  if (images > 0) warnings.push(`${images} image(s) skipped; text inside images is not read.`);
  // Icon-font glyphs typed into a template (private-use characters) are no text; Symbol and
  // Wingdings bullets typed as characters are read as the bullets they print.
  const lines = htmlToLines(html).map(withoutIconGlyphs);
  if (lines.join('').trim().length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the Word document has no text.',
      hint: 'If the resume is an image pasted into Word, save the original as .docx or text PDF.',
    });
  }
  return ok({ format: 'docx', text: lines.join('\n'), warnings });
}
