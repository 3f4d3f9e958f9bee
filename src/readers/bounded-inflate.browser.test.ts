// The browser's inflater (local-only mode) against node:zlib's: the same bytes out, the same refusals.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zerosDeflateRaw, zerosZlib } from '../../test/fixtures/make-bombs.ts';
import { inflateBounded as inBrowser } from './bounded-inflate.browser.ts';
import { inflateBounded as inNode } from './bounded-inflate.ts';

const MB = 1024 * 1024;
const text = new TextEncoder().encode('Led delivery of a payments platform across four teams. '.repeat(3000));
/** 40 KB that hardly compresses (an embedded picture's bytes): its deflated form spans several 4 KB slices. */
const noise = (() => {
  let seed = 7;
  return Uint8Array.from({ length: 40 * 1024 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed >> 16;
  });
})();

describe('the browser inflater gives what node:zlib gives', () => {
  const cases: Array<[string, Uint8Array, Parameters<typeof inNode>[1]]> = [
    ['zlib data', deflateSync(text), { layers: ['zlib'], budget: MB }],
    ['raw data', deflateRawSync(text), { layers: ['raw'], budget: MB }],
    ['data compressed twice', deflateSync(deflateSync(text)), { layers: ['zlib', 'zlib'], budget: MB }],
    ['data cut short', deflateSync(text).subarray(0, 900), { layers: ['zlib'], budget: MB }],
    ['data just over the budget', deflateSync(text), { layers: ['zlib'], budget: text.length - 1 }],
    ['data exactly at the budget', deflateSync(text), { layers: ['zlib'], budget: text.length }],
    ['a bomb', zerosDeflateRaw(64), { layers: ['raw'], budget: 8 * MB }],
    [
      'a bomb in the inner layer',
      deflateSync(zerosZlib(2048)),
      { layers: ['zlib', 'zlib'], budget: 16 * MB },
    ],
    ['garbage', new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00, 0x13]), { layers: ['zlib'], budget: MB }],
    ['no budget', deflateSync(text), { layers: ['zlib'], budget: 0 }],
    ['one byte within a budget of one', deflateSync(Buffer.from('a')), { layers: ['zlib'], budget: 1 }],
    ['empty data', deflateSync(new Uint8Array(0)), { layers: ['zlib'], budget: MB }],
    ['empty data with no budget', deflateSync(new Uint8Array(0)), { layers: ['zlib'], budget: 0 }],
    ['data spanning several input slices', deflateRawSync(noise), { layers: ['raw'], budget: MB }],
  ];
  it("exports what bounded-inflate.ts exports (the web build puts it in that module's place)", async () => {
    const names = async (m: Promise<object>) => Object.keys(await m).sort();
    expect(await names(import('./bounded-inflate.browser.ts'))).toEqual(
      await names(import('./bounded-inflate.ts')),
    );
  });

  for (const [name, data, options] of cases) {
    it(name, () => {
      const node = inNode(data, options);
      const browser = inBrowser(data, options);
      expect(browser.ok).toBe(node.ok);
      if (node.ok && browser.ok)
        expect(Buffer.from(browser.bytes).equals(Buffer.from(node.bytes))).toBe(true);
      else expect(browser).toEqual(node);
    });
  }
});
