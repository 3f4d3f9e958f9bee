import type { presentRoleGuide } from '../../src/server/presenters.ts';

/** GET /api/roles/:id */
export type RoleGuide = ReturnType<typeof presentRoleGuide>;
