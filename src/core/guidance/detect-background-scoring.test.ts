// The scoring rules of docs/guidance.md ("How it is scored"), each on a small resume built here:
// what a title, a duty and a skill are worth, which backgrounds are listed, and what is quoted.
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import type { FoundSkill } from '../analysis/types.ts';
import type { Strength } from '../extract/types.ts';
import { bundledGuidance } from './data.ts';
import { type DetectInput, detectBackground, type PositionLike, quoteAround } from './detect-background.ts';

const taxonomy = bundledTaxonomy();
const backgrounds = bundledGuidance(findRole('technical-project-manager')!, taxonomy)!.backgrounds;

const detect = (input: Partial<DetectInput>) =>
  detectBackground({
    lines: [],
    sectionOf: () => 'experience',
    skills: [],
    backgrounds,
    thisYear: 2025,
    ...input,
  });

/** One position per line, each held `months` (four years unless given; `undated` for none). */
const positions = (titles: string[], months: number | 'undated' = 48): Partial<DetectInput> => ({
  lines: titles,
  positions: titles.map(
    (title, k): PositionLike => ({ title, startLine: k + 1, ...(months === 'undated' ? {} : { months }) }),
  ),
});

const skill = (id: string, strength: Strength, line: number, hedged = false): FoundSkill => ({
  id,
  label: id,
  kind: 'methodology',
  strength,
  hedged,
  countsToward: [],
  evidence: [{ quote: `line ${line}`, line, section: 'experience', strength, hedged, skillId: id }],
});

const ids = (r: ReturnType<typeof detect>) => r.candidates.map((c) => [c.id, c.confidence]);

describe('detectBackground: titles', () => {
  it('claims a background from one title held three years or more: 2.5 of the 3 points of full confidence', () => {
    expect(ids(detect(positions(['Business Analyst'])))).toEqual([['business-analyst', 0.83]]);
    expect(ids(detect(positions(['Business Analyst'], 120)))).toEqual([['business-analyst', 0.83]]);
  });

  it('counts a shorter stint less: 0.7 of a title for a few weeks, rising to the full title at three years', () => {
    expect(ids(detect(positions(['Business Analyst'], 1)))).toEqual([['business-analyst', 0.59]]);
    expect(ids(detect(positions(['Business Analyst'], 12)))).toEqual([['business-analyst', 0.67]]);
    expect(ids(detect(positions(['Business Analyst'], 36)))).toEqual([['business-analyst', 0.83]]);
    // Undated: 0.85 of a title.
    expect(ids(detect(positions(['Business Analyst'], 'undated')))).toEqual([['business-analyst', 0.71]]);
  });

  it('shows a position of under a month as a tenth of a year', () => {
    expect(detect(positions(['Business Analyst'], 0)).titles).toEqual([
      { line: 1, title: 'Business Analyst', years: 0.1 },
    ]);
  });

  it('counts the latest (first written) title most, each earlier one 15% less', () => {
    expect(ids(detect(positions(['QA Engineer', 'Business Analyst', 'Scrum Master'])))).toEqual([
      ['qa-engineer', 0.83],
      ['business-analyst', 0.71],
      ['scrum-master', 0.58],
    ]);
  });

  it('still counts a title from long ago at half weight', () => {
    // Four short roles outside every background come first; the QA title is the fifth.
    const result = detect({
      lines: ['Accountant', 'Auditor', 'Data Scientist', 'Data Analyst', 'QA Engineer'],
      positions: [
        { title: 'Accountant', startLine: 1, months: 1 },
        { title: 'Auditor', startLine: 2, months: 1 },
        { title: 'Data Scientist', startLine: 3, months: 1 },
        { title: 'Data Analyst', startLine: 4, months: 1 },
        { title: 'QA Engineer', startLine: 5, months: 48 },
      ],
    });
    expect(ids(result)).toEqual([
      ['other', 0.9],
      ['qa-engineer', 0.42],
    ]);
  });

  it('lists at most three backgrounds', () => {
    const result = detect(positions(['QA Engineer', 'Business Analyst', 'Scrum Master', 'Product Manager']));
    expect(result.candidates.map((c) => c.id)).toEqual(['qa-engineer', 'business-analyst', 'scrum-master']);
    // Every title that names a background is listed, all the same.
    expect(result.titles.map((t) => t.title)).toEqual([
      'QA Engineer',
      'Business Analyst',
      'Scrum Master',
      'Product Manager',
    ]);
  });

  it('lets a technical project manager title win a close call with the plain project manager it specializes', () => {
    const result = detect(positions(['Project Manager', 'Technical Project Manager']));
    expect(result.primary).toBe('technical-project-manager');
    expect(ids(result)).toEqual([
      ['technical-project-manager', 0.71],
      ['project-manager', 0.83],
    ]);
    // Two project manager titles before it: no longer a close call.
    expect(
      detect(positions(['Project Manager', 'Project Coordinator', 'Technical Project Manager'])).primary,
    ).toBe('project-manager');
  });

  it('credits a title that names two roles to both, and one that names two titles of one role once, by the first', () => {
    expect(ids(detect(positions(['Business Analyst / Scrum Master'])))).toEqual([
      ['business-analyst', 0.83],
      ['scrum-master', 0.83],
    ]);
    const twice = detect(positions(['Program Manager and Project Coordinator']));
    expect(twice.candidates.map((c) => [c.id, c.confidence, c.evidence.map((e) => e.matched)])).toEqual([
      ['project-manager', 0.83, ['program manager']],
    ]);
  });

  it('takes the longest title phrase wherever it starts, and the first of two as long', () => {
    const matched = (title: string) =>
      detect(positions([title])).candidates.map((c) => [c.id, c.evidence.map((e) => e.matched)]);
    // "lead developer" outweighs the "project lead" it overlaps.
    expect(matched('Project Lead Developer')).toEqual([['senior-developer', ['lead developer']]]);
    expect(matched('Technical Lead Developer')).toEqual([['senior-developer', ['technical lead']]]);
  });

  it('lets only a specialization of the leader win a close call, and only with a title of its own', () => {
    // A QA title just behind a project manager's stays behind.
    expect(ids(detect(positions(['Project Manager', 'QA Engineer'])))).toEqual([
      ['project-manager', 0.83],
      ['qa-engineer', 0.71],
    ]);
    // Technical project management shown by duties and skills alone, as strong as an undated title of
    // a project manager, does not make one.
    const tpm = ['technical-program-management', 'sdlc', 'jira', 'release-management'];
    const result = detect({
      ...positions(['Project Manager'], 'undated'),
      lines: [
        'Project Manager',
        'Ran the SDLC in Jira and Confluence: release planning, sprint planning, technical dependencies, software delivery',
      ],
      skills: tpm.map((id) => skill(id, 'led', 2)),
    });
    expect(ids(result)).toEqual([
      ['project-manager', 0.71],
      ['technical-project-manager', 0.63],
    ]);
  });

  it('counts a developer title with "senior", "lead" or the like as a senior developer', () => {
    for (const title of [
      'Senior Java Developer',
      'Sr. Java Developer',
      'Lead Java Developer',
      'Principal Developer',
    ])
      expect(detect(positions([title])).primary).toBe('senior-developer');
    expect(detect(positions(['Java Developer'])).primary).toBe('junior-developer');
    // Only developers: a senior business analyst is a business analyst.
    expect(detect(positions(['Senior Business Analyst'])).primary).toBe('business-analyst');
  });

  it('leaves out a background far weaker than the strongest (under 40% of its score)', () => {
    const result = detect(
      positions([
        'Project Manager',
        'Project Coordinator',
        'Program Manager',
        'QA Analyst',
        'Business Analyst',
      ]),
    );
    expect(ids(result)).toEqual([['project-manager', 1]]);
    expect(result.titles).toHaveLength(5);
  });
});

describe('detectBackground: duties and skills', () => {
  const QA_DUTIES = [
    'Wrote test cases, test plans, test scripts and test scenarios',
    'Owned the test strategy and test execution',
  ];

  it('counts each duty phrase once, however often it is written', () => {
    // Six distinct phrases: 1.5 × (1 − e^(−6/4)) = 1.165 of 3.
    expect(ids(detect({ lines: QA_DUTIES }))).toEqual([['qa-engineer', 0.39]]);
    const repeated = detect({ lines: [...QA_DUTIES, 'Wrote test cases again', 'Reviewed test plans'] });
    expect(ids(repeated)).toEqual([['qa-engineer', 0.39]]);
    // A phrase repeated in the same section is quoted where it first appears.
    expect(repeated.candidates[0]?.evidence).toEqual([
      { kind: 'duty', quote: QA_DUTIES[0], line: 1, matched: 'test cases' },
      { kind: 'duty', quote: QA_DUTIES[1], line: 2, matched: 'test strategy' },
    ]);
  });

  it('counts a duty at the weight of the best section that names it, and quotes that line', () => {
    const inSkillsFirst = detect({
      lines: ['Skills: test cases, test plans', ...QA_DUTIES],
      sectionOf: (l) => (l === 1 ? 'skills' : 'experience'),
    });
    expect(ids(inSkillsFirst)).toEqual([['qa-engineer', 0.39]]);
    expect(inSkillsFirst.candidates[0]?.evidence.map((e) => [e.line, e.matched])).toEqual([
      [2, 'test cases'],
      [3, 'test strategy'],
    ]);
    // A seventh phrase named only under Skills adds 0.35 of one: 1.5 × (1 − e^(−6.35/4)) = 1.19.
    const skillsAfter = detect({
      lines: [...QA_DUTIES, 'Skills: test cases, test data'],
      sectionOf: (l) => (l === 3 ? 'skills' : 'experience'),
    });
    expect(ids(skillsAfter)).toEqual([['qa-engineer', 0.4]]);
    expect(skillsAfter.candidates[0]?.evidence.map((e) => [e.line, e.matched])).toEqual([
      [1, 'test cases'],
      [2, 'test strategy'],
      [3, 'test data'],
    ]);
  });

  it('quotes duties from the best section first, then in line order', () => {
    const result = detect({
      lines: ['Summary: test plans and test data', ...QA_DUTIES.map((l) => l.replace('test plans, ', ''))],
      sectionOf: (l) => (l === 1 ? 'summary' : 'experience'),
    });
    expect(result.candidates[0]?.evidence.map((e) => [e.line, e.matched])).toEqual([
      [2, 'test cases'],
      [3, 'test strategy'],
      [1, 'test plans'],
    ]);
  });

  it('quotes duties of equal weight in line order, even one first seen in a weaker section', () => {
    const result = detect({
      lines: [
        'Summary: test plans',
        'Wrote test cases',
        'Reviewed test plans',
        'Owned the test strategy and test execution',
      ],
      sectionOf: (l) => (l === 1 ? 'summary' : 'experience'),
    });
    expect(result.candidates.flatMap((c) => c.evidence.map((e) => [e.line, e.matched]))).toEqual([
      [2, 'test cases'],
      [3, 'test plans'],
      [4, 'test strategy'],
    ]);
  });

  it('credits a skill by strength: listed 0.5, applied 0.8, led 1, hedged half', () => {
    // An undated Business Analyst title (2.125 of 3) plus 0.75 × (1 − e^(−credit/2)).
    const withSkill = (strength: Strength, hedged = false) =>
      ids(
        detect({
          ...positions(['Business Analyst'], 'undated'),
          skills: [skill('business-analysis', strength, 5, hedged)],
        }),
      );
    expect(withSkill('listed')).toEqual([['business-analyst', 0.76]]);
    expect(withSkill('applied')).toEqual([['business-analyst', 0.79]]);
    expect(withSkill('led')).toEqual([['business-analyst', 0.81]]);
    expect(withSkill('led', true)).toEqual([['business-analyst', 0.76]]);
  });

  it('credits a narrower skill to the background of the broader one (Selenium for QA through software testing)', () => {
    const qa = (narrower?: DetectInput['narrower']) =>
      ids(
        detect({
          ...positions(['QA Engineer']),
          skills: [skill('selenium', 'led', 5)],
          ...(narrower ? { narrower } : {}),
        }),
      );
    expect(qa((id) => taxonomy.narrower(id))).toEqual([['qa-engineer', 0.93]]);
    expect(qa()).toEqual([['qa-engineer', 0.83]]);
  });

  it('quotes the first line a skill was shown on', () => {
    const result = detect({
      ...positions(['Business Analyst']),
      skills: [skill('business-analysis', 'led', 5)],
    });
    expect(result.candidates[0]?.evidence).toEqual([
      { kind: 'title', quote: 'Business Analyst', line: 1, matched: 'business analyst' },
      { kind: 'skill', quote: 'line 5', line: 5, matched: 'business-analysis' },
    ]);
  });
});

describe('detectBackground: no background', () => {
  it('is "other", fully sure, when nothing shows', () => {
    expect(detect({ lines: ['Kept bees'] }).candidates).toEqual([
      { id: 'other', label: 'Other background', confidence: 1, evidence: [] },
    ]);
  });

  it('is "other", less sure, when a background shows but too weakly to claim', () => {
    // A skill alone scores at most 0.75: 1 − 0.295 / 3.
    const result = detect({ lines: ['Kept bees'], skills: [skill('business-analysis', 'led', 1)] });
    expect(result).toMatchObject({ primary: 'other', label: 'Other background', confidence: 0.9 });
    expect(result.candidates).toEqual([
      { id: 'other', label: 'Other background', confidence: 0.9, evidence: [] },
    ]);
  });
});

describe('detectBackground: years and seniority', () => {
  const developer = {
    lines: ['Java Developer'],
    positions: [{ title: 'Java Developer', startLine: 1, months: 48 }],
  };

  it('counts a developer with ten years in engineering positions as senior', () => {
    expect(detect({ ...developer, totalYears: 12, engineeringYears: 10 })).toMatchObject({
      primary: 'senior-developer',
      experienceYears: 12,
    });
    expect(detect({ ...developer, totalYears: 12, engineeringYears: 9 }).primary).toBe('junior-developer');
    // Years in other positions do not make a developer senior.
    expect(detect({ ...developer, totalYears: 12 }).primary).toBe('junior-developer');
  });

  it('takes the years a resume states only when no position is dated, and quotes them', () => {
    const stated = (years: number, totalYears?: number) =>
      detect({
        lines: [`Java developer with ${years} years of experience`, 'Java Developer'],
        positions: [{ title: 'Java Developer', startLine: 2 }],
        ...(totalYears !== undefined ? { totalYears } : {}),
      });
    expect(stated(12)).toMatchObject({ primary: 'senior-developer', experienceYears: 12 });
    expect(stated(12).candidates[0]?.evidence).toEqual([
      { kind: 'title', quote: 'Java Developer', line: 2, matched: 'developer' },
      { kind: 'duration', quote: 'Java developer with 12 years of experience', line: 1, matched: '12 years' },
    ]);
    expect(stated(10).primary).toBe('senior-developer');
    expect(stated(9).primary).toBe('junior-developer');
    // Promoted, the developer keeps every duty and skill credit: as sure a senior as a junior.
    expect(stated(12).confidence).toBe(stated(5).confidence);
    const withSkill = (years: number) =>
      detect({
        lines: [`Java developer with ${years} years of experience`, 'Java Developer'],
        positions: [{ title: 'Java Developer', startLine: 2 }],
        skills: [skill('java', 'led', 1)],
      });
    expect(withSkill(12).primary).toBe('senior-developer');
    expect(withSkill(12).confidence).toBe(withSkill(5).confidence);
    expect(stated(5)).toMatchObject({ primary: 'junior-developer', experienceYears: 5 });
    expect(stated(12, 3)).toMatchObject({ primary: 'junior-developer', experienceYears: 3 });
    // Dated positions adding up to nothing leave the stated figure.
    expect(stated(12, 0)).toMatchObject({ primary: 'senior-developer', experienceYears: 12 });
  });

  it('quotes the stated years even on a line already quoted for a title', () => {
    const result = detect({
      lines: ['Senior Java developer with 12 years of experience', 'Java Developer'],
      positions: [{ title: 'Java Developer', startLine: 2 }],
      sectionOf: (l) => (l === 1 ? 'header' : 'experience'),
    });
    expect(result.candidates[0]?.evidence.map((e) => [e.kind, e.line])).toEqual([
      ['title', 1],
      ['title', 2],
      ['duration', 1],
    ]);
  });

  it('reads a bare senior title ("Senior Engineer") beside developer work as a senior developer', () => {
    const engineer = (title: string, duty: string) =>
      detect({
        lines: [title, duty],
        positions: [{ title, startLine: 1, months: 36 }],
        skills: duty.includes('Java') ? [skill('java', 'applied', 2)] : [],
      });
    const java = 'Developed REST API services in Java, with unit testing and debugging.';
    const senior = engineer('Senior Engineer', java);
    expect(senior.primary).toBe('senior-developer');
    expect(senior.candidates.map((c) => c.id)).toEqual(['senior-developer']);
    expect(senior.candidates[0]?.evidence[0]).toEqual({
      kind: 'title',
      quote: 'Senior Engineer',
      line: 1,
      matched: 'Senior Engineer',
    });
    // The developer's duties move with the promotion: as sure as the title and the duty together.
    const untitled = detect({ lines: [java], skills: [skill('java', 'applied', 1)] });
    expect(untitled.primary).toBe('junior-developer');
    expect(senior.confidence).toBeGreaterThan(untitled.confidence);
    for (const title of [
      'Lead Engineer',
      'Staff Engineer II',
      'Sr. Engineer, Acme Corp',
      'Principal Engineer at Acme',
    ])
      expect(engineer(title, java).primary).toBe('senior-developer');
    // No senior word, or a field named, or no developer work: the title decides nothing here.
    expect(engineer('Engineer', java).primary).not.toBe('senior-developer');
    expect(engineer('Senior Mechanical Engineer', java).primary).not.toBe('senior-developer');
    expect(engineer('Senior Engineer', 'Supervised concrete works on site.').primary).toBe('other');
  });

  it('weighs a bare senior title as any title: by how long it was held, 0.85 of a title when undated', () => {
    const held = (months?: number) =>
      detect({
        lines: ['Senior Engineer', 'Developed services.'],
        positions: [{ title: 'Senior Engineer', startLine: 1, ...(months !== undefined ? { months } : {}) }],
      });
    expect([held(36), held(6), held()].map((r) => [r.primary, r.confidence])).toEqual([
      ['senior-developer', 0.94],
      ['senior-developer', 0.74],
      ['senior-developer', 0.82],
    ]);
    // Without the title, that one duty is too little to name a background.
    expect(detect({ lines: ['Developed services.'] }).primary).toBe('other');
  });

  it('leaves a bare senior title alone when another background shows more strongly than developer work', () => {
    const result = detect({
      lines: ['Senior Engineer', 'QA Engineer', 'Wrote test cases and ran regression testing.', 'Java'],
      positions: [
        { title: 'Senior Engineer', startLine: 1, months: 24 },
        { title: 'QA Engineer', startLine: 2, months: 48 },
      ],
    });
    expect(result.primary).toBe('qa-engineer');
    expect(result.candidates.some((c) => c.id === 'senior-developer')).toBe(false);
  });

  it('gives no years when neither positions nor the text say', () => {
    expect(detect(developer).experienceYears).toBeUndefined();
    expect('experienceYears' in detect(developer)).toBe(false);
  });
});

describe('the title quoted', () => {
  it('is the line that holds it, when an entry gives its fields a line each', () => {
    const result = detect({
      lines: [
        'company - Delta Controls, Dubai',
        'description - Heading the Pune branch',
        'Designation - Operations Manager [1st Employee]',
      ],
      positions: [{ title: 'Operations Manager [1st Employee]', startLine: 1, months: 96 }],
    });
    expect(result.candidates[0]!.evidence[0]).toEqual({
      kind: 'title',
      quote: 'Operations Manager [1st Employee]',
      line: 3,
      matched: 'operations manager',
    });
    expect(result.titles[0]!.line).toBe(3);
  });

  it("is the part of its line around the title, not the line's first field", () => {
    const result = detect({
      lines: ['Northwind Traders - Scrum Master - Pune'],
      positions: [{ title: 'Scrum Master', startLine: 1, months: 48 }],
    });
    expect(result.candidates[0]!.evidence[0]!.quote).toBe('Scrum Master');
  });
});

describe('quoteAround', () => {
  it('quotes the bullet, clause or sentence around a match', () => {
    const text = 'Led QA • Wrote test cases for payments; shipped weekly';
    expect(quoteAround(text, 14, 24)).toBe('Wrote test cases for payments');
    expect(quoteAround('Ran QA. Wrote test cases. Shipped', 12, 22)).toBe('Wrote test cases');
    expect(quoteAround('Ran QA - wrote test cases - shipped', 13, 23)).toBe('wrote test cases');
    expect(quoteAround('1. Ran QA 2. Wrote test cases 3. Shipped', 16, 26)).toBe('Wrote test cases');
    expect(quoteAround('9. Ran QA 10. Wrote test cases 11. Shipped', 17, 27)).toBe('Wrote test cases');
  });

  it('starts the quote at a match that opens a sentence, and ends it at a separator right after the match', () => {
    expect(quoteAround('Ran QA. Test cases written for each release', 8, 18)).toBe(
      'Test cases written for each release',
    );
    expect(quoteAround('Wrote test cases; shipped weekly', 6, 16)).toBe('Wrote test cases');
    expect(quoteAround('Ran UAT - signed off releases', 4, 7)).toBe('Ran UAT');
  });

  it('never cuts a quote inside the match ("go - live")', () => {
    expect(quoteAround('Planned the go - live weekend', 12, 21)).toBe('Planned the go - live weekend');
  });

  it('cuts a long sentence to the length asked, centred on the match, marking the cuts, and folds runs of spaces', () => {
    const long = `${'a '.repeat(100)}test   cases ${'b '.repeat(100)}`;
    const start = long.indexOf('test');
    const q = quoteAround(long, start, start + 'test   cases'.length, 40);
    expect(q).toBe('…a a a a a a a test cases b b b b b b b…');
    expect(quoteAround(`test cases ${'b '.repeat(100)}`, 0, 10, 20)).toBe('test cases b b b b b…');
    // Cut inside a bullet: centred on the match all the same, with no space left at the cut.
    const bullet = `Led QA • ${long}`;
    const at = bullet.indexOf('test');
    expect(quoteAround(bullet, at, at + 'test   cases'.length, 40)).toBe(
      '…a a a a a a a test cases b b b b b b b…',
    );
    expect(quoteAround(long, start, start + 'test   cases'.length, 41)).toBe(
      '…a a a a a a a test cases b b b b b b b…',
    );
  });

  it('keeps a quote exactly as long as asked whole', () => {
    expect(quoteAround('Wrote test cases daily', 6, 16, 22)).toBe('Wrote test cases daily');
  });
});

describe('detectBackground: which lines are titles', () => {
  const withHeader = (lines: string[], headerLines: number, position: number) =>
    detect({
      lines,
      positions: [{ title: lines[position - 1]!, startLine: position, months: 48 }],
      sectionOf: (l) => (l <= headerLines ? 'header' : 'experience'),
    });

  it('reads a headline title in the first three header lines above the first position', () => {
    const result = withHeader(['Jane Doe', '   QA Engineer ', 'jane@example.com', 'Business Analyst'], 3, 4);
    // The headline is undated (0.85) and first; the position comes second (0.85).
    expect(ids(result)).toEqual([
      ['business-analyst', 0.71],
      ['qa-engineer', 0.71],
    ]);
    expect(result.titles).toStrictEqual([
      { line: 2, title: 'QA Engineer' },
      { line: 4, title: 'Business Analyst', years: 4 },
    ]);
  });

  it('reads no headline below the third line, outside the header, or from a skills line', () => {
    expect(
      ids(withHeader(['Jane Doe', 'Acme Street', 'London', 'QA Engineer', 'Business Analyst'], 4, 5)),
    ).toEqual([['business-analyst', 0.83]]);
    expect(ids(withHeader(['QA Engineer', 'Business Analyst'], 0, 2))).toEqual([['business-analyst', 0.83]]);
    for (const line of [
      'Skills: QA Engineer',
      'QA Engineer | Selenium',
      'Key skills QA engineer',
      'Profile: QA Engineer',
    ])
      expect(ids(withHeader([line, 'Business Analyst'], 1, 2))).toEqual([['business-analyst', 0.83]]);
  });

  it('reads a headline as far as the first position only', () => {
    const result = detect({
      lines: ['Jane Doe', 'Scrum Master', 'Business Analyst', 'Acme Corp', 'QA Engineer'],
      positions: [
        { title: 'Business Analyst', startLine: 3, months: 48 },
        { title: 'QA Engineer', startLine: 5, months: 48 },
      ],
      sectionOf: (l) => (l <= 3 ? 'header' : 'experience'),
    });
    expect(result.titles).toStrictEqual([
      { line: 2, title: 'Scrum Master' },
      { line: 3, title: 'Business Analyst', years: 4 },
      { line: 5, title: 'QA Engineer', years: 4 },
    ]);
  });

  it('reads the first words of a headline run into a summary, not the separators far along it', () => {
    const headline =
      'Regional Desktop Support Technician Polsinelli PC Kansas City, MO Reliable technician who keeps four hundred people working, with years of help desk experience behind the phones | Windows | Office';
    const result = detect({
      lines: [headline, 'Business Analyst'],
      positions: [{ title: 'Business Analyst', startLine: 2, months: 48 }],
      sectionOf: (l) => (l === 1 ? 'header' : 'experience'),
    });
    // The title shown is its first 120 characters; the quote its first 160.
    expect(result.titles[0]).toStrictEqual({ line: 1, title: headline.slice(0, 120) });
    expect(result.candidates.find((c) => c.id === 'support-implementation')?.evidence).toEqual([
      { kind: 'title', quote: headline.slice(0, 160).trim(), line: 1, matched: 'desktop support' },
    ]);
  });

  it('lists no title that names no role', () => {
    const result = detect(positions(['Beekeeper', 'Business Analyst']));
    expect(result.titles).toStrictEqual([{ line: 2, title: 'Business Analyst', years: 4 }]);
    // Nor does the position count toward the order: the analyst title is the first.
    expect(ids(result)).toEqual([['business-analyst', 0.83]]);
  });

  it('reads a role named after the title on its line only when the title names none', () => {
    const result = detect({
      lines: ['QA Engineer, reporting to the Product Manager'],
      positions: [{ title: 'QA Engineer', startLine: 1, months: 48 }],
    });
    expect(ids(result)).toEqual([['qa-engineer', 0.83]]);
  });

  it('finds the role in the whole position line when the title part names none ("Team Lead | Support Lead")', () => {
    const result = detect({
      lines: ['Team Lead | Support Lead, help desk'],
      positions: [{ title: 'Team Lead', startLine: 1, months: 48 }],
    });
    expect(result.candidates[0]?.evidence).toEqual([
      { kind: 'title', quote: 'Team Lead | Support Lead, help desk', line: 1, matched: 'support lead' },
    ]);
  });

  it('reads only the first 160 characters of the position line for it', () => {
    const line = `Team Lead | ${'Acme Widgets International '.repeat(6)} Support Lead`;
    expect(
      detect({ lines: [line], positions: [{ title: 'Team Lead', startLine: 1, months: 48 }] }).primary,
    ).toBe('other');
  });

  it('takes no title from a project, nor from a position without one', () => {
    const [qa, ba] = ['QA Engineer', 'Business Analyst'];
    expect(
      ids(
        detect({
          lines: [qa, ba],
          positions: [
            { title: qa, startLine: 1, months: 48, section: 'projects' },
            { title: ba, startLine: 2, months: 48 },
          ],
        }),
      ),
    ).toEqual([['business-analyst', 0.83]]);
    expect(
      ids(
        detect({
          lines: [qa, ba],
          positions: [
            { startLine: 1, months: 48 },
            { title: ba, startLine: 2, months: 48 },
          ],
        }),
      ),
    ).toEqual([['business-analyst', 0.83]]);
  });

  it('reads title-like lines when the structure step found no position', () => {
    const result = detect({ lines: ['QA Engineer — Acme (2019 – 2024)', 'Wrote test cases'] });
    expect(result.titles).toEqual([{ line: 1, title: 'QA Engineer — Acme (2019 – 2024)', years: 5 }]);
    expect(result.primary).toBe('qa-engineer');
  });

  it('says "other" from a latest title outside every background, as sure as that title, and lists the rest', () => {
    const both = (first: string, second: string) =>
      detect({
        lines: [first, second],
        positions: [
          { title: first, startLine: 1, months: 48 },
          { title: second, startLine: 2, months: 48 },
        ],
      });
    const scientist = both('Data Scientist', 'Business Analyst');
    expect(scientist).toMatchObject({ primary: 'other', label: 'Other background', confidence: 0.83 });
    expect(scientist.candidates.map((c) => [c.id, c.label, c.confidence])).toEqual([
      ['other', 'Other background', 0.83],
      ['business-analyst', 'Business analyst', 0.71],
    ]);
    // Both titles are listed, the one outside every background too.
    expect(scientist.titles.map((t) => t.title)).toEqual(['Data Scientist', 'Business Analyst']);
    const analyst = both('Business Analyst', 'Data Scientist');
    expect(analyst).toMatchObject({
      primary: 'business-analyst',
      label: 'Business analyst',
      confidence: 0.83,
    });
    expect(ids(analyst)).toEqual([
      ['business-analyst', 0.83],
      ['other', 0.71],
    ]);
  });
});

describe('detectBackground: the evidence quoted', () => {
  it('quotes titles first, then duties and skills, one quote a line, four at most', () => {
    const result = detect({
      lines: [
        'Project Manager',
        'Owned the project plan, milestones and project budget',
        'Sent status reports',
        'Ran steering committee',
        'Kept the risk register',
      ],
      positions: [{ title: 'Project Manager', startLine: 1, months: 48 }],
      skills: [skill('project-management', 'led', 2)],
    });
    expect(result.candidates[0]?.evidence.map((e) => [e.kind, e.line, e.matched])).toEqual([
      ['title', 1, 'project manager'],
      ['duty', 2, 'project plan'],
      ['duty', 3, 'status reports'],
      ['duty', 4, 'steering committee'],
    ]);
  });
});

describe('why the primary leads when another background shows more strongly', () => {
  const titles = [
    'Product Manager, Google',
    'Software Development Engineer III, Amazon',
    'Software Development Engineer II, Apple',
    'Software Development Engineer I, Netflix',
  ];
  const career = (current: string): Partial<DetectInput> => ({
    lines: [current, ...titles.slice(1)],
    positions: [
      { title: current, startLine: 1, months: 108, end: 'present' },
      { title: titles[1]!, startLine: 2, months: 60, end: { year: 2017 } },
      { title: titles[2]!, startLine: 3, months: 60, end: { year: 2012 } },
      { title: titles[3]!, startLine: 4, months: 60, end: { year: 2007 } },
    ],
    totalYears: 24,
    engineeringYears: 15,
  });

  it('says it is the role held now, beside the stronger background it leads', () => {
    const r = detect(career(titles[0]!));
    expect(r.primary).toBe('product-manager');
    expect(r.leadsAs).toBe('current-role');
    const [primary, other] = r.candidates;
    expect(other?.id).toBe('senior-developer');
    expect(other!.confidence).toBeGreaterThan(primary!.confidence);
  });

  it('says nothing when the primary is also the strongest', () => {
    expect(detect(career('Senior Software Engineer, Google')).leadsAs).toBeUndefined();
    expect(detect(positions(['Product Manager'])).leadsAs).toBeUndefined();
  });
});
