import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The server's readers in the browser (local-only mode): the counting inflater over fflate instead
 * of node:zlib, no OCR engine (scanned pages are not read there), and no parser processes (the
 * page reads in a Web Worker of its own, web/src/read-worker.ts).
 */
function readersInTheBrowser(): Plugin {
  const noProcesses = '\0rolefit-no-parser-processes';
  const noOcr = '\0rolefit-no-ocr';
  return {
    name: 'rolefit-readers-in-the-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/src/readers/')) return null;
      if (source === './bounded-inflate.ts')
        return fileURLToPath(new URL('../src/readers/bounded-inflate.browser.ts', import.meta.url));
      if (source === './isolate.ts') return noProcesses;
      if (source === './ocr.ts') return noOcr;
      return null;
    },
    load(id) {
      if (id === noOcr) {
        return [
          'export class OcrFailure extends Error { constructor(reason, detail) { super(detail); this.reason = reason; } }',
          "export const startOcr = async () => { throw new OcrFailure('start', 'OCR runs on a server, not in a browser'); };",
        ].join('\n');
      }
      if (id !== noProcesses) return null;
      return [
        "const unavailable = () => { throw new Error('parser processes run on a server, not in a browser'); };",
        'export const readInWorker = unavailable;',
        'export const closeParseWorkers = async () => undefined;',
      ].join('\n');
    },
  };
}

// The web app: built to ../dist/web (by `npm run build`) and served by `rolefit serve`. The analysis core, the
// readers and the shipped data (JSON imported with import attributes) are bundled for local-only mode.
export default defineConfig({
  root,
  base: './',
  plugins: [readersInTheBrowser(), react()],
  worker: { format: 'es', plugins: () => [readersInTheBrowser()] },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
    // Building the read worker (pdf.js's worker inside) is most of the build's time, as expected:
    // the report of slow plugins would print on every build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
