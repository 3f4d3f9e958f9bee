import { describe, expect, it } from 'vitest';
import { scannedSamplePage } from '../../test/fixtures/scanned-sample.ts';
import { decodeJpegLuma } from './jpeg-luma.ts';
import type { GrayImage } from './page-images.ts';
import { textRegions } from './page-regions.ts';

/** A white page at 100 dpi with black bars where text lines would be. */
function page(bars: Array<[number, number, number, number]>, noise = 0): GrayImage {
  const width = 850;
  const height = 1100;
  const data = new Uint8Array(width * height).fill(245);
  let seed = 7;
  for (let i = 0; i < data.length && noise > 0; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    if (seed % 997 === 0) data[i] = 30;
  }
  for (const [x0, y0, x1, y1] of bars)
    for (let y = y0; y < y1; y++) data.fill(20, y * width + x0, y * width + x1);
  return { width, height, data };
}

/** Lines of text 12 px high, 20 px apart, from y0 down. */
const lines = (x0: number, x1: number, y0: number, n: number): Array<[number, number, number, number]> =>
  Array.from({ length: n }, (_, k) => [x0, y0 + 20 * k, x1, y0 + 20 * k + 12]);

describe('textRegions', () => {
  it('cuts a header off, then a sidebar from the main column, even with specks of noise', () => {
    const bars = [...lines(60, 700, 50, 2), ...lines(40, 220, 200, 30), ...lines(300, 800, 200, 35)];
    const regions = textRegions(page(bars, 1), 100);
    expect(regions).toEqual([
      { x0: 60, y0: 48, x1: 700, y1: 84 },
      { x0: 40, y0: 200, x1: 220, y1: 792 },
      { x0: 300, y0: 200, x1: 800, y1: 892 },
    ]);
  });

  it('keeps one column whole however its paragraphs are spaced', () => {
    const bars = [...lines(60, 780, 60, 10), ...lines(60, 700, 300, 10)];
    expect(textRegions(page(bars), 100)).toEqual([
      { x0: 60, y0: 60, x1: 780, y1: 252 },
      { x0: 60, y0: 300, x1: 700, y1: 492 },
    ]);
  });

  it('finds nothing on a blank page', () => {
    expect(textRegions(page([]), 100)).toEqual([]);
  });
});

/** The same page in other shades of paper and ink (a dim scan, a faint print). */
function shaded(bars: Array<[number, number, number, number]>, paper: number, ink: number): GrayImage {
  const image = page(bars);
  image.data = image.data.map((v) => (v === 245 ? paper : ink));
  return image;
}

/** Blocks of four lines, `rows` down and `columns` across, wide gaps between them (a form, a table). */
const blocks = (rows: number, columns: number): Array<[number, number, number, number]> =>
  Array.from({ length: rows * columns }, (_, k) => {
    const [r, c] = [Math.floor(k / columns), k % columns];
    return lines(40 + c * 135, 140 + c * 135, 40 + r * 200, 4);
  }).flat();

describe('textRegions: where it cuts', () => {
  it('reads a page of more than 24 blocks (a form, a table) whole, and 24 blocks one by one', () => {
    expect(textRegions(page(blocks(5, 6)), 100)).toEqual([{ x0: 40, y0: 40, x1: 816, y1: 912 }]);
    expect(textRegions(page(blocks(4, 6)), 100)).toHaveLength(24);
  });

  it("splits two columns of four lines at their gutter, but not one line's spaced-out words", () => {
    const columns = [...lines(40, 300, 100, 4), ...lines(320, 700, 100, 4)];
    expect(textRegions(page(columns), 100)).toEqual([
      { x0: 40, y0: 100, x1: 300, y1: 172 },
      { x0: 320, y0: 100, x1: 700, y1: 172 },
    ]);
    const spaced: Array<[number, number, number, number]> = [
      [60, 100, 200, 112],
      [400, 100, 700, 112],
    ];
    expect(textRegions(page(spaced), 100)).toEqual([{ x0: 60, y0: 100, x1: 700, y1: 112 }]);
  });

  it('takes a gutter of a fifth of an inch and a band of a third, nothing narrower', () => {
    // At 100 dpi: a 20-pixel gutter splits, a 12-pixel one does not.
    const gutter = (gap: number) => [...lines(40, 300, 100, 20), ...lines(300 + gap, 700, 100, 20)];
    expect(textRegions(page(gutter(20)), 100)).toHaveLength(2);
    expect(textRegions(page(gutter(12)), 100)).toEqual([{ x0: 40, y0: 100, x1: 700, y1: 492 }]);
    // A 32-pixel band cuts across, a 24-pixel one does not.
    const band = (gap: number) => [...lines(60, 700, 100, 5), ...lines(60, 700, 192 + gap, 5)];
    expect(textRegions(page(band(32)), 100)).toEqual([
      { x0: 60, y0: 100, x1: 700, y1: 192 },
      { x0: 60, y0: 224, x1: 700, y1: 316 },
    ]);
    expect(textRegions(page(band(24)), 100)).toEqual([{ x0: 60, y0: 100, x1: 700, y1: 308 }]);
  });

  it('lets a speck in a gutter keep it a gutter; a lone pixel is no ink, two together are', () => {
    const columns = [...lines(40, 300, 100, 20), ...lines(320, 700, 100, 20), [308, 200, 310, 201] as const];
    expect(textRegions(page(columns as Array<[number, number, number, number]>), 100)).toEqual([
      { x0: 40, y0: 100, x1: 300, y1: 492 },
      { x0: 320, y0: 100, x1: 700, y1: 492 },
    ]);
    expect(textRegions(page([[400, 400, 401, 401]]), 100)).toEqual([]);
    expect(textRegions(page([[400, 400, 402, 401]]), 100)).toEqual([{ x0: 400, y0: 400, x1: 404, y1: 404 }]);
  });

  it('splits at the widest gutter first: a sidebar comes off before the main columns are read band by band', () => {
    // Two main columns (24-pixel gutter) with a section break across both, a sidebar 100 pixels away.
    const bars = [
      ...lines(40, 260, 100, 8),
      ...lines(40, 260, 300, 8),
      ...lines(284, 500, 100, 8),
      ...lines(284, 500, 300, 8),
      ...lines(600, 800, 100, 20),
    ];
    expect(textRegions(page(bars), 100)).toEqual([
      { x0: 40, y0: 100, x1: 260, y1: 252 },
      { x0: 284, y0: 100, x1: 500, y1: 252 },
      { x0: 40, y0: 300, x1: 260, y1: 452 },
      { x0: 284, y0: 300, x1: 500, y1: 452 },
      { x0: 600, y0: 100, x1: 800, y1: 492 },
    ]);
  });

  it('cuts the paragraphs of a column beside a sidebar', () => {
    const bars = [...lines(40, 220, 100, 20), ...lines(300, 800, 100, 6), ...lines(300, 800, 300, 6)];
    expect(textRegions(page(bars), 100)).toEqual([
      { x0: 40, y0: 100, x1: 220, y1: 492 },
      { x0: 300, y0: 100, x1: 800, y1: 212 },
      { x0: 300, y0: 300, x1: 800, y1: 412 },
    ]);
  });

  it("tells ink from paper by the page's own shades: a dim scan, a faint print, a real scan", () => {
    const bars = [...lines(40, 220, 200, 30), ...lines(300, 800, 200, 35)];
    const columns = [
      { x0: 40, y0: 200, x1: 220, y1: 792 },
      { x0: 300, y0: 200, x1: 800, y1: 892 },
    ];
    // Grey paper darker than mid-grey, and grey ink lighter than it.
    expect(textRegions(shaded(bars, 110, 20), 100)).toEqual(columns);
    expect(textRegions(shaded(bars, 250, 170), 100)).toEqual(columns);
    // The test snippet (300 dpi): a few lines in one block.
    const scan = decodeJpegLuma(scannedSamplePage().data, 8)!;
    expect(textRegions(scan, 300)).toEqual([{ x0: 120, y0: 88, x1: 1704, y1: 420 }]);
  });
});
