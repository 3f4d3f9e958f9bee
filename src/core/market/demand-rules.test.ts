import { describe, expect, it } from 'vitest';
import { skillSet } from '../../../test/fixtures/skill-sets.ts';
import { compareGuideToMarket, computeDemand, coOccurrence, demandShareById, roundShare } from './demand.ts';

// Skill demand, pairs asked together and the guide against the market (docs/market.md), pinned
// where StrykerJS found them free (issue 15, docs/testing.md).
const listing = skillSet;

describe('roundShare', () => {
  it('keeps three decimals, rounding half up', () => {
    expect(roundShare(1 / 3)).toBe(0.333);
    expect(roundShare(2 / 3)).toBe(0.667);
    expect(roundShare(0.0125)).toBe(0.013);
    expect(roundShare(0.25)).toBe(0.25);
  });
});

describe('computeDemand', () => {
  it('counts each kind of asking apart, as shares of every listing, those without skills too', () => {
    const demand = computeDemand([
      listing(['sql', 'required'], ['jira', 'mentioned']),
      listing(['sql', 'preferred']),
      listing(['sql', 'mentioned']),
      listing(),
      listing(),
    ]);
    expect(demand).toEqual([
      {
        skillId: 'sql',
        listings: 3,
        share: 0.6,
        requiredShare: 0.2,
        preferredShare: 0.2,
        mentionedShare: 0.2,
      },
      { skillId: 'jira', listings: 1, share: 0.2, requiredShare: 0, preferredShare: 0, mentionedShare: 0.2 },
    ]);
  });

  it('orders by listings, most first, and ties by id', () => {
    const demand = computeDemand([listing('zeplin', 'agile', 'miro'), listing('zeplin'), listing('miro')]);
    expect(demand.map((d) => [d.skillId, d.listings])).toEqual([
      ['miro', 2],
      ['zeplin', 2],
      ['agile', 1],
    ]);
  });

  it('gives a share of 0 for listings that ask for nothing', () => {
    expect(computeDemand([listing(), listing()])).toEqual([]);
  });
});

describe('demandShareById', () => {
  it('maps each skill to its share', () => {
    expect([
      ...demandShareById([
        { skillId: 'sql', share: 0.5 },
        { skillId: 'jira', share: 0.25 },
      ]),
    ]).toEqual([
      ['sql', 0.5],
      ['jira', 0.25],
    ]);
  });
});

describe('coOccurrence', () => {
  it('keeps pairs from two listings by default, with their share and lift', () => {
    const listings = [
      listing('jira', 'sql'),
      listing('jira', 'sql'),
      listing('jira', 'agile'),
      listing('jira'),
    ];
    expect(coOccurrence(listings)).toEqual([{ a: 'jira', b: 'sql', listings: 2, share: 0.5, lift: 1 }]);
    expect(coOccurrence(listings, { minListings: 3 })).toEqual([]);
  });

  it('never lists a pair no listing asks for, even with a minimum of 0', () => {
    const listings = [listing('jira', 'sql'), listing('agile')];
    expect(coOccurrence(listings, { minListings: 0 })).toEqual([
      { a: 'jira', b: 'sql', listings: 1, share: 0.5, lift: 2 },
    ]);
  });

  it('counts a pair whatever order a listing names its skills in', () => {
    // Demand orders jira before sql; the listing names sql first.
    const listings = [listing('jira'), listing('sql', 'jira'), listing('sql', 'jira')];
    expect(coOccurrence(listings)).toEqual([{ a: 'jira', b: 'sql', listings: 2, share: 2 / 3, lift: 1 }]);
  });

  it('counts a listing once for a pair, even when it names a skill twice', () => {
    const listings = [listing('jira', 'sql', ['jira', 'preferred']), listing('jira', 'sql')];
    expect(coOccurrence(listings, { minListings: 1 }).map((p) => [p.a, p.b, p.listings])).toEqual([
      ['jira', 'sql', 2],
    ]);
  });

  it('pairs only the 30 most asked skills by default, or topSkills', () => {
    // s00 … s29 are asked by three listings, "rare" by two: the 31st skill.
    const common = Array.from({ length: 30 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const listings = [listing(...common, 'rare'), listing(...common, 'rare'), listing(...common)];
    const pairs = coOccurrence(listings, { limit: 1000 });
    expect(pairs.length).toBe((30 * 29) / 2);
    expect(pairs.some((p) => p.a === 'rare' || p.b === 'rare')).toBe(false);
    expect(coOccurrence(listings, { topSkills: 31, limit: 1000 }).length).toBe((31 * 30) / 2);
    expect(coOccurrence(listings, { topSkills: 2 })).toEqual([
      { a: 's00', b: 's01', listings: 3, share: 1, lift: 1 },
    ]);
  });

  it('lists 20 pairs by default, or limit', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const listings = [listing(...seven), listing(...seven)];
    expect(coOccurrence(listings).length).toBe(20);
    expect(coOccurrence(listings, { limit: 3 }).map((p) => `${p.a}+${p.b}`)).toEqual(['a+b', 'a+c', 'a+d']);
  });

  it('orders by listings, then lift, then the first skill, then the second', () => {
    const listings = [
      listing('a', 'b', 'c'),
      listing('a', 'b', 'c'),
      listing('a', 'b', 'c'),
      listing('a', 'd', 'e'),
      listing('a', 'd', 'e'),
      listing('d', 'e'),
      listing('a'),
    ];
    // a: 6 listings, b, c: 3, d, e: 3 (b, c, d, e tie by count and sort by id).
    expect(coOccurrence(listings).map((p) => [`${p.a}+${p.b}`, p.listings, roundShare(p.lift)])).toEqual([
      ['b+c', 3, 2.333],
      ['d+e', 3, 2.333],
      ['a+b', 3, 1.167],
      ['a+c', 3, 1.167],
      ['a+d', 2, 0.778],
      ['a+e', 2, 0.778],
    ]);
  });
});

describe('compareGuideToMarket', () => {
  it('gives each requirement its points of 100 to one decimal', () => {
    const cmp = compareGuideToMarket(
      [
        { skillId: 'agile', weight: 1, accepts: [] },
        { skillId: 'risk', weight: 2, accepts: [] },
      ],
      [listing('agile')],
    );
    expect(cmp.requirements.map((r) => r.guideWeight)).toEqual([33.3, 66.7]);
  });

  it('gives 0 points when every weight is 0, and 0 shares without listings', () => {
    const cmp = compareGuideToMarket([{ skillId: 'agile', weight: 0, accepts: ['scrum'] }], []);
    expect(cmp).toEqual({
      requirements: [{ skillId: 'agile', guideWeight: 0, share: 0, coveredShare: 0 }],
      notInGuide: [],
    });
  });

  it('covers a listing once, whichever accepted skills it asks for', () => {
    const cmp = compareGuideToMarket(
      [{ skillId: 'agile', weight: 1, accepts: ['scrum', 'kanban'] }],
      [listing('scrum', 'kanban'), listing('agile', 'scrum'), listing('jira'), listing('sql')],
    );
    expect(cmp.requirements).toEqual([
      { skillId: 'agile', guideWeight: 100, share: 0.25, coveredShare: 0.5 },
    ]);
  });

  it('lists skills the guide neither names nor accepts from 10% of listings, or unlistedMinShare', () => {
    const listings = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? listing('jira', 'scrum', 'sql') : i === 1 ? listing('jira', 'agile') : listing(),
    );
    const requirements = [{ skillId: 'agile', weight: 1, accepts: ['scrum'] }];
    expect(compareGuideToMarket(requirements, listings).notInGuide).toEqual([
      { skillId: 'jira', listings: 2, share: 0.2, requiredShare: 0.2, preferredShare: 0, mentionedShare: 0 },
      { skillId: 'sql', listings: 1, share: 0.1, requiredShare: 0.1, preferredShare: 0, mentionedShare: 0 },
    ]);
    expect(
      compareGuideToMarket(requirements, listings, { unlistedMinShare: 0.15 }).notInGuide.map(
        (d) => d.skillId,
      ),
    ).toEqual(['jira']);
  });
});
