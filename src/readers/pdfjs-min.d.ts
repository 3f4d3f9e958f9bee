// pdf.js ships its minified build without types of its own: they are those of the full build.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist';
}
