// Text exported from one program and opened in another often arrives with its UTF-8 read as
// Latin-1 or Windows-1252: "•" becomes "â€¢" (or "â\u0080¢"), "’" becomes "â€™", "é" becomes "Ã©".
// Such runs are repaired before anything reads the text, so bullets split items and quotes read
// as the person wrote them. A run is repaired only when its bytes form one valid UTF-8 character,
// which single accented letters in real Latin-1 text never do.

/** Windows-1252 characters at bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1). */
const CP1252: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

/** The byte a character stood for when UTF-8 was read as Windows-1252 or Latin-1, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252[code] ?? -1;
}

/** A lead byte (0xC2–0xF4) tells how many bytes its character takes. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The code point the UTF-8 sequence starting at `at` encodes, with its length; undefined if none. */
function decodeAt(text: string, at: number): { code: number; length: number } | undefined {
  const lead = byteOf(text.charCodeAt(at));
  const n = sequenceLength(lead);
  if (n === 0 || at + n > text.length) return undefined;
  let code = lead & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const b = byteOf(text.charCodeAt(at + k));
    if (b < 0x80 || b > 0xbf) return undefined;
    code = (code << 6) | (b & 0x3f);
  }
  // Overlong forms, surrogates and values past Unicode are not characters anyone wrote.
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  // Line separators would change how the text splits into lines.
  if (code === 0x2028 || code === 0x2029) return undefined;
  return { code, length: n };
}

/**
 * Whether the control codes at [at, end) of `text` are the rest of a UTF-8 character read as
 * Windows-1252 or Latin-1 whose lead stands just before them ("â\u0080¢"): one the repair reads, or one
 * cut off by the end of `text` (a PDF's run that goes on in the next: "Userâ\u0080" | "\u0099s").
 */
export function continuesCharacter(text: string, at: number, end: number): boolean {
  if (at === 0 || sequenceLength(byteOf(text.charCodeAt(at - 1))) === 0) return false;
  return end === text.length || decodeAt(text, at - 1) !== undefined;
}

/** Quick test: a possible lead character followed by a possible continuation character. */
const CANDIDATE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * A Hebrew or Arabic letter run straight into a Latin one ("Ø" + no-break space + "Co-ordinating",
 * a Wingdings arrow before its bullet's text, read as U+0620 "ؠCo-ordinating"): a byte pair that only
 * looks like UTF-8. Text that was Hebrew or Arabic puts its letters beside each other.
 */
function rightToLeftBeforeLatin(code: number, next: number): boolean {
  return (
    code >= 0x0590 && code <= 0x08ff && ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a))
  );
}

function repairOnce(text: string): { text: string; repaired: number } {
  let out = '';
  let from = 0;
  let repaired = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc2 || c > 0xf4) continue;
    const decoded = decodeAt(text, i);
    if (!decoded || rightToLeftBeforeLatin(decoded.code, text.charCodeAt(i + decoded.length))) continue;
    out += text.slice(from, i) + String.fromCodePoint(decoded.code);
    i += decoded.length - 1;
    from = i + 1;
    repaired++;
  }
  return repaired === 0 ? { text, repaired } : { text: out + text.slice(from), repaired };
}

/**
 * A bullet's three bytes read as Latin-1 whose middle one, a control code, was then dropped (a PDF
 * draws no glyph for it): "•" (E2 80 A2) is left as "â¢", "➢" (E2 9E A2) too, "▪" (E2 96 AA) as "âª";
 * Word's Symbol and Wingdings bullets (U+F0B7, U+F0A7, U+F0D8, U+F0FC: EF 82 B7…) as "ï·", "ï§", "ïØ",
 * "ïü". None of these pairs is text in any language.
 */
const LOST_MIDDLE = /â[¢ª]|ï[·§Øü]/g;
const LOST_MIDDLE_BULLETS: Readonly<Record<string, string>> = {
  'â¢': '•',
  âª: '▪',
  ï·: '•',
  'ï§': '▪',
  ïØ: '➢',
  ïü: '✓',
};

/**
 * Repairs UTF-8 that was decoded as Windows-1252 or Latin-1, including text that went through
 * that twice. Line breaks are never created or removed, so line numbers stay put.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let total = 0;
  let current = text.replace(LOST_MIDDLE, (run: string) => {
    total++;
    return LOST_MIDDLE_BULLETS[run]!;
  });
  if (total === 0 && !CANDIDATE.test(text)) return { text, repaired: 0 };
  // Each pass undoes one wrong decoding; three covers every case seen in exported resumes.
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current);
    if (next.repaired === 0) break;
    current = next.text;
    total += next.repaired;
  }
  return { text: current, repaired: total };
}
