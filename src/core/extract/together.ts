// Skills shown by words that stand apart in one clause (data/taxonomy/evidence.json, `together`):
// "agreed the go-live date with IT and the store managers" names a business party, a technical one
// and working with them, three things no phrase pattern holds side by side. Read on the tokens the
// matcher already made: one look-up a token, so the rules cost little beside the matcher.
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { RawMatch } from '../taxonomy/matcher.ts';
import type { TogetherWord } from '../taxonomy/schema.ts';
import { scanTokens, type TokenSpans } from '../text/tokenize.ts';

/** A word or phrase of a group, as the tokens it is made of. */
interface Entry {
  rule: number;
  group: number;
  hash: Int32Array;
  hash2: Int32Array;
  /** The tokens as written, when only their exact casing counts ("IT"). */
  exact?: string[];
}

interface Rule {
  skillId: string;
  groups: number;
  ordered: boolean;
  maxWords?: number;
  noComma: boolean;
}

interface Compiled {
  rules: Rule[];
  /** The entries by the hash of their first token. */
  byFirst: Map<number, Entry[]>;
}

/** A word of a group found in the text: its tokens [tok, lastTok] and characters [start, end). */
interface Hit {
  rule: number;
  group: number;
  tok: number;
  lastTok: number;
  start: number;
  end: number;
}

const compiled = new WeakMap<Taxonomy, Compiled>();

/**
 * The spans where a together rule holds: in each clause (a line, cut at a sentence's full stop, a
 * semicolon, a list mark or a tab), a word or phrase of every group as whole words, from the first of
 * them to the last. In text order, at most one span per rule and clause.
 */
export function togetherMatches(text: string, taxonomy: Taxonomy, tokens?: TokenSpans): RawMatch[] {
  const { rules, byFirst } = compiledOf(taxonomy);
  if (rules.length === 0) return [];
  const t = tokens ?? scanTokens(text);
  const out: RawMatch[] = [];
  // One clause at a time: its hits, and for each rule a bit for each group found in it.
  const clause: Hit[] = [];
  const found = new Int32Array(rules.length);
  const complete = rules.map((r) => (1 << r.groups) - 1);
  let clauseEnd = -1;
  const close = () => {
    for (let r = 0; r < rules.length; r++) {
      if (found[r] !== complete[r]) continue;
      const span = spanOf(
        rules[r]!,
        clause.filter((h) => h.rule === r),
        text,
      );
      if (span)
        out.push({
          skillId: rules[r]!.skillId,
          needsContext: false,
          start: span[0],
          end: span[1],
          phrase: true,
          together: true,
        });
    }
    found.fill(0);
    clause.length = 0;
  };
  for (let i = 0; i < t.length; i++) {
    const entries = byFirst.get(t.hash[i]!);
    if (!entries) continue;
    const at = t.start[i]!;
    if (at >= clauseEnd) {
      if (clause.length > 0) close();
      clauseEnd = nextBreak(text, at);
    }
    for (const e of entries) {
      const last = i + e.hash.length - 1;
      if (last >= t.length || !sameTokens(text, t, i, e) || t.end[last]! > clauseEnd) continue;
      clause.push({ rule: e.rule, group: e.group, tok: i, lastTok: last, start: at, end: t.end[last]! });
      found[e.rule]! |= 1 << e.group;
    }
  }
  if (clause.length > 0) close();
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Matches of the taxonomy's matcher and of its together rules, in text order. */
export function withTogether(
  text: string,
  taxonomy: Taxonomy,
  raw: RawMatch[],
  tokens?: TokenSpans,
): RawMatch[] {
  const extra = togetherMatches(text, taxonomy, tokens);
  if (extra.length === 0) return raw;
  const merged: RawMatch[] = [];
  let k = 0;
  for (const m of raw) {
    while (k < extra.length && extra[k]!.start < m.start) merged.push(extra[k++]!);
    merged.push(m);
  }
  while (k < extra.length) merged.push(extra[k++]!);
  return merged;
}

/**
 * From the first word of a group found in the clause to the last, or undefined if a group has none.
 * An ordered rule takes each group's first word after the previous group's, trying each word of the
 * first group in turn until the span holds at most `maxWords` words.
 */
function spanOf(rule: Rule, hits: readonly Hit[], text: string): [number, number] | undefined {
  const first = (group: number, afterTok = -1) => hits.find((h) => h.group === group && h.tok > afterTok);
  if (!rule.ordered) {
    const found: Hit[] = [];
    for (let g = 0; g < rule.groups; g++) {
      const hit = first(g);
      if (!hit) return undefined;
      found.push(hit);
    }
    const start = found.reduce((a, b) => (b.tok < a.tok ? b : a));
    const end = found.reduce((a, b) => (b.lastTok > a.lastTok ? b : a));
    return fits(rule, start.tok, end.lastTok) && commaFree(rule, text, start.end, end.start)
      ? [start.start, end.end]
      : undefined;
  }
  for (const start of hits) {
    if (start.group !== 0) continue;
    let end = start;
    for (let g = 1; g < rule.groups; g++) {
      const next = first(g, end.lastTok);
      if (!next) return undefined; // no later word of this group after any start
      end = next;
    }
    if (fits(rule, start.tok, end.lastTok) && commaFree(rule, text, start.end, end.start))
      return [start.start, end.end];
  }
  return undefined;
}

/** Whether the span of tokens holds no more words than the rule allows. */
function fits(rule: Rule, firstTok: number, lastTok: number): boolean {
  return rule.maxWords === undefined || lastTok - firstTok + 1 <= rule.maxWords;
}

/** Whether a rule that asks for it finds no comma between its first word and its last. */
function commaFree(rule: Rule, text: string, from: number, to: number): boolean {
  if (!rule.noComma) return true;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return false;
  return true;
}

function sameTokens(text: string, t: TokenSpans, i: number, e: Entry): boolean {
  for (let k = 0; k < e.hash.length; k++) {
    if (t.hash[i + k] !== e.hash[k] || t.hash2[i + k] !== e.hash2[k]) return false;
    if (e.exact && text.slice(t.start[i + k], t.end[i + k]) !== e.exact[k]) return false;
  }
  return true;
}

/** What ends a clause: a line break, a semicolon, a list mark, a tab, or a full stop before a space. */
const CLAUSE_BREAK = /[\n;!?•▪●◦‣⁃➢➤►|\t]|\.(?=\s|$)/g;

/** The first clause break at or after `from` (the text's length if none). */
function nextBreak(text: string, from: number): number {
  CLAUSE_BREAK.lastIndex = from;
  return CLAUSE_BREAK.exec(text)?.index ?? text.length;
}

function compiledOf(taxonomy: Taxonomy): Compiled {
  let c = compiled.get(taxonomy);
  if (!c) {
    const byFirst = new Map<number, Entry[]>();
    const rules = taxonomy.together.map((r, rule) => {
      r.groups.forEach((words, group) => {
        for (const w of words) {
          const entry = entryOf(w, rule, group);
          if (!entry) continue;
          const list = byFirst.get(entry.hash[0]!) ?? [];
          list.push(entry);
          byFirst.set(entry.hash[0]!, list);
        }
      });
      return {
        skillId: r.skill,
        groups: r.groups.length,
        ordered: r.ordered === true,
        ...(r.maxWords !== undefined ? { maxWords: r.maxWords } : {}),
        noComma: r.noComma === true,
      };
    });
    c = { rules, byFirst };
    compiled.set(taxonomy, c);
  }
  return c;
}

function entryOf(word: TogetherWord, rule: number, group: number): Entry | undefined {
  const text = typeof word === 'string' ? word : word.text;
  const t = scanTokens(text);
  if (t.length === 0) return undefined;
  return {
    rule,
    group,
    hash: t.hash.slice(0, t.length),
    hash2: t.hash2.slice(0, t.length),
    ...(typeof word === 'string'
      ? {}
      : { exact: Array.from({ length: t.length }, (_, k) => text.slice(t.start[k], t.end[k])) }),
  };
}
