// The parser process of dist/ runs pdf.js with a V8 code cache (src/isolation/code-cache.ts):
// the report is the same with the cache missing, present, damaged or turned off.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSamples } from '../fixtures/write-samples.ts';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'rolefit.js');
const dir = mkdtempSync(join(tmpdir(), 'rolefit-code-cache-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { pdf } = writeSamples(join(dir, 'samples'));
const cacheHome = join(dir, 'xdg');
const cacheDir = join(cacheHome, 'rolefit', 'code-cache');

async function analyze(env: Record<string, string>) {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [bin, 'analyze', pdf, '--format', 'json'],
    {
      env: { ...process.env, HOME: dir, XDG_CACHE_HOME: cacheHome, ROLEFIT_DATABASE_URL: '', ...env },
    },
  );
  expect(stderr).toBe('');
  return stdout;
}

/** The parser writes its cache after it answered; the command may end first, so wait a little. */
async function cacheFiles(): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    try {
      const files = readdirSync(cacheDir).filter((n) => n.endsWith('.bin'));
      if (files.length > 0) return files;
    } catch {
      // Not yet made.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

describe('the parser code cache (dist/)', () => {
  it('changes nothing in the report: off, missing, present, damaged', { timeout: 60_000 }, async () => {
    const off = await analyze({ ROLEFIT_CODE_CACHE: '0' });
    expect(JSON.parse(off).score).toBeTypeOf('number');
    expect(() => readdirSync(cacheDir)).toThrow();
    expect(await analyze({})).toBe(off);
    const files = await cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^pdfjs\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-/);
    expect(await analyze({})).toBe(off);
    const path = join(cacheDir, files[0]!);
    const damaged = readFileSync(path);
    for (let i = 100; i < damaged.length; i += 1000) damaged[i] = damaged[i]! ^ 0x5a;
    writeFileSync(path, damaged);
    expect(await analyze({})).toBe(off);
  });

  it('runs when the cache folder cannot be made', { timeout: 60_000 }, async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where the cache folder would be');
    const off = await analyze({ ROLEFIT_CODE_CACHE: 'off' });
    expect(await analyze({ XDG_CACHE_HOME: blocker })).toBe(off);
  });
});
