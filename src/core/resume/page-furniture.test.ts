import { describe, expect, it } from 'vitest';
import { boilerplateLines, pageFurniture } from './page-furniture.ts';
import { readStructure } from './structure.ts';

/** `n` filler bullets, so pages are as long as pages are. */
const bullets = (n: number, what: string) => Array.from({ length: n }, (_, k) => `• ${what} ${k + 1}.`);

describe('page furniture', () => {
  it('finds a running footer whose page number counts up, and a lone page number', () => {
    const lines = [
      'Experience',
      'Acme Corp\tSeoul, S.Korea',
      'Site Reliability Engineer\tFeb. 2021 Mar. 2023',
      ...bullets(14, 'Ran the platform'),
      'February 10, 2026\tJane Park · Résumé\t1',
      '',
      ...bullets(14, 'Kept it running'),
      'February 10, 2026\tJane Park · Résumé\t2',
      '',
      'Page 3 of 3',
      'Education',
      'February 10, 2026\tJane Park · Résumé\t3',
    ];
    expect([...pageFurniture(lines)].sort((a, b) => a - b)).toEqual([18, 34, 36, 38]);
    const s = readStructure(lines, { asOf: { year: 2026, month: 1 } });
    expect(s.positions.map((p) => [p.title, p.organisation, p.endLine])).toEqual([
      ['Site Reliability Engineer', 'Acme Corp', 36],
    ]);
  });

  it('leaves lines that recur unchanged, or with other numbers, or a few lines apart', () => {
    const entry = (dates: string) => [
      '',
      'Research Intern',
      `Google\t${dates}`,
      ...bullets(14, 'Trained models'),
    ];
    expect(pageFurniture([...entry('2019 – 2020'), ...entry('2021 – 2022')]).size).toBe(0);
    expect(pageFurniture(['Project 1', '', 'Project 2', '', 'Project 3']).size).toBe(0);
    // Items that open a block a page apart are items; a page's header says it is one.
    const block = (k: number) => ['', `Project #${k}`, ...bullets(14, 'Shipped a release')];
    expect(pageFurniture([...block(1), ...block(2), ...block(3)]).size).toBe(0);
    const page = (k: number) => ['', `Jane Doe — Page ${k}`, ...bullets(14, 'Shipped a release')];
    expect([...pageFurniture([...page(2), ...page(3)])]).toEqual([2, 18]);
    expect(pageFurniture(['Won 2 prizes', '• Did things']).size).toBe(0);
  });
});

describe('clauses of consent and declaration', () => {
  it('finds a consent clause and the lines its sentence wraps onto, to its full stop', () => {
    const lines = [
      'PSM II (Scrum.org) · SAFe 6 Practice Consultant (SPC)',
      '',
      'I agree to the processing of personal data provided in this document for realising the recruitment',
      'process pursuant to the Personal Data Protection Act of 10 May 2018 (Journal of Laws 2018, item 1000)',
      'and in agreement with Regulation (EU) 2016/679 (GDPR).',
      'and a line after its full stop',
    ];
    expect([...boilerplateLines(lines)]).toEqual([3, 4, 5]);
    expect([
      ...boilerplateLines(['• I hereby consent to the use of my personal data for recruitment.']),
    ]).toEqual([1]);
  });

  it('takes a declaration as one line: the next may be an entry run on by a lost line break', () => {
    const lines = [
      'I hereby declare that the above mentioned information is authentic to the best of my knowledge',
      'company - Tata Consultancy Services',
    ];
    expect([...boilerplateLines(lines)]).toEqual([1]);
  });

  it('leaves work done on personal data alone', () => {
    const lines = [
      'Led the GDPR programme: processing of personal data mapped for 40 systems',
      'We processed personal data requests within 30 days',
    ];
    expect(boilerplateLines(lines).size).toBe(0);
  });
});

describe("a hosted page's credit line", () => {
  it('reads the credit among the last three non-blank lines as the site’s', () => {
    const lines = [
      'Education & Certifications',
      'Ontario College Advanced Diploma, Computer Systems Technology – Seneca College (2016)',
      'Certified Kubernetes Administrator (CKA) | CNCF | 2021',
      '',
      'Hosted on CVNest · Create your own resume page · Last updated 2 Dec 2026',
    ];
    expect([...boilerplateLines(lines)]).toEqual([5]);
    expect([...boilerplateLines(['Projects', 'Portfolio site', 'Powered by Notion'])]).toEqual([3]);
  });

  it('leaves the words higher up the text, and work that names them', () => {
    const lines = [
      'Experience',
      '• Moved the wiki to a page powered by Notion for 40 staff',
      '• Kept the runbook last updated before each release',
      '• Built the release checklist',
      '• Wrote the on-call guide',
      '• Ran the weekly review',
    ];
    expect(boilerplateLines(lines).size).toBe(0);
  });
});
