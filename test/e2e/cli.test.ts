import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../src/core/analysis/report.ts';
import { runCliCaptured } from '../run-cli.ts';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'rolefit.js');
const example = (name: string) => join(root, 'examples', 'resumes', name);
const dir = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv);

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('rolefit analyze', () => {
  it('prints a JSON report whose every quote is verbatim input', async () => {
    const { code, stdout, stderr } = await cli('analyze', example('scrum-master.md'), '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as AnalysisReport;
    expect(report.schemaVersion).toBe('4.3.0');
    expect(report.role).toEqual({ id: 'technical-project-manager', title: 'Technical Project Manager' });
    // Every point of the score is a requirement's or the track record's.
    expect(report.score).toBe(
      Math.round(report.requirements.reduce((s, r) => s + r.points, 0) + report.trackRecord.points),
    );
    expect(report.trackRecord.background?.id).toBe('scrum-master');
    expect(report.trackRecord.points).toBe(15);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(example('scrum-master.md'), 'utf8');
    const lines = text.split('\n');
    const quotes = [
      ...report.requirements.flatMap((r) => r.evidence),
      ...report.skills.flatMap((s) => s.evidence),
    ];
    expect(quotes.length).toBeGreaterThan(10);
    for (const e of quotes) expect(lines[e.line - 1]).toContain(e.quote);
    // Each quote says where the words that matched lie in it.
    for (const e of quotes) {
      expect(e.match!.end).toBeLessThanOrEqual(e.quote.length);
      expect(e.quote.slice(e.match!.start, e.match!.end).trim().length).toBeGreaterThan(0);
    }
    const agile = report.requirements.find((r) => r.skill.id === 'agile')!;
    expect(agile.status).toBe('shown');
    expect(report.skills.find((s) => s.id === 'csm')?.evidence[0]?.section).toBe('certifications');
  });

  it('scores a Scrum master above a Java developer for TPM', async () => {
    const score = async (name: string) =>
      (JSON.parse((await cli('analyze', example(name), '--format', 'json')).stdout) as AnalysisReport).score;
    const scrum = await score('scrum-master.md');
    const java = await score('java-developer.txt');
    expect(scrum).toBeGreaterThan((java ?? 100) + 15);
  });

  it('reads as readiness: a current technical project manager at 80 or more, a line cook under 15', async () => {
    // The calibration docs/scoring.md promises, on two example resumes written for it.
    const report = async (name: string) =>
      JSON.parse((await cli('analyze', example(name), '--format', 'json')).stdout) as AnalysisReport;
    const tpm = await report('technical-project-manager.md');
    expect(tpm.score).toBeGreaterThanOrEqual(80);
    expect(tpm.background?.primary).toBe('technical-project-manager');
    const cook = await report('line-cook.txt');
    expect(cook.score).toBeLessThan(15);
    expect(cook.background?.primary).toBe('other');
  });

  it('renders text and Markdown', async () => {
    const text = await cli('analyze', example('qa-engineer.txt'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^rolefit · Technical Project Manager\n\nScore \d+\/100/);
    expect(text.stdout).toContain('Gaps worth closing, most important first');
    const md = await cli('analyze', example('qa-engineer.txt'), '--format', 'md');
    expect(md.stdout).toMatch(/^# Technical Project Manager: skills analysis\n\n\*\*Score: \d+\/100\*\*/);
    expect(md.stdout).toContain('| ✔ |');
  });
});

describe('bad input gets one clear line and a non-zero exit', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    [
      'a missing file',
      () => ['analyze', join(dir, 'nope.txt')],
      /no file at .*nope\.txt.*\[FILE_NOT_FOUND\]/,
    ],
    ['an empty file', () => ['analyze', file('empty.txt', '  \n\n')], /has no text.*\[EMPTY_INPUT\]/],
    [
      'a binary file',
      () => ['analyze', file('blob.txt', new Uint8Array([1, 2, 0, 3, 255, 0, 7]))],
      /binary data.*\[BINARY_INPUT\]/,
    ],
    [
      'invalid UTF-8',
      () => ['analyze', file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4a]))],
      /not valid UTF-8.*\[INVALID_ENCODING\]/,
    ],
    [
      '20 MB of text',
      () => ['analyze', file('huge.txt', 'Scrum and Jira. '.repeat(1_310_720))],
      /20\.0 MB; the limit is 2 MB.*\[INPUT_TOO_LARGE\]/,
    ],
    [
      'an unknown role',
      () => ['analyze', example('qa-engineer.txt'), '--role', 'astronaut'],
      /no role "astronaut".*technical-project-manager.*\[UNKNOWN_ROLE\]/,
    ],
    [
      'an unsupported file',
      () => ['analyze', file('cv.odt', 'text')],
      /"\.odt" files are not supported.*\[UNSUPPORTED_FORMAT\]/,
    ],
    [
      'an unknown option',
      () => ['analyze', example('qa-engineer.txt'), '--colour'],
      /Unknown option '--colour'.*\[USAGE\]/,
    ],
    [
      'a bad format',
      () => ['analyze', example('qa-engineer.txt'), '--format', 'pdf'],
      /--format must be one of text, md, json.*\[USAGE\]/,
    ],
    ['no file argument', () => ['analyze'], /give the resume file.*\[USAGE\]/],
    ['an unknown command', () => ['analyse'], /unknown command "analyse".*\[USAGE\]/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await cli(...argv());
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rolefit roles and role', () => {
  it('lists roles and prints the guide', async () => {
    expect((await cli('roles')).stdout).toBe(
      `${'technical-project-manager'.padEnd(30)}Technical Project Manager\n`,
    );
    const guide = await cli('role', 'technical-project-manager');
    expect(guide.stdout).toContain('Technical Project Manager\n=========================');
    expect(guide.stdout).toContain('Stakeholder management');
    expect(guide.stdout).toContain('Is it for you? Ask yourself');
  });
});

describe('the installed bin (dist/rolefit.js, built by test/build-dist.ts)', () => {
  const run = promisify(execFile);
  it('runs end to end and exits non-zero without a stack trace on bad input', async () => {
    const ok = await run(process.execPath, [
      bin,
      'analyze',
      example('java-developer.txt'),
      '--format',
      'json',
    ]);
    expect((JSON.parse(ok.stdout) as AnalysisReport).role.id).toBe('technical-project-manager');
    const bad = await run(process.execPath, [bin, 'analyze', 'missing.txt']).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'rolefit: no file at "missing.txt". Check the path and try again. [FILE_NOT_FOUND]\n',
    );
  });

  it('stops quietly when the reader closes the pipe early (rolefit … | head)', async () => {
    const child = spawn(process.execPath, [bin, 'analyze', example('qa-engineer.txt')]);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    // The reader is gone before the report is written, as with `| head -1` on a slow start.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
