// Peak memory of reading real resumes as scans in the parser process, under its default limits
// (384 MB): each page of a shared PDF rendered by pdftoppm at a given resolution (JPEG, colour or
// grey, as a scanner app saves it), wrapped as an image-only PDF, read by OCR. Heavy (seconds of OCR
// a page): runs only with ROLEFIT_BENCH_OCR=1, e.g. `ROLEFIT_BENCH_OCR=1 npm run bench -- ocr-memory`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeParseWorkers, readIsolated } from '../src/readers/isolate.ts';
import type { BenchContext } from './run.ts';

/** Width, height and components of a baseline or progressive JPEG (its SOF marker). */
function jpegSize(b: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < b.length) {
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc2)
      return {
        height: (b[i + 5]! << 8) | b[i + 6]!,
        width: (b[i + 7]! << 8) | b[i + 8]!,
        components: b[i + 9]!,
      };
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

/** An image-only PDF: one page per JPEG, each painted over the whole page at `dpi`. */
export function scanPdf(jpegs: readonly Uint8Array[], dpi: number): Uint8Array {
  const enc = new TextEncoder();
  const objects = new Map<number, Uint8Array[]>();
  const kids = jpegs.map((_, k) => `${3 + 3 * k} 0 R`).join(' ');
  objects.set(1, [enc.encode('<< /Type /Catalog /Pages 2 0 R >>')]);
  objects.set(2, [enc.encode(`<< /Type /Pages /Kids [${kids}] /Count ${jpegs.length} >>`)]);
  jpegs.forEach((jpeg, k) => {
    const { width, height, components } = jpegSize(jpeg);
    const [w, h] = [(width * 72) / dpi, (height * 72) / dpi];
    const n = 3 + 3 * k;
    const content = enc.encode(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`);
    objects.set(n, [
      enc.encode(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`,
      ),
    ]);
    const space = components === 1 ? '/DeviceGray' : '/DeviceRGB';
    objects.set(n + 1, [
      enc.encode(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      enc.encode('\nendstream'),
    ]);
    objects.set(n + 2, [
      enc.encode(`<< /Length ${content.length} >>\nstream\n`),
      content,
      enc.encode('\nendstream'),
    ]);
  });
  const parts: Uint8Array[] = [enc.encode('%PDF-1.4\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  for (const [n, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets[n] = offset;
    for (const p of [enc.encode(`${n} 0 obj\n`), ...body, enc.encode('\nendobj\n')]) {
      parts.push(p);
      offset += p.length;
    }
  }
  const size = objects.size + 1;
  const xref = [`xref\n0 ${size}\n0000000000 65535 f \n`];
  for (let n = 1; n < size; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  parts.push(enc.encode(xref.join('')));
  return new Uint8Array(Buffer.concat(parts));
}

/** Share of the words pdftotext finds in the original PDF's pages that OCR found too (each as often). */
function wordRecall(pdf: string, pages: [number, number] | undefined, text: string): number {
  const range = pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : [];
  const truth = execFileSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' });
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const found = new Map<string, number>();
  for (const w of words(text)) found.set(w, (found.get(w) ?? 0) + 1);
  const expected = words(truth);
  let hits = 0;
  for (const w of expected) {
    const n = found.get(w) ?? 0;
    if (n > 0) {
      hits++;
      found.set(w, n - 1);
    }
  }
  return hits / Math.max(1, expected.length);
}

const CASES: Array<{
  file: string;
  dpi: number;
  gray?: boolean;
  progressive?: boolean;
  pages?: [number, number];
}> = [
  { file: 'resume-matcher/Data_temp_ResumeToProcesss_bruce_wayne_fullstack.pdf', dpi: 300, gray: true },
  { file: 'resume-matcher/Data_temp_ResumeToProcesss_bruce_wayne_fullstack.pdf', dpi: 300 },
  { file: 'resume-matcher/Data_temp_ResumeToProcesss_bruce_wayne_fullstack.pdf', dpi: 400 },
  { file: 'awesome-cv/resume.pdf', dpi: 300 },
  { file: 'awesome-cv/resume.pdf', dpi: 500, pages: [1, 1] },
  { file: 'awesome-cv/resume.pdf', dpi: 600, gray: true, pages: [1, 1] },
  { file: 'awesome-cv/resume.pdf', dpi: 600, pages: [1, 2] },
  { file: 'awesome-cv/resume.pdf', dpi: 600, progressive: true, pages: [1, 1] },
  { file: 'resume-matcher/Data_temp_ResumeToProcesss_bruce_wayne_fullstack.pdf', dpi: 600 },
];

export default async function bench({ dataDir }: BenchContext): Promise<void> {
  if (process.env.ROLEFIT_BENCH_OCR !== '1') {
    console.log('skipped: OCR of scans takes minutes (ROLEFIT_BENCH_OCR=1 to run)');
    return;
  }
  console.log(
    '| scan | pages | result | OCR confidence | word recall | parser peak MB (limit 384) | seconds |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const c of CASES) {
    const work = mkdtempSync(join(tmpdir(), 'rolefit-scan-'));
    try {
      const range = c.pages ? ['-f', String(c.pages[0]), '-l', String(c.pages[1])] : [];
      execFileSync('pdftoppm', [
        '-r',
        String(c.dpi),
        ...(c.gray ? ['-gray'] : []),
        '-jpeg',
        '-jpegopt',
        c.progressive ? 'quality=85,progressive=y' : 'quality=85',
        ...range,
        join(dataDir, 'resumes', 'pdf', c.file),
        join(work, 'p'),
      ]);
      const jpegs = readdirSync(work)
        .filter((f) => f.endsWith('.jpg'))
        .sort()
        .map((f) => new Uint8Array(readFileSync(join(work, f))));
      const started = Date.now();
      const { result, peakRssMb } = await readIsolated(scanPdf(jpegs, c.dpi), { filename: 'scan.pdf' });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const name = `${c.file.split('/').pop()} at ${c.dpi} dpi, ${c.gray ? 'grey' : 'colour'}${c.progressive ? ', progressive' : ''}`;
      // The pool's result wraps the reader's own.
      const read = result.ok ? result.value : result;
      const outcome = read.ok ? 'read' : read.error.code;
      const confidence = read.ok ? `${read.value.ocr?.confidence ?? '–'}` : '–';
      const source = join(dataDir, 'resumes', 'pdf', c.file);
      const recall = read.ok ? wordRecall(source, c.pages, read.value.text).toFixed(3) : '–';
      console.log(
        `| ${name} | ${jpegs.length} | ${outcome} | ${confidence} | ${recall} | ${peakRssMb ?? '?'} | ${seconds} |`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  await closeParseWorkers();
}
