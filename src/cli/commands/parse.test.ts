import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDocx, sampleText } from '../../../test/fixtures/sample-resume.ts';
import { runCli } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'rolefit-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  });
  return { code, out, err };
};

describe('rolefit parse', () => {
  it('prints the structure as JSON', async () => {
    const file = join(dir, 'cv.txt');
    writeFileSync(file, sampleText());
    const { code, out } = await run(['parse', file, '--format', 'json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.format).toBe('text');
    expect(parsed.structure.positions.map((p: { organisation: string }) => p.organisation)).toEqual([
      'Northwind Systems',
      'Contoso Ltd',
    ]);
  });

  it('prints a readable summary of a DOCX', async () => {
    const file = join(dir, 'cv.docx');
    writeFileSync(file, sampleDocx());
    const { code, out } = await run(['parse', file]);
    expect(code).toBe(0);
    expect(out).toContain('Technical Project Manager — Northwind Systems (Mar 2021 – Present');
    expect(out).toContain('Certifications (2):');
  });

  it('reports a broken file in one line', async () => {
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, '%PDF-1.4\ntruncated');
    const { code, err } = await run(['parse', file]);
    expect(code).toBe(1);
    expect(err).toBe(
      'rolefit: scan.pdf: the PDF is incomplete: the file ends before the PDF does (an interrupted download or copy?). Download or export the resume again. [PDF_TRUNCATED]\n',
    );
  });
});
