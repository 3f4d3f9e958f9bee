import { existsSync } from 'node:fs';
import { RolefitError } from '../../errors.ts';
import type { Store } from '../../store/open-store.ts';
import { humanLogStream } from '../human-log.ts';
import { type Command, parseCommandArgs } from '../io.ts';
import { openStoreFor } from '../store.ts';

const USAGE =
  'rolefit serve [--port N] [--host 127.0.0.1] [--db <path|postgres-url>]   (PORT and ROLEFIT_* variables: see docs/web.md)';

export const serveCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { port: { type: 'string', short: 'p' }, host: { type: 'string' }, db: { type: 'string' } },
      USAGE,
    );
    if (positionals.length > 0)
      throw new RolefitError('USAGE', `unexpected argument "${positionals[0]}".`, `Usage: ${USAGE}`);
    let port: number | undefined;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65_535) {
        throw new RolefitError('USAGE', `--port must be a number from 0 to 65535; got "${values.port}".`);
      }
    }
    // The server and its dependencies load only for this command.
    const { loadServerConfig, webIndex } = await import('../../server/config.ts');
    const loaded = loadServerConfig(io.env, {
      ...(port === undefined ? {} : { port }),
      ...(values.host === undefined ? {} : { host: values.host }),
    });
    if (!loaded.ok) {
      throw new RolefitError(
        'INVALID_CONFIG',
        loaded.error.map((i) => i.message).join('; '),
        loaded.error[0]?.hint,
      );
    }
    const config = loaded.value;
    // The store ingest writes to: --db, else ROLEFIT_DATABASE_URL, else ~/.rolefit/rolefit.db.
    // Asked for by name, a store that does not open is an error; the default one falls back to none.
    const named = values.db ?? config.databaseUrl;
    let store: Store | undefined;
    let noStore = '';
    try {
      store = await openStoreFor(named, io);
    } catch (error) {
      if (named !== undefined || !(error instanceof RolefitError)) throw error;
      noStore = ` (${error.message.replace(/\.$/, '')})`;
    }
    const { buildServer } = await import('../../server/app.ts');
    const json = config.logFormat === 'json' || (config.logFormat === undefined && !io.stdoutIsTTY);
    const toStdout = { write: (line: string) => io.stdout(line) };
    const app = await buildServer({
      config,
      ...(store ? { store } : {}),
      logger: {
        level: io.env.ROLEFIT_LOG_LEVEL ?? 'info',
        stream: json ? toStdout : humanLogStream(toStdout.write),
      },
    });
    const closed = new Promise<void>((resolve) => app.addHook('onClose', async () => resolve()));
    const stop = () => {
      void app.close().then(() => store?.close());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let address: string;
    try {
      address = await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await store?.close();
      const code = (error as NodeJS.ErrnoException).code;
      throw new RolefitError(
        'USAGE',
        code === 'EADDRINUSE'
          ? `port ${config.port} is already in use.`
          : `cannot listen on ${config.host}:${config.port} (${code ?? 'error'}).`,
        'Pick another port with --port N or PORT=N.',
      );
    }
    const web = config.webDir !== undefined && existsSync(webIndex(config.webDir));
    io.stderr(
      `rolefit is serving ${address.replace('127.0.0.1', 'localhost')}${web ? '' : ' (API only: run "npm run build" for the web app)'}\n` +
        `API: ${address}/api/openapi.json · listing store: ${store ? store.location : `none${noStore}: market data from the shipped snapshot of real listings, analyses cannot be saved`} · Ctrl+C stops\n`,
    );
    await closed;
    return 0;
  },
};
