// `npm start` runs this first: builds the web app when web-dist/ is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'web-dist', 'index.html');
// The web app bundles the core and the shipped data for local-only mode, so they are sources too.
const SOURCES = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'src/core',
  'src/data',
  'src/readers/text.ts',
  'data',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), info.mtimeMs);
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (builtAt < sourcesAt) {
  process.stderr.write(builtAt === 0 ? 'Building the web app…\n' : 'Web app sources changed: rebuilding…\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
}
