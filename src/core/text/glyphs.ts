// Characters a PDF's text layer or a Word document carries that are no text: icon-font glyphs and
// control codes. Design templates put an icon (Font Awesome and the like, mapped into Unicode's
// private-use area) before each heading and contact, and a glyph without a Unicode mapping comes out
// of pdf.js as U+0000. Left in, "\u0000 EXPERIENCE" is no heading and "\uf0e0 ada@example.com"
// no contact line. The Symbol and Wingdings bullets Word writes as private-use characters are
// bullets, and are read as bullets.

import { continuesCharacter } from './mojibake.ts';

/** Private-use code points of the Symbol and Wingdings fonts' list bullets, as the bullet they print. */
const FONT_BULLETS: ReadonlyMap<number, string> = new Map([
  [0xf0b7, '•'], // Symbol: bullet
  [0xf0a7, '▪'], // Wingdings: small square
  [0xf06e, '■'], // Wingdings: black square
  [0xf076, '❖'], // Wingdings: diamond of four
  [0xf0d8, '➢'], // Wingdings: arrowhead
  [0xf0fc, '✓'], // Wingdings: check mark
]);

// U+0000–U+0008, U+000B–U+001F (tab and line feed stay), U+007F, the BMP private-use area and the
// supplementary private-use planes; a run of C1 control codes (U+0080–U+009F), which a PDF font
// without a Unicode map gives for a symbol (TeX's \textbullet comes out as U+0088).
const NOT_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /[\u0080-\u009f]+|[\u0000-\u0008\u000b-\u001f\u007f\ue000-\uf8ff]|[\udb80-\udbff][\udc00-\udfff]/g;

/**
 * The text of a run with icon glyphs and control codes removed and font bullets read as bullets. A
 * C1 symbol standing alone (between spaces or at either end: "MS Project \u0088 Jira", an item of its
 * own) separates list items or marks a bullet, and reads as "•"; inside a word it is nothing, and after
 * a UTF-8 lead byte read as Latin-1 it is kept for the mojibake repair.
 */
export function withoutIconGlyphs(text: string): string {
  NOT_TEXT.lastIndex = 0;
  if (!NOT_TEXT.test(text)) return text;
  return text.replace(NOT_TEXT, (c: string, at: number) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 || code > 0x9f) return FONT_BULLETS.get(code) ?? '';
    // After a UTF-8 lead byte read as Latin-1 ("â\u0080¢", a "•" saved in one encoding and read in
    // another), the codes are the rest of a character, which the mojibake repair puts back; at the end
    // of a run the character may go on in the next one ("Userâ\u0080" | "\u0099s request").
    if (continuesCharacter(text, at, at + c.length)) return c;
    const before = text[at - 1] ?? ' ';
    const after = text[at + c.length] ?? ' ';
    return /\s/.test(before) && /\s/.test(after) ? '•' : '';
  });
}

/**
 * Symbol-font bullets that lost their font: Word's Wingdings arrowhead and check mark saved as the
 * font's own letters ("Ø", "ñ", "ü"), alone at the start of a line before a space ("Ø Co-ordinating
 * with ISPs", "ñ Implementing and maintaining office systems"). No language writes those letters as
 * a word of their own, so there they are the bullet the person saw, and are read as it.
 */
const LOST_FONT_BULLET = /^([ \t]*)([Øñü])(?=[ \t\u00a0])/gm;
const LOST_FONT_BULLETS: Readonly<Record<string, string>> = { Ø: '➢', ñ: '➢', ü: '✓' };

/** `text` with symbol-font bullets that lost their font (LOST_FONT_BULLET) read as bullets, and how many. */
export function withFontBullets(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(LOST_FONT_BULLET, (_m, indent: string, letter: string) => {
    repaired++;
    return indent + LOST_FONT_BULLETS[letter]!;
  });
  return { text: repaired === 0 ? text : out, repaired };
}
