// Entry of the parser processes behind readInWorker: reads one document at a time, in-process.
import { serveTasks } from '../isolation/serve-tasks.ts';
import { type ReadHint, readDocument } from './index.ts';

serveTasks<{ bytes: Uint8Array; hint: Omit<ReadHint, 'isolate'> }>(async ({ bytes, hint }) => {
  try {
    return await readDocument(bytes, { ...hint, isolate: false });
  } catch {
    return {
      ok: false,
      error: {
        code: 'PARSE_FAILED',
        message: 'the file could not be read: the parser failed on it.',
        hint: 'Export the resume again, or save it as .docx or text.',
      },
    };
  }
});
