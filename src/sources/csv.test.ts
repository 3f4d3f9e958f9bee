import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test/run-cli.ts';
import { readCsvListings } from './csv.ts';

async function read(csv: string) {
  const items: unknown[] = [];
  for await (const item of readCsvListings(Readable.from([csv]), { source: 'test', name: 'jobs.csv' }))
    items.push(item.ok ? { at: item.at, title: item.value.title } : { at: item.at, ...item.error });
  return items;
}

describe('readCsvListings', () => {
  it('reports an unclosed quote at the line it opens on and keeps the rows before it', async () => {
    const csv = ['title,description', 'A,one', '', 'B,"two', 'C,three', 'D,four'].join('\n');
    expect(await read(csv)).toEqual([
      {
        at: 'jobs.csv:4',
        code: 'CSV_MALFORMED_ROW',
        message:
          'a quoted field opens at line 4 and is never closed, so lines 4–6 (3 lines) were not read as rows (the rows before line 4 were)',
        hint: 'close the quote (a quote inside a quoted field is written twice: "") and import the file again; listings already stored are skipped',
      },
      { at: 'jobs.csv:2', title: 'A' },
    ]);
  });

  it('calls a file with a header and no rows empty', async () => {
    await expect(read('title,description\n')).rejects.toMatchObject({
      issue: { code: 'CSV_EMPTY', message: 'jobs.csv has a header row but no listings below it' },
    });
    await expect(read('')).rejects.toMatchObject({
      issue: { code: 'CSV_EMPTY', message: 'jobs.csv is empty' },
    });
  });
});

describe('rolefit ingest of a header-only CSV', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rolefit-csv-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('fails with the CSV_EMPTY message instead of importing nothing and exiting 0', async () => {
    const file = join(tmp, 'header-only.csv');
    writeFileSync(file, 'title,company,description\n');
    const run = await runCliCaptured(['ingest', file, '--db', join(tmp, 'store.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('header-only.csv has a header row but no listings below it');
    expect(run.stderr).toContain('export the listings themselves, one row each under the header');
  });
});
