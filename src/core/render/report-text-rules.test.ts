import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../test/fixtures/analysis-report.ts';
import type { AnalysisReport, Evidence, RequirementResult } from '../analysis/report.ts';
import type { MarketSection } from '../market/market-section.ts';
import { ANSI } from './format.ts';
import {
  bandText,
  gapStake,
  gapStatus,
  HOW_SCORED,
  ocrNote,
  renderReportMarkdown,
  renderReportText,
  shownInPartText,
  trackRecordStatus,
} from './report-text.ts';

// 95 characters: clipped to what fits in 100 columns in the terminal and to 90 in Markdown.
const LONG_QUOTE =
  'Led Scrum ceremonies for four teams and cut the release cycle from six weeks to two, with Jira';

function ev(line: number, quote: string, skillId: string): Evidence {
  return { quote, line, section: 'experience', strength: 'led', hedged: false, skillId };
}

function requirement(
  label: string,
  category: 'technical' | 'soft',
  status: RequirementResult['status'],
  points: number,
  weight: number,
  evidence: Evidence[],
): RequirementResult {
  const id = label.toLowerCase().replaceAll(' ', '-');
  return {
    skill: { id, label, category },
    weight,
    points,
    credit: points / weight,
    status,
    explanation: '',
    why: '',
    evidence,
  };
}

const BASIS: MarketSection['basis'] = {
  kind: 'store',
  listings: 40,
  what: 'stored listings of this role',
  sources: ['Greenhouse', 'Lever', 'Workday', 'Ashby', 'SmartRecruiters'].map((name) => ({
    name,
    listings: 8,
    dated: 0,
    dates: null,
  })),
  dates: null,
};

/** A scored resume with every part the report shows: each requirement status, a track record, gaps with demand. */
function scored(): AnalysisReport {
  const agile = requirement('Agile', 'technical', 'shown', 12, 12, [ev(4, LONG_QUOTE, 'scrum')]);
  const risk = requirement('Risk management', 'technical', 'partial', 4.8, 9.6, [
    ev(6, 'Tracked risks in Jira', 'risk-management'),
  ]);
  const stakeholders = requirement('Stakeholder management', 'technical', 'missing', 0, 8, []);
  const leadership = requirement('Leadership', 'soft', 'partial', 2.5, 5, [
    ev(7, 'Mentored two juniors', 'leadership'),
  ]);
  return {
    ...emptyReport(),
    score: 48,
    scoreBand: {
      label: 'Several gaps to close',
      from: 25,
      to: 54,
      meaning:
        'a plan of a few months closes them. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
    },
    requirements: [agile, risk, stakeholders, leadership],
    trackRecord: {
      weight: 20,
      points: 12,
      credit: 0.6,
      evidence: { quote: 'Technical Project Manager — Northwind (2021 – Present)', line: 2 },
      explanation: '',
      why: '',
    },
    strengths: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].map((n, k) => ({
      skill: { id: n.toLowerCase(), label: n, category: 'technical' as const },
      reason:
        k === 0
          ? `Strength one. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.`
          : `Strength ${n.toLowerCase()}`,
      evidence: k === 0 ? [ev(4, LONG_QUOTE, 'scrum')] : [],
    })),
    gaps: [
      {
        skill: stakeholders.skill,
        status: 'missing',
        pointsAtStake: 8,
        demand: 0.456,
        importance: 8,
        nextSteps: [
          'Send a weekly status report. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.',
          'Run a steering meeting',
        ],
      },
      {
        skill: risk.skill,
        status: 'partial',
        pointsAtStake: 4.8,
        importance: 4.8,
        nextSteps: [],
      },
    ],
    skills: [
      {
        id: 'scrum',
        label: 'Scrum',
        kind: 'methodology',
        strength: 'led',
        hedged: false,
        evidence: [ev(4, LONG_QUOTE, 'scrum')],
        countsToward: ['agile'],
      },
      {
        id: 'java',
        label: 'Java',
        kind: 'technical',
        strength: 'applied',
        hedged: false,
        evidence: [ev(9, 'Built Java services | billing', 'java')],
        countsToward: [],
      },
      {
        id: 'sql',
        label: 'SQL',
        kind: 'technical',
        strength: 'listed',
        hedged: true,
        evidence: [],
        countsToward: [],
      },
      ...['Kubernetes', 'Terraform', 'Docker', 'Snowflake', 'Tableau', 'Figma'].map((label) => ({
        id: label.toLowerCase(),
        label,
        kind: 'technical' as const,
        strength: 'listed' as const,
        hedged: false,
        evidence: [],
        countsToward: [],
      })),
    ],
    ignored: [
      { skillId: 'excel', label: 'Excel', quote: 'Excel', line: 11, reason: 'a hobby' },
      { skillId: 'go', label: 'Go', quote: 'go', line: 12, reason: 'a verb' },
    ],
    market: {
      source: 'listings',
      listings: 40,
      basis: BASIS,
      demand: [],
      topMatches: [],
      standing: null,
      medianFit: null,
      strengths: [],
      gaps: [],
    },
  };
}

describe('renderReportText', () => {
  it('writes the score, each requirement with its best evidence, strengths, gaps and other skills', () => {
    expect(renderReportText(scored())).toMatchInlineSnapshot(`
      "rolefit · Technical Project Manager

      Score 48/100  1 shown · 2 partial · 1 missing of 4 requirements
      Several gaps to close (25–54 of 100): a plan of a few months closes them. It takes a few months of
        deliberate practice and a sponsor who lets you own a real plan end to end.

      Requirements  (points earned / points possible, best evidence)
        Technical
        ✔ Agile                   12.0 / 12.0  line 4 (via Scrum): "Led Scrum ceremonies for four teams…"
        ◐ Risk management          4.8 /  9.6  line 6: "Tracked risks in Jira"
        ✘ Stakeholder management   0.0 /  8.0  no evidence in the resume
        Soft skills
        ◐ Leadership               2.5 /  5.0  line 7: "Mentored two juniors"
        Track record
        ✔ Title held              12.0 / 20.0  line 2: "Technical Project Manager — Northwind (2021 – Pr…"

      Strengths that give you leverage
        + Strength one. It takes a few months of deliberate practice and a sponsor who lets you own a
          real plan end to end.
          line 4 (via Scrum): "Led Scrum ceremonies for four teams and cut the release cyc…"
        + Strength two
          no evidence in the resume
        + Strength three
          no evidence in the resume
        + Strength four
          no evidence in the resume
        + Strength five
          no evidence in the resume
        + Strength six
          no evidence in the resume

      Gaps worth closing, most important first
        Ordered by the points each could still earn, weighed by the share of listings that ask for it
        (half as much when none do, one and a half times when all do).
        Listing shares: 40 stored listings of this role from Greenhouse (8), Lever (8), Workday (8),
        Ashby (8) and 1 more source, undated.
        1. Stakeholder management (missing, 8.0 of 8.0 points to gain; asked for in 46% of listings)
           → Send a weekly status report. It takes a few months of deliberate practice and a sponsor
             who lets you own a real plan end to end.
           → Run a steering meeting
        2. Risk management (partial, 4.8 of 9.6 points to gain)

      Other skills found
        Java (applied), SQL (listed, hedged), Kubernetes (listed), Terraform (listed), Docker
        (listed), Snowflake (listed), Tableau (listed), Figma (listed)

      Not counted: Excel on line 11 (a hobby); Go on line 12 (a verb)

      How the score works: each requirement is worth its weight in points; it earns them in full when you
      led it with a result (or applied it in this role, held now), 80% when you applied it, 50% when you
      only list it, half of that when worded as limited familiarity. Related skills earn a stated share,
      and work shown far from technology counts in part. The track record earns its points for a job title
      that names the role or a close one. Run with --format json for every detail.
      "
    `);
  });

  it('colours each status mark and dims the evidence', () => {
    const lines = renderReportText(scored(), ANSI).split('\n');
    const row = (label: string) => lines.find((l) => l.includes(` ${label} `))!;
    expect(row('Agile')).toBe(
      `  ${ANSI.green('✔')} Agile                   12.0 / 12.0  ${ANSI.dim('line 4 (via Scrum): "Led Scrum ceremonies for four teams…"')}`,
    );
    expect(row('Risk management').startsWith(`  ${ANSI.yellow('◐')} Risk`)).toBe(true);
    expect(row('Stakeholder management').startsWith(`  ${ANSI.red('✘')} Stake`)).toBe(true);
    expect(row('Title held').startsWith(`  ${ANSI.green('✔')} Title`)).toBe(true);
    expect(lines[0]).toBe(ANSI.bold('rolefit · Technical Project Manager'));
    expect(lines).toContain(`  ${ANSI.green('+')} Strength two`);
  });

  it('puts the evidence under each row when long requirement names leave no room beside it, and no line passes 100 characters', () => {
    const long = 'Software development lifecycle (SDLC)';
    const report: AnalysisReport = {
      ...scored(),
      requirements: [
        requirement(long, 'technical', 'shown', 9.3, 9.3, [
          ev(14, LONG_QUOTE, 'software-development-lifecycle-(sdlc)'),
        ]),
        requirement('Stakeholder management', 'technical', 'missing', 0, 8, []),
      ],
      ignored: [3, 4, 5].map((line) => ({
        skillId: 'networking',
        label: 'Networking',
        quote: 'Networking',
        line,
        reason: 'the name of an employer, not a skill',
      })),
    };
    const lines = renderReportText(report).split('\n');
    const row = lines.findIndex((l) => l.includes(long));
    expect(lines.slice(row, row + 3)).toEqual([
      '  ✔ Software development lifecycle (SDLC)   9.3 /  9.3',
      '      line 14: "Led Scrum ceremonies for four teams and cut the release cycle from six weeks to tw…"',
      '  ✘ Stakeholder management                  0.0 /  8.0  no evidence in the resume',
    ]);
    expect(lines.find((l) => l.includes('Title held'))).toBe(
      '  ✔ Title held                             12.0 / 20.0',
    );
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    const from = lines.findIndex((l) => l.startsWith('Not counted'));
    expect(lines.slice(from, from + 2)).toEqual([
      'Not counted: Networking on line 3 (the name of an employer, not a skill); Networking on line 4 (the',
      '  name of an employer, not a skill); Networking on line 5 (the name of an employer, not a skill)',
    ]);
  });

  it('clips a quote beside a row to the room the row leaves, and keeps it beside the row while 48 characters of room are left', () => {
    const label = 'x'.repeat(30);
    const report: AnalysisReport = {
      ...scored(),
      requirements: [requirement(label, 'technical', 'shown', 5, 5, [ev(4, LONG_QUOTE, label)])],
    };
    const row = renderReportText(report)
      .split('\n')
      .find((l) => l.includes(label))!;
    expect(row).toBe(`  ✔ ${label}   5.0 /  5.0  line 4: "Led Scrum ceremonies for four teams and…"`);
    expect(row.length).toBeLessThanOrEqual(100);
  });

  it('shortens a long quote around the words that matched, in the table, the strengths and Markdown', () => {
    const quote =
      'KB author Project Manager The Click Depot - Raleigh, NC March 2013 to April 2014 Maintain contact with current, new, and prospective clients through phone, email, in person correspondence.';
    const phrase = 'Maintain contact with current, new, and prospective clients';
    const at = quote.indexOf(phrase);
    const e: Evidence = {
      ...ev(15, quote, 'stakeholder-management'),
      match: { start: at, end: at + phrase.length },
    };
    const stakeholders = requirement('Stakeholder management', 'technical', 'shown', 5.6, 7, [e]);
    const report: AnalysisReport = {
      ...scored(),
      requirements: [stakeholders],
      strengths: [{ skill: stakeholders.skill, reason: 'Stakeholder management earns 5.6.', evidence: [e] }],
    };
    const text = renderReportText(report).split('\n');
    expect(text.find((l) => l.includes('✔ Stakeholder'))).toBe(
      '  ✔ Stakeholder management   5.6 /  7.0  line 15: "…2014 Maintain contact with current, new, and…"',
    );
    expect(text[text.indexOf('  + Stakeholder management earns 5.6.') + 1]).toBe(
      '    line 15: "…to April 2014 Maintain contact with current, new, and prospective…"',
    );
    expect(renderReportMarkdown(report)).toContain(
      '| ✔ | Stakeholder management | technical | 5.6 / 7.0 | line 15: “…to April 2014 Maintain contact with current, new, and prospective clients through phone,…” |',
    );
    // Without the span, the quote is cut at its start, as before.
    const { match: _match, ...bare } = e;
    const plain = renderReportText({ ...report, requirements: [{ ...stakeholders, evidence: [bare] }] });
    expect(plain).toContain('line 15: "KB author Project Manager The Click Depot - Ral…"');
  });

  it('says which related skill a quote came through, in the table, the strengths and Markdown', () => {
    const report = scored();
    const agile = report.requirements[0]!;
    report.strengths = [{ skill: agile.skill, reason: 'Agile earns 12.0.', evidence: agile.evidence }];
    const text = renderReportText(report).split('\n');
    expect(text.find((l) => l.includes('✔ Agile'))).toContain('line 4 (via Scrum): "Led Scrum');
    expect(text[text.indexOf('  + Agile earns 12.0.') + 1]).toContain('line 4 (via Scrum): "Led Scrum');
    expect(renderReportMarkdown(report)).toContain(
      '| ✔ | Agile | technical | 12.0 / 12.0 | line 4 (via Scrum): “Led',
    );
    // A strength's reason opens with its name: Markdown bolds it there, once.
    expect(renderReportMarkdown(report)).toContain('- **Agile** earns 12.0.');
    // The requirement's own skill needs no "via".
    expect(text.find((l) => l.includes('◐ Leadership'))).toContain('line 7: "Mentored two juniors"');
  });

  it('lists a requirement shown for part of its points as a gap shown in part, saying why, in text and Markdown', () => {
    const sdlc = requirement('Software lifecycle', 'technical', 'shown', 6, 9.3, [
      ev(8, 'Built Python scripts', 'python'),
    ]);
    const report: AnalysisReport = {
      ...scored(),
      requirements: [sdlc],
      gaps: [
        {
          skill: sdlc.skill,
          status: 'shown',
          inPart: { via: { id: 'python', label: 'Python', share: 0.8 }, farFromTechnology: 0.5 },
          pointsAtStake: 3.3,
          importance: 3.3,
          nextSteps: ['Follow one feature from ticket to production.'],
        },
      ],
    };
    const text = renderReportText(report).split('\n');
    const at = text.indexOf('  1. Software lifecycle (shown in part, 3.3 of 9.3 points to gain)');
    expect(text.slice(at, at + 4)).toEqual([
      '  1. Software lifecycle (shown in part, 3.3 of 9.3 points to gain)',
      '     Shown through Python (80% of it) and in work far from technology (counted at 50%), so it',
      '     earns part of its points.',
      '     → Follow one feature from ticket to production.',
    ]);
    expect(renderReportMarkdown(report)).toContain(
      '1. **Software lifecycle** (shown in part, 3.3 of 9.3 points to gain) Shown through Python (80% of it) and in work far from technology (counted at 50%), so it earns part of its points.',
    );
  });

  it('marks the track record by its credit, and says when no title earns it', () => {
    const report = scored();
    const { evidence: _evidence, ...noTitle } = report.trackRecord;
    const row = (trackRecord: AnalysisReport['trackRecord']) =>
      renderReportText({ ...report, trackRecord }, ANSI)
        .split('\n')
        .find((l) => l.includes('Title held'))!;
    expect(row({ ...report.trackRecord, credit: 0.3 }).startsWith(`  ${ANSI.yellow('◐')} `)).toBe(true);
    expect(row({ ...noTitle, credit: 0 })).toBe(
      `  ${ANSI.red('✘')} Title held              12.0 / 20.0  ${ANSI.dim('no title names the role or a close one')}`,
    );
  });

  it('leaves out a track record worth nothing and the parts a report does not have', () => {
    const report: AnalysisReport = {
      ...emptyReport(),
      score: null,
      requirements: [requirement('Agile', 'technical', 'missing', 0, 100, [])],
    };
    expect(renderReportText(report)).toMatchInlineSnapshot(`
      "rolefit · Technical Project Manager

      No score  0 shown · 0 partial · 1 missing of 1 requirement

      Requirements  (points earned / points possible, best evidence)
        Technical
        ✘ Agile   0.0 / 100.0  no evidence in the resume

      How the score works: each requirement is worth its weight in points; it earns them in full when you
      led it with a result (or applied it in this role, held now), 80% when you applied it, 50% when you
      only list it, half of that when worded as limited familiarity. Related skills earn a stated share,
      and work shown far from technology counts in part. The track record earns its points for a job title
      that names the role or a close one. Run with --format json for every detail.
      "
    `);
  });

  it('names a category only when the role has requirements in it, and counts one requirement in the singular', () => {
    const report: AnalysisReport = {
      ...emptyReport(),
      requirements: [
        requirement('Communication', 'soft', 'shown', 10, 10, []),
        requirement('Negotiation', 'soft', 'missing', 0, 5, []),
      ],
    };
    const text = renderReportText(report);
    expect(text).toContain('  Soft skills\n  ✔ Communication');
    expect(text).not.toContain('  Technical\n');
    expect(text).toContain('1 shown · 0 partial · 1 missing of 2 requirements');
  });

  it('says why a document is not scored and which pages OCR read, before the score', () => {
    const report: AnalysisReport = {
      ...scored(),
      document: {
        ...emptyReport().document,
        warning:
          'This reads as a job posting: it asks for skills and names no job you held. Run rolefit audit on it instead.',
        ocr: { pages: [1, 2], confidence: 91 },
      },
    };
    const head = [
      ANSI.bold('rolefit · Technical Project Manager'),
      '',
      ANSI.yellow(
        '⚠ This reads as a job posting: it asks for skills and names no job you held. Run rolefit audit on it\n  instead.',
      ),
      '',
      ANSI.dim(
        'Pages 1, 2 were scanned images, read by OCR (mean confidence 91%); OCR can misread words, so check\n  the quotes.',
      ),
      '',
      `${ANSI.bold('Score 48/100')}  `,
    ].join('\n');
    expect(renderReportText(report, ANSI).slice(0, head.length)).toBe(head);
  });

  it('lists gaps without listing shares when the report has no market section', () => {
    const { market: _market, ...report } = scored();
    const text = renderReportText(report);
    expect(text).not.toContain('Listing shares');
    expect(text).toContain(
      '\nGaps worth closing, most important first\n  Ordered by the points each could still earn.\n  1. Stakeholder management (missing, 8.0 of 8.0 points to gain)\n',
    );
  });

  it('ends with the guidance, after a blank line, when the report has some', () => {
    const report: AnalysisReport = {
      ...scored(),
      background: {
        primary: 'qa-engineer',
        label: 'QA / testing',
        confidence: 0.8,
        candidates: [],
        titles: [],
      },
    };
    expect(
      renderReportText(report).endsWith('Run with --format json for every detail.\n\nYour background\n'),
    ).toBe(true);
  });
});

describe('renderReportMarkdown', () => {
  it('writes the score, the requirements table, strengths, gaps and every skill', () => {
    expect(renderReportMarkdown(scored())).toMatchInlineSnapshot(`
      "# Technical Project Manager: skills analysis

      **Score: 48/100**

      Several gaps to close (25–54 of 100): a plan of a few months closes them. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.

      ## Requirements

      | | Requirement | Category | Points | Best evidence |
      |---|---|---|---:|---|
      | ✔ | Agile | technical | 12.0 / 12.0 | line 4 (via Scrum): “Led Scrum ceremonies for four teams and cut the release cycle from six weeks to two, with…” |
      | ◐ | Risk management | technical | 4.8 / 9.6 | line 6: “Tracked risks in Jira” |
      | ✘ | Stakeholder management | technical | 0.0 / 8.0 | — |
      | ◐ | Leadership | soft | 2.5 / 5.0 | line 7: “Mentored two juniors” |
      | ✔ | Track record (title held) | role | 12.0 / 20.0 | line 2: “Technical Project Manager — Northwind (2021 – Present)” |

      ## Strengths

      - **One**: Strength one. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.
      - **Two**: Strength two
      - **Three**: Strength three
      - **Four**: Strength four
      - **Five**: Strength five
      - **Six**: Strength six
      - **Seven**: Strength seven

      ## Gaps, most important first

      Ordered by the points each could still earn, weighed by the share of listings that ask for it (half as much when none do, one and a half times when all do).

      Listing shares: 40 stored listings of this role from Greenhouse (8), Lever (8), Workday (8), Ashby (8) and 1 more source, undated.

      1. **Stakeholder management** (missing, 8.0 of 8.0 points to gain; asked for in 46% of listings)
         - Send a weekly status report. It takes a few months of deliberate practice and a sponsor who lets you own a real plan end to end.
         - Run a steering meeting
      2. **Risk management** (partial, 4.8 of 9.6 points to gain)

      ## All skills found

      | Skill | Kind | Strength | Evidence |
      |---|---|---|---|
      | Scrum | methodology | led | line 4: “Led Scrum ceremonies for four teams and cut the release cycle from six weeks to…” |
      | Java | technical | applied | line 9: “Built Java services \\| billing” |
      | SQL | technical | listed (hedged) |  |
      | Kubernetes | technical | listed |  |
      | Terraform | technical | listed |  |
      | Docker | technical | listed |  |
      | Snowflake | technical | listed |  |
      | Tableau | technical | listed |  |
      | Figma | technical | listed |  |

      ## Job market

      Based on 40 stored listings of this role from Greenhouse (8), Lever (8), Workday (8), Ashby (8) and 1 more source, undated.

      ---

      _How the score works: each requirement is worth its weight in points; it earns them in full when you led it with a result (or applied it in this role, held now), 80% when you applied it, 50% when you only list it, half of that when worded as limited familiarity. Related skills earn a stated share, and work shown far from technology counts in part. The track record earns its points for a job title that names the role or a close one. Generated by rolefit._
      "
    `);
  });

  it('leaves out the parts a report does not have', () => {
    const report: AnalysisReport = {
      ...emptyReport(),
      score: null,
      requirements: [requirement('Agile', 'technical', 'missing', 0, 100, [])],
    };
    expect(renderReportMarkdown(report)).toMatchInlineSnapshot(`
      "# Technical Project Manager: skills analysis

      **No score**

      ## Requirements

      | | Requirement | Category | Points | Best evidence |
      |---|---|---|---:|---|
      | ✘ | Agile | technical | 0.0 / 100.0 | — |

      ---

      _How the score works: each requirement is worth its weight in points; it earns them in full when you led it with a result (or applied it in this role, held now), 80% when you applied it, 50% when you only list it, half of that when worded as limited familiarity. Related skills earn a stated share, and work shown far from technology counts in part. The track record earns its points for a job title that names the role or a close one. Generated by rolefit._
      "
    `);
  });

  it('quotes the warning and the OCR note, and lists gaps without shares when there is no market', () => {
    const { market: _market, ...rest } = scored();
    const report: AnalysisReport = {
      ...rest,
      document: {
        ...emptyReport().document,
        warning: 'This reads as a job posting.',
        ocr: { pages: [3], confidence: 88 },
      },
    };
    const md = renderReportMarkdown(report);
    expect(md).toContain(
      '# Technical Project Manager: skills analysis\n\n> **Not a resume.** This reads as a job posting.\n\n> Page 3 was a scanned image, read by OCR (mean confidence 88%); OCR can misread words, so check the quotes.\n\n**Score: 48/100**\n',
    );
    expect(md).toContain(
      '## Gaps, most important first\n\nOrdered by the points each could still earn.\n\n1. **Stakeholder management** (missing, 8.0 of 8.0 points to gain)\n',
    );
  });
});

describe('renderReportMarkdown, the edges', () => {
  it('writes a dash for a track record no title earns, and the guidance after the skills, with no blank line at its end', () => {
    const report = scored();
    const { evidence: _evidence, ...noTitle } = report.trackRecord;
    const md = renderReportMarkdown({
      ...report,
      trackRecord: { ...noTitle, points: 0, credit: 0 },
      background: {
        primary: 'scrum-master',
        label: 'Scrum master / agile coach',
        confidence: 0.8,
        candidates: [],
        titles: [],
      },
    });
    expect(md).toContain('\n| ✘ | Track record (title held) | role | 0.0 / 20.0 | — |\n');
    expect(md).toContain(
      '| Figma | technical | listed |  |\n\n## Your background\n\n## Job market\n\nBased on ',
    );
    // The market section comes last, before the footer, as Markdown (no text block after the footer).
    expect(md).toMatch(/and 1 more source, undated\.\n\n---\n\n_How the score works: [^\n]*_\n?$/);
  });
});

describe('the parts the web page and the API share', () => {
  it('gapStake reads the weight from the requirement, else the points at stake, and rounds the demand', () => {
    const report = scored();
    const [stakeholders, risk] = report.gaps;
    expect(gapStake(report, { ...stakeholders!, demand: 0.125 })).toBe(
      'missing, 8.0 of 8.0 points to gain; asked for in 13% of listings',
    );
    expect(gapStake(report, risk!)).toBe('partial, 4.8 of 9.6 points to gain');
    expect(gapStake({ ...report, requirements: [] }, risk!)).toBe('partial, 4.8 of 4.8 points to gain');
    const { market: _market, ...noMarket } = report;
    expect(gapStake({ ...noMarket, requirements: report.requirements }, stakeholders!)).toBe(
      'missing, 8.0 of 8.0 points to gain',
    );
  });

  it('gapStatus and shownInPartText: a gap the table ticks is shown in part, for the reasons given', () => {
    expect(gapStatus({ status: 'shown' })).toBe('shown in part');
    expect(gapStatus({ status: 'partial' })).toBe('partial');
    expect(shownInPartText({ status: 'shown', inPart: { recency: 0.85 } })).toBe(
      'Shown in an older role (counted at 85%), so it earns part of its points.',
    );
    expect(
      shownInPartText({
        status: 'shown',
        inPart: { via: { id: 'a', label: 'A', share: 0.8 }, farFromTechnology: 0.5, recency: 0.9 },
      }),
    ).toBe(
      'Shown through A (80% of it), in work far from technology (counted at 50%) and in an older role (counted at 90%), so it earns part of its points.',
    );
    expect(shownInPartText({ status: 'shown', inPart: { internship: 0.6 } })).toBe(
      'Shown in an internship (counted at 60%), so it earns part of its points.',
    );
    expect(shownInPartText({ status: 'partial', inPart: { recency: 0.85 } })).toBeUndefined();
    expect(shownInPartText({ status: 'shown' })).toBeUndefined();
  });

  it('trackRecordStatus: shown from 60% of the points, partial above none', () => {
    expect([0.6, 0.59, 0.01, 0].map((credit) => trackRecordStatus({ credit }))).toEqual([
      'shown',
      'partial',
      'partial',
      'missing',
    ]);
  });

  it('ocrNote names one page or several, and nothing without OCR', () => {
    const document = emptyReport().document;
    expect(ocrNote({ document })).toBeUndefined();
    expect(ocrNote({ document: { ...document, ocr: { pages: [2], confidence: 74 } } })).toBe(
      'Page 2 was a scanned image, read by OCR (mean confidence 74%); OCR can misread words, so check the quotes.',
    );
    expect(ocrNote({ document: { ...document, ocr: { pages: [1, 3], confidence: 90 } } })).toBe(
      'Pages 1, 3 were scanned images, read by OCR (mean confidence 90%); OCR can misread words, so check the quotes.',
    );
  });

  it('bandText', () => {
    expect(bandText({ label: 'Ready', from: 75, to: 100, meaning: 'apply now' })).toBe(
      'Ready (75–100 of 100): apply now',
    );
  });
});

describe('the footer', () => {
  it("says how the score works in the same words in text and Markdown, related skills' shares included", () => {
    const text = renderReportText(emptyReport());
    const md = renderReportMarkdown(emptyReport());
    expect(HOW_SCORED).toContain('Related skills earn a stated share');
    expect(text.replace(/\s+/g, ' ')).toContain(`How the score works: ${HOW_SCORED}`);
    expect(md).toContain(`_How the score works: ${HOW_SCORED} Generated by rolefit._`);
  });
});
