import type { CliIo } from '../src/cli/io.ts';
import { runCli } from '../src/cli/main.ts';

/** Runs the CLI in-process with captured output, as a test would see a terminal-less run (or a terminal's stderr). */
export async function runCliCaptured(
  argv: string[],
  env: Record<string, string> = {},
  terminal: { stderrIsTTY?: boolean } = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdoutIsTTY: false,
    stderrIsTTY: terminal.stderrIsTTY === true,
    env,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
