// The rules of the shipped market snapshot's making (market-snapshot.ts), one by one: what it counts,
// what it keeps of each source, and what the line about its basis says.
import { describe, expect, it } from 'vitest';
import type { ListingSkill } from './listing.ts';
import {
  buildMarketSnapshot,
  type SnapshotInput,
  type SnapshotListing,
  snapshotBasis,
} from './market-snapshot.ts';

const asks = (spec: string): ListingSkill[] =>
  spec.split(' ').map((s) => {
    const [skillId, kind] = s.split(':') as [string, string | undefined];
    return { skillId, requirement: kind === 'r' ? 'required' : kind === 'p' ? 'preferred' : 'mentioned' };
  });

const source = (id: string, name: string) => ({
  id,
  name,
  file: `${id}.csv`,
  terms: 'technical program manager',
  read: 10,
  unique: 10,
  roleTitled: 10,
  programManagers: 0,
  disguisedLeftOut: 0,
});
const input = (listings: readonly SnapshotListing[], over: Partial<SnapshotInput> = {}): SnapshotInput => ({
  role: { id: 'technical-program-manager', titleAliases: ['Technical Program Manager'] },
  what: 'TPM listings',
  extractor: 'taxonomy 7; listing 4',
  selection: 'TPM-titled postings',
  attribution: ['Company career sites'],
  sources: [source('a', 'Careers A'), source('b', 'Careers B')],
  listings,
  ...over,
});
const posting = (over: Partial<SnapshotListing> = {}): SnapshotListing => ({
  source: 'a',
  title: 'Technical Program Manager',
  skills: asks('jira:r'),
  ...over,
});

describe('making the snapshot', () => {
  it('gives the same file for the same postings, its version the newest day and a hash of the content', () => {
    const file = buildMarketSnapshot(
      input([
        posting({ day: '2025-10-01', skills: asks('jira:r agile:p') }),
        posting({ day: '2025-11-02', skills: asks('agile:r sql') }),
      ]),
    );
    expect(file.version).toBe('2025-11-02.ee4d96d8');
    expect([file.format, file.role, file.what, file.extractor, file.selection, file.attribution]).toEqual([
      1,
      'technical-program-manager',
      'TPM listings',
      'taxonomy 7; listing 4',
      'TPM-titled postings',
      ['Company career sites'],
    ]);
    // One figure changed, another version.
    const other = buildMarketSnapshot(
      input([
        posting({ day: '2025-10-01', skills: asks('jira:r agile:p') }),
        posting({ day: '2025-11-02', skills: asks('agile:r') }),
      ]),
    );
    expect(other.version).not.toBe(file.version);
    expect(other.version.startsWith('2025-11-02.')).toBe(true);
  });

  it('always ends its version in eight hex digits, leading zeros kept', () => {
    const versions = Array.from(
      { length: 100 },
      (_, k) => buildMarketSnapshot(input([posting()], { extractor: `taxonomy 7; listing ${k}` })).version,
    );
    expect(versions.filter((v) => !/^1970-01-01\.[0-9a-f]{8}$/.test(v))).toEqual([]);
    expect(versions.some((v) => v.startsWith('1970-01-01.0'))).toBe(true);
  });

  it('is dated 1970-01-01 with no dated posting, and lists no demand without postings', () => {
    const undated = buildMarketSnapshot(input([posting()]));
    expect([undated.asOf, undated.dates]).toEqual(['1970-01-01', null]);
    expect(undated.version.startsWith('1970-01-01.')).toBe(true);
    const empty = buildMarketSnapshot(input([]));
    expect([empty.listings, empty.demand, empty.profiles, empty.pairs]).toEqual([0, [], [], []]);
  });

  it('writes each profile required first, then preferred, then mentioned, ids in order within each', () => {
    const file = buildMarketSnapshot(input([posting({ skills: asks('sql zeta:p jira:r alpha:p agile:r') })]));
    expect(file.profiles).toEqual(['r:agile,jira;p:alpha,zeta;m:sql']);
  });

  it('lists a skill that 5% of the postings ask for, and not one fewer ask for', () => {
    const twenty = Array.from({ length: 20 }, (_, k) =>
      posting({ skills: asks(k === 0 ? 'jira:r sql' : 'jira:r') }),
    );
    expect(buildMarketSnapshot(input(twenty)).demand.map((d) => d.skillId)).toEqual(['jira', 'sql']);
    const more = [...twenty, posting()];
    expect(buildMarketSnapshot(input(more)).demand.map((d) => d.skillId)).toEqual(['jira']);
  });

  it('orders demand by how many postings ask, then by id', () => {
    const file = buildMarketSnapshot(
      input([posting({ skills: asks('zeta jira:r') }), posting({ skills: asks('alpha:p zeta:r') })]),
    );
    expect(file.demand).toEqual([
      { skillId: 'zeta', listings: 2, required: 1, preferred: 0, mentioned: 1 },
      { skillId: 'alpha', listings: 1, required: 0, preferred: 1, mentioned: 0 },
      { skillId: 'jira', listings: 1, required: 1, preferred: 0, mentioned: 0 },
    ]);
  });

  it('keeps a title only when two postings carry it, fifteen at most, cut to the extra names given', () => {
    const titles = Array.from({ length: 16 }, (_, k) => `Program Manager ${String.fromCharCode(65 + k)}x`);
    const file = buildMarketSnapshot(
      input([...titles, ...titles, 'Solo Manager'].map((title) => posting({ title }))),
    );
    expect(file.titles).toHaveLength(15);
    expect(file.titles.every((t) => t.listings === 2)).toBe(true);
    const cut = buildMarketSnapshot(
      input(
        ['Program Manager, Cloud', 'Program Manager, Ads'].map((title) => posting({ title })),
        { titleNames: ['Program Manager'] },
      ),
    );
    expect(cut.titles).toEqual([{ title: 'Program Manager', listings: 2 }]);
    // The role's own titles win over the first manager named.
    const role = buildMarketSnapshot(
      input(
        ['Cloud Manager, Technical Program Manager', 'Cloud Manager, Technical Program Manager'].map(
          (title) => posting({ title }),
        ),
      ),
    );
    expect(role.titles).toEqual([{ title: 'Technical Program Manager', listings: 2 }]);
  });

  it('names the five companies with most postings of each source, ties by name', () => {
    const companies = ['F', 'E', 'D', 'C', 'B', 'A', 'A', undefined];
    const file = buildMarketSnapshot(
      input([
        ...companies.map((company) => posting(company ? { company, day: '2025-01-01' } : {})),
        posting({ source: 'b', company: 'Z' }),
      ]),
    );
    expect(file.sources.map((s) => [s.id, s.listings, s.dated, s.companies])).toEqual([
      [
        'a',
        8,
        7,
        [
          { name: 'A', listings: 2 },
          { name: 'B', listings: 1 },
          { name: 'C', listings: 1 },
          { name: 'D', listings: 1 },
          { name: 'E', listings: 1 },
        ],
      ],
      ['b', 1, 0, [{ name: 'Z', listings: 1 }]],
    ]);
  });

  it('counts at most twenty pairs of skills asked together', () => {
    const skills = asks('s1 s2 s3 s4 s5 s6 s7 s8');
    const file = buildMarketSnapshot(input([posting({ skills }), posting({ skills })]));
    expect(file.pairs).toHaveLength(20);
    expect(file.pairs[0]).toEqual({ a: 's1', b: 's2', listings: 2 });
  });
});

describe('what the snapshot rests on', () => {
  it('names its sources with postings, largest first, ties by name, with its version and day', () => {
    const file = buildMarketSnapshot(
      input(
        [
          posting({ source: 'c', day: '2025-02-01' }),
          posting({ source: 'b', day: '2025-03-01' }),
          posting({ source: 'a' }),
          posting({ source: 'a', day: '2025-01-01' }),
        ],
        {
          sources: [
            source('a', 'Careers A'),
            source('c', 'Careers C'),
            source('b', 'Careers B'),
            source('d', 'Careers D'),
          ],
        },
      ),
    );
    expect(snapshotBasis(file)).toEqual({
      kind: 'snapshot',
      listings: 4,
      what: 'TPM listings',
      sources: [
        { name: 'Careers A', listings: 2, dated: 1, dates: { from: '2025-01-01', to: '2025-01-01' } },
        { name: 'Careers B', listings: 1, dated: 1, dates: { from: '2025-03-01', to: '2025-03-01' } },
        { name: 'Careers C', listings: 1, dated: 1, dates: { from: '2025-02-01', to: '2025-02-01' } },
      ],
      dates: { from: '2025-01-01', to: '2025-03-01' },
      snapshot: { version: file.version, asOf: '2025-03-01' },
    });
  });
});
