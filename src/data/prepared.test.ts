import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../core/analysis/analyze.ts';
import {
  PREPARED_PARTS,
  type PreparedPart,
  type PreparedReader,
  prepareShippedData,
  restoreShippedData,
} from './prepared.ts';
import { shippedData, validatedShippedData } from './shipped-from-sources.ts';

// What the build writes to dist/prepared/ and the CLI reads back must be the data it was made from.
const { parts, trie } = prepareShippedData(validatedShippedData(), '9.9.9');
const refuse = (part: PreparedPart): never => {
  throw new Error(`refused ${part}`);
};
const reader = (change: Partial<PreparedReader> = {}): PreparedReader => ({
  part: (part) => JSON.parse(parts[part]),
  trie: () => trie,
  ...change,
});
const restored = restoreShippedData(reader(), '9.9.9', refuse);
const example = (name: string) =>
  readFileSync(new URL(`../../examples/resumes/${name}`, import.meta.url), 'utf8');

describe('prepared shipped data', () => {
  it('writes one JSON file per part', () => {
    expect(Object.keys(parts).sort()).toEqual([...PREPARED_PARTS].sort());
  });

  it('writes ASCII only, so reading needs no UTF-8 decoding; the labels keep their accents', () => {
    // JSON.stringify escapes control characters, so printable ASCII is all there is.
    for (const json of Object.values(parts)) expect(/[^ -~]/.test(json)).toBe(false);
    expect(parts.taxonomy).toContain('\\u');
    expect(JSON.stringify(restored.taxonomy().skills)).toBe(JSON.stringify(shippedData.taxonomy().skills));
  });

  it('restores the roles, O*NET demand, market snapshot, guidance and taxonomy it was made from', () => {
    expect(restored.roles()).toEqual(shippedData.roles());
    expect(restored.onetDemand()).toEqual(shippedData.onetDemand());
    expect(restored.marketSnapshot()).toEqual(shippedData.marketSnapshot());
    const roleId = shippedData.roles()[0]!.id;
    expect(restored.guidance(roleId)).toEqual(shippedData.guidance(roleId));
    expect(restored.guidance(roleId)?.backgrounds.backgrounds.length).toBe(10);
    expect(restored.guidance('astronaut')).toBeUndefined();
    expect(restored.guidance('constructor')).toBeUndefined();
    const [a, b] = [restored.taxonomy(), shippedData.taxonomy()];
    expect(a.version).toBe(b.version);
    expect(a.skills).toEqual(b.skills);
    expect(a.lookalikes).toEqual(b.lookalikes);
    expect([...a.byId.keys()]).toEqual([...b.byId.keys()]);
    for (const id of ['agile', 'stakeholder-management', 'jira']) {
      expect([...a.narrower(id)]).toEqual([...b.narrower(id)]);
      expect(a.ancestors(id)).toEqual(b.ancestors(id));
    }
    expect(a.matcher.surfaceForms()).toEqual(b.matcher.surfaceForms());
  });

  it('matches the same from a trie that is not 4-byte aligned in memory', () => {
    const shifted = new Uint8Array(trie.length + 1);
    shifted.set(trie, 1);
    const unaligned = restoreShippedData(reader({ trie: () => shifted.subarray(1) }), '9.9.9', refuse);
    const text = example('qa-engineer.txt');
    expect(unaligned.taxonomy().matcher.match(text)).toEqual(shippedData.taxonomy().matcher.match(text));
  });

  it('matches and scores exactly as the matcher compiled from the sources', () => {
    const role = shippedData.roles()[0]!;
    for (const name of ['java-developer.txt', 'qa-engineer.txt', 'scrum-master.md']) {
      const text = example(name);
      expect(restored.taxonomy().matcher.match(text)).toEqual(shippedData.taxonomy().matcher.match(text));
      const document = { format: 'text' as const, text, warnings: [] };
      const asOf = { year: 2026, month: 12 };
      expect(analyzeResume({ document, role, taxonomy: restored.taxonomy(), asOf })).toEqual(
        analyzeResume({ document, role, taxonomy: shippedData.taxonomy(), asOf }),
      );
    }
  });

  it('refuses a part from another version or format, or one that is missing', () => {
    const other = restoreShippedData(reader(), '1.0.0', refuse);
    expect(() => other.roles()).toThrow('refused roles');
    const older = restoreShippedData(
      reader({ part: (part) => ({ ...JSON.parse(parts[part]), format: 0 }) }),
      '9.9.9',
      refuse,
    );
    expect(() => older.taxonomy()).toThrow('refused taxonomy');
    const missing = restoreShippedData(reader({ part: () => undefined }), '9.9.9', refuse);
    expect(() => missing.onetDemand()).toThrow('refused onet-demand');
    // A trie missing, cut short or from another build (its id) is refused with its taxonomy.
    expect(() => restoreShippedData(reader({ trie: () => undefined }), '9.9.9', refuse).taxonomy()).toThrow(
      'refused taxonomy',
    );
    const short = trie.subarray(0, trie.length - 4);
    expect(() => restoreShippedData(reader({ trie: () => short }), '9.9.9', refuse).taxonomy()).toThrow(
      'refused taxonomy',
    );
    const rebuilt = Uint8Array.from(trie);
    rebuilt[0] = rebuilt[0] === 48 ? 49 : 48;
    expect(() => restoreShippedData(reader({ trie: () => rebuilt }), '9.9.9', refuse).taxonomy()).toThrow(
      'refused taxonomy',
    );
  });
});
