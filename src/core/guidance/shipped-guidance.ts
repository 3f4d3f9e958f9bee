// The guidance files shipped with rolefit, imported as modules (no I/O) and checked against their
// schemas at first use. The build (scripts/build.ts) puts src/data/shipped-guidance-from-build.ts
// in this module's place: the same files, checked once when the package was built.
import phrasingRaw from '../../../data/learning/phrasing.json' with { type: 'json' };
import tpmLearningRaw from '../../../data/learning/technical-project-manager.json' with { type: 'json' };
import backgroundsRaw from '../../../data/transitions/backgrounds.json' with { type: 'json' };
import tpmTransitionsRaw from '../../../data/transitions/technical-project-manager.json' with {
  type: 'json',
};
import type { GuidanceData } from './check-guidance.ts';
import { parseGuidanceFiles } from './load-guidance.ts';

/** Transition and learning files shipped per role id. */
const BUNDLED: Record<string, { transitions: unknown; learning: unknown }> = {
  'technical-project-manager': { transitions: tpmTransitionsRaw, learning: tpmLearningRaw },
};

const parsed = new Map<string, GuidanceData | null>();

/**
 * The shipped guidance files of a role, checked against their schemas, or undefined when rolefit
 * has none for it. Shipped files that fail are a bug, so this throws with every problem listed.
 */
export function shippedGuidanceFiles(roleId: string): GuidanceData | undefined {
  const hit = parsed.get(roleId);
  if (hit !== undefined) return hit ?? undefined;
  const files = Object.hasOwn(BUNDLED, roleId) ? BUNDLED[roleId] : undefined;
  if (!files) {
    parsed.set(roleId, null);
    return undefined;
  }
  const loaded = parseGuidanceFiles({ backgrounds: backgroundsRaw, phrasing: phrasingRaw, ...files });
  if (!loaded.ok)
    throw new Error(`bundled guidance data is invalid:\n${loaded.error.map((i) => i.message).join('\n')}`);
  parsed.set(roleId, loaded.value);
  return loaded.value;
}
