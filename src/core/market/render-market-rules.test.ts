import { describe, expect, it } from 'vitest';
import type { MarketBasis } from './market-basis.ts';
import type { RoleMarket } from './market-figures.ts';
import type { MarketSection } from './market-section.ts';
import {
  describeStanding,
  renderDisguisedLine,
  renderMarketMarkdown,
  renderMarketText,
  renderRoleMarketText,
  SNAPSHOT_HINT,
} from './render-market.ts';

const skill = (label: string) => ({ id: label.toLowerCase().replaceAll(' ', '-'), label });

const STORE: MarketBasis = {
  kind: 'store',
  listings: 1234,
  what: 'stored listings of this role',
  sources: [
    { name: 'Greenhouse', listings: 1234, dated: 1234, dates: { from: '2025-01-02', to: '2025-11-05' } },
  ],
  dates: { from: '2025-01-02', to: '2025-11-05' },
};
const BASIS_LINE =
  '1,234 stored listings of this role from Greenhouse (1,234), dated 2025-01-02 to 2025-11-05.';

function section(): MarketSection {
  return {
    source: 'listings',
    listings: 1234,
    basis: STORE,
    demand: [],
    topMatches: [
      {
        id: 'a',
        title: 'Technical Program Manager',
        company: 'Northwind',
        fit: 0.875,
        matched: [],
        missing: ['Jira', 'Kanban', 'SQL', 'Python', 'AWS', 'Scrum', 'Go'].map(skill),
      },
      {
        id: 'b',
        title: 'TPM, Payments',
        company: null,
        fit: 0.5,
        matched: [],
        missing: [],
        audit: { verdict: 'disguised-developer', reason: 'Hands-on coding is required: "Write Go services"' },
      },
      {
        id: 'c',
        title: 'Program Manager',
        company: '',
        fit: 0.064,
        matched: [],
        missing: [],
        audit: { verdict: 'genuine', reason: 'Delivery work throughout.' },
      },
    ],
    standing: { listings: 1234, meetMost: 1001, meetAll: 0 },
    medianFit: 0.5,
    strengths: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9'].map((l, k) => ({
      skill: skill(l),
      share: 0.9 - k / 10 + 0.005,
    })),
    gaps: ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9'].map((l, k) => ({
      skill: skill(l),
      share: 0.5 - k / 20,
    })),
    disguised: { listings: 1001, excluded: false },
  };
}

describe('renderMarketMarkdown', () => {
  it('writes the same parts as the text, as a Markdown section', () => {
    expect(renderMarketMarkdown(section())).toBe(
      [
        '## Job market',
        '',
        `Based on ${BASIS_LINE}`,
        '',
        'You show at least half the must-haves of 1,001 of 1,234 listings, a skill you only list counting as half.',
        '',
        'Counted: 1,001 listings titled as a TPM role that read as developer jobs in disguise.',
        '',
        '**Asked for, and you show it**',
        '',
        '- A1 (91% of listings)',
        '- A2 (81% of listings)',
        '- A3 (71% of listings)',
        '- A4 (61% of listings)',
        '- A5 (51% of listings)',
        '- A6 (41% of listings)',
        '- A7 (31% of listings)',
        '- A8 (21% of listings)',
        '',
        '**Asked for, and your resume does not show it**',
        '',
        '- G1 (50% of listings)',
        '- G2 (45% of listings)',
        '- G3 (40% of listings)',
        '- G4 (35% of listings)',
        '- G5 (30% of listings)',
        '- G6 (25% of listings)',
        '- G7 (20% of listings)',
        '- G8 (15% of listings)',
        '',
        '**Listings you fit best**',
        '',
        '- 88%: Technical Program Manager (Northwind); missing: Jira, Kanban, SQL, Python, AWS, Scrum',
        '- 50%: TPM, Payments _[developer job in disguise: Hands-on coding is required: "Write Go services"]_',
        '- 6%: Program Manager',
        '',
      ].join('\n'),
    );
  });

  it('keeps a pipe or a line break in a title from breaking the Markdown', () => {
    const m: MarketSection = {
      ...section(),
      topMatches: [
        { id: 'x', title: 'TPM | Cloud\nPlatform', company: null, fit: 1, matched: [], missing: [] },
      ],
    };
    expect(renderMarketMarkdown(m)).toContain('- 100%: TPM \\| Cloud Platform\n');
  });
});

describe('renderMarketText', () => {
  it('writes the basis, the standing, at most 8 strengths and gaps and each top match', () => {
    expect(renderMarketText(section())).toBe(
      [
        '',
        'JOB MARKET',
        `Based on ${BASIS_LINE}`,
        'You show at least half the must-haves of 1,001 of 1,234 listings, a skill you only list counting as',
        '  half.',
        'Counted: 1,001 listings titled as a TPM role that read as developer jobs in disguise.',
        '',
        'Asked for, and you show it:',
        '  + A1 (91% of listings)',
        '  + A2 (81% of listings)',
        '  + A3 (71% of listings)',
        '  + A4 (61% of listings)',
        '  + A5 (51% of listings)',
        '  + A6 (41% of listings)',
        '  + A7 (31% of listings)',
        '  + A8 (21% of listings)',
        '',
        'Asked for, and your resume does not show it:',
        '  - G1 (50% of listings)',
        '  - G2 (45% of listings)',
        '  - G3 (40% of listings)',
        '  - G4 (35% of listings)',
        '  - G5 (30% of listings)',
        '  - G6 (25% of listings)',
        '  - G7 (20% of listings)',
        '  - G8 (15% of listings)',
        '',
        'Listings you fit best:',
        '   88%  Technical Program Manager (Northwind)',
        '        missing: Jira, Kanban, SQL, Python, AWS, Scrum',
        '   50%  TPM, Payments  [developer job in disguise]',
        '        Hands-on coding is required: "Write Go services"',
        '    6%  Program Manager',
        '',
      ].join('\n'),
    );
  });

  it('adds the snapshot hint for snapshot figures and leaves out the parts that are empty', () => {
    const m: MarketSection = {
      ...section(),
      source: 'snapshot',
      standing: null,
      topMatches: [],
      strengths: [],
      gaps: [],
      disguised: { listings: 0, excluded: true },
    };
    expect(renderMarketText(m)).toBe(
      ['', 'JOB MARKET', `Based on ${BASIS_LINE}`, SNAPSHOT_HINT, ''].join('\n'),
    );
    const { disguised: _disguised, ...without } = m;
    expect(renderMarketText(without)).toBe(renderMarketText(m));
  });

  it('keeps every line within 100 characters: long titles are clipped, long sentences go on indented', () => {
    const title = 'Senior Technical Program Manager, Cloud Infrastructure Reliability and Capacity Planning';
    const m: MarketSection = {
      ...section(),
      source: 'snapshot',
      disguised: { listings: 12, excluded: true },
      topMatches: [
        {
          id: 'long',
          title,
          company: 'Northwind Traders International',
          fit: 0.9,
          matched: [],
          missing: ['Stakeholder management', 'Software development lifecycle (SDLC)', 'Risk mitigation'].map(
            skill,
          ),
          audit: {
            verdict: 'disguised-developer',
            reason:
              'Hands-on coding is required, and most of the duties are building and running software: "Write Go services for the capacity planner"',
          },
        },
      ],
    };
    const lines = renderMarketText(m).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    // The title is clipped before its company, keeping at least 32 of its characters.
    expect(lines).toContain(
      '   90%  Senior Technical Program Manage… (Northwind Traders Internatio…  [developer job in disguise]',
    );
    expect(lines).toContain(
      'Left out: 12 listings titled as a TPM role that read as developer jobs in disguise',
    );
    expect(lines).toContain('  (--include-disguised counts them).');
    expect(lines).toContain('        "Write Go services for the capacity planner"');
    expect(lines).toContain(
      '        missing: Stakeholder management, Software development lifecycle (SDLC), Risk mitigation',
    );
  });

  it('clips a long title and keeps its company in view', () => {
    const m = section();
    m.topMatches[0]!.title =
      'Senior Technical Program Manager, Cloud Infrastructure Reliability and Capacity Planning';
    const lines = renderMarketText(m).split('\n');
    expect(lines).toContain(
      '   88%  Senior Technical Program Manager, Cloud Infrastructure Reliability and Capacity… (Northwind)',
    );
    m.topMatches[0]!.title = 'Technical Program Manager, Payments';
    expect(renderMarketText(m).split('\n')).toContain(
      '   88%  Technical Program Manager, Payments (Northwind)',
    );
  });

  it('notes a hybrid listing as some hands-on work', () => {
    const m = section();
    m.topMatches[1]!.audit = { verdict: 'hybrid', reason: 'Some scripting.' };
    expect(renderMarketText(m)).toContain(
      '   50%  TPM, Payments  [hybrid: some hands-on work]\n        Some scripting.\n',
    );
  });
});

describe('renderDisguisedLine and describeStanding', () => {
  it('say one listing in the singular and the figures left out with --include-disguised', () => {
    expect(renderDisguisedLine({ listings: 1, excluded: true })).toBe(
      'Left out: 1 listing titled as a TPM role that reads as a developer job in disguise (--include-disguised counts it).',
    );
    expect(renderDisguisedLine({ listings: 2, excluded: true })).toBe(
      'Left out: 2 listings titled as a TPM role that read as developer jobs in disguise (--include-disguised counts them).',
    );
    expect(renderDisguisedLine({ listings: 2, excluded: false })).toBe(
      'Counted: 2 listings titled as a TPM role that read as developer jobs in disguise.',
    );
  });

  it('write counts with thousands separators', () => {
    expect(describeStanding({ listings: 12345, meetMost: 2345, meetAll: 1234 })).toBe(
      'You show at least half the must-haves of 2,345 of 12,345 listings (every must-have in 1,234), a skill you only list counting as half.',
    );
  });
});

function roleMarket(): RoleMarket {
  return {
    role: { id: 'technical-project-manager', title: 'Technical Project Manager' },
    source: 'listings',
    listings: 1234,
    basis: STORE,
    demand: [
      {
        skill: skill('Stakeholder management across many, many organizations'),
        listings: 1100,
        share: 0.891,
        requiredShare: 0.5,
        preferredShare: 0.125,
        mentionedShare: 0.266,
      },
      {
        skill: skill('Jira'),
        listings: 62,
        share: 0.05,
        requiredShare: 0,
        preferredShare: 0.05,
        mentionedShare: 0,
      },
    ],
    pairs: [{ a: skill('Agile'), b: skill('Jira'), listings: 40, share: 0.032, lift: 1.25 }],
    titles: [
      { title: 'Technical Program Manager', listings: 1001 },
      { title: 'TPM', listings: 3 },
    ],
    guide: [{ skill: skill('Agile'), points: 12, share: 0.254, coveredShare: 0.4 }],
    notInGuide: [{ skill: skill('SQL'), share: 0.1 }],
    disguised: { listings: 3, excluded: true },
    reference: {
      occupation: { code: '11-9199.00', title: 'Managers, All Other' },
      attribution: ['O*NET 29.0 Database by the U.S. Department of Labor', 'CC BY 4.0'],
      skills: [
        { skill: skill('Jira'), inDemand: true, hotTechnology: true },
        { skill: skill('Slack'), inDemand: false, hotTechnology: true },
        { skill: skill('Confluence'), inDemand: false, hotTechnology: true },
      ],
    },
  };
}

describe('renderRoleMarketText', () => {
  it('writes every table of a role market, aligned, with its source, within 100 characters a line', () => {
    const text = renderRoleMarketText(roleMarket(), { storeNote: 'Store: ./rolefit.db' });
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(text).toBe(
      [
        'Technical Project Manager: job market',
        '',
        `Source: ${BASIS_LINE}`,
        'Store: ./rolefit.db',
        'Left out: 3 listings titled as a TPM role that read as developer jobs in disguise',
        '  (--include-disguised counts them).',
        '',
        'Skill demand: share of listings asking, and how they ask (at least 5% of listings)',
        '  skill                                 listings  share  required  preferred  not marked',
        '  Stakeholder management across many,…     1,100    89%       50%        13%         27%  █████████',
        '  Jira                                        62     5%        0%         5%          0%  █',
        '',
        'Often asked together',
        '  skills        listings  share  vs chance',
        '  Agile + Jira        40     3%       ×1.3',
        '',
        'Typical titles (team, place and level left out)',
        '  title                      listings',
        '  Technical Program Manager     1,001',
        '  TPM                               3',
        '',
        'Role guide vs listings: guide points (of 100); listings asking for the skill itself, and for it or a',
        '  skill it accepts',
        '  requirement  points  the skill  with accepted',
        '  Agile            12        25%            40%',
        '',
        'Asked by at least 10% of listings but not in the role guide',
        '  skill  share',
        '  SQL      10%',
        '',
        'Reference, not demand: technologies O*NET flags for 11-9199.00 Managers, All Other that the role',
        '  guide names or listings ask for',
        '  In Demand: Jira',
        '  Hot Technology: Slack, Confluence',
        '  O*NET 29.0 Database by the U.S. Department of Labor',
        '  CC BY 4.0',
        '',
      ].join('\n'),
    );
  });

  it('says how to get figures when there is nothing to rest them on, and shows no guide table then', () => {
    const m: RoleMarket = {
      ...roleMarket(),
      source: 'none',
      listings: 0,
      basis: null,
      demand: [],
      pairs: [],
      titles: [],
      notInGuide: [],
      disguised: { listings: 0, excluded: true },
      reference: null,
    };
    expect(renderRoleMarketText(m, { storeNote: 'Store: ./rolefit.db' })).toBe(
      [
        'Technical Project Manager: job market',
        '',
        'No listings of this role are stored and rolefit ships no snapshot for it.',
        'Import listings with "rolefit ingest <file>" to see what real postings ask.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out an empty reference and either empty half of it', () => {
    const m = roleMarket();
    const none = renderRoleMarketText({ ...m, reference: { ...m.reference!, skills: [] } });
    expect(none).not.toContain('O*NET');
    expect(none.endsWith('  SQL      10%\n')).toBe(true);
    const onlyHot = renderRoleMarketText({
      ...m,
      reference: { ...m.reference!, skills: m.reference!.skills.filter((s) => !s.inDemand) },
    });
    expect(onlyHot).not.toContain('In Demand');
    expect(onlyHot).toContain('ask for\n  Hot Technology: Slack, Confluence\n');
    const onlyInDemand = renderRoleMarketText({
      ...m,
      reference: { ...m.reference!, skills: m.reference!.skills.filter((s) => s.inDemand) },
    });
    expect(onlyInDemand).toContain('ask for\n  In Demand: Jira\n  O*NET 29.0');
    expect(renderRoleMarketText(m)).toContain(`Source: ${BASIS_LINE}\nLeft out: 3`);
    const twoInDemand = renderRoleMarketText({
      ...m,
      reference: { ...m.reference!, skills: m.reference!.skills.map((s) => ({ ...s, inDemand: true })) },
    });
    expect(twoInDemand).toContain('\n  In Demand: Jira, Slack, Confluence\n');
    expect(renderRoleMarketText({ ...m, guide: [] })).not.toContain('Role guide vs listings');
  });
});

describe('a skill only listed among the skills shown', () => {
  it('says it counts half, in text and Markdown alike', () => {
    const m: MarketSection = {
      ...section(),
      strengths: [
        { skill: { id: 'risk-management', label: 'Risk mitigation' }, share: 0.49, listedOnly: true },
      ],
    };
    expect(renderMarketText(m)).toContain(
      '\n  + Risk mitigation (49% of listings; only listed, counts half)\n',
    );
    expect(renderMarketMarkdown(m)).toContain(
      '\n- Risk mitigation (49% of listings; only listed, counts half)\n',
    );
  });
});
