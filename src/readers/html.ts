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

/** Lines being gathered: the page's, or one table cell's. */
interface Gathered {
  lines: string[];
  current: string;
}

/**
 * HTML → lines: one per block, list item or table row (cells separated by " | ", a cell's own
 * lines by " ; "). The tree is walked with a stack of its own, not by recursion: a page nested
 * 100,000 deep overflowed the call stack, and reading each cell by parsing its HTML again made
 * nested tables exponential (1,000 of them never finished).
 */
export function htmlToLines(html: string): string[] {
  const root = parse(escapeUnclosedComments(html), {
    comment: false,
    blockTextElements: { script: false, style: false, pre: true },
  });
  let into: Gathered = { lines: [], current: '' };
  const flush = () => {
    const t = into.current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t.length > 0) into.lines.push(t);
    into.current = '';
  };
  // Nodes still to read, and steps to take once a node's children are read; last in, first out.
  const work: Array<Node | (() => void)> = [root];
  const children = (nodes: readonly Node[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) work.push(nodes[i]!);
  };
  while (work.length > 0) {
    const next = work.pop()!;
    if (typeof next === 'function') {
      next();
      continue;
    }
    if (next.nodeType === NodeType.TEXT_NODE) {
      into.current += next.text.replace(/\s+/g, ' ');
      continue;
    }
    if (next.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = next as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'tr') {
      flush();
      const row: string[] = [];
      const outer = into;
      work.push(() => {
        if (row.length > 0) outer.lines.push(row.join(' | '));
      });
      const cells = el.childNodes.filter(
        (c): c is HTMLElement =>
          c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/i.test((c as HTMLElement).tagName),
      );
      for (let i = cells.length - 1; i >= 0; i--) {
        work.push(() => {
          flush();
          const text = into.lines.filter((l) => l !== '•').join(' ; ');
          if (text.length > 0) row.push(text);
          into = outer;
        });
        children(cells[i]!.childNodes);
        work.push(() => {
          into = { lines: [], current: '' };
        });
      }
      continue;
    }
    if (tag === 'li') {
      flush();
      into.current = '• ';
      work.push(flush);
      children(el.childNodes);
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      work.push(flush);
    }
    children(el.childNodes);
  }
  flush();
  return into.lines.filter((l) => l !== '•');
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
