import type { ListingRequirement, ListingSkill, ListingSkillSet } from './listing.ts';

/** Requirement kinds as stored in packed form and in the index: 0 required, 1 preferred, 2 mentioned. */
export const KIND_CODES: readonly ListingRequirement[] = ['required', 'preferred', 'mentioned'];
const PACK_LETTER = ['r', 'p', 'm'] as const;
const KIND_OF_LETTER: Record<string, number> = { r: 0, p: 1, m: 2 };

/** Skills as `r:a,b;p:c;m:d` (required, preferred, mentioned): compact, and parsed without JSON. */
export function packSkills(skills: readonly ListingSkill[]): string {
  const groups: string[][] = [[], [], []];
  for (const s of skills) groups[KIND_CODES.indexOf(s.requirement)]!.push(s.skillId);
  return groups
    .map((ids, k) => (ids.length > 0 ? `${PACK_LETTER[k]}:${ids.join(',')}` : ''))
    .filter(Boolean)
    .join(';');
}

export function unpackSkills(packed: string): ListingSkill[] {
  const out: ListingSkill[] = [];
  forEachPacked(packed, (skillId, kind) => out.push({ skillId, requirement: KIND_CODES[kind]! }));
  return out;
}

function forEachPacked(packed: string, visit: (skillId: string, kind: number) => void): void {
  if (packed.length === 0) return;
  for (const group of packed.split(';')) {
    const kind = KIND_OF_LETTER[group.charAt(0)];
    if (kind === undefined) continue;
    for (const skillId of group.slice(2).split(',')) if (skillId) visit(skillId, kind);
  }
}

/**
 * Many listings' skills in columns, skill ids interned to small integers: comparing one person
 * against 100,000 listings is then a pass over typed arrays, with no object per skill.
 */
export interface SkillSetIndex {
  size: number;
  ids: string[];
  titles: string[];
  companies: Array<string | undefined>;
  /** Interned skill ids: `skills` holds indexes into this. */
  skillIds: string[];
  /** Listing i's skills are `skills[offsets[i]] … skills[offsets[i + 1] - 1]`. */
  offsets: Uint32Array;
  skills: Uint32Array;
  /** Kind of each entry of `skills` (see KIND_CODES). */
  kinds: Uint8Array;
}

class IndexBuilder {
  private readonly intern = new Map<string, number>();
  readonly skillIds: string[] = [];
  readonly ids: string[] = [];
  readonly titles: string[] = [];
  readonly companies: Array<string | undefined> = [];
  private offsets: number[] = [0];
  private skills = new Uint32Array(1024);
  private kinds = new Uint8Array(1024);
  private used = 0;

  add(
    id: string,
    title: string,
    company: string | undefined,
    each: (visit: (skillId: string, kind: number) => void) => void,
  ) {
    this.ids.push(id);
    this.titles.push(title);
    this.companies.push(company);
    each((skillId, kind) => {
      let k = this.intern.get(skillId);
      if (k === undefined) {
        k = this.skillIds.length;
        this.intern.set(skillId, k);
        this.skillIds.push(skillId);
      }
      if (this.used === this.skills.length) {
        const skills = new Uint32Array(this.used * 2);
        skills.set(this.skills);
        this.skills = skills;
        const kinds = new Uint8Array(this.used * 2);
        kinds.set(this.kinds);
        this.kinds = kinds;
      }
      this.skills[this.used] = k;
      this.kinds[this.used] = kind;
      this.used++;
    });
    this.offsets.push(this.used);
  }

  build(): SkillSetIndex {
    return {
      size: this.ids.length,
      ids: this.ids,
      titles: this.titles,
      companies: this.companies,
      skillIds: this.skillIds,
      offsets: Uint32Array.from(this.offsets),
      skills: this.skills.slice(0, this.used),
      kinds: this.kinds.slice(0, this.used),
    };
  }
}

/** Indexes rows whose skills are packed (as the store keeps them). */
export function indexPackedSkillSets(
  rows: Iterable<{ id: string; title: string; company?: string | undefined; skills: string }>,
): SkillSetIndex {
  const b = new IndexBuilder();
  for (const r of rows) b.add(r.id, r.title, r.company, (visit) => forEachPacked(r.skills, visit));
  return b.build();
}

/** Indexes skill sets given as objects. */
export function indexSkillSets(sets: readonly ListingSkillSet[]): SkillSetIndex {
  const b = new IndexBuilder();
  for (const s of sets) {
    b.add(s.id, s.title, s.company, (visit) => {
      for (const skill of s.skills) visit(skill.skillId, KIND_CODES.indexOf(skill.requirement));
    });
  }
  return b.build();
}

export const isSkillSetIndex = (x: unknown): x is SkillSetIndex =>
  typeof x === 'object' &&
  x !== null &&
  'offsets' in x &&
  (x as SkillSetIndex).offsets instanceof Uint32Array;

/** Demand share per skill id over indexed listings, for weighting gaps and strengths. */
export function indexDemandShares(index: SkillSetIndex): Map<string, number> {
  const counts = new Uint32Array(index.skillIds.length);
  for (const k of index.skills) counts[k]!++;
  return new Map(index.skillIds.map((id, k) => [id, index.size === 0 ? 0 : counts[k]! / index.size]));
}
