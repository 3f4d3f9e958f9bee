import { Inflate, Unzlib } from 'fflate';

/** Compressed bytes handed to an inflater at once: one push can then expand to about 1 MB at most. */
const SLICE = 1024;

/** `raw` DEFLATE is what ZIP entries hold; `zlib` wraps it with a header, as PDF streams do. */
export type DeflateFormat = 'raw' | 'zlib';

export type Inflated =
  | { ok: true; size: number; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupt'; size: number };

class TooLarge extends Error {}

type Push = (chunk: Uint8Array, final: boolean) => void;

/**
 * Inflates `data` once per layer (data can be compressed twice over), counting every byte each
 * layer puts out and stopping as soon as one passes `budget`, whatever sizes the container
 * declared. Memory stays within the budget (plus about 1 MB in flight) when the output is kept,
 * and about 1 MB when it is only counted (`keep: false`).
 */
export function inflateBounded(
  data: Uint8Array,
  options: { layers: readonly DeflateFormat[]; budget: number; keep: boolean },
): Inflated {
  const { layers, budget, keep } = options;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let push: Push = (chunk) => {
    size += chunk.length;
    if (keep) chunks.push(chunk);
  };
  for (const format of [...layers].reverse()) push = stage(format, budget, push);
  try {
    push(data, true);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large', size };
    return { ok: false, reason: 'corrupt', size };
  }
  return { ok: true, size, bytes: keep ? concat(chunks, size) : new Uint8Array(0) };
}

/** One inflater that feeds the next stage in slices, so no push can expand without bound. */
function stage(format: DeflateFormat, budget: number, next: Push): Push {
  const inflater = format === 'zlib' ? new Unzlib() : new Inflate();
  let out = 0;
  inflater.ondata = (chunk, final) => {
    out += chunk.length;
    if (out > budget) throw new TooLarge();
    next(chunk, final);
  };
  return (chunk, final) => {
    if (chunk.length === 0) return inflater.push(chunk, final);
    for (let i = 0; i < chunk.length; i += SLICE) {
      inflater.push(chunk.subarray(i, i + SLICE), final && i + SLICE >= chunk.length);
    }
  };
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
