// Design templates set headings, names and a timeline's dates in letter-spaced capitals, and a PDF's
// text layer gives each such run with a space between its characters: "E X P E R I E N C E",
// "2 0 2 1 –", "P R E S E N T". Read as written, "2 0 2 1" is no year, so a timeline's dates date
// nothing and every job under them is lost. Joined, the run reads as its words: "2021 –", "PRESENT".

/** Letters or digits, each alone between single spaces, four or more: "2 0 2 1", "S K I L L S". */
const SPACED_WORD = /^[\p{L}\p{N}](?: [\p{L}\p{N}&–—\-/.,:]){3,}$/u;

/**
 * A run of text with its letter spacing taken out, where the whole run is letter-spaced (each of its
 * words, two spaces or more apart, single characters one space apart) and `keep` accepts what it
 * joins to. Letters join letters and digits join digits ("J A N 2 0 2 1" → "JAN 2021"); a dash or an
 * ampersand stays a word of its own. Any other run is returned as it is.
 */
export function withoutLetterSpacing(run: string, keep: (joined: string) => boolean): string {
  const text = run.trim();
  if (text.length < 7 || text[1] !== ' ') return run;
  const words = text.split(/ {2,}|\t/);
  if (!words.every((w) => SPACED_WORD.test(w) || (w.length === 1 && words.length > 1))) return run;
  const joined = words.map((w) => {
    let out = '';
    let kind = '';
    for (const c of w.split(' ')) {
      const k = /\p{L}/u.test(c) ? 'letter' : /\p{N}/u.test(c) ? 'digit' : 'mark';
      // "2 0 2 1 –": the dash after the year; "E V E N T & M": "&" between words; "." and "," close.
      if (out && (k !== kind || k === 'mark') && !(k === 'mark' && /[.,:]/.test(c))) out += ' ';
      out += c;
      kind = k;
    }
    return out;
  });
  const spelled = joined.join(' ');
  if (!keep(spelled)) return run;
  const lead = run.slice(0, run.length - run.trimStart().length);
  const trail = run.slice(run.trimEnd().length);
  return lead + spelled + trail;
}
