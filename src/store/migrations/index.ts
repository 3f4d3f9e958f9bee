import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-listings.ts';
import * as m0002 from './0002-listing-audit.ts';
import * as m0003 from './0003-saved-analyses.ts';

/** Every migration, by name; names sort in the order they run. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '0001-listings': m0001,
  '0002-listing-audit': m0002,
  '0003-saved-analyses': m0003,
};

/** A static provider: bundlers and the browser build need no file-system scanning. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
