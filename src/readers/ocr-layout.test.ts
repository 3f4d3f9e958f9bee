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
