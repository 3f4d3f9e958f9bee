// The pre-scan of a PDF's compressed streams (findPdfBomb): where a stream's data is, which filters it
// decodes, and what counts against the limits. Small limits keep each case to a few kilobytes.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  dataStart,
  dictionaryEntries,
  findPdfBomb,
  fromAscii85,
  fromHex,
  objectOffsets,
  tokens,
} from './pdf-streams.ts';

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

describe('findPdfBomb: where a stream ends, and what counts', () => {
  const D = '<< /Filter /FlateDecode >>';

  it('takes a /Length that is not a whole number of at least 0 as missing (the data runs to `endstream`), and /Length 0 as no data', () => {
    for (const length of ['-5', '12.5', '/Auto']) {
      const file = pdf([[`<< /Filter /FlateDecode /Length ${length} >>`, BIG]]);
      expect(findPdfBomb(file, LIMITS)?.code).toBe('PDF_BOMB');
    }
    expect(findPdfBomb(pdf([['<< /Filter /FlateDecode /Length 0 >>', BIG]]), LIMITS)).toBeUndefined();
  });

  it('reads a stream whose /Length ends at the last byte of a file cut short there', () => {
    const file = latin1(
      `%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode /Length ${BIG.length} >>\nstream\n${text(BIG)}`,
    );
    expect(findPdfBomb(file, LIMITS)?.code).toBe('PDF_BOMB');
  });

  it('goes on after a stream whose /Length points past the end of the file, from its `endstream`', () => {
    const file = pdf([
      ['<< /Length 999999 >>', latin1('plain text')],
      [D, BIG],
    ]);
    expect(findPdfBomb(file, LIMITS)?.code).toBe('PDF_BOMB');
  });

  it('finds the end of each stream without /Length at its own `endstream`', () => {
    expect(
      findPdfBomb(
        pdf([
          ['<< >>', latin1('plain text')],
          [D, BIG],
        ]),
        LIMITS,
      )?.code,
    ).toBe('PDF_BOMB');
  });

  it('does not read the data of a stream as PDF syntax: an uncompressed stream holding a PDF is skipped by its /Length', () => {
    const inner = `9 0 obj\n${D}\nstream\n${text(BIG)}\nendstream\nendobj`;
    expect(findPdfBomb(pdf([[`<< /Length ${inner.length} >>`, latin1(inner)]]), LIMITS)).toBeUndefined();
  });

  it('in a file cut short, leaves a stream with neither /Length nor `endstream` to pdf.js, and reads the next from its own dictionary', () => {
    const cut = latin1(`%PDF-1.4\n1 0 obj\n${D}\nstream\n${text(BIG)}`);
    expect(findPdfBomb(cut, LIMITS)).toBeUndefined();
    const after = latin1(
      `%PDF-1.4\n1 0 obj\n<< >>\nstream\nabc\n2 0 obj\n<< /Filter /FlateDecode /Length ${BIG.length} >>\nstream\n${text(BIG)}`,
    );
    expect(findPdfBomb(after, LIMITS)?.code).toBe('PDF_BOMB');
  });

  it('leaves Flate data that does not inflate to pdf.js, and counts no uncompressed stream against the total', () => {
    expect(findPdfBomb(pdf([[D, latin1('not a zlib stream')]]), LIMITS)).toBeUndefined();
    const plain = new Uint8Array(100 * KB).fill(0x20);
    expect(
      findPdfBomb(
        pdf([
          [`<< /Length ${plain.length} >>`, plain],
          [D, MID],
        ]),
        LIMITS,
      ),
    ).toBeUndefined();
  });

  it('inflates Flate twice when the filter says so, after a third filter too', () => {
    const twice = deflateSync(BIG);
    expect(findPdfBomb(pdf([['<< /Filter [/FlateDecode /FlateDecode] >>', twice]]), LIMITS)?.code).toBe(
      'PDF_BOMB',
    );
    expect(findPdfBomb(pdf([[D, twice]]), LIMITS)).toBeUndefined();
    expect(findPdfBomb(pdf([['<< /Filter [/AHx /Fl /Fl] >>', latin1(`${hex(twice)}>`)]]), LIMITS)?.code).toBe(
      'PDF_BOMB',
    );
  });

  it('decodes no stream without a filter, whatever its bytes', () => {
    const raw = deflateRawSync(new Uint8Array(100 * KB));
    expect(findPdfBomb(pdf([[`<< /Length ${raw.length} >>`, raw]]), LIMITS)).toBeUndefined();
  });

  it('says what to do about a bomb', () => {
    expect(findPdfBomb(pdf([[D, BIG]]), LIMITS)).toEqual({
      code: 'PDF_BOMB',
      message: single,
      hint: 'Export the resume again from your word processor, or save it as .docx or text.',
    });
  });

  it('resolves a /Filter that is a reference to a name, and stops at an unknown filter before Flate', () => {
    expect(findPdfBomb(pdf([['<< /Filter 2 0 R >>', BIG], '/FlateDecode']), LIMITS)?.code).toBe('PDF_BOMB');
    expect(
      findPdfBomb(pdf([['<< /Filter [/LZWDecode /FlateDecode] >>', latin1(ascii85(BIG))]]), LIMITS),
    ).toBeUndefined();
  });

  it('looks for the dictionary in the 64 KB before `stream`, after the last `obj` in them or from their start', () => {
    const far = pdf([[`${D}${' '.repeat(70 * KB)}`, BIG]]);
    expect(findPdfBomb(far, LIMITS)).toBeUndefined();
    const edge = pdf([[`${' '.repeat(70 * KB)}${D}${' '.repeat(64 * KB - D.length - 1)}`, BIG]]);
    expect(findPdfBomb(edge, LIMITS)?.code).toBe('PDF_BOMB');
    const damaged = pdf(['<< /Filter /FlateDecode', [`<< /Length ${BIG.length} >>`, BIG]]);
    expect(findPdfBomb(damaged, LIMITS)).toBeUndefined();
  });
});

describe('the decoders and the dictionary reader', () => {
  it('ASCIIHexDecode: digits of either case, other characters skipped, up to `>`, an odd last digit as its high half', () => {
    expect([...fromHex(latin1('4a 6B\n0F9f/:@G`g 7'))]).toEqual([0x4a, 0x6b, 0x0f, 0x9f, 0x70]);
    expect([...fromHex(latin1('41 0'))]).toEqual([0x41, 0x00]);
    expect([...fromHex(latin1('41>42'))]).toEqual([0x41]);
    // A pair broken by a line end.
    expect([...fromHex(latin1('4\n1'))]).toEqual([0x41]);
    expect([...fromHex(latin1('41'))]).toEqual([0x41]);
  });

  it('ASCII85Decode: groups of five, a short last group, `z` for four zeros only between groups, `!`–`u` only, up to `~>`', () => {
    const bytes = (s: string) => [...latin1(s)];
    expect([...fromAscii85(latin1('9jqo^Bla~>'))]).toEqual(bytes('Man is'));
    expect([...fromAscii85(latin1('zz'))]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...fromAscii85(latin1('9j z\nqo^~>9jqo^'))]).toEqual(bytes('Man '));
    expect([...fromAscii85(latin1('!!!v!u'))]).toEqual([0, 0, 0, 84]);
    expect([...fromAscii85(latin1('9`~>'))]).toEqual(bytes('M'));
  });

  it('reads /Filter and /Length of the last top-level dictionary only: values, arrays (closed or not) and references', () => {
    const entries = (s: string) => Object.fromEntries(dictionaryEntries(s));
    expect(
      entries('<< /Length 5 /DecodeParms << /K 1 >> /Filter /FlateDecode /Metadata << /Length 9 >> >>'),
    ).toEqual({ Length: ['5'], Filter: ['/FlateDecode'] });
    expect(entries('<< /Length 5 >> << /Filter /FlateDecode >>')).toEqual({ Filter: ['/FlateDecode'] });
    expect(entries('<< /W [1 2] /Filter [/AHx /Fl] /Length 3 >>')).toEqual({
      Filter: ['/AHx', '/Fl'],
      Length: ['3'],
    });
    expect(entries('<< /Filter [/AHx /Fl')).toEqual({ Filter: ['/AHx', '/Fl'] });
    expect(entries('<< /Length 12 0 R /Filter /Fl >>')).toEqual({
      Length: ['12', '0', 'R'],
      Filter: ['/Fl'],
    });
    expect(entries('<< /Length')).toEqual({});
  });

  it('tokens: `>>` with or without a space before it, a lone `>`, a hex string or comment to the end, a name last', () => {
    expect(tokens('<</Length 5>>')).toEqual(['<<', '/Length', '5', '>>']);
    expect(tokens('/A > /B')).toEqual(['/A', '/B']);
    expect(tokens('/ID <ab>> /B')).toEqual(['/ID', '/B']);
    expect(tokens('/A <ab')).toEqual(['/A']);
    expect(tokens('/A % note')).toEqual(['/A']);
    expect(tokens('% a\r/B')).toEqual(['/B']);
    expect(tokens('/A /B')).toEqual(['/A', '/B']);
  });

  it('tokens: strings, literal and hex, as one token each when asked for them', () => {
    expect(tokens('<< /Alt (a (scan)) /ID <ab> /T (cut', true)).toEqual([
      '<<',
      '/Alt',
      '(a (scan))',
      '/ID',
      '<ab>',
      '/T',
      '(cut',
    ]);
    expect(tokens('/A <ab', true)).toEqual(['/A', '<ab']);
  });

  it('object headers: at most 10 digits and 16 white-space characters read back, 9 a digit', () => {
    const found = objectOffsets(
      `12345678901 0 obj\n9 0 obj\n1 0${' '.repeat(16)}obj\n2 0${' '.repeat(17)}obj`,
    );
    expect([...found]).toEqual([
      ['2345678901 0', 17],
      ['9 0', 25],
      ['1 0', 48],
    ]);
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
