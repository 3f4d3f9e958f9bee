import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// `rolefit serve` from the installed bin: the store `rolefit ingest` writes to by default, and
// JSON log lines when its output is not a terminal.
const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'rolefit.js');
const home = mkdtempSync(join(tmpdir(), 'rolefit-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { ...process.env, HOME: home, ROLEFIT_DATABASE_URL: '', ROLEFIT_LOG_FORMAT: '' };

/** Starts the server on a free port and returns its address once it says where it serves. */
function serve(args: string[] = [], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    env: { ...env, ...extraEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
  });
  const ready = new Promise<string>((done, failed) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      const address = stderr.match(/API: (http:\/\/[\d.:]+)\//)?.[1];
      if (address) done(address);
    });
    child.on('exit', (code) => failed(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  // Ctrl+C: the server stops by itself, or the test says it did not (and ends it).
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<boolean>((done) => child.once('exit', () => done(true)));
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      exited,
      new Promise<false>((done) => setTimeout(done, 10_000, false)),
    ]);
    if (!stopped) {
      child.kill('SIGKILL');
      throw new Error('rolefit serve did not stop within 10 s of SIGTERM');
    }
  };
  return { ready, stop, output: () => ({ stdout, stderr }) };
}

describe('rolefit serve', () => {
  it('serves the listings rolefit ingest stored in the default store', async () => {
    const run = promisify(execFile);
    const fixture = join(root, 'src', 'store', 'fixtures', 'audit-postings.jsonl');
    const ingested = await run(process.execPath, [bin, 'ingest', fixture, '--format', 'json'], { env });
    const store = join(home, '.rolefit', 'rolefit.db');
    expect(JSON.parse(ingested.stdout).store).toEqual({ dialect: 'sqlite', location: store });

    const server = serve();
    try {
      const address = await server.ready;
      expect(server.output().stderr).toContain(`listing store: ${store}`);
      const listings = (await (await fetch(`${address}/api/listings`)).json()) as { total: number };
      expect(listings.total).toBe(JSON.parse(ingested.stdout).inserted);
      expect(listings.total).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
    // Not a terminal: one JSON object per line, method and path but no query string.
    const lines = server
      .output()
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const completed = lines.find((l) => l.msg === 'request completed');
    expect(completed).toMatchObject({ res: { statusCode: 200 } });
    expect(lines.find((l) => l.msg === 'incoming request')?.req).toMatchObject({ method: 'GET' });
  });

  it('writes short human lines when asked (as on a terminal), and stops on SIGTERM after an analysis', async () => {
    const server = serve(['--db', join(home, 'other.db')], { ROLEFIT_LOG_FORMAT: 'pretty' });
    try {
      const address = await server.ready;
      expect((await fetch(`${address}/api/health`)).status).toBe(200);
      const text = readFileSync(join(root, 'examples', 'resumes', 'qa-engineer.txt'), 'utf8');
      const analysis = await fetch(`${address}/api/analyses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      expect(analysis.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(server.output().stdout).toMatch(
      /^\d\d:\d\d:\d\d GET \/api\/health 200 \d+ ms\n\d\d:\d\d:\d\d POST \/api\/analyses 200 \d+ ms\n$/,
    );
  });

  it('refuses a store named with --db that cannot be opened, in one line', async () => {
    const run = promisify(execFile);
    const failed: { code?: number; stderr: string } = await run(
      process.execPath,
      [bin, 'serve', '--port', '0', '--db', join(bin, 'x.db')],
      { env },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^rolefit: cannot open the database file .*\[STORE_OPEN_FAILED\]\n$/);
  });
});
