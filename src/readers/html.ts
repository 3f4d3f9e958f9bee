import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'address',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'nav',
  'body',
  'html',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'button',
]);

/**
 * `<!--` with no `-->` after it as the entity-escaped text it reads as anyway. node-html-parser
 * looks for a comment's end from every `<!--`, quadratic in a run of unclosed ones; after the last
 * `-->` none can close, and the parser keeps them as text.
 */
export function escapeUnclosedComments(html: string): string {
  const from = html.lastIndexOf('-->') + 1;
  const open = html.indexOf('<!--', from);
  return open === -1 ? html : html.slice(0, open) + html.slice(open).replaceAll('<!--', '&lt;!--');
}

/** HTML → lines: one per block, list item or table row (cells separated by " | "). */
export function htmlToLines(html: string): string[] {
  const root = parse(escapeUnclosedComments(html), {
    comment: false,
    blockTextElements: { script: false, style: false, pre: true },
  });
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t.length > 0) lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'tr') {
      flush();
      const cells = el.childNodes
        .filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE)
        .filter((c) => /^t[dh]$/i.test(c.tagName))
        .map((c) => htmlToLines(c.innerHTML).join(' ; '))
        .filter((c) => c.length > 0);
      if (cells.length > 0) lines.push(cells.join(' | '));
      return;
    }
    if (tag === 'li') {
      flush();
      current = '• ';
      for (const c of el.childNodes) walk(c);
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const c of el.childNodes) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.filter((l) => l !== '•');
}

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
