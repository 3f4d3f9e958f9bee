import type { Kysely } from 'kysely';
import type { MarketSource } from '../core/analysis/analyze-with-market.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import { marketSnapshotFor } from '../data/bundled.ts';
import type { Database } from '../store/database.ts';
import { personMarket } from '../store/role-market.ts';

/**
 * The market an analysis is weighed against: the role's stored listings, else the shipped
 * snapshot. One definition for the server's thread, which holds the store, and the analysis
 * workers, which use the snapshot themselves when there is no store (no round trip).
 */
export function analysisMarket(
  db: Kysely<Database> | undefined,
  role: Role,
  taxonomy: Taxonomy,
): MarketSource {
  return (person) =>
    personMarket(db, {
      roleId: role.id,
      personSkillIds: person.skillIds,
      listedOnly: person.listedOnly,
      taxonomy,
      snapshot: marketSnapshotFor(role),
    });
}
