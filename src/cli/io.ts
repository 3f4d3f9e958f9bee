import { type ParseArgsConfig, parseArgs } from 'node:util';
import { RolefitError } from '../errors.ts';

/** What a command may touch: output streams and whether they are terminals. Tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Environment variables, parsed once at start-up by the caller. */
  env: Readonly<Record<string, string | undefined>>;
}

/** A command's options and run; its name and one-line summary are in main.ts, so help loads no command. */
export interface Command {
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into a USAGE error that shows the command's usage. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error);
    throw new RolefitError('USAGE', `${detail.replace(/\.$/, '')}.`, `Usage: ${usage}`);
  }
}

/** Checks an option against its allowed values. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new RolefitError('USAGE', `--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
}
