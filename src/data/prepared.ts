// The shipped data, validated and compiled once by the build (scripts/build.ts) and restored at
// start-up without a schema or a matcher compile: dist/prepared/*.json.
import type { GuidanceData } from '../core/guidance/check-guidance.ts';
import type { MarketSnapshot } from '../core/market/market-snapshot.ts';
import type { OnetDemandFile } from '../core/market/onet-demand.ts';
import type { Role } from '../core/role/schema.ts';
import { buildTaxonomy, type Taxonomy } from '../core/taxonomy/build-taxonomy.ts';
import {
  type FlatTrie,
  layOutTrie,
  type MatcherData,
  type MatcherOutput,
  matcherFromTrie,
} from '../core/taxonomy/matcher.ts';
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
export const PREPARED_FORMAT = 3;

/** One file per part, so `rolefit roles` does not read the taxonomy. */
export const PREPARED_PARTS = ['taxonomy', 'roles', 'onet-demand', 'market-snapshot', 'guidance'] as const;
export type PreparedPart = (typeof PREPARED_PARTS)[number];

/**
 * The taxonomy's matcher laid out for matching (FlatTrie's typed arrays), beside the parts: read
 * as it is, it needs no decoding and no layout at start-up.
 */
export const PREPARED_TRIE_FILE = 'taxonomy-trie.bin';

interface PreparedTaxonomy {
  file: TaxonomyFile;
  matcher: {
    /** PREPARED_TRIE_FILE: which one (its header), the table's size and the number of nodes. */
    trie: { id: string; size: number; nodes: number };
    /** Each distinct output once; nodes refer to them by index. */
    outputTable: MatcherOutput[];
    /** Each distinct list of a node's outputs once, as indices into outputTable. */
    outputLists: number[][];
    /** Only the nodes that produce something: node, index into outputLists, node, index, … */
    nodeLists: number[];
    /** The surface forms, one a line: one string to read, split when asked for. */
    forms: string;
  };
}

/** What the build writes to dist/prepared/: a JSON file per part, and the taxonomy's trie. */
export interface PreparedFiles {
  parts: Record<PreparedPart, string>;
  trie: Uint8Array;
}

/** Reads what the build wrote: a part's parsed JSON, the trie's bytes; undefined when missing or unreadable. */
export interface PreparedReader {
  part(name: PreparedPart): unknown;
  trie(): Uint8Array | undefined;
}

/** A part as written: the data, with what it was made by. */
interface PreparedFile<T> {
  format: number;
  /** rolefit's version, so a file left from another install is recognized. */
  version: string;
  data: T;
}

/** Each part as JSON text, to write to dist/prepared/<part>.json, and the trie for PREPARED_TRIE_FILE. */
export function prepareShippedData(validated: ValidatedShippedData, version: string): PreparedFiles {
  const wrap = <T>(data: T) =>
    asciiJson(JSON.stringify({ format: PREPARED_FORMAT, version, data } satisfies PreparedFile<T>));
  const table = new Map<string, number>();
  const outputTable: MatcherOutput[] = [];
  const lists = new Map<string, number>();
  const outputLists: number[][] = [];
  const nodeLists: number[] = [];
  validated.matcher.outputs.forEach((list, node) => {
    if (list === undefined) return;
    const refs = list.map((o) => {
      const key = JSON.stringify(o);
      let k = table.get(key);
      if (k === undefined) {
        k = outputTable.push(o) - 1;
        table.set(key, k);
      }
      return k;
    });
    const key = refs.join(',');
    let k = lists.get(key);
    if (k === undefined) {
      k = outputLists.push(refs) - 1;
      lists.set(key, k);
    }
    nodeLists.push(node, k);
  });
  if (validated.matcher.forms.some((f) => f.includes('\n')))
    throw new Error('a surface form holds a line break');
  const trie = trieBytes(layOutTrie(validated.matcher));
  return {
    trie: trie.bytes,
    parts: {
      taxonomy: wrap<PreparedTaxonomy>({
        file: validated.taxonomy,
        matcher: {
          trie: { id: trie.id, size: trie.size, nodes: trie.nodes },
          outputTable,
          outputLists,
          nodeLists,
          forms: validated.matcher.forms.join('\n'),
        },
      }),
      roles: wrap(validated.roles),
      'onet-demand': wrap(validated.onetDemand),
      'market-snapshot': wrap(validated.marketSnapshot),
      guidance: wrap(validated.guidance),
    },
  };
}

/**
 * The shipped data from prepared parts, each read at first use. A part of another format or
 * version, or a trie that is not the one its taxonomy names, goes to `refuse`, which throws: a
 * stale file is never half-used.
 */
export function restoreShippedData(
  read: PreparedReader,
  version: string,
  refuse: (part: PreparedPart) => never,
): ShippedData {
  const part = <T>(name: PreparedPart): T => {
    const file = read.part(name) as Partial<PreparedFile<T>> | undefined;
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
        // Nodes with the same outputs share one list: the matcher only reads them.
        const lists = matcher.outputLists.map((refs) => refs.map((k) => matcher.outputTable[k]!));
        const outputs: (MatcherOutput[] | undefined)[] = new Array(matcher.trie.nodes).fill(undefined);
        const { nodeLists } = matcher;
        for (let k = 0; k < nodeLists.length; k += 2) outputs[nodeLists[k]!] = lists[nodeLists[k + 1]!];
        const trie = trieFromBytes(read.trie(), matcher.trie, outputs) ?? refuse('taxonomy');
        const forms = matcher.forms;
        taxonomy = buildTaxonomy(
          file,
          matcherFromTrie(trie, () => forms.split('\n')),
        );
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
/** The trie file opens with its id: this many ASCII characters. */
const TRIE_ID_LENGTH = 16;

/**
 * The trie's arrays as one file: its id (a hash of what follows), then slotParent, slotHash,
 * slotHash2 and slotChild (`size` values each) and wild (one per node), as 32-bit little-endian
 * values, whatever the machine, so a file built on one machine reads the same on any other.
 */
function trieBytes(trie: FlatTrie): { bytes: Uint8Array; id: string; size: number; nodes: number } {
  const arrays = [trie.slotParent, trie.slotHash, trie.slotHash2, trie.slotChild, trie.wild];
  const bytes = Buffer.alloc(TRIE_ID_LENGTH + arrays.reduce((n, a) => n + a.length * 4, 0));
  let at = TRIE_ID_LENGTH;
  for (const array of arrays) for (const v of array) at = bytes.writeInt32LE(v, at);
  // FNV-1a over the values, with the sizes, so a trie from another build is never read.
  let h = 0x811c9dc5;
  for (let k = TRIE_ID_LENGTH; k < bytes.length; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
  const id = `${(h >>> 0).toString(16).padStart(8, '0')}${(trie.mask + 1).toString(16)}`
    .padEnd(TRIE_ID_LENGTH, '.')
    .slice(0, TRIE_ID_LENGTH);
  bytes.write(id, 0, 'latin1');
  return { bytes, id, size: trie.mask + 1, nodes: trie.wild.length };
}

/** The arrays of a trie file, when it is the one its taxonomy names; views of the bytes, not copies. */
function trieFromBytes(
  bytes: Uint8Array | undefined,
  expected: { id: string; size: number; nodes: number },
  outputs: (MatcherOutput[] | undefined)[],
): FlatTrie | undefined {
  const { size, nodes } = expected;
  if (
    bytes?.length !== TRIE_ID_LENGTH + (4 * size + nodes) * 4 ||
    Buffer.from(bytes.buffer, bytes.byteOffset, TRIE_ID_LENGTH).toString('latin1') !== expected.id
  )
    return undefined;
  // Int32Array views need 4-byte alignment and the machine's byte order; otherwise a copy.
  const aligned = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  const array = (k: number, length: number): Int32Array => {
    const offset = TRIE_ID_LENGTH + k * size * 4;
    if (aligned) return new Int32Array(bytes.buffer, bytes.byteOffset + offset, length);
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset, length * 4);
    return Int32Array.from({ length }, (_, i) => view.getInt32(i * 4, true));
  };
  return {
    mask: size - 1,
    slotParent: array(0, size),
    slotHash: array(1, size),
    slotHash2: array(2, size),
    slotChild: array(3, size),
    wild: array(4, nodes),
    outputs,
  };
}
