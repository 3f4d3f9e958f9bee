/**
 * The server's JSON log lines (pino, via Fastify) as short lines for a person at a terminal: one
 * line per request, when it completes, and warnings and errors; start-up chatter and the
 * "incoming request" half of each pair are left out. Only what the JSON line carries is shown,
 * so what the logger's serializers keep out (bodies, query strings, ids) stays out here too.
 */
export function humanLogStream(write: (line: string) => void): { write(line: string): void } {
  // Method and path arrive with "incoming request"; the status with "request completed".
  const requests = new Map<string, { method: string; path: string }>();
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) {
        if (line.trim() === '') continue;
        let entry: LogEntry;
        try {
          entry = JSON.parse(line) as LogEntry;
        } catch {
          write(`${line}\n`);
          continue;
        }
        const human = humanLine(entry, requests);
        if (human !== undefined) write(`${human}\n`);
      }
    },
  };
}

interface LogEntry {
  level?: number;
  time?: number;
  msg?: string;
  reqId?: string;
  req?: { method?: string; path?: string; route?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { code?: string };
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

function humanLine(e: LogEntry, requests: Map<string, { method: string; path: string }>): string | undefined {
  const time = new Date(e.time ?? Date.now()).toTimeString().slice(0, 8);
  const level = e.level ?? 30;
  if (e.msg === 'incoming request' && e.reqId !== undefined) {
    requests.set(e.reqId, { method: e.req?.method ?? '?', path: e.req?.route ?? e.req?.path ?? '?' });
    // A request that never completes (a dropped connection) must not be remembered forever.
    if (requests.size > 1000) requests.delete(requests.keys().next().value!);
    return undefined;
  }
  if (e.msg === 'request completed') {
    const req = e.reqId === undefined ? undefined : requests.get(e.reqId);
    if (e.reqId !== undefined) requests.delete(e.reqId);
    const ms = e.responseTime === undefined ? '' : ` ${Math.round(e.responseTime)} ms`;
    return `${time} ${req ? `${req.method} ${req.path}` : 'request'} ${e.res?.statusCode ?? '?'}${ms}`;
  }
  // Fastify announces each address it listens on; `rolefit serve` says where it serves itself.
  if (level < 40 && /^Server listening at /.test(e.msg ?? '')) return undefined;
  const name = LEVELS[level] ?? String(level);
  return `${time} ${name === 'info' ? '' : `${name}: `}${e.msg ?? ''}${e.err?.code ? ` [${e.err.code}]` : ''}`;
}
