import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
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
  // Close once the client has sent what it was sending (at most 2 s): a socket destroyed while a long
  // request line is still arriving reaches the client as a reset instead of the answer.
  socket.end();
  const timer = setTimeout(() => socket.destroy(), DRAIN_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  socket.resume();
}

const DRAIN_MS = 2_000;
const answered = new WeakSet<Socket>();

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
