// The rules of the line that says what market figures rest on (market-basis.ts) and of typical
// titles (market-titles.ts), one by one.
import { describe, expect, it } from 'vitest';
import { type BasisSource, basisSources, describeMarketBasis, type MarketBasis } from './market-basis.ts';
import { typicalTitle, typicalTitles } from './market-titles.ts';

const source = (name: string, listings: number, dated = listings): BasisSource => ({
  name,
  listings,
  dated,
  dates: dated > 0 ? { from: '2025-01-02', to: '2025-03-04' } : null,
});
const basis = (sources: BasisSource[], over: Partial<MarketBasis> = {}): MarketBasis => ({
  kind: 'store',
  listings: sources.reduce((s, x) => s + x.listings, 0),
  what: 'TPM listings',
  sources,
  dates: { from: '2025-01-02', to: '2025-03-04' },
  ...over,
});

describe('where market figures come from', () => {
  it('orders sources largest first, ties by name, and counts their dated listings', () => {
    const sources = basisSources([
      { source: 'lever', day: '2025-02-01' },
      { source: 'csv', day: undefined },
      { source: 'greenhouse', day: '2025-01-05' },
      { source: 'lever', day: undefined },
      { source: 'greenhouse', day: '2025-03-09' },
      { source: 'ashby', day: undefined },
    ]);
    expect(sources.map((s) => [s.name, s.listings, s.dated, s.dates])).toEqual([
      ['greenhouse', 2, 2, { from: '2025-01-05', to: '2025-03-09' }],
      ['lever', 2, 1, { from: '2025-02-01', to: '2025-02-01' }],
      ['ashby', 1, 0, null],
      ['csv', 1, 0, null],
    ]);
  });

  it('names one source alone, and four at most, then counts the rest', () => {
    expect(describeMarketBasis(basis([source('Greenhouse', 3)]))).toBe(
      '3 TPM listings from Greenhouse (3), dated 2025-01-02 to 2025-03-04.',
    );
    const five = ['A', 'B', 'C', 'D', 'E'].map((n, k) => source(n, 10 - k));
    expect(describeMarketBasis(basis(five))).toBe(
      '40 TPM listings from A (10), B (9), C (8), D (7) and 1 more source, dated 2025-01-02 to 2025-03-04.',
    );
    const six = [...five, source('F', 1)];
    expect(describeMarketBasis(basis(six))).toBe(
      '41 TPM listings from A (10), B (9), C (8), D (7) and 2 more sources, dated 2025-01-02 to 2025-03-04.',
    );
    expect(describeMarketBasis(basis(five.slice(0, 4)))).toBe(
      '34 TPM listings from A (10), B (9), C (8) and D (7), dated 2025-01-02 to 2025-03-04.',
    );
  });

  it('leaves out a source with no listings', () => {
    expect(describeMarketBasis(basis([source('Greenhouse', 2), source('Lever', 0)]))).toBe(
      '2 TPM listings from Greenhouse (2), dated 2025-01-02 to 2025-03-04.',
    );
  });

  it('gives one day once, and counts with thousands separators', () => {
    expect(
      describeMarketBasis(
        basis([source('Greenhouse', 1200, 1000)], { dates: { from: '2025-03-04', to: '2025-03-04' } }),
      ),
    ).toBe('1,200 TPM listings from Greenhouse (1,200), dated 2025-03-04 (200 undated).');
  });

  it('says nothing of undated listings when every listing is dated', () => {
    expect(describeMarketBasis(basis([source('Greenhouse', 2, 2)]))).not.toContain('undated');
  });
});

describe('typical titles', () => {
  const names = ['Technical Program Manager'];

  it('keeps acronyms and lower-cases the small words inside a title', () => {
    expect(typicalTitle('PROGRAMS FOR AI AND ML', [])).toBe('Programs for AI and ML');
    expect(typicalTitle('THE DELIVERY MANAGER FOR IT', [])).toBe('The Delivery Manager for IT');
    expect(typicalTitle('Director, C++ & QA', [])).toBe('Director');
  });

  it('prefers the part naming a role, then one naming a manager, then the first part', () => {
    expect(typicalTitle('Cloud Platform | Technical Program Manager', names)).toBe(
      'Technical Program Manager',
    );
    expect(typicalTitle('Cloud Platform | Delivery Manager', names)).toBe('Delivery Manager');
    expect(typicalTitle('Cloud Platform / Delivery', names)).toBe('Cloud Platform');
    // A blank role name names nothing.
    expect(typicalTitle('Cloud Platform / Delivery Manager', ['  '])).toBe('Delivery Manager');
  });

  it('splits at commas, brackets, bars, dashes and slashes, but not inside a word', () => {
    expect(typicalTitle('Program Manager – EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Program Manager - EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Program Manager -EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Program Manager- EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Program Manager — EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Cross-Team Program Manager', names)).toBe('Cross-team Program Manager');
    expect(typicalTitle('Program Manager (EMEA', names)).toBe('Program Manager');
    expect(typicalTitle('Platform) Program Manager', names)).toBe('Platform) Program Manager');
  });

  it('reads a title written in capitals as words, keeping acronyms of up to three letters', () => {
    expect(typicalTitle('HEAD OF AI', [])).toBe('Head of AI');
    expect(typicalTitle('DATA PMO MANAGER', [])).toBe('Data PMO Manager');
    // Mixed case: a four-letter acronym stays.
    expect(typicalTitle('MLOps SDLC Program Manager', [])).toBe('MLOps SDLC Program Manager');
  });

  it('keeps the capitals inside a name, and reads a hyphenated pair as two words', () => {
    expect(typicalTitle('Program Manager for the DevOps Team', [])).toBe(
      'Program Manager for the DevOps Team',
    );
    expect(typicalTitle('iOS Program Manager', [])).toBe('iOS Program Manager');
    expect(typicalTitle('SAFe Program Manager', [])).toBe('SAFe Program Manager');
    expect(typicalTitle('Cross-Team Program Manager', [])).toBe('Cross-team Program Manager');
  });

  it('keeps short acronyms that only begin or end like a level or small word', () => {
    expect(typicalTitle('SRE Program Manager', [])).toBe('SRE Program Manager');
    expect(typicalTitle('PSR Program Manager', [])).toBe('PSR Program Manager');
  });

  it('drops a closing bracket left at the end, and reads a bracket inside a word as a space', () => {
    expect(typicalTitle('Technical Program Manager)', names)).toBe('Technical Program Manager');
    expect(typicalTitle('Delivery Manager]]', [])).toBe('Delivery Manager');
    expect(typicalTitle('Program Manager(Remote)Cloud', [])).toBe('Program Manager Cloud');
  });

  it('drops a part in square brackets as one in round brackets, whole', () => {
    expect(typicalTitle('Program Manager [Remote]', [])).toBe('Program Manager');
    expect(typicalTitle('Program Manager [Remote] Cloud', [])).toBe('Program Manager Cloud');
  });

  it('reads a full stop as a space, so a level glued to the job or ending the title goes', () => {
    expect(typicalTitle('Sr.Program Manager', [])).toBe('Program Manager');
    expect(typicalTitle('Program Manager Sr.', [])).toBe('Program Manager');
  });

  it('skips an empty part', () => {
    expect(typicalTitle('| Delivery Director', [])).toBe('Delivery Director');
  });

  it('keeps the level words when the title is nothing else', () => {
    expect(typicalTitle('Senior Staff', names)).toBe('Senior Staff');
    expect(typicalTitle('Sr. Lead', names)).toBe('Sr. Lead');
    expect(typicalTitle('Senior  Staff', names)).toBe('Senior Staff');
    expect(typicalTitle('Senior Staff (Remote)', names)).toBe('Senior Staff');
  });

  it('counts titles that differ in case as one, keeping the first spelling, ten by default', () => {
    const titles = Array.from({ length: 12 }, (_, k) => `Role ${String.fromCharCode(65 + k)} Manager`);
    expect(typicalTitles(titles, [])).toHaveLength(10);
    expect(typicalTitles(titles, [], { limit: 3 }).map((t) => t.title)).toEqual([
      'Role a Manager',
      'Role B Manager',
      'Role C Manager',
    ]);
    expect(typicalTitles(['Ops Manager', 'QA Manager', 'Dev Manager', 'QA Manager'], [])).toEqual([
      { title: 'QA Manager', listings: 2 },
      { title: 'Dev Manager', listings: 1 },
      { title: 'Ops Manager', listings: 1 },
    ]);
    expect(typicalTitles(['QA Lead Manager', 'qa manager', 'Ops Manager'], [])).toEqual([
      { title: 'QA Manager', listings: 2 },
      { title: 'Ops Manager', listings: 1 },
    ]);
  });
});
