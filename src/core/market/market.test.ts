import { describe, expect, it } from 'vitest';
import type { Extraction } from '../extract/types.ts';
import { compareGuideToMarket, computeDemand, coOccurrence, demandShareById } from './demand.ts';
import { expandWithBroader, listingFit } from './fit.ts';
import type { ListingSkillSet, SkillExtractor } from './listing.ts';
import { auditListing, LISTING_AUDIT_VERSION } from './listing-audit.ts';
import type { MarketBasis } from './market-basis.ts';
import { buildMarketSection, withListingAudits } from './market-section.ts';
import { onetReference } from './onet-demand.ts';
import { listingContentHash, listingSkills, prepareListing } from './prepare-listing.ts';
import { renderDisguisedLine, renderMarketText } from './render-market.ts';
import { classifyListingLines, headingKind } from './requirement-sections.ts';
import { classifyByTitleAndContent, titleMatchesAliases } from './role-family.ts';

/** Finds each keyword as a skill of the same id, with its 1-based line: enough to test the market logic. */
const keywordExtractor =
  (keywords: string[]): SkillExtractor =>
  (text): Extraction => ({
    mentions: text.split('\n').flatMap((line, i) =>
      keywords
        .filter((k) => line.toLowerCase().includes(k))
        .map((k) => ({
          skillId: k,
          matched: k,
          start: 0,
          end: 0,
          line: i + 1,
          section: 'other' as const,
          strength: 'listed' as const,
          hedged: false,
          quote: line,
          quoteMatch: { start: 0, end: 0 },
        })),
    ),
    ignored: [],
  });

/** A store basis for test listings. */
const basis = (listings: number): MarketBasis => ({
  kind: 'store',
  listings,
  what: 'stored listings of this role',
  sources: [{ name: 'test', listings, dated: 0, dates: null }],
  dates: null,
});

const set = (
  id: string,
  skills: Array<[string, 'required' | 'preferred' | 'mentioned']>,
): ListingSkillSet => ({
  id,
  title: `Listing ${id}`,
  skills: skills.map(([skillId, requirement]) => ({ skillId, requirement })),
});

describe('requirement sections', () => {
  it('recognizes requirement, nice-to-have and other headings, and not body lines', () => {
    expect(headingKind('Minimum Qualifications')).toBe('required');
    expect(headingKind("What you'll need:")).toBe('required');
    expect(headingKind('## Must have')).toBe('required');
    expect(headingKind('Preferred qualifications')).toBe('preferred');
    expect(headingKind('Nice to have')).toBe('preferred');
    expect(headingKind('Bonus points')).toBe('preferred');
    expect(headingKind('Responsibilities')).toBe('other');
    expect(headingKind('You will manage requirements for five teams across the company.')).toBeUndefined();
  });

  it('gives each line the kind of its section; an inline "is a plus" wins', () => {
    const text = [
      'About us',
      'We use Jira.',
      'Requirements',
      'Agile',
      'SQL is a plus',
      'Nice to have',
      'Python',
      'Benefits',
      'Jira',
    ].join('\n');
    expect(classifyListingLines(text)).toEqual([
      'not-asked',
      'not-asked',
      'required',
      'required',
      'preferred',
      'preferred',
      'preferred',
      'not-asked',
      'not-asked',
    ]);
  });

  it('reads the employer, the offer and the application as asking for nothing', () => {
    for (const heading of [
      'About us',
      'About the company:',
      'Who we are',
      'Our culture',
      'Job benefits:',
      'Perks',
      'Compensation:',
      'What we offer',
      'We offer:',
      'Why join us?',
      'How to apply',
      'Application procedure',
      'Contact',
      'Equal opportunity employer',
    ])
      expect([heading, headingKind(heading)]).toEqual([heading, 'not-asked']);
    // The job itself, and who the employer wants, still ask.
    expect(headingKind('About the role')).toBe('other');
    expect(headingKind('Who we are looking for')).toBe('required');
    expect(headingKind('Application development')).toBeUndefined();
    const text = [
      'Responsibilities',
      'Coordinate releases with engineering teams.',
      'What we offer',
      'A collaborative culture and a yearly training budget.',
      'Deadline 28 June 2026 - apply online.',
      'Requirements',
      'Experience with budgeting.',
    ].join('\n');
    expect(classifyListingLines(text)).toEqual([
      'mentioned',
      'mentioned',
      'not-asked',
      'not-asked',
      'not-asked',
      'required',
      'required',
    ]);
    expect(
      listingSkills(text, keywordExtractor(['releases', 'collaborative', 'budget', 'deadline'])),
    ).toEqual([
      { skillId: 'releases', requirement: 'mentioned' },
      { skillId: 'budget', requirement: 'required' },
    ]);
  });

  it('stores each skill with the strongest way the listing asks for it', () => {
    const text = 'You will run Jira boards.\nRequirements\nJira, agile\nNice to have\nSQL, agile';
    expect(listingSkills(text, keywordExtractor(['jira', 'agile', 'sql']))).toEqual([
      { skillId: 'jira', requirement: 'required' },
      { skillId: 'agile', requirement: 'required' },
      { skillId: 'sql', requirement: 'preferred' },
    ]);
  });
});

describe('preparing listings', () => {
  const options = { extract: keywordExtractor(['jira']), classify: () => 'tpm' };

  it('dedupes by source id when there is one, else by a hash that ignores case, spacing and punctuation', () => {
    const a = prepareListing({ source: 'gh', sourceId: ' 42 ', title: 'TPM', text: 'Jira' }, options);
    expect(a.ok && a.value.dedupeKey).toBe('source:gh:42');
    const h1 = listingContentHash({ source: 'x', title: 'TPM', text: 'Own  Jira,\r\nboards.' });
    const h2 = listingContentHash({ source: 'y', title: 'tpm', text: 'own jira boards' });
    const h3 = listingContentHash({ source: 'y', title: 'tpm', text: 'own jira board' });
    expect(h1).toBe(h2);
    expect(h1).not.toBe(h3);
    expect(h1).toMatch(/^[0-9a-f]{28}$/);
    const b = prepareListing({ source: 'csv', title: 'TPM', text: 'Jira' }, options);
    expect(b.ok && b.value).toMatchObject({
      dedupeKey: `hash:${b.ok && b.value.contentHash}`,
      roleFamily: 'tpm',
    });
  });

  it('rejects a listing without title or text, with a code', () => {
    expect(prepareListing({ source: 's', title: ' ', text: 'x' }, options)).toMatchObject({
      ok: false,
      error: { code: 'LISTING_NO_TITLE' },
    });
    expect(prepareListing({ source: 's', title: 'TPM', text: '\n \n' }, options)).toMatchObject({
      ok: false,
      error: { code: 'LISTING_NO_TEXT' },
    });
  });
});

describe('role family', () => {
  const roles = [
    {
      id: 'tpm',
      titleAliases: ['Technical Program Manager', 'IT Project Manager'],
      skillIds: ['jira', 'agile', 'risk', 'budget', 'sdlc'],
    },
  ];
  it('matches title aliases as whole words, ignoring case, seniority and punctuation', () => {
    expect(titleMatchesAliases('Sr. Technical Program Manager, Cloud', roles[0]!.titleAliases)).toBe(true);
    expect(
      titleMatchesAliases('Non-Technical Program Managers Assistant', ['Technical Program Manager']),
    ).toBe(false);
  });
  it('falls back to content when the title names the same job and enough role skills are asked', () => {
    const asks = (ids: string[]) => ids.map((skillId) => ({ skillId, requirement: 'required' as const }));
    expect(classifyByTitleAndContent('Program Manager, Infrastructure', asks(['jira', 'agile']), roles)).toBe(
      'tpm',
    );
    expect(
      classifyByTitleAndContent('Program Manager, Infrastructure', asks(['jira']), roles),
    ).toBeUndefined();
    expect(classifyByTitleAndContent('Chef', asks(['jira', 'agile', 'risk']), roles)).toBeUndefined();
    // One shared word is not the same job, however many role skills the listing names.
    for (const title of [
      'Senior Tax Manager',
      'Lead Technical Architect',
      'Operations Manager',
      'Program Lead',
    ])
      expect(classifyByTitleAndContent(title, asks(['jira', 'agile', 'risk']), roles), title).toBeUndefined();
    expect(classifyByTitleAndContent('Project Manager, Data Platform', asks(['jira', 'agile']), roles)).toBe(
      'tpm',
    );
  });
});

describe('demand', () => {
  const listings = [
    set('1', [
      ['jira', 'required'],
      ['agile', 'preferred'],
    ]),
    set('2', [
      ['jira', 'mentioned'],
      ['agile', 'required'],
    ]),
    set('3', [
      ['jira', 'required'],
      ['sql', 'preferred'],
    ]),
    set('4', []),
  ];
  it('is the share of all listings asking for each skill, most asked first', () => {
    expect(computeDemand(listings)).toEqual([
      {
        skillId: 'jira',
        listings: 3,
        share: 0.75,
        requiredShare: 0.5,
        preferredShare: 0,
        mentionedShare: 0.25,
      },
      {
        skillId: 'agile',
        listings: 2,
        share: 0.5,
        requiredShare: 0.25,
        preferredShare: 0.25,
        mentionedShare: 0,
      },
      { skillId: 'sql', listings: 1, share: 0.25, requiredShare: 0, preferredShare: 0.25, mentionedShare: 0 },
    ]);
    expect(demandShareById(computeDemand(listings)).get('agile')).toBe(0.5);
    expect(computeDemand([])).toEqual([]);
  });
  it('counts pairs asked together, with their lift', () => {
    expect(coOccurrence(listings, { minListings: 1 })).toEqual([
      { a: 'jira', b: 'agile', listings: 2, share: 0.5, lift: 0.5 / (0.75 * 0.5) },
      { a: 'jira', b: 'sql', listings: 1, share: 0.25, lift: 0.25 / (0.75 * 0.25) },
    ]);
  });
  it('sets the role guide against listings: the skill itself, and with the skills it accepts', () => {
    const cmp = compareGuideToMarket(
      [
        { skillId: 'agile', weight: 3, accepts: ['scrum'] },
        { skillId: 'risk', weight: 1, accepts: [] },
      ],
      [...listings, set('5', [['scrum', 'required']])],
    );
    expect(cmp.requirements).toEqual([
      { skillId: 'agile', guideWeight: 75, share: 0.4, coveredShare: 0.6 },
      { skillId: 'risk', guideWeight: 25, share: 0, coveredShare: 0 },
    ]);
    expect(cmp.notInGuide.map((d) => d.skillId)).toEqual(['jira', 'sql']);
  });
});

describe('fit and the market section', () => {
  it('weighs required skills above mentioned and nice-to-have ones', () => {
    const fit = listingFit(
      new Set(['jira']),
      set('1', [
        ['jira', 'required'],
        ['sql', 'preferred'],
        ['agile', 'mentioned'],
      ]),
    );
    expect(fit).toEqual({ fit: 1 / 2.25, matched: ['jira'], missing: ['agile', 'sql'] });
    expect(listingFit(new Set(['jira']), set('2', []))).toBeUndefined();
  });

  it('counts a narrower skill for its broader ones', () => {
    const broader: Record<string, string[]> = { jira: ['issue-tracking'], 'issue-tracking': ['tools'] };
    expect([...expandWithBroader(['jira'], (id) => broader[id] ?? [])].sort()).toEqual([
      'issue-tracking',
      'jira',
      'tools',
    ]);
  });

  it('ranks listings by fit and says where the person stands', () => {
    const listings = [
      set('a', [
        ['jira', 'required'],
        ['agile', 'required'],
      ]),
      set('b', [
        ['jira', 'required'],
        ['sql', 'required'],
        ['python', 'required'],
        ['go', 'required'],
      ]),
      set('c', [['agile', 'required']]),
      set('d', []),
    ];
    const section = buildMarketSection({
      personSkillIds: ['jira', 'agile'],
      listings,
      basis: basis(4),
      label: (id) => id.toUpperCase(),
      top: 2,
    });
    // a and c: every must-have; b: one of four. d names no skill.
    expect(section).toMatchObject({
      source: 'listings',
      listings: 4,
      standing: { listings: 3, meetMost: 2, meetAll: 2 },
      medianFit: 1,
    });
    expect(section.basis).toEqual(basis(4));
    expect(section.topMatches).toEqual([
      {
        id: 'a',
        title: 'Listing a',
        company: null,
        fit: 1,
        matched: [
          { id: 'agile', label: 'AGILE' },
          { id: 'jira', label: 'JIRA' },
        ],
        missing: [],
      },
      {
        id: 'c',
        title: 'Listing c',
        company: null,
        fit: 1,
        matched: [{ id: 'agile', label: 'AGILE' }],
        missing: [],
      },
    ]);
    expect(section.demand[0]).toEqual({ skill: { id: 'agile', label: 'AGILE' }, share: 0.5 });
    expect(section.gaps.map((g) => g.skill.id)).toEqual(['go', 'python', 'sql']);
    expect(section.strengths.map((g) => g.skill.id)).toEqual(['agile', 'jira']);
  });

  it("counts a listing's must-haves: its required skills, else what it does not call nice to have", () => {
    const listings = [
      // Required: jira and sql; shown: jira (half).
      set('a', [
        ['jira', 'required'],
        ['sql', 'required'],
        ['agile', 'preferred'],
      ]),
      // Nothing required: the mentioned skills are the must-haves; shown: none of two.
      set('b', [
        ['sql', 'mentioned'],
        ['python', 'mentioned'],
        ['jira', 'preferred'],
      ]),
      // Only nice-to-haves: they are all it asks; shown: all.
      set('c', [['jira', 'preferred']]),
      // Required: sql alone; shown: none, though the person shows its nice-to-have.
      set('d', [
        ['sql', 'required'],
        ['jira', 'preferred'],
      ]),
    ];
    const section = buildMarketSection({
      personSkillIds: ['jira'],
      listings,
      basis: basis(4),
      label: () => undefined,
    });
    expect(section.standing).toEqual({ listings: 4, meetMost: 2, meetAll: 1 });
    const empty = buildMarketSection({
      personSkillIds: ['jira'],
      listings: [],
      basis: basis(0),
      label: () => undefined,
    });
    expect([empty.standing, empty.medianFit, empty.demand]).toEqual([null, null, []]);
  });

  it('lists no skill fewer than 5% of the listings ask for, in demand, strengths or gaps', () => {
    const listings = Array.from({ length: 40 }, (_, i) =>
      set(
        String(i),
        i === 0 ? [['cobol', 'required']] : i < 3 ? [['fortran', 'required']] : [['jira', 'required']],
      ),
    );
    const section = buildMarketSection({
      personSkillIds: ['cobol'],
      listings,
      basis: basis(40),
      label: () => undefined,
    });
    // cobol: 1 of 40 (2.5%), left out; fortran: 2 of 40 (5%), listed.
    expect(section.demand.map((d) => [d.skill.id, d.share])).toEqual([
      ['jira', 0.925],
      ['fortran', 0.05],
    ]);
    expect(section.strengths).toEqual([]);
    expect(section.gaps.map((g) => g.skill.id)).toEqual(['jira', 'fortran']);
  });

  it('keeps of O*NET only the flagged technologies the role names or listings ask for', () => {
    const onet = {
      attribution: ['O*NET'],
      occupation: { code: '15-1299.09', title: 'IT PMs' },
      roles: ['tpm'],
      skills: [
        { skillId: 'jira', hotTechnology: true, inDemand: true, examples: ['Atlassian JIRA'] },
        { skillId: 'adobe-creative', hotTechnology: true, inDemand: false, examples: ['Adobe Photoshop'] },
        { skillId: 'sql', hotTechnology: true, inDemand: false, examples: ['SQL'] },
        { skillId: 'excel', hotTechnology: false, inDemand: false, examples: ['Microsoft Excel'] },
      ],
    };
    expect(onetReference(onet, new Set(['sql', 'jira', 'excel']), (id) => id.toUpperCase())).toEqual({
      occupation: { code: '15-1299.09', title: 'IT PMs' },
      attribution: ['O*NET'],
      skills: [
        { skill: { id: 'jira', label: 'JIRA' }, inDemand: true, hotTechnology: true },
        { skill: { id: 'sql', label: 'SQL' }, inDemand: false, hotTechnology: true },
      ],
    });
  });
});

describe('audited listings in the market', () => {
  const developerDuties =
    'Responsibilities\n- Write production code in Java and Python for our backend services.\n- Design and implement new APIs and microservices.\n- Participate in code reviews and fix bugs.\nRequirements\n- 5+ years of experience developing in Java or Go.';

  it('audits a listing into a verdict, a content family and a one-line reason quoting the strongest red flag', () => {
    expect(auditListing('Technical Project Manager', developerDuties)).toEqual({
      verdict: 'disguised-developer',
      contentFamily: 'software-development',
      handsOnShare: 1,
      reason:
        'Hands-on coding is required (Java, Python): "Write production code in Java and Python for our backend services."',
      version: LISTING_AUDIT_VERSION,
    });
    expect(auditListing('Backend Engineer', developerDuties)).toMatchObject({
      verdict: 'not-applicable',
      reason: 'The title does not name a TPM role; the duties read as software development.',
    });
    const long = `Responsibilities\n- Write production code in Java ${'and keep the services healthy '.repeat(10)}.`;
    const reason = auditListing('Technical Project Manager', long)?.reason ?? '';
    expect(reason).toMatch(/…"$/);
    expect(reason).not.toContain('\n');
    expect(auditListing('Technical Project Manager', '  ')).toBeUndefined();
  });

  it('passes the disguised count through and attaches audits to the matched listings that have one', () => {
    const section = buildMarketSection({
      personSkillIds: ['jira'],
      listings: [set('a', [['jira', 'required']]), set('b', [['jira', 'preferred']])],
      basis: basis(2),
      label: (id) => id,
      disguised: { listings: 3, excluded: true },
    });
    expect(section.disguised).toEqual({ listings: 3, excluded: true });
    const flagged = withListingAudits(
      section,
      new Map([['b', { verdict: 'hybrid' as const, reason: 'The TPM is expected to develop as well: "…"' }]]),
    );
    expect(flagged.topMatches.map((m) => [m.id, m.audit])).toEqual([
      ['a', undefined],
      ['b', { verdict: 'hybrid', reason: 'The TPM is expected to develop as well: "…"' }],
    ]);
    expect('audit' in flagged.topMatches[0]!).toBe(false);
    const text = renderMarketText(flagged);
    expect(text).toContain(
      'Left out: 3 listings titled as a TPM role that read as developer jobs in disguise\n  (--include-disguised counts them).',
    );
    expect(text).toContain(
      'Listing b  [hybrid: some hands-on work]\n        The TPM is expected to develop as well',
    );
    expect(renderDisguisedLine({ listings: 1, excluded: false })).toBe(
      'Counted: 1 listing titled as a TPM role that reads as a developer job in disguise.',
    );
  });
});
