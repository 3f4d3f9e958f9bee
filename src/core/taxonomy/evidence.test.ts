import { describe, expect, it } from 'vitest';
import evidenceFile from '../../../data/taxonomy/evidence.json' with { type: 'json' };
import lookalikesFile from '../../../data/taxonomy/lookalikes.json' with { type: 'json' };
import { bundledTaxonomy } from '../../data/bundled.ts';
import { extractSkills } from '../extract/extract-skills.ts';
import { compileMatcher } from './matcher.ts';

const taxonomy = bundledTaxonomy();
const found = (text: string) => new Set(taxonomy.matcher.match(text).map((m) => m.skillId));
/** What the together rules alone read in a sentence, as the extraction reads it. */
const foundTogether = (text: string) =>
  new Set(
    extractSkills(text, taxonomy)
      .mentions.filter((m) => m.together)
      .map((m) => m.skillId),
  );

/** Each entry's examples: the skill is found in every `shows` sentence and in no `not` one. */
function examples(
  entries: readonly { skill: string; shows: readonly string[]; not?: readonly string[] }[],
  find: (text: string) => Set<string>,
): void {
  for (const entry of entries) {
    describe(entry.skill, () => {
      for (const sentence of entry.shows) {
        it(`finds it in "${sentence}"`, () => {
          expect(find(sentence)).toContain(entry.skill);
        });
      }
      for (const sentence of entry.not ?? []) {
        it(`does not find it in "${sentence}"`, () => {
          expect(find(sentence)).not.toContain(entry.skill);
        });
      }
    });
  }
}

describe('evidence patterns (data/taxonomy/evidence.json)', () => {
  examples(evidenceFile.evidence, found);
});

describe('together rules (data/taxonomy/evidence.json), read by the extraction', () => {
  examples(evidenceFile.together, foundTogether);
});

describe('look-alikes (data/taxonomy/lookalikes.json)', () => {
  const unguarded = compileMatcher(taxonomy.skills, []);
  for (const group of lookalikesFile.groups) {
    for (const example of group.examples) {
      it(`reads nothing into the look-alike in "${example}"`, () => {
        const without = unguarded.match(example).map((m) => `${m.skillId}@${m.start}`);
        const guarded = taxonomy.matcher.match(example).map((m) => `${m.skillId}@${m.start}`);
        // The look-alike takes away at least one match and adds none.
        for (const m of guarded) expect(without).toContain(m);
        expect(guarded.length).toBeLessThan(without.length);
      });
    }
  }
});
