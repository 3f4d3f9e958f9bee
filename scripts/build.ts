/**
 * `npm run build`: dist/ with what the package runs, so nothing is compiled at start-up.
 *
 *   dist/rolefit.js          the CLI (package.json "bin")
 *   dist/index.js            the library: read, analyze, render (package.json "exports")
 *   dist/server.js           the HTTP server factory
 *   dist/*-worker.js         worker-thread entries (every src/**\/*-worker.ts)
 *   dist/code-cache.js       the V8 code cache loader the parser process starts with
 *   dist/pdfjs.cjs           pdf.js as one CommonJS script, which that loader can cache
 *   dist/chunk-*.js          code the entries share, loaded when a command needs it
 *   dist/prepared/           the taxonomy (and its matcher, laid out), roles, guidance, O*NET
 *                            demand and market snapshot, validated and compiled once
 *   dist/web/                the web app (Vite)
 *
 *   npx tsx scripts/build.ts              build everything
 *   npx tsx scripts/build.ts --if-stale   only the parts older than their sources
 *   npx tsx scripts/build.ts --no-web     leave the web app out (tests build their own)
 *
 * esbuild bundles our code with its pure-JS dependencies (zod, kysely, fastify, …) into chunks
 * that a command loads only when it needs them, so a command resolves a handful of files instead
 * of hundreds; native and file-finding ones stay external (EXTERNAL). Measured against plain tsc
 * output in docs/benchmarks.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const ifStale = args.has('--if-stale');
const withWeb = !args.has('--no-web');

/**
 * Left out of the bundle, installed as dependencies: native code (better-sqlite3), packages that
 * find their own files at run time (pdf.js's worker and fonts; tesseract.js's worker script, its
 * core's wasm and the OCR model), and large trees loaded lazily for one kind of input or store
 * (mammoth, pg). Everything else is bundled, fastify included, so what its dependencies declare
 * (some want Node 22) does not decide where rolefit installs.
 */
export const EXTERNAL = ['better-sqlite3', 'pg', 'pdfjs-dist', 'mammoth', 'tesseract.js'];

const NODE_SOURCES = ['src', 'data', 'package.json', 'scripts/build.ts'];
const WEB_SOURCES = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'src/core',
  'src/data',
  'src/readers',
  'data',
];
const NODE_STAMP = join(dist, 'prepared', 'taxonomy.json');
const WEB_STAMP = join(dist, 'web', 'index.html');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), info.mtimeMs);
}

const isStale = (stamp: string, sources: string[]) =>
  !existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(...sources.map((s) => newest(join(root, s))));

function workerEntries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return workerEntries(path);
    return /-worker\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Writes beside the target and renames, so a process running from dist/ never reads half a file. */
function writeAtomic(path: string, contents: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** Bundles the entries and writes the prepared data; returns the files written. */
export async function buildNode(): Promise<string[]> {
  const { build } = await import('esbuild');
  const entryPoints: Record<string, string> = {
    rolefit: join(root, 'src/cli/main.ts'),
    index: join(root, 'src/index.ts'),
    server: join(root, 'src/server/index.ts'),
    'code-cache': join(root, 'src/isolation/code-cache.ts'),
  };
  for (const worker of workerEntries(join(root, 'src'))) entryPoints[basename(worker, '.ts')] = worker;
  const result = await build({
    entryPoints,
    outdir: dist,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Flat: modules find their siblings (read-worker.js, prepared/) beside themselves.
    chunkNames: 'chunk-[hash]',
    external: EXTERNAL,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
    // Bundled CommonJS packages (fastify and its plugins) require() Node's modules; ESM has no require.
    banner: {
      js: "import { createRequire as __rolefitCreateRequire } from 'node:module'; const require = __rolefitCreateRequire(import.meta.url);",
    },
    plugins: [
      {
        // The data the build prepared replaces validation at start-up (src/data/prepared.ts), so
        // no schema and no zod load with it.
        name: 'prepared-data',
        setup(b) {
          b.onResolve({ filter: /\/shipped-from-sources\.ts$/ }, (a) => ({
            path: join(a.resolveDir, 'shipped-from-build.ts'),
          }));
          b.onResolve({ filter: /\/shipped-guidance\.ts$/ }, () => ({
            path: join(root, 'src/data/shipped-guidance-from-build.ts'),
          }));
        },
      },
    ],
  });

  const pdfjs = await buildPdfjsScript(build);

  const { validatedShippedData } = await import('../src/data/shipped-from-sources.ts');
  const { prepareShippedData, PREPARED_TRIE_FILE } = await import('../src/data/prepared.ts');
  const { VERSION } = await import('../src/version.ts');
  const prepared = prepareShippedData(validatedShippedData(), VERSION);

  const written = new Set<string>();
  for (const file of result.outputFiles) {
    // The CLI runs as a program (package.json "bin").
    const cli = file.path === join(dist, 'rolefit.js');
    writeAtomic(file.path, cli ? `#!/usr/bin/env node\n${file.text}` : file.contents);
    written.add(file.path);
  }
  writeAtomic(pdfjs.path, pdfjs.text);
  written.add(pdfjs.path);
  const triePath = join(dist, 'prepared', PREPARED_TRIE_FILE);
  writeAtomic(triePath, prepared.trie);
  written.add(triePath);
  for (const [part, json] of Object.entries(prepared.parts)) {
    const path = join(dist, 'prepared', `${part}.json`);
    // The taxonomy goes last: its time stamps the whole node build.
    if (path !== NODE_STAMP) writeAtomic(path, json);
    written.add(path);
  }
  writeAtomic(NODE_STAMP, prepared.parts.taxonomy);
  for (const name of readdirSync(dist)) {
    const path = join(dist, name);
    if (/\.js$/.test(name) && !written.has(path)) rmSync(path, { force: true });
  }
  return [...written];
}

/**
 * pdf.js (and its worker module, which the parser runs in-process) as one CommonJS script, so
 * the parser process can run it with a V8 code cache (src/isolation/code-cache.ts; Node 20 has
 * none for ES modules). ASCII, so V8 holds it one byte a character; its first line is its content
 * hash, which names its cache. The package's license notices are kept.
 */
async function buildPdfjsScript(
  build: typeof import('esbuild').build,
): Promise<{ path: string; text: string }> {
  const path = join(dist, 'pdfjs.cjs');
  const result = await build({
    entryPoints: [join(root, 'src/readers/pdfjs-bundle.ts')],
    outfile: path,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    charset: 'ascii',
    // pdf.js comes minified; printed again unminified it would be 40% larger.
    minify: true,
    write: false,
    logLevel: 'warning',
    legalComments: 'inline',
    // pdf.js asks import.meta.url only to require optional packages (canvas) beside itself.
    define: { 'import.meta.url': '__rolefitScriptUrl' },
    banner: { js: "var __rolefitScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  const code = result.outputFiles[0]!.text;
  const key = createHash('sha256').update(code).digest('hex');
  return { path, text: `// rolefit-code-cache-key: ${key}\n${code}` };
}

export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

/** Builds what is missing or older than its sources (or everything); quiet when nothing was to do. */
export async function buildDist(options: { ifStale: boolean; web: boolean }): Promise<void> {
  const say = (s: string) => process.stderr.write(`${s}\n`);
  if (!options.ifStale || isStale(NODE_STAMP, NODE_SOURCES)) {
    const started = performance.now();
    const files = await buildNode();
    say(
      `Built ${files.length} files in ${relative(process.cwd(), dist) || '.'}/ (${Math.round(performance.now() - started)} ms).`,
    );
  }
  if (options.web && (!options.ifStale || isStale(WEB_STAMP, WEB_SOURCES))) {
    const started = performance.now();
    await buildWeb();
    say(
      `Built the web app in ${relative(process.cwd(), join(dist, 'web'))}/ (${Math.round(performance.now() - started)} ms).`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildDist({ ifStale, web: withWeb });
}
