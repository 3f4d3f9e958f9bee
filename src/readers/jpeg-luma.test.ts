import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../test/fixtures/encode-jpeg.ts';
import { decodeJpegLuma, jpegFrame } from './jpeg-luma.ts';
import type { GrayImage } from './page-images.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));

/** pdf.js's own decoder, as the reference: RGB → the same luma weights as toGray. */
async function pdfjsLuma(jpeg: Uint8Array): Promise<GrayImage> {
  // pdf.js ships no types for its image decoders.
  const decoders = 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';
  const { JpegImage } = (await import(decoders)) as unknown as {
    JpegImage: new () => {
      parse(data: Uint8Array): void;
      width: number;
      height: number;
      getData(o: { width: number; height: number; forceRGB: boolean; isSourcePDF: boolean }): Uint8Array;
    };
  };
  const decoder = new JpegImage();
  decoder.parse(jpeg);
  const { width, height } = decoder;
  const rgb = decoder.getData({ width, height, forceRGB: true, isSourcePDF: false });
  const data = new Uint8Array(width * height);
  for (let p = 0; p < data.length; p++)
    data[p] = (rgb[3 * p]! * 77 + rgb[3 * p + 1]! * 150 + rgb[3 * p + 2]! * 29) >> 8;
  return { width, height, data };
}

function meanDifference(a: GrayImage, b: GrayImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  for (let p = 0; p < a.data.length; p++) sum += Math.abs(a.data[p]! - b.data[p]!);
  return sum / a.data.length;
}

/** Each output pixel the mean of the 2×2 source pixels it covers. */
function halved(image: GrayImage): GrayImage {
  const width = Math.ceil(image.width / 2);
  const height = Math.ceil(image.height / 2);
  const data = new Uint8Array(width * height);
  const at = (x: number, y: number) =>
    image.data[Math.min(y, image.height - 1) * image.width + Math.min(x, image.width - 1)]!;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data[y * width + x] = Math.round(
        (at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1)) / 4,
      );
  return { width, height, data };
}

/** Text-like content: dark strokes on white paper, with some grey. */
function page(width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height).fill(250);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if ((x % 23 < 3 && y % 17 > 4) || (y % 17 === 9 && x % 40 < 30))
        data[y * width + x] = 20 + ((x * y) % 90);
  return { width, height, data };
}

describe('decodeJpegLuma', () => {
  it('reads a baseline scan (test/fixtures/scan-snippet.jpg) as pdf.js does, at full size', async () => {
    const jpeg = fixture('scan-snippet.jpg');
    expect(jpegFrame(jpeg)).toEqual({ width: 2063, height: 750, components: 3, progressive: false });
    const luma = decodeJpegLuma(jpeg, 8)!;
    expect(meanDifference(luma, await pdfjsLuma(jpeg))).toBeLessThan(0.05);
  });

  it('reads a progressive scan (scan-snippet-progressive.jpg: the snippet printed by pdftoppm -jpegopt progressive=y at 150 dpi) as pdf.js does', async () => {
    const jpeg = fixture('scan-snippet-progressive.jpg');
    expect(jpegFrame(jpeg)).toEqual({ width: 1032, height: 375, components: 3, progressive: true });
    const luma = decodeJpegLuma(jpeg, 8)!;
    expect(meanDifference(luma, await pdfjsLuma(jpeg))).toBeLessThan(0.05);
  });

  it.each([
    ['grey', 1, 0],
    ['YCbCr 4:2:0 with restart markers', 3, 5],
  ] as const)(
    'reads the tables and restart intervals a file gives (%s)',
    async (_, components, restartInterval) => {
      const jpeg = encodeJpeg(page(203, 77), { components, restartInterval });
      const luma = decodeJpegLuma(jpeg, 8)!;
      expect(meanDifference(luma, await pdfjsLuma(jpeg))).toBeLessThan(0.05);
    },
  );

  it("at half size, is the scan's 2×2 means to within a grey level or two", async () => {
    for (const jpeg of [fixture('scan-snippet.jpg'), fixture('scan-snippet-progressive.jpg')]) {
      const full = await pdfjsLuma(jpeg);
      const half = decodeJpegLuma(jpeg, 4)!;
      expect([half.width, half.height]).toEqual([Math.ceil(full.width / 2), Math.ceil(full.height / 2)]);
      expect(meanDifference(half, halved(full))).toBeLessThan(2);
    }
  });

  it('scales by eighths, rounding the size up', () => {
    const jpeg = encodeJpeg(page(203, 77), { components: 3 });
    expect(decodeJpegLuma(jpeg, 3)).toMatchObject({ width: 77, height: 29 });
    expect(decodeJpegLuma(jpeg, 1)).toMatchObject({ width: 26, height: 10 });
  });

  it('leaves what it cannot read to others: arithmetic coding, CMYK, truncated data', () => {
    const jpeg = encodeJpeg(page(64, 32));
    const sof = jpeg.indexOf(0xc0, 2);
    const arithmetic = jpeg.slice();
    arithmetic[sof] = 0xc9;
    expect(jpegFrame(arithmetic)).toBeUndefined();
    expect(decodeJpegLuma(arithmetic, 4)).toBeUndefined();
    const cmyk = jpeg.slice();
    cmyk[sof + 8] = 4;
    expect(jpegFrame(cmyk)).toBeUndefined();
    expect(jpegFrame(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    // Cut short, it still decodes: the missing data read as zeros.
    const cut = decodeJpegLuma(jpeg.subarray(0, jpeg.length - 200), 8)!;
    expect([cut.width, cut.height]).toEqual([64, 32]);
  });
});

describe('decodeJpegLuma on damaged files', () => {
  // A JPEG comes from an untrusted PDF: whatever its bytes, the decoder returns an image, returns
  // undefined or throws an Error, and never runs away in time or memory.
  const seeds = [
    fixture('scan-snippet.jpg'),
    fixture('scan-snippet-progressive.jpg'),
    encodeJpeg(page(96, 40)),
  ];
  let state = 0x2545f491;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };

  it('reads one frame only, and none larger than a page at 1200 dpi, whatever the caller checked', () => {
    const jpeg = encodeJpeg(page(64, 32));
    const sof = jpeg.indexOf(0xc0, 2) - 1;
    const length = (jpeg[sof + 2]! << 8) | jpeg[sof + 3]!;
    const frame = jpeg.subarray(sof, sof + 2 + length);
    // The same frame again, sized 65535 × 65535, right after the first.
    const huge = frame.slice();
    huge.set([0xff, 0xff, 0xff, 0xff], 5);
    const twice = new Uint8Array([
      ...jpeg.subarray(0, sof + 2 + length),
      ...huge,
      ...jpeg.subarray(sof + 2 + length),
    ]);
    expect(jpegFrame(twice)).toMatchObject({ width: 64, height: 32 });
    expect(decodeJpegLuma(twice, 8)).toBeUndefined();
    const alone = jpeg.slice();
    alone.set([0xff, 0xff, 0xff, 0xff], sof + 5);
    expect(decodeJpegLuma(alone, 8)).toBeUndefined();
  });

  it('survives 600 files with bytes overwritten, cut or repeated', () => {
    for (let n = 0; n < 600; n++) {
      const seed = seeds[n % seeds.length]!;
      let bytes = seed.slice();
      const edits = 1 + Math.floor(random() * 8);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * bytes.length);
        const kind = random();
        if (kind < 0.6) bytes[at] = Math.floor(random() * 256);
        else if (kind < 0.8) bytes = bytes.subarray(0, at);
        else
          bytes = new Uint8Array(
            Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 64), bytes.subarray(at)]),
          );
      }
      const started = performance.now();
      let image: GrayImage | undefined;
      try {
        image = decodeJpegLuma(bytes, 1 + (n % 8));
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
      }
      if (image) {
        expect(image.data.length).toBe(image.width * image.height);
        expect(image.width * image.height).toBeLessThanOrEqual(4096 * 4096);
      }
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
