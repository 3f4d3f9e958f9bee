import { describe, expect, it } from 'vitest';
import { OPS } from '../../test/fixtures/image-ops.ts';
import {
  apply,
  downscale,
  encodePgm,
  findPlacedImages,
  type Matrix,
  multiply,
  placedDpi,
  toGray,
} from './page-images.ts';

describe('findPlacedImages', () => {
  it('follows the transformation in force when each image is painted, across save/restore and forms', () => {
    const list = {
      fnArray: [
        OPS.save,
        OPS.transform,
        OPS.paintImageXObject,
        OPS.restore,
        OPS.paintFormXObjectBegin,
        OPS.transform,
        OPS.paintImageXObject,
        OPS.paintFormXObjectEnd,
        OPS.paintImageMaskXObject,
      ],
      argsArray: [
        null,
        [612, 0, 0, 792, 0, 0],
        ['img_p0_1', 2550, 3300],
        null,
        [
          [1, 0, 0, 1, 100, 50],
          [0, 0, 10, 10],
        ],
        [200, 0, 0, 100, 0, 0],
        ['img_p0_2', 800, 400],
        null,
        [{ width: 8, height: 1, data: new Uint8Array([0b10100000]) }],
      ],
    };
    const placed = findPlacedImages(list, OPS);
    expect(placed.map((p) => [p.source, p.mask, p.matrix])).toEqual([
      [{ objId: 'img_p0_1' }, false, [612, 0, 0, 792, 0, 0]],
      // The form's matrix applies after the transform inside it.
      [{ objId: 'img_p0_2' }, false, [200, 0, 0, 100, 100, 50]],
      // After the form ends, its matrix no longer applies.
      [{ inline: { width: 8, height: 1, data: new Uint8Array([0b10100000]) } }, true, [1, 0, 0, 1, 0, 0]],
    ]);
  });

  it('concatenates matrices as PDF does (the new one first)', () => {
    const scale: Matrix = [2, 0, 0, 2, 0, 0];
    const move: Matrix = [1, 0, 0, 1, 10, 20];
    expect(multiply(scale, move)).toEqual([2, 0, 0, 2, 10, 20]);
    expect(multiply(move, scale)).toEqual([2, 0, 0, 2, 20, 40]);
  });
});

describe('placedDpi', () => {
  it('is pixels per inch as placed, the lower of the two directions', () => {
    expect(placedDpi({ width: 2550, height: 3300 }, [612, 0, 0, 792, 0, 0])).toBe(300);
    expect(placedDpi({ width: 2550, height: 1650 }, [612, 0, 0, 792, 0, 0])).toBe(150);
    expect(placedDpi({ width: 4, height: 4 }, [540, 0, 0, 720, 36, 36])).toBeCloseTo(0.4, 5);
  });
});

describe('toGray', () => {
  it('reads RGB, RGBA (over white paper) and 1-bit grey', () => {
    expect(
      toGray({ width: 2, height: 1, kind: 2, data: new Uint8Array([255, 255, 255, 0, 0, 0]) })?.data,
    ).toEqual(new Uint8Array([255, 0]));
    const rgba = new Uint8Array([0, 0, 0, 255, 0, 0, 0, 0]);
    expect(toGray({ width: 2, height: 1, kind: 3, data: rgba })?.data).toEqual(new Uint8Array([0, 255]));
    // Rows are padded to whole bytes; a set bit is white.
    const bits = new Uint8Array([0b10000000, 0b01000000]);
    expect(toGray({ width: 3, height: 2, kind: 1, data: bits })?.data).toEqual(
      new Uint8Array([255, 0, 0, 0, 255, 0]),
    );
  });

  it('gives nothing for data it cannot read', () => {
    expect(toGray({ width: 2, height: 2, kind: 2, data: new Uint8Array(3) })).toBeUndefined();
    expect(toGray({ width: 2, height: 2, kind: 9, data: new Uint8Array(64) })).toBeUndefined();
    expect(toGray({ width: 2, height: 2, kind: 2, data: null })).toBeUndefined();
  });
});

describe('downscale and encodePgm', () => {
  it('averages the source pixels each output pixel covers, and writes a binary PGM', () => {
    const image = { width: 4, height: 2, data: new Uint8Array([0, 100, 255, 255, 100, 0, 255, 251]) };
    const half = downscale(image, 0.5);
    expect(half).toEqual({ width: 2, height: 1, data: new Uint8Array([50, 254]) });
    // 3 × 3 → 2 × 2: output pixels cover one or two source pixels a side.
    const nine = { width: 3, height: 3, data: new Uint8Array([0, 0, 90, 0, 0, 90, 30, 30, 60]) };
    expect(downscale(nine, 2 / 3)).toEqual({ width: 2, height: 2, data: new Uint8Array([0, 45, 15, 45]) });
    expect(downscale(image, 1)).toBe(image);
    const pgm = encodePgm(half);
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([50, 254]);
  });
});

describe('page images: rules', () => {
  it('keeps the transformation when an operator carries no usable matrix, and falls back to none past an unmatched restore', () => {
    const list = {
      fnArray: [
        OPS.transform,
        OPS.paintImageXObject,
        OPS.transform,
        OPS.transform,
        OPS.paintImageXObject,
        OPS.restore,
        OPS.paintImageXObject,
        OPS.paintFormXObjectEnd,
        OPS.paintImageXObject,
      ],
      argsArray: [
        [612, 0, 0, 792, 0, 0],
        ['img_p0_1'],
        // Five numbers, and a matrix with a value that is not a number: both ignored.
        [2, 0, 0, 2, 0],
        [2, 0, 0, Number.NaN, 0, 0],
        ['img_p0_2'],
        null,
        ['img_p0_3'],
        null,
        ['img_p0_4'],
      ],
    };
    expect(findPlacedImages(list, OPS).map((p) => p.matrix)).toEqual([
      [612, 0, 0, 792, 0, 0],
      [612, 0, 0, 792, 0, 0],
      [1, 0, 0, 1, 0, 0],
      [1, 0, 0, 1, 0, 0],
    ]);
  });

  it('takes an inline image as an image and an image mask as a mask; skips paint operators without an image', () => {
    const inline = { width: 2, height: 1, kind: 2, data: new Uint8Array(6) };
    const list = {
      fnArray: [
        OPS.paintInlineImageXObject,
        OPS.paintImageXObject,
        OPS.paintInlineImageXObject,
        OPS.paintImageMaskXObject,
        OPS.paintFormXObjectBegin,
        OPS.paintImageMaskXObject,
      ],
      argsArray: [[inline], [42], [{ width: 2 }], [{ height: 1 }], null, [{ width: 8, height: 1 }]],
    };
    expect(findPlacedImages(list, OPS).map((p) => [p.source, p.mask, p.matrix])).toEqual([
      [{ inline }, false, [1, 0, 0, 1, 0, 0]],
      [{ inline: { width: 8, height: 1 } }, true, [1, 0, 0, 1, 0, 0]],
    ]);
  });

  it('gives an image placed with no extent no resolution, and measures a rotated one along its sides', () => {
    expect(placedDpi({ width: 2550, height: 3300 }, [612, 0, 0, 0, 0, 0])).toBe(0);
    expect(placedDpi({ width: 2550, height: 3300 }, [0, 0, 0, 792, 0, 0])).toBe(0);
    // Turned a quarter: the matrix's columns are (0, 612) and (-792, 0).
    expect(placedDpi({ width: 2550, height: 3300 }, [0, 612, -792, 0, 792, 0])).toBe(300);
  });

  it('weighs red, green and blue as luma does (ITU-R 601), and lays half-transparent ink half over the paper', () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 200, 100, 50]);
    expect([...toGray({ width: 4, height: 1, kind: 2, data: rgb })!.data]).toEqual([76, 149, 28, 124]);
    const rgba = new Uint8Array([0, 0, 0, 128, 100, 100, 100, 255]);
    expect([...toGray({ width: 2, height: 1, kind: 3, data: rgba })!.data]).toEqual([127, 100]);
  });

  it('reads a mask as bits whatever its kind, and refuses bits too few for the rows or an empty size', () => {
    const bits = new Uint8Array([0b01100000]);
    expect([...toGray({ width: 3, height: 1, kind: 2, data: bits }, true)!.data]).toEqual([0, 255, 255]);
    expect(toGray({ width: 9, height: 1, kind: 1, data: new Uint8Array(1) })).toBeUndefined();
    expect(toGray({ width: 8, height: 2, kind: 1, data: new Uint8Array(1) })).toBeUndefined();
    expect(toGray({ width: 0, height: 1, kind: 2, data: new Uint8Array(3) })).toBeUndefined();
    expect(toGray({ width: 1, height: 0, kind: 2, data: new Uint8Array(3) })).toBeUndefined();
    expect(toGray({ width: 1, height: 1, kind: 3, data: new Uint8Array(3) })).toBeUndefined();
    expect(toGray({ width: 1, height: 1, kind: 3, data: new Uint8Array(4) })?.data).toEqual(
      new Uint8Array([255]),
    );
  });

  it('shrinks to one pixel at least, and leaves an image alone at or above full size', () => {
    const image = { width: 4, height: 2, data: new Uint8Array([0, 100, 255, 255, 100, 0, 255, 251]) };
    expect(downscale(image, 0.01)).toEqual({ width: 1, height: 1, data: new Uint8Array([152]) });
    expect(downscale(image, 2)).toBe(image);
    // 3 × 1 → 2 × 1 rounds up to 2 wide: the second pixel covers the last two.
    expect(downscale({ width: 3, height: 1, data: new Uint8Array([10, 20, 60]) }, 0.5)).toEqual({
      width: 2,
      height: 1,
      data: new Uint8Array([10, 40]),
    });
  });

  it('multiplies and applies matrices with every term (a form drawn turned, sheared and moved)', () => {
    expect(multiply([1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12])).toEqual([25, 28, 57, 64, 100, 112]);
    expect(apply([1, 2, 3, 4, 5, 6], 7, 8)).toEqual([36, 52]);
  });

  it('restores the transformation saved before a change, not none', () => {
    const list = {
      fnArray: [
        OPS.transform,
        OPS.save,
        OPS.transform,
        OPS.paintImageXObject,
        OPS.restore,
        OPS.paintImageXObject,
      ],
      argsArray: [[2, 0, 0, 2, 0, 0], null, [1, 0, 0, 1, 5, 5], ['img_p0_1'], null, ['img_p0_2']],
    };
    expect(findPlacedImages(list, OPS).map((p) => p.matrix)).toEqual([
      [2, 0, 0, 2, 10, 10],
      [2, 0, 0, 2, 0, 0],
    ]);
  });

  it('takes the lower resolution when it is across the page', () => {
    expect(placedDpi({ width: 1275, height: 3300 }, [612, 0, 0, 792, 0, 0])).toBe(150);
  });

  it('reads each row of a bitmap wider than a byte from its own bytes, and lays grey ink at half cover half over the paper', () => {
    // Ten pixels a row, two bytes: the second row's ninth pixel is set.
    const bits = new Uint8Array([0b10000000, 0b00000000, 0b00000000, 0b10000000]);
    expect([...toGray({ width: 10, height: 2, kind: 1, data: bits })!.data]).toEqual([
      255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0,
    ]);
    expect([
      ...toGray({ width: 1, height: 1, kind: 3, data: new Uint8Array([100, 100, 100, 128]) })!.data,
    ]).toEqual([177]);
  });

  it('takes no other operator for an image, whatever its arguments (a font set by name, an object with a size)', () => {
    const setFont = 37;
    const other = 91;
    const list = { fnArray: [setFont, other], argsArray: [['g_d0_f1', 12], [{ width: 8, height: 1 }]] };
    expect(findPlacedImages(list, OPS)).toEqual([]);
  });
});
