// Entry of the parser processes behind readInWorker: reads one document at a time, in-process.
import { MORE_TIME_CALL } from '../isolation/pool.ts';
import { serveTasks } from '../isolation/serve-tasks.ts';
import { type ReadHint, readDocument } from './index.ts';

serveTasks<{ bytes: Uint8Array; hint: Omit<ReadHint, 'isolate'> }>(async ({ bytes, hint }, call) => {
  const moreTime = async (ms: number) => {
    await call(MORE_TIME_CALL, ms);
  };
  try {
    return await readDocument(bytes, { ...hint, isolate: false }, { moreTime });
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
