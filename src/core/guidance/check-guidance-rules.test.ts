import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findRole } from '../../data/bundled.ts';
import type { GuidanceData } from './check-guidance.ts';
import { checkGuidanceReferences } from './check-guidance.ts';
import { loadGuidanceData, parseGuidanceFiles } from './load-guidance.ts';
import { shippedGuidanceFiles } from './shipped-guidance.ts';

const role = findRole('technical-project-manager')!;
const taxonomy = bundledTaxonomy();
/** A copy of the shipped guidance of the TPM role, to break one name at a time. */
const shipped = (): GuidanceData => structuredClone(shippedGuidanceFiles(role.id)!);
const issuesOf = (data: GuidanceData, r = role) => checkGuidanceReferences(data, r, taxonomy);

describe('checkGuidanceReferences', () => {
  it('finds nothing wrong with the shipped guidance of the TPM role', () => {
    expect(issuesOf(shipped())).toEqual([]);
  });

  it('names an unknown skill of a background, a transfer, a fit signal and a phrasing rule, where it is', () => {
    const data = shipped();
    data.backgrounds.backgrounds[0]!.skills.push('no-such-skill');
    data.transitions.transitions[1]!.transfers[0]!.skills.push('no-such-skill');
    data.transitions.fitSignals[0]!.skills.push('no-such-skill');
    data.phrasing.rules[0]!.skill = 'no-such-skill';
    const b = data.backgrounds.backgrounds[0]!.id;
    const t = data.transitions.transitions[1]!.from;
    const f = data.transitions.fitSignals[0]!.dimension;
    const p = data.phrasing.rules[0]!.id;
    expect(issuesOf(data)).toEqual([
      { code: 'GUIDANCE_UNKNOWN_SKILL', message: `background ${b} names unknown skill "no-such-skill"` },
      { code: 'GUIDANCE_UNKNOWN_SKILL', message: `transition from ${t} names unknown skill "no-such-skill"` },
      { code: 'GUIDANCE_UNKNOWN_SKILL', message: `fit signal ${f} names unknown skill "no-such-skill"` },
      { code: 'GUIDANCE_UNKNOWN_SKILL', message: `phrasing rule ${p} names unknown skill "no-such-skill"` },
    ]);
  });

  it('names a requirement the role does not have, in a gap, a certification, a learning action and a phrasing rule', () => {
    const data = shipped();
    data.transitions.transitions[2]!.gaps[0]!.requirement = 'juggling';
    data.learning.certifications[0]!.addresses.push('juggling');
    data.learning.actions[0]!.requirement = 'juggling';
    data.phrasing.rules[1]!.requirement = 'juggling';
    const t = data.transitions.transitions[2]!.from;
    const c = data.learning.certifications[0]!.id;
    const p = data.phrasing.rules[1]!.id;
    const not = `names "juggling", not a requirement of ${role.id}`;
    expect(issuesOf(data)).toEqual([
      { code: 'GUIDANCE_UNKNOWN_REQUIREMENT', message: `transition from ${t} ${not}` },
      { code: 'GUIDANCE_UNKNOWN_REQUIREMENT', message: `certification ${c} ${not}` },
      { code: 'GUIDANCE_UNKNOWN_REQUIREMENT', message: `learning action ${not}` },
      { code: 'GUIDANCE_UNKNOWN_REQUIREMENT', message: `phrasing rule ${p} ${not}` },
    ]);
  });

  it('names a background with no definition (other, which the schema does not let a file define, needs none) and one with no transition', () => {
    const data = shipped();
    data.backgrounds.backgrounds = data.backgrounds.backgrounds.filter((b) => b.id !== 'qa-engineer');
    data.transitions.transitions = data.transitions.transitions.filter((t) => t.from !== 'other');
    expect(issuesOf(data)).toEqual([
      { code: 'GUIDANCE_MISSING', message: 'background "qa-engineer" is not defined' },
      {
        code: 'GUIDANCE_MISSING',
        message: `the role's track record names unknown background "qa-engineer"`,
      },
      { code: 'GUIDANCE_MISSING', message: 'no transition from "other"' },
    ]);
  });

  it("names a background of the role's track record that the guidance does not define", () => {
    const r = structuredClone(role);
    r.trackRecord!.backgrounds = { ...r.trackRecord!.backgrounds, astronaut: 0.5 };
    expect(issuesOf(shipped(), r)).toEqual([
      { code: 'GUIDANCE_MISSING', message: `the role's track record names unknown background "astronaut"` },
    ]);
    const { trackRecord: _, ...withoutTrackRecord } = role;
    expect(issuesOf(shipped(), withoutTrackRecord)).toEqual([]);
  });

  it('names transitions or learning written for another role, either one', () => {
    const mismatch = [
      { code: 'GUIDANCE_ROLE_MISMATCH', message: `guidance data is not for role ${role.id}` },
    ];
    const transitions = shipped();
    transitions.transitions.role = 'product-manager';
    expect(issuesOf(transitions)).toEqual(mismatch);
    const learning = shipped();
    learning.learning.role = 'product-manager';
    expect(issuesOf(learning)).toEqual(mismatch);
  });

  it('names a fit signal whose dimension the role does not score', () => {
    const data = shipped();
    data.transitions.fitSignals[0]!.dimension = 'charisma';
    expect(issuesOf(data)).toEqual([
      { code: 'GUIDANCE_UNKNOWN_DIMENSION', message: 'fit signal names unknown dimension "charisma"' },
    ]);
  });
});

describe('parseGuidanceFiles and loadGuidanceData', () => {
  it('lists the schema problems of every file, each with its file and path, and returns no data', () => {
    const data = shipped();
    const loaded = parseGuidanceFiles({
      backgrounds: { ...data.backgrounds, backgrounds: 'none' },
      transitions: data.transitions,
      learning: { ...data.learning, role: 7 },
      phrasing: data.phrasing,
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.error.map(({ code, message, path }) => [code, message.split(':')[0], path])).toEqual([
        ['GUIDANCE_INVALID', 'backgrounds', 'backgrounds'],
        ['GUIDANCE_INVALID', 'learning', 'role'],
      ]);
  });

  it('fails on a phrasing or transitions file alone', () => {
    const data = shipped();
    for (const key of ['transitions', 'phrasing'] as const) {
      const loaded = parseGuidanceFiles({ ...data, [key]: {} });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.error.every((i) => i.message.startsWith(`${key}: `))).toBe(true);
    }
  });

  it('returns the files as parsed when every name they use is known', () => {
    const data = shipped();
    expect(loadGuidanceData(data, role, taxonomy)).toEqual({ ok: true, value: data });
  });
});

describe('parseGuidanceFiles: a title names one background', () => {
  it('names a title listed under two backgrounds, where the second lists it', () => {
    const data = shipped();
    const first = data.backgrounds.backgrounds[0]!;
    data.backgrounds.backgrounds[3]!.titles.push(first.titles[0]!.toUpperCase());
    const parsed = parseGuidanceFiles(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toEqual([
      expect.objectContaining({
        code: 'GUIDANCE_INVALID',
        message: `backgrounds: "${first.titles[0]!.toUpperCase()}" is already a title of ${first.id}: a title names one background`,
        path: `backgrounds.3.titles.${data.backgrounds.backgrounds[3]!.titles.length - 1}`,
      }),
    ]);
  });
});
