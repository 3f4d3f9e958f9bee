import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { bundledRoles, bundledTaxonomy } from '../data/bundled.ts';
import { RolefitError } from '../errors.ts';
import { MAX_TEXT_BYTES } from '../readers/text.ts';
import type { Store } from '../store/open-store.ts';
import { noteBodyBytes } from './body-garbage.ts';
import {
  clientErrorHandler,
  DRAIN_BYTES,
  DRAIN_IDLE_MS,
  DRAIN_MAX_MS,
  frameworkErrors,
} from './client-errors.ts';
import type { ServerConfig } from './config.ts';
import { webIndex } from './config.ts';
import { errorEnvelope, HttpError } from './http-error.ts';
import { openApiDocument } from './openapi.ts';
import { type AnyRoute, defineRoute, registerRoutes } from './route.ts';
import { adminCheck, adminRoutes } from './routes/admin.ts';
import { analysisRoutes } from './routes/analyses.ts';
import { auditRoutes } from './routes/audits.ts';
import { listingRoutes } from './routes/listings.ts';
import { roleRoutes } from './routes/roles.ts';
import { type SavedAnalysisStore, storeSavedAnalyses } from './saved-analyses.ts';
import { healthResponseSchema } from './schemas.ts';
import type { ServerDeps } from './server-deps.ts';
import { fileTooLarge, formLimits } from './upload.ts';
import { DEFAULT_WORK_LIMITS, type ServerWork, serverWork, type WorkLimits } from './work.ts';

export const API_VERSION = '0.1.0';

const SWEEP_INTERVAL_MS = 10 * 60_000;

/** A client at its cap waits for one of its own tasks: an analysis takes milliseconds, a hostile file up to 10 s. */
const CLIENT_BUSY_RETRY_S = 2;

export interface BuildServerOptions {
  config: Readonly<ServerConfig>;
  /** The listing store, opened by the caller (and closed by it); market data falls back to the shipped snapshot without it. */
  store?: Store;
  /** Saved analyses; by default they live in `store`, and saving is refused without one. */
  saved?: SavedAnalysisStore;
  /** false for tests; otherwise where JSON log lines go (default stdout). */
  logger?: false | { level?: string; stream?: { write(line: string): void } };
  /** For the role guide, listings and market; analyses run in workers on the bundled taxonomy. */
  taxonomy?: Taxonomy;
  roles?: readonly Role[];
  /** Worker pools for analyses, audits and uploads (default: shared ones with DEFAULT_WORK_LIMITS). */
  work?: ServerWork;
}

/**
 * The route pattern (`/api/analyses/:id`), not the path: a saved analysis's id is the only key to
 * a resume. A path no route matched keeps its first two segments.
 */
function logPath(req: { url: string; routeOptions?: { url?: string } }): string {
  const pattern = req.routeOptions?.url;
  if (pattern !== undefined) return pattern;
  const segments = (req.url.split('?')[0] ?? '').split('/');
  return segments.length > 3 ? `${segments.slice(0, 3).join('/')}/…` : segments.join('/');
}

/**
 * Logs say what happened to which route, never who: no bodies, no query strings, no IP
 * addresses, no file names. Resumes carry names, emails and phone numbers.
 */
function loggerOptions(logger: BuildServerOptions['logger']): NonNullable<FastifyServerOptions['logger']> {
  if (logger === false || logger === undefined) return false;
  return {
    level: logger.level ?? 'info',
    ...(logger.stream ? { stream: logger.stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string; routeOptions?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        path: logPath(req),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: { code?: string; name?: string }) => ({ code: err.code ?? err.name ?? 'Error' }),
    },
  } as unknown as NonNullable<FastifyServerOptions['logger']>;
}

/**
 * Reads and drops the rest of a refused request body, then calls `then` once: at its end, on an
 * error, after DRAIN_BYTES, when the client sends nothing for DRAIN_IDLE_MS, or after DRAIN_MAX_MS
 * (then the socket is closed with the rest unread). A client that keeps sending is waited for, as
 * for a refused request line: a fixed 5 s reset one whose body took longer to arrive.
 */
function drainThen(raw: IncomingMessage, then: () => void): void {
  let seen = 0;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(idle);
    clearTimeout(deadline);
    raw.removeListener('data', onData);
    then();
  };
  const onData = (chunk: Buffer) => {
    seen += chunk.length;
    noteBodyBytes(chunk.length);
    if (seen > DRAIN_BYTES) finish();
    else idle.refresh();
  };
  const idle = setTimeout(finish, DRAIN_IDLE_MS);
  const deadline = setTimeout(finish, DRAIN_MAX_MS);
  raw.on('data', onData);
  raw.once('end', finish);
  raw.once('error', finish);
  raw.once('close', finish);
  raw.resume();
}

/** Fastify and plugin errors → our codes; their own messages can quote the request, so they are not passed on. */
function fromFrameworkError(error: FastifyError, maxUploadBytes: number): HttpError | undefined {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge(maxUploadBytes);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(
        413,
        'INPUT_TOO_LARGE',
        'the request body is too large.',
        'Send the resume itself, or upload it as a file.',
      );
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new HttpError(
        413,
        'INPUT_TOO_LARGE',
        'the form has too many files or fields.',
        'Send one file.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new HttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'this content type is not accepted.',
        'Send JSON (application/json) or a form upload (multipart/form-data).',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(
        400,
        'INVALID_REQUEST',
        'the request body is empty or malformed.',
        'See /api/openapi.json.',
      );
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new HttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'the request has no usable Content-Type.',
        'Send JSON (application/json) or a form upload (multipart/form-data).',
      );
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new HttpError(
      400,
      'INVALID_REQUEST',
      'the request body is not valid JSON.',
      'Check the JSON syntax.',
    );
  }
  if (error.statusCode === 429) {
    return new HttpError(429, 'RATE_LIMITED', 'too many requests.', 'Wait a minute and try again.');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new HttpError(
      error.statusCode,
      'INVALID_REQUEST',
      'the request could not be processed.',
      'See /api/openapi.json.',
    );
  }
  return undefined;
}

/** The whole HTTP app: API, OpenAPI document and (when built) the web app. Call `listen` elsewhere. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const deps: ServerDeps = {
    config,
    taxonomy: options.taxonomy ?? bundledTaxonomy(),
    roles: options.roles ?? bundledRoles(),
    store: options.store,
    saved:
      options.saved ??
      (options.store &&
        storeSavedAnalyses(options.store.db, {
          ttlMs: config.savedTtlHours * 3_600_000,
          maxBytes: config.savedMaxBytes,
        })),
    work: options.work ?? serverWork(workLimits(config)),
  };
  const serverOptions: FastifyServerOptions = {
    logger: loggerOptions(options.logger),
    // JSON escaping can double the size of a resume's text.
    bodyLimit: 2 * MAX_TEXT_BYTES + 64 * 1024,
    trustProxy: config.trustProxy,
    // Requests Node or the router refuse before any route runs still get the documented error body.
    clientErrorHandler,
    frameworkErrors,
  };
  const app = Fastify(serverOptions);
  if (deps.saved) {
    const saved = deps.saved;
    // Expired analyses are never served; this deletes them even when no one saves or reads.
    const sweep = () =>
      saved.sweep().catch((error: unknown) => app.log.warn({ err: error }, 'saved-analysis sweep failed'));
    const timer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS).unref();
    app.addHook('onReady', async () => {
      await sweep();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known =
      error instanceof HttpError
        ? error
        : error instanceof RolefitError
          ? new HttpError(422, error.code, error.message, error.hint)
          : fromFrameworkError(error, config.maxUploadBytes);
    if (known) {
      const headers = reply.getHeaders();
      if (known.status === 429 && headers['retry-after'] === undefined) reply.header('retry-after', '60');
      if (known.code === 'SERVER_BUSY') reply.header('retry-after', '1');
      if (known.code === 'CLIENT_BUSY') reply.header('retry-after', String(CLIENT_BUSY_RETRY_S));
      reply.code(known.status);
      // A body refused unread: read the rest (bounded) before answering, or the socket closes with
      // it unread, the peer's stack resets the connection, and the client never sees the 413.
      if (known.status === 413 && !request.raw.readableEnded) {
        drainThen(request.raw, () => reply.header('connection', 'close').send(errorEnvelope(known)));
        return reply;
      }
      return reply.send(errorEnvelope(known));
    }
    request.log.error({ err: error }, 'internal error');
    return reply.code(500).send({
      error: {
        code: 'INTERNAL',
        message: 'something went wrong inside rolefit.',
        hint: 'Try again; if it persists, report it.',
      },
    });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        workerSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        'RATE_LIMITED',
        `too many requests; try again in ${context.after}.`,
        'Slow down; the limit is per minute.',
      ),
  });
  await app.register(multipart, { limits: formLimits(config.maxUploadBytes), throwFileSizeLimit: true });

  const routes: AnyRoute[] = [
    ...analysisRoutes(deps),
    ...roleRoutes(deps),
    ...auditRoutes(deps),
    ...listingRoutes(deps),
    ...adminRoutes(deps),
    defineRoute({
      method: 'GET',
      url: '/api/health',
      tag: 'meta',
      summary: 'Liveness',
      // Probes must get through when clients are being limited.
      rateLimit: 'none',
      responses: { 200: { description: 'Up', schema: healthResponseSchema } },
      async handler() {
        return {
          status: 'ok' as const,
          version: API_VERSION,
          store: deps.store !== undefined,
          saving: deps.saved !== undefined,
        };
      },
    }),
  ];
  let openapi: Record<string, unknown> | undefined;
  routes.push(
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'meta',
      summary: 'This OpenAPI 3.1 document, generated from the schemas that validate requests',
      responses: { 200: { description: 'OpenAPI 3.1' } },
      async handler() {
        openapi ??= openApiDocument(routes, { version: API_VERSION });
        return openapi;
      },
    }),
  );
  registerRoutes(app, routes, {
    analysisRateLimit: { max: config.analysisRateLimitPerMinute, timeWindow: '1 minute' },
    checkAdmin: adminCheck(config.adminToken),
  });

  const webDir =
    config.webDir !== undefined && existsSync(webIndex(config.webDir)) ? config.webDir : undefined;
  if (webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      // Files such as .env or .git/ in the web folder are not part of the app.
      dotfiles: 'ignore',
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite names assets by content hash; the page itself must always be fresh.
        reply.header(
          'cache-control',
          /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !webDir || request.method !== 'GET') {
      return reply.code(404).send({
        error: {
          code: 'NOT_FOUND',
          message: `there is no ${request.method} ${request.url.split('?')[0]}.`,
          hint:
            webDir || request.url.startsWith('/api/')
              ? 'See /api/openapi.json for the endpoints.'
              : 'The web app is not built: run "npm run build:web".',
        },
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

/** The shared pools' limits with the idle time and per-client cap the settings give, for threads and parsers alike. */
function workLimits(config: ServerConfig): WorkLimits {
  const idleMs = config.workerIdleSeconds * 1000;
  const maxPerClient = config.clientMaxTasks;
  return {
    ...DEFAULT_WORK_LIMITS,
    idleMs,
    maxPerClient,
    parse: { ...DEFAULT_WORK_LIMITS.parse, idleMs, maxPerClient },
  };
}
