import { existsSync } from 'node:fs';
import { RolefitError } from '../../errors.ts';
import { buildServer } from '../../server/app.ts';
import { loadServerConfig, webIndex } from '../../server/config.ts';
import { openStore, type Store } from '../../store/open-store.ts';
import { type Command, parseCommandArgs } from '../io.ts';

const USAGE = 'rolefit serve [--port N] [--host 127.0.0.1]   (PORT and ROLEFIT_* variables: see docs/web.md)';

export const serveCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
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
    let store: Store | undefined;
    if (config.databaseUrl !== undefined) {
      const opened = await openStore(config.databaseUrl);
      if (!opened.ok)
        throw new RolefitError(opened.error.code, `${opened.error.message}.`, opened.error.hint);
      store = opened.value;
    }
    const app = await buildServer({
      config,
      ...(store ? { store } : {}),
      logger: { level: io.env.ROLEFIT_LOG_LEVEL ?? 'info', stream: { write: (line) => io.stdout(line) } },
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
        `API: ${address}/api/openapi.json · listing store: ${store ? store.location : 'none (market data from O*NET)'} · Ctrl+C stops\n`,
    );
    await closed;
    return 0;
  },
};
