import { describe, expect, it } from 'vitest';
import { isDateCell, unfinishedDate } from '../resume/dates.ts';
import { withoutLetterSpacing } from './letter-spacing.ts';

const dates = (t: string) => isDateCell(t) || unfinishedDate(t);

describe('withoutLetterSpacing', () => {
  it("joins a timeline's letter-spaced dates: digits to digits, letters to letters, a dash apart", () => {
    expect(withoutLetterSpacing('2 0 2 1 –', dates)).toBe('2021 –');
    expect(withoutLetterSpacing('P R E S E N T', dates)).toBe('PRESENT');
    expect(withoutLetterSpacing('J A N 2 0 2 1', dates)).toBe('JAN 2021');
    expect(withoutLetterSpacing(' 2 0 1 8 ', dates)).toBe(' 2018 ');
  });

  it('leaves a run that would join to anything but what `keep` accepts', () => {
    expect(withoutLetterSpacing('E X P E R I E N C E', dates)).toBe('E X P E R I E N C E');
    expect(withoutLetterSpacing('C H L O E', dates)).toBe('C H L O E');
    expect(withoutLetterSpacing('E X P E R I E N C E', () => true)).toBe('EXPERIENCE');
  });

  it('keeps a word gap of two spaces, and leaves runs that are not letter-spaced', () => {
    expect(withoutLetterSpacing('W O R K  E X P E R I E N C E', () => true)).toBe('WORK EXPERIENCE');
    for (const run of ['2021 – Present', 'A B C', 'Led 3 teams', '2 0', 'Grade A B C D done'])
      expect(withoutLetterSpacing(run, () => true)).toBe(run);
  });
});
