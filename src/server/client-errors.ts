import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { noteBodyBytes } from './body-garbage.ts';
import { errorEnvelope, HttpError } from './http-error.ts';

/** What Node's HTTP parser refused (it never reached Fastify), as a documented error. */
function parserError(code: string | undefined): HttpError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError(
        431,
        'INVALID_REQUEST',
        'the request headers are too large.',
        'Send fewer or shorter headers (a large cookie for this site is a common cause).',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return new HttpError(
        408,
        'INVALID_REQUEST',
        'the request did not arrive in time.',
        'Send it again, all at once.',
      );
    default:
      return new HttpError(
        400,
        'INVALID_REQUEST',
        'the request is not valid HTTP (for example a malformed or duplicated Content-Length).',
        'Send a well-formed HTTP/1.1 request; see /api/openapi.json.',
      );
  }
}

/** Fastify's `clientErrorHandler`: answers parser errors with the error envelope, then closes. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // What the client goes on sending after the answer comes back here as the same parser error: dropped.
  if (answered.has(socket)) return;
  answered.add(socket);
  if (socket.writable) {
    const known = parserError(error.code);
    const body = JSON.stringify(errorEnvelope(known));
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.end();
  drainThenClose(socket);
}

/** What a refused client may still send, read and dropped, before its socket is closed regardless. */
export const DRAIN_IDLE_MS = 2_000;
export const DRAIN_MAX_MS = 10_000;
export const DRAIN_BYTES = 32 * 1024 * 1024;
const answered = new WeakSet<Socket>();

/**
 * Reads and drops what the client goes on sending until it closes its side, sends nothing for
 * DRAIN_IDLE_MS, or passes DRAIN_MAX_MS or DRAIN_BYTES; only then is the socket destroyed. Destroyed
 * with the request still arriving, the rest meets a closed socket, the kernel answers it with a
 * reset, and a client still writing (many write the whole request before they read) gets EPIPE or
 * ECONNRESET instead of the answer waiting in its buffer. A fixed 2 s reset a client whose request
 * line took longer than that to arrive.
 */
function drainThenClose(socket: Socket): void {
  let seen = 0;
  const close = () => socket.destroy();
  const idle = setTimeout(close, DRAIN_IDLE_MS).unref();
  const deadline = setTimeout(close, DRAIN_MAX_MS).unref();
  // Node's parser still sees each chunk and refuses it again: that comes back to the handler, dropped.
  socket.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    noteBodyBytes(chunk.length);
    if (seen > DRAIN_BYTES) close();
    else idle.refresh();
  });
  socket.once('close', () => {
    clearTimeout(idle);
    clearTimeout(deadline);
  });
  socket.resume();
}

/** Fastify's `frameworkErrors`: a URL that cannot be decoded, before any route; its message would quote the URL. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const known =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new HttpError(414, 'INVALID_REQUEST', 'a part of the URL is too long.', 'See /api/openapi.json.')
      : new HttpError(
          400,
          'INVALID_REQUEST',
          'the URL is not valid (a broken %-escape).',
          'Check the address; see /api/openapi.json.',
        );
  void reply.code(known.status).send(errorEnvelope(known));
}
