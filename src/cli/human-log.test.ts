import { describe, expect, it } from 'vitest';
import { humanLogStream } from './human-log.ts';

const at = new Date(2026, 11, 2, 9, 5, 7).getTime();
const json = (o: object) => `${JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'h', ...o })}\n`;

describe('human log lines', () => {
  it('prints one line per request when it completes, and leaves start-up chatter out', () => {
    const out: string[] = [];
    const stream = humanLogStream((line) => out.push(line));
    stream.write(json({ msg: 'Server listening at http://127.0.0.1:8080' }));
    stream.write(
      json({
        reqId: 'req-1',
        req: { id: 'req-1', method: 'POST', path: '/api/analyses' },
        msg: 'incoming request',
      }),
    );
    stream.write(
      json({
        reqId: 'req-2',
        req: { id: 'req-2', method: 'GET', route: '/api/analyses/:id' },
        msg: 'incoming request',
      }),
    );
    stream.write(
      json({ reqId: 'req-1', res: { statusCode: 200 }, responseTime: 35.4, msg: 'request completed' }),
    );
    stream.write(
      json({ reqId: 'req-2', res: { statusCode: 404 }, responseTime: 1.2, msg: 'request completed' }),
    );
    stream.write(
      json({ level: 50, reqId: 'req-3', err: { code: 'PARSE_FAILED' }, msg: 'the parser failed' }),
    );
    expect(out).toEqual([
      '09:05:07 POST /api/analyses 200 35 ms\n',
      '09:05:07 GET /api/analyses/:id 404 1 ms\n',
      '09:05:07 error: the parser failed [PARSE_FAILED]\n',
    ]);
  });

  it('passes a line that is not JSON through unchanged', () => {
    const out: string[] = [];
    humanLogStream((line) => out.push(line)).write('plain text\n');
    expect(out).toEqual(['plain text\n']);
  });
});
