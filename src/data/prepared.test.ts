import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../core/analysis/analyze.ts';
import { PREPARED_PARTS, type PreparedPart, prepareShippedData, restoreShippedData } from './prepared.ts';
import { shippedData, validatedShippedData } from './shipped-from-sources.ts';

// What the build writes to dist/prepared/ and the CLI reads back must be the data it was made from.
const parts = prepareShippedData(validatedShippedData(), '9.9.9');
const refuse = (part: PreparedPart): never => {
  throw new Error(`refused ${part}`);
};
const restored = restoreShippedData((part) => JSON.parse(parts[part]), '9.9.9', refuse);
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
    const other = restoreShippedData((part) => JSON.parse(parts[part]), '1.0.0', refuse);
    expect(() => other.roles()).toThrow('refused roles');
    const older = restoreShippedData((part) => ({ ...JSON.parse(parts[part]), format: 0 }), '9.9.9', refuse);
    expect(() => older.taxonomy()).toThrow('refused taxonomy');
    const missing = restoreShippedData(() => undefined, '9.9.9', refuse);
    expect(() => missing.onetDemand()).toThrow('refused onet-demand');
  });
});
