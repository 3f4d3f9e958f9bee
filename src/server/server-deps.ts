import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import type { Store } from '../store/open-store.ts';
import type { ServerConfig } from './config.ts';
import type { SavedAnalysisStore } from './saved-analyses.ts';
import type { ServerWork } from './work.ts';

/** What route handlers use; built once by buildServer. */
export interface ServerDeps {
  config: Readonly<ServerConfig>;
  taxonomy: Taxonomy;
  roles: readonly Role[];
  /** The listing store, when one is configured. */
  store: Store | undefined;
  /** Saved analyses, in the store; undefined without one (saving is then refused). */
  saved: SavedAnalysisStore | undefined;
  /** Where analyses, audits and uploads are worked on: pools of workers, not the event loop. */
  work: ServerWork;
}
