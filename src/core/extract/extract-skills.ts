import { sectionOfLines, splitSections } from '../resume/sections.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { indexLines, lineSpan } from '../text/lines.ts';
import { scanTokens, words } from '../text/tokenize.ts';
import {
  containsSequence,
  HEDGE_CUES,
  LIST_LABEL,
  NEGATION_CUES,
  OWNERSHIP_WORDS,
  QUANTITY,
  RESULT_WORDS,
} from './cues.ts';
import type { Extraction, IgnoredMention, SectionKind, SkillMention, Strength } from './types.ts';

export interface ExtractOptions {
  /** Section of each 1-based line; computed from the text's headings when absent. */
  lineSections?: readonly SectionKind[];
}

const MAX_QUOTE = 240;
const TECHNICAL_KINDS = new Set(['technical', 'tool']);

/**
 * Finds every taxonomy skill the text shows: one matcher pass, then per-mention context
 * (section, strength, hedges and negation) read from the mention's own line.
 */
export function extractSkills(text: string, taxonomy: Taxonomy, options: ExtractOptions = {}): Extraction {
  const tokens = scanTokens(text);
  const raw = taxonomy.matcher.match(text, tokens);
  const index = indexLines(text);
  const sectionOf =
    options.lineSections ?? sectionOfLines(splitSections(linesOf(text, index.count, index)), index.count);

  // Line of each match: matches come in text order, so one forward walk suffices.
  const lineOfMatch = new Int32Array(raw.length);
  let line = 1;
  for (let k = 0; k < raw.length; k++) {
    const start = raw[k]!.start;
    while (line < index.count && index.starts[line]! <= start) line++;
    lineOfMatch[k] = line;
  }

  // Ambiguous names ("Go", "R") count only beside other technical evidence on their line.
  const technicalLines = new Set<number>();
  const ambiguousPerLine = new Map<number, Set<string>>();
  raw.forEach((m, k) => {
    const l = lineOfMatch[k]!;
    if (m.needsContext) {
      const set = ambiguousPerLine.get(l) ?? new Set<string>();
      set.add(m.skillId);
      ambiguousPerLine.set(l, set);
    } else if (TECHNICAL_KINDS.has(taxonomy.byId.get(m.skillId)?.kind ?? '')) {
      technicalLines.add(l);
    }
  });

  const lineInfo = new Map<number, { text: string; start: number; strength: Strength }>();
  const infoOf = (l: number) => {
    let info = lineInfo.get(l);
    if (!info) {
      const [s, e] = lineSpan(text, index, l);
      const lineTextValue = text.slice(s, e);
      info = {
        text: lineTextValue,
        start: s,
        strength: lineStrength(lineTextValue, sectionOf[l] ?? 'other'),
      };
      lineInfo.set(l, info);
    }
    return info;
  };

  const mentions: SkillMention[] = [];
  const ignored: IgnoredMention[] = [];
  raw.forEach((m, k) => {
    const l = lineOfMatch[k]!;
    const section = sectionOf[l] ?? 'other';
    const info = infoOf(l);
    const quote = quoteAround(info.text, m.start - info.start, m.end - info.start);
    if (m.needsContext) {
      const inList = section === 'skills' || LIST_LABEL.test(info.text);
      const ambiguousHere = ambiguousPerLine.get(l)?.size ?? 0;
      if (!(inList || technicalLines.has(l) || (ambiguousHere >= 2 && isListLike(info.text)))) {
        ignored.push({ skillId: m.skillId, quote, line: l, reason: 'no-context' });
        return;
      }
    }
    const clause = words(clauseBefore(info.text, m.start - info.start));
    if (NEGATION_CUES.some((cue) => containsSequence(clause, cue))) {
      ignored.push({ skillId: m.skillId, quote, line: l, reason: 'negated' });
      return;
    }
    mentions.push({
      skillId: m.skillId,
      matched: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      line: l,
      section,
      strength: info.strength,
      hedged: HEDGE_CUES.some((cue) => containsSequence(clause, cue)),
      quote,
    });
  });
  return { mentions, ignored };
}

function linesOf(text: string, count: number, index: ReturnType<typeof indexLines>): string[] {
  const out: string[] = [];
  for (let l = 1; l <= count; l++) {
    const [s, e] = lineSpan(text, index, l);
    out.push(text.slice(s, e));
  }
  return out;
}

/** How strongly a line shows what it mentions, from its section and its wording. */
export function lineStrength(line: string, section: SectionKind): Strength {
  if (
    section === 'skills' ||
    section === 'certifications' ||
    section === 'education' ||
    section === 'header'
  ) {
    return 'listed';
  }
  if (LIST_LABEL.test(line) || isListLike(line)) return 'listed';
  if (section === 'summary') return 'listed';
  const lineWords = words(line);
  const owns = lineWords.some((w) => OWNERSHIP_WORDS.has(w));
  const result = QUANTITY.test(line) || lineWords.some((w) => RESULT_WORDS.has(w));
  return owns && result ? 'led' : 'applied';
}

/** "Java, Python, SQL, Docker" — short items between separators, no sentence. */
function isListLike(line: string): boolean {
  const items = line.split(/[,|;•·▪]/).filter((s) => s.trim().length > 0);
  if (items.length < 3) return false;
  const avgWords = items.reduce((n, s) => n + s.trim().split(/\s+/).length, 0) / items.length;
  return avgWords <= 3;
}

/** The text of the clause before a position: back to the last sentence break, at most 160 chars. */
function clauseBefore(line: string, pos: number): string {
  const from = Math.max(0, pos - 160);
  let cut = from;
  for (let i = pos - 1; i >= from; i--) {
    const c = line[i]!;
    if (c === ';' || c === '!' || c === '?' || c === '•' || c === '|' || (c === '¢' && line[i - 1] === 'â')) {
      cut = i + 1;
      break;
    }
    if (c === '.' && (i + 1 >= line.length || line[i + 1] === ' ')) {
      cut = i + 1;
      break;
    }
  }
  return line.slice(cut, pos);
}

/** The verbatim line, trimmed; for a long line, the sentence around the match, cut at word boundaries. */
export function quoteAround(line: string, start: number, end: number): string {
  const trimmed = stripMarker(line.trim());
  if (trimmed.length <= MAX_QUOTE) return trimmed;
  let s = start;
  while (s > 0 && !isSentenceBreak(line, s - 1) && start - s < MAX_QUOTE / 2) s--;
  let e = end;
  while (e < line.length && !isSentenceBreak(line, e) && e - end < MAX_QUOTE / 2) e++;
  if (e < line.length && line[e] === '.') e++;
  // Snap to word boundaries so the quote never starts or ends mid-word.
  while (s < start && s > 0 && /\S/.test(line[s - 1]!)) s++;
  while (e > end && e < line.length && /\S/.test(line[e]!)) e--;
  return stripMarker(line.slice(s, e).trim());
}

/** Drops a leading bullet or Markdown heading marker; what remains is still verbatim input. */
function stripMarker(quote: string): string {
  return quote.replace(/^(?:#{1,6}|[-*•▪●◦·‣⁃–]|\d{1,2}[.)])\s+/, '');
}

function isSentenceBreak(line: string, i: number): boolean {
  const c = line[i]!;
  // "â¢" is a bullet mis-decoded as Windows-1252, common in exported resumes.
  if (c === '•' || c === ';' || c === '|' || c === '\t' || (c === '¢' && line[i - 1] === 'â')) return true;
  if ((c === '.' || c === '!' || c === '?') && (i + 1 >= line.length || line[i + 1] === ' ')) return true;
  return c === '*' && line[i + 1] === ' ' && (i === 0 || line[i - 1] === ' ');
}
