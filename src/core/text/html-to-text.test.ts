import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../test/random-strings.ts';
import { decodeEntities, htmlToLines, htmlToText } from './html-to-text.ts';

describe('htmlToLines', () => {
  it('reads blocks, list items and table rows as lines (an HTML resume, a Word document)', () => {
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

  it('reads a posting description as lines without blank ones (a job board, JSON-LD, the audit)', () => {
    const html =
      '<p>Coordinate releases.</p>\n\n<p><b>Qualifications:</b></p><ul>\n<li>Jira</li>\n<li><p>Risk management</p></li></ul>';
    expect(htmlToText(html)).toBe('Coordinate releases.\nQualifications:\n• Jira\n• Risk management');
  });

  it("reads a line break in the text as a space in a document, as a break in a posting's text", () => {
    const html = 'Acme | Remote\n<p>We are looking for:\n* Fullstack Engineer\n* UI Designer</p>';
    expect(htmlToLines(html)).toEqual([
      'Acme | Remote',
      'We are looking for: * Fullstack Engineer * UI Designer',
    ]);
    expect(htmlToLines(html, { newlines: 'break' })).toEqual([
      'Acme | Remote',
      'We are looking for:',
      '* Fullstack Engineer',
      '* UI Designer',
    ]);
  });

  it("keeps the lines of a layout table's cells (more than five lines in one), cell after cell", () => {
    const side = ['ada@example.com', 'SKILLS', 'Jira', 'SQL', 'EDUCATION', 'BS Computing'];
    const main = ['WORK EXPERIENCE', 'Release Manager, Acme', '• Ran the release train'];
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    expect(htmlToLines(`<table><tr>${cell(side)}${cell(main)}</tr></table>`)).toEqual([...side, ...main]);
    // Five lines in a cell are still a value of a table (when no cell holds a list or prose).
    const plain = ['WORK EXPERIENCE', 'Release Manager, Acme'];
    expect(htmlToLines(`<table><tr>${cell(side.slice(0, 5))}${cell(plain)}</tr></table>`)).toEqual([
      'ada@example.com ; SKILLS ; Jira ; SQL ; EDUCATION | WORK EXPERIENCE ; Release Manager, Acme',
    ]);
  });

  it('keeps the lines of a row whose cell holds a list or prose below a line (dates in a column of their own)', () => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    const dates = cell(['Jan 2021 – Present']);
    const listed = `<td><p>Technical Project Manager, Acme</p><ul><li>Led the migration</li></ul></td>`;
    expect(htmlToLines(`<table><tr>${dates}${listed}</tr></table>`)).toEqual([
      'Jan 2021 – Present',
      'Technical Project Manager, Acme',
      '• Led the migration',
    ]);
    const prose =
      'Led the migration of forty services to a managed Kubernetes platform, two weeks ahead of the date.';
    expect(
      htmlToLines(
        `<table><tr>${dates}${cell(['Technical Project Manager, Acme', `${prose} Ran planning.`])}</tr></table>`,
      ),
    ).toEqual(['Jan 2021 – Present', 'Technical Project Manager, Acme', `${prose} Ran planning.`]);
    // A long value alone in its cell, or short lines, are still a table's values.
    expect(
      htmlToLines(`<table><tr>${cell(['Summary'])}${cell([`${prose} Ran planning.`])}</tr></table>`),
    ).toEqual([`Summary | ${prose} Ran planning.`]);
    expect(htmlToLines(`<table><tr>${cell(['Languages'])}${cell(['Java', 'Python'])}</tr></table>`)).toEqual([
      'Languages | Java ; Python',
    ]);
  });

  it('adds the cells of a table inside a cell to its row, and closes what the page left open', () => {
    expect(
      htmlToLines('<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>'),
    ).toEqual(['a | b | c']);
    expect(htmlToLines('<table><tr><td>2019<td>Acme<tr><td>2020<td>Globex</table><p>After')).toEqual([
      '2019 | Acme',
      '2020 | Globex',
      'After',
    ]);
  });

  it('leaves out code, comments, metadata, icons and controls, but not what a stray tag would hide', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Jobs at Acme</title><link rel="stylesheet" href="a.css"><style>p{}</style></head>' +
      '<body><!-- nav --><svg><title>icon</title><path d="M0"/></svg><p>Release Manager</p>' +
      '<button>Apply now</button><noscript>Enable JavaScript</noscript><select><option>UK</option></select></body></html>';
    expect(htmlToLines(html)).toEqual(['Release Manager']);
    expect(htmlToLines('<p>Release Manager <button>Apply</p><p>Leeds</p>')).toEqual([
      'Release Manager Apply',
      'Leeds',
    ]);
  });

  it('reads a < that opens no tag, and the text after a tag that never closes, as text', () => {
    expect(htmlToText('<p>Salary < 50k and > 40k</p>')).toBe('Salary < 50k and > 40k');
    expect(htmlToText('<p>Team of 5 <3 <b')).toBe('Team of 5 <3 <b');
    expect(htmlToText('<p>a <!-- never closed')).toBe('a <!-- never closed');
  });

  it('keeps the line breaks of preformatted text and decodes references in text', () => {
    expect(
      htmlToLines('<pre>Jira\n  Confluence</pre><p>R&amp;D &eacute;quipe&nbsp;&mdash; 5&#43;&#x20AC;</p>'),
    ).toEqual(['Jira', 'Confluence', 'R&D équipe — 5+€']);
  });

  it("drops a soft hyphen inside a word (&shy;, Word's optional hyphen), which shows only at a wrap", () => {
    expect(
      htmlToLines('<p>Change manage&shy;ment with cross-func\u00adtional teams, 2019\u00ad2021</p>'),
    ).toEqual(['Change management with cross-functional teams, 2019\u00ad2021']);
  });

  it('reads a page nested 20,000 deep and 1,000 nested tables', () => {
    expect(
      htmlToLines(`<body>${'<div>'.repeat(20_000)}Project Manager${'</div>'.repeat(20_000)}</body>`),
    ).toEqual(['Project Manager']);
    expect(htmlToLines(`${'<table><tr><td>'.repeat(1000)}Jira${'</td></tr></table>'.repeat(1000)}`)).toEqual([
      'Jira',
    ]);
  });

  it('reads pages of 200,000 unclosed tags, comments or code blocks in one pass', () => {
    for (const unit of [
      '<',
      '<li',
      '<!--',
      '<p',
      '<script>',
      '<title>',
      '<button>',
      '<svg>',
      '<tr><td>',
      '</',
    ]) {
      const page = unit.repeat(200_000 / unit.length);
      // Tags that close are dropped; a `<` that never closes is text.
      expect(htmlToText(page)).toBe(unit.includes('>') ? '' : page);
    }
  });

  it('reads any mix of markup without throwing, and no line starts or ends with a space', () => {
    const tokens = [
      '<',
      '>',
      '/',
      '<p>',
      '</p>',
      '<li>',
      '</li>',
      '<td>',
      '<tr>',
      '</tr>',
      '</table>',
      '<table>',
    ];
    const soup = randomStrings(
      [...tokens, '<!--', '-->', '<script>', '</script>', '<svg>', '</svg>', 'a', ' ', '&amp;', '&#0;'],
      5000,
      16,
      3,
    );
    for (const page of soup)
      for (const line of htmlToLines(page)) {
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(0);
      }
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references, and leaves unknown names and impossible code points harmless', () => {
    expect(decodeEntities('&amp;&lt;&Uuml;&ccedil;&trade;&#65;&#x1F600;&bogus;')).toBe('&<Üç™A😀&bogus;');
    expect(decodeEntities('&#99999999;&#xD800;&#0;')).toBe('\ufffd\ufffd\ufffd');
  });
});
