// Which images holdLargeImages keeps from pdf.js, read from PDFs written out in the test, and the
// incremental update that swaps each for a marker, compared byte for byte.
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../test/fixtures/encode-jpeg.ts';
import { HOLD_ABOVE_PIXELS, heldImageOf, holdLargeImages } from './large-images.ts';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
// Byte for byte, both ways: TextDecoder's "latin1" is windows-1252 on Node 22 and later (0x80–0x9F
// become other characters), which would change the JPEG's bytes on the way back.
const text = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** A 16 × 8 colour JPEG: the frame the dictionary's size is checked against is its own. */
const JPEG = encodeJpeg({ width: 16, height: 8, data: new Uint8Array(128).fill(200) }, { components: 3 });

/** The JPEG with its frame header saying another size, and progressive (SOF2) if asked. */
function jpegSized(width: number, height: number, progressive = false): Uint8Array {
  const out = JPEG.slice();
  const sof = out.indexOf(0xc0, 2);
  if (progressive) out[sof] = 0xc2;
  out.set([height >> 8, height & 255, width >> 8, width & 255], sof + 4);
  return out;
}

type Body = string | { dict: string; data: Uint8Array };

/** An image XObject's dictionary entries, with its data. */
const image = (entries: string, data: Uint8Array = JPEG): Body => ({
  dict: `<< /Type /XObject /Subtype /Image ${entries} /Length ${data.length} >>`,
  data,
});

/** A JPEG image of this size in the dictionary: colour, 8 bits. */
const jpegImage = (width: number, height: number, more = ''): Body =>
  image(
    `/Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode${more}`,
  );

/** A PDF of these objects (object 1 first), with an xref table and this trailer. */
function pdf(bodies: Body[], trailer = '/Root 1 0 R'): { bytes: Uint8Array; xref: number } {
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Uint8Array) => {
    parts.push(b);
    length += b.length;
  };
  bodies.forEach((body, k) => {
    offsets.push(length);
    if (typeof body === 'string') push(latin1(`${k + 1} 0 obj\n${body}\nendobj\n`));
    else {
      push(latin1(`${k + 1} 0 obj\n${body.dict}\nstream\n`));
      push(body.data);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  let table = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) table += `${String(at).padStart(10, '0')} 00000 n \n`;
  push(latin1(`${table}trailer\n<< /Size ${bodies.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`));
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, xref };
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';

/** What holdLargeImages keeps of a PDF whose third object is this image: [width, height, JPEG or none]. */
function heldOf(...bodies: Body[]): Array<[number, number, Uint8Array | undefined]> | undefined {
  return holdLargeImages(pdf([CATALOG, PAGES, ...bodies]).bytes)?.held.map((h) => [
    h.width,
    h.height,
    h.jpeg,
  ]);
}

/** The marker object holdLargeImages writes for the held image `index`. */
const marker = (key: string, index: number) =>
  `${key} obj\n<< /Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 6 >>\nstream\nRF11${String.fromCharCode(index >> 8, index & 255)}\nendstream\nendobj\n`;

describe('holdLargeImages: which images', () => {
  it('holds an image of more than 4 million pixels, not one of 4 million', () => {
    expect(HOLD_ABOVE_PIXELS).toBe(4_000_000);
    expect(heldOf(jpegImage(2000, 2000))).toBeUndefined();
    expect(heldOf(jpegImage(2001, 2000))).toEqual([[2001, 2000, JPEG]]);
    expect(heldOf(jpegImage(0, 9_000_000))).toBeUndefined();
    expect(heldOf(jpegImage(9_000_000, -1))).toBeUndefined();
  });

  it('reads the width and height through references, to a number or an array of one', () => {
    const referenced = image('/Width 4 0 R /Height 5 0 R /ColorSpace /DeviceRGB /Filter /DCTDecode');
    expect(heldOf(referenced, '3000', '[ 2000 ]')).toEqual([[3000, 2000, JPEG]]);
    expect(heldOf(referenced, '3000', '[ 1000 ]')).toBeUndefined();
    // A reference to no object: no size.
    expect(heldOf(referenced, '3000')).toBeUndefined();
    expect(heldOf(image('/Width 9 0 R /Height 2000 /Filter /DCTDecode'))).toBeUndefined();
    // Either one alone a reference.
    expect(heldOf(image('/Width 4 0 R /Height 2000 /Filter /DCTDecode'), '3000')).toEqual([
      [3000, 2000, JPEG],
    ]);
    expect(heldOf(image('/Width 3000 /Height 4 0 R /Filter /DCTDecode'), '2000')).toEqual([
      [3000, 2000, JPEG],
    ]);
  });

  it('keeps for pdf.js what rolefit cannot decode unless it is larger than pdf.js can', () => {
    const flate = (w: number, h: number, more = '') =>
      image(
        `/Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode${more}`,
      );
    expect(heldOf(flate(4000, 4000))).toBeUndefined();
    expect(heldOf(flate(4001, 4000))).toEqual([[4001, 4000, undefined]]);
    // One bit a pixel: pdf.js reads up to 40 million, and a bitmap's JPEG is not rolefit's to decode.
    const mask = (w: number, h: number) =>
      image(`/Width ${w} /Height ${h} /ImageMask true /Filter /DCTDecode`);
    expect(heldOf(mask(5000, 8000))).toBeUndefined();
    expect(heldOf(mask(5001, 8000))).toEqual([[5001, 8000, undefined]]);
    const bits = (n: string) =>
      image(`/Width 5001 /Height 8000 /ColorSpace /DeviceGray /BitsPerComponent ${n} /Filter /DCTDecode`);
    expect(heldOf(bits('1'))).toEqual([[5001, 8000, undefined]]);
    expect(heldOf(bits('4 0 R'), '1')).toEqual([[5001, 8000, undefined]]);
    expect(heldOf(image('/Width 5000 /Height 8000 /ImageMask false /Filter /DCTDecode'))).toEqual([
      [5000, 8000, JPEG],
    ]);
  });

  it('decodes a JPEG itself only when its pixels mean what the luma says', () => {
    // 6 million pixels: held only as a JPEG rolefit decodes (pdf.js reads up to 16 million).
    const held = (entries: string, ...more: Body[]) =>
      heldOf(image(`/Width 3000 /Height 2000 /BitsPerComponent 8 ${entries}`), ...more) !== undefined;
    for (const filter of ['/DCTDecode', '/DCT', '[/DCTDecode]', '[ /DCT ]'])
      expect(held(`/Filter ${filter}`)).toBe(true);
    expect(held('/Filter 4 0 R', '/DCTDecode')).toBe(true);
    expect(held('/Filter 4 0 R', '[/DCTDecode]')).toBe(true);
    expect(held('/Filter [/FlateDecode /DCTDecode]')).toBe(false);
    expect(held('/Filter /JPXDecode')).toBe(false);
    expect(held('')).toBe(false);
    expect(held('/Filter /DCTDecode /Decode [1 0 1 0 1 0]')).toBe(false);
    expect(held('/Filter /DCTDecode /SMask 9 0 R')).toBe(false);
    expect(held('/Filter /DCTDecode /Mask [0 10]')).toBe(false);
    expect(held('/Filter /DCTDecode /DecodeParms << /ColorTransform 0 >>')).toBe(false);
    expect(held('/Filter /DCTDecode /DecodeParms << /ColorTransform 1 >>')).toBe(true);
    for (const space of [
      '/DeviceGray',
      '/DeviceRGB',
      '/G',
      '/RGB',
      '/CalGray',
      '/CalRGB',
      '[/ICCBased 9 0 R]',
    ])
      expect(held(`/Filter /DCTDecode /ColorSpace ${space}`)).toBe(true);
    for (const space of ['/DeviceCMYK', '/Indexed', '[/Separation /Black /DeviceGray 9 0 R]'])
      expect(held(`/Filter /DCTDecode /ColorSpace ${space}`)).toBe(false);
    expect(held('/Filter /DCTDecode /ColorSpace 4 0 R', '[/ICCBased 9 0 R]')).toBe(true);
    expect(held('/Filter /DCTDecode /ColorSpace 4 0 R', '/DeviceCMYK')).toBe(false);
  });

  it('takes the JPEG as far as /Length says, or to `endstream` when it does not say', () => {
    const withLength = (length: string) => ({
      dict: `<< /Type /XObject /Subtype /Image /Width 3000 /Height 2000 /Filter /DCTDecode /Length ${length} >>`,
      data: JPEG,
    });
    // `endstream` follows the data's own end of line, which the search takes with it.
    const toEnd = new Uint8Array([...JPEG, 0x0a]);
    expect(heldOf(withLength(String(JPEG.length)))).toEqual([[3000, 2000, JPEG]]);
    expect(heldOf(withLength('4 0 R'), String(JPEG.length))).toEqual([[3000, 2000, JPEG]]);
    expect(heldOf(withLength(String(JPEG.length - 20)))).toEqual([[3000, 2000, JPEG.subarray(0, -20)]]);
    for (const length of ['0', '-5', '12.5', '999999999', '4 0 R'])
      expect(heldOf(withLength(length))).toEqual([[3000, 2000, toEnd]]);
  });

  it('decodes a baseline JPEG of up to 150 million pixels, a progressive one of up to 40 million', () => {
    const sized = (jpeg: Uint8Array) =>
      heldOf(image('/Width 3000 /Height 2000 /ColorSpace /DeviceRGB /Filter /DCTDecode', jpeg));
    expect(sized(jpegSized(8000, 5000, true))).toEqual([[3000, 2000, jpegSized(8000, 5000, true)]]);
    expect(sized(jpegSized(8001, 5000, true))).toBeUndefined();
    expect(sized(jpegSized(12_000, 12_500))).toEqual([[3000, 2000, jpegSized(12_000, 12_500)]]);
    expect(sized(latin1('not a JPEG at all'))).toBeUndefined();
  });

  it('reads only image XObjects, each once, whose stream follows within the object', () => {
    // `/Image` in a page's procedure sets, or in a dictionary that is not an image's (25 million
    // pixels: an image that large would be held, whatever its filter).
    expect(heldOf(image('/Width 5000 /Height 5000'))).toEqual([[5000, 5000, undefined]]);
    expect(heldOf('<< /ProcSet [/PDF /ImageC /ImageB] /Width 5000 /Height 5000 >>')).toBeUndefined();
    expect(
      heldOf({
        dict: '<< /Type /XObject /Subtype /Form /Name /Image /Width 5000 /Height 5000 /Length 1 >>',
        data: latin1('x'),
      }),
    ).toBeUndefined();
    // `/Image` twice in one object: held once.
    expect(heldOf(jpegImage(3000, 2000, ' /Name /Image /Alt /Image'))).toEqual([[3000, 2000, JPEG]]);
    // An object without a stream, before one with a small image: the first's `endobj` comes first.
    expect(heldOf('<< /Subtype /Image /Width 5000 /Height 5000 >>', jpegImage(100, 100))).toBeUndefined();
    // No stream after it at all.
    expect(heldOf('<< /Subtype /Image /Width 5000 /Height 5000 >>')).toBeUndefined();
    // A stream more than 64 KB after the dictionary's `/Image` is not its.
    const padding = (kb: number) => ` /Padding [${'0 '.repeat(kb * 512)}]`;
    expect(heldOf(jpegImage(3000, 2000, padding(64)))).toBeUndefined();
    expect(heldOf(jpegImage(3000, 2000, padding(63)))).toEqual([[3000, 2000, JPEG]]);
    // Measured from the object's own start, wherever it is in the file.
    expect(heldOf(`(${'x'.repeat(70 * 1024)})`, jpegImage(3000, 2000))).toEqual([[3000, 2000, JPEG]]);
  });

  it('leaves an encrypted PDF, and one without a trailer to update, to pdf.js', () => {
    expect(heldOf(jpegImage(3000, 2000))).toEqual([[3000, 2000, JPEG]]);
    const encrypted = pdf(
      [CATALOG, PAGES, jpegImage(3000, 2000), '<< /Filter /Standard >>'],
      '/Root 1 0 R /Encrypt 4 0 R',
    );
    expect(holdLargeImages(encrypted.bytes)).toBeUndefined();
    const noRoot = pdf([CATALOG, PAGES, jpegImage(3000, 2000)], '');
    expect(holdLargeImages(noRoot.bytes)).toBeUndefined();
    const { bytes } = pdf([CATALOG, PAGES, jpegImage(3000, 2000)]);
    const end = text(bytes).lastIndexOf('startxref');
    expect(holdLargeImages(bytes.subarray(0, end))).toBeUndefined();
    const noOffset = new Uint8Array([...bytes.subarray(0, end), ...latin1('startxref\nnone\n%%EOF\n')]);
    expect(holdLargeImages(noOffset)).toBeUndefined();
  });
});

describe('holdLargeImages: the dictionary and the bounds, exactly', () => {
  const HELD: Array<[number, number, Uint8Array]> = [[3000, 2000, JPEG]];

  it('reads a dictionary with strings in it: a string is one value, not the next key (a bug until then)', () => {
    expect(heldOf(image('/Alt (a scan) /Width 3000 /Height 2000 /Filter /DCTDecode'))).toEqual(HELD);
    expect(heldOf(image('/Width 3000 /Height 2000 /ID <a1b2> /Filter /DCTDecode'))).toEqual(HELD);
    // The JPEG as far as /Length says, not to `endstream` (one end-of-line byte longer).
    expect(
      heldOf({
        dict: `<< /Type /XObject /Subtype /Image /Width 3000 /Height 2000 /Filter /DCTDecode /Alt (scan) /Length ${JPEG.length} >>`,
        data: JPEG,
      }),
    ).toEqual(HELD);
  });

  it('reads values that are dictionaries holding arrays, references to objects 10 and up, stray tokens, an unclosed dictionary', () => {
    expect(
      heldOf(
        image(
          '/DecodeParms << /Quality [1 2] /ColorTransform 1 >> /Width 3000 /Height 2000 /Filter /DCTDecode',
        ),
      ),
    ).toEqual(HELD);
    const ten = image('/Width 10 0 R /Height 2000 /Filter /DCTDecode');
    expect(heldOf(ten, '1', '1', '1', '1', '1', '1', '3000')).toEqual(HELD);
    expect(heldOf(image('/Width 3000 7 /Height 2000 /Filter /DCTDecode'))).toEqual(HELD);
    expect(
      heldOf({
        dict: `<< /Type /XObject /Subtype /Image /Width 3000 /Height 2000 /Filter /DCTDecode /Length ${JPEG.length}`,
        data: JPEG,
      }),
    ).toEqual(HELD);
  });

  it('passes over an object with /Image but no /Subtype', () => {
    expect(
      heldOf({
        dict: '<< /Type /XObject /Name /Image /Width 5000 /Height 5000 /Length 1 >>',
        data: latin1('x'),
      }),
    ).toBeUndefined();
  });

  it('holds no image of exactly 4 million pixels beside one it holds', () => {
    expect(heldOf(jpegImage(2000, 2000), jpegImage(3000, 2000))).toEqual(HELD);
  });

  it('takes a stream that starts exactly 64 KB after its object, not one a byte further', () => {
    const plain = (jpegImage(3000, 2000) as { dict: string }).dict.length;
    const padded = (n: number) => jpegImage(3000, 2000, ` /Padding (${'x'.repeat(n)})`);
    // From the end of `obj` to `stream`: an end of line, the dictionary, an end of line.
    expect(heldOf(padded(64 * 1024 - 2 - plain - 12))).toEqual(HELD);
    expect(heldOf(padded(64 * 1024 - 1 - plain - 12))).toBeUndefined();
  });

  it('holds the image of a last object without `endobj`', () => {
    const s = text(pdf([CATALOG, PAGES, jpegImage(3000, 2000)]).bytes).replace(
      'endstream\nendobj\nxref',
      'endstream\nxref',
    );
    expect(holdLargeImages(latin1(s))?.held.map((h) => [h.width, h.height, h.jpeg])).toEqual(HELD);
  });

  it('leaves to pdf.js a JPEG with neither /Length nor `endstream`', () => {
    expect(
      heldOf(
        `<< /Type /XObject /Subtype /Image /Width 3000 /Height 2000 /Filter /DCTDecode >>\nstream\n${text(JPEG)}`,
      ),
    ).toBeUndefined();
  });

  it('finds /Width after a key ending in `s` six bytes before it, a /Height 1 KB before it, and /Width after a short name', () => {
    expect(heldOf(image('/Rows 100 /Width 3000 /Height 2000 /Filter /DCTDecode'))).toEqual(HELD);
    // `/Height 2000 /Pad (` is 19 characters, `) ` 2: /Width starts 1,024 bytes after /Height.
    expect(heldOf(image(`/Height 2000 /Pad (${'x'.repeat(1003)}) /Width 3000 /Filter /DCTDecode`))).toEqual(
      HELD,
    );
    const far = `(${'x'.repeat(2000)})`;
    expect(
      heldOf(
        far,
        image('/BitsPerComponent 8 /ColorSpace /G /Width 3000 /Height 2000 /Filter /DCTDecode'),
        far,
      ),
    ).toEqual(HELD);
  });
});

describe('holdLargeImages: the trailer it updates', () => {
  it('keeps a trailer /Size above the highest object, counts an object numbered 10 or more, and needs /Root to be a reference', () => {
    const { bytes, xref } = pdf([CATALOG, PAGES, jpegImage(3000, 2000)]);
    const s = text(bytes);
    const sized = s.replace('/Size 4', '/Size 12');
    expect(text(holdLargeImages(latin1(sized))!.bytes.subarray(sized.length))).toContain(
      `trailer\n<< /Size 12 /Root 1 0 R /Prev ${xref} >>`,
    );
    const twelve = s.replace('%PDF-1.4\n', '%PDF-1.4\n12 0 obj\n(x)\nendobj\n');
    expect(text(holdLargeImages(latin1(twelve))!.bytes.subarray(twelve.length))).toContain(
      `trailer\n<< /Size 13 /Root 1 0 R /Prev ${xref} >>`,
    );
    expect(holdLargeImages(pdf([CATALOG, PAGES, jpegImage(3000, 2000)], '/Root 1').bytes)).toBeUndefined();
  });
});

describe('holdLargeImages: the update', () => {
  it('appends each held image as a marker object, an xref section for them and a trailer that points back', () => {
    const { bytes, xref } = pdf(
      [
        CATALOG,
        PAGES,
        jpegImage(3000, 2000),
        '<< /Producer (test) >>',
        jpegImage(100, 100),
        jpegImage(2500, 2500),
      ],
      '/Root 1 0 R /Info 4 0 R',
    );
    const out = holdLargeImages(bytes)!;
    expect(out.held.map((h) => [h.width, h.height, h.jpeg])).toEqual([
      [3000, 2000, JPEG],
      [2500, 2500, JPEG],
    ]);
    expect(Buffer.compare(out.bytes.subarray(0, bytes.length), bytes)).toBe(0);
    const first = bytes.length + 1;
    const second = first + marker('3 0', 0).length;
    const startxref = second + marker('6 0', 1).length;
    expect(text(out.bytes.subarray(bytes.length))).toBe(
      `\n${marker('3 0', 0)}${marker('6 0', 1)}xref\n3 1\n${String(first).padStart(10, '0')} 00000 n \n6 1\n${String(second).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Info 4 0 R /Prev ${xref} >>\nstartxref\n${startxref}\n%%EOF\n`,
    );
    // Each marker stands where the update's xref says.
    expect(text(out.bytes).startsWith('3 0 obj', first)).toBe(true);
    expect(text(out.bytes).startsWith('6 0 obj', second)).toBe(true);
  });

  it('sizes the trailer past the highest object, and keeps a generation', () => {
    const { bytes, xref } = pdf([CATALOG, PAGES, jpegImage(3000, 2000)], '/Root 1 0 R');
    // The trailer says /Size 4; an object 9 in the file makes it 10.
    const more = new Uint8Array([
      ...bytes.subarray(0, 9),
      ...latin1('9 0 obj\n(x)\nendobj\n'),
      ...bytes.subarray(9),
    ]);
    const out = text(holdLargeImages(more)!.bytes.subarray(more.length));
    expect(out).toContain(`trailer\n<< /Size 10 /Root 1 0 R /Prev ${xref} >>`);
    const gen = text(bytes).replace('3 0 obj', '3 2 obj');
    const kept = text(holdLargeImages(latin1(gen))!.bytes.subarray(gen.length));
    expect(kept).toContain(
      `\n${marker('3 2', 0)}xref\n3 1\n${String(gen.length + 1).padStart(10, '0')} 00002 n \n`,
    );
  });

  it('takes the last definition of an object that an earlier update replaced', () => {
    const { bytes } = pdf([CATALOG, PAGES, jpegImage(100, 100), jpegImage(3000, 2000)]);
    // An update that defines object 3 again, large this time, after object 4.
    const s = text(bytes);
    const update = `3 0 obj\n<< /Type /XObject /Subtype /Image /Width 2200 /Height 2000 /Filter /DCTDecode /Length ${JPEG.length} >>\nstream\n`;
    const updated = new Uint8Array([
      ...latin1(`${s}${update}`),
      ...JPEG,
      ...latin1('\nendstream\nendobj\n'),
      ...latin1(s.slice(s.lastIndexOf('xref'))),
    ]);
    expect(holdLargeImages(updated)?.held.map((h) => [h.width, h.height])).toEqual([
      [3000, 2000],
      [2200, 2000],
    ]);
  });
});

describe('heldImageOf', () => {
  const held = [
    { width: 3000, height: 2000 },
    { width: 2500, height: 2500, jpeg: JPEG },
  ];
  const decoded = (data: number[], more: Partial<{ width: number; height: number; kind: number }> = {}) => ({
    width: 2,
    height: 1,
    kind: 2,
    data: new Uint8Array(data),
    ...more,
  });

  it('finds the held image a marker stands for, by its index', () => {
    expect(heldImageOf(decoded([0x52, 0x46, 0x31, 0x31, 0, 0]), held)).toBe(held[0]);
    expect(heldImageOf(decoded([0x52, 0x46, 0x31, 0x31, 0, 1]), held)).toBe(held[1]);
    expect(heldImageOf(decoded([0x52, 0x46, 0x31, 0x31, 1, 0]), held)).toBeUndefined();
    const many = Array.from({ length: 300 }, (_, k) => ({ width: k, height: 1 }));
    expect(heldImageOf(decoded([0x52, 0x46, 0x31, 0x31, 1, 2]), many)).toBe(many[258]);
  });

  it('takes nothing else for a marker', () => {
    const ok = [0x52, 0x46, 0x31, 0x31, 0, 1];
    expect(heldImageOf(decoded(ok), [])).toBeUndefined();
    expect(heldImageOf(decoded(ok, { width: 3 }), held)).toBeUndefined();
    expect(heldImageOf(decoded(ok, { height: 2 }), held)).toBeUndefined();
    expect(heldImageOf(decoded(ok, { kind: 1 }), held)).toBeUndefined();
    expect(heldImageOf(decoded(ok.slice(0, 5)), held)).toBeUndefined();
    expect(heldImageOf({ width: 2, height: 1, kind: 2, data: null }, held)).toBeUndefined();
    for (let k = 0; k < 4; k++) {
      const other = ok.slice();
      other[k] = 0x30;
      expect(heldImageOf(decoded(other), held)).toBeUndefined();
    }
  });
});
