import { describe, expect, it } from 'vitest';
import { repairDocument } from '../document.ts';
import { repairMojibake } from './mojibake.ts';

/** What a program does when it reads UTF-8 bytes as Latin-1. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

describe('repairMojibake', () => {
  it('repairs bullets, quotes and dashes read as Latin-1 (C1 controls kept in the text)', () => {
    const written = '• Led the team’s “go-live” — on time';
    const seen = asLatin1(written);
    expect(seen).toContain('â\u0080¢');
    expect(repairMojibake(seen)).toEqual({ text: written, repaired: 5 });
  });

  it('repairs the same read as Windows-1252 ("â€¢")', () => {
    // Bytes 0x80–0x9F read as Windows-1252 become €, curly quotes, bullets and dashes.
    const seen = 'â€¢ CafÃ© rÃ©sumÃ©, 5 â‚¬ â€¦ âœ“ â€œquotedâ€\u009d';
    expect(repairMojibake(seen).text).toBe('• Café résumé, 5 € … ✓ “quoted”');
  });

  it('repairs text that went through the wrong decoding twice', () => {
    expect(repairMojibake(asLatin1(asLatin1('• Responsible for reports'))).text).toBe(
      '• Responsible for reports',
    );
  });

  it('leaves real Latin-1 and other accented text alone', () => {
    for (const text of [
      'Café in São Paulo, naïve façade',
      'Zürich — 5 °C, © 2024',
      'Ångström Â',
      'plain ASCII',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
  });

  it('never adds or removes a line break, so line numbers hold', () => {
    const seen = `${asLatin1('• one')}\n${asLatin1('– two')}\nÂ\n`;
    const { text } = repairMojibake(seen);
    expect(text.split('\n')).toHaveLength(seen.split('\n').length);
    // A sequence that would decode to a line separator is left as it is.
    expect(repairMojibake(asLatin1('\u2028')).repaired).toBe(0);
  });

  it('leaves an incomplete sequence as it is', () => {
    expect(repairMojibake('â\u0080 and â').repaired).toBe(0);
  });
});

describe('repairDocument', () => {
  it('says what it repaired, and returns the document unchanged when nothing needed it', () => {
    const clean = { format: 'text' as const, text: '• fine', warnings: [] };
    expect(repairDocument(clean)).toBe(clean);
    const repaired = repairDocument({ format: 'text', text: asLatin1('• Led releases'), warnings: [] });
    expect(repaired.text).toBe('• Led releases');
    expect(repaired.warnings).toEqual([
      '1 character was saved in one encoding and read in another (such as "â€¢" for "•"); rolefit read them as intended.',
    ]);
  });

  it('reads bullets saved without their symbol font as bullets, and says so apart from the encoding', () => {
    const read = repairDocument({
      format: 'text',
      text: 'Experience\nÃ\u0098Â\u00a0Co-ordinating with ISPs for all WAN issues',
      warnings: [],
    });
    expect(read.text).toBe('Experience\n➢\u00a0Co-ordinating with ISPs for all WAN issues');
    expect(read.warnings).toEqual([
      '2 characters were saved in one encoding and read in another (such as "â€¢" for "•"); rolefit read them as intended.',
      '1 bullet was saved without its symbol font ("Ø" for "➢", say); rolefit read it as a bullet.',
    ]);
  });
});
