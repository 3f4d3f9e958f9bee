import { describe, expect, it } from 'vitest';
import { withFontBullets, withoutIconGlyphs } from './glyphs.ts';

describe('withoutIconGlyphs', () => {
  it('drops icon-font glyphs before headings and contacts', () => {
    expect(withoutIconGlyphs('\uf0b1 EXPERIENCE')).toBe(' EXPERIENCE');
    expect(withoutIconGlyphs('\uf0e0ada@example.com')).toBe('ada@example.com');
    expect(withoutIconGlyphs('Skills \uf7d9')).toBe('Skills ');
  });

  it('drops glyphs without a Unicode mapping (U+0000) and control codes, and keeps tabs', () => {
    expect(withoutIconGlyphs('\u0000 PROFILE')).toBe(' PROFILE');
    expect(withoutIconGlyphs('a\u0001b\u001fc\u007fd')).toBe('abcd');
    expect(withoutIconGlyphs('Title\tJan 2020')).toBe('Title\tJan 2020');
  });

  it('drops characters of the supplementary private-use planes', () => {
    expect(withoutIconGlyphs('\udb80\udc00Skills')).toBe('Skills');
    expect(withoutIconGlyphs('\udbff\udfffSkills')).toBe('Skills');
  });

  it('keeps the control codes of a character saved in one encoding and read in another, for the repair', () => {
    // "•" as UTF-8 read as Latin-1 is "â\u0080¢"; without its middle code the repair cannot read it.
    expect(withoutIconGlyphs('â\u0080¢ Requirement gathering')).toBe('â\u0080¢ Requirement gathering');
    expect(withoutIconGlyphs('Ã\u0098Â\u00a0Co-ordinating')).toBe('Ã\u0098Â\u00a0Co-ordinating');
    // Inside a word after any other letter, or after a letter that starts no character with it, a
    // control code is still nothing.
    expect(withoutIconGlyphs('Mana\u0088ger')).toBe('Manager');
    expect(withoutIconGlyphs('Café\u0088 Jira')).toBe('Café Jira');
    // A run cut inside the character keeps the codes at its end, for the run after it.
    expect(withoutIconGlyphs('Handling the Userâ\u0080')).toBe('Handling the Userâ\u0080');
  });

  it('reads the Symbol and Wingdings bullets Word writes as the bullets they print', () => {
    expect(withoutIconGlyphs('\uf0b7 Led the release')).toBe('• Led the release');
    expect(withoutIconGlyphs('\uf0a7 item')).toBe('▪ item');
    expect(withoutIconGlyphs('\uf06e \uf076 \uf0d8 \uf0fc')).toBe('■ ❖ ➢ ✓');
  });

  it('leaves ordinary text alone, accents, dashes and emoji included', () => {
    for (const s of [
      'Señor Müller – São Paulo',
      'C++ · C# • Go',
      'Rocket 🚀 launch',
      'line one\nline two',
      '',
    ]) {
      expect(withoutIconGlyphs(s)).toBe(s);
    }
  });
});

describe('withoutIconGlyphs: C1 control codes', () => {
  it('reads a control code between words or opening a line as a bullet, and drops one inside a word', () => {
    expect(withoutIconGlyphs('MS Project \u0088 Jira \u0088 Confluence')).toBe(
      'MS Project • Jira • Confluence',
    );
    expect(withoutIconGlyphs('\u0088 Led the rollout')).toBe('• Led the rollout');
    expect(withoutIconGlyphs('Ji\u0081ra')).toBe('Jira');
    expect(withoutIconGlyphs('plain text')).toBe('plain text');
    // An item of its own, as pdf.js gives it.
    expect(withoutIconGlyphs('\u0088')).toBe('•');
  });
});

describe('withFontBullets', () => {
  it('reads a Wingdings letter alone at the start of a line, before a space, as the bullet it printed', () => {
    expect(
      withFontBullets('Ø\u00a0Co-ordinating with ISPs\n  ñ Implementing office systems\nü Done'),
    ).toEqual({
      text: '➢\u00a0Co-ordinating with ISPs\n  ➢ Implementing office systems\n✓ Done',
      repaired: 3,
    });
  });

  it('leaves the letters in words and names, and inside a line', () => {
    for (const text of ['Øystein Hansen', 'über uns', 'Peña Ø Nieto', 'Ørsted A/S'])
      expect(withFontBullets(text)).toEqual({ text, repaired: 0 });
  });
});
