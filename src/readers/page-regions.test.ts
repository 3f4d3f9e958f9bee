import { describe, expect, it } from 'vitest';
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
