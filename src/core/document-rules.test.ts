import { describe, expect, it } from 'vitest';
import { markdownWithoutHtml, repairDocument } from './document.ts';

/** What a program does when it reads UTF-8 bytes as Latin-1. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

describe('repairDocument', () => {
  it('counts the characters it repaired, in the plural, after the warnings the reader gave', () => {
    const document = {
      format: 'pdf' as const,
      text: asLatin1('• Led releases — “on time”'),
      pages: 2,
      warnings: ['2 images skipped'],
    };
    expect(repairDocument(document)).toEqual({
      format: 'pdf',
      text: '• Led releases — “on time”',
      pages: 2,
      warnings: [
        '2 images skipped',
        '4 characters were saved in one encoding and read in another (such as "â€¢" for "•"); rolefit read them as intended.',
      ],
    });
    expect(document.warnings).toEqual(['2 images skipped']);
  });
});

describe('markdownWithoutHtml: a GitHub README resume', () => {
  const readme = [
    '<h1 align="center">Kasia Nowak</h1>',
    '<p align="center">Data Engineer · Kraków</p>',
    '',
    '<p align="center">',
    '  <a href="mailto:k@example.com"><img src="https://img.shields.io/badge/Email-x"></a>',
    '  <img src="https://img.shields.io/badge/Python-3776AB">',
    '</p>',
    '',
    '## Experience',
    '**Data Engineer** — Sklepix &amp; Co<br>Kraków',
    '- Moved 40 cron jobs to Airflow; failures fell from 5 a week to 1 a month (x < 2).',
  ].join('\n');

  it('keeps the text of the HTML, a line for each block, and Markdown as it is', () => {
    expect(markdownWithoutHtml(readme).split('\n')).toEqual([
      'Kasia Nowak',
      'Data Engineer · Kraków',
      '',
      '## Experience',
      '**Data Engineer** — Sklepix & Co',
      'Kraków',
      '- Moved 40 cron jobs to Airflow; failures fell from 5 a week to 1 a month (x < 2).',
    ]);
  });

  it('leaves Markdown without a tag untouched, and repairs only a Markdown document so', () => {
    const plain = '## Skills\n- SQL <and> Python, a < b';
    expect(markdownWithoutHtml(plain)).toBe(plain);
    expect(repairDocument({ format: 'markdown', text: readme, warnings: [] }).text).toBe(
      markdownWithoutHtml(readme),
    );
    expect(repairDocument({ format: 'text', text: readme, warnings: [] }).text).toBe(readme);
  });
});
