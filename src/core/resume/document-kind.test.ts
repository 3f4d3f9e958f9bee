import { describe, expect, it } from 'vitest';
import { classifyDocument } from './document-kind.ts';
import { readStructure } from './structure.ts';

const kind = (lines: string[]) =>
  classifyDocument(lines, readStructure(lines, { asOf: { year: 2025, month: 6 } }));

describe('classifyDocument', () => {
  it('tells a job posting pasted as a resume apart, quoting what gave it away', () => {
    const posting = kind([
      'Technical Project Manager',
      'About the role',
      'We are looking for a Technical Project Manager to join our team. You will lead delivery of our payments platform.',
      'Minimum qualifications:',
      '- 5+ years of experience managing software projects',
      '- Experience with Agile and Jira',
    ]);
    expect(posting.kind).toBe('job-posting');
    expect(posting.cues.map((c) => c.text)).toEqual([
      'About the role',
      'We are looking for',
      'join our team',
      'You will lead',
      'Minimum qualifications',
    ]);
    expect(posting.reason).toContain('job posting');
  });

  it('says placeholder text and a few words are no resume', () => {
    expect(
      kind(['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.']).kind,
    ).toBe('not-a-resume');
    expect(kind(['Hello, I would like a job.']).kind).toBe('not-a-resume');
  });

  it('keeps a resume a resume even when it quotes posting-like words', () => {
    const resume = kind([
      'Jane Doe',
      'Summary',
      'Project manager looking for a technical role. You will find my work below.',
      'Experience',
      'Project Manager — Acme (2019 – Present)',
      '- Ran sprint planning for two teams',
      'Education',
      'BSc Computer Science, University of Leeds, 2015',
    ]);
    expect(resume).toEqual({ kind: 'resume', cues: [] });
  });
});
