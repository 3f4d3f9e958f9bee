// Entry of dist/pdfjs.cjs: pdf.js and its worker module as one CommonJS script, which the parser
// process runs with a V8 code cache (isolation/code-cache.ts); loaded by isolate.ts's bootstrap.
export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.min.mjs';
export * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
