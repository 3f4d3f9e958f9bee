import { describe, expect, it } from 'vitest';
import { segmentPosting } from './segment.ts';

// The rules of how a posting becomes sentences tagged by section that StrykerJS found unpinned
// (issue 15, docs/testing.md): what a heading looks like, at each edge, and which sentence gets
// which context whatever its section.

/** Each unit as "context: text". */
const units = (text: string) => segmentPosting(text).map((u) => `${u.context}: ${u.text}`);
/** The context of "5+ years of Java." after a benefits section and the line given. */
const afterBenefits = (line: string) => units(`Benefits\n${line}\n5+ years of Java.`);

describe('headings', () => {
  it('reads Markdown heading marks, with or without a space, and bold marks', () => {
    for (const heading of [
      '## Requirements',
      '#Requirements',
      '**Requirements**',
      '__Requirements__',
      '- Requirements',
    ])
      expect([heading, afterBenefits(heading)]).toEqual([heading, ['requirement: 5+ years of Java.']]);
  });

  it('reads a long line as a heading after "# ", not after "#" alone', () => {
    const title = 'Requirements for the senior technical program manager role at Acme';
    expect(afterBenefits(`## ${title}`)).toEqual(['requirement: 5+ years of Java.']);
    expect(afterBenefits(`#${title}`)).toEqual([`about: #${title}`, 'about: 5+ years of Java.']);
  });

  it('reads a line ending in a colon as a heading up to 60 characters and 8 words', () => {
    const at60 = 'Required qualifications for platform program managers at BT:';
    expect([at60.length, at60.split(' ').length]).toEqual([60, 8]);
    expect(afterBenefits(at60)).toEqual(['requirement: 5+ years of Java.']);
    const at61 = 'Required qualifications for platform program managers at IBM:';
    expect(afterBenefits(at61)).toEqual([`about: ${at61}`, 'about: 5+ years of Java.']);
    const nineWords = 'Required qualifications for program managers at BT in Leeds:';
    expect([nineWords.length, nineWords.split(' ').length]).toEqual([60, 9]);
    expect(afterBenefits(nineWords)).toEqual([`about: ${nineWords}`, 'about: 5+ years of Java.']);
  });

  it('reads a short line without a colon as a heading up to 50 characters and 7 words, not ending a sentence', () => {
    const at50 = 'Requirements for senior program managers in Durham';
    expect([at50.length, at50.split(' ').length]).toEqual([50, 7]);
    expect(afterBenefits(at50)).toEqual(['requirement: 5+ years of Java.']);
    const at51 = 'Requirements for senior programme managers in Leeds';
    expect(afterBenefits(at51)).toEqual([`about: ${at51}`, 'about: 5+ years of Java.']);
    const eightWords = 'Requirements for a TPM at Acme in Leeds';
    expect(afterBenefits(eightWords)).toEqual([`about: ${eightWords}`, 'about: 5+ years of Java.']);
    expect(afterBenefits('Requirements for a TPM at Acme, Leeds')).toEqual([
      'requirement: 5+ years of Java.',
    ]);
    for (const end of ['.', '!', '?'])
      expect(units(`Requirements\nWhy join us${end}\n5+ years of Java.`)).toEqual([
        `requirement: Why join us${end}`,
        'requirement: 5+ years of Java.',
      ]);
    expect(units('Requirements\nWhy join us\n5+ years of Java.')).toEqual(['about: 5+ years of Java.']);
  });

  it('reads a heading it cannot name as an unknown section only when it looks like one', () => {
    // "Our team:" ends the requirements: a duty after it is read by its own words.
    expect(units('Requirements\nOur team:\nYou will lead the release train.')).toEqual([
      'duty: You will lead the release train.',
    ]);
    expect(units('Requirements\nAcme Payments\nYou will lead the release train.')).toEqual([
      'requirement: Acme Payments',
      'requirement: You will lead the release train.',
    ]);
  });

  it("reads the content after a heading's colon, and nothing for a heading alone", () => {
    expect(units('Requirements: 5+ years of Java.\nRequirements:\n## Requirements')).toEqual([
      'requirement: 5+ years of Java.',
    ]);
    expect(units('Requirements:Strong SQL.')).toEqual(['requirement: Strong SQL.']);
  });

  it('reads a long line opening with a heading by that heading, and one opening with an unknown label by its section', () => {
    const line =
      'Preferred qualifications: 2+ years of experience with SQL and Power BI for reporting on delivery.';
    expect(units(`Responsibilities\n${line}`)).toEqual([
      'preferred: 2+ years of experience with SQL and Power BI for reporting on delivery.',
    ]);
    const note = 'Fun fact: our team shipped five releases this year without a single outage in production.';
    expect(units(`Responsibilities\n${note}\nYou will lead the release train.`)).toEqual([
      `duty: ${note}`,
      'duty: You will lead the release train.',
    ]);
    // A label past 40 characters opens no section.
    const under40 =
      'Preferred qualifications for a TPM role: 2+ years of SQL and Power BI for delivery reporting.';
    expect(units(`Responsibilities\n${under40}`)).toEqual([
      'preferred: 2+ years of SQL and Power BI for delivery reporting.',
    ]);
    const at41 =
      'Preferred qualifications for the TPM role: 2+ years of SQL and Power BI for delivery reporting.';
    expect(units(`Responsibilities\n${at41}`)).toEqual([`duty: ${at41}`]);
  });
});

describe('contexts', () => {
  it('makes everything in a benefits section, and pay or equal-opportunity sentences anywhere, boilerplate', () => {
    expect(
      units('Responsibilities\nLead the release train. The base pay for this role is 120k. Strong SQL.'),
    ).toEqual([
      'duty: Lead the release train.',
      'about: The base pay for this role is 120k.',
      'requirement: Strong SQL.',
    ]);
  });

  it('reads a requirement in a duties section as a requirement, and as a nice-to-have when it says so', () => {
    expect(
      units('Responsibilities\nStrong SQL.\nStrong SQL is a plus.\nLead the release train, ideally.'),
    ).toEqual([
      'requirement: Strong SQL.',
      'preferred: Strong SQL is a plus.',
      'duty: Lead the release train, ideally.',
    ]);
  });

  it('reads every requirement in a nice-to-have section as a nice-to-have', () => {
    expect(units('Nice to have\nStrong SQL.\nLead the release train.')).toEqual([
      'preferred: Strong SQL.',
      'preferred: Lead the release train.',
    ]);
  });

  it('reads a duty by its words only outside a named section', () => {
    expect(units('You will lead the release train.\nResponsible for the roadmap.')).toEqual([
      'duty: You will lead the release train.',
      'duty: Responsible for the roadmap.',
    ]);
    expect(units('Requirements\nYou will lead the release train.')).toEqual([
      'requirement: You will lead the release train.',
    ]);
    expect(units('Acme Payments\nWe build payroll software.')).toEqual([
      'unknown: Acme Payments',
      'unknown: We build payroll software.',
    ]);
  });

  it('reads a sentence marked as a nice-to-have among requirements as a nice-to-have', () => {
    expect(units('Requirements:\n- Jira; Tableau is a plus.\n- Confluence, ideally.')).toEqual([
      'requirement: Jira;',
      'preferred: Tableau is a plus.',
      'preferred: Confluence, ideally.',
    ]);
  });
});

describe('sentences and lines', () => {
  it('splits sentences after . ! ? or ; before a capital, a bracket or a quote, and drops one-character pieces', () => {
    expect(
      units(
        'Lead releases; Own Jira! Ship it? Yes. (Optional) Run demos. “Own” the plan. Use e.g. the Jira board. A. B',
      ),
    ).toEqual([
      'unknown: Lead releases;',
      'unknown: Own Jira!',
      'unknown: Ship it?',
      'unknown: Yes.',
      'unknown: (Optional) Run demos.',
      'unknown: “Own” the plan.',
      'unknown: Use e.g. the Jira board.',
      'unknown: A.',
    ]);
  });

  it('reads two spaces as one between sentences and after a leading heading', () => {
    expect(units('Lead releases.  Own Jira.')).toEqual(['unknown: Lead releases.', 'unknown: Own Jira.']);
    const line = 'Required qualifications:  5+ years of program management in cloud infrastructure teams.';
    expect(units(`Responsibilities\n${line}`)).toEqual([
      'requirement: 5+ years of program management in cloud infrastructure teams.',
    ]);
  });

  it('strips bullets and numbers, and skips blank lines', () => {
    expect(units('Requirements\n\n• Strong SQL.\n  \n2) Jira.\n3. Confluence.\n\uf0b7 Excel.')).toEqual([
      'requirement: Strong SQL.',
      'requirement: Jira.',
      'requirement: Confluence.',
      'requirement: Excel.',
    ]);
  });

  it('reads CRLF and a lone CR as line ends', () => {
    expect(units('Apply now\r\nRequirements\r\n5 years of Java\rStrong SQL')).toEqual([
      'unknown: Apply now',
      'requirement: 5 years of Java',
      'requirement: Strong SQL',
    ]);
  });

  it('breaks text glued after a lower-case letter or ")" and . : or ; before a capitalised word', () => {
    expect(
      units('Own the roadmap (Jira).Ship releases;Run demos\nVersion 2.Release at 3.x.US teams:BT'),
    ).toEqual([
      'unknown: Own the roadmap (Jira).',
      'unknown: Ship releases;',
      'unknown: Run demos',
      'unknown: Version 2.Release at 3.x.US teams:BT',
    ]);
  });

  it('breaks a line at a bullet between spaces (•, ●, ▪), not at one glued to a word', () => {
    expect(units('Skills: Jira • Confluence  ●  SQL ▪ Excel\nTools: Jira•SQL')).toEqual([
      'requirement: Jira',
      'requirement: Confluence',
      'requirement: SQL',
      'requirement: Excel',
      'requirement: Tools: Jira•SQL',
    ]);
  });

  it('splits bullets run together without punctuation only on a line of 200 characters or more', () => {
    const first =
      'Own the release calendar for the storage platform across four engineering teams in two regions';
    const second =
      'Drive weekly risk reviews with the leads and the vendors who build the racks and ship them';
    const pad = (n: number) => `${first} ${second}${' on time'.repeat(20)}`.slice(0, n);
    const at200 = pad(200);
    expect(at200.length).toBe(200);
    expect(units(`Responsibilities\n${at200}`)).toEqual([
      `duty: ${first}`,
      `duty: ${at200.slice(first.length + 1)}`,
    ]);
    expect(units(`Responsibilities\n${pad(199)}`)).toEqual([`duty: ${pad(199)}`]);
  });
});
