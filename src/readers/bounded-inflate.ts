import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/** `raw` DEFLATE is what ZIP entries hold; `zlib` wraps it with a header, as PDF streams do. */
export type DeflateFormat = 'raw' | 'zlib';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Inflates `data` once per layer (data can be compressed twice over), stopping as soon as a
 * layer's output passes `budget` bytes, whatever sizes the container declared: zlib counts the
 * output as it grows (`maxOutputLength`), so no more than the budget is ever held. Data cut short
 * yields what it holds, as pdf.js reads it.
 */
export function inflateBounded(
  data: Uint8Array,
  options: { layers: readonly DeflateFormat[]; budget: number },
): Inflated {
  if (options.budget < 1) return { ok: false, reason: 'too-large' };
  let bytes = data;
  for (const format of options.layers) {
    try {
      bytes = (format === 'zlib' ? inflateSync : inflateRawSync)(bytes, {
        maxOutputLength: options.budget,
        finishFlush: constants.Z_SYNC_FLUSH,
      });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      return { ok: false, reason: tooLarge ? 'too-large' : 'corrupt' };
    }
  }
  return { ok: true, bytes };
}
