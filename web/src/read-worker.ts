// Local-only mode's reader: the server's readers (readDocument, as its parser processes call it) in
// a Web Worker of this page, so a heavy or hostile file cannot freeze the page and can be stopped.
import type { ReadDocument } from '../../src/core/document.ts';
import type { Issue, Result } from '../../src/core/result.ts';
import { readDocument } from '../../src/readers/index.ts';

export interface ReadRequest {
  name: string;
  type: string;
  bytes: Uint8Array;
}
/** Tagged: pdf.js's worker module, loaded in this worker, posts messages of its own to the page. */
export interface ReadReply {
  rolefitRead: Result<ReadDocument, Issue>;
}

const isPdf = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  if (!(event.data?.bytes instanceof Uint8Array)) return;
  const { name, type, bytes } = event.data;
  let reply: ReadReply['rolefitRead'];
  try {
    // pdf.js parses in this thread, as it does in the server's parser process (no worker of its own).
    if (isPdf(bytes)) {
      const scope = globalThis as { pdfjsWorker?: unknown };
      scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    reply = await readDocument(bytes, {
      filename: name,
      ...(type ? { mediaType: type } : {}),
      isolate: false,
      // OCR runs on the server only: its engine and model are not part of the web app.
      ocr: false,
    });
  } catch {
    reply = {
      ok: false,
      error: {
        code: 'PARSE_FAILED',
        message: 'the file could not be read: the parser failed on it.',
        hint: 'Export the resume again, or save it as .docx or text.',
      },
    };
  }
  self.postMessage({ rolefitRead: reply } satisfies ReadReply);
};
