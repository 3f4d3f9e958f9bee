import { describe, expect, it } from 'vitest';
import { classifyDocument, postingCues, postingPoints, requirementShare } from './document-kind.ts';
import { type Position, type ResumeStructure, readStructure } from './structure.ts';

// The rules behind "this is a job posting" and "this is no resume" that StrykerJS found unpinned
// (issue 15, docs/testing.md): each threshold at its edge, each count and each message.
const noCareer: ResumeStructure = readStructure([], { asOf: { year: 2025, month: 6 } });
const dated = { start: { year: 2020, month: 1 } } as Position;
const undated = { title: 'Engineer' } as Position;
const filler = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const classify = (lines: string[], structure: Partial<ResumeStructure> = {}) =>
  classifyDocument(lines, { ...noCareer, ...structure });

describe('placeholder text', () => {
  it('is no resume when more than 5% of its words are lorem ipsum', () => {
    expect(classify([`lorem lorem lorem lorem lorem ${filler(95)}`]).kind).toBe('resume');
    const lorem = classify([`lorem ipsum dolor tempor labore aliqua ${filler(94)}`]);
    expect(lorem).toEqual({
      kind: 'not-a-resume',
      reason:
        'This is placeholder text ("lorem ipsum"), not a resume. Upload your own resume to get an analysis.',
      cues: [],
    });
  });
});

describe('words are counted over the lines, each line apart', () => {
  it('a lorem word on a line of its own counts', () => {
    expect(classify([...Array.from({ length: 6 }, () => 'lorem'), filler(94)]).kind).toBe('not-a-resume');
  });

  it('a text without letters has 0 words', () => {
    expect(classify(['12345 !!! 2024']).reason).toBe(
      'This text has only 0 words and no jobs, dates or education, so there is nothing to judge. Upload your full resume.',
    );
  });

  it('a short text that never says "we" or "you" earns no points for them', () => {
    // 30 words: two phrases, no "we", no "you": 2 points.
    expect(classify(['Nice to have', 'How to apply', filler(24)]).kind).toBe('resume');
  });
});

describe('a career makes a resume', () => {
  // Two posting phrases and a reader addressed as "you": 3 points, a posting when there is no career.
  const lines = ['We are looking for people', 'Nice to have', `you you you ${filler(97)}`];

  it('without one, posting points decide', () => {
    expect(classify(lines).kind).toBe('job-posting');
  });

  it('dated positions, education entries and experience or education sections each count', () => {
    expect(classify(lines, { positions: [dated] }).kind).toBe('resume');
    expect(classify(lines, { education: [{} as ResumeStructure['education'][number]] }).kind).toBe('resume');
    for (const kind of ['experience', 'education'] as const)
      expect(classify(lines, { sections: [{ kind, heading: '', startLine: 1, endLine: 3 }] }).kind).toBe(
        'resume',
      );
  });

  it('a dated position and an education entry are two', () => {
    expect(
      classify(lines, { positions: [dated], education: [{} as ResumeStructure['education'][number]] }).kind,
    ).toBe('resume');
  });

  it('an education without a dated job asks 4 points: postings name the degree they want', () => {
    const education = { education: [{} as ResumeStructure['education'][number]] };
    expect(classify(lines, education).kind).toBe('resume');
    expect(classify(['About us', ...lines], education).kind).toBe('job-posting');
    expect(classify(['About us', ...lines], { ...education, positions: [dated] }).kind).toBe('resume');
  });

  it('a position without a start date or another kind of section does not', () => {
    expect(classify(lines, { positions: [undated] }).kind).toBe('job-posting');
    expect(
      classify(lines, { sections: [{ kind: 'skills', heading: '', startLine: 1, endLine: 3 }] }).kind,
    ).toBe('job-posting');
  });
});

describe('a text with a career reads as a posting only when full of posting phrases', () => {
  const phrases = ['We are looking for people', 'About us', 'Nice to have', 'How to apply', 'What we offer'];
  // 16 words of five phrases; with the "you" words and the filler, 200 in all.
  const text = (kinds: number, you: number) => [
    ...phrases.slice(0, kinds),
    `${'you '.repeat(you)}${filler(200 - 16 - you)}`,
  ];

  it('five kinds of phrase and more than 1.5% of the words "you"', () => {
    expect(classify(text(5, 4), { positions: [dated] }).kind).toBe('job-posting');
    // 3 in 200 is exactly 1.5%.
    expect(classify(text(5, 3), { positions: [dated] }).kind).toBe('resume');
    expect(classify(text(4, 10), { positions: [dated] }).kind).toBe('resume');
  });

  it('"you", "your", "you\'ll" and "you\'re" all address the reader', () => {
    const forms = (w: string) => [...phrases, `${`${w} `.repeat(4)}${filler(180)}`];
    for (const w of ['you', 'your', "you'll", "you're"])
      expect(classify(forms(w), { positions: [dated] }).kind).toBe('job-posting');
    expect(classify(forms('young'), { positions: [dated] }).kind).toBe('resume');
  });

  it('says what gave it away: the first three phrases, quoted', () => {
    expect(classify(text(5, 4), { positions: [dated] }).reason).toBe(
      'This reads like a job posting, not a resume: it addresses a candidate ("We are looking for", "About us", "Nice to have"). Upload your resume to get your fit, or audit the posting instead.',
    );
  });
});

describe('posting points (a text without a career)', () => {
  // [kinds of phrase, share of items that ask, share of "we", share of "you"] → points
  it.each([
    // One per kind of phrase.
    [[3, 0, 0, 0], 3],
    // 2 when a fifth of the items ask something of a candidate, 1 for a tenth.
    [[0, 0.2, 0, 0], 2],
    [[0, 0.19, 0, 0], 1],
    [[0, 0.1, 0, 0], 1],
    [[0, 0.09, 0, 0], 0],
    // 1 when more than 1.5% of the words are "we", 1 when more than 1% are "you".
    [[0, 0, 0.016, 0], 1],
    [[0, 0, 0.015, 0], 0],
    [[0, 0, 0, 0.011], 1],
    [[0, 0, 0, 0.01], 0],
    [[2, 0.3, 0.02, 0.02], 6],
  ] as const)('%j gives %i', ([phrases, asks, we, you], points) => {
    expect(postingPoints(phrases, asks, we, you)).toBe(points);
  });

  it('a posting from 3 points', () => {
    // Two phrases and "you" (3 points) against two phrases alone (2).
    expect(classify(['We are looking for people', 'Nice to have', `you you you ${filler(97)}`]).kind).toBe(
      'job-posting',
    );
    expect(classify(['We are looking for people', 'Nice to have', filler(100)]).kind).toBe('resume');
  });
});

describe('posting cues', () => {
  it('each kind once, at its first line, in line and column order', () => {
    expect(
      postingCues(['Nice to have: Python', 'About us', 'We are hiring. About us again', 'Nice to have']),
    ).toEqual({
      phrases: 3,
      cues: [
        { line: 1, text: 'Nice to have' },
        { line: 2, text: 'About us' },
        { line: 3, text: 'We are hiring' },
      ],
    });
  });

  it('two kinds over one phrase are two kinds but one cue; phrases side by side are two cues', () => {
    expect(postingCues(['The ideal candidate'])).toEqual({
      phrases: 2,
      cues: [{ line: 1, text: 'The ideal candidate' }],
    });
    expect(postingCues(['Responsibilities:Join our team']).cues.map((c) => c.text)).toEqual([
      'Responsibilities:',
      'Join our team',
    ]);
    expect(postingCues(['Job description:Join our team']).cues.map((c) => c.text)).toEqual([
      'Job description:',
      'Join our team',
    ]);
  });

  // What postings that lost their line breaks (LinkedIn descriptions) say about the hire, each one kind.
  it.each([
    ['The Coordinator will be responsible for scheduling', 'will be responsible for'],
    ['Role DescriptionThis opening is in Leeds', 'Role Description'],
    ['This is a full-time on-site role', 'full-time on-site role'],
    ['a full-time, remote position', 'full-time, remote position'],
    ['Experience with Tableau is a plus', 'is a plus'],
    ["Bachelor's degree in Finance or a related field", 'or a related field'],
    ['Must be able to lift 50 lb', 'Must be able to'],
    ['without regard to race, color or religion', 'without regard to'],
    ['Essential Functions', 'Essential Functions'],
    ['Please include a cover letter', 'cover letter'],
    ['Email your resume to jobs@example.com', 'Email your resume'],
    ['Benefits: paid time off and health insurance', 'paid time off'],
    ['Two years of experience preferred', 'experience preferred'],
    ['If you enjoy solving puzzles', 'If you enjoy'],
    ['This hybrid role is based in Leeds', 'This hybrid role is'],
    ['The incumbent will supervise two clerks', 'incumbent will'],
  ])('"%s" is a posting phrase ("%s")', (line, cue) => {
    expect(postingCues([line]).cues.map((c) => c.text)).toEqual([cue]);
  });

  it.each([
    'Was responsible for scheduling 40 technicians',
    'Experience: 2019 to present, full-time',
    'Worked without supervision; covered the role of the lead',
    'This role involved weekly releases',
  ])('"%s" is none', (line) => {
    expect(postingCues([line]).phrases).toBe(0);
  });

  it('a line over 20,000 characters is not read', () => {
    const line = (n: number) => `About us ${'x'.repeat(n - 9)}`;
    expect(postingCues([line(20_000)]).phrases).toBe(1);
    expect(postingCues([line(20_001)]).phrases).toBe(0);
  });
});

describe('the share of items that ask something of a candidate', () => {
  it('items are lines, bullets, semicolon parts, and sentences or labels followed by a capital', () => {
    expect(requirementShare(['• Ability to travel • Knowledge of Jira'])).toBe(1);
    expect(requirementShare(['Ability to lead. Knowledge of Jira. Likes cats'])).toBeCloseTo(2 / 3);
    expect(requirementShare(['Ability to lead. and likes cats'])).toBe(1);
    expect(requirementShare(['Requirements: Ability to lead'])).toBe(0.5);
    expect(requirementShare(['Requirements: ability to lead'])).toBe(0);
    // Any run of spaces after the full stop or the colon.
    expect(requirementShare(['Ability to lead.  Likes cats'])).toBe(0.5);
    expect(requirementShare(['Requirements:  Ability to lead'])).toBe(0.5);
    expect(
      requirementShare([
        'Ability to travel',
        'Likes cats',
        'Loves dogs',
        "Bachelor's degree in Computer Science",
      ]),
    ).toBe(0.5);
  });

  it('items of three characters or fewer do not count; none at all is 0', () => {
    expect(requirementShare(['Ability to travel; abc'])).toBe(1);
    expect(requirementShare(['Ability to travel; abcd'])).toBe(0.5);
    expect(requirementShare([])).toBe(0);
    expect(requirementShare(['abc'])).toBe(0);
  });

  it('a line over 20,000 characters is not read', () => {
    const line = (n: number) => `Ability to travel ${'x'.repeat(n - 18)}`;
    expect(requirementShare([line(20_000), 'Likes cats'])).toBe(0.5);
    expect(requirementShare([line(20_001), 'Likes cats'])).toBe(0);
    expect(requirementShare([line(20_001), 'Ability to lead'])).toBe(1);
  });
});

describe('too short to judge', () => {
  it('fewer than 25 words and no career is no resume, and says how many words it has', () => {
    expect(classify([filler(24)])).toEqual({
      kind: 'not-a-resume',
      reason:
        'This text has only 24 words and no jobs, dates or education, so there is nothing to judge. Upload your full resume.',
      cues: [],
    });
    expect(classify([filler(25)]).kind).toBe('resume');
    expect(classify([filler(3)], { positions: [dated] }).kind).toBe('resume');
  });
});
