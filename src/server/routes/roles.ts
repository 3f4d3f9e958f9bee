import * as z from 'zod';
import type { Role } from '../../core/role/schema.ts';
import { HttpError } from '../http-error.ts';
import { roleMarket } from '../market.ts';
import { presentRoleGuide, presentRoleSummary } from '../presenters.ts';
import { defineRoute } from '../route.ts';
import {
  marketQuerySchema,
  roleGuideSchema,
  roleMarketResponseSchema,
  roleParamsSchema,
  roleSummarySchema,
} from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

export const unknownRole = (id: string, roles: readonly Role[]) =>
  new HttpError(
    404,
    'UNKNOWN_ROLE',
    `there is no role "${id}".`,
    `Known roles: ${roles.map((r) => r.id).join(', ')}.`,
  );

export function roleRoutes(deps: ServerDeps) {
  const find = (id: string) => {
    const role = deps.roles.find((r) => r.id === id);
    if (!role) throw unknownRole(id, deps.roles);
    return role;
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/roles',
      tag: 'roles',
      summary: 'List the roles rolefit analyzes for',
      responses: { 200: { description: 'Roles', schema: z.array(roleSummarySchema) } },
      async handler() {
        return deps.roles.map(presentRoleSummary);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/roles/:id',
      tag: 'roles',
      summary: 'A role guide: what the job is, the skills it needs and why, a self-check',
      params: roleParamsSchema,
      responses: { 200: { description: 'The role guide', schema: roleGuideSchema } },
      async handler({ params }) {
        return presentRoleGuide(find(params.id), deps.taxonomy);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/roles/:id/market',
      tag: 'market',
      summary: 'Skill demand for a role: stored listings, else the shipped snapshot of real listings',
      params: roleParamsSchema,
      query: marketQuerySchema,
      responses: {
        200: { description: 'Demand and the role guide against it', schema: roleMarketResponseSchema },
      },
      async handler({ params, query }) {
        return roleMarket(deps.store, find(params.id), deps.taxonomy, query.top, query.includeDisguised);
      },
    }),
  ];
}
