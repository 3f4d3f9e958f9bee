// inflateBounded for the browser (local-only mode), where node:zlib does not exist: the same
// contract over fflate's streaming inflater. The web build puts it in place of bounded-inflate.ts.
import { Inflate, Unzlib } from 'fflate';
import type { DeflateFormat, Inflated } from './bounded-inflate.ts';

/** Input is fed in slices this long, so one step's output stays within ~1,000 times it. */
const SLICE = 4096;

class TooLarge extends Error {}

/** See bounded-inflate.ts: stops as soon as a layer's output passes `budget` bytes. */
export function inflateBounded(
  data: Uint8Array,
  options: { layers: readonly DeflateFormat[]; budget: number },
): Inflated {
  if (options.budget < 1) return { ok: false, reason: 'too-large' };
  let bytes = data;
  for (const format of options.layers) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > options.budget) throw new TooLarge();
      chunks.push(chunk);
    };
    const stream = format === 'zlib' ? new Unzlib(onData) : new Inflate(onData);
    try {
      for (let at = 0; at < bytes.length; at += SLICE) stream.push(bytes.subarray(at, at + SLICE));
      try {
        stream.push(new Uint8Array(0), true);
      } catch (error) {
        // Data cut short (fflate's code 0, "unexpected EOF") yields what it holds, as node:zlib's
        // Z_SYNC_FLUSH (and pdf.js) read it.
        if ((error as { code?: unknown }).code !== 0) throw error;
      }
    } catch (error) {
      return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'corrupt' };
    }
    bytes = concat(chunks, size);
  }
  return { ok: true, bytes };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
