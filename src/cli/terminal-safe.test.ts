import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test/run-cli.ts';
import { ANSI } from '../core/render/format.ts';
import type { CliIo } from './io.ts';
import { runCli } from './main.ts';
import { terminalSafe } from './terminal-safe.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it('shows every control character but tab and newline as a visible escape', () => {
    expect(terminalSafe('a\u001b]0;title\u0007b\u001b[2Jc\rd\u007fe\u009b31mf\u0000g')).toBe(
      'a\\u001b]0;title\\u0007b\\u001b[2Jc\\u000dd\\u007fe\\u009b31mf\\u0000g',
    );
    expect(terminalSafe('Jane Doe\n\tCafé 👋 — 20%')).toBe('Jane Doe\n\tCafé 👋 — 20%');
  });

  it('leaves the value of JSON output unchanged', () => {
    const value = { quote: 'x\u009by\u007fz\u001b', line: 3 };
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value);
  });

  it("keeps rolefit's own styling and progress line on a terminal, and nothing else", () => {
    for (const style of Object.values(ANSI)) expect(terminalSafe(style('x'), true)).toBe(style('x'));
    expect(terminalSafe('\r[###---]  50% 3 of 6\u001b[K', true)).toBe('\r[###---]  50% 3 of 6\u001b[K');
    expect(terminalSafe('\rcv\u001b[2J.pdf\u001b[K', true)).toBe('\rcv\\u001b[2J.pdf\u001b[K');
    expect(terminalSafe('quote\rspoofed\u001b[K', true)).toBe('quote\\u000dspoofed\\u001b[K');
    expect(terminalSafe('a\u001b[8mhidden\u001b]8;;https://x.test\u0007link', true)).toBe(
      'a\\u001b[8mhidden\\u001b]8;;https://x.test\\u0007link',
    );
  });
});

describe('the CLI prints nothing from its input that drives a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-terminal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const name = 'cv\u001b[2J\u001b]0;pwned\u0007.txt';
  const file = join(dir, name);
  writeFileSync(
    file,
    'Experience\nProject Manager, Acme 2019-2023\n- Led Scrum \u001b]0;PWNED\u0007 with Jira \u001b[8mhidden\u001b[0m for 3 teams, cutting cycle time 20%.\nSkills\nJira, Scrum\n',
  );

  it('in a file name it cannot find', async () => {
    const { code, stderr } = await runCliCaptured(['analyze', join(dir, `missing-${name}`)]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('missing-cv\\u001b[2J\\u001b]0;pwned\\u0007.txt');
  });

  it.each([
    ['analyze', []],
    ['analyze', ['--format', 'md']],
    ['analyze', ['--format', 'json']],
    ['parse', []],
    ['audit', []],
  ])('in what %s %j prints of the document', async (command, options) => {
    const { stdout, stderr } = await runCliCaptured([command, file, ...options]);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stdout + stderr).not.toMatch(RAW_CONTROL);
  });

  it('on a colour terminal too, where only its own styling remains', async () => {
    let stdout = '';
    const io: CliIo = {
      stdout: (s) => {
        stdout += s;
      },
      stderr: () => {},
      stdoutIsTTY: true,
      stderrIsTTY: true,
      env: {},
    };
    expect(await runCli(['analyze', file], io)).toBe(0);
    expect(stdout).toContain('\u001b[1m');
    expect(stdout).toContain('Led Scrum \\u001b]0;PWNED\\u0007 with Jira \\u001b[8mhidden');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    const ownStyling = /\u001b\[(?:1|2|22|31|32|33|39)m/g;
    expect(stdout.replace(ownStyling, '')).not.toMatch(RAW_CONTROL);
  });
});
