import { fileURLToPath } from 'node:url';

/**
 * The folder of package.json. This module sits one folder below it both as a source file
 * (src/package-root.ts) and bundled into a chunk (dist/chunk-*.js), so one rule finds it.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
