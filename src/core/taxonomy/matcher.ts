import { hash2Lower, hashLower, scanTokens, type TokenSpans, tokenize, words } from '../text/tokenize.ts';
import type { Skill } from './schema.ts';

/** What a path through the trie produces. An empty skillId is a shadow: it consumes text, shows nothing. */
export interface MatcherOutput {
  skillId: string;
  /** Exact token spellings required (case-sensitive aliases), else undefined. */
  exact?: string[];
  needsContext: boolean;
  /** From a phrase pattern (an action and its object), not a name of the skill. */
  phrase?: true;
  /** Only where it opens its line (after a bullet or a number): a pattern written "^ led". */
  opening?: true;
  /** A name written with a comma in it ("Governance, Risk and Compliance"), which may span one. */
  spansItems?: true;
}

/** Build-time trie node; compiled into flat arrays for matching. */
interface Node {
  id: number;
  next: Map<string, Node> | undefined;
  wild: Node | undefined;
  outputs: MatcherOutput[] | undefined;
  /** Edges that lead here: a node reached by more spellings than the current path's is copied before use. */
  incoming: number;
}

/** One leftmost-longest match: the token span and the skills it shows. */
export interface RawMatch {
  skillId: string;
  needsContext: boolean;
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
  /** Matched by a phrase pattern ("managed four project managers"), not by a name of the skill. */
  phrase?: boolean;
  /** Read across a clause by a together rule (src/core/extract/together.ts), not side by side. */
  together?: true;
}

export interface Matcher {
  /** One pass over the text: leftmost-longest, non-overlapping matches. */
  match(text: string, tokens?: TokenSpans): RawMatch[];
  /** Every distinct surface form the matcher knows, lowercased (for benchmarks against grep). */
  surfaceForms(): string[];
}

function newNode(nodes: Node[]): Node {
  const n: Node = { id: nodes.length, next: undefined, wild: undefined, outputs: undefined, incoming: 0 };
  nodes.push(n);
  return n;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Past forms of the irregular verbs resumes use, so "lead * team" also reads "led a team" and
 * "write * specifications" "wrote the specifications". Words under three letters are not inflected
 * at all (below), so "do" and "go" are not here.
 */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(
  `lead:led build:built write:wrote,written drive:drove,driven make:made take:took,taken
give:gave,given bring:brought teach:taught begin:began,begun hold:held meet:met sell:sold
spend:spent grow:grew,grown win:won keep:kept find:found choose:chose,chosen
understand:understood undertake:undertook,undertaken speak:spoke,spoken send:sent see:saw,seen
get:got run:ran lay:laid pay:paid seek:sought think:thought buy:bought
draw:drew,drawn know:knew,known break:broke,broken overcome:overcame become:became
show:shown tell:told deal:dealt stand:stood lend:lent feed:fed rebuild:rebuilt rewrite:rewrote,rewritten
oversee:oversaw,overseen confer:conferred,conferring troubleshoot:troubleshot undergo:underwent,undergone foresee:foresaw,foreseen`
    .split(/\s+/)
    .map((entry) => {
      const [base, forms] = entry.split(':') as [string, string];
      return [base, forms.split(',')] as const;
    }),
);

/** Inflected forms of one word: plural, past, gerund, and the base of a plural given as the pattern. */
export function inflections(word: string): string[] {
  const out = new Set<string>([word]);
  if (!/^[a-z]+$/.test(word) || word.length < 3) return [...out];
  const last = word.at(-1)!;
  const beforeLast = word.at(-2)!;
  if (last === 'e') {
    out.add(`${word}s`);
    out.add(`${word}d`);
    // oversee → overseeing, agree → agreeing: a final "ee", "oe" or "ye" keeps its e.
    out.add('eoy'.includes(beforeLast) ? `${word}ing` : `${word.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    out.add(`${word.slice(0, -1)}ies`);
    out.add(`${word.slice(0, -1)}ied`);
    out.add(`${word}ing`);
  } else {
    out.add(/(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
    out.add(`${word}ed`);
    out.add(`${word}ing`);
    // plan → planned, planning: a short consonant-vowel-consonant ending doubles.
    const third = word.at(-3)!;
    if (
      !VOWELS.has(last) &&
      VOWELS.has(beforeLast) &&
      !VOWELS.has(third) &&
      !'wxy'.includes(last) &&
      word.length <= 5
    ) {
      out.add(`${word}${last}ed`);
      out.add(`${word}${last}ing`);
    }
  }
  for (const form of IRREGULAR.get(word) ?? []) out.add(form);
  if (last === 's' && beforeLast !== 's' && word.length > 3) {
    const base = word.slice(0, -1);
    out.add(base);
    if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
    if (/(ses|xes|ches|shes)$/.test(word)) out.add(word.slice(0, -2));
  }
  return [...out];
}

/**
 * The other spelling of a word with a -ize/-ise or -yze/-yse ending ("prioritize" and "prioritise",
 * "organization" and "organisation", "analyse" and "analyze"), or none. Resumes and postings use
 * both, and a taxonomy written in one should read the other. A twin that is no word ("advize" from
 * "advise") is harmless: text never holds it.
 */
export function spellingTwin(word: string): string | undefined {
  const m = /^([a-z]{3,})([iy])([sz])(e|es|ed|ing|ation|ations|ational|er|ers)$/.exec(word);
  if (!m) return undefined;
  return `${m[1]}${m[2]}${m[3] === 'z' ? 's' : 'z'}${m[4]}`;
}

/** A word and its other spelling, when it has one. */
function withTwin(word: string): string[] {
  const twin = spellingTwin(word);
  return twin ? [word, twin] : [word];
}

/** The forms an alias's last word matches: its plural, and both spellings. */
function lastWordForms(tokens: readonly string[]): string[] {
  const twin = spellingTwin(tokens.at(-1)!);
  const forms = aliasEndings(tokens);
  return twin ? [...new Set([...forms, ...aliasEndings([...tokens.slice(0, -1), twin])])] : forms;
}

/**
 * The last word of a name of several words may be plural: "Effort Estimation" also names "effort
 * estimations", "Code Review" "code reviews". One-word names stay literal, since most are products
 * ("Rally", "Spark") whose plural is another word.
 */
function aliasEndings(tokens: readonly string[]): string[] {
  const last = tokens.at(-1)!;
  if (tokens.length < 2 || !/^[a-z]{4,}$/.test(last) || last.endsWith('s')) return [last];
  if (/(x|z|ch|sh)$/.test(last)) return [last, `${last}es`];
  if (last.endsWith('y') && !VOWELS.has(last.at(-2)!)) return [last, `${last.slice(0, -1)}ies`];
  return [last, `${last}s`];
}

function addPath(root: Node, steps: string[][], output: MatcherOutput, all: Node[]): void {
  let nodes = [root];
  for (const alternatives of steps) {
    const nextNodes = new Set<Node>();
    for (const node of nodes) {
      if (alternatives.length === 1 && alternatives[0] === '*') {
        if (!node.wild) {
          node.wild = newNode(all);
          node.wild.incoming = 1;
        } else if (node.wild.incoming > 1) node.wild = copyNode(node.wild, 1, all);
        nextNodes.add(node.wild);
        continue;
      }
      // Spellings of one word that are new here share one child, so inflection adds no states.
      // A child that other spellings (or other parents) also reach is copied first, so this
      // path's outputs never become reachable through a word form it does not list.
      const byChild = new Map<Node, string[]>();
      let shared: Node | undefined;
      for (const alt of alternatives) {
        const existing = node.next?.get(alt);
        if (existing) byChild.set(existing, [...(byChild.get(existing) ?? []), alt]);
        else {
          shared ??= newNode(all);
          shared.incoming++;
          node.next ??= new Map();
          node.next.set(alt, shared);
        }
      }
      for (const [child, alts] of byChild) {
        if (child.incoming <= alts.length) {
          nextNodes.add(child);
          continue;
        }
        const own = copyNode(child, alts.length, all);
        for (const alt of alts) node.next!.set(alt, own);
        nextNodes.add(own);
      }
      if (shared) nextNodes.add(shared);
    }
    nodes = [...nextNodes];
  }
  for (const node of nodes) {
    node.outputs ??= [];
    if (!node.outputs.some((o) => o.skillId === output.skillId && o.exact === output.exact))
      node.outputs.push(output);
  }
}

/** A copy of a node for `edges` of its incoming edges; each edge it copies adds one to its child's count. */
function copyNode(node: Node, edges: number, all: Node[]): Node {
  const copy = newNode(all);
  copy.incoming = edges;
  node.incoming -= edges;
  if (node.next) copy.next = new Map(node.next);
  copy.wild = node.wild;
  if (node.outputs) copy.outputs = [...node.outputs];
  for (const child of copy.next?.values() ?? []) child.incoming++;
  if (copy.wild) copy.wild.incoming++;
  return copy;
}

/**
 * A compiled trie as plain data: its edges, keyed by token hashes, and what each node produces.
 * A build compiles it once and ships it (src/data/prepared.ts); matcherFromData lays it out.
 */
export interface MatcherData {
  /** Per edge, four numbers: parent node, token hash, second token hash, child node. */
  edges: Int32Array;
  /** Per node, the node a `*` step leads to, or -1. */
  wild: Int32Array;
  outputs: (MatcherOutput[] | undefined)[];
  /** Every distinct surface form, lowercased. */
  forms: string[];
}

/**
 * The trie as flat arrays: edges live in one open-addressing table keyed by (node, token hash,
 * second token hash), so matching allocates nothing and compares no strings. A build ships it
 * laid out (src/data/prepared.ts), so a start-up reads it instead of laying it out again.
 */
export interface FlatTrie {
  /** The table's size less one (a power of two less one). */
  mask: number;
  slotParent: Int32Array;
  slotHash: Int32Array;
  slotHash2: Int32Array;
  slotChild: Int32Array;
  wild: Int32Array;
  outputs: (MatcherOutput[] | undefined)[];
}

function slotOf(parent: number, h: number, mask: number): number {
  return (Math.imul(parent + 1, 0x9e3779b1) ^ h) & mask;
}

function toData(nodes: readonly Node[], forms: string[]): MatcherData {
  const edges: number[] = [];
  for (const n of nodes) {
    for (const [key, target] of n.next ?? []) edges.push(n.id, hashLower(key), hash2Lower(key), target.id);
  }
  return {
    edges: Int32Array.from(edges),
    wild: Int32Array.from(nodes, (n) => n.wild?.id ?? -1),
    outputs: nodes.map((n) => n.outputs),
    forms,
  };
}

/** Compiled data laid out for matching: each edge in its slot of the table. */
export function layOutTrie(data: MatcherData): FlatTrie {
  const { edges } = data;
  let size = 16;
  while (size < edges.length) size <<= 1;
  const mask = size - 1;
  const slotParent = new Int32Array(size).fill(-1);
  const slotHash = new Int32Array(size);
  const slotHash2 = new Int32Array(size);
  const slotChild = new Int32Array(size);
  for (let e = 0; e < edges.length; e += 4) {
    const parent = edges[e]!;
    const h = edges[e + 1]!;
    let slot = slotOf(parent, h, mask);
    while (slotParent[slot] !== -1) slot = (slot + 1) & mask;
    slotParent[slot] = parent;
    slotHash[slot] = h;
    slotHash2[slot] = edges[e + 2]!;
    slotChild[slot] = edges[e + 3]!;
  }
  return {
    mask,
    slotParent,
    slotHash,
    slotHash2,
    slotChild,
    wild: data.wild,
    outputs: data.outputs,
  };
}

export function compileMatcher(skills: readonly Skill[], shadows: readonly string[] = []): Matcher {
  return matcherFromData(compileMatcherData(skills, shadows));
}

/** The trie of the skills' aliases and patterns (and shadows that show nothing), as plain data. */
export function compileMatcherData(skills: readonly Skill[], shadows: readonly string[] = []): MatcherData {
  const all: Node[] = [];
  const root = newNode(all);
  const forms = new Set<string>();
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const tokens = words(text);
      if (tokens.length === 0) continue;
      const caseSensitive = typeof alias !== 'string' && alias.caseSensitive === true;
      const output: MatcherOutput = {
        skillId: skill.id,
        needsContext: typeof alias !== 'string' && alias.needsContext === true,
      };
      if (separatesItems(text, 0, text.length)) output.spansItems = true;
      if (caseSensitive) output.exact = tokenize(text).norm.map((_, k) => sliceToken(text, k));
      addPath(
        root,
        tokens.map((t, k) =>
          caseSensitive ? [t] : k === tokens.length - 1 ? lastWordForms(tokens) : withTwin(t),
        ),
        output,
        all,
      );
      forms.add(text.toLowerCase());
    }
    for (const pattern of skill.patterns) {
      const opening = pattern.startsWith('^');
      const tokens = patternWords(opening ? pattern.slice(1) : pattern);
      if (tokens.length === 0) continue;
      addPath(
        root,
        tokens.map(patternStep),
        {
          skillId: skill.id,
          needsContext: false,
          phrase: true,
          ...(opening ? { opening: true as const } : {}),
        },
        all,
      );
      forms.add(pattern.toLowerCase());
    }
  }
  for (const shadow of shadows) {
    addPath(root, patternWords(shadow).map(patternStep), { skillId: '', needsContext: false }, all);
  }
  return toData(all, [...forms].filter((f) => !f.includes('*') && !f.includes('#')).sort());
}

/** A matcher over compiled data, fresh from compileMatcherData. */
export function matcherFromData(data: MatcherData): Matcher {
  return matcherFromTrie(layOutTrie(data), () => [...data.forms]);
}

/** The most trie states followed at once from one start (a word's edge and a wildcard's each). */
const MAX_ACTIVE = 8;

/** Whether the first `length` states of `nodes` hold `node`. */
function holds(nodes: Int32Array, length: number, node: number): boolean {
  for (let x = 0; x < length; x++) if (nodes[x] === node) return true;
  return false;
}

/** A matcher over a laid-out trie, fresh from layOutTrie or restored from a prepared build. */
export function matcherFromTrie(trie: FlatTrie, surfaceForms: () => string[]): Matcher {
  // 1 when some output of the node needs an exact-case check.
  const checked = new Uint8Array(trie.outputs.length);
  trie.outputs.forEach((o, node) => {
    if (o?.some((x) => x.exact !== undefined)) checked[node] = 1;
  });
  // 1 when a count step leaves the node: only there is a token of figures looked up as a count.
  const countFrom = new Uint8Array(trie.wild.length);
  for (let slot = 0; slot < trie.slotParent.length; slot++) {
    const parent = trie.slotParent[slot]!;
    if (parent !== -1 && trie.slotHash[slot] === COUNT_HASH && trie.slotHash2[slot] === COUNT_HASH2)
      countFrom[parent] = 1;
  }
  return {
    surfaceForms,
    match(text, tokens = scanTokens(text)) {
      const out: RawMatch[] = [];
      const { hash, hash2, start, end, length } = tokens;
      const { mask, slotParent, slotHash, slotHash2, slotChild, wild, outputs } = trie;
      /** The child of `node` along the edge keyed by the hashes h and g, or -1. */
      const edge = (node: number, h: number, g: number): number => {
        let slot = slotOf(node, h, mask);
        for (;;) {
          const p = slotParent[slot]!;
          if (p === -1) return -1;
          if (p === node && slotHash[slot] === h && slotHash2[slot] === g) return slotChild[slot]!;
          slot = (slot + 1) & mask;
        }
      };
      /** The child of `node` for token k's word, or -1: the wildcard edge is taken apart. */
      const listed = (node: number, k: number): number => edge(node, hash[k]!, hash2[k]!);
      /** The child of `node` for a count ("# engineering teams") when token k is one in figures, or -1. */
      const counted = (node: number, k: number): number =>
        countFrom[node] === 1 && isCount(text, start[k]!, end[k]!) ? edge(node, COUNT_HASH, COUNT_HASH2) : -1;
      // From each start, every path is followed where a word is listed by one pattern and another
      // has a wildcard there: the word's own edge first, then the wildcard's. So "manage ** teams
      // of" still reads "managed several project teams of" where "manage * project" lists
      // "project". At most MAX_ACTIVE states are kept, so matching stays linear in the text.
      let cur = new Int32Array(MAX_ACTIVE);
      let nxt = new Int32Array(MAX_ACTIVE);
      let i = 0;
      while (i < length) {
        let curLength = 0;
        const first = listed(0, i);
        if (first >= 0) cur[curLength++] = first;
        const count = counted(0, i);
        if (count >= 0 && count !== first) cur[curLength++] = count;
        if (wild[0]! >= 0 && !holds(cur, curLength, wild[0]!)) cur[curLength++] = wild[0]!;
        if (curLength === 0) {
          i++;
          continue;
        }
        let bestEnd = -1;
        let bestNode = -1;
        // The first state is always the path that took a listed word wherever there was one; a
        // look-alike on it keeps its span ("hired as a staff nurse" is no "hire ** staff").
        let leadAlive = true;
        let leadEnd = -1;
        let leadNode = -1;
        let lookalike = false;
        // Whether the words so far span a comma, a semicolon, a bar or a bullet: a list's items.
        let crossed = false;
        let j = i;
        while (curLength > 0) {
          j++;
          // The longest match wins; at one length, the state that followed listed words first. A
          // name never spans items of a list ("time series, A/B testing" names no "Series A"), unless
          // it is written with the comma; a phrase pattern and a look-alike may.
          for (let x = 0; x < curLength; x++) {
            const node = cur[x]!;
            if (
              outputs[node] !== undefined &&
              (!crossed || outputs[node]!.every((o) => o.phrase || o.skillId === '' || o.spansItems)) &&
              (checked[node] === 0 || passing(node, i).length > 0)
            ) {
              bestEnd = j;
              bestNode = node;
              if (x === 0 && leadAlive) {
                leadEnd = j;
                leadNode = node;
                if (outputs[node]!.some((o) => o.skillId === '')) lookalike = true;
              }
              break;
            }
          }
          // A phrase never spans a line break: lines are separate statements.
          if (j >= length || crossesLine(text, end[j - 1]!, start[j]!)) break;
          if (!crossed && separatesItems(text, end[j - 1]!, start[j]!)) crossed = true;
          let n = 0;
          for (let x = 0; x < curLength && n < MAX_ACTIVE; x++) {
            const node = cur[x]!;
            const a = listed(node, j);
            if (a >= 0 && !holds(nxt, n, a)) nxt[n++] = a;
            const c = counted(node, j);
            if (c >= 0 && n < MAX_ACTIVE && !holds(nxt, n, c)) nxt[n++] = c;
            const w = wild[node]!;
            if (w >= 0 && n < MAX_ACTIVE && !holds(nxt, n, w)) nxt[n++] = w;
            if (x === 0 && n === 0) leadAlive = false;
          }
          const swap = cur;
          cur = nxt;
          nxt = swap;
          curLength = n;
        }
        if (lookalike) {
          bestEnd = leadEnd;
          bestNode = leadNode;
        }
        if (bestNode < 0) {
          i++;
          continue;
        }
        const found = checked[bestNode] === 0 ? outputs[bestNode]! : passing(bestNode, i);
        for (const o of found) {
          if (o.skillId === '' || (o.opening && !opensLine(text, start[i]!))) continue;
          const m: RawMatch = {
            skillId: o.skillId,
            needsContext: o.needsContext,
            start: start[i]!,
            end: end[bestEnd - 1]!,
          };
          if (o.phrase) m.phrase = true;
          out.push(m);
        }
        // Where a wildcard path ran longer than the listed words' own phrase, that phrase is read
        // too: "coordinating release sign-off with developers" is coordination with developers and
        // release coordination ("coordinate release").
        if (leadNode >= 0 && leadNode !== bestNode && found.every((o) => o.phrase)) {
          const shorter = checked[leadNode] === 0 ? outputs[leadNode]! : passing(leadNode, i);
          for (const o of shorter) {
            if (!o.phrase || o.skillId === '' || found.some((f) => f.skillId === o.skillId)) continue;
            if (o.opening && !opensLine(text, start[i]!)) continue;
            out.push({
              skillId: o.skillId,
              needsContext: o.needsContext,
              start: start[i]!,
              end: end[leadEnd - 1]!,
              phrase: true,
            });
          }
        }
        // A phrase pattern describes an action, and its object can name a skill of its own:
        // "developed contingency plans" is a plan made (organization) and a contingency (risk),
        // "reviewed test cases" a review and testing. Matching goes on from the phrase's second
        // word; a name or a look-alike keeps its span whole.
        i = bestEnd - i > 1 && found.every((o) => o.phrase) ? i + 1 : bestEnd;
      }
      return out;

      function passing(node: number, from: number): MatcherOutput[] {
        return outputs[node]!.filter(
          (o) => o.exact === undefined || exactMatch(text, start, end, from, o.exact),
        );
      }
    },
  };
}

/** The words of a pattern, with `*` kept as a wildcard step and `#` as a count. */
function patternWords(pattern: string): string[] {
  return words(pattern.replaceAll('*', ' qqwildqq ').replaceAll('#', ' qqcountqq ')).map((t) =>
    t === 'qqwildqq' ? '*' : t === 'qqcountqq' ? '#' : t,
  );
}

/**
 * The key of a pattern's `#` step: a count, written in figures ("28", "4-8", "25+") or as a word
 * from two to twenty. No token of text has this key; the matcher follows its edge for every
 * token of figures, beside the token's own edge and the wildcard's.
 */
const COUNT_KEY = 'qqcountqq';
const COUNT_HASH = hashLower(COUNT_KEY);
const COUNT_HASH2 = hash2Lower(COUNT_KEY);
const COUNT_WORDS =
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

/** The words one step of a pattern reads: the wildcard, a count, or a word's forms. */
function patternStep(t: string): string[] {
  if (t === '*') return ['*'];
  if (t === '#') return [COUNT_KEY, ...COUNT_WORDS];
  return [...new Set(withTwin(t).flatMap(inflections))];
}

/** Whether a token is a count in figures: digits first, and no letter ("28", "4-8", "25+"; not "1.2m"). */
function isCount(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c < 48 || c > 57) return false;
  for (let k = from + 1; k < to; k++) {
    const d = text.charCodeAt(k);
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d > 127) return false;
  }
  return true;
}

/** Whether nothing but a bullet, a number or spaces stands before `at` on its line: no letter. */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (LETTER.test(text[k]!)) return false;
  }
  return true;
}
const LETTER = /\p{L}/u;

/** Whether text[from, to) holds a comma, a semicolon, a bar or a bullet: marks between a list's items. */
function separatesItems(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7 || c === 0x25aa) return true;
  }
  return false;
}

function crossesLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function sliceToken(text: string, k: number): string {
  const t = tokenize(text);
  return text.slice(t.start[k]!, t.end[k]!);
}

function exactMatch(
  text: string,
  start: Int32Array,
  end: Int32Array,
  from: number,
  exact: string[],
): boolean {
  for (let k = 0; k < exact.length; k++) {
    if (text.slice(start[from + k]!, end[from + k]!) !== exact[k]) return false;
  }
  return true;
}
