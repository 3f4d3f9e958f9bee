import { type OcrReport, type ReadDocument, type SavedMonth, savedMonth } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import {
  continueAcross,
  type LaidOutLine,
  layoutPage,
  sideColumnTail,
  type TextItem,
} from '../core/resume/layout.ts';
import { isPageMark } from '../core/resume/page-furniture.ts';
import { type LineEndHyphen, rejoinWords } from '../core/resume/rejoin-words.ts';
import { headingKind } from '../core/resume/sections.ts';
import { composeAccents } from '../core/text/accents.ts';
import { withoutIconGlyphs } from '../core/text/glyphs.ts';
import { holdLargeImages } from './large-images.ts';
import type { OcrEngine } from './ocr.ts';
import type { OcrLimits } from './ocr-limits.ts';
import { findPdfBomb } from './pdf-streams.ts';
import { preloadedPdfjs } from './preloaded-pdfjs.ts';

/** A resume longer than this is not a resume (and bounds the work a hostile file can ask for). */
export const MAX_PDF_PAGES = 20;
/** Fewer visible characters than this per page means there is no real text layer. */
const MIN_CHARS_PER_PAGE = 40;
/** Below this mean word confidence, a page read by OCR gets a warning that words may be misread. */
const LOW_OCR_CONFIDENCE = 75;
/** Larger images are not decoded (a 600-dpi A4 scan has 35 million pixels). */
const MAX_IMAGE_PIXELS = 40_000_000;

export interface PdfReadOptions {
  /** OCR of pages that are images without text (default: on, DEFAULT_OCR_LIMITS); false leaves them unread. */
  ocr?: Partial<OcrLimits> | false;
  /** Asks whoever bounds this parse's time for `ms` more, before a slow step (OCR); resolves once granted. */
  moreTime?: (ms: number) => Promise<void>;
}

/** PDF bytes → text in reading order, through pdf.js (loaded on first use). */
export async function readPdf(
  bytes: Uint8Array,
  options: PdfReadOptions = {},
): Promise<Result<ReadDocument, Issue>> {
  // pdf.js decodes streams with no bound: the ones that would expand too far are found first.
  const bomb = findPdfBomb(bytes);
  if (bomb) return fail(bomb);
  const preloaded = preloadedPdfjs();
  const pdfjs = preloaded?.pdfjs ?? (await import('pdfjs-dist/legacy/build/pdf.min.mjs'));
  // pdf.js decodes an image whole: large ones (600-dpi scans) are kept from it, for OCR to decode smaller.
  const large = holdLargeImages(bytes);
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: large?.bytes ?? bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Decoded images reach this thread as pixels, for OCR.
    isOffscreenCanvasSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
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
    const lines: LaidOutLine[] = [];
    const warnings: string[] = [];
    const ocr = options.ocr === false ? undefined : await import('./pdf-ocr.ts');
    const limits = ocr && { ...ocr.DEFAULT_OCR_LIMITS, ...(options.ocr || {}) };
    const ocrRead: Array<{ page: number; confidence: number; words: number }> = [];
    let engine: OcrEngine | undefined;
    let ocrError: Issue | undefined;
    // Pages whose image was too large to read; the others are still read.
    let tooLarge: Issue | undefined;
    const tooLargePages: number[] = [];
    let ocrNoWords = 0;
    const unread: number[] = [];
    let chars = 0;
    let imagePages = 0;
    /** The first page's first two lines, which a running header repeats on the next pages. */
    let opening: string[] = [];
    /** The lines of the page before that are its sidebar (a band's second column), at the end of `lines`. */
    let sideTail = 0;
    /** Sidebars taken from between a main column and its continuation on the next page. */
    const sidebars: LaidOutLine[] = [];
    try {
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
          // An icon before a heading or a contact is no text, and an item that was only icons is dropped.
          const str = withoutIconGlyphs(it.str);
          if (str !== it.str && str.trim() === '') continue;
          items.push({
            str,
            x: e - x0,
            y: f - y0,
            width: it.width,
            height: it.height || Math.abs(d) || 10,
          });
        }
        const layout = () => layoutPage({ width: x1 - x0, height: y1 - y0, items });
        let pageLines = layout();
        const visible = pageLines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
        const readable = ocr && limits && !ocrError && ocrRead.length < limits.maxPages;
        // Decoding a scan's image (in getOperatorList) is part of its OCR time.
        if (visible < MIN_CHARS_PER_PAGE && readable) await options.moreTime?.(limits.pageTimeoutMs);
        const list = visible < MIN_CHARS_PER_PAGE ? await page.getOperatorList() : undefined;
        if (list && hasImages(list, pdfjs.OPS)) {
          imagePages++;
          if (!ocr || !limits || !readable) unread.push(n);
          else {
            const started = async () => {
              if (!engine) {
                await options.moreTime?.(ocr.OCR_START_TIMEOUT_MS);
                engine = await ocr.startOcr(ocr.OCR_START_TIMEOUT_MS);
              }
              return engine;
            };
            try {
              const read = await ocr.ocrPage(page, list, pdfjs.OPS, started, limits, large?.held);
              if (read) {
                items.push(...read.items);
                pageLines = layout();
                ocrRead.push({ page: n, confidence: read.confidence, words: read.words });
              } else ocrNoWords++;
            } catch (error) {
              const issue = ocr.ocrIssue(error, n, limits);
              if (issue.code === 'OCR_IMAGE_TOO_LARGE') {
                tooLarge ??= issue;
                tooLargePages.push(n);
              } else {
                // An engine that failed or overran is not trusted with another page.
                ocrError = issue;
                unread.push(n);
              }
            }
          }
        }
        chars += pageLines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
        // A running header repeats the first page's opening line at the head of the next pages ("Priya
        // Raman | QA Engineer"), and a footer numbers the page ("Page 1 of 2"): neither is part of the
        // entry they interrupt, whose bullet or employer line goes on past them.
        if (n === 1) opening = pageLines.slice(0, 2).map((l) => l.text.trim());
        else {
          while (
            pageLines[0] &&
            (isPageMark(pageLines[0].text) || opening.includes(pageLines[0].text.trim()))
          )
            pageLines.shift();
          // A page that goes on without a heading goes on from the main column of the page before,
          // not from the sidebar printed beside it: the sidebar is read after the document instead.
          if (sideTail > 0 && pageLines[0] && headingKind(pageLines[0].text) === undefined)
            sidebars.push({ text: '', column: 0 }, ...lines.splice(lines.length - sideTail, sideTail));
          while (lines.length > 0 && isPageMark(lines[lines.length - 1]!.text)) lines.pop();
        }
        sideTail = sideColumnTail(pageLines);
        // A paragraph may go on from the foot of one page to the head of the next.
        const last = lines[lines.length - 1];
        const joined = last && pageLines[0] ? continueAcross(last, pageLines[0]) : undefined;
        if (joined) lines.splice(lines.length - 1, 1, joined, ...pageLines.slice(1));
        else {
          if (lines.length > 0 && pageLines.length > 0) lines.push({ text: '', column: 0 });
          lines.push(...pageLines);
        }
        page.cleanup();
      }
    } finally {
      await engine?.close();
    }
    if (chars < MIN_CHARS_PER_PAGE * Math.min(doc.numPages, 1)) {
      if (ocrError) return fail(ocrError);
      if (tooLarge) return fail(tooLarge);
      return fail({
        code: 'PDF_NO_TEXT',
        message:
          imagePages === 0
            ? 'the PDF contains no readable text.'
            : ocr
              ? 'the PDF has no text layer, and OCR found no readable words in its images.'
              : 'the PDF has no text layer: it looks like a scanned image of a resume.',
        hint: ocr
          ? 'Export the resume from your word processor as a text PDF or .docx, or scan it again at 300 dpi, black text on white.'
          : 'Export the resume from your word processor as a text PDF or .docx (or run OCR on the scan first).',
      });
    }
    if (ocrError) warnings.push(`${ocrError.message} ${ocrError.hint ?? ''}`.trim());
    if (tooLarge) {
      warnings.push(
        tooLargePages.length === 1
          ? `${tooLarge.message} ${tooLarge.hint ?? ''}`.trim()
          : `${pageList(tooLargePages)} of the scan are images too large to read within rolefit's memory limit, and were not read. ${tooLarge.hint ?? ''}`.trim(),
      );
    }
    if (unread.length > 0 && !ocrError) {
      warnings.push(
        ocr && limits
          ? `${pageList(unread)} ${unread.length === 1 ? 'is an image' : 'are images'} without text; rolefit reads at most ${limits.maxPages} pages by OCR, so ${unread.length === 1 ? 'its' : 'their'} content was not read.`
          : `${unread.length} page(s) are images without text (scanned?); their content was not read.`,
      );
    }
    if (ocrNoWords > 0) warnings.push(`${ocrNoWords} page(s) are images in which OCR found no words.`);
    for (const r of ocrRead.filter((p) => p.confidence < LOW_OCR_CONFIDENCE)) {
      warnings.push(
        `page ${r.page} was read by OCR with a mean confidence of ${Math.round(r.confidence)}%: some words may be misread; check the quotes.`,
      );
    }
    lines.push(...(lines.length > 0 ? sidebars : sidebars.slice(1)));
    const meta = await metadataOf(doc);
    const saved = savedOf(meta, new Date());
    return ok({
      format: 'pdf',
      // Words broken at line ends are decided with the words of every page.
      text: rejoinWords(
        lines.map((l) => ({ ...l, text: composeAccents(l.text) })),
        { lineEndHyphen: lineEndHyphenOf(meta.info) },
      ).join('\n'),
      pages: doc.numPages,
      warnings,
      ...(ocrRead.length > 0 ? { ocr: ocrReport(ocrRead) } : {}),
      ...(saved ? { saved } : {}),
    });
  } catch (error) {
    return fail(openError(error, bytes));
  } finally {
    await doc.destroy().catch(() => undefined);
    preloaded?.parsed();
  }
}

/**
 * Whose a line-end ASCII hyphen is, as the producer says: TeX's (pdfTeX, LuaTeX, XeTeX through
 * xdvipdfmx, Tectonic) breaks words with it; Chromium (Skia) and Typst mark their own breaks otherwise.
 */
function lineEndHyphenOf(info: Record<string, unknown>): LineEndHyphen {
  const named = [info.Producer, info.Creator].filter((v): v is string => typeof v === 'string').join(' ');
  if (/(?:^|[^a-z])(?:pdf|lua|xe|la)?tex\b|xdvipdfmx|dvipdfm|tectonic/i.test(named)) return 'typesetter';
  if (/\bskia\/pdf|chrom(?:e|ium)|\btypst\b/i.test(named)) return 'author';
  return 'either';
}

/** The document's info dictionary and its XMP metadata (absent when the file has none). */
interface PdfMetadata {
  info: Record<string, unknown>;
  xmp?: { get(name: string): unknown };
}

async function metadataOf(doc: {
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
}): Promise<PdfMetadata> {
  const read = await doc.getMetadata().catch(() => undefined);
  if (!read) return { info: {} };
  return { info: read.info as Record<string, unknown>, ...(read.metadata ? { xmp: read.metadata } : {}) };
}

/**
 * The month the PDF was last saved: the info dictionary's ModDate or XMP's ModifyDate, else when it
 * was made (CreationDate, CreateDate); the first that is a believable date (savedMonth).
 */
export function savedOf(meta: PdfMetadata, today: Date): SavedMonth | undefined {
  const read = (v: unknown) => (typeof v === 'string' ? savedMonth(parsePdfDate(v), today) : undefined);
  return (
    read(meta.info.ModDate) ??
    read(meta.xmp?.get('xmp:modifydate')) ??
    read(meta.info.CreationDate) ??
    read(meta.xmp?.get('xmp:createdate'))
  );
}

/** A PDF date ("D:20190315093000+01'00'") or an XMP one ("2019-03-15T09:30:00+01:00"), in UTC. */
export function parsePdfDate(text: string): Date | undefined {
  const pdf = text
    .trim()
    .match(/^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(\d{2})?'?(\d{2})?'?)?$/);
  if (pdf) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = pdf;
    const offset =
      sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return new Date(Date.UTC(Number(y), month - 1, day, Number(h), Number(mi) - offset, Number(s)));
  }
  const iso = text.trim();
  if (!/^\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(iso)) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function ocrReport(pages: ReadonlyArray<{ page: number; confidence: number; words: number }>): OcrReport {
  const words = pages.reduce((n, p) => n + p.words, 0);
  const confidence = pages.reduce((s, p) => s + p.confidence * p.words, 0) / Math.max(1, words);
  return { pages: pages.map((p) => p.page), confidence: Math.round(confidence) };
}

/** "page 3", "pages 6, 7 and 9". */
function pageList(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}

function hasImages(list: { fnArray: number[] }, ops: Record<string, number>): boolean {
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
