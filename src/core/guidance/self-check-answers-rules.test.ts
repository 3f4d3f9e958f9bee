import { describe, expect, it } from 'vitest';
import { findRole } from '../../data/bundled.ts';
import { parseSelfCheckAnswers } from './self-check-answers.ts';

const role = findRole('technical-project-manager')!;
const HINT =
  'Question ids: technical-curiosity, facilitating-without-authority, detail-at-scale, technical-learning-curve.';

describe('parseSelfCheckAnswers', () => {
  it('says what an answer may be, and which question ids there are, when the answers are not a map of them', () => {
    expect(parseSelfCheckAnswers({ 'technical-curiosity': 7 }, role)).toEqual({
      ok: false,
      error: [
        {
          code: 'INVALID_ANSWERS',
          message:
            'answers must map each question id to a number from 1 to 5 (or one of: not at all, not really, unsure, mostly, very much)',
          hint: HINT,
        },
      ],
    });
  });

  it('reads "answers" holding a number as an unknown question id, not as the wrapper', () => {
    expect(parseSelfCheckAnswers({ answers: 4 }, role)).toEqual({
      ok: false,
      error: [{ code: 'INVALID_ANSWERS', message: 'unknown question id "answers"', hint: HINT }],
    });
  });

  it('names several unknown ids in the plural', () => {
    const r = parseSelfCheckAnswers({ curiosity: 3, grit: 'mostly' }, role);
    expect(r.ok ? '' : r.error[0]?.message).toBe('unknown question ids "curiosity", "grit"');
  });
});
