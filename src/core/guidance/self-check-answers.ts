// Self-check answers checked against their schema, apart from self-check.ts so an analysis
// without answers does not load zod.
import * as z from 'zod';
import { fail, type Issue, ok, type Result } from '../result.ts';
import type { Role } from '../role/schema.ts';
import { ANSWER_SCALE, type SelfCheckAnswers } from './self-check.ts';

const answerValue = z.union([
  z.number().int().min(1).max(5),
  z.enum(ANSWER_SCALE).transform((w) => ANSWER_SCALE.indexOf(w) + 1),
]);
const answersSchema = z.union([
  z.object({ answers: z.record(z.string(), answerValue) }).strict(),
  z.record(z.string(), answerValue),
]);

/** Validates an answers object (`{"technical-curiosity": 4, …}` or `{"answers": {…}}`) against the role's dimensions. */
export function parseSelfCheckAnswers(raw: unknown, role: Role): Result<SelfCheckAnswers, Issue[]> {
  const parsed = answersSchema.safeParse(raw);
  const known = role.fitDimensions.map((d) => d.id);
  if (!parsed.success) {
    return fail([
      {
        code: 'INVALID_ANSWERS',
        message:
          'answers must map each question id to a number from 1 to 5 (or one of: ' +
          `${ANSWER_SCALE.join(', ')})`,
        hint: `Question ids: ${known.join(', ')}.`,
      },
    ]);
  }
  const data = parsed.data;
  const answers: Record<string, number> =
    'answers' in data && typeof data.answers === 'object'
      ? (data.answers as Record<string, number>)
      : (data as Record<string, number>);
  const unknown = Object.keys(answers).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    return fail([
      {
        code: 'INVALID_ANSWERS',
        message: `unknown question id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`,
        hint: `Question ids: ${known.join(', ')}.`,
      },
    ]);
  }
  return ok(answers);
}
