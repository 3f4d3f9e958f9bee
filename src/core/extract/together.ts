// Skills shown by words that stand apart in one clause (data/taxonomy/evidence.json, `together`):
// "agreed the go-live date with IT and the store managers" names a business party, a technical one
// and working with them, three things no phrase pattern holds side by side.
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { RawMatch } from '../taxonomy/matcher.ts';
import type { TogetherWord } from '../taxonomy/schema.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** One group of a rule: its words in any case, and those that count only in their exact casing. */
interface Group {
  anyCase?: RegExp;
  exactCase?: RegExp;
}

interface Rule {
  skillId: string;
  groups: Group[];
  ordered: boolean;
  maxWords?: number;
}

/** Where a clause ends inside a line: a sentence's full stop, a semicolon, a list mark or a tab. */
const CLAUSE_BREAK = /[;!?•▪●◦‣⁃➢➤►|\t]|\.(?=\s|$)/g;

const compiled = new WeakMap<Taxonomy, Rule[]>();

/**
 * The spans where a together rule holds: in each clause, a word or phrase of every group (whole
 * words), from the first of them to the last. In text order, at most one span per rule and clause.
 */
export function togetherMatches(text: string, taxonomy: Taxonomy): RawMatch[] {
  const rules = rulesOf(taxonomy);
  if (rules.length === 0) return [];
  const out: RawMatch[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    // Most lines hold no rule's first group at all: one test of the whole line leaves them.
    const candidates = rules.filter((r) => find(r.groups[0]!, line, 0) !== undefined);
    if (candidates.length > 0) {
      let clauseStart = 0;
      CLAUSE_BREAK.lastIndex = 0;
      for (;;) {
        const brk = CLAUSE_BREAK.exec(line);
        const clauseEnd = brk ? brk.index : line.length;
        if (clauseEnd > clauseStart) {
          const clause = line.slice(clauseStart, clauseEnd);
          for (const rule of candidates) {
            const span = spanOf(rule, clause);
            if (span) {
              out.push({
                skillId: rule.skillId,
                needsContext: false,
                start: lineStart + clauseStart + span[0],
                end: lineStart + clauseStart + span[1],
                phrase: true,
                together: true,
              });
            }
          }
        }
        if (!brk) break;
        clauseStart = clauseEnd + 1;
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Matches of the taxonomy's matcher and of its together rules, in text order. */
export function withTogether(text: string, taxonomy: Taxonomy, raw: RawMatch[]): RawMatch[] {
  const extra = togetherMatches(text, taxonomy);
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
function spanOf(rule: Rule, clause: string): [number, number] | undefined {
  if (!rule.ordered) {
    let from = Number.POSITIVE_INFINITY;
    let to = -1;
    for (const group of rule.groups) {
      const hit = find(group, clause, 0);
      if (!hit) return undefined;
      from = Math.min(from, hit[0]);
      to = Math.max(to, hit[1]);
    }
    return fits(rule, clause, from, to) ? [from, to] : undefined;
  }
  for (let first = find(rule.groups[0]!, clause, 0); first; first = find(rule.groups[0]!, clause, first[1])) {
    let end: number = first[1];
    for (const group of rule.groups.slice(1)) {
      const hit = find(group, clause, end);
      if (!hit) return undefined; // no later word of this group after any start
      end = hit[1];
    }
    if (fits(rule, clause, first[0], end)) return [first[0], end];
  }
  return undefined;
}

/** Whether the span holds no more words than the rule allows. */
function fits(rule: Rule, clause: string, from: number, to: number): boolean {
  if (rule.maxWords === undefined) return true;
  return (clause.slice(from, to).match(/\S+/g)?.length ?? 0) <= rule.maxWords;
}

/** The earliest word of the group in `text` from `at`: [start, end), or undefined. */
function find(group: Group, text: string, at: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const re of [group.anyCase, group.exactCase]) {
    if (!re) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && (!best || m.index < best[0])) best = [m.index, m.index + m[0].length];
  }
  return best;
}

function rulesOf(taxonomy: Taxonomy): Rule[] {
  let rules = compiled.get(taxonomy);
  if (!rules) {
    rules = taxonomy.together.map((r) => ({
      skillId: r.skill,
      groups: r.groups.map(compileGroup),
      ordered: r.ordered === true,
      ...(r.maxWords !== undefined ? { maxWords: r.maxWords } : {}),
    }));
    compiled.set(taxonomy, rules);
  }
  return rules;
}

function compileGroup(words: readonly TogetherWord[]): Group {
  const anyCase = words.filter((w) => typeof w === 'string');
  const exactCase = words.flatMap((w) => (typeof w === 'string' ? [] : [w.text]));
  return {
    ...(anyCase.length > 0 ? { anyCase: wordsRegExp(anyCase, 'giu') } : {}),
    ...(exactCase.length > 0 ? { exactCase: wordsRegExp(exactCase, 'gu') } : {}),
  };
}

/** Any of the words or phrases as whole words; the words of a phrase apart by any run of spaces. */
function wordsRegExp(words: readonly string[], flags: string): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}
