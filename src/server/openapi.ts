import type { z } from 'zod';
import { type AnyRoute, jsonSchema } from './route.ts';
import { errorResponseSchema } from './schemas.ts';

type Json = Record<string, unknown>;

/** Moves `$defs` into `components.schemas` and points the refs there. */
function hoist(schema: Json, components: Json): Json {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') {
      const out: Json = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === '$schema' || k === '$defs') continue;
        out[k] =
          k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/') : rewrite(v);
      }
      return out;
    }
    return value;
  };
  for (const [name, def] of Object.entries(defs)) components[name] ??= rewrite(def);
  return rewrite(schema) as Json;
}

/** Path and query parameters of a route, from its zod object schemas. */
function parameters(route: AnyRoute, components: Json): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const s = hoist(jsonSchema(schema as z.ZodType, 'input'), components);
    const props = (s.properties ?? {}) as Record<string, Json>;
    const required = new Set((s.required ?? []) as string[]);
    for (const [name, prop] of Object.entries(props)) {
      const { description, ...rest } = prop;
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        ...(description === undefined ? {} : { description }),
        schema: rest,
      });
    }
  }
  return out;
}

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(routes: readonly AnyRoute[], info: { version: string }): Json {
  const components: Json = {};
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const content: Json = {};
    if (route.body)
      content['application/json'] = { schema: hoist(jsonSchema(route.body, 'input'), components) };
    if (route.multipart) {
      const fields = hoist(jsonSchema(route.multipart.fields, 'input'), components);
      const properties = {
        [route.multipart.file]: {
          type: 'string',
          contentMediaType: 'application/octet-stream',
          description: route.multipart.fileDescription,
        },
        ...((fields.properties ?? {}) as Json),
      };
      content['multipart/form-data'] = {
        schema: {
          type: 'object',
          properties,
          ...(route.multipart.fileRequired ? { required: [route.multipart.file] } : {}),
        },
      };
    }
    const responses: Json = {};
    for (const [status, r] of Object.entries(route.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.schema
          ? {
              content: {
                [r.contentType ?? 'application/json']: {
                  schema: hoist(jsonSchema(r.schema, 'output'), components),
                },
              },
            }
          : {}),
      };
    }
    responses['4XX'] = {
      description: 'A problem with the request: see `error.code` and docs/errors.md',
      content: {
        'application/json': { schema: hoist(jsonSchema(errorResponseSchema, 'output'), components) },
      },
    };
    const params = parameters(route, components);
    paths[path] = {
      ...(paths[path] ?? {}),
      [route.method.toLowerCase()]: {
        operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/(?<![/-])[/-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [route.tag],
        ...(params.length > 0 ? { parameters: params } : {}),
        ...(Object.keys(content).length > 0 ? { requestBody: { required: true, content } } : {}),
        ...(route.admin ? { security: [{ adminToken: [] }] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'rolefit API',
      version: info.version,
      description:
        'Analyze a resume against the Technical Project Manager role and real job listings. Resumes are not stored unless `save` is set; DELETE /api/analyses/{id} removes a saved one.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ROLEFIT_ADMIN_TOKEN' } },
    },
  };
}
