import { describe, expect, it } from 'vitest';
import { testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { extractSkills } from './extract-skills.ts';
import { togetherMatches, withTogether } from './together.ts';

const taxonomy = testTaxonomy(
  [
    { id: 'liaison', label: 'Liaison', kind: 'soft' },
    { id: 'python', label: 'Python', kind: 'technical', aliases: ['Python'] },
  ],
  [],
  [
    {
      skill: 'liaison',
      groups: [
        ['developers', 'dev lead', { text: 'IT', caseSensitive: true }],
        ['client', 'product'],
        ['with'],
      ],
    },
  ],
);
const spans = (text: string) => togetherMatches(text, taxonomy).map((m) => text.slice(m.start, m.end));

describe('togetherMatches', () => {
  it('spans the words of every group in one clause, from the first to the last', () => {
    expect(spans('Weekly steering with the client and their IT director.')).toEqual([
      'with the client and their IT',
    ]);
    expect(spans('• Put the regression plan together with the dev lead for the client')).toEqual([
      'with the dev lead for the client',
    ]);
  });

  it('needs every group: a clause without one shows nothing', () => {
    expect(spans('Weekly steering with the client.')).toEqual([]);
    expect(spans('Paired with developers on the build.')).toEqual([]);
  });

  it('stays within a clause: a full stop, a semicolon or a list mark ends it', () => {
    expect(spans('Met the client. Worked with developers.')).toEqual([]);
    expect(spans('Met the client; worked with developers')).toEqual([]);
    expect(spans('Client calls • paired with developers')).toEqual([]);
    expect(spans('Client calls\tpaired with developers')).toEqual([]);
    expect(spans('Met the client\nWorked with developers')).toEqual([]);
  });

  it('reads whole words, in the casing a word asks for', () => {
    expect(spans('It was agreed with the client')).toEqual([]);
    expect(spans('Worked with production developers')).toEqual([]);
    expect(spans('Agreed the date with IT and product')).toEqual(['with IT and product']);
  });

  it('gives one span a clause, from the first word of each group, and offsets into the whole text', () => {
    const text = 'Summary\nMet product with developers, then the client with developers again.';
    const found = togetherMatches(text, taxonomy);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ skillId: 'liaison', phrase: true, needsContext: false });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('product with developers');
  });

  it('merges its spans with the matcher output in text order', () => {
    const text = 'Python scripts. Met the client with developers. Python tests.';
    const merged = withTogether(text, taxonomy, taxonomy.matcher.match(text));
    expect(merged.map((m) => m.skillId)).toEqual(['python', 'liaison', 'python']);
  });

  it('reads an ordered rule in its order, within its words, from any word of the first group', () => {
    const ordered = testTaxonomy(
      [{ id: 'agreeing', label: 'Agreeing', kind: 'soft' }],
      [],
      [
        {
          skill: 'agreeing',
          groups: [['planned', 'set'], ['with'], ['owners', 'team']],
          ordered: true,
          maxWords: 6,
        },
      ],
    );
    const found = (text: string) => togetherMatches(text, ordered).map((m) => text.slice(m.start, m.end));
    expect(found('Set the schedule with application owners')).toEqual([
      'Set the schedule with application owners',
    ]);
    // "with" before the verb, or the party before "with": not in order.
    expect(found('With the owners we planned it')).toEqual([]);
    expect(found('The team complied with what was planned')).toEqual([]);
    // Too far apart, unless a later word of the first group starts a span short enough.
    expect(found('Planned the long and winding migration of servers with owners')).toEqual([]);
    expect(found('Planned the long and winding migration, then set dates with owners')).toEqual([
      'set dates with owners',
    ]);
  });

  it('keeps a rule that asks for it within a stretch without a comma', () => {
    const rule = {
      skill: 'leading',
      groups: [['managed', 'managing'], ['team']],
      ordered: true,
      maxWords: 8,
    };
    const leading = (noComma: boolean) =>
      testTaxonomy([{ id: 'leading', label: 'Leading', kind: 'soft' }], [], [{ ...rule, noComma }]);
    const found = (text: string, noComma: boolean) =>
      togetherMatches(text, leading(noComma)).map((m) => text.slice(m.start, m.end));
    const list = 'Skilled at managing processes, improving operations, team building';
    expect(found(list, false)).toEqual(['managing processes, improving operations, team']);
    expect(found(list, true)).toEqual([]);
    expect(found('Managed onsite operations and a team of 12', true)).toEqual([
      'Managed onsite operations and a team',
    ]);
    // A later word of the first group may start a span without a comma.
    expect(found('Managed vendors, then managing the support team', true)).toEqual([
      'managing the support team',
    ]);
  });

  it('finds nothing in a taxonomy without rules', () => {
    const plain = testTaxonomy([{ id: 'python', label: 'Python', kind: 'technical', aliases: ['Python'] }]);
    expect(togetherMatches('Met the client with developers', plain)).toEqual([]);
  });
});

describe('together rules as a mention (extractSkills)', () => {
  it('quotes the line and grades the clause like any phrase', () => {
    const text =
      'Experience\nAnalyst, Acme (2020 – Present)\n- Ran weekly check-ins with the client and the developers';
    const m = extractSkills(text, taxonomy).mentions.find((x) => x.skillId === 'liaison')!;
    expect(m.line).toBe(3);
    expect(m.quote).toBe('Ran weekly check-ins with the client and the developers');
    expect(m.strength).toBe('applied');
    expect(m.section).toBe('experience');
  });
});
