import { findListing } from '../../store/listing.repository.ts';
import { HttpError } from '../http-error.ts';
import { searchListings } from '../listing-search.ts';
import { presentListing, presentListingSummary } from '../presenters.ts';
import { defineRoute } from '../route.ts';
import {
  listingDetailSchema,
  listingParamsSchema,
  listingSearchQuerySchema,
  listingSearchResponseSchema,
} from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

export const noStore = () =>
  new HttpError(
    503,
    'NO_STORE',
    'this server has no listing store.',
    'Start it with ROLEFIT_DATABASE_URL set, and import listings with "rolefit ingest".',
  );

export function listingRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/listings',
      tag: 'market',
      summary: 'Search stored job listings',
      query: listingSearchQuerySchema,
      responses: {
        200: { description: 'Matching listings, newest first', schema: listingSearchResponseSchema },
      },
      async handler({ query }) {
        if (!deps.store) throw noStore();
        const found = await searchListings(deps.store.db, query);
        return {
          total: found.total,
          listings: found.listings.map((l) => presentListingSummary(l, deps.taxonomy)),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/listings/:id',
      tag: 'market',
      summary: 'One stored listing, with its text',
      params: listingParamsSchema,
      responses: { 200: { description: 'The listing', schema: listingDetailSchema } },
      async handler({ params }) {
        if (!deps.store) throw noStore();
        const listing = await findListing(deps.store.db, params.id);
        if (!listing)
          throw new HttpError(
            404,
            'LISTING_NOT_FOUND',
            `there is no listing ${params.id}.`,
            'Search with GET /api/listings.',
          );
        return presentListing(listing, deps.taxonomy);
      },
    }),
  ];
}
