/**
 * Words a line end broke, rejoined by what the whole document says. The layout step joins a
 * paragraph's wrapped lines; where a line ended in an ASCII hyphen ("Devel-" / "oping", as TeX
 * prints a broken word, and "cross-" / "functional", as anyone prints a compound) or lost its hyphen
 * to pdf.js ("Con" / "sul", a font mapping its hyphen to a soft hyphen), it leaves the choice here:
 * the document's other words tell a word from a compound.
 */
import type { Join, LaidOutLine } from './layout.ts';

/** A word, or a compound of words joined by hyphens ("end-to-end"). */
const TOKEN = /\p{L}+(?:[-\u2010]\p{L}+)*/gu;

/**
 * How a word broken by TeX's patterns ends: a suffix that is no word of its own ("deploy-ment",
 * "require-ments", "submis-sions", "Imple-mented"). A compound's second part is a word.
 */
const WORD_END =
  /^(?:ments?|mented|menting|mentation|tions?|sions?|tional|sional|ings?|ances?|ences?|ancy|ency|ity|ities|ness|ably|ibly|ible|ures?|tures?|ous|ious|eous|ously|ives?|ively|[iy][sz](?:es?|ed|ing|ations?)|ated|ating|ations?|ational|ically|ical|aries|ory|ories|ists?|isms?|ers|ered|ering|ell?ed|ell?ing|oped|oping|fully)$/;

/**
 * Words that open the compounds resumes and job postings write most ("cross-functional",
 * "self-service", "trade-offs", "end-to-end"; counted in the shared resumes and postings), when the
 * document does not show them. Bound prefixes are left out, and "in": TeX breaks words after "de",
 * "re", "pro", "con" and "in" far more often than anyone writes "re-architected", which reads fine joined.
 */
const COMPOUND_HEADS = new Set(
  (
    'best client cloud cross customer cutting data day decision deep detail early end event fact fast ' +
    'field fine first follow front full goal half hand hands hard high hot large life long low mid ' +
    'mission mobile month near next off on one open part peer people problem quality real risk second ' +
    'security self server short small soft start state team test third three tight time top trade ' +
    'two user value web week well work world year'
  ).split(' '),
);

/**
 * Prefixes written with a hyphen before a word ("co-founded", "multi-cloud", "re-engineered",
 * "sub-teams"): outside TeX a hyphen after them is taken as the author's. TeX breaks words after
 * them so often ("re-|quirements", "in-|ternship") that they are no evidence there. "Ex" and "inter"
 * are left out: in the shared resumes "ex-|perience" and "inter-|nal" outnumber their compounds.
 */
const BOUND_PREFIXES = new Set(
  'anti auto co cyber de intra macro micro mini multi non post pre pro re semi sub'.split(' '),
);

/**
 * Prefixes English writes closed ("individual", "overview", "understand", "supervision"), where a
 * line breaker splits words far more often than an author writes a hyphen (in the shared postings
 * "over-" is 6 compounds against 712 words a break after "over" fits, "in-" 588 against 20,154, most
 * of those "in-house" and "in-depth", whose second word tells them): a hyphen after one is the
 * author's only where the document writes that prefix with a hyphen elsewhere. "Con" is no prefix
 * written with a hyphen at all (0 against 8,343).
 */
const CLOSED_PREFIXES = new Set('in over super un under'.split(' '));

/**
 * Words that close the compounds job postings write most ("cross-functional", "data-driven",
 * "fast-paced", "problem-solving"; second parts written 8 times or more in the shared postings,
 * place and employer names left out). Without a dictionary, they tell a compound broken at its
 * hyphen from a word broken by a line breaker when the document does not.
 */
const COMPOUND_TAILS = new Set(
  (
    'agent assisted authored availability backed bandwidth based being benefit boarding building ' +
    'built business call care case cause centered centred centric certified changing class cloud code ' +
    'company component computer construction controlled core critical culture cycle day defining ' +
    'depth design details device directed disciplinary down driven edge effective efficient emergency ' +
    'enabled end engineer engineering facing family first focused form founder fraud free friendly ' +
    'full functional functionally funded generated going grade graduate group growing growth hands ' +
    'heavy hoc home hosted house hybrid impact informed intensive known language latency launch ' +
    'leading learn led level licensed life like line location making management manager market ' +
    'marketing mechanical medical metal minded modal mode money motivated motivation moving native ' +
    'new obsessed off office offs only ops organizational organized oriented out owned ownership ' +
    'paced page paid part party perfect performance performing person platform power powered premises ' +
    'pressure product production profile profit program quality range ready related remote reviewed ' +
    'risk room run sales saving scalable scale schedule school science senior sensitive service side ' +
    'site social software solving source special specific speed stack stage standard starter state ' +
    'store style surgical system task tasking team tech technical term thinking threaded through ' +
    'throughput tier time touch track train training tuning ups use user value volume way wide ' +
    'winning without working world year'
  ).split(' '),
);

/** Longer runs of letters are no words (and would make the stem sets grow with their square). */
const LONGEST_WORD = 40;

/** What the document says of its words, read outside the joins in question. */
interface Vocabulary {
  /** Every word, lowercased (the parts of compounds too). */
  words: Set<string>;
  /** Every hyphenated compound, lowercased, hyphens as ASCII. */
  compounds: Set<string>;
  /** The first parts of those compounds ("co" of "co-founded"). */
  heads: Set<string>;
  /** The beginnings (3 letters or more) and ends (4 or more) of the words, for stems across a break. */
  starts: Set<string>;
  ends: Set<string>;
}

/**
 * Whose an ASCII hyphen at a line end is when the document's words say nothing either way.
 * 'typesetter': TeX (pdfTeX, LuaTeX, XeTeX) breaks words with it, so it is a break unless the word
 * before it opens compounds. 'author': the typesetter marks its own breaks otherwise (Chromium
 * U+2010, Typst a glyph of its own), so it is the author's. 'either': word processors and unknown
 * producers; told by the shape of its two parts.
 */
export type LineEndHyphen = 'typesetter' | 'author' | 'either';

export interface RejoinOptions {
  /** 'either' unless the producer is known. */
  lineEndHyphen?: LineEndHyphen;
}

/** The lines' text with each join decided: a word broken at a line end made whole, a compound kept. */
export function rejoinWords(lines: readonly LaidOutLine[], options: RejoinOptions = {}): string[] {
  const vocabulary = vocabularyOf(lines);
  const lineEndHyphen = options.lineEndHyphen ?? 'either';
  return lines.map((line) => {
    if (!line.joins || line.joins.length === 0) return line.text;
    let text = line.text;
    // Right to left: an edit leaves the offsets of the joins before it as they were.
    for (const join of [...line.joins].sort((a, b) => b.at - a.at))
      if (isBrokenWord(text, join, vocabulary, lineEndHyphen))
        text = text.slice(0, join.at) + text.slice(join.at + 1);
    return text;
  });
}

function vocabularyOf(lines: readonly LaidOutLine[]): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  const heads = new Set<string>();
  for (const line of lines) {
    const joins = [...(line.joins ?? [])].sort((a, b) => a.at - b.at);
    let next = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(line.text); m !== null; m = TOKEN.exec(line.text)) {
      const from = m.index;
      const to = from + m[0].length;
      // The tokens a join runs through or sits between are what is being decided.
      while (next < joins.length && joins[next]!.at < from - 1) next++;
      if (next < joins.length && joins[next]!.at <= to) continue;
      const token = m[0].toLowerCase().replace(/\u2010/g, '-');
      if (token.includes('-')) {
        compounds.add(token);
        heads.add(token.slice(0, token.indexOf('-')));
      }
      for (const part of token.split('-')) if (part.length <= LONGEST_WORD) words.add(part);
    }
  }
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const w of words) {
    for (let n = 3; n <= w.length; n++) starts.add(w.slice(0, n));
    for (let n = 4; n <= w.length; n++) ends.add(w.slice(-n));
  }
  return { words, compounds, heads, starts, ends };
}

/** The run of letters that ends at `at` and the one that starts there (after `skip` characters). */
function around(text: string, at: number, skip: number) {
  let from = at;
  while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
  let to = at + skip;
  while (to < text.length && /\p{L}/u.test(text[to]!)) to++;
  return { left: text.slice(from, at), right: text.slice(at + skip, to), from, to };
}

function isBrokenWord(
  text: string,
  join: Join,
  vocabulary: Vocabulary,
  lineEndHyphen: LineEndHyphen,
): boolean {
  const { words, compounds, starts } = vocabulary;
  const { left, right, from, to } = around(text, join.at, 1);
  if (left.length < 2 || right.length < 2 || left.length + right.length > LONGEST_WORD) return false;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = l + r;
  if (join.kind === 'space') {
    // Two lines end and start in the middle of one word only if the document says so: the word
    // (or one of its stem) elsewhere, neither half a word of its own.
    return (
      r.length >= 3 &&
      !words.has(l) &&
      !words.has(r) &&
      (words.has(joined) || crossesStem(joined, l, r, vocabulary))
    );
  }
  // A compound of more than two words breaks only at its hyphens ("end-to-" / "end"): TeX hyphenates
  // no word that holds a hyphen, nor do Chromium and Typst.
  if (text[from - 1] === '-' || text[from - 1] === '\u2010' || /^[-\u2010]\p{L}/u.test(text.slice(to)))
    return false;
  if (compounds.has(`${l}-${r}`)) return false;
  if (words.has(joined)) return true;
  // TeX leaves at least two letters before a break and three after: "follow-up" is the author's.
  if (r.length < 3) return false;
  if (crossesStem(joined, l, r, vocabulary)) return true;
  // A capital after the hyphen ("Trillion-Parameter") is a compound unless the document says otherwise.
  if (!/^\p{Ll}/u.test(right)) return false;
  // A compound's parts are words; a broken word's halves mostly are not.
  if (words.has(r)) return false;
  if (WORD_END.test(r)) return true;
  if (lineEndHyphen === 'author' || COMPOUND_TAILS.has(r)) return false;
  if (COMPOUND_HEADS.has(l) || (l.length >= 4 && words.has(l))) return false;
  if (lineEndHyphen === 'typesetter') return true;
  // A word processor's break or the author's compound: a compound's first part is often a bound
  // prefix ("co-", "multi-", "re-"; "over-" only where the document writes it so), its second opens
  // words the document writes ("age-|groups", "group"); what a line breaker leaves after the hyphen
  // mostly does neither ("hos-|pitals", "con-|ditions", "in-|dividual").
  const prefix = BOUND_PREFIXES.has(l) || (CLOSED_PREFIXES.has(l) && vocabulary.heads.has(l));
  return !prefix && !(r.length >= 4 && starts.has(r.slice(0, 4)));
}

/**
 * Whether a word of the document runs across the break: shares the part before it and two more
 * letters ("develop", "development" for "devel|oping"), or the part after it and three more
 * ("missions" for "sub|missions").
 */
function crossesStem(joined: string, left: string, right: string, { starts, ends }: Vocabulary): boolean {
  return (
    starts.has(joined.slice(0, left.length + 2)) ||
    (left.length >= 3 && ends.has(joined.slice(joined.length - right.length - 3)))
  );
}
