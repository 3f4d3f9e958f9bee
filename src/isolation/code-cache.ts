/**
 * A V8 code cache for CommonJS bundles (dist/pdfjs.cjs): compiled code from an earlier run is
 * handed back to V8, so a process skips parsing and compiling what it ran before. Node 20 has no
 * compile cache for ES modules (`module.enableCompileCache` is Node ≥ 22.1), so the bundle is a
 * script run through `vm.Script` with `cachedData`. Every failure (no cache, a corrupt or foreign
 * one, a read-only directory) loads the bundle as if there were no cache: never an error.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** `ROLEFIT_CODE_CACHE=0` (or off, false, no) turns the cache off. */
export const CODE_CACHE_ENV = 'ROLEFIT_CODE_CACHE';

/** The first line of a bundle the build made: its content hash, which names its cache. */
const KEY_LINE = /^\/\/ rolefit-code-cache-key: ([0-9a-f]{16,64})\n/;
const MAGIC = 0x52464343; // 'RFCC'
const HEADER_BYTES = 12; // magic, payload length, checksum

/** Where cached code lives: $XDG_CACHE_HOME/rolefit, ~/.cache/rolefit, else the temporary folder; undefined when turned off. */
export function codeCacheDir(
  env: Record<string, string | undefined>,
  home: () => string = homedir,
  temp: () => string = tmpdir,
): string | undefined {
  if (/^(0|off|false|no)$/i.test(env[CODE_CACHE_ENV]?.trim() ?? '')) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'rolefit', 'code-cache');
  try {
    const dir = home();
    if (dir) return join(dir, '.cache', 'rolefit', 'code-cache');
  } catch {
    // No home directory (a service account): the temporary folder below.
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join(temp(), `rolefit-${uid}`, 'code-cache');
}

export interface LoadedScript {
  exports: Record<string, unknown>;
  /** Whether V8 took compiled code from the cache. */
  fromCache: boolean;
  /** Writes what this process compiled so far for the next one, when the cache was not used; never throws. */
  save(): void;
}

/**
 * Runs a CommonJS bundle as `require` would, with its code cache in `dir` (none when undefined).
 * Throws only what reading or running the bundle itself throws.
 */
export function loadCachedScript(file: string, dir: string | undefined): LoadedScript {
  const bytes = readFileSync(file);
  // The build writes ASCII (esbuild's default charset), which V8 keeps one byte a character.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = dir === undefined ? undefined : cachePath(dir, file, source);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: pathToFileURL(file).href,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  let saved = fromCache || cacheFile === undefined;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved || cacheFile === undefined) return;
      saved = true;
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // A read-only or full disk: the next process compiles again.
      }
    },
  };
}

/** One file per bundle version, Node version, architecture and V8 flags (which V8 checks too). */
function cachePath(dir: string, file: string, source: string): string | undefined {
  const key = KEY_LINE.exec(source)?.[1];
  if (key === undefined) return undefined;
  const flags = checksum(Buffer.from(process.execArgv.join(' '))).toString(16);
  return join(dir, `${basename(file)}-${key.slice(0, 16)}-${process.version}-${process.arch}-${flags}.bin`);
}

function readCache(path: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length < HEADER_BYTES || file.readUInt32LE(0) !== MAGIC) return undefined;
  const payload = file.subarray(HEADER_BYTES);
  // V8 checks its header but (in a release build) not its payload: a damaged one must not reach it.
  if (file.readUInt32LE(4) !== payload.length || file.readUInt32LE(8) !== checksum(payload)) return undefined;
  return payload;
}

/** Written beside the target and renamed, so a reader never sees half a file. */
function writeCache(path: string, payload: Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(payload.length, 4);
  header.writeUInt32LE(checksum(payload), 8);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([header, payload]), { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  // Caches of this bundle's earlier builds, or for another Node, are never read again; nor is
  // what a writer killed before its rename left (a parser is killed when its command ends).
  const [bundle, key, node] = basename(path).split('-');
  for (const name of readdirSync(dirname(path))) {
    const [b, k, n] = name.split('-');
    if (b !== bundle) continue;
    const other = join(dirname(path), name);
    if (name.endsWith('.bin') ? k !== key || n !== node : isStaleTemp(other)) rmSync(other, { force: true });
  }
}

const isStaleTemp = (path: string) =>
  path.endsWith('.tmp') &&
  (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < Date.now() - 60_000;

/** FNV-1a over 32-bit words (and the tail's bytes): enough to tell a damaged file, cheap on 2 MB. */
export function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  const words = Math.floor(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193);
  for (let i = words * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}
