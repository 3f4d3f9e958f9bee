import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { HttpError, validate } from './http-error.ts';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** One API endpoint: its schemas validate the request and document it in the OpenAPI file. */
export interface RouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Fastify path (`/api/roles/:id`). */
  url: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  /** JSON body schema. */
  body?: B;
  /** Multipart alternative to the JSON body: its file field and the schema of its text fields. */
  multipart?: { file: string; fileDescription: string; fields: Schema; fileRequired: boolean };
  responses: Record<number, { description: string; schema?: Schema; contentType?: string }>;
  /** `analysis` applies the stricter per-client limit for CPU-heavy endpoints; `none` exempts the route. */
  rateLimit?: 'analysis' | 'none';
  /** Needs `Authorization: Bearer <ROLEFIT_ADMIN_TOKEN>`. */
  admin?: boolean;
  handler: (
    input: { params: Out<P>; query: Out<Q>; body: Out<B> | undefined },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of routes of any schema types
export type AnyRoute = RouteSpec<any, any, any>;

/** Keeps a route's handler typed by its schemas. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: RouteSpec<P, Q, B>): RouteSpec<P, Q, B> {
  return spec;
}

export const isMultipart = (request: FastifyRequest): boolean =>
  (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

export interface RouteContext {
  analysisRateLimit: { max: number; timeWindow: string };
  checkAdmin: (request: FastifyRequest) => void;
}

/** Registers routes; each validates its params, query and JSON body before the handler runs. */
export function registerRoutes(app: FastifyInstance, routes: readonly AnyRoute[], ctx: RouteContext): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.rateLimit === 'analysis' ? { config: { rateLimit: ctx.analysisRateLimit } } : {}),
      ...(route.rateLimit === 'none' ? { config: { rateLimit: false } } : {}),
      handler: async (request, reply) => {
        if (route.admin) ctx.checkAdmin(request);
        const params = route.params ? validate(route.params, request.params, 'path') : undefined;
        const query = route.query ? validate(route.query, request.query ?? {}, 'query') : undefined;
        let body: unknown;
        if (route.method === 'POST' && !isMultipart(request)) {
          const type = (request.headers['content-type'] ?? '').toLowerCase();
          if (!route.body || !type.startsWith('application/json')) {
            throw new HttpError(
              415,
              'UNSUPPORTED_MEDIA_TYPE',
              `this endpoint takes ${route.body ? 'JSON' : ''}${route.body && route.multipart ? ' or ' : ''}${route.multipart ? 'a file upload (multipart/form-data)' : ''}.`,
              'See /api/openapi.json.',
            );
          }
          body = validate(route.body, request.body, 'body');
        } else if (isMultipart(request) && !route.multipart) {
          throw new HttpError(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            'this endpoint takes JSON, not a file upload.',
            'Send Content-Type: application/json.',
          );
        }
        return route.handler({ params, query, body }, request, reply);
      },
    });
  }
}

/** A plain-object JSON Schema of a zod schema, as OpenAPI 3.1 takes it. */
export function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
}
