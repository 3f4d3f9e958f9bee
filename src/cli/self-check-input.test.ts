import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRole } from '../data/bundled.ts';
import { RolefitError } from '../errors.ts';
import { askSelfCheck, readAnswersFile } from './self-check-input.ts';

const role = findRole('technical-project-manager')!;

describe('askSelfCheck', () => {
  it('asks every question, re-asks on a bad answer and skips on Enter', async () => {
    const typed = ['4', 'seven', '2', '', '5'];
    const said: string[] = [];
    const answers = await askSelfCheck(
      role,
      async () => typed.shift() ?? '',
      (t) => said.push(t),
    );
    expect(answers).toEqual({
      'technical-curiosity': 4,
      'facilitating-without-authority': 2,
      'technical-learning-curve': 5,
    });
    expect(said.filter((s) => s.includes('Please type a number')).length).toBe(1);
  });
});

describe('readAnswersFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-answers-'));
  it('reads a valid file', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '{"technical-curiosity": 3}');
    expect(await readAnswersFile(file, role)).toEqual({ 'technical-curiosity': 3 });
  });
  it('turns bad JSON and unknown ids into INVALID_ANSWERS', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{oops');
    await expect(readAnswersFile(bad, role)).rejects.toMatchObject({ code: 'INVALID_ANSWERS' });
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, '{"vibes": 5}');
    await expect(readAnswersFile(unknown, role)).rejects.toBeInstanceOf(RolefitError);
    await expect(readAnswersFile(join(dir, 'missing.json'), role)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
  });
});
