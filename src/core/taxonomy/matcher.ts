import { equalsLower, hashLower, scanTokens, type TokenSpans, tokenize, words } from '../text/tokenize.ts';
import type { Skill } from './schema.ts';

/** What a path through the trie produces. An empty skillId is a shadow: it consumes text, shows nothing. */
interface Output {
  skillId: string;
  /** Exact token spellings required (case-sensitive aliases), else undefined. */
  exact?: string[];
  needsContext: boolean;
}

/** An edge of the trie: one lowercased token spelling; edges whose keys share a hash are chained. */
interface Edge {
  key: string;
  target: Node;
  sibling: Edge | undefined;
}

interface Node {
  next: Map<number, Edge> | undefined;
  wild: Node | undefined;
  outputs: Output[] | undefined;
}

/** One leftmost-longest match: the token span and the skills it shows. */
export interface RawMatch {
  skillId: string;
  needsContext: boolean;
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
}

export interface Matcher {
  /** One pass over the text: leftmost-longest, non-overlapping matches. */
  match(text: string, tokens?: TokenSpans): RawMatch[];
  /** Every distinct surface form the matcher knows, lowercased (for benchmarks against grep). */
  surfaceForms(): string[];
}

/**
 * Phrases that contain a skill's name but are not that skill ("go live", "R&D"). They win
 * leftmost-longest and produce nothing.
 */
export const SHADOW_PHRASES = [
  'go live',
  'go lives',
  'went live',
  'go to market',
  'go-to-market',
  'go forward',
  'go ahead',
  'on the go',
  'r&d',
  'r and d',
  'q&a',
  'c level',
  'c suite',
  'c-level',
  'c-suite',
  'plan b',
  'spring semester',
  'spring term',
  'spring break',
  'a b testing',
];

function newNode(): Node {
  return { next: undefined, wild: undefined, outputs: undefined };
}

function edge(node: Node, key: string): Edge | undefined {
  let e = node.next?.get(hashLower(key));
  while (e !== undefined && e.key !== key) e = e.sibling;
  return e;
}

function link(node: Node, key: string, target: Node): void {
  if (edge(node, key)) return;
  node.next ??= new Map();
  const h = hashLower(key);
  node.next.set(h, { key, target, sibling: node.next.get(h) });
}

/** The child of `node` for the token text[s, e), if any. */
function step(node: Node, text: string, s: number, e: number, h: number): Node | undefined {
  let ed = node.next?.get(h);
  while (ed !== undefined) {
    if (equalsLower(text, s, e, ed.key)) return ed.target;
    ed = ed.sibling;
  }
  return node.wild;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Inflected forms of one word: plural, past, gerund, and the base of a plural given as the pattern. */
export function inflections(word: string): string[] {
  const out = new Set<string>([word]);
  if (!/^[a-z]+$/.test(word) || word.length < 3) return [...out];
  const last = word.at(-1)!;
  const beforeLast = word.at(-2)!;
  if (last === 'e') {
    out.add(`${word}s`);
    out.add(`${word}d`);
    out.add(`${word.slice(0, -1)}ing`);
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
  if (last === 's' && beforeLast !== 's' && word.length > 3) {
    const base = word.slice(0, -1);
    out.add(base);
    if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
    if (/(ses|xes|ches|shes)$/.test(word)) out.add(word.slice(0, -2));
  }
  return [...out];
}

function addPath(root: Node, steps: string[][], output: Output): void {
  let nodes = [root];
  for (const alternatives of steps) {
    const nextNodes: Node[] = [];
    for (const node of nodes) {
      if (alternatives.length === 1 && alternatives[0] === '*') {
        node.wild ??= newNode();
        nextNodes.push(node.wild);
        continue;
      }
      // All spellings of one word lead to the same child, so inflection costs no extra states.
      const target = alternatives.map((a) => edge(node, a)?.target).find((t) => t !== undefined) ?? newNode();
      for (const alt of alternatives) link(node, alt, target);
      nextNodes.push(target);
    }
    nodes = [...new Set(nextNodes)];
  }
  for (const node of nodes) {
    node.outputs ??= [];
    if (!node.outputs.some((o) => o.skillId === output.skillId && o.exact === output.exact))
      node.outputs.push(output);
  }
}

export function compileMatcher(
  skills: readonly Skill[],
  shadows: readonly string[] = SHADOW_PHRASES,
): Matcher {
  const root = newNode();
  const forms = new Set<string>();
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const tokens = words(text);
      if (tokens.length === 0) continue;
      const caseSensitive = typeof alias !== 'string' && alias.caseSensitive === true;
      const output: Output = {
        skillId: skill.id,
        needsContext: typeof alias !== 'string' && alias.needsContext === true,
      };
      if (caseSensitive) output.exact = tokenize(text).norm.map((_, k) => sliceToken(text, k));
      addPath(
        root,
        tokens.map((t) => [t]),
        output,
      );
      forms.add(text.toLowerCase());
    }
    for (const pattern of skill.patterns) {
      const tokens = words(pattern.replaceAll('*', ' qqwildqq ')).map((t) => (t === 'qqwildqq' ? '*' : t));
      if (tokens.length === 0) continue;
      addPath(
        root,
        tokens.map((t) => (t === '*' ? ['*'] : inflections(t))),
        { skillId: skill.id, needsContext: false },
      );
      forms.add(pattern.toLowerCase());
    }
  }
  for (const shadow of shadows) {
    addPath(
      root,
      words(shadow).map((t) => [t]),
      { skillId: '', needsContext: false },
    );
  }

  return {
    surfaceForms: () => [...forms].filter((f) => !f.includes('*')).sort(),
    match(text, tokens = scanTokens(text)) {
      const out: RawMatch[] = [];
      const { hash, start, end, length } = tokens;
      let i = 0;
      while (i < length) {
        let node: Node | undefined = step(root, text, start[i]!, end[i]!, hash[i]!);
        if (node === undefined) {
          i++;
          continue;
        }
        let bestEnd = -1;
        let bestOutputs: Output[] | undefined;
        let j = i;
        while (node !== undefined) {
          j++;
          if (node.outputs !== undefined) {
            const passing = node.outputs.filter(
              (o) => o.exact === undefined || exactMatch(text, start, end, i, o.exact),
            );
            if (passing.length > 0) {
              bestEnd = j;
              bestOutputs = passing;
            }
          }
          if (j >= length) break;
          node = step(node, text, start[j]!, end[j]!, hash[j]!);
        }
        if (bestOutputs === undefined) {
          i++;
          continue;
        }
        for (const o of bestOutputs) {
          if (o.skillId === '') continue;
          out.push({
            skillId: o.skillId,
            needsContext: o.needsContext,
            start: start[i]!,
            end: end[bestEnd - 1]!,
          });
        }
        i = bestEnd;
      }
      return out;
    },
  };
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
