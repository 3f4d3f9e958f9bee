// The luma of a JPEG (the grey a scan's text is read from) at a reduced scale, computed straight
// from its DCT coefficients: a 600-dpi page comes out at 300 dpi without its full-size pixels, or
// its colour planes, ever being held. Baseline and progressive Huffman JPEGs with 8-bit samples,
// grey or YCbCr; anything else is left to pdf.js. Pure: bytes in, pixels out.
import type { GrayImage } from './page-images.ts';

/** What the start of frame says. */
export interface JpegFrame {
  width: number;
  height: number;
  components: number;
  progressive: boolean;
}

/** Natural (row-major) position of the k-th coefficient in zig-zag order. */
const ZIGZAG = Int32Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
]);

class Unsupported extends Error {}

interface Huffman {
  maxcode: Int32Array;
  valptr: Int32Array;
  mincode: Int32Array;
  values: Uint8Array;
}

interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
  /** Blocks that cover the component's samples, across and down. */
  blocksX: number;
  blocksY: number;
  dc?: Huffman | undefined;
  ac?: Huffman | undefined;
  pred: number;
}

/**
 * The frame of a JPEG the decoder can read; undefined for other JPEGs (arithmetic coding,
 * 12-bit, lossless, CMYK, RGB without a colour transform) and for what is not a JPEG.
 */
export function jpegFrame(data: Uint8Array): JpegFrame | undefined {
  try {
    return parse(data, 0, true)?.frame;
  } catch {
    return undefined;
  }
}

/**
 * The luma at `scale`/8 of the full size (1–8; width and height rounded up), or undefined when
 * the JPEG is not one this decoder reads or its data are broken.
 */
export function decodeJpegLuma(data: Uint8Array, scale: number): GrayImage | undefined {
  const s = Math.min(8, Math.max(1, Math.round(scale)));
  try {
    return parse(data, s, false)?.image;
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError || error instanceof CorruptJpeg)
      return undefined;
    throw error;
  }
}

class CorruptJpeg extends Error {}

/** A Letter page at 1200 dpi is 135 million pixels; nothing larger is read, whatever the caller checked. */
const MAX_FRAME_PIXELS = 150_000_000;

function parse(
  data: Uint8Array,
  scale: number,
  headerOnly: boolean,
): { frame: JpegFrame; image?: GrayImage } | undefined {
  if (data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  const u16 = (at: number) => (data[at]! << 8) | data[at + 1]!;
  const quant: Array<Int32Array | undefined> = [];
  const dcTables: Array<Huffman | undefined> = [];
  const acTables: Array<Huffman | undefined> = [];
  let adobeTransform: number | undefined;
  let restart = 0;
  let frame: JpegFrame | undefined;
  let components: Component[] = [];
  let decoder: Decoder | undefined;
  let pos = 2;
  while (pos < data.length) {
    if (data[pos] !== 0xff) {
      pos++;
      continue;
    }
    const marker = data[pos + 1]!;
    pos += 2;
    if (marker === 0xff) {
      pos--;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) break;
    const start = pos + 2;
    const end = pos + u16(pos);
    if (end > data.length) throw new CorruptJpeg('segment past the end');
    switch (marker) {
      case 0xdb: // DQT
        for (let at = start; at < end; ) {
          const precision = data[at]! >> 4;
          const table = new Int32Array(64);
          quant[data[at]! & 15] = table;
          at++;
          for (let k = 0; k < 64; k++) {
            table[ZIGZAG[k]!] = precision ? u16(at) : data[at]!;
            at += precision ? 2 : 1;
          }
        }
        break;
      case 0xc4: // DHT
        for (let at = start; at < end; ) {
          const klass = data[at]! >> 4;
          const id = data[at]! & 15;
          const counts = data.subarray(at + 1, at + 17);
          const total = counts.reduce((n, c) => n + c, 0);
          const table = huffman(counts, data.subarray(at + 17, at + 17 + total));
          if (klass === 0) dcTables[id] = table;
          else acTables[id] = table;
          at += 17 + total;
        }
        break;
      case 0xdd: // DRI
        restart = u16(start);
        break;
      case 0xee: // APP14: Adobe's colour transform flag
        if (String.fromCharCode(...data.subarray(start, start + 5)) === 'Adobe')
          adobeTransform = data[start + 11];
        break;
      case 0xc0:
      case 0xc1:
      case 0xc2: {
        // One frame a file: a second could size the image past what the caller checked.
        if (frame) throw new CorruptJpeg('a second frame');
        if (data[start] !== 8) throw new Unsupported('not 8-bit');
        const height = u16(start + 1);
        const width = u16(start + 3);
        const count = data[start + 5]!;
        if (width === 0 || height === 0 || (count !== 1 && count !== 3)) throw new Unsupported('frame');
        if (width * height > MAX_FRAME_PIXELS) throw new Unsupported('larger than any scan page');
        components = [];
        for (let k = 0; k < count; k++) {
          const at = start + 6 + 3 * k;
          components.push({
            id: data[at]!,
            h: Math.max(1, data[at + 1]! >> 4),
            v: Math.max(1, data[at + 1]! & 15),
            tq: data[at + 2]! & 3,
            blocksX: 0,
            blocksY: 0,
            pred: 0,
          });
        }
        const hmax = Math.max(...components.map((c) => c.h));
        const vmax = Math.max(...components.map((c) => c.v));
        for (const c of components) {
          c.blocksX = Math.ceil(Math.ceil((width * c.h) / hmax) / 8);
          c.blocksY = Math.ceil(Math.ceil((height * c.v) / vmax) / 8);
        }
        const luma = components[0]!;
        const rgb =
          count === 3 && (adobeTransform === 0 || components.map((c) => c.id).join() === '82,71,66');
        // The first component is the luma only in grey and YCbCr, and only at full resolution.
        if (rgb || luma.h !== hmax || luma.v !== vmax) throw new Unsupported('not grey or YCbCr');
        frame = { width, height, components: count, progressive: marker === 0xc2 };
        if (headerOnly) return { frame };
        decoder = new Decoder(data, frame, components, hmax, vmax, scale);
        break;
      }
      case 0xda: {
        if (!frame || !decoder) throw new CorruptJpeg('scan before frame');
        const count = data[start]!;
        const inScan: Component[] = [];
        for (let k = 0; k < count; k++) {
          const at = start + 1 + 2 * k;
          const c = components.find((x) => x.id === data[at]);
          if (!c) throw new CorruptJpeg('unknown component');
          c.dc = dcTables[data[at + 1]! >> 4];
          c.ac = acTables[data[at + 1]! & 15];
          inScan.push(c);
        }
        const after = start + 1 + 2 * count;
        const spectral = {
          ss: data[after]!,
          se: data[after + 1]!,
          ah: data[after + 2]! >> 4,
          al: data[after + 2]! & 15,
        };
        pos = decoder.scan(end, inScan, spectral, restart, quant);
        continue;
      }
      default:
        // Other frame types: lossless, hierarchical, arithmetic coding.
        if (marker >= 0xc3 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          throw new Unsupported('frame type');
    }
    pos = end;
  }
  if (!frame || !decoder) return undefined;
  return { frame, image: decoder.finish(quant) };
}

function huffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxcode = new Int32Array(18).fill(-1);
  const valptr = new Int32Array(17);
  const mincode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    const n = counts[length - 1]!;
    valptr[length] = k;
    mincode[length] = code;
    code += n;
    k += n;
    maxcode[length] = n > 0 ? code - 1 : -1;
    code <<= 1;
  }
  maxcode[17] = 0x7fffffff;
  return { maxcode, valptr, mincode, values };
}

/** Entropy-coded data, bit by bit: stuffed zero bytes dropped, a marker read as zeros. */
class BitReader {
  private buffer = 0;
  private bits = 0;
  private atMarker = false;
  constructor(
    private readonly data: Uint8Array,
    public pos: number,
  ) {}

  bit(): number {
    if (this.bits === 0) {
      let byte = 0;
      if (!this.atMarker && this.pos < this.data.length) {
        byte = this.data[this.pos]!;
        if (byte === 0xff) {
          if (this.data[this.pos + 1] === 0) this.pos += 2;
          else {
            this.atMarker = true;
            byte = 0;
          }
        } else this.pos++;
      }
      this.buffer = byte;
      this.bits = 8;
    }
    this.bits--;
    return (this.buffer >> this.bits) & 1;
  }

  receive(n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) v = (v << 1) | this.bit();
    return v;
  }

  /** A `n`-bit magnitude category value read as a signed number. */
  extend(n: number): number {
    const v = this.receive(n);
    return v < 1 << (n - 1) ? v - (1 << n) + 1 : v;
  }

  decode(table: Huffman | undefined): number {
    if (!table) throw new CorruptJpeg('missing Huffman table');
    let code = this.bit();
    let length = 1;
    while (code > table.maxcode[length]!) {
      code = (code << 1) | this.bit();
      if (++length > 16) throw new CorruptJpeg('bad Huffman code');
    }
    const value = table.values[table.valptr[length]! + code - table.mincode[length]!];
    if (value === undefined) throw new CorruptJpeg('bad Huffman code');
    return value;
  }

  /** Skips to just after the next restart marker (a new interval starts on a byte boundary). */
  restart(): void {
    this.bits = 0;
    this.atMarker = false;
    const d = this.data;
    while (
      this.pos + 1 < d.length &&
      !(d[this.pos] === 0xff && d[this.pos + 1]! >= 0xd0 && d[this.pos + 1]! <= 0xd7)
    )
      this.pos++;
    this.pos += 2;
  }

  /** Where the next marker that is not a restart begins: the end of the scan's data. */
  end(): number {
    const d = this.data;
    let at = this.pos;
    while (at + 1 < d.length) {
      if (d[at] === 0xff) {
        const next = d[at + 1]!;
        if (next !== 0 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return at;
      }
      at++;
    }
    return d.length;
  }
}

interface Spectral {
  ss: number;
  se: number;
  ah: number;
  al: number;
}

class Decoder {
  private readonly out: Uint8Array;
  private readonly outWidth: number;
  private readonly outHeight: number;
  /** Basis of the scaled inverse DCT: basis[x * 8 + u], for u below the scale. */
  private readonly basis: Float64Array;
  private readonly block = new Int32Array(64);
  private readonly tmp = new Float64Array(64);
  /** Progressive only: the luma's coefficients (natural order), kept until the last scan. */
  private readonly coefficients: Int16Array | undefined;
  private readonly mcusX: number;
  private readonly mcusY: number;
  private eobrun = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly frame: JpegFrame,
    private readonly components: Component[],
    hmax: number,
    vmax: number,
    private readonly scale: number,
  ) {
    this.mcusX = Math.ceil(frame.width / (8 * hmax));
    this.mcusY = Math.ceil(frame.height / (8 * vmax));
    this.outWidth = Math.ceil((frame.width * scale) / 8);
    this.outHeight = Math.ceil((frame.height * scale) / 8);
    this.out = new Uint8Array(this.outWidth * this.outHeight).fill(255);
    this.basis = new Float64Array(64);
    for (let x = 0; x < scale; x++) {
      // The 8-point cosine interpolant sampled at the centres of `scale` output pixels, low
      // frequencies only: libjpeg's scaled IDCT.
      const at = ((x + 0.5) * 8) / scale - 0.5;
      for (let u = 0; u < scale; u++)
        this.basis[x * 8 + u] =
          ((u === 0 ? Math.SQRT1_2 : 1) / 2) * Math.cos(((2 * at + 1) * u * Math.PI) / 16);
    }
    if (frame.progressive) {
      const luma = components[0]!;
      this.coefficients = new Int16Array(this.mcusX * luma.h * this.mcusY * luma.v * 64);
    }
  }

  /** Decodes one scan whose data begin at `pos`; returns where its data end. */
  scan(
    pos: number,
    inScan: Component[],
    spectral: Spectral,
    restart: number,
    quant: Array<Int32Array | undefined>,
  ): number {
    const reader = new BitReader(this.data, pos);
    const luma = this.components[0]!;
    // A scan without the luma (a chroma refinement) is not decoded at all.
    if (!inScan.includes(luma)) return reader.end();
    const q = quant[luma.tq];
    if (!this.frame.progressive && !q) throw new CorruptJpeg('missing quantization table');
    for (const c of inScan) c.pred = 0;
    this.eobrun = 0;
    const blockFn = (c: Component, row: number, col: number) => {
      if (!this.frame.progressive) {
        this.block.fill(0);
        this.baselineBlock(reader, c, this.block, 0);
        if (c === luma) this.idct(this.block, 0, q!, row, col);
        return;
      }
      const target = c === luma ? this.coefficients! : this.block;
      const at = c === luma ? (row * this.mcusX * luma.h + col) * 64 : 0;
      if (spectral.ss === 0) {
        if (spectral.ah === 0) {
          const t = reader.decode(c.dc);
          c.pred += t === 0 ? 0 : reader.extend(t);
          target[at] = c.pred * (1 << spectral.al);
        } else if (reader.bit()) target[at]! |= 1 << spectral.al;
      } else if (spectral.ah === 0) this.acFirst(reader, c, target, at, spectral);
      else this.acRefine(reader, c, target, at, spectral);
    };
    let done = 0;
    const next = () => {
      if (restart > 0 && done > 0 && done % restart === 0) {
        reader.restart();
        for (const c of inScan) c.pred = 0;
        this.eobrun = 0;
      }
      done++;
    };
    if (inScan.length === 1) {
      // A scan of one component visits its blocks row by row, without the MCU padding.
      const c = inScan[0]!;
      for (let row = 0; row < c.blocksY; row++)
        for (let col = 0; col < c.blocksX; col++) {
          next();
          blockFn(c, row, col);
        }
    } else {
      for (let my = 0; my < this.mcusY; my++)
        for (let mx = 0; mx < this.mcusX; mx++) {
          next();
          for (const c of inScan)
            for (let v = 0; v < c.v; v++)
              for (let h = 0; h < c.h; h++) blockFn(c, my * c.v + v, mx * c.h + h);
        }
    }
    return reader.end();
  }

  private baselineBlock(reader: BitReader, c: Component, block: Int32Array, at: number): void {
    const t = reader.decode(c.dc);
    c.pred += t === 0 ? 0 : reader.extend(t);
    block[at] = c.pred;
    for (let k = 1; k < 64; ) {
      const rs = reader.decode(c.ac);
      const s = rs & 15;
      const r = rs >> 4;
      if (s === 0) {
        if (r < 15) break;
        k += 16;
        continue;
      }
      k += r;
      if (k > 63) break;
      block[at + ZIGZAG[k]!] = reader.extend(s);
      k++;
    }
  }

  private acFirst(
    reader: BitReader,
    c: Component,
    block: Int32Array | Int16Array,
    at: number,
    s: Spectral,
  ): void {
    if (this.eobrun > 0) {
      this.eobrun--;
      return;
    }
    for (let k = s.ss; k <= s.se; k++) {
      const rs = reader.decode(c.ac);
      const size = rs & 15;
      const r = rs >> 4;
      if (size === 0) {
        if (r < 15) {
          this.eobrun = (1 << r) - 1 + (r > 0 ? reader.receive(r) : 0);
          break;
        }
        k += 15;
        continue;
      }
      k += r;
      if (k > 63) break;
      block[at + ZIGZAG[k]!] = reader.extend(size) * (1 << s.al);
    }
  }

  /** libjpeg's decode_mcu_AC_refine. */
  private acRefine(
    reader: BitReader,
    c: Component,
    block: Int32Array | Int16Array,
    at: number,
    s: Spectral,
  ): void {
    const p1 = 1 << s.al;
    const m1 = -1 << s.al;
    let k = s.ss;
    const correct = (z: number) => {
      const value = block[at + z]!;
      if (reader.bit() && (value & p1) === 0) block[at + z] = value + (value >= 0 ? p1 : m1);
    };
    if (this.eobrun === 0) {
      for (; k <= s.se; k++) {
        const rs = reader.decode(c.ac);
        let size = rs & 15;
        let r = rs >> 4;
        if (size !== 0) size = reader.bit() ? p1 : m1;
        else if (r !== 15) {
          this.eobrun = (1 << r) + (r > 0 ? reader.receive(r) : 0);
          break;
        }
        while (k <= s.se) {
          const z = ZIGZAG[k]!;
          if (block[at + z] !== 0) correct(z);
          else if (--r < 0) break;
          k++;
        }
        if (size !== 0 && k <= 63) block[at + ZIGZAG[k]!] = size;
      }
    }
    if (this.eobrun > 0) {
      for (; k <= s.se; k++) {
        const z = ZIGZAG[k]!;
        if (block[at + z] !== 0) correct(z);
      }
      this.eobrun--;
    }
  }

  /** The scaled inverse DCT of one luma block, written at its place in the output. */
  private idct(block: Int32Array | Int16Array, at: number, q: Int32Array, row: number, col: number): void {
    const { scale, basis, tmp, out, outWidth, outHeight } = this;
    for (let v = 0; v < scale; v++)
      for (let x = 0; x < scale; x++) {
        let sum = 0;
        for (let u = 0; u < scale; u++) sum += block[at + v * 8 + u]! * q[v * 8 + u]! * basis[x * 8 + u]!;
        tmp[v * 8 + x] = sum;
      }
    for (let y = 0; y < scale; y++) {
      const oy = row * scale + y;
      if (oy >= outHeight) break;
      for (let x = 0; x < scale; x++) {
        const ox = col * scale + x;
        if (ox >= outWidth) break;
        let sum = 128;
        for (let v = 0; v < scale; v++) sum += basis[y * 8 + v]! * tmp[v * 8 + x]!;
        out[oy * outWidth + ox] = sum <= 0 ? 0 : sum >= 255 ? 255 : Math.round(sum);
      }
    }
  }

  finish(quant: Array<Int32Array | undefined>): GrayImage {
    const luma = this.components[0]!;
    if (this.coefficients) {
      const q = quant[luma.tq];
      if (!q) throw new CorruptJpeg('missing quantization table');
      const stride = this.mcusX * luma.h;
      for (let row = 0; row < luma.blocksY; row++)
        for (let col = 0; col < luma.blocksX; col++)
          this.idct(this.coefficients, (row * stride + col) * 64, q, row, col);
    }
    return { width: this.outWidth, height: this.outHeight, data: this.out };
  }
}
