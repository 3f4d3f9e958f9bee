// The shipped data, validated and compiled once by the build (scripts/build.ts) and restored at
// start-up without a schema or a matcher compile: dist/prepared/*.json.
import type { GuidanceData } from '../core/guidance/check-guidance.ts';
import type { MarketSnapshot } from '../core/market/market-snapshot.ts';
import type { OnetDemandFile } from '../core/market/onet-demand.ts';
import type { Role } from '../core/role/schema.ts';
import { buildTaxonomy, type Taxonomy } from '../core/taxonomy/build-taxonomy.ts';
import type { MatcherData, MatcherOutput } from '../core/taxonomy/matcher.ts';
import type { TaxonomyFile } from '../core/taxonomy/schema.ts';

/** The shipped data behind src/data/bundled.ts, each part loaded at first use. */
export interface ShippedData {
  taxonomy(): Taxonomy;
  roles(): Role[];
  onetDemand(): OnetDemandFile;
  marketSnapshot(): MarketSnapshot;
  /** A role's guidance files, checked against their schemas; undefined when rolefit has none for it. */
  guidance(roleId: string): GuidanceData | undefined;
}

/** What the build validates, from shipped-from-sources.ts. */
export interface ValidatedShippedData {
  taxonomy: TaxonomyFile;
  matcher: MatcherData;
  roles: Role[];
  onetDemand: OnetDemandFile;
  marketSnapshot: MarketSnapshot;
  /** By role id, checked against the role and the taxonomy. */
  guidance: Record<string, GuidanceData>;
}

/** Raised when a file changes shape; a build always writes the current one. */
export const PREPARED_FORMAT = 1;

/** One file per part, so `rolefit roles` does not read the taxonomy. */
export const PREPARED_PARTS = ['taxonomy', 'roles', 'onet-demand', 'market-snapshot', 'guidance'] as const;
export type PreparedPart = (typeof PREPARED_PARTS)[number];

interface PreparedTaxonomy {
  file: TaxonomyFile;
  matcher: {
    /** MatcherData's typed arrays: base64 of their 32-bit little-endian values. */
    edges: string;
    wild: string;
    /** Each distinct output once; nodes refer to them by index. */
    outputTable: MatcherOutput[];
    /** Only the nodes that produce something: [node, ...output indices]. */
    outputs: number[][];
    forms: string[];
  };
}

/** A part as written: the data, with what it was made by. */
interface PreparedFile<T> {
  format: number;
  /** rolefit's version, so a file left from another install is recognized. */
  version: string;
  data: T;
}

/** Each part as JSON text, to write to dist/prepared/<part>.json. */
export function prepareShippedData(
  validated: ValidatedShippedData,
  version: string,
): Record<PreparedPart, string> {
  const wrap = <T>(data: T) =>
    asciiJson(JSON.stringify({ format: PREPARED_FORMAT, version, data } satisfies PreparedFile<T>));
  const table = new Map<string, number>();
  const outputTable: MatcherOutput[] = [];
  const outputs: number[][] = [];
  validated.matcher.outputs.forEach((list, node) => {
    if (list === undefined) return;
    outputs.push([
      node,
      ...list.map((o) => {
        const key = JSON.stringify(o);
        let k = table.get(key);
        if (k === undefined) {
          k = outputTable.push(o) - 1;
          table.set(key, k);
        }
        return k;
      }),
    ]);
  });
  return {
    taxonomy: wrap<PreparedTaxonomy>({
      file: validated.taxonomy,
      matcher: {
        edges: toBase64(validated.matcher.edges),
        wild: toBase64(validated.matcher.wild),
        outputTable,
        outputs,
        forms: validated.matcher.forms,
      },
    }),
    roles: wrap(validated.roles),
    'onet-demand': wrap(validated.onetDemand),
    'market-snapshot': wrap(validated.marketSnapshot),
    guidance: wrap(validated.guidance),
  };
}

/**
 * The shipped data from prepared parts, each read at first use. `read` gives a part's parsed
 * JSON (undefined when missing or unreadable); a part of another format or version goes to
 * `refuse`, which throws: a stale file is never half-used.
 */
export function restoreShippedData(
  read: (part: PreparedPart) => unknown,
  version: string,
  refuse: (part: PreparedPart) => never,
): ShippedData {
  const part = <T>(name: PreparedPart): T => {
    const file = read(name) as Partial<PreparedFile<T>> | undefined;
    if (file?.format !== PREPARED_FORMAT || file.version !== version || file.data === undefined)
      return refuse(name);
    return file.data;
  };
  let taxonomy: Taxonomy | undefined;
  let roles: Role[] | undefined;
  let onet: OnetDemandFile | undefined;
  let snapshot: MarketSnapshot | undefined;
  let guidance: Record<string, GuidanceData> | undefined;
  return {
    taxonomy() {
      if (!taxonomy) {
        const { file, matcher } = part<PreparedTaxonomy>('taxonomy');
        const wild = fromBase64(matcher.wild);
        const outputs: (MatcherOutput[] | undefined)[] = new Array(wild.length).fill(undefined);
        for (const [node, ...refs] of matcher.outputs)
          outputs[node!] = refs.map((k) => matcher.outputTable[k]!);
        taxonomy = buildTaxonomy(file, {
          edges: fromBase64(matcher.edges),
          wild,
          outputs,
          forms: matcher.forms,
        });
      }
      return taxonomy;
    },
    roles() {
      roles ??= part<Role[]>('roles');
      return roles;
    },
    onetDemand() {
      onet ??= part<OnetDemandFile>('onet-demand');
      return onet;
    },
    marketSnapshot() {
      snapshot ??= part<MarketSnapshot>('market-snapshot');
      return snapshot;
    },
    guidance(roleId) {
      guidance ??= part<Record<string, GuidanceData>>('guidance');
      return Object.hasOwn(guidance, roleId) ? guidance[roleId] : undefined;
    },
  };
}

/**
 * JSON with every character past ASCII written as a \u escape (they occur only inside strings),
 * so the file reads back without UTF-8 decoding (see readPreparedText): the same values.
 */
function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

/** Little-endian whatever the machine, so a file built on one machine reads the same on any other. */
function toBase64(array: Int32Array): string {
  const bytes = Buffer.alloc(array.length * 4);
  for (let k = 0; k < array.length; k++) bytes.writeInt32LE(array[k]!, k * 4);
  return bytes.toString('base64');
}

function fromBase64(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  // A copy of the bytes: Buffer's pooled memory need not be aligned for an Int32Array view.
  if (LITTLE_ENDIAN)
    return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const out = new Int32Array(bytes.byteLength / 4);
  for (let k = 0; k < out.length; k++) out[k] = bytes.readInt32LE(k * 4);
  return out;
}
