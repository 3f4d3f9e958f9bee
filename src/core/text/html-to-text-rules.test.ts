import { describe, expect, it } from 'vitest';
import { asciiLower, decodeEntities, forwardFinder, htmlToLines, htmlToText } from './html-to-text.ts';

// The rules of the one HTML → text step (resumes, Word documents, job boards, the audit) that
// StrykerJS found unpinned (issue 15, docs/testing.md): each at its edge, on real-shaped markup.

describe('character references', () => {
  it('reads a numeric reference up to U+10FFFF and outside the surrogates, else U+FFFD', () => {
    // The last code point, the first past it; the edges of the surrogate block and just outside it.
    expect(decodeEntities('&#x10FFFF;|&#x110000;')).toBe('\u{10ffff}|\ufffd');
    expect(decodeEntities('&#xD7FF;|&#xD800;|&#xDFFF;|&#xE000;')).toBe('\ud7ff|\ufffd|\ufffd|\ue000');
    expect(decodeEntities('&#1;')).toBe('\u0001');
  });

  it('reads hexadecimal references with x or X, up to eight digits, and decimal ones up to ten', () => {
    expect(decodeEntities('&#X2022; Led releases &#x2022; Ran Jira')).toBe('• Led releases • Ran Jira');
    expect(decodeEntities('&#x000020AC; &#x0000020AC;')).toBe('€ &#x0000020AC;');
    expect(decodeEntities('&#0000008226; &#00000008226;')).toBe('• &#00000008226;');
  });

  it('reads a name as written first, then lower-cased, and leaves an unknown one as written', () => {
    // &Eacute; is its own letter; &AMP; and &NBSP; are found lower-cased.
    expect(decodeEntities('&Eacute;quipe R&AMP;D&NBSP;&Eacute;t&eacute;')).toBe('Équipe R&D\u00a0Été');
    expect(decodeEntities('AT&T; Q&A; &notanentity; &a; &abcdefghijk;')).toBe(
      'AT&T; Q&A; &notanentity; &a; &abcdefghijk;',
    );
  });

  it('needs the semicolon and a name of two to ten characters', () => {
    expect(decodeEntities('Salary &pound50k, &ndash; &frac12; &sup2;')).toBe('Salary &pound50k, – ½ ²');
  });
});

describe('asciiLower', () => {
  it('lowers ASCII capitals only, so offsets stay those of the page', () => {
    expect(asciiLower('<DIV CLASS="Job">ÉQUIPE Ünd</DIV>')).toBe('<div class="job">Équipe Ünd</div>');
  });
});

describe('forwardFinder', () => {
  it('finds the first needle at or after each position asked, positions only growing', () => {
    const text = '<p>a</p><p>b</p>';
    const next = forwardFinder(text, '</p>');
    expect(next(0)).toBe(4);
    expect(next(3)).toBe(4);
    expect(next(4)).toBe(4);
    expect(next(5)).toBe(12);
    expect(next(13)).toBe(-1);
    expect(next(14)).toBe(-1);
  });

  it('searches again for a position before the last one searched from', () => {
    const next = forwardFinder('>a>b', '>');
    expect(next(1)).toBe(2);
    expect(next(0)).toBe(0);
  });
});

describe('tag names', () => {
  it('reads tags in any case (Word and old job boards write them in capitals)', () => {
    expect(
      htmlToLines('<P>Release Manager</P><UL><LI>Ran the train</LI></UL><SCRIPT>var a="<p>x</p>";</SCRIPT>'),
    ).toEqual(['Release Manager', '• Ran the train']);
  });

  it('reads a name of letters, digits, hyphens and colons, so a custom element is not a block it starts like', () => {
    // <h6> is a heading; <p-card>, <li:item>, <p9>, <p0> and <Pz> are no paragraph or item.
    expect(htmlToLines('<h6>Skills</h6>Jira <p-card>Confluence</p-card> <li:item>SQL</li:item>')).toEqual([
      'Skills',
      'Jira Confluence SQL',
    ]);
    expect(htmlToLines('<p>Jira <p9>SQL</p9> <p0>Excel</p0> <Pz>Visio</Pz>')).toEqual([
      'Jira SQL Excel Visio',
    ]);
    expect(htmlToLines('<div>Acme<aside>Remote</aside><za>Leeds</za> <ZA>UK</ZA></div>')).toEqual([
      'Acme',
      'Remote',
      'Leeds UK',
    ]);
  });

  it('reads a tag opening with any letter a to z or A to Z, and no other character', () => {
    expect(htmlToLines('a<a href="x">b</a><z>c</z><A>d</A><Z>e</Z>f')).toEqual(['abcdef']);
    expect(htmlToText('Team of 5 <@acme> [5 < 6] <_x> <`y> <{z>')).toBe(
      'Team of 5 <@acme> [5 < 6] <_x> <`y> <{z>',
    );
  });

  it('reads a closing tag only when a letter follows "</"', () => {
    expect(htmlToText('<p>Ratio 1</2 and 3</@ here</p>')).toBe('Ratio 1</2 and 3</@ here');
  });
});

describe('declarations, comments and code', () => {
  it('drops <!DOCTYPE>, <![CDATA[…]]> and <?xml?>, and reads one with no ">" as text', () => {
    expect(htmlToLines('<?xml version="1.0"?><!DOCTYPE html><p>Release Manager</p>')).toEqual([
      'Release Manager',
    ]);
    expect(htmlToText('<p>Release Manager</p><!DOCTYPE html')).toBe('Release Manager\n<!DOCTYPE html');
    expect(htmlToText('<p>Release Manager</p><?php echo 1')).toBe('Release Manager\n<?php echo 1');
  });

  it('drops a comment whole, from "<!--" to the first "-->" after it', () => {
    expect(htmlToText('<p>Jira<!-- old: <p>Trello</p> -->, Confluence<!---->.</p>')).toBe(
      'Jira, Confluence.',
    );
    // The "-->" must come after the "<!--": "<!-->" is a comment that ends later.
    expect(htmlToText('<p>a<!-->b-->c</p>')).toBe('ac');
  });

  it('reads code to its closing tag, and drops the rest of a page whose closing tag never ends', () => {
    expect(htmlToText('<p>Jira</p><script type="x">if (a < b) {}</script ><p>SQL</p>')).toBe('Jira\nSQL');
    expect(htmlToText('<style>p{}</STYLE><p>SQL</p>')).toBe('SQL');
    expect(htmlToText('<p>Jira</p><script>x()</script')).toBe('Jira');
    // A closing tag found far after the code still ends at its own ">".
    expect(htmlToText('<script>let s = "</p>";</script><p>Release Manager</p>')).toBe('Release Manager');
  });
});

describe('hidden elements', () => {
  it('hides what is inside, nested or not, and a stray closing tag hides nothing more', () => {
    expect(
      htmlToLines('<p>Apply</p></svg><svg><svg><path/></svg><title>icon</title></svg><p>Release Manager</p>'),
    ).toEqual(['Apply', 'Release Manager']);
    // Nested hidden elements and a stray closing tag before them: what is inside stays hidden.
    expect(htmlToLines('</svg><svg><svg><path/></svg><text>Logo</text></svg><p>Release Manager</p>')).toEqual(
      ['Release Manager'],
    );
    expect(htmlToLines('<svg><path/></svg></svg><svg><text>Logo</text></svg><p>Release Manager</p>')).toEqual(
      ['Release Manager'],
    );
    expect(htmlToLines('<button>Save</button> Release <button>Apply</button> Manager')).toEqual([
      'Release Manager',
    ]);
  });

  it('hides nothing for a self-closed one (<svg/>, <iframe/>)', () => {
    expect(htmlToLines('<p>Release <svg/>Manager<iframe src="x"/> at Acme</p>')).toEqual([
      'Release Manager at Acme',
    ]);
    // Even when the page closes one later.
    expect(htmlToLines('<p>Release <svg/>Manager</p><svg><path/></svg><p>Leeds</p>')).toEqual([
      'Release Manager',
      'Leeds',
    ]);
  });

  it('leaves the markup inside a hidden element unread: no line, no cell, no item', () => {
    expect(
      htmlToLines(
        '<p>Jira<template><table><tr><td>x</td></tr></table><ul><li>y</li></ul><div>z</div></template> and SQL</p>',
      ),
    ).toEqual(['Jira and SQL']);
    expect(htmlToLines('<ul><li>Jira<svg><li>x</li></svg></li></ul>')).toEqual(['• Jira']);
  });
});

describe('blocks and list items', () => {
  it('breaks a line at each block element, and at its end', () => {
    const blocks = [
      'p',
      'div',
      'section',
      'article',
      'header',
      'footer',
      'main',
      'aside',
      'nav',
      'address',
      'blockquote',
      'center',
      'details',
      'summary',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'dl',
      'dt',
      'dd',
      'caption',
      'pre',
      'figure',
      'figcaption',
      'form',
      'fieldset',
      'legend',
      'body',
      'html',
      'ul',
      'ol',
    ];
    for (const b of blocks)
      expect([b, htmlToLines(`Acme<${b}>Leeds</${b}>UK`)]).toEqual([b, ['Acme', 'Leeds', 'UK']]);
    for (const b of ['hr', 'br']) expect([b, htmlToLines(`Acme<${b}>Leeds`)]).toEqual([b, ['Acme', 'Leeds']]);
    for (const b of ['thead', 'tbody', 'tfoot'])
      expect([b, htmlToLines(`Acme<${b}>Leeds</${b}>UK`)]).toEqual([b, ['Acme', 'Leeds', 'UK']]);
    // An inline element breaks nothing.
    expect(htmlToLines('Acme <span>Leeds</span> <em>UK</em>')).toEqual(['Acme Leeds UK']);
  });

  it('ends an item at </li>: text after it is not the item', () => {
    expect(htmlToLines('<ul><li>Jira</li>Remote, UK')).toEqual(['• Jira', 'Remote, UK']);
  });

  it('drops an empty list item, and keeps a bullet that is text', () => {
    expect(htmlToLines('<ul><li></li><li> </li><li>Jira</li></ul><p>•</p><p>• Ran planning</p>')).toEqual([
      '• Jira',
      '• Ran planning',
    ]);
  });

  it('keeps a list item whose text comes in a block, and breaks one whose text came before the block', () => {
    expect(
      htmlToLines('<ul><li> <div><p>Led releases</p></div></li><li>Ran Jira<p>weekly</p></li></ul>'),
    ).toEqual(['• Led releases', '• Ran Jira', 'weekly']);
  });

  it('makes runs of spaces one and trims each line', () => {
    expect(htmlToLines('<p>  Release\t\n  Manager  </p><p>\u00a0</p>')).toEqual(['Release Manager']);
  });
});

describe('preformatted text and text typed with its own line breaks', () => {
  it('keeps the line breaks of <pre> (CRLF too) until it closes, and only then', () => {
    expect(htmlToLines('<pre>Jira\r\nConfluence\n\nSQL</pre>Excel\nVisio')).toEqual([
      'Jira',
      'Confluence',
      'SQL',
      'Excel Visio',
    ]);
    // A block closing inside <pre> does not end it.
    expect(htmlToLines('<pre><p>Jira</p>Confluence\nSQL</pre>')).toEqual(['Jira', 'Confluence', 'SQL']);
    // A stray </pre> does not make the next <pre> end early.
    expect(htmlToLines('</pre><pre>Jira\nSQL</pre><p>a\nb</p>')).toEqual(['Jira', 'SQL', 'a b']);
  });

  it('keeps the line breaks of text typed into a form, CRLF too', () => {
    expect(htmlToLines('We need:\r\n* Engineer\r\n* Designer', { newlines: 'break' })).toEqual([
      'We need:',
      '* Engineer',
      '* Designer',
    ]);
    expect(htmlToLines('We need:\r\n* Engineer', { newlines: 'space' })).toEqual(['We need: * Engineer']);
  });
});

describe('tables', () => {
  it('joins the cells of a row with " | " and a header cell like any other, leaving empty cells out', () => {
    expect(
      htmlToLines(
        '<table><tr><th>Role</th><th></th><th>Years</th></tr><tr><td>TPM</td><td> </td><td>6</td></tr></table>',
      ),
    ).toEqual(['Role | Years', 'TPM | 6']);
  });

  it('leaves an empty row out', () => {
    expect(htmlToLines('<table><tr></tr><tr><td></td></tr><tr><td>Jira</td></tr></table>')).toEqual(['Jira']);
  });

  it('reads a cell outside a row as a line of its own', () => {
    expect(htmlToLines('Skills<td>Jira</td><th>SQL</th>')).toEqual(['Skills', 'Jira', 'SQL']);
  });

  it('closes a cell at the next cell, and a row at the next row, when the page leaves them open', () => {
    expect(htmlToLines('<table><tr><th>Role<td>TPM<tr><td>Years<th>6</table>')).toEqual([
      'Role | TPM',
      'Years | 6',
    ]);
  });

  it('breaks the line before and after a table', () => {
    expect(htmlToLines('Skills<table><tr><td>Jira</td></tr></table>Education')).toEqual([
      'Skills',
      'Jira',
      'Education',
    ]);
  });

  it('ends a row or cell only inside the innermost table, and a stray closing tag closes nothing', () => {
    // </tr> and </td> with no row or cell open in this table leave the outer cell open.
    expect(
      htmlToLines(
        '<table><tr><td>a<table></tr></td><tr><td>b</td></tr></table>c</td><td>d</td></tr></table>',
      ),
    ).toEqual(['a ; b ; c | d']);
    expect(htmlToLines('</td></tr></table><p>Jira</p>')).toEqual(['Jira']);
    expect(htmlToLines('<table><tr><td>Jira</table></td>SQL')).toEqual(['Jira', 'SQL']);
  });

  it('ends a row at </tr> and a cell at </td> or </th>, even in a table the page never closes', () => {
    expect(htmlToLines('<table><tr><td>Jira</td></tr><p>Remote</p>')).toEqual(['Jira', 'Remote']);
    // Text left between cells belongs to no cell: each piece is a line of its own, before the row.
    expect(htmlToLines('<table><tr><th>Role</th>:<td>TPM</td>,<td>Acme</td></tr></table>')).toEqual([
      ':',
      ',',
      'Role | TPM | Acme',
    ]);
  });

  it('reads a row with a cell of more than five lines as a layout of columns', () => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    const side = ['ada@example.com', 'SKILLS', 'Jira', 'SQL', 'EDUCATION', 'BS Computing'];
    expect(htmlToLines(`<table><tr>${cell(side)}${cell(['Release Manager, Acme'])}</tr></table>`)).toEqual([
      ...side,
      'Release Manager, Acme',
    ]);
  });

  it("keeps a Word document's tab as one tab when told to, and as a space otherwise", () => {
    const html =
      '<p>Vertex Pharmaceuticals\tBoston, MA</p><p>Senior TPM \t\t Jan 2022 – Present</p><p>a  b</p>';
    expect(htmlToLines(html, { tabs: true })).toEqual([
      'Vertex Pharmaceuticals\tBoston, MA',
      'Senior TPM\tJan 2022 – Present',
      'a b',
    ]);
    expect(htmlToLines(html)).toEqual([
      'Vertex Pharmaceuticals Boston, MA',
      'Senior TPM Jan 2022 – Present',
      'a b',
    ]);
  });

  it("puts a date cell beside a role's first line, left or right, when told what a date is", () => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    const role = ['QA Lead, Shopify', '• Ran the release readiness review.', '• Hired four testers.'];
    const isDateCell = (t: string) => /^(?:Sep 2020 – Present|2019)$/.test(t);
    const row = (cells: string[][]) => `<table><tr>${cells.map(cell).join('')}</tr></table>`;
    expect(htmlToLines(row([['Sep 2020 – Present'], role]), { isDateCell })).toEqual([
      'Sep 2020 – Present | QA Lead, Shopify',
      ...role.slice(1),
    ]);
    expect(htmlToLines(row([role, ['Sep 2020 – Present']]), { isDateCell })).toEqual([
      'QA Lead, Shopify | Sep 2020 – Present',
      ...role.slice(1),
    ]);
    // Without the test, or beside a single line, or three cells: read as before.
    expect(htmlToLines(row([['Sep 2020 – Present'], role]))).toEqual(['Sep 2020 – Present', ...role]);
    expect(htmlToLines(row([['2019'], ['QA Lead, Shopify']]), { isDateCell })).toEqual([
      '2019 | QA Lead, Shopify',
    ]);
    expect(htmlToLines(row([['2019'], role, ['Toronto']]), { isDateCell })).toEqual([
      '2019',
      ...role,
      'Toronto',
    ]);
  });

  it('closes the cells, rows and tables left open at the end of the page', () => {
    expect(htmlToLines('<p>Skills</p><table><tr><td>Jira<td>SQL')).toEqual(['Skills', 'Jira | SQL']);
  });

  it('closes a cell and its row at </table>', () => {
    expect(htmlToLines('<table><tr><td>Jira<td>SQL</table><p>Excel</p>')).toEqual(['Jira | SQL', 'Excel']);
  });

  it('reads a row of cells of more than one line as values unless one holds a bullet, more than five lines or prose', () => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    // 100 characters is still a value; 101 is prose.
    const at100 = `Led the migration of forty services to a managed Kubernetes platform, ahead of the dates set for it.`;
    expect(at100.length).toBe(100);
    expect(htmlToLines(`<table><tr>${cell(['2021'])}${cell(['TPM, Acme', at100])}</tr></table>`)).toEqual([
      `2021 | TPM, Acme ; ${at100}`,
    ]);
    expect(
      htmlToLines(`<table><tr>${cell(['2021'])}${cell(['TPM, Acme', `${at100}.`])}</tr></table>`),
    ).toEqual(['2021', 'TPM, Acme', `${at100}.`]);
    // A bullet opening any line, not only the first, makes a layout.
    expect(
      htmlToLines(`<table><tr>${cell(['2021'])}${cell(['TPM, Acme', '• Led the migration'])}</tr></table>`),
    ).toEqual(['2021', 'TPM, Acme', '• Led the migration']);
    // A bullet inside a line does not.
    expect(htmlToLines(`<table><tr>${cell(['2021'])}${cell(['Jira • SQL', 'Excel'])}</tr></table>`)).toEqual([
      '2021 | Jira • SQL ; Excel',
    ]);
  });
});

describe('text around tags', () => {
  it('keeps the text before the first tag, between tags and after the last', () => {
    expect(htmlToLines('Release <b>Manager</b>, Acme')).toEqual(['Release Manager, Acme']);
    expect(htmlToLines('Release Manager')).toEqual(['Release Manager']);
    expect(htmlToLines('')).toEqual([]);
  });

  it('reads a "<" at the very end as text', () => {
    expect(htmlToText('<p>Jira</p>SQL <')).toBe('Jira\nSQL <');
    expect(htmlToText('<p>Jira</p>SQL </')).toBe('Jira\nSQL </');
  });

  it('reads the text after an unclosed tag, comment or declaration as text, and what came before as read', () => {
    expect(htmlToText('<ul><li>Jira</li><li>SQL <i')).toBe('• Jira\n• SQL <i');
    expect(htmlToText('<h2>Skills</h2>Jira <!-- SQL')).toBe('Skills\nJira <!-- SQL');
  });

  it('decodes references in text only, not in tags', () => {
    expect(htmlToLines('<p title="&lt;p&gt;">R&amp;D &lt;team&gt;</p>')).toEqual(['R&D <team>']);
  });
});
