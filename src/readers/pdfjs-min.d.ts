// pdf.js ships its minified build without types of its own: they are those of the full build.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist';
}

// Its worker module, which the parser process runs in-process, without a worker thread (isolate.ts, pdfjs-bundle.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
