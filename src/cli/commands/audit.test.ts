import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { understatedDocx } from '../../../test/fixtures/make-bombs.ts';
import { makeDocx, makeZipBombDocx } from '../../../test/fixtures/make-docx.ts';
import { makePdf } from '../../../test/fixtures/make-pdf.ts';
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

  const duties = [
    'Write production code in Java every day.',
    'Implement new APIs and services.',
    'Join the on-call rotation.',
  ];

  it('reads a PDF posting through the readers', async () => {
    const file = join(dir, 'posting.pdf');
    writeFileSync(
      file,
      makePdf([
        {
          texts: ['Technical Project Manager', ...duties].map((text, i) => ({
            x: 50,
            y: 700 - i * 20,
            text,
          })),
        },
      ]),
    );
    const io = fakeIo();
    expect(await auditCommand.run([file, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { title: string; verdict: string };
    expect([json.title, json.verdict]).toEqual(['Technical Project Manager', 'disguised-developer']);
  });

  it('reads a DOCX posting through the readers', async () => {
    const file = join(dir, 'posting.docx');
    writeFileSync(
      file,
      makeDocx([{ paragraph: 'Technical Project Manager' }, ...duties.map((paragraph) => ({ paragraph }))]),
    );
    const io = fakeIo();
    expect(await auditCommand.run([file, '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(io.out.join('')) as { verdict: string }).verdict).toBe('disguised-developer');
  });

  it('refuses a ZIP bomb with the reader’s error, and reads no further', async () => {
    for (const [name, bytes] of [
      ['declared.docx', makeZipBombDocx(8)],
      ['understated.docx', understatedDocx(1024)],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      await expect(auditCommand.run([file], fakeIo())).rejects.toMatchObject({ code: 'ZIP_BOMB' });
    }
  });

  it('exits non-zero on a bomb, and the command’s own memory stays where it was', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, understatedDocx(1024));
    const main = new URL('../main.ts', import.meta.url).href;
    // The command runs in a process of its own, whose peak resident memory (maxRSS) is its own.
    const script = `
      const { runCli } = await import(${JSON.stringify(main)});
      let stderr = '';
      const io = { stdout: () => {}, stderr: (s) => { stderr += s; }, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
      const code = await runCli(['audit', ${JSON.stringify(file)}], io);
      process.stdout.write(JSON.stringify({ code, stderr, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
      process.exit(0);
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('../../..', import.meta.url)) },
    );
    const run = JSON.parse(stdout) as { code: number; stderr: string; maxRssMb: number };
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^rolefit: bomb\.docx: the archive expands to more than 64 MB.*\[ZIP_BOMB\]\n$/,
    );
    // Inflating the 1 GB part in this process (the old fallback to mammoth) reached 2.2 GB.
    expect(run.maxRssMb).toBeLessThan(300);
  });
});
