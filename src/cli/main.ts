import { formatError, RolefitError } from '../errors.ts';
import type { CliIo, Command } from './io.ts';
import { terminalSafeIo } from './terminal-safe.ts';

/** Each command loads on demand, so `rolefit roles` does not pay for the PDF reader. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  audit: async () => (await import('./commands/audit.ts')).auditCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  market: async () => (await import('./commands/market.ts')).marketCommand,
  parse: async () => (await import('./commands/parse.ts')).parseCommand,
  roles: async () => (await import('./commands/roles.ts')).rolesCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  role: async () => (await import('./commands/roles.ts')).roleCommand,
};

function help(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'rolefit: can you become a Technical Project Manager? An evidence-based skills analysis of your resume.',
    '',
    'Usage: rolefit <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "rolefit <command> --help" for a command\'s options.',
    '',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  // File names, resumes, postings and listings reach the output: none may drive the terminal.
  const io = terminalSafeIo(terminal);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
      io.stdout(help(commands));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout('rolefit 0.1.0\n');
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) {
      throw new RolefitError(
        'USAGE',
        `unknown command "${name}".`,
        `Commands: ${Object.keys(COMMANDS).join(', ')}.`,
      );
    }
    const command = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`${formatError(error)}\n`);
    if (!(error instanceof RolefitError) && io.env.ROLEFIT_DEBUG)
      io.stderr(`${(error as Error)?.stack ?? error}\n`);
    return error instanceof RolefitError && error.code === 'USAGE' ? 2 : 1;
  }
}

const isMain = process.argv[1] !== undefined && /rolefit(\.js)?$|main\.ts$/.test(process.argv[1]);
if (isMain) {
  // A reader that stops early (`rolefit analyze cv.pdf | head`) closes the pipe: that is no error.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
  // Idle parse workers would keep a finished command alive.
  await (await import('../readers/index.ts')).closeReaders();
}
