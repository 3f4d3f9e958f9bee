// The guidance data shipped with rolefit, imported as modules (no I/O) and validated once at first use.

import phrasingRaw from '../../../data/learning/phrasing.json' with { type: 'json' };
import tpmLearningRaw from '../../../data/learning/technical-project-manager.json' with { type: 'json' };
import backgroundsRaw from '../../../data/transitions/backgrounds.json' with { type: 'json' };
import tpmTransitionsRaw from '../../../data/transitions/technical-project-manager.json' with {
  type: 'json',
};
import { fail, type Issue, ok, type Result } from '../result.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import {
  BACKGROUND_IDS,
  type BackgroundsFile,
  backgroundsFileSchema,
  type LearningFile,
  learningFileSchema,
  type PhrasingFile,
  phrasingFileSchema,
  type TransitionsFile,
  transitionsFileSchema,
} from './schema.ts';

/** Everything guidance needs for one role. */
export interface GuidanceData {
  backgrounds: BackgroundsFile;
  transitions: TransitionsFile;
  learning: LearningFile;
  phrasing: PhrasingFile;
}

export interface GuidanceRaw {
  backgrounds: unknown;
  transitions: unknown;
  learning: unknown;
  phrasing: unknown;
}

/** Transition and learning files shipped per role id. */
const BUNDLED: Record<string, { transitions: unknown; learning: unknown }> = {
  'technical-project-manager': { transitions: tpmTransitionsRaw, learning: tpmLearningRaw },
};

function parse<T>(
  schema: {
    safeParse(
      x: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ message: string; path: PropertyKey[] }> } };
  },
  raw: unknown,
  file: string,
  issues: Issue[],
): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues)
    issues.push({
      code: 'GUIDANCE_INVALID',
      message: `${file}: ${i.message}`,
      path: i.path.map(String).join('.'),
    });
  return undefined;
}

/** Validates guidance data and checks every skill, requirement, dimension and background it names. */
export function loadGuidanceData(
  raw: GuidanceRaw,
  role: Role,
  taxonomy: Taxonomy,
): Result<GuidanceData, Issue[]> {
  const issues: Issue[] = [];
  const backgrounds = parse(backgroundsFileSchema, raw.backgrounds, 'backgrounds', issues);
  const transitions = parse(transitionsFileSchema, raw.transitions, 'transitions', issues);
  const learning = parse(learningFileSchema, raw.learning, 'learning', issues);
  const phrasing = parse(phrasingFileSchema, raw.phrasing, 'phrasing', issues);
  if (!backgrounds || !transitions || !learning || !phrasing) return fail(issues);

  const requirements = new Set(role.requirements.map((r) => r.skill));
  const dimensions = new Set(role.fitDimensions.map((d) => d.id));
  const skill = (s: string, where: string) => {
    if (!taxonomy.byId.has(s))
      issues.push({ code: 'GUIDANCE_UNKNOWN_SKILL', message: `${where} names unknown skill "${s}"` });
  };
  const requirement = (r: string, where: string) => {
    if (!requirements.has(r))
      issues.push({
        code: 'GUIDANCE_UNKNOWN_REQUIREMENT',
        message: `${where} names "${r}", not a requirement of ${role.id}`,
      });
  };
  for (const b of backgrounds.backgrounds) for (const s of b.skills) skill(s, `background ${b.id}`);
  const seen = new Set(backgrounds.backgrounds.map((b) => b.id));
  for (const id of BACKGROUND_IDS)
    if (id !== 'other' && !seen.has(id))
      issues.push({ code: 'GUIDANCE_MISSING', message: `background "${id}" is not defined` });
  for (const id of Object.keys(role.trackRecord?.backgrounds ?? {}))
    if (!seen.has(id as never))
      issues.push({
        code: 'GUIDANCE_MISSING',
        message: `the role's track record names unknown background "${id}"`,
      });
  if (transitions.role !== role.id || learning.role !== role.id)
    issues.push({ code: 'GUIDANCE_ROLE_MISMATCH', message: `guidance data is not for role ${role.id}` });
  const from = new Set(transitions.transitions.map((t) => t.from));
  for (const id of BACKGROUND_IDS)
    if (!from.has(id)) issues.push({ code: 'GUIDANCE_MISSING', message: `no transition from "${id}"` });
  for (const t of transitions.transitions) {
    for (const tr of t.transfers) for (const s of tr.skills) skill(s, `transition from ${t.from}`);
    for (const g of t.gaps) requirement(g.requirement, `transition from ${t.from}`);
  }
  for (const f of transitions.fitSignals) {
    if (!dimensions.has(f.dimension))
      issues.push({
        code: 'GUIDANCE_UNKNOWN_DIMENSION',
        message: `fit signal names unknown dimension "${f.dimension}"`,
      });
    for (const s of f.skills) skill(s, `fit signal ${f.dimension}`);
  }
  for (const c of learning.certifications)
    for (const r of c.addresses) requirement(r, `certification ${c.id}`);
  for (const a of learning.actions) requirement(a.requirement, 'learning action');
  for (const r of phrasing.rules) {
    requirement(r.requirement, `phrasing rule ${r.id}`);
    skill(r.skill, `phrasing rule ${r.id}`);
  }
  return issues.length > 0 ? fail(issues) : ok({ backgrounds, transitions, learning, phrasing });
}

const cache = new WeakMap<Taxonomy, Map<string, GuidanceData | null>>();

/** Shipped guidance for a role, or undefined when rolefit has none for it. Invalid shipped data is a bug: it throws. */
export function bundledGuidance(role: Role, taxonomy: Taxonomy): GuidanceData | undefined {
  const forTaxonomy = cache.get(taxonomy) ?? new Map<string, GuidanceData | null>();
  cache.set(taxonomy, forTaxonomy);
  const hit = forTaxonomy.get(role.id);
  if (hit !== undefined) return hit ?? undefined;
  const files = BUNDLED[role.id];
  if (!files) {
    forTaxonomy.set(role.id, null);
    return undefined;
  }
  const loaded = loadGuidanceData(
    { backgrounds: backgroundsRaw, phrasing: phrasingRaw, ...files },
    role,
    taxonomy,
  );
  if (!loaded.ok)
    throw new Error(`bundled guidance data is invalid:\n${loaded.error.map((i) => i.message).join('\n')}`);
  forTaxonomy.set(role.id, loaded.value);
  return loaded.value;
}
