import { describe, expect, it } from 'vitest';
import {
  downscale,
  encodePgm,
  findPlacedImages,
  type ImageOps,
  type Matrix,
  multiply,
  placedDpi,
  toGray,
} from './page-images.ts';

const OPS: ImageOps = {
  save: 10,
  restore: 11,
  transform: 12,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageMaskXObject: 83,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
};

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
