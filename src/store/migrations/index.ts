import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-listings.ts';

/** Every migration, by name; names sort in the order they run. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '0001-listings': m0001,
};

/** A static provider: bundlers and the browser build need no file-system scanning. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
