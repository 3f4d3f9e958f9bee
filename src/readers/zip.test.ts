import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZip, unzipEntries, ZIP_LIMITS } from './zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

interface Entry {
  name: string | Uint8Array;
  data?: Uint8Array;
  /** 0 stored, 8 deflated (default), anything else as written. */
  method?: number;
  flags?: number;
  /** What the central directory declares, when not the truth. */
  compressedSize?: number;
  originalSize?: number;
  localOffset?: number;
  /** A ZIP64 extra field in the central directory with these 64-bit values. */
  zip64?: number[];
  extra?: Uint8Array;
  /** The local header's extra field (Info-ZIP writes timestamps there). */
  localExtra?: Uint8Array;
  /** The entry's comment, in the central directory. */
  comment?: Uint8Array;
}

/** A ZIP written byte by byte, so every field the reader looks at can be set. */
function buildZip(
  entries: Entry[],
  options: { comment?: number; zip64End?: boolean; count?: number; directoryAt?: number } = {},
): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    offset += b.length;
  };
  const central: Uint8Array[] = [];
  for (const e of entries) {
    const name = typeof e.name === 'string' ? enc(e.name) : e.name;
    const raw = e.data ?? new Uint8Array();
    const method = e.method ?? 8;
    const stored = method === 8 ? deflateSync(raw) : raw;
    const localExtra = e.localExtra ?? new Uint8Array();
    const local = new Uint8Array(30 + name.length + localExtra.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, stored.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, localExtra.length, true);
    local.set(name, 30);
    local.set(localExtra, 30 + name.length);
    const at = offset;
    push(local);
    push(stored);
    const extra = e.zip64
      ? (() => {
          const x = new Uint8Array(4 + 8 * e.zip64.length);
          const xv = new DataView(x.buffer);
          xv.setUint16(0, 0x0001, true);
          xv.setUint16(2, 8 * e.zip64.length, true);
          for (const [i, v] of e.zip64.entries()) xv.setBigUint64(4 + 8 * i, BigInt(v), true);
          return x;
        })()
      : (e.extra ?? new Uint8Array());
    const entryComment = e.comment ?? new Uint8Array();
    const c = new Uint8Array(46 + name.length + extra.length + entryComment.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, e.compressedSize ?? stored.length, true);
    cv.setUint32(24, e.originalSize ?? raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint16(32, entryComment.length, true);
    cv.setUint32(42, e.localOffset ?? at, true);
    c.set(name, 46);
    c.set(extra, 46 + name.length);
    c.set(entryComment, 46 + name.length + extra.length);
    central.push(c);
  }
  const directoryAt = offset;
  for (const c of central) push(c);
  const directorySize = offset - directoryAt;
  const count = options.count ?? entries.length;
  if (options.zip64End) {
    const end64At = offset;
    const end64 = new Uint8Array(56);
    const ev = new DataView(end64.buffer);
    ev.setUint32(0, 0x06064b50, true);
    ev.setBigUint64(32, BigInt(count), true);
    ev.setBigUint64(40, BigInt(directorySize), true);
    ev.setBigUint64(48, BigInt(options.directoryAt ?? directoryAt), true);
    push(end64);
    const locator = new Uint8Array(20);
    const locv = new DataView(locator.buffer);
    locv.setUint32(0, 0x07064b50, true);
    locv.setBigUint64(8, BigInt(end64At), true);
    push(locator);
  }
  const comment = options.comment ?? 0;
  const end = new Uint8Array(22 + comment);
  const endv = new DataView(end.buffer);
  endv.setUint32(0, 0x06054b50, true);
  endv.setUint16(10, options.zip64End ? 0xffff : count, true);
  endv.setUint32(16, options.zip64End ? 0xffffffff : (options.directoryAt ?? directoryAt), true);
  endv.setUint16(20, comment, true);
  push(end);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CORRUPT = {
  ok: false,
  error: {
    code: 'ZIP_CORRUPT',
    message: 'the file is a damaged or incomplete ZIP archive (a .docx is a ZIP too).',
    hint: 'Save or download the file again.',
  },
};
const all = () => true;
const text = (files: Map<string, Uint8Array>) =>
  Object.fromEntries([...files].map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));

describe('listZip', () => {
  it("lists each entry's name, compressed and original size without inflating it", () => {
    const zip = buildZip([
      { name: 'a.txt', data: enc('x'.repeat(1000)) },
      { name: 'dir/', method: 0 },
      { name: 'b.bin', data: enc('stored'), method: 0 },
    ]);
    const listed = listZip(zip);
    expect(listed.ok && listed.value).toEqual([
      { name: 'a.txt', size: deflateSync(enc('x'.repeat(1000))).length, originalSize: 1000 },
      { name: 'dir/', size: 0, originalSize: 0 },
      { name: 'b.bin', size: 6, originalSize: 6 },
    ]);
  });

  it('decodes names as UTF-8 when the archive says so (flag 0x800), else as Latin-1', () => {
    const name = enc('Résumé.xml');
    const listed = listZip(
      buildZip([
        { name, flags: 0x800 },
        { name, flags: 0 },
      ]),
    );
    expect(listed.ok && listed.value.map((e) => e.name)).toEqual(['Résumé.xml', 'RÃ©sumÃ©.xml']);
  });

  it('refuses more than 2,000 entries', () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, method: 0 }));
    expect(listZip(buildZip(entries(ZIP_LIMITS.maxEntries))).ok).toBe(true);
    expect(listZip(buildZip(entries(ZIP_LIMITS.maxEntries + 1)))).toEqual({
      ok: false,
      error: {
        code: 'ZIP_BOMB',
        message:
          'the archive would expand to 0 MB in 2001 files, far more than any resume; it was not opened.',
        hint: 'Save the resume again from your word processor.',
      },
    });
  });

  it('refuses a directory that declares more than 64 MB in all', () => {
    // Sizes as declared; the ratio rule is kept out of the way by compressed sizes of a fiftieth.
    const declared = (sizes: number[]) =>
      listZip(
        buildZip(
          sizes.map((s, i) => ({ name: `f${i}`, originalSize: s, compressedSize: Math.ceil(s / 50) })),
        ),
      );
    expect(declared([32 * MB, 32 * MB]).ok).toBe(true);
    expect(declared([32 * MB, 32 * MB + 1])).toMatchObject({
      ok: false,
      error: {
        code: 'ZIP_BOMB',
        message: expect.stringMatching(/^the archive would expand to 64 MB in 2 files,/),
      },
    });
  });

  it('refuses an entry of 4 MB or more compressed over 100 times', () => {
    const ratio = (originalSize: number, compressedSize: number) =>
      listZip(buildZip([{ name: 'big', originalSize, compressedSize }])).ok;
    expect(ratio(4 * MB, (4 * MB) / 100 + 1)).toBe(true);
    expect(ratio(4 * MB, Math.floor((4 * MB) / 100))).toBe(false);
    expect(ratio(4 * MB + 96, (4 * MB + 96) / 100)).toBe(true);
    expect(ratio(4 * MB + 96, (4 * MB + 96) / 100 - 1)).toBe(false);
    // Under 4 MB any ratio passes; a declared compressed size of 0 counts as 1.
    expect(ratio(4 * MB - 1, 1)).toBe(true);
    expect(ratio(4 * MB, 0)).toBe(false);
    expect(ratio(64 * MB, Math.ceil((64 * MB) / 100))).toBe(true);
  });

  it('reads the directory of an archive with a comment up to the longest one allowed (65,535 bytes)', () => {
    const entries = [{ name: 'a.txt', data: enc('a') }];
    expect(listZip(buildZip(entries, { comment: 100 })).ok).toBe(true);
    expect(listZip(buildZip(entries, { comment: 0xffff })).ok).toBe(true);
  });

  it('reads ZIP64: the 64-bit end record, and 64-bit sizes in an entry’s extra field', () => {
    const zip = buildZip(
      [
        { name: 'a.txt', data: enc('hello'), zip64: [] },
        {
          name: 'b.txt',
          data: enc('world!'),
          originalSize: 0xffffffff,
          compressedSize: 0xffffffff,
          zip64: [6, 8],
        },
      ],
      { zip64End: true },
    );
    const listed = listZip(zip);
    expect(listed.ok && listed.value).toEqual([
      { name: 'a.txt', size: deflateSync(enc('hello')).length, originalSize: 5 },
      { name: 'b.txt', size: 8, originalSize: 6 },
    ]);
  });

  it('calls an archive damaged when its records are missing, cut or point outside it', () => {
    const good = buildZip([{ name: 'a.txt', data: enc('a') }]);
    expect(listZip(new Uint8Array(10))).toEqual(CORRUPT);
    expect(listZip(new Uint8Array(0))).toEqual(CORRUPT);
    // The end record more than 65,535 + 22 bytes from the end is not found.
    const far = new Uint8Array(good.length + 0x10000);
    far.set(good);
    expect(listZip(far)).toEqual(CORRUPT);
    // The directory points past the end, or at something that is not a directory entry.
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a') }], { directoryAt: 9999 }))).toEqual(CORRUPT);
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a') }], { directoryAt: 0 }))).toEqual(CORRUPT);
    // More entries than the directory holds.
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a') }], { count: 2 }))).toEqual(CORRUPT);
    // A name running past the end of the file.
    const cut = good.slice();
    const view = new DataView(cut.buffer);
    const dir = view.getUint32(cut.length - 22 + 16, true);
    view.setUint16(dir + 28, 60_000, true);
    expect(listZip(cut)).toEqual(CORRUPT);
    // A ZIP64 end record that is not one, or lies past the end.
    const zip64 = buildZip([{ name: 'a.txt', data: enc('a') }], { zip64End: true });
    const bad64 = zip64.slice();
    new DataView(bad64.buffer).setUint32(bad64.length - 22 - 20 - 56, 0, true);
    expect(listZip(bad64)).toEqual(CORRUPT);
    const past64 = zip64.slice();
    new DataView(past64.buffer).setBigUint64(past64.length - 22 - 20 + 8, BigInt(past64.length - 50), true);
    expect(listZip(past64)).toEqual(CORRUPT);
  });

  it('lists an empty archive (its end record alone) as no entries', () => {
    const empty = buildZip([]);
    expect(empty.length).toBe(22);
    expect(listZip(empty)).toEqual({ ok: true, value: [] });
    expect(unzipEntries(empty, all)).toEqual({ ok: true, value: new Map() });
  });

  it('reads the ZIP64 end record when either the entry count or the directory offset overflows', () => {
    const zip64 = buildZip([{ name: 'a.txt', data: enc('a') }], { zip64End: true });
    const endAt = zip64.length - 22;
    const expected = {
      ok: true,
      value: [{ name: 'a.txt', size: deflateSync(enc('a')).length, originalSize: 1 }],
    };
    // Only the offset overflows: the 16-bit count is the true one.
    const offsetOnly = zip64.slice();
    new DataView(offsetOnly.buffer).setUint16(endAt + 10, 1, true);
    expect(listZip(offsetOnly)).toEqual(expected);
    // Only the count overflows: the 32-bit offset is the true one.
    const countOnly = zip64.slice();
    const view = new DataView(countOnly.buffer);
    view.setUint32(endAt + 16, Number(view.getBigUint64(endAt - 20 - 56 + 48, true)), true);
    expect(listZip(countOnly)).toEqual(expected);
  });

  it('calls an end record alone that points at a ZIP64 directory (no room for its locator) damaged', () => {
    const end = buildZip([]);
    const view = new DataView(end.buffer);
    view.setUint16(10, 1, true);
    view.setUint32(16, 0xffffffff, true);
    expect(listZip(end)).toEqual(CORRUPT);
    view.setUint16(10, 0xffff, true);
    view.setUint32(16, 0, true);
    expect(listZip(end)).toEqual(CORRUPT);
  });

  it('reads the ZIP64 end record only when the end record needs it, and only through its locator', () => {
    const zip64 = buildZip([{ name: 'a.txt', data: enc('a') }], { zip64End: true });
    const endAt = zip64.length - 22;
    const locatorAt = endAt - 20;
    const end64At = locatorAt - 56;
    const directoryAt = Number(new DataView(zip64.buffer).getBigUint64(end64At + 48, true));
    // The end record holds the true count and offset: they are read, the ZIP64 record (here wrong) is not.
    const fits = zip64.slice();
    const fv = new DataView(fits.buffer);
    fv.setUint16(endAt + 10, 1, true);
    fv.setUint32(endAt + 16, directoryAt, true);
    fv.setBigUint64(end64At + 48, 0n, true);
    expect(listZip(fits).ok).toBe(true);
    // No locator signature: the record it would point at is not trusted.
    const noLocator = zip64.slice();
    new DataView(noLocator.buffer).setUint32(locatorAt, 0, true);
    expect(listZip(noLocator)).toEqual(CORRUPT);
    // A locator pointing at the last bytes of the file.
    const pastEnd = zip64.slice();
    new DataView(pastEnd.buffer).setBigUint64(locatorAt + 8, BigInt(pastEnd.length - 2), true);
    expect(listZip(pastEnd)).toEqual(CORRUPT);
  });

  it('calls a directory at the very end of the file, or a name running a byte past it, damaged', () => {
    const good = buildZip([{ name: 'a.txt', data: enc('a') }]);
    const atEnd = good.slice();
    new DataView(atEnd.buffer).setUint32(atEnd.length - 22 + 16, atEnd.length, true);
    expect(listZip(atEnd)).toEqual(CORRUPT);
    const longName = good.slice();
    const view = new DataView(longName.buffer);
    const dir = view.getUint32(longName.length - 22 + 16, true);
    view.setUint16(dir + 28, longName.length - dir - 46 + 1, true);
    expect(listZip(longName)).toEqual(CORRUPT);
  });

  it('calls an entry whose extra field runs past the end of the file damaged (it threw a RangeError)', () => {
    const zip = buildZip([{ name: 'a.txt', data: enc('a') }]);
    const view = new DataView(zip.buffer);
    const dir = view.getUint32(zip.length - 22 + 16, true);
    const toEnd = zip.length - dir - 46 - 5;
    view.setUint16(dir + 30, toEnd, true);
    expect(listZip(zip).ok).toBe(true);
    view.setUint16(dir + 30, toEnd + 1, true);
    expect(listZip(zip)).toEqual(CORRUPT);
    view.setUint16(dir + 30, 60_000, true);
    expect(listZip(zip)).toEqual(CORRUPT);
    expect(unzipEntries(zip, all)).toEqual(CORRUPT);
  });

  it('steps over entry comments to the next entry, and reads an extra field no further than its length', () => {
    const listed = listZip(
      buildZip([
        { name: 'a.txt', data: enc('a'), method: 0, comment: enc('first file') },
        { name: 'b.txt', data: enc('bb'), method: 0, comment: enc('second') },
        { name: 'c.txt', data: enc('ccc'), method: 0 },
      ]),
    );
    expect(listed.ok && listed.value).toEqual([
      { name: 'a.txt', size: 1, originalSize: 1 },
      { name: 'b.txt', size: 2, originalSize: 2 },
      { name: 'c.txt', size: 3, originalSize: 3 },
    ]);
    // A timestamp field ('UT'), then a comment whose bytes would read as a ZIP64 field: the comment
    // is not part of the extra field, so the compressed size stays as the directory wrote it.
    const ut = new Uint8Array([0x55, 0x54, 0x05, 0x00, 1, 2, 3, 4, 5]);
    const looksZip64 = new Uint8Array([0x01, 0x00, 0x08, 0x00, 3, 0, 0, 0, 0, 0, 0, 0]);
    const notRead = listZip(
      buildZip([
        {
          name: 'd.txt',
          data: enc('abc'),
          method: 0,
          compressedSize: 0xffffffff,
          extra: ut,
          comment: looksZip64,
        },
      ]),
    );
    expect(notRead.ok && notRead.value[0]?.size).toBe(0xffffffff);
  });

  it('calls an encrypted entry, or one compressed other than stored or deflated, damaged', () => {
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a'), flags: 0x1 }]))).toEqual(CORRUPT);
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a'), flags: 0x9 }]))).toEqual(CORRUPT);
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a'), method: 12 }]))).toEqual(CORRUPT);
    // Other flags (a data descriptor, UTF-8 names) are fine.
    expect(listZip(buildZip([{ name: 'a.txt', data: enc('a'), flags: 0x808 }])).ok).toBe(true);
  });
});

describe('unzipEntries', () => {
  it('inflates the entries asked for, stored or deflated, and skips folders', () => {
    const zip = buildZip([
      { name: 'word/', method: 0 },
      { name: 'word/document.xml', data: enc('<w:document/>') },
      { name: 'word/styles.xml', data: enc('<w:styles/>'), method: 0 },
      { name: 'word/media/photo.png', data: enc('PNG') },
    ]);
    const files = unzipEntries(zip, (name) => name.startsWith('word/') && !name.endsWith('.png'));
    expect(files.ok && text(files.value)).toEqual({
      'word/document.xml': '<w:document/>',
      'word/styles.xml': '<w:styles/>',
    });
  });

  it('reads ZIP64 sizes and offsets from the extra field', () => {
    const zip = buildZip([
      { name: 'pad.txt', data: enc('padding') },
      {
        name: 'b.txt',
        data: enc('world'),
        method: 0,
        compressedSize: 0xffffffff,
        originalSize: 0xffffffff,
        localOffset: 0xffffffff,
        zip64: [5, 5, 0],
      },
    ]);
    // The 64-bit offset says 0: the local header there is pad.txt's, whose 5 first bytes are read.
    const files = unzipEntries(zip, (name) => name === 'b.txt');
    expect(files.ok && [...files.value.keys()]).toEqual(['b.txt']);
    expect(files.ok && files.value.get('b.txt')?.length).toBe(5);
    // A ZIP64 field cut short leaves the size as the directory wrote it.
    const short = buildZip([
      { name: 'c.txt', data: enc('abc'), method: 0, originalSize: 3, compressedSize: 0xffffffff, zip64: [] },
    ]);
    const listed = listZip(short);
    expect(listed.ok && listed.value[0]?.size).toBe(0xffffffff);
    // An extra field of another kind before it is skipped.
    const other = new Uint8Array([
      0x55, 0x54, 0x05, 0x00, 1, 2, 3, 4, 5, 0x01, 0x00, 0x08, 0x00, 3, 0, 0, 0, 0, 0, 0, 0,
    ]);
    const skipped = listZip(
      buildZip([{ name: 'd.txt', data: enc('abc'), method: 0, originalSize: 0xffffffff, extra: other }]),
    );
    expect(skipped.ok && skipped.value[0]?.originalSize).toBe(3);
  });

  it('stops at 64 MB inflated together, whatever the directory declares', () => {
    const zeros = new Uint8Array(3 * MB);
    const zip = buildZip([
      { name: 'a', data: zeros, originalSize: 10 },
      { name: 'b', data: zeros, originalSize: 10 },
    ]);
    expect(unzipEntries(zip, all, 6 * MB).ok).toBe(true);
    expect(unzipEntries(zip, all, 6 * MB - 1)).toEqual({
      ok: false,
      error: {
        code: 'ZIP_BOMB',
        message:
          'the archive expands to more than 5.999999046325684 MB, far more than any resume (its directory claims 0.0 MB); it was not opened.',
        hint: 'Save the resume again from your word processor.',
      },
    });
    const big = buildZip([
      { name: 'a', data: new Uint8Array(ZIP_LIMITS.maxTotalBytes + 1), originalSize: 2 * MB },
    ]);
    expect(unzipEntries(big, all)).toMatchObject({
      ok: false,
      error: {
        message:
          'the archive expands to more than 64 MB, far more than any resume (its directory claims 2.0 MB); it was not opened.',
      },
    });
  });

  it('counts stored entries against the same budget', () => {
    const zip = buildZip([
      { name: 'a', data: new Uint8Array(100), method: 0 },
      { name: 'b', data: new Uint8Array(100), method: 0 },
    ]);
    expect(unzipEntries(zip, all, 200).ok).toBe(true);
    expect(unzipEntries(zip, all, 199)).toMatchObject({ ok: false, error: { code: 'ZIP_BOMB' } });
    expect(unzipEntries(zip, (name) => name === 'a', 100).ok).toBe(true);
  });

  it('calls damaged data, a missing local header or data past the end damaged', () => {
    const zip = buildZip([{ name: 'a.txt', data: enc('a'.repeat(100)) }]);
    const damaged = zip.slice();
    damaged.fill(0xff, 30 + 5, 30 + 5 + 4);
    expect(unzipEntries(damaged, all)).toEqual(CORRUPT);
    expect(unzipEntries(buildZip([{ name: 'a', data: enc('a'), localOffset: 3 }]), all)).toEqual(CORRUPT);
    expect(unzipEntries(buildZip([{ name: 'a', data: enc('a'), localOffset: 60_000 }]), all)).toEqual(
      CORRUPT,
    );
    expect(
      unzipEntries(buildZip([{ name: 'a', data: enc('a'), method: 0, compressedSize: 60_000 }]), all),
    ).toEqual(CORRUPT);
    expect(unzipEntries(new Uint8Array(30), all)).toEqual(CORRUPT);
    // An entry not asked for is not read, damaged or not.
    expect(unzipEntries(damaged, () => false)).toEqual({ ok: true, value: new Map() });
  });

  it('skips the extra field of each local header to reach the data', () => {
    const ut = new Uint8Array([0x55, 0x54, 0x05, 0x00, 1, 0x60, 0x5f, 0x2e, 0x65]);
    const zip = buildZip([
      { name: 'word/document.xml', data: enc('<w:document/>'), localExtra: ut },
      { name: 'word/styles.xml', data: enc('<w:styles/>'), method: 0, localExtra: ut },
    ]);
    const files = unzipEntries(zip, all);
    expect(files.ok && text(files.value)).toEqual({
      'word/document.xml': '<w:document/>',
      'word/styles.xml': '<w:styles/>',
    });
  });

  it('reads 64-bit sizes with the local header offset kept from the directory', () => {
    const zip = buildZip([
      { name: 'pad.txt', data: enc('padding') },
      {
        name: 'b.txt',
        data: enc('world'),
        method: 0,
        compressedSize: 0xffffffff,
        originalSize: 0xffffffff,
        zip64: [5, 5],
      },
    ]);
    const files = unzipEntries(zip, (name) => name === 'b.txt');
    expect(files.ok && text(files.value)).toEqual({ 'b.txt': 'world' });
  });

  it('calls an entry whose offset is not at a local header, or at the last bytes of the file, damaged', () => {
    // Into the (zero) data of the entry itself: no local header signature there.
    expect(
      unzipEntries(buildZip([{ name: 'a', data: new Uint8Array(100), method: 0, localOffset: 31 }]), all),
    ).toEqual(CORRUPT);
    const zip = buildZip([{ name: 'a', data: enc('a'), method: 0 }]);
    const view = new DataView(zip.buffer);
    const dir = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(dir + 42, zip.length - 2, true);
    expect(unzipEntries(zip, all)).toEqual(CORRUPT);
  });

  it('reads an archive that sits inside a larger buffer', () => {
    const zip = buildZip([{ name: 'a.txt', data: enc('inside') }]);
    const outer = new Uint8Array(zip.length + 16);
    outer.set(zip, 8);
    const files = unzipEntries(outer.subarray(8, 8 + zip.length), all);
    expect(files.ok && text(files.value)).toEqual({ 'a.txt': 'inside' });
  });
});
