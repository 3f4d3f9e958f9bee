import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

// The rules of the mojibake repair that StrykerJS found unpinned (issue 15, docs/testing.md): which
// bytes lead a UTF-8 character and how many follow, which characters are not repaired, and the passes.

/** What a program does when it reads UTF-8 bytes as Latin-1. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
/** Latin-1 text of the given bytes. */
const bytes = (...b: number[]) => String.fromCharCode(...b);

describe('two-byte characters (leads 0xC2 to 0xDF)', () => {
  it('repairs the first and last lead: "Â·" and "Â\u00a0", "ß\u0080"', () => {
    expect(repairMojibake('Jira Â· SQL,Â\u00a0Excel')).toEqual({
      text: 'Jira · SQL,\u00a0Excel',
      repaired: 2,
    });
    expect(repairMojibake(asLatin1('\u07c0 \u07ff'))).toEqual({ text: '\u07c0 \u07ff', repaired: 2 });
  });

  it('repairs a character at the very end of the text', () => {
    expect(repairMojibake('CafÃ©')).toEqual({ text: 'Café', repaired: 1 });
    expect(repairMojibake('Hebrew ×\u0090')).toEqual({ text: 'Hebrew א', repaired: 1 });
  });

  it('leaves an overlong lead (0xC0, 0xC1) and a lead without its continuation as written', () => {
    for (const text of ['ÁLVAREZ Á©', 'ÀÀ©', 'Ã', 'Ã ', 'Ã\u007f', 'ÃÀ', 'Ãÿ'])
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    // Beside a run that is repaired too (alone, "ÃÀ" fails the quick test before any byte is read).
    expect(repairMojibake('CafÃ© ÃÀ')).toEqual({ text: 'Café ÃÀ', repaired: 1 });
  });

  it('reads continuation bytes 0x80 to 0xBF, through Windows-1252 too ("Ã€" is "À")', () => {
    expect(repairMojibake('Ã€ Ã‚ Ã\u0080 Ã¿')).toEqual({ text: 'À Â À ÿ', repaired: 4 });
  });
});

describe('three-byte characters (leads 0xE0 to 0xEF)', () => {
  it("repairs Devanagari (0xE0) and Word's symbol bullet (0xEF, U+F0B7)", () => {
    expect(repairMojibake('à¤•à¤¾à¤®')).toEqual({ text: 'काम', repaired: 3 });
    expect(repairMojibake('ï‚· Led releases\nï‚· Ran Jira')).toEqual({
      text: '\uf0b7 Led releases\n\uf0b7 Ran Jira',
      repaired: 2,
    });
  });

  it('leaves overlong forms and surrogates, and repairs the characters either side of them', () => {
    // U+0000 written in three bytes; U+07FF written in three bytes; U+D800 and U+DFFF.
    for (const text of [
      bytes(0xe0, 0x80, 0x80),
      bytes(0xe0, 0x9f, 0xbf),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xed, 0xbf, 0xbf),
    ])
      expect(repairMojibake(`${text} x`)).toEqual({ text: `${text} x`, repaired: 0 });
    expect(repairMojibake(asLatin1('\u0800 \ud7ff \ue000 \uffff'))).toEqual({
      text: '\u0800 \ud7ff \ue000 \uffff',
      repaired: 4,
    });
  });

  it('leaves the paragraph separator (U+2029) as the line separator: they would split lines', () => {
    expect(repairMojibake('Jira â€© SQL')).toEqual({ text: 'Jira â€© SQL', repaired: 0 });
    expect(repairMojibake('Jira â€¨ SQL â€” Excel')).toEqual({ text: 'Jira â€¨ SQL — Excel', repaired: 1 });
  });
});

describe('four-byte characters (leads 0xF0 to 0xF4)', () => {
  it('repairs an emoji (0xF0) and the last code point (0xF4)', () => {
    expect(repairMojibake('Shipped ðŸš€ on time')).toEqual({ text: 'Shipped 🚀 on time', repaired: 1 });
    expect(repairMojibake(asLatin1('\u{10ffff}'))).toEqual({ text: '\u{10ffff}', repaired: 1 });
    expect(repairMojibake(asLatin1('\u{10000}'))).toEqual({ text: '\u{10000}', repaired: 1 });
  });

  it('leaves an overlong form, a value past U+10FFFF and a lead past 0xF4', () => {
    for (const text of [
      bytes(0xf0, 0x8f, 0xbf, 0xbf),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf5, 0x80, 0x80, 0x80),
      'ðŸš',
    ])
      expect(repairMojibake(`${text}!`)).toEqual({ text: `${text}!`, repaired: 0 });
  });
});

describe('passes', () => {
  it('undoes up to three wrong decodings, and no more', () => {
    const written = '• Led the team’s go-live';
    const thrice = asLatin1(asLatin1(asLatin1(written)));
    // Six bytes of "•" and "’": 12 two-byte runs in the first pass, 6 in the second, 2 characters in the third.
    expect(repairMojibake(thrice)).toEqual({ text: written, repaired: 12 + 6 + 2 });
    expect(repairMojibake(asLatin1(thrice))).toEqual({ text: asLatin1(written), repaired: 24 + 12 + 6 });
  });

  it('counts each repaired character once a pass, and keeps the text between them', () => {
    expect(repairMojibake('â€¢ RÃ©sumÃ© â€” CafÃ©')).toEqual({ text: '• Résumé — Café', repaired: 5 });
  });
});

describe('a Hebrew or Arabic letter the repair would run into a Latin one', () => {
  it('leaves a symbol-font bullet and its no-break space before a Latin word as they were', () => {
    // "Ø" + no-break space (a Wingdings arrowhead) read twice as Latin-1 is "Ã\u0098Â\u00a0"; a third
    // reading would make "ؠ" (U+0620) of it and glue it to the word.
    expect(repairMojibake('Ã\u0098Â\u00a0Co-ordinating with ISPs')).toEqual({
      text: 'Ø\u00a0Co-ordinating with ISPs',
      repaired: 2,
    });
    expect(repairMojibake('Ø\u00a0Co-ordinating')).toEqual({ text: 'Ø\u00a0Co-ordinating', repaired: 0 });
  });

  it('still repairs Arabic and Hebrew written in those letters, and before a space or a digit', () => {
    expect(repairMojibake(asLatin1('محمد علي'))).toEqual({ text: 'محمد علي', repaired: 7 });
    expect(repairMojibake(asLatin1('שלום 2020'))).toEqual({ text: 'שלום 2020', repaired: 4 });
  });
});

describe('a bullet read as Latin-1 that lost its middle byte', () => {
  it('reads "â¢", "âª" and the Symbol and Wingdings pairs as the bullets they were, and nothing else of the kind', () => {
    expect(repairMojibake('â¢ Requirement gathering\nâª Jira\nï· Client interaction\nïØ Reports')).toEqual({
      text: '• Requirement gathering\n▪ Jira\n• Client interaction\n➢ Reports',
      repaired: 4,
    });
    // With the middle byte, the usual repair reads it once.
    expect(repairMojibake('â\u0080¢ Led')).toEqual({ text: '• Led', repaired: 1 });
    for (const text of ['pâte', 'Château', 'â 2020', 'naïve', 'Loïc'])
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });
});
