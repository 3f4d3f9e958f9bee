import type { MarketPerson, PersonMarket } from '../core/analysis/analyze-with-market.ts';
import { snapshotPersonMarket } from '../core/market/snapshot-market.ts';
import type { Role } from '../core/role/schema.ts';
import { bundledTaxonomy, marketSnapshotFor } from '../data/bundled.ts';
import type { Store } from '../store/open-store.ts';
import type { CliIo } from './io.ts';
import { openStoreFor } from './store.ts';

/** Market data for `rolefit analyze`, one store for a whole batch. */
export interface AnalysisMarket {
  /** The person's market section and the demand that ranks their gaps. */
  forPerson(role: Role, person: MarketPerson): Promise<PersonMarket | undefined>;
  close(): Promise<void>;
}

/**
 * Stored listings when `--db` or ROLEFIT_DATABASE_URL asks for them (the store opens at first
 * use), else the shipped snapshot of real listings of the role: the embedded default needs no database.
 */
export function analysisMarket(
  dbOption: string | undefined,
  io: CliIo,
  options: { includeDisguised?: boolean } = {},
): AnalysisMarket {
  const useStore = dbOption !== undefined || Boolean(io.env.ROLEFIT_DATABASE_URL?.trim());
  let store: Promise<Store> | undefined;
  return {
    async forPerson(role, person) {
      const input = {
        roleId: role.id,
        personSkillIds: person.skillIds,
        listedOnly: person.listedOnly,
        taxonomy: bundledTaxonomy(),
        snapshot: marketSnapshotFor(role),
      };
      if (!useStore) return snapshotPersonMarket(input);
      store ??= openStoreFor(dbOption, io);
      const { personMarket } = await import('../store/role-market.ts');
      return personMarket((await store).db, { ...input, ...options });
    },
    async close() {
      if (store) await (await store.catch(() => undefined))?.close();
    },
  };
}
