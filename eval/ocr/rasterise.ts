// PDF pages → JPEG images, as a scanner would make them: pdf.js draws each page on a canvas in
// Chromium at the given resolution; a "scanner" style then tilts the page slightly, greys it and
// adds sensor noise. Everything the page loads is served from memory (no request leaves Chromium).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

export interface ScanStyle {
  dpi: number;
  /** Rotation of the sheet on the glass, in degrees. */
  skewDegrees?: number;
  /** Amplitude of uniform noise added to each pixel (0–255 scale). */
  noise?: number;
  /** JPEG quality, 0–1. */
  quality?: number;
}

export interface RasterPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  /** The page's size in points. */
  pageWidth: number;
  pageHeight: number;
}

const ORIGIN = 'http://rolefit-scan.test';

const PAGE = `<!doctype html><html><body><script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const toBase64 = async (blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
window.rasterise = async (style) => {
  const data = new Uint8Array(await (await fetch('/doc.pdf')).arrayBuffer());
  const doc = await pdfjs.getDocument({ data }).promise;
  const out = [];
  // A fixed seed, so every run makes the same scan.
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: style.dpi / 72 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx, viewport, background: '#fff' }).promise;
    let target = canvas;
    if (style.skewDegrees || style.noise) {
      target = document.createElement('canvas');
      target.width = canvas.width;
      target.height = canvas.height;
      const t = target.getContext('2d');
      t.fillStyle = '#fff';
      t.fillRect(0, 0, target.width, target.height);
      t.translate(target.width / 2, target.height / 2);
      t.rotate(((style.skewDegrees || 0) * Math.PI) / 180);
      t.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
      const img = t.getImageData(0, 0, target.width, target.height);
      const px = img.data;
      for (let i = 0; i < px.length; i += 4) {
        const grey = 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2];
        // Paper is never white on a scan, nor ink black.
        const v = Math.max(0, Math.min(255, 18 + grey * 0.86 + (random() * 2 - 1) * (style.noise || 0)));
        px[i] = px[i + 1] = px[i + 2] = v;
      }
      t.putImageData(img, 0, 0);
    }
    const blob = await new Promise((resolve) => target.toBlob(resolve, 'image/jpeg', style.quality ?? 0.85));
    const [x0, y0, x1, y1] = page.view;
    out.push({ jpeg: await toBase64(blob), width: target.width, height: target.height, pageWidth: x1 - x0, pageHeight: y1 - y0 });
    page.cleanup();
  }
  await doc.destroy();
  return out;
};
window.ready = true;
</script></body></html>`;

/** Every page of `pdf` as a JPEG scanned in `style`. */
export async function rasterisePdf(
  browser: Browser,
  pdf: Uint8Array,
  style: ScanStyle,
): Promise<RasterPage[]> {
  const require = createRequire(import.meta.url);
  const files: Record<string, { body: Buffer; type: string }> = {
    '/': { body: Buffer.from(PAGE), type: 'text/html' },
    '/pdf.mjs': { body: readFileSync(require.resolve('pdfjs-dist/build/pdf.mjs')), type: 'text/javascript' },
    '/pdf.worker.mjs': {
      body: readFileSync(require.resolve('pdfjs-dist/build/pdf.worker.mjs')),
      type: 'text/javascript',
    },
    '/doc.pdf': { body: Buffer.from(pdf), type: 'application/pdf' },
  };
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
      return file ? route.fulfill({ body: file.body, contentType: file.type }) : route.abort();
    });
    const tab = await context.newPage();
    await tab.goto(`${ORIGIN}/`);
    await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const pages = await tab.evaluate(
      (s) =>
        (
          window as unknown as {
            rasterise(s: ScanStyle): Promise<Array<Omit<RasterPage, 'jpeg'> & { jpeg: string }>>;
          }
        ).rasterise(s),
      style,
    );
    return pages.map((p) => ({ ...p, jpeg: new Uint8Array(Buffer.from(p.jpeg, 'base64')) }));
  } finally {
    await context.close();
  }
}
