import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { htmlToLines } from '../core/text/html-to-text.ts';

export { htmlToLines };

/** An HTML resume (a saved web page or an export) → text. */
export function readHtml(html: string): Result<ReadDocument, Issue> {
  const lines = htmlToLines(html);
  if (lines.join('').trim().length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the HTML page has no text.',
      hint: 'Check that you picked the right file.',
    });
  }
  return ok({ format: 'html', text: lines.join('\n'), warnings: [] });
}
