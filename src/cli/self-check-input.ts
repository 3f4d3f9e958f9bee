import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { ANSWER_SCALE, type SelfCheckAnswers } from '../core/guidance/self-check.ts';
import type { Role } from '../core/role/schema.ts';
import { RolefitError } from '../errors.ts';

/** Reads `--answers answers.json`: `{"technical-curiosity": 4, …}` on a 1–5 scale. */
export async function readAnswersFile(path: string, role: Role): Promise<SelfCheckAnswers> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RolefitError('FILE_NOT_FOUND', `there is no answers file ${path}.`);
    throw new RolefitError('FILE_UNREADABLE', `could not read the answers file ${path}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new RolefitError('INVALID_ANSWERS', `${path} is not valid JSON.`, exampleHint(role));
  }
  // The schema (and zod) load only when there are answers to check.
  const { parseSelfCheckAnswers } = await import('../core/guidance/self-check-answers.ts');
  const parsed = parseSelfCheckAnswers(raw, role);
  if (!parsed.ok) {
    const issue = parsed.error[0]!;
    throw new RolefitError('INVALID_ANSWERS', `${path}: ${issue.message}.`, issue.hint ?? exampleHint(role));
  }
  return parsed.value;
}

function exampleHint(role: Role): string {
  const example = Object.fromEntries(role.fitDimensions.map((d) => [d.id, 4]));
  return `Expected a JSON object such as ${JSON.stringify(example)} (1 = not at all … 5 = very much).`;
}

/** Asks each fit question; `ask` returns the typed line. An empty answer skips the question. */
export async function askSelfCheck(
  role: Role,
  ask: (prompt: string) => Promise<string>,
  say: (text: string) => void,
): Promise<SelfCheckAnswers> {
  const answers: Record<string, number> = {};
  say(
    `Fit self-check: ${role.fitDimensions.length} questions. Answer 1–5 (${ANSWER_SCALE.map((w, k) => `${k + 1} ${w}`).join(', ')}); Enter skips.\n`,
  );
  for (const [k, d] of role.fitDimensions.entries()) {
    say(`\n${k + 1}. ${d.label}\n   ${d.question}\n`);
    for (let attempt = 0; attempt < 3; attempt++) {
      const line = (await ask('   Your answer (1-5): ')).trim();
      if (line === '') break;
      const n = Number(line);
      if (Number.isInteger(n) && n >= 1 && n <= 5) {
        answers[d.id] = n;
        break;
      }
      say('   Please type a number from 1 to 5, or press Enter to skip.\n');
    }
  }
  return answers;
}

/** The interactive questionnaire on a terminal; prompts go to stderr so stdout stays the report. */
export async function askSelfCheckOnTty(role: Role): Promise<SelfCheckAnswers> {
  if (!process.stdin.isTTY) {
    throw new RolefitError(
      'NOT_INTERACTIVE',
      '--self-check asks questions and needs a terminal.',
      'Use --answers answers.json instead (see docs/guidance.md).',
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await askSelfCheck(
      role,
      (prompt) => rl.question(prompt),
      (text) => process.stderr.write(text),
    );
  } finally {
    rl.close();
  }
}
