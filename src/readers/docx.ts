import { zipSync } from 'fflate';
import { type ReadDocument, type SavedMonth, savedMonth } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { isDateCell } from '../core/resume/dates.ts';
import { headingKind } from '../core/resume/sections.ts';
import { withoutIconGlyphs } from '../core/text/glyphs.ts';
import { decodeEntities, htmlToLines } from '../core/text/html-to-text.ts';
import { unzipEntries } from './zip.ts';

/** The parts mammoth reads: the XML of the document, its styles, numbering, notes and relationships. */
const isTextPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/** A Word document (bytes of a ZIP already checked by listZip) → text, tables included. */
export async function readDocx(bytes: Uint8Array): Promise<Result<ReadDocument, Issue>> {
  // mammoth inflates whatever the archive holds with no bound: it gets the parts this reader
  // inflated within the ZIP limits, stored uncompressed (images, never read, are left out).
  const parts = unzipEntries(bytes, isTextPart);
  if (!parts.ok) return parts;
  const warnings: string[] = [];
  let html = await toHtml(parts.value);
  // A link whose target the document no longer lists makes the whole file unreadable to mammoth; Word
  // repairs such a file on opening. Its text is read as plain text.
  if (html === undefined) {
    const unlinked = withoutLinkTargets(parts.value);
    html = unlinked ? await toHtml(unlinked) : undefined;
    if (html !== undefined)
      warnings.push('Links whose targets are missing from the document were read as plain text.');
  }
  if (html === undefined) {
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
  const body = htmlToLines(html, { isSideHeading, isDateCell, tabs: true }).map(withoutIconGlyphs);
  // mammoth leaves out the page header, where many templates put the name, the headline and the
  // contact details: its lines go first, those the body does not already hold.
  const seen = new Set(body.map((l) => l.trim()));
  const header = headerLines(parts.value).filter((l) => !seen.has(l));
  const lines = header.length > 0 ? [...header, ...body] : body;
  if (lines.join('').trim().length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the Word document has no text.',
      hint: 'If the resume is an image pasted into Word, save the original as .docx or text PDF.',
    });
  }
  const saved = savedOf(parts.value, new Date());
  return ok({ format: 'docx', text: lines.join('\n'), warnings, ...(saved ? { saved } : {}) });
}

/**
 * A side heading: a table's left cell naming a section, beside its content ("Education | BSc …").
 * A skills table's row ("Tools | Jira, Confluence") reads the same, and stays a skill; "Languages"
 * and "Interests" name no section of the work ("Languages | Java, SQL" is a skills table's row).
 */
const isSideHeading = (cell: string) => {
  const kind = headingKind(cell);
  return kind !== undefined && kind !== 'other';
};

/** The document's parts as HTML (mammoth), or undefined when mammoth cannot read them. */
async function toHtml(parts: ReadonlyMap<string, Uint8Array>): Promise<string | undefined> {
  const clean = zipSync(Object.fromEntries(parts), { level: 0 });
  const mammoth = (await import('mammoth')).default;
  try {
    const input =
      typeof Buffer === 'undefined'
        ? { arrayBuffer: clean.buffer }
        : { buffer: Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength) };
    const result = await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0], {
      // Images carry no text; dropping them keeps the HTML (and memory) small.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return result.value;
  } catch {
    return undefined;
  }
}

/**
 * The parts with every hyperlink of the body unlinked (its relationship id dropped, its text kept),
 * or undefined when the body has no linked hyperlink: the repair tried once when mammoth fails.
 */
function withoutLinkTargets(parts: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> | undefined {
  const body = parts.get('word/document.xml');
  if (!body) return undefined;
  const xml = new TextDecoder().decode(body);
  const unlinked = xml.replace(/<w:hyperlink\b[^>]*>/g, (tag) => tag.replace(/\sr:id="[^"]*"/, ''));
  if (unlinked === xml) return undefined;
  return new Map(parts).set('word/document.xml', new TextEncoder().encode(unlinked));
}

/**
 * The month the document was last saved: docProps/core.xml's dcterms:modified, else dcterms:created;
 * the first that is a believable date (savedMonth).
 */
export function savedOf(parts: ReadonlyMap<string, Uint8Array>, today: Date): SavedMonth | undefined {
  const core = parts.get('docProps/core.xml');
  if (!core) return undefined;
  const xml = new TextDecoder().decode(core);
  for (const name of ['modified', 'created']) {
    const m = xml.match(new RegExp(`<dcterms:${name}\\b[^>]*>\\s*([^<]+?)\\s*</dcterms:${name}>`));
    const text = m?.[1];
    if (!text || !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(text)) continue;
    const saved = savedMonth(new Date(text), today);
    if (saved) return saved;
  }
  return undefined;
}

/** `xml` without its `<mc:Fallback>` elements: a text box is written twice, once for older readers. */
function withoutFallbacks(xml: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<mc:Fallback', at);
    if (open < 0) return out + xml.slice(at);
    const close = xml.indexOf('</mc:Fallback>', open);
    if (close < 0) return out + xml.slice(at, open);
    out += xml.slice(at, open);
    at = close + '</mc:Fallback>'.length;
  }
}

/**
 * The text of the page headers (word/header1.xml…), a line per paragraph, tabs inside it kept, each
 * line once: the first page's header and the others often repeat it. A page number is left out.
 */
export function headerLines(parts: ReadonlyMap<string, Uint8Array>): string[] {
  const names = [...parts.keys()].filter((n) => /^word\/header\d*\.xml$/i.test(n)).sort();
  const out: string[] = [];
  const decoder = new TextDecoder();
  for (const name of names) {
    const xml = withoutFallbacks(decoder.decode(parts.get(name)!));
    for (const paragraph of xml.split('</w:p>')) {
      let text = '';
      // A run's text, and its tabs (<w:tab/>; a tab stop's definition carries attributes).
      for (const m of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\s*\/>/g))
        text += m[1] === undefined ? '\t' : decodeEntities(m[1]);
      const line = withoutIconGlyphs(text).trim();
      // A page number field's text ("1") is no line of the resume.
      if (line.length > 0 && !/^\d{1,3}$/.test(line) && !out.includes(line)) out.push(line);
    }
  }
  return out;
}
