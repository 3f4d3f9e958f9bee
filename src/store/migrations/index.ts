import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-listings.ts';
import * as m0002 from './0002-listing-audit.ts';

/** Every migration, by name; names sort in the order they run. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '0001-listings': m0001,
  '0002-listing-audit': m0002,
};

/** A static provider: bundlers and the browser build need no file-system scanning. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
