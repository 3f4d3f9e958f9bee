import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import { analyzeResume } from '../analysis/analyze.ts';
import { auditPosting } from '../audit/index.ts';
import { renderAuditMarkdown } from '../audit/render.ts';
import { cell, mdText } from './format.ts';
import { renderReportMarkdown, renderReportText } from './report-text.ts';

describe('mdText and cell', () => {
  it('make HTML, links, images and code spans inert', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(mdText('[docs](javascript:alert(1)) ![x](https://t.test/p.png) `code`')).toBe(
      '\\[docs\\](javascript:alert(1)) !\\[x\\](https://t.test/p.png) \\`code\\`',
    );
  });

  it('keep a table row whole: pipes, line breaks and a backslash that would undo an escape', () => {
    expect(cell('a | b\n c')).toBe('a \\| b c');
    // A trailing backslash before a pipe would otherwise escape the escape and end the cell.
    expect(cell('a\\| b')).toBe('a\\\\\\| b');
  });
});

const HOSTILE = [
  '<img src=x onerror=alert(1)> Led Scrum ceremonies with Jira <script>alert(1)</script>',
  '[Agile coaching](javascript:alert(1)) for 3 teams with Jira, cutting cycle time 20% | injected | cell',
];

describe('the score band', () => {
  it('follows the score in the Markdown export and in the terminal report', () => {
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: {
        format: 'text',
        text: 'Experience\n- Ran sprint planning for 2 teams in Jira',
        warnings: [],
      },
      role: findRole('technical-project-manager')!,
      taxonomy: bundledTaxonomy(),
    });
    const band = report.scoreBand!;
    const line = `${band.label} (${band.from}–${band.to} of 100): ${band.meaning}`;
    expect(renderReportMarkdown(report)).toContain(`**Score: ${report.score}/100**\n\n${mdText(line)}\n`);
    const text = renderReportText(report).split('\n');
    const at = text.findIndex((l) => l.startsWith(`Score ${report.score}/100`));
    expect(
      text
        .slice(at + 1)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toContain(line);
  });
});

describe('Markdown exports', () => {
  it('carry no raw HTML or links from a resume', () => {
    const text = [
      'Jane Doe',
      'Experience',
      'Scrum Master, Acme 2019-2024',
      ...HOSTILE.map((l) => `- ${l}`),
      'Skills',
      'Jira, Scrum, <b onmouseover=alert(1)>Kanban</b>',
    ].join('\n');
    const report = analyzeResume({
      asOf: { year: 2026, month: 12 },
      document: { format: 'text', text, warnings: [] },
      role: findRole('technical-project-manager')!,
      taxonomy: bundledTaxonomy(),
    });
    const md = renderReportMarkdown(report);
    // The hostile lines are quoted as evidence, escaped.
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; Led Scrum');
    expect(md).toContain('\\[Agile coaching\\](javascript:alert(1))');
    expect(md).not.toMatch(/<(?:script|img|b)\b/i);
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    // Every table row keeps its column count.
    for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = table.split('\n');
      const columns = (row: string) => row.split(/(?<!\\)\|/).length;
      for (const row of rows) expect(columns(row), row).toBe(columns(rows[0]!));
    }
  });

  it('carry no raw HTML from a posting', () => {
    const audit = auditPosting({
      title: 'Technical Project Manager <img src=x onerror=alert(1)>',
      text: 'Responsibilities\n- Write production code in Java <script>alert(1)</script> every day\n- Own the release schedule and risks\nRequirements\n- 5 years of Java and Spring',
    });
    if (!audit.ok) throw new Error(audit.error.message);
    const md = renderAuditMarkdown(audit.value);
    expect(md).toContain('# Posting audit: Technical Project Manager &lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<(?:script|img)\b/i);
  });
});
