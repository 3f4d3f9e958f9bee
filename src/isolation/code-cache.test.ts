import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksum, codeCacheDir, loadCachedScript } from './code-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'rolefit-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let fresh = 0;

/** A bundle as the build writes one: its key line, then CommonJS code with a function worth caching. */
function bundle(
  body = 'exports.sum = (n) => { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; };',
): {
  file: string;
  dir: string;
} {
  const at = join(root, `case-${fresh++}`);
  mkdirSync(at);
  const file = join(at, 'bundle.cjs');
  writeFileSync(
    file,
    `// rolefit-code-cache-key: ${'ab12'.repeat(16)}\n${body}\nexports.where = __filename;\n`,
  );
  return { file, dir: join(at, 'cache') };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.bin'));

function run(file: string, dir: string | undefined) {
  const loaded = loadCachedScript(file, dir);
  const sum = (loaded.exports.sum as (n: number) => number)(100);
  loaded.save();
  return { fromCache: loaded.fromCache, sum, where: loaded.exports.where };
}

describe('code cache', () => {
  it('is written by the first run and used by the second, which runs the same code', () => {
    const { file, dir } = bundle();
    expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cacheFiles(dir)[0]).toContain(`-${process.version}-${process.arch}-`);
    expect(run(file, dir)).toEqual({ fromCache: true, sum: 5050, where: file });
  });

  it('falls back to compiling when the cache file is corrupt, and writes a good one', () => {
    const { file, dir } = bundle();
    run(file, dir);
    const path = join(dir, cacheFiles(dir)[0]!);
    const good = readFileSync(path);
    const damaged = Buffer.from(good);
    for (let i = 40; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0xff;
    for (const bad of [
      damaged,
      good.subarray(0, good.length - 5),
      Buffer.from('not a cache'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(path, bad);
      expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
      expect(readFileSync(path).length).toBe(good.length);
      expect(run(file, dir).fromCache).toBe(true);
    }
  });

  it('falls back when V8 rejects the cache (made for other code), and replaces it', () => {
    const { file, dir } = bundle();
    run(file, dir);
    // Same key line, other code: a cache that is whole but not this code's.
    writeFileSync(file, readFileSync(file, 'utf8').replace('s += i', 's += i * 1 + 0 - 0'));
    expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(run(file, dir).fromCache).toBe(true);
  });

  it('runs without a cache when its folder cannot be written', () => {
    const { file } = bundle();
    const blocker = join(root, `blocker-${fresh++}`);
    writeFileSync(blocker, 'a file where the cache folder would be');
    const dir = join(blocker, 'cache');
    expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('is off with ROLEFIT_CODE_CACHE=0 (or off, false, no): nothing is read or written', () => {
    for (const value of ['0', 'off', 'FALSE', 'no', ' 0 '])
      expect(codeCacheDir({ ROLEFIT_CODE_CACHE: value, XDG_CACHE_HOME: '/x' })).toBeUndefined();
    const { file, dir } = bundle();
    expect(run(file, undefined)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(() => readdirSync(dir)).toThrow();
  });

  it('keeps no cache for a file without a key line', () => {
    const { file, dir } = bundle();
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').slice(1).join('\n'));
    expect(run(file, dir)).toEqual({ fromCache: false, sum: 5050, where: file });
    expect(() => readdirSync(dir)).toThrow();
  });

  it('removes the caches of an earlier build of the bundle, not those of other bundles', () => {
    const { file, dir } = bundle();
    mkdirSync(dir, { recursive: true });
    const older = `bundle.cjs-${'cd34'.repeat(4)}-${process.version}-${process.arch}-1.bin`;
    const other = `other.cjs-${'cd34'.repeat(4)}-${process.version}-${process.arch}-1.bin`;
    writeFileSync(join(dir, older), 'old');
    writeFileSync(join(dir, other), 'other');
    // What a writer killed before its rename left: removed once old, a writer's at work kept.
    const killed = `bundle.cjs-${'cd34'.repeat(4)}-${process.version}-${process.arch}-1.bin.123.tmp`;
    const writing = `bundle.cjs-${'cd34'.repeat(4)}-${process.version}-${process.arch}-1.bin.456.tmp`;
    writeFileSync(join(dir, killed), 'half');
    utimesSync(join(dir, killed), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    writeFileSync(join(dir, writing), 'half');
    run(file, dir);
    expect(cacheFiles(dir)).not.toContain(older);
    expect(cacheFiles(dir)).toContain(other);
    expect(cacheFiles(dir)).toHaveLength(2);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([writing]);
  });

  it('lives in $XDG_CACHE_HOME, else ~/.cache, else the temporary folder', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, () => '/home/u')).toBe('/xdg/rolefit/code-cache');
    // A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
    expect(codeCacheDir({ XDG_CACHE_HOME: 'rel' }, () => '/home/u')).toBe(
      '/home/u/.cache/rolefit/code-cache',
    );
    expect(codeCacheDir({}, () => '/home/u')).toBe('/home/u/.cache/rolefit/code-cache');
    const noHome = () => {
      throw new Error('no home');
    };
    expect(codeCacheDir({}, noHome, () => '/tmp')).toMatch(/^\/tmp\/rolefit-[^/]+\/code-cache$/);
  });

  it('checksums tell damaged bytes apart', () => {
    const bytes = new Uint8Array(1001).map((_, i) => i * 7);
    const sum = checksum(bytes);
    bytes[1000] = bytes[1000]! ^ 1;
    expect(checksum(bytes)).not.toBe(sum);
    bytes[1000] = bytes[1000]! ^ 1;
    bytes[3] = bytes[3]! ^ 128;
    expect(checksum(bytes)).not.toBe(sum);
  });
});
