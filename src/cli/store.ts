import { RolefitError } from '../errors.ts';
import type { Store } from '../store/open-store.ts';
import type { CliIo } from './io.ts';

/**
 * Opens the store of `--db`, else ROLEFIT_DATABASE_URL, else ~/.rolefit/rolefit.db (the one
 * default of ingest, market, audit --db, analyze --db and serve), or throws a clear error.
 * The database drivers load only here.
 */
export async function openStoreFor(dbOption: string | undefined, io: CliIo): Promise<Store> {
  const { openStore, resolveStoreTarget } = await import('../store/open-store.ts');
  const opened = await openStore(resolveStoreTarget({ option: dbOption, env: io.env }));
  if (!opened.ok) throw new RolefitError(opened.error.code, `${opened.error.message}.`, opened.error.hint);
  return opened.value;
}
