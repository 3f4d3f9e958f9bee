import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/make-docx.ts';
import { readDocument } from './index.ts';

describe('readDocx', () => {
  it("reads a word with Word's optional hyphens as the word (mammoth gives them as soft hyphens)", async () => {
    const docx = makeDocx([{ paragraph: 'Led change manage\u00adment and stake\u00adholder reviews' }]);
    const result = await readDocument(docx, { filename: 'cv.docx', isolate: false });
    expect(result.ok && result.value.text).toBe('Led change management and stakeholder reviews');
  });
});
