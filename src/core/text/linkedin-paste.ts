// A LinkedIn profile copied from the web page and pasted as text: the page's menus, buttons,
// counters and the screen-reader copy of every line come with it. Pure.

/** Lines only LinkedIn's page writes: a paste holding three kinds of them is a profile page. */
const MARKERS: readonly RegExp[] = [
  /^show all\b/i,
  /^(?:…|\.\.\.) ?see more$/i,
  /^endorsed by /i,
  /^\d[\d,]*\+? (?:followers|connections|endorsements)$/i,
  /\slogo$/i,
  /^· (?:1st|2nd|3rd)$/,
  /^linkedin corporation ©/i,
];

/** The page's own words: navigation, buttons, counters, tabs, prompts. */
const CHROME =
  /^(?:.+ posted this • \S+|.+ reposted this|skip to main content|search|home|my network|jobs|messaging|notifications|me|for business|try premium\b.*|background image|contact info|open to|open to work|add profile section|enhance profile|resources|show details|private to you|analytics|create a post|follow|following|message|connect|received|given|top voices|companies|groups|newsletters|schools|show all\b.*|(?:…|\.\.\.) ?see more|discover who's viewed your profile\.|check out who's engaging with your posts\.|past 7 days|\d+ experiences? across .*|endorsed by .*|.+\slogo|· (?:1st|2nd|3rd)|\d[\d,]*\+? (?:followers|connections|endorsements|profile views|post impressions|search appearances))$/i;

/** Where the page's last blocks start: what follows is other people and the site's footer. */
const TAIL =
  /^(?:people also viewed|people you may know|you might like|more profiles for you|linkedin corporation ©.*)$/i;

/** "Jan 2025 - Present · 2 yrs" again as "Jan 2025 to Present · 2 yrs": the screen reader's copy. */
const sameDates = (a: string, b: string) => a.includes('·') && a.replace(/\s[-–]\s/g, ' to ') === b;

/**
 * The text of a LinkedIn profile page pasted whole, without the page: each line the page writes twice
 * once, its date lines once, its menus, buttons, counters and endorsements left out, and nothing
 * from "People also viewed" on. The person's own words (About, posts, recommendations) stay. Other
 * text is returned as it is, with 0 lines removed.
 */
export function withoutLinkedInPage(text: string): { text: string; removed: number } {
  const lines = text.split('\n');
  const kinds = new Set<number>();
  for (const line of lines) {
    const t = line.trim();
    MARKERS.forEach((m, k) => {
      if (m.test(t)) kinds.add(k);
    });
    if (kinds.size >= 3) break;
  }
  if (kinds.size < 3) return { text, removed: 0 };
  const out: string[] = [];
  let lastKept = '';
  for (const line of lines) {
    const t = line.trim();
    if (TAIL.test(t)) break;
    if (t !== '' && (t === lastKept || CHROME.test(t) || sameDates(lastKept, t))) continue;
    // Blank lines are kept, one at a time.
    if (t === '' && out.length > 0 && out[out.length - 1]!.trim() === '') continue;
    out.push(line);
    if (t !== '') lastKept = t;
  }
  return { text: out.join('\n'), removed: lines.length - out.length };
}
