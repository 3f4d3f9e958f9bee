import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RolefitError } from '../../errors.ts';
import type { CliIo } from '../io.ts';
import { auditCommand } from './audit.ts';

const dir = mkdtempSync(join(tmpdir(), 'rolefit-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo(): CliIo & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: (s) => out.push(s),
    stderr: (s) => out.push(s),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
}

describe('rolefit audit', () => {
  it('prints the JSON verdict for an HTML posting, titled from its heading', async () => {
    const file = join(dir, 'posting.html');
    writeFileSync(
      file,
      '<html><body><h1>Technical Project Manager</h1><ul><li>Write production code in Java.</li><li>Implement new APIs and services.</li><li>Join the on-call rotation.</li></ul></body></html>',
    );
    const io = fakeIo();
    expect(await auditCommand.run([file, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { title: string; verdict: string; titleSource: string };
    expect([json.title, json.titleSource, json.verdict]).toEqual([
      'Technical Project Manager',
      'heading',
      'disguised-developer',
    ]);
  });

  it('lets --title override the document title', async () => {
    const file = join(dir, 'posting.txt');
    writeFileSync(file, 'Backend Engineer\nWrite production code in Java.\n');
    const io = fakeIo();
    await auditCommand.run([file, '--title', 'Backend Engineer', '--format', 'json'], io);
    expect((JSON.parse(io.out.join('')) as { verdict: string }).verdict).toBe('not-applicable');
  });

  it('reports a missing file with a stable code', async () => {
    await expect(auditCommand.run([join(dir, 'nope.txt')], fakeIo())).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    } satisfies Partial<RolefitError>);
  });

  it('rejects an unknown format as a usage error', async () => {
    await expect(auditCommand.run(['x.txt', '--format', 'pdf'], fakeIo())).rejects.toMatchObject({
      code: 'USAGE',
    });
  });
});
