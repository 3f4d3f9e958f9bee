import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchRow } from '../../src/cli/analyze-batch.ts';
import type { AnalysisReport } from '../../src/core/analysis/report.ts';
import { runCliCaptured } from '../run-cli.ts';

// `rolefit analyze <folder|glob|file.jsonl> --format jsonl`: many resumes in one process.
const root = resolve(import.meta.dirname, '..', '..');
const example = (name: string) => join(root, 'examples', 'resumes', name);
const tmp = mkdtempSync(join(tmpdir(), 'rolefit-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const folder = join(tmp, 'resumes');
mkdirSync(join(folder, 'older'), { recursive: true });
copyFileSync(example('java-developer.txt'), join(folder, 'a-java.txt'));
copyFileSync(example('scrum-master.md'), join(folder, 'b-scrum.md'));
writeFileSync(join(folder, 'c-broken.pdf'), '%PDF-1.7\nthis is not a PDF body\n');
writeFileSync(join(folder, 'd-empty.txt'), '');
writeFileSync(join(folder, 'notes.csv'), 'not,a,resume\n');
writeFileSync(join(folder, '.hidden.txt'), 'hidden');
copyFileSync(example('qa-engineer.txt'), join(folder, 'older', 'e-qa.txt'));

const jsonl = join(tmp, 'resumes.jsonl');
writeFileSync(
  jsonl,
  [
    JSON.stringify({ id: 'cand-1', text: readFileSync(example('qa-engineer.txt'), 'utf8') }),
    JSON.stringify({
      basics: { name: 'Sam Lee', label: 'Scrum Master' },
      work: [
        {
          name: 'Acme',
          position: 'Scrum Master',
          startDate: '2019-01',
          highlights: ['Facilitated sprint planning and retrospectives for three Scrum teams'],
        },
      ],
    }),
    '{"id": 3, "text": ',
    '',
    '[1, 2]',
    JSON.stringify({ id: 5, name: 'no text here' }),
  ].join('\n'),
);

const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as BatchRow);
const cli = (...argv: string[]) => runCliCaptured(argv);

describe('rolefit analyze, many resumes', () => {
  it('analyzes a folder in name order: a report per resume, an error row per unreadable file, then a summary', async () => {
    const { code, stdout, stderr } = await cli('analyze', folder, '--format', 'jsonl');
    const out = rows(stdout);
    expect(out.map((r) => [r.input, r.ok, r.ok ? r.report.role.id : r.error.code])).toEqual([
      [join(folder, 'a-java.txt'), true, 'technical-project-manager'],
      [join(folder, 'b-scrum.md'), true, 'technical-project-manager'],
      [join(folder, 'c-broken.pdf'), false, expect.stringMatching(/^PDF_/)],
      [join(folder, 'd-empty.txt'), false, 'EMPTY_INPUT'],
    ]);
    // The same report as analyzing the file alone.
    const single = JSON.parse((await cli('analyze', join(folder, 'b-scrum.md'), '--format', 'json')).stdout);
    expect((out[1] as { report: AnalysisReport }).report).toEqual(single);
    const failed = out[3] as { error: { message: string; hint?: string } };
    expect(failed.error.message.length).toBeGreaterThan(10);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^rolefit: 4 resumes in \d+\.\d s \(\d+\.\d per second\): 2 analyzed, 2 errors \((PDF_\w+ 1, EMPTY_INPUT 1|EMPTY_INPUT 1, PDF_\w+ 1)\)\.\n$/,
    );
  });

  it('expands a quoted glob, ** reaching into subfolders, and takes several paths at once', async () => {
    const glob = await cli('analyze', `${folder}/**/*.txt`);
    expect(rows(glob.stdout).map((r) => r.input)).toEqual([
      join(folder, 'a-java.txt'),
      join(folder, 'd-empty.txt'),
      join(folder, 'older', 'e-qa.txt'),
    ]);
    const two = await cli('analyze', join(folder, 'a-java.txt'), `${folder}/*.md`, '--format', 'jsonl');
    expect(two.code).toBe(0);
    expect(rows(two.stdout).map((r) => [r.input, r.ok])).toEqual([
      [join(folder, 'a-java.txt'), true],
      [join(folder, 'b-scrum.md'), true],
    ]);
    expect(two.stderr).toMatch(/: 2 analyzed, 0 errors\.\n$/);
  });

  it('reads a JSONL file of resumes: text with an id, or a JSON Resume; a bad line is a row, not the end', async () => {
    const { code, stdout } = await cli('analyze', jsonl, '--format', 'jsonl');
    expect(code).toBe(1);
    const out = rows(stdout);
    expect(out.map((r) => [r.input, r.id, r.ok ? 'ok' : r.error.code])).toEqual([
      [`${jsonl}:1`, 'cand-1', 'ok'],
      [`${jsonl}:2`, undefined, 'ok'],
      [`${jsonl}:3`, undefined, 'JSONL_INVALID_LINE'],
      [`${jsonl}:5`, undefined, 'JSON_NOT_OBJECT'],
      [`${jsonl}:6`, 5, 'JSON_RESUME_INVALID'],
    ]);
    const jsonResume = out[1] as { report: AnalysisReport };
    expect(jsonResume.report.trackRecord.background?.id).toBe('scrum-master');
  });

  it('shows progress on a terminal and clears it before the summary', async () => {
    const { stderr } = await runCliCaptured(['analyze', folder], {}, { stderrIsTTY: true });
    expect(stderr).toContain('4/4 resumes · 2 errors');
    expect(stderr).toContain('[########################] 100%');
    expect(stderr).toContain('\r\u001b[Krolefit: 4 resumes in ');
  });

  it('says clearly what is wrong with the command line', async () => {
    const text = await cli('analyze', folder, '--format', 'text');
    expect(text.code).toBe(2);
    expect(text.stderr).toBe(
      'rolefit: many resumes are written as JSON lines, not as text. Add --format jsonl, or give one resume file. [USAGE]\n',
    );
    const selfCheck = await cli('analyze', folder, '--self-check');
    expect(selfCheck.stderr).toMatch(
      /one person's answers: it goes with one resume, not a batch\. .*\[USAGE\]\n$/,
    );
    const nothing = await cli('analyze', `${tmp}/nowhere/*.pdf`);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(
      /^rolefit: no resume file matches ".*nowhere\/\*\.pdf"\. .*\[FILE_NOT_FOUND\]\n$/,
    );
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect((await cli('analyze', empty)).stderr).toMatch(/the folder ".*empty" holds no resume file\./);
  });

  it('runs from the installed bin in one process', async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, [
      join(root, 'dist', 'rolefit.js'),
      'analyze',
      `${folder}/*.txt`,
    ]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(rows(result.stdout).map((r) => r.ok)).toEqual([true, false]);
    expect(result.stderr).toMatch(/: 1 analyzed, 1 error \(EMPTY_INPUT 1\)\.\n$/);
  });
});
