import { fail, type Issue, ok, type Result } from '../result.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { checkGuidanceReferences, type GuidanceData } from './check-guidance.ts';
import {
  backgroundsFileSchema,
  learningFileSchema,
  phrasingFileSchema,
  transitionsFileSchema,
} from './schema.ts';

export interface GuidanceRaw {
  backgrounds: unknown;
  transitions: unknown;
  learning: unknown;
  phrasing: unknown;
}

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

/** The four guidance files checked against their schemas, every problem listed. */
export function parseGuidanceFiles(raw: GuidanceRaw): Result<GuidanceData, Issue[]> {
  const issues: Issue[] = [];
  const backgrounds = parse(backgroundsFileSchema, raw.backgrounds, 'backgrounds', issues);
  const transitions = parse(transitionsFileSchema, raw.transitions, 'transitions', issues);
  const learning = parse(learningFileSchema, raw.learning, 'learning', issues);
  const phrasing = parse(phrasingFileSchema, raw.phrasing, 'phrasing', issues);
  if (!backgrounds || !transitions || !learning || !phrasing) return fail(issues);
  return ok({ backgrounds, transitions, learning, phrasing });
}

/** Validates guidance data and checks every skill, requirement, dimension and background it names. */
export function loadGuidanceData(
  raw: GuidanceRaw,
  role: Role,
  taxonomy: Taxonomy,
): Result<GuidanceData, Issue[]> {
  const parsed = parseGuidanceFiles(raw);
  if (!parsed.ok) return parsed;
  const issues = checkGuidanceReferences(parsed.value, role, taxonomy);
  return issues.length > 0 ? fail(issues) : parsed;
}
