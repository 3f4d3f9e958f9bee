import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ListingInput, ListingRead } from '../../core/market/listing.ts';
import { prepareListing } from '../../core/market/prepare-listing.ts';
import { listingPreparation } from '../../core/market/setup.ts';
import { ingestListings } from '../../store/ingest-listings.ts';
import { countByRoleFamily, countListings } from '../../store/listing.repository.ts';
import { HttpError } from '../http-error.ts';
import { defineRoute } from '../route.ts';
import { ingestBodySchema, ingestResponseSchema, statsResponseSchema } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { noStore } from './listings.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Admin endpoints need `Authorization: Bearer <ROLEFIT_ADMIN_TOKEN>`; without a configured token they do not exist. */
export function adminCheck(token: string | undefined) {
  const expected = token === undefined ? undefined : digest(token);
  return (request: FastifyRequest) => {
    if (expected === undefined) {
      throw new HttpError(
        404,
        'NOT_FOUND',
        'admin endpoints are disabled.',
        'Set ROLEFIT_ADMIN_TOKEN to enable them.',
      );
    }
    const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    // Compare digests so the comparison takes the same time whatever the length of the guess.
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new HttpError(
        401,
        'UNAUTHORIZED',
        'a valid admin token is required.',
        'Send "Authorization: Bearer <ROLEFIT_ADMIN_TOKEN>".',
      );
    }
  };
}

export function adminRoutes(deps: ServerDeps) {
  const preparation = listingPreparation(deps.taxonomy, deps.roles);
  return [
    defineRoute({
      method: 'POST',
      url: '/api/admin/listings',
      tag: 'admin',
      admin: true,
      summary: 'Import job listings into the store',
      description:
        'Each listing is extracted and classified once; a bad one is counted and skipped, duplicates are not stored twice.',
      body: ingestBodySchema,
      responses: { 200: { description: 'What the import did', schema: ingestResponseSchema } },
      async handler({ body }) {
        if (!deps.store) throw noStore();
        const items: ListingRead[] = body!.listings.map((l, k) => ({
          ok: true,
          // Optional fields arrive as absent, never as undefined.
          value: Object.fromEntries(
            Object.entries(l).filter(([, v]) => v !== undefined),
          ) as unknown as ListingInput,
          at: `listings[${k}]`,
        }));
        const summary = await ingestListings(deps.store.db, items, {
          prepare: (item) => prepareListing(item.value, preparation),
          extractor: preparation.extractor,
        });
        if (summary.aborted) {
          throw new HttpError(
            503,
            'STORE_WRITE_FAILED',
            'the listings could not be stored.',
            'Check the database and try again.',
          );
        }
        return {
          read: summary.read,
          inserted: summary.inserted,
          duplicates: summary.duplicates,
          errors: summary.errors,
          warnings: summary.warnings,
          issues: summary.issues.map((i) => ({ at: i.at, code: i.code, message: i.message })),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/admin/stats',
      tag: 'admin',
      admin: true,
      summary: 'Counts: stored listings per role, saved analyses and their bytes',
      responses: { 200: { description: 'Counts', schema: statsResponseSchema } },
      async handler() {
        const [listings, byRole, saved] = await Promise.all([
          deps.store ? countListings(deps.store.db) : 0,
          deps.store ? countByRoleFamily(deps.store.db) : [],
          deps.saved ? deps.saved.usage() : { analyses: 0, bytes: 0 },
        ]);
        return {
          listings,
          byRole: byRole.map((r) => ({ role: r.roleFamily, listings: r.listings })),
          savedAnalyses: saved.analyses,
          savedAnalysisBytes: saved.bytes,
        };
      },
    }),
  ];
}
