import { describe, expect, it } from 'vitest';
import { htmlToLines, readHtml } from './html.ts';

describe('htmlToLines', () => {
  it('reads blocks, list items and table rows as lines', () => {
    const html =
      '<h1>Alex Rivera</h1><p>Project <b>Manager</b></p><ul><li>Led releases</li><li>Ran Jira</li></ul>' +
      '<table><tr><th>Skills</th><td><p>Jira</p><p>SQL</p></td></tr></table><script>x()</script>';
    expect(htmlToLines(html)).toEqual([
      'Alex Rivera',
      'Project Manager',
      '• Led releases',
      '• Ran Jira',
      'Skills | Jira ; SQL',
    ]);
  });

  it('reads a table inside a table cell', () => {
    expect(
      htmlToLines('<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>'),
    ).toEqual(['a | b | c']);
  });

  it('reads a page nested 20,000 deep (the recursive walk overflowed the stack: INTERNAL)', () => {
    const html = `<body>${'<div>'.repeat(20_000)}Project Manager${'</div>'.repeat(20_000)}</body>`;
    expect(readHtml(html)).toEqual({
      ok: true,
      value: { format: 'html', text: 'Project Manager', warnings: [] },
    });
  });

  it('reads 1,000 nested tables (each cell was parsed again from its HTML: the stack overflowed; 10,000 took minutes)', () => {
    const html = `${'<table><tr><td>'.repeat(1000)}Jira${'</td></tr></table>'.repeat(1000)}`;
    expect(htmlToLines(html)).toEqual(['Jira']);
  });
});

describe('readHtml', () => {
  it('reads a page as its lines, one a line', () => {
    expect(readHtml('<h1>Alex Rivera</h1><p>Project Manager</p>')).toEqual({
      ok: true,
      value: { format: 'html', text: 'Alex Rivera\nProject Manager', warnings: [] },
    });
  });

  it('fails as EMPTY_INPUT for a page with no text (scripts, styles and blank blocks only)', () => {
    const empty = {
      ok: false,
      error: {
        code: 'EMPTY_INPUT',
        message: 'the HTML page has no text.',
        hint: 'Check that you picked the right file.',
      },
    };
    expect(
      readHtml('<html><head><style>p{}</style></head><body><script>x()</script><p> </p></body></html>'),
    ).toEqual(empty);
    expect(readHtml('')).toEqual(empty);
  });
});
