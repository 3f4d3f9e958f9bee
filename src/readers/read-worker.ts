// Worker entry of readInWorker: parses documents in-process, one message at a time, and posts each Result back.
import { parentPort } from 'node:worker_threads';
import { readDocument } from './index.ts';

parentPort?.on(
  'message',
  async ({ bytes, hint }: { bytes: Uint8Array; hint: { filename?: string; mediaType?: string } }) => {
    let result: unknown;
    try {
      result = await readDocument(bytes, { ...hint, isolate: false });
    } catch {
      result = {
        ok: false,
        error: {
          code: 'PARSE_FAILED',
          message: 'the file could not be read: the parser failed on it.',
          hint: 'Export the resume again, or save it as .docx or text.',
        },
      };
    }
    parentPort?.postMessage(result);
  },
);
