import { setFlagsFromString } from 'node:v8';
import { formatError, RolefitError } from '../errors.ts';
import { VERSION } from '../version.ts';
import type { CliIo, Command } from './io.ts';
import { terminalSafeIo } from './terminal-safe.ts';

/** Each command loads on demand, so `rolefit roles` does not pay for the PDF reader, nor help for any command. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  analyze: {
    summary: 'Analyze a resume against a role (or a folder of resumes): score, evidence, strengths and gaps.',
    load: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  },
  audit: {
    summary: 'Audit a job posting: is this TPM job genuine, a hybrid, or a developer job in disguise?',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
  ingest: {
    summary: 'Import job listings (CSV, JSON, JSON Lines, JobPosting pages, Greenhouse/Lever/Ashby boards).',
    load: async () => (await import('./commands/ingest.ts')).ingestCommand,
  },
  market: {
    summary:
      'Job-market view of a role: skill demand in stored listings, skills asked together, guide vs market.',
    load: async () => (await import('./commands/market.ts')).marketCommand,
  },
  parse: {
    summary: 'Show what rolefit read from a resume: text, sections, positions, education, certifications.',
    load: async () => (await import('./commands/parse.ts')).parseCommand,
  },
  roles: {
    summary: 'List the roles rolefit can analyze for.',
    load: async () => (await import('./commands/roles.ts')).rolesCommand,
  },
  serve: {
    summary: 'Serve the web app and HTTP API on localhost (default port 8080, or PORT).',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  role: {
    summary: 'Print a role guide: what the job is, the skills it needs and why.',
    load: async () => (await import('./commands/roles.ts')).roleCommand,
  },
};

function help(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    'rolefit: can you become a Technical Project Manager? An evidence-based skills analysis of your resume.',
    '',
    'Usage: rolefit <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}${COMMANDS[n]!.summary}`),
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
      io.stdout(help());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`rolefit ${VERSION}\n`);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) {
      throw new RolefitError(
        'USAGE',
        `unknown command "${name}".`,
        `Commands: ${Object.keys(COMMANDS).join(', ')}.`,
      );
    }
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${entry.summary}\n\nUsage: ${command.usage}\n`);
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
  // A command runs each of its regular expressions over a few hundred lines at most: compiled to
  // machine code at first use, not interpreted first and compiled again once hot. It takes 30–40 ms
  // off a text analysis (about 280 → 250 ms, docs/benchmarks.md); the flag is read when each
  // expression is first compiled, so setting it here, before any command loads, is in time.
  if (!process.env.ROLEFIT_REGEXP_TIER_UP) setFlagsFromString('--no-regexp-tier-up');
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
  // So would any handle a command leaves behind (the server's idle worker pool holds a message
  // port after it closed): once what was written has reached stdout and stderr, the command ends.
  await Promise.all(
    [process.stdout, process.stderr].map((s) => new Promise<unknown>((done) => s.write('', done))),
  );
  process.exit();
}
