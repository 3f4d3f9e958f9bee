// The pre-scan of a PDF's compressed streams (findPdfBomb): where a stream's data is, which filters it
// decodes, and what counts against the limits. Small limits keep each case to a few kilobytes.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataStart, findPdfBomb, objectOffsets, tokens } from './pdf-streams.ts';

const KB = 1024;
/** A stream may expand to 64 KB, all of them to 96 KB. */
const LIMITS = { maxStreamBytes: 64 * KB, maxTotalBytes: 96 * KB };
/** 100 KB of page content (blank lines), Flate-compressed to a few hundred bytes. */
const BIG = deflateSync(new Uint8Array(100 * KB).fill(0x0a));
/** 40 KB of it: under the stream limit, three of them over the total. */
const MID = deflateSync(new Uint8Array(40 * KB).fill(0x0a));

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** A PDF of the given objects, each `[dictionary, data]` for a stream or a string for any other object. */
function pdf(objects: Array<[string, Uint8Array] | string>): Uint8Array {
  let out = '%PDF-1.4\n';
  objects.forEach((o, k) => {
    out +=
      typeof o === 'string'
        ? `${k + 1} 0 obj\n${o}\nendobj\n`
        : `${k + 1} 0 obj\n${o[0]}\nstream\n${text(o[1])}\nendstream\nendobj\n`;
  });
  return latin1(`${out}trailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}

const single = `a compressed stream in the PDF expands to more than ${64 / 1024} MB, far more than any resume; the file was not read.`;

describe('findPdfBomb', () => {
  it('finds a stream past the limit whatever its /Length says: right, a reference, missing, past the end of the file', () => {
    for (const length of [`${BIG.length}`, '2 0 R', '', '999999']) {
      const file = pdf([
        [`<< /Length ${length} /Filter /FlateDecode >>`.replace('/Length  ', ''), BIG],
        `${BIG.length}`,
      ]);
      expect(findPdfBomb(file, LIMITS)?.message).toBe(single);
    }
  });

  it('reads only as far as /Length says: a stream cut short there is no bomb', () => {
    const file = pdf([[`<< /Length ${Math.floor(BIG.length / 8)} /Filter /FlateDecode >>`, BIG]]);
    expect(findPdfBomb(file, LIMITS)).toBeUndefined();
  });

  it('decodes FlateDecode by either name, alone, in an array or through a reference', () => {
    for (const filter of ['/FlateDecode', '/Fl', '[/FlateDecode]', '[ /Fl ]', '2 0 R']) {
      const file = pdf([[`<< /Filter ${filter} /Length ${BIG.length} >>`, BIG], '[/FlateDecode]']);
      expect(findPdfBomb(file, LIMITS)?.code).toBe('PDF_BOMB');
    }
  });

  it('reads through the ASCII encodings before Flate, and leaves a stream behind another filter, or not compressed, to pdf.js', () => {
    const spaced = hex(BIG).toUpperCase().replace(/(..)/g, '$1 ');
    expect(
      findPdfBomb(pdf([['<< /Filter [/ASCIIHexDecode /FlateDecode] >>', latin1(`${spaced}>`)]]), LIMITS)
        ?.code,
    ).toBe('PDF_BOMB');
    expect(findPdfBomb(pdf([['<< /Filter [/AHx /Fl] >>', latin1(`${hex(BIG)}>`)]]), LIMITS)?.code).toBe(
      'PDF_BOMB',
    );
    const a85 = Buffer.from(BIG).toString('latin1');
    expect(findPdfBomb(pdf([['<< /Filter [/A85 /Fl] >>', latin1(ascii85(latin1(a85)))]]), LIMITS)?.code).toBe(
      'PDF_BOMB',
    );
    expect(
      findPdfBomb(pdf([['<< /Filter [/ASCII85Decode /FlateDecode] >>', latin1(ascii85(BIG))]]), LIMITS)?.code,
    ).toBe('PDF_BOMB');
    expect(findPdfBomb(pdf([['<< /Filter [/LZWDecode /FlateDecode] >>', BIG]]), LIMITS)).toBeUndefined();
    expect(
      findPdfBomb(pdf([['<< /Filter /ASCIIHexDecode >>', latin1(`${hex(BIG)}>`)]]), LIMITS),
    ).toBeUndefined();
    expect(findPdfBomb(pdf([['<< /Length 5 >>', BIG]]), LIMITS)).toBeUndefined();
  });

  it('counts the streams together: three of 40 KB pass a 64 KB stream limit and fail a 96 KB total', () => {
    const stream: [string, Uint8Array] = [`<< /Filter /FlateDecode /Length ${MID.length} >>`, MID];
    const three = pdf([stream, stream, stream]);
    expect(findPdfBomb(three, LIMITS)?.message).toBe(
      `the PDF's compressed streams expand to more than ${96 / 1024} MB together, far more than any resume; the file was not read.`,
    );
    expect(findPdfBomb(three, { ...LIMITS, maxTotalBytes: 120 * KB })).toBeUndefined();
    expect(findPdfBomb(pdf([stream, stream]), LIMITS)).toBeUndefined();
    expect(findPdfBomb(pdf([[`<< /Filter /FlateDecode >>`, MID]]), LIMITS)).toBeUndefined();
  });

  it("takes each stream's own dictionary, not the one of an object before it", () => {
    const file = pdf([
      '<< /Filter /FlateDecode /Type /Note >>',
      [`<< /Length ${BIG.length} >>`, BIG],
      [
        `<< /Subtype /Image /Filter /DCTDecode /DecodeParms << /Filter /FlateDecode >> /Length ${BIG.length} >>`,
        BIG,
      ],
    ]);
    expect(findPdfBomb(file, LIMITS)).toBeUndefined();
  });
});

describe('the PDF syntax the scan reads', () => {
  it('finds `N G obj` headers with any white space, not a number glued to `obj`', () => {
    const found = objectOffsets('1 0 obj\n<< >>\nendobj\n  012\r\n3\tobj [1 2]\n4 0obj\nx 0 obj\n7 obj');
    expect([...found]).toEqual([
      ['1 0', 7],
      ['12 3', 33],
    ]);
  });

  it('reads names, numbers, arrays and dictionaries, skipping strings, hex strings and comments', () => {
    expect(
      tokens('<< /Filter [/A85 /Fl] /Length 12 0 R (a (nested) \\) string) <A1b2> % note\n/Type/XObject >>'),
    ).toEqual([
      '<<',
      '/Filter',
      '[',
      '/A85',
      '/Fl',
      ']',
      '/Length',
      '12',
      '0',
      'R',
      '/Type',
      '/XObject',
      '>>',
    ]);
  });

  it('starts the data after `stream` and its end of line (CR LF, LF or CR alone), never at `endstream`', () => {
    expect(dataStart('stream\r\nx', 0)).toBe(8);
    expect(dataStart('stream\nx', 0)).toBe(7);
    expect(dataStart('stream\rx', 0)).toBe(7);
    expect(dataStart('streamx', 0)).toBeUndefined();
    expect(dataStart('endstream\n', 3)).toBeUndefined();
  });
});

/** ASCII85 with `z` for four zero bytes and a short last group, ending `~>`. */
function ascii85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)];
    const n = chunk.length;
    while (chunk.length < 4) chunk.push(0);
    let value = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    if (value === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return `${out}~>`;
}
