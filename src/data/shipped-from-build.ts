// The shipped data as the build prepared it (dist/prepared/*.json): validated and compiled once,
// restored here without a schema or a matcher compile. scripts/build.ts puts this module in place
// of shipped-from-sources.ts.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RolefitError } from '../errors.ts';
import { VERSION } from '../version.ts';
import { PREPARED_TRIE_FILE, restoreShippedData } from './prepared.ts';

// Beside the bundle's chunks in dist/.
const path = (file: string) => fileURLToPath(new URL(`./prepared/${file}`, import.meta.url));

export const shippedData = restoreShippedData(
  {
    part(name) {
      try {
        const bytes = readFileSync(path(`${name}.json`));
        // The build writes ASCII (asciiJson in prepared.ts), which needs no UTF-8 decoding: 1 ms
        // instead of about 25 for the taxonomy's 1.1 MB. Any other text is decoded as UTF-8.
        return JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
      } catch {
        return undefined;
      }
    },
    trie() {
      try {
        return readFileSync(path(PREPARED_TRIE_FILE));
      } catch {
        return undefined;
      }
    },
  },
  VERSION,
  (part) => {
    throw new RolefitError(
      'INVALID_DATA',
      `rolefit's prepared data (${path(`${part}.json`)}) is missing or from another version.`,
      'Reinstall rolefit; in a checkout, run "npm run build".',
    );
  },
);
