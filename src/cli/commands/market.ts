import { renderRoleMarketText } from '../../core/market/render-market.ts';
import { bundledTaxonomy, marketSnapshotFor, onetDemandFor, requireRole } from '../../data/bundled.ts';
import { RolefitError } from '../../errors.ts';
import { countListings } from '../../store/listing.repository.ts';
import { roleMarketFor } from '../../store/role-market.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { openStoreFor } from '../store.ts';

const USAGE =
  'rolefit market [role-id] [--db <path|postgres-url>] [--top <n>] [--include-disguised] [--format text|json]';

export const marketCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        db: { type: 'string' },
        top: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'include-disguised': { type: 'boolean' },
      },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const top = values.top === undefined ? 25 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
      throw new RolefitError('USAGE', '--top must be a whole number from 1 to 1000.');
    }
    const role = requireRole(positionals[0] ?? 'technical-project-manager');
    const store = await openStoreFor(values.db, io);
    try {
      const [market, stored] = await Promise.all([
        roleMarketFor(store.db, {
          role,
          taxonomy: bundledTaxonomy(),
          snapshot: marketSnapshotFor(role),
          onet: onetDemandFor(role),
          top,
          includeDisguised: values['include-disguised'] === true,
        }),
        countListings(store.db),
      ]);
      if (format === 'json') {
        const result = {
          ...market,
          storedListings: stored,
          store: { dialect: store.dialect, location: store.location },
        };
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const storeNote =
        market.source === 'snapshot'
          ? `No listings of this role are stored in ${store.location} (${stored.toLocaleString('en-US')} listings in all): import your own with "rolefit ingest <file>" and they replace the snapshot.`
          : market.source === 'listings'
            ? `Of ${stored.toLocaleString('en-US')} listings stored in ${store.location}.`
            : undefined;
      io.stdout(renderRoleMarketText(market, storeNote ? { storeNote } : {}));
      return 0;
    } finally {
      await store.close();
    }
  },
};
