// Words broken at a line end against compounds broken at their own hyphen, decided by rejoinWords
// inside real resumes: the shared dataset's resumes, each broken at one place at a time.
import type { LaidOutLine } from '../../src/core/resume/layout.ts';
import { type LineEndHyphen, rejoinWords } from '../../src/core/resume/rejoin-words.ts';
import { texBreaks } from './templates.ts';

export interface HyphenDecisions {
  /** Words broken by texBreaks (the middle one of a word's places; one word in three) and made whole. */
  brokenWords: number;
  rejoined: number;
  /** Two-part compounds the resume writes ("cross-functional"), broken at their hyphen and kept. */
  compounds: number;
  kept: number;
  /** The words left broken and the compounds joined, with how often. */
  leftBroken: Map<string, number>;
  joinedCompounds: Map<string, number>;
}

const COMPOUND = /(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu;
const WORD = /(?<![\p{L}-])\p{L}+(?![\p{L}-])/gu;

/** Decides every break in each resume as a PDF of the given producer would have it decided. */
export function hyphenDecisions(resumes: readonly string[], lineEndHyphen: LineEndHyphen): HyphenDecisions {
  const out: HyphenDecisions = {
    brokenWords: 0,
    rejoined: 0,
    compounds: 0,
    kept: 0,
    leftBroken: new Map(),
    joinedCompounds: new Map(),
  };
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  let candidate = 0;
  for (const resume of resumes) {
    // The dataset lost most line breaks: sentences stand in for lines (the words are what matter).
    const lines = resume.split(/\r?\n|(?<=[.;])\s+/).filter((l) => l.trim() !== '');
    const plain: LaidOutLine[] = lines.map((text) => ({ text, column: 0 }));
    const decide = (k: number, text: string, at: number) => {
      const laid = plain.slice();
      laid[k] = { text, column: 0, joins: [{ at, kind: 'hyphen' }] };
      return rejoinWords(laid, { lineEndHyphen })[k]!;
    };
    for (const [k, line] of lines.entries()) {
      for (const m of line.matchAll(COMPOUND)) {
        out.compounds++;
        if (decide(k, line, m.index + m[1]!.length) === line) out.kept++;
        else count(out.joinedCompounds, m[0].toLowerCase());
      }
      for (const m of line.matchAll(WORD)) {
        const breaks = texBreaks(m[0]);
        if (breaks.length === 0 || candidate++ % 3 !== 0) continue;
        const at = m.index + breaks[Math.floor(breaks.length / 2)]!;
        out.brokenWords++;
        if (decide(k, `${line.slice(0, at)}-${line.slice(at)}`, at) === line) out.rejoined++;
        else
          count(out.leftBroken, `${m[0].slice(0, at - m.index)}-${m[0].slice(at - m.index)}`.toLowerCase());
      }
    }
  }
  return out;
}
