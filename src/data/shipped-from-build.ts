// The shipped data as the build prepared it (dist/prepared/*.json): validated and compiled once,
// restored here without a schema or a matcher compile. scripts/build.ts puts this module in place
// of shipped-from-sources.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RolefitError } from '../errors.ts';
import { VERSION } from '../version.ts';
import { type PreparedPart, restoreShippedData } from './prepared.ts';

// Beside the bundle's chunks in dist/.
const path = (part: PreparedPart) => fileURLToPath(new URL(`./prepared/${part}.json`, import.meta.url));

export const shippedData = restoreShippedData(
  (part) => {
    try {
      return JSON.parse(readFileSync(path(part), 'utf8'));
    } catch {
      return undefined;
    }
  },
  VERSION,
  (part) => {
    throw new RolefitError(
      'INVALID_DATA',
      `rolefit's prepared data (${path(part)}) is missing or from another version.`,
      'Reinstall rolefit; in a checkout, run "npm run build".',
    );
  },
);
