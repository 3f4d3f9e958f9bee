import { describe, expect, it } from 'vitest';
import { layoutPage } from '../core/resume/layout.ts';
import type { OcrLine, OcrWord } from './ocr.ts';
import { ocrTextItems, skewOf } from './ocr-layout.ts';

/** A line of words on a baseline through (x0, y0) with the given slope (pixels, y down). */
function line(words: Array<[string, number, number]>, y0: number, slope = 0, height = 40): OcrLine {
  const x0 = words[0]![1];
  const x1 = words[words.length - 1]![2];
  const at = (x: number) => y0 + slope * (x - x0);
  return {
    words: words.map(
      ([text, left, right]): OcrWord => ({
        text,
        confidence: 95,
        x0: left,
        x1: right,
        y0: at(left) - 30,
        y1: at(left),
      }),
    ),
    baseline: { x0, y0, x1, y1: at(x1) },
    rowHeight: height,
  };
}

// A Letter page scanned at 300 dpi, painted over the whole page.
const IMAGE = { width: 2550, height: 3300 };
const PAGE: [number, number, number, number, number, number] = [612, 0, 0, 792, 0, 0];

describe('ocrTextItems', () => {
  it('places words on the page in points, baselines from the page bottom', () => {
    const items = ocrTextItems(
      {
        lines: [
          line(
            [
              ['Led', 300, 380],
              ['delivery', 400, 560],
            ],
            600,
          ),
        ],
        confidence: 95,
      },
      IMAGE,
      PAGE,
      { x: 0, y: 0 },
    );
    expect(items.map((i) => i.str)).toEqual(['Led', 'delivery']);
    // The ink starts at 72 pt; a glyph's origin, a side bearing (a twentieth of its size) before it.
    expect(items[0]!.x).toBeCloseTo(72 - 0.48, 5);
    expect(items[0]!.y).toBeCloseTo(792 - 144, 5);
    expect(items[0]!.width).toBeCloseTo(19.2 + 0.48, 5);
    expect(items[0]!.height).toBeCloseTo(9.6, 5);
  });

  it('turns a tilted scan back, so each line is one row and two columns stay apart', () => {
    const slope = Math.tan((0.8 * Math.PI) / 180);
    const lines = [
      line(
        [
          ['Senior', 300, 450],
          ['Engineer', 470, 680],
          ['2019', 1900, 2000],
          ['–', 2020, 2040],
          ['2023', 2060, 2160],
        ],
        600,
        slope,
      ),
      line(
        [
          ['Built', 300, 420],
          ['the', 440, 520],
          ['release', 540, 720],
          ['pipeline', 740, 940],
        ],
        660,
        slope,
      ),
      line(
        [
          ['Jira', 300, 400],
          ['Confluence', 420, 680],
          ['and', 700, 790],
          ['Kubernetes', 810, 1100],
        ],
        720,
        slope,
      ),
    ];
    expect(skewOf(lines)).toBeCloseTo(Math.atan(slope), 6);
    const items = ocrTextItems({ lines, confidence: 95 }, IMAGE, PAGE, { x: 0, y: 0 });
    const text = layoutPage({ width: 612, height: 792, items }).map((l) => l.text);
    expect(text).toEqual([
      'Senior Engineer\t2019 – 2023',
      'Built the release pipeline',
      'Jira Confluence and Kubernetes',
    ]);
  });

  it('gives a sidebar segment merged into a main-column line its own baseline', () => {
    // OCR made one line of 'Kubernetes' (sidebar, 12 px lower) and a main-column line.
    const merged = line(
      [
        ['Kubernetes', 300, 560],
        ['Led', 900, 980],
        ['delivery', 1000, 1160],
      ],
      600,
    );
    merged.words[0] = { ...merged.words[0]!, y0: 582, y1: 612 };
    const items = ocrTextItems({ lines: [merged], confidence: 95 }, IMAGE, PAGE, { x: 0, y: 0 });
    expect(items.map((i) => i.str)).toEqual(['Kubernetes', 'Led', 'delivery']);
    expect(items[0]!.y).toBeCloseTo(792 - (612 * 792) / 3300, 5);
    expect(items[1]!.y).toBeCloseTo(792 - 144, 5);
  });

  it('drops lines of lone marks (accents over capitals, specks)', () => {
    const accents = line(
      [
        ['-', 300, 310],
        ['7', 400, 410],
        ['mu', 500, 530],
      ],
      500,
    );
    // Sure of the marks, unsure of the letters ('mu' read at 28).
    accents.words[2] = { ...accents.words[2]!, confidence: 28 };
    const name = line([['Ruairi', 300, 500]], 600);
    const items = ocrTextItems({ lines: [accents, name], confidence: 90 }, IMAGE, PAGE, { x: 0, y: 0 });
    expect(items.map((i) => i.str)).toEqual(['Ruairi']);
  });

  it('reads a small unsure glyph opening a line as the bullet it is', () => {
    const bullet = line(
      [
        ['»', 300, 315],
        ['Ran', 340, 420],
        ['planning', 440, 620],
      ],
      600,
    );
    bullet.words[0] = { ...bullet.words[0]!, y0: 580, y1: 594, confidence: 20 };
    const sure = line(
      [
        ['e', 300, 320],
        ['Ran', 340, 420],
      ],
      700,
    );
    const items = ocrTextItems({ lines: [bullet, sure], confidence: 90 }, IMAGE, PAGE, { x: 0, y: 0 });
    expect(items.map((i) => i.str)).toEqual(['•', 'Ran', 'planning', 'e', 'Ran']);
  });
});

/** Text items of these lines read from the Letter scan, the page's origin at `origin`. */
const itemsOf = (lines: OcrLine[], origin = { x: 0, y: 0 }) =>
  ocrTextItems({ lines, confidence: 90 }, IMAGE, PAGE, origin);

/** A word of `line` given a box `height` pixels tall standing on the baseline, and a confidence. */
function shrink(l: OcrLine, k: number, height: number, confidence = 95): void {
  const w = l.words[k]!;
  l.words[k] = { ...w, y0: w.y1 - height, confidence };
}

describe('ocrTextItems: rules', () => {
  it('turns the scan back about its centre: the words of a tilted line share one row, where its centre column was', () => {
    const slope = Math.tan((0.8 * Math.PI) / 180);
    const tilted = line(
      [
        ['Senior', 300, 450],
        ['Engineer', 470, 680],
        ['Halcyon', 700, 900],
        ['Freight', 920, 1100],
        ['Systems', 1120, 1275],
      ],
      1650,
      slope,
    );
    const items = itemsOf([tilted]);
    // The line crosses the image's centre column (x 1275) at y 1650 + 975 × slope: 0.24 pt a pixel.
    const row = 792 - (1650 + 975 * slope) * 0.24;
    for (const item of items) expect(item.y).toBeCloseTo(row, 3);
    expect(items.map((i) => Number(i.x.toFixed(2)))).toEqual([71.54, 112.35, 167.55, 220.36, 268.36]);
  });

  it("places words relative to the page's origin (a crop box that does not start at 0, 0)", () => {
    const items = itemsOf([line([['Led', 300, 380]], 600)], { x: 10, y: 20 });
    expect(items[0]!.x).toBeCloseTo(72 - 0.48 - 10, 5);
    expect(items[0]!.y).toBeCloseTo(792 - 144 - 20, 5);
  });

  it("follows a short line's own slope (too short to tell the page's tilt), and reads a baseline of no length as level", () => {
    const items = itemsOf([
      line(
        [
          ['Led', 300, 380],
          ['delivery', 400, 560],
        ],
        600,
        0.05,
      ),
    ]);
    // 'delivery' starts 100 pixels along, 5 pixels higher up the scan: 1.2 pt higher on the page.
    expect(items.map((i) => [i.str, Number(i.y.toFixed(2))])).toEqual([
      ['Led', 647.52],
      ['delivery', 645.84],
    ]);
    const dot = line([['Jira', 300, 400]], 600);
    dot.baseline.x1 = dot.baseline.x0;
    expect(itemsOf([dot]).map((i) => [i.x, i.y])).toEqual([[72 - 0.48, 648]]);
  });

  it('gives lines within 6% of each other in height one text size, their median; a heading keeps its own', () => {
    const heights = [42, 60, 40, 41];
    const lines = heights.map((h, k) => line([['Planning', 300, 500]], 600 + 100 * k, 0, h));
    // 0.24 pt a pixel: 41 pixels for the body lines, 60 for the heading.
    expect(itemsOf(lines).map((i) => Number(i.height.toFixed(2)))).toEqual([9.84, 14.4, 9.84, 9.84]);
    // 40 and 43 pixels are 7.5% apart: two sizes.
    const apart = [40, 43].map((h, k) => line([['Planning', 300, 500]], 600 + 100 * k, 0, h));
    expect(itemsOf(apart).map((i) => Number(i.height.toFixed(2)))).toEqual([9.6, 10.32]);
  });

  it('reads a small glyph as a bullet only where it opens a line: a separator dot inside it, a mark standing apart stay', () => {
    const separated = line(
      [
        ['Jira', 300, 400],
        ['·', 420, 430],
        ['Confluence', 450, 700],
      ],
      600,
    );
    shrink(separated, 1, 10);
    // A footnote mark 200 pixels (five line heights) after the text: a segment of its own.
    const footnote = line(
      [
        ['Kubernetes', 300, 560],
        ['*', 760, 775],
      ],
      700,
    );
    shrink(footnote, 1, 12, 40);
    expect(itemsOf([separated, footnote]).map((i) => i.str)).toEqual([
      'Jira',
      '·',
      'Confluence',
      'Kubernetes',
      '*',
    ]);
  });

  it('takes a small letter before a capital for a square bullet, under 0.65 of the line height; not "a", "i" or "u"', () => {
    const opening = (text: string, height: number, next = 'Ran') => {
      const l = line(
        [
          [text, 300, 320],
          [next, 340, 420],
          ['planning', 440, 620],
        ],
        600,
      );
      shrink(l, 0, height);
      return itemsOf([l])[0]!.str;
    };
    expect(opening('m', 24)).toBe('•');
    expect(opening('m', 26)).toBe('m');
    expect(opening('a', 20)).toBe('a');
    expect(opening('u', 20)).toBe('u');
    expect(opening('m', 20, 'ran')).toBe('m');
    expect(opening('mm', 20)).toBe('mm');
    expect(opening('E', 20)).toBe('E');
  });

  it('takes a small mark for a bullet under half the line height; an unsure lookalike letter too, a sure one or a digit not', () => {
    const opening = (text: string, height: number, confidence: number) => {
      const l = line(
        [
          [text, 300, 320],
          ['ran', 340, 420],
          ['planning', 440, 620],
        ],
        600,
      );
      shrink(l, 0, height, confidence);
      return itemsOf([l])[0]!.str;
    };
    expect(opening('■', 16, 95)).toBe('•');
    expect(opening('■', 20, 95)).toBe('■');
    expect(opening('o', 16, 50)).toBe('•');
    expect(opening('o', 16, 70)).toBe('o');
    expect(opening('o', 16, 95)).toBe('o');
    expect(opening('2', 16, 95)).toBe('2');
    expect(opening('x', 16, 50)).toBe('x');
  });

  it('keeps words a gap of one and a half line heights apart in one segment, on the line baseline', () => {
    // The second word's box reaches 12 pixels lower, the first's none: the lower quartile is 0.
    const l = (gap: number) => {
      const merged = line(
        [
          ['Kubernetes', 300, 560],
          ['Led', 560 + gap, 640 + gap],
        ],
        600,
      );
      merged.words[1] = { ...merged.words[1]!, y0: 582, y1: 612 };
      return itemsOf([merged]).map((i) => Number(i.y.toFixed(2)));
    };
    expect(l(60)).toEqual([648, 648]);
    expect(l(61)).toEqual([648, 792 - 612 * 0.24]);
  });

  it("sets a segment on its own baseline by its words' lower quartile, past a sixth of a line height", () => {
    // A segment beside the main column whose words reach 22, 12, 14 and 16 pixels below the line's baseline.
    const merged = line(
      [
        ['Led', 300, 380],
        ['Kubernetes', 900, 1100],
        ['and', 1120, 1200],
        ['Docker', 1220, 1400],
        ['Jira', 1420, 1500],
      ],
      600,
    );
    [22, 12, 14, 16].forEach((below, k) => {
      merged.words[k + 1] = { ...merged.words[k + 1]!, y0: 570 + below, y1: 600 + below };
    });
    const ys = itemsOf([merged]).map((i) => Number(i.y.toFixed(2)));
    expect(ys).toEqual([648, ...Array(4).fill(Number((792 - 612 * 0.24).toFixed(2)))]);
    // 7 pixels lower with 42-pixel lines is a descender's reach, not a baseline of its own.
    const near = line(
      [
        ['Led', 300, 380],
        ['Jira', 900, 1000],
      ],
      600,
      0,
      42,
    );
    near.words[1] = { ...near.words[1]!, y0: 577, y1: 607 };
    expect(itemsOf([near]).map((i) => Number(i.y.toFixed(2)))).toEqual([648, 648]);
  });

  it('keeps a line only for a word of two letters or two digits read at confidence 60 or more', () => {
    const marks = line(
      [
        ['--', 300, 330],
        ['7', 400, 410],
        ['a', 500, 520],
      ],
      500,
    );
    const unsure = line(
      [
        ['Ruairi', 300, 500],
        ['Byrne', 520, 700],
      ],
      600,
    );
    unsure.words = unsure.words.map((w) => ({ ...w, confidence: 59 }));
    const sure = line([['Byrne', 300, 480]], 700);
    sure.words[0] = { ...sure.words[0]!, confidence: 60 };
    expect(itemsOf([marks, unsure, sure]).map((i) => i.str)).toEqual(['Byrne']);
  });
});

describe('skewOf', () => {
  const tilted = (slope: number, length = 1000, height = 40) =>
    line(
      [
        ['Planning', 300, 300 + length / 2],
        ['pipeline', 300 + length / 2, 300 + length],
      ],
      600,
      slope,
      height,
    );

  it('is the median slope of the baselines longer than ten line heights', () => {
    const lines = [tilted(0.02), tilted(-0.01), tilted(0.005), tilted(0.2, 400), tilted(0.2, 390)];
    expect(skewOf(lines)).toBeCloseTo(Math.atan(0.005), 9);
    expect(skewOf([tilted(0.2, 400), tilted(0.1, 200)])).toBe(0);
  });

  it('is none under a twentieth of a degree', () => {
    expect(skewOf([tilted(0.0009)])).toBe(0);
    expect(skewOf([tilted(0.0011)])).toBeCloseTo(Math.atan(0.0011), 9);
  });
});
