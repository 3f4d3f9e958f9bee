// A live `rolefit serve` from dist/, for the hostile eval and the soak benchmark: a temporary
// home and store, an admin token, no rate limits, and a web root with dotfiles that must not be served.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ADMIN_TOKEN, WEB_ROOT_SECRET } from './corpus.ts';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * A copy of the built package (dist/, package.json, and links to node_modules and data/) in
 * `dir`: `npm test` rebuilds dist/ when its sources change, and a run whose chunks are replaced
 * under it fails to load the next one (ERR_MODULE_NOT_FOUND, with its stack). Returns the CLI's path.
 */
export function copyPackage(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'data'), join(dir, 'data'));
  return join(dir, 'dist', 'rolefit.js');
}

export interface Server {
  pid: number;
  port: number;
  output: () => { stdout: string; stderr: string };
  exited: () => boolean;
  /** SIGTERM; true when it ended within 10 s (else it is killed). */
  stop: () => Promise<boolean>;
}

/** `rolefit serve` from `bin` (see copyPackage) on a free port, its home and store in `home`; `env` adds to or overrides its settings. */
export async function startServer(
  home: string,
  bin: string,
  env: Record<string, string> = {},
): Promise<Server> {
  // The built web app, with dotfiles beside it that must never be served.
  const web = join(home, 'web');
  cpSync(join(dirname(bin), 'web'), web, { recursive: true });
  mkdirSync(join(web, '.git'), { recursive: true });
  writeFileSync(join(web, '.env'), `${WEB_ROOT_SECRET}\n`);
  writeFileSync(join(web, '.git', 'config'), `[core]\n${WEB_ROOT_SECRET}\n`);
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
    env: {
      ...process.env,
      HOME: home,
      ROLEFIT_WEB_DIR: web,
      ROLEFIT_DATABASE_URL: join(home, 'server-store.db'),
      ROLEFIT_ADMIN_TOKEN: ADMIN_TOKEN,
      // The corpus is about hostile content, not request rates: nothing may be refused as 429
      // (its bursts come from one address).
      ROLEFIT_RATE_LIMIT: '1000000',
      ROLEFIT_ANALYSIS_RATE_LIMIT: '1000000',
      ROLEFIT_CLIENT_MAX_TASKS: '1000000',
      ROLEFIT_LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  const port = await new Promise<number>((done, failed) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      const found = /API: http:\/\/[\d.]+:(\d+)\//.exec(stderr)?.[1];
      if (found) done(Number(found));
    });
    child.on('exit', (code) => failed(new Error(`rolefit serve exited with ${code}: ${stderr}`)));
  });
  return {
    pid: child.pid ?? 0,
    port,
    output: () => ({ stdout, stderr }),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: async () => {
      if (child.exitCode !== null) return true;
      const ended = new Promise<boolean>((done) => child.once('exit', () => done(true)));
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        ended,
        new Promise<false>((done) => setTimeout(done, 10_000, false)),
      ]);
      if (!stopped) child.kill('SIGKILL');
      return stopped;
    },
  };
}
