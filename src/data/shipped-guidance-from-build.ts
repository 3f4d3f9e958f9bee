// What the build (scripts/build.ts) puts in place of src/core/guidance/shipped-guidance.ts: the
// guidance files as the build checked them (dist/prepared/guidance.json), read without a schema.
import type { GuidanceData } from '../core/guidance/check-guidance.ts';
import { shippedData } from './shipped-from-build.ts';

export function shippedGuidanceFiles(roleId: string): GuidanceData | undefined {
  return shippedData.guidance(roleId);
}
