import { describe, expect, it } from 'vitest';
import { repairDocument } from '../document.ts';
import { withoutLinkedInPage } from './linkedin-paste.ts';

const page = [
  'Skip to main content',
  'Home',
  'My Network',
  'Jobs',
  'Tan Wei Ling',
  'Tan Wei Ling',
  'Senior Product Manager @ Lorrywise',
  '1,382 followers',
  '500+ connections',
  '',
  'Experience',
  'Experience',
  'Lorrywise logo',
  'Senior Product Manager',
  'Senior Product Manager',
  'Jan 2025 - Present · 2 yrs',
  'Jan 2025 to Present · 2 yrs',
  '• Ran the launch checklist across product, engineering and ops',
  '… see more',
  '',
  'Skills',
  'Stakeholder Management',
  'Stakeholder Management',
  'Endorsed by Jira Wongsakul and 3 others who are highly skilled at this',
  '6 endorsements',
  'Show all 14 skills',
  '',
  'People also viewed',
  'Marcus Lim',
  'Engineering Manager at Lorrywise',
  'LinkedIn Corporation © 2026',
].join('\n');

describe('withoutLinkedInPage: a profile copied from its web page', () => {
  it("keeps the person's lines once and leaves the page's menus, counters, endorsements and neighbours out", () => {
    const { text, removed } = withoutLinkedInPage(page);
    expect(text.split('\n')).toEqual([
      'Tan Wei Ling',
      'Senior Product Manager @ Lorrywise',
      '',
      'Experience',
      'Senior Product Manager',
      'Jan 2025 - Present · 2 yrs',
      '• Ran the launch checklist across product, engineering and ops',
      '',
      'Skills',
      'Stakeholder Management',
      '',
    ]);
    expect(removed).toBe(page.split('\n').length - 11);
  });

  it('leaves a resume alone, even one that repeats a line or says "Show all"', () => {
    const resume =
      'Experience\nRelease Manager\nRelease Manager\nShow all releases on the calendar\n5 followers';
    expect(withoutLinkedInPage(resume)).toEqual({ text: resume, removed: 0 });
  });

  it('is read so from pasted text and Markdown, with a warning that says what was left out', () => {
    const read = repairDocument({ format: 'text', text: page, warnings: [] });
    expect(read.text).toBe(withoutLinkedInPage(page).text);
    expect(read.warnings).toEqual([
      `This reads as a LinkedIn profile copied from its web page: ${withoutLinkedInPage(page).removed} lines of the page (menus, buttons, counters, endorsements, other people's profiles, lines written twice) were left out.`,
    ]);
    // A PDF's text is the file's own: not touched.
    expect(repairDocument({ format: 'pdf', text: page, warnings: [] }).text).toBe(page);
  });
});
