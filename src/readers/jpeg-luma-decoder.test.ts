import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJpegLuma, jpegFrame } from './jpeg-luma.ts';

// The decoder proper, on small real JPEGs: test/fixtures/jpeg-luma/*.jpg, written by libjpeg-turbo's
// cjpeg 2.1 from one 61 × 45 picture (neither side a multiple of 8 or 16): a colour gradient with
// dark strokes on its left half, flat paper (246, 244, 240) on its right, so that progressive scans
// carry end-of-band runs. The picture, as a PPM: for x < 32, R = 40 + 3x, G = 60 + 4y, B = 200 − 2x,
// and where (x % 9 < 2 and y % 13 > 2) or (y % 13 = 7 and x % 17 < 12) a stroke
// (20 + (x·y) % 60, 25, 30 + y % 40); for x ≥ 32 the paper. The files:
//   gray.jpg                      cjpeg -grayscale -quality 85
//   gray-progressive.jpg          cjpeg -grayscale -quality 85 -progressive
//   gray-q3.jpg                   cjpeg -grayscale -quality 3 (16-bit quantization steps, SOF1)
//   ycc444-restart.jpg            cjpeg -sample 1x1 -quality 90 -restart 3B
//   ycc422-restart.jpg            cjpeg -sample 2x1 -quality 75 -restart 2B
//   ycc420-progressive.jpg        cjpeg -quality 80 -progressive (4:2:0, successive approximation)
//   ycc422-progressive-restart.jpg  cjpeg -sample 2x1 -quality 80 -progressive -restart 2B
//   ycc420-noninterleaved.jpg     cjpeg -quality 80 -optimize -scans <"0; 1; 2;">: one scan a component
//   rgb.jpg                       cjpeg -rgb (Adobe transform 0, components R, G, B)
// and, from a 27 × 19 grey picture (16 columns of pseudo-random noise, then a checkerboard of 20 and
// 230, whose blocks have only their first and last coefficients: runs of 16 zeros, the 63rd
// coefficient, end-of-band runs in every band):
//   noise.jpg, noise-progressive.jpg  cjpeg -quality 100 [-progressive]
// and from a 21 × 13 checkerboard of 20 and 230 (at quality 100 cjpeg's integer DCT leaves ±1
// coefficients; at 50 each block is its DC and its 63rd coefficient alone: runs of 16 zeros for sure):
//   checkerboard.jpg, checkerboard-progressive.jpg  cjpeg -quality 50 [-progressive]
// Expected values are FNV-1a hashes of the luma's bytes. At 8/8 and 1/8 they are the hashes of
// `djpeg -grayscale -dct float -scale 8/8` (and `1/8`) output for the same file, an independent
// decoder, which this one matches byte for byte. At the other scales libjpeg's reduced-size IDCTs
// are integer approximations that differ by a few grey levels, so those hashes are this decoder's
// own output, recorded once (2026-12-05) after checking that 4/8 is within 3.1 grey levels on average
// of the 2 × 2 means of the full-size luma.

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/jpeg-luma/${name}`, import.meta.url)));

function fnv(data: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of data) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function lumaHash(jpeg: Uint8Array, scale: number): string | undefined {
  const image = decodeJpegLuma(jpeg, scale);
  return image && `${image.width}×${image.height} ${fnv(image.data)}`;
}

/** The file's marker segments before its first scan's data: marker, where it starts, its length. */
function segments(jpeg: Uint8Array): Array<{ marker: number; at: number; length: number }> {
  const found = [];
  for (let at = 2; at < jpeg.length; ) {
    const marker = jpeg[at + 1]!;
    const length = 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
    found.push({ marker, at, length });
    if (marker === 0xda) break;
    at += length;
  }
  return found;
}

/** The file with every segment of `marker` before the first scan left out. */
function without(jpeg: Uint8Array, marker: number): Uint8Array {
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let from = 2;
  for (const s of segments(jpeg))
    if (s.marker === marker) {
      parts.push(jpeg.subarray(from, s.at));
      from = s.at + s.length;
    }
  parts.push(jpeg.subarray(from));
  return new Uint8Array(Buffer.concat(parts));
}

/** Where the first scan's entropy-coded data begin. */
const scanData = (jpeg: Uint8Array) => {
  const sos = segments(jpeg).at(-1)!;
  return sos.at + sos.length;
};

// The sizes at each scale: 61 × 45 rounded up.
const SIZE: Record<number, string> = {
  8: '61×45',
  7: '54×40',
  6: '46×34',
  5: '39×29',
  4: '31×23',
  3: '23×17',
  2: '16×12',
  1: '8×6',
};

// Hashes of files that decode to the same luma: a baseline image and its progressive twin; and the
// 4:2:0 image written progressive, with restarts at 4:2:2 (the luma is sampled alike), and
// non-interleaved.
const gray = [
  '9bcf5188',
  '64b11207',
  'f9866b58',
  'c4e93ed6',
  'da3812f8',
  'f2ea2fbe',
  '4130c112',
  'fc694c13',
] as const;
const ycc420 = [
  '2a39c8ef',
  'd0c31511',
  'bb3ebf50',
  '05bfa098',
  'fb1b02ad',
  '178dae22',
  '94fac74c',
  'a13660f5',
] as const;

describe('decodeJpegLuma, the decoder proper, on small real JPEGs', () => {
  it.each([
    // file, then the hashes at 8/8 and 1/8 (djpeg's), 7/8 … 2/8 (this decoder's)
    ['gray.jpg', ...gray],
    ['gray-progressive.jpg', ...gray],
    [
      'gray-q3.jpg',
      'f56f4b5e',
      'f543f617',
      '2bc22711',
      'e6226e1d',
      'c8e17167',
      '3c5eadba',
      '9072040e',
      '56634185',
    ],
    [
      'ycc444-restart.jpg',
      '7ec6193b',
      '67ada48c',
      '38788290',
      '22e3d2c0',
      '039af123',
      '70a07e1f',
      '597e05b5',
      '8ba98f79',
    ],
    [
      'ycc422-restart.jpg',
      '65c70e60',
      '84fe96a1',
      'a3d58c97',
      'e94b57d3',
      'ab89e90f',
      'e37be6d0',
      'e4245a0b',
      '31cd346d',
    ],
    ['ycc420-progressive.jpg', ...ycc420],
    ['ycc422-progressive-restart.jpg', ...ycc420],
    ['ycc420-noninterleaved.jpg', ...ycc420],
  ] as const)('reads %s exactly, at every scale', (name, full, eighth, ...middle) => {
    const jpeg = fixture(name);
    const expected = [full, ...middle, eighth];
    const scales = [8, 7, 6, 5, 4, 3, 2, 1];
    expect(scales.map((s) => lumaHash(jpeg, s))).toEqual(scales.map((s, k) => `${SIZE[s]} ${expected[k]}`));
  });

  // Each pair is one image, baseline and progressive; both must decode alike at every scale.
  const noise = [
    '27×19 6128a267', // djpeg's
    '24×17 9e732fd3',
    '21×15 98c02429',
    '17×12 f39e352a',
    '14×10 ffd7eb6d',
    '11×8 9950620a',
    '7×5 b1c421a2',
    '4×3 a6514aaf', // djpeg's
  ];
  const checkerboard = [
    '21×13 8d429c19', // djpeg's
    '19×12 129133b9',
    '16×10 c4a55123',
    '14×9 b65deac3',
    '11×7 db516f7e',
    '8×5 9a07d9da',
    '6×4 c3708899',
    '3×2 81e72a1b', // djpeg's
  ];
  it.each([
    ['noise.jpg', 'runs of zeros, the last coefficient', noise],
    ['noise-progressive.jpg', 'runs of zeros, the last coefficient', noise],
    ['checkerboard.jpg', 'its blocks the 63rd coefficient after 62 zeros', checkerboard],
    ['checkerboard-progressive.jpg', 'its blocks the 63rd coefficient after 62 zeros', checkerboard],
  ])('reads %s (%s) exactly, at every scale', (name, _why, expected) => {
    const jpeg = fixture(name);
    expect([8, 7, 6, 5, 4, 3, 2, 1].map((s) => lumaHash(jpeg, s))).toEqual(expected);
  });

  it('reads the frame of each, progressive or not', () => {
    expect(jpegFrame(fixture('gray-q3.jpg'))).toEqual({
      width: 61,
      height: 45,
      components: 1,
      progressive: false,
    });
    expect(jpegFrame(fixture('ycc422-progressive-restart.jpg'))).toEqual({
      width: 61,
      height: 45,
      components: 3,
      progressive: true,
    });
  });

  it('leaves RGB without a colour transform to pdf.js', () => {
    expect(jpegFrame(fixture('rgb.jpg'))).toBeUndefined();
    expect(decodeJpegLuma(fixture('rgb.jpg'), 8)).toBeUndefined();
  });

  it('reads the paper white and the strokes dark, at their places', () => {
    const { width, data } = decodeJpegLuma(fixture('gray.jpg'), 8)!;
    // The paper's luma: 0.299·246 + 0.587·244 + 0.114·240 = 244.5, 244 after cjpeg's fixed-point colour conversion.
    expect([data[5 * width + 50], data[44 * width + 60]]).toEqual([244, 244]);
    // A stroke (x = 9, y = 22: RGB 38, 25, 52, luma 32) and the gradient beside it (x = 5, y = 22:
    // RGB 55, 148, 190, luma 125), as the JPEG's quantization leaves them.
    expect([data[22 * width + 9], data[22 * width + 5]]).toEqual([31, 122]);
  });
});

describe('decodeJpegLuma on truncated and damaged JPEGs', () => {
  it('fills a frame with no scan with white, or mid-grey when progressive (its coefficients all zero)', () => {
    for (const [name, grey] of [
      ['gray.jpg', 255],
      ['gray-progressive.jpg', 128],
    ] as const) {
      const jpeg = fixture(name);
      const noScan = new Uint8Array([...jpeg.subarray(0, segments(jpeg).at(-1)!.at), 0xff, 0xd9]);
      const image = decodeJpegLuma(noScan, 4)!;
      expect([image.width, image.height]).toEqual([31, 23]);
      expect(new Set(image.data)).toEqual(new Set([grey]));
    }
  });

  it('reads a progressive file cut short with the scans it has (at 1/8 as djpeg does)', () => {
    const jpeg = fixture('ycc420-progressive.jpg');
    // Cut inside the luma's first AC scan (bands 1–5): the DC scan and part of that one are there.
    const cut = jpeg.subarray(0, 400);
    expect(lumaHash(cut, 1)).toBe('8×6 337cc272');
    expect(lumaHash(cut, 8)).toBe('61×45 af2e89ed');
    // Cut where the first pass over every band has ended (byte 703): no refinement scan yet.
    expect(lumaHash(jpeg.subarray(0, 703), 8)).toBe('61×45 69edc028');
    // Cut inside the luma's AC refinement scan (bytes 738–871).
    expect(lumaHash(jpeg.subarray(0, 820), 8)).toBe('61×45 23fcdb33');
  });

  it('reads a baseline file cut short, the rest of its data as zero bits', () => {
    expect(lumaHash(fixture('gray.jpg').subarray(0, 600), 8)).toBe('61×45 6df068f9');
  });

  it('takes up again after a damaged restart interval', () => {
    // 4:4:4, a restart marker every 3 blocks: damage in the first interval spoils its 3 blocks only.
    const jpeg = fixture('ycc444-restart.jpg');
    const clean = decodeJpegLuma(jpeg, 8)!;
    const damaged = jpeg.slice();
    const at = scanData(jpeg) + 5;
    damaged[at] = jpeg[at]! ^ 0x5a;
    const image = decodeJpegLuma(damaged, 8)!;
    const differing = new Set<string>();
    for (let y = 0; y < 45; y++)
      for (let x = 0; x < 61; x++)
        if (image.data[y * 61 + x] !== clean.data[y * 61 + x]) differing.add(`${x >> 3},${y >> 3}`);
    expect([...differing].sort()).toEqual(['0,0', '1,0', '2,0']);
  });

  it('reads damaged data as data while its codes are valid', () => {
    const jpeg = fixture('gray.jpg');
    const damaged = jpeg.slice();
    const at = scanData(jpeg) + 200;
    damaged[at] = jpeg[at]! ^ 0x10;
    expect(lumaHash(damaged, 8)).toBe('61×45 996f7f78');
  });

  it('gives up on what it cannot decode: no quantization or Huffman table, a code no table has', () => {
    const baseline = fixture('gray.jpg');
    const progressive = fixture('gray-progressive.jpg');
    expect(decodeJpegLuma(without(baseline, 0xdb), 8)).toBeUndefined();
    expect(decodeJpegLuma(without(progressive, 0xdb), 8)).toBeUndefined();
    expect(decodeJpegLuma(without(baseline, 0xc4), 8)).toBeUndefined();
    // Sixteen 1 bits (0xff stuffed with 0x00) are no code of the file's DC table.
    const badCode = baseline.slice();
    badCode.set([0xff, 0x00, 0xff, 0x00], scanData(baseline));
    expect(decodeJpegLuma(badCode, 8)).toBeUndefined();
  });
});

/** The file with the bytes `[from, to)` replaced by `bytes`. */
function spliced(jpeg: Uint8Array, from: number, to: number, bytes: number[]): Uint8Array {
  return new Uint8Array([...jpeg.subarray(0, from), ...bytes, ...jpeg.subarray(to)]);
}

/** The first segment of `marker` (before the first scan's data). */
const segment = (jpeg: Uint8Array, marker: number) => segments(jpeg).find((s) => s.marker === marker)!;

/** An APP14 Adobe segment with colour transform `transform`. */
const adobe = (transform: number) => [
  0xff,
  0xee,
  0,
  14,
  ...[...'Adobe'].map((c) => c.charCodeAt(0)),
  0,
  100,
  0,
  0,
  0,
  0,
  transform,
];

describe('decodeJpegLuma, the markers around the scans (ycc444-restart.jpg)', () => {
  const jpeg = fixture('ycc444-restart.jpg');
  const clean = '61×45 7ec6193b';
  const sof = segment(jpeg, 0xc0).at;

  it('reads the same image however its segments are laid out', () => {
    const [dqt0, dqt1] = segments(jpeg).filter((s) => s.marker === 0xdb);
    const dht = segments(jpeg).filter((s) => s.marker === 0xc4);
    // Both quantization tables in one segment.
    const body = (s: { at: number; length: number }) => [...jpeg.subarray(s.at + 4, s.at + s.length)];
    const oneDqt = [0xff, 0xdb, 0, 2 + 130, ...body(dqt0!), ...body(dqt1!)];
    expect(lumaHash(spliced(jpeg, dqt0!.at, dqt1!.at + dqt1!.length, oneDqt), 8)).toBe(clean);
    // All four Huffman tables in one segment.
    const tables = dht.flatMap(body);
    const oneDht = [0xff, 0xc4, (tables.length + 2) >> 8, (tables.length + 2) & 255, ...tables];
    const last = dht.at(-1)!;
    expect(lumaHash(spliced(jpeg, dht[0]!.at, last.at + last.length, oneDht), 8)).toBe(clean);
    // Fill bytes, a stray byte, a TEM and a restart marker between segments; a JPG (0xc8) and a DAC
    // (0xcc) segment, which are not frames; Adobe's segment saying YCbCr.
    const between = [0x00, 0xff, 0xff, 0xff, 0x01, 0xff, 0xd3, 0x7e];
    const jpgDac = [0xff, 0xc8, 0, 3, 0, 0xff, 0xcc, 0, 4, 0, 0];
    expect(lumaHash(spliced(jpeg, sof, sof, [...between, ...jpgDac, ...adobe(1)]), 8)).toBe(clean);
  });

  it('leaves to pdf.js the frames it does not read', () => {
    const cases: Array<[string, Uint8Array]> = [
      ['12-bit', spliced(jpeg, sof + 4, sof + 5, [12])],
      ['0 rows', spliced(jpeg, sof + 5, sof + 7, [0, 0])],
      ['0 columns', spliced(jpeg, sof + 7, sof + 9, [0, 0])],
      ['2 components', spliced(jpeg, sof + 9, sof + 10, [2])],
      ['4 components', spliced(jpeg, sof + 9, sof + 10, [4])],
      ['Adobe RGB', spliced(jpeg, sof, sof, adobe(0))],
      ['R, G, B', spliced(jpeg, sof + 10, sof + 19, [82, 0x11, 0, 71, 0x11, 1, 66, 0x11, 1])],
      ['luma at half width', spliced(jpeg, sof + 10, sof + 19, [1, 0x12, 0, 2, 0x22, 1, 3, 0x11, 1])],
      ['luma at half height', spliced(jpeg, sof + 10, sof + 19, [1, 0x21, 0, 2, 0x22, 1, 3, 0x11, 1])],
      ...[0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf].map(
        (marker) =>
          [`SOF ${marker.toString(16)}`, spliced(jpeg, sof + 1, sof + 2, [marker])] as [string, Uint8Array],
      ),
    ];
    expect(cases.filter(([, bytes]) => jpegFrame(bytes) !== undefined).map(([name]) => name)).toEqual([]);
    expect(cases.filter(([, bytes]) => decodeJpegLuma(bytes, 4) !== undefined).map(([name]) => name)).toEqual(
      [],
    );
    // The same frame with its chroma at half width and height is 4:2:0, which it reads.
    const yuv420 = spliced(jpeg, sof + 10, sof + 19, [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    expect(jpegFrame(yuv420)).toEqual({ width: 61, height: 45, components: 3, progressive: false });
  });

  it('gives up on broken structure: a segment past the end, a scan before the frame or of a component not in it', () => {
    const sos = segment(jpeg, 0xda).at;
    const frame = jpeg.subarray(sof, sof + 19);
    const cases = {
      'past the end': jpeg.subarray(0, sof + 10),
      // The frame moved to the end, after the scan's data.
      'scan first': new Uint8Array([
        ...spliced(jpeg, sof, sof + 19, []).subarray(0, -2),
        ...frame,
        0xff,
        0xd9,
      ]),
      'component 9': spliced(jpeg, sos + 5, sos + 6, [9]),
    };
    expect(Object.entries(cases).map(([name, bytes]) => [name, decodeJpegLuma(bytes, 8)])).toEqual([
      ['past the end', undefined],
      ['scan first', undefined],
      ['component 9', undefined],
    ]);
    expect(jpegFrame(jpeg.subarray(0, sof + 10))).toBeUndefined();
    expect(jpegFrame(jpeg.subarray(0, sof))).toBeUndefined();
  });

  it('rounds the scale to a whole number of eighths from 1 to 8', () => {
    const sizes = [-3, 0, 1, 4.4, 4.6, 8, 9, 40].map((s) => {
      const image = decodeJpegLuma(jpeg, s)!;
      return `${image.width}×${image.height}`;
    });
    expect(sizes).toEqual(['8×6', '8×6', '8×6', '31×23', '39×29', '61×45', '61×45', '61×45']);
  });
});

/** Where each `0xff marker` pair is (in entropy-coded data 0xff is followed by 0 or a restart). */
const markersAt = (jpeg: Uint8Array, marker: number) =>
  [...jpeg.keys()].filter((at) => jpeg[at] === 0xff && jpeg[at + 1] === marker);

describe('decodeJpegLuma, what it reads and what it leaves', () => {
  it('does not decode the scans without the luma: their tables may be missing', () => {
    for (const [name, scans] of [
      ['ycc420-noninterleaved.jpg', 2],
      ['ycc420-progressive.jpg', 4],
    ] as const) {
      const jpeg = fixture(name);
      const chroma = markersAt(jpeg, 0xda).filter((at) => jpeg[at + 4] === 1 && jpeg[at + 5] !== 1);
      expect(chroma.length).toBe(scans);
      const edited = jpeg.slice();
      // Huffman tables 3, which the file does not define.
      for (const at of chroma) edited[at + 6] = 0x33;
      expect(lumaHash(edited, 8)).toBe('61×45 2a39c8ef');
    }
  });

  it('reads only what comes after the start of image and before its end', () => {
    const jpeg = fixture('gray.jpg');
    const sof = segment(jpeg, 0xc0);
    const frame = [...jpeg.subarray(sof.at, sof.at + sof.length)];
    expect(jpegFrame(new Uint8Array([0, 0, ...jpeg.subarray(2)]))).toBeUndefined();
    expect(jpegFrame(new Uint8Array([0xff, 0, ...jpeg.subarray(2)]))).toBeUndefined();
    expect(jpegFrame(new Uint8Array([0, 0xd8, ...jpeg.subarray(2)]))).toBeUndefined();
    expect(
      decodeJpegLuma(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 8),
    ).toBeUndefined();
    expect(decodeJpegLuma(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 8)).toBeUndefined();
    // After the end of image, another frame (which would be a second one) is not read.
    expect(lumaHash(new Uint8Array([...jpeg, ...frame, 0xff, 0xd9]), 8)).toBe('61×45 9bcf5188');
  });

  it('reads a frame whose segment ends the file, and none cut short', () => {
    const jpeg = fixture('gray.jpg');
    const sof = segment(jpeg, 0xc0);
    const frame = { width: 61, height: 45, components: 1, progressive: false };
    expect(jpegFrame(jpeg.subarray(0, sof.at + sof.length))).toEqual(frame);
    expect(jpegFrame(jpeg.subarray(0, sof.at + sof.length - 1))).toBeUndefined();
  });

  it('reads one frame: the same frame twice is broken too', () => {
    const jpeg = fixture('gray.jpg');
    const sof = segment(jpeg, 0xc0);
    const frame = [...jpeg.subarray(sof.at, sof.at + sof.length)];
    const twice = spliced(jpeg, sof.at, sof.at, frame);
    expect(jpegFrame(twice)).toEqual({ width: 61, height: 45, components: 1, progressive: false });
    expect(decodeJpegLuma(twice, 8)).toBeUndefined();
  });

  it('reads frames up to 150 million pixels, the header only', () => {
    const jpeg = fixture('gray.jpg');
    const at = segment(jpeg, 0xc0).at;
    // 12,000 rows of 12,500 columns: 150,000,000 pixels; a row more is too many.
    const sized = (rows: number) =>
      spliced(jpeg, at + 5, at + 9, [rows >> 8, rows & 255, 12_500 >> 8, 12_500 & 255]);
    expect(jpegFrame(sized(12_000))).toEqual({
      width: 12_500,
      height: 12_000,
      components: 1,
      progressive: false,
    });
    expect(jpegFrame(sized(12_001))).toBeUndefined();
  });

  it('skips restart markers, a TEM and APP14 segments not from Adobe between segments', () => {
    const jpeg = fixture('ycc444-restart.jpg');
    const sof = segment(jpeg, 0xc0).at;
    const other = adobe(0);
    other.splice(4, 5, ...[...'Other'].map((c) => c.charCodeAt(0)));
    const markers = [0xff, 0xd0, 0xff, 0xd7, 0xff, 0x01, ...other];
    expect(lumaHash(spliced(jpeg, sof, sof, markers), 8)).toBe('61×45 7ec6193b');
  });

  it('reads a file with restart intervals cut short, up to where it stops', () => {
    const jpeg = fixture('ycc444-restart.jpg');
    // Cut after the third restart marker (bytes 959–960).
    expect(lumaHash(jpeg.subarray(0, 1000), 8)).toBe('61×45 abe4e054');
  });
});
