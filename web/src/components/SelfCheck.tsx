import { useId, useState } from 'react';
import type { SelfCheckResult } from '../../../src/core/guidance/self-check.ts';

export interface Question {
  id: string;
  label: string;
  question: string;
  why: string;
}

const SCALE = ['Not at all', 'Not really', 'Unsure', 'Mostly', 'Very much'] as const;
const VERDICT_TEXT: Record<string, string> = {
  aligned: 'Your answer and your resume agree',
  'hidden-strength': 'A strength your resume does not show yet',
  unproven: 'You say yes; your resume does not show it yet',
  concern: 'Worth thinking over',
  unsure: 'Unsure',
  'not-answered': 'Not answered',
};

interface Props {
  questions: readonly Question[];
  /** The report's self-check, when the analysis has one. */
  result?: SelfCheckResult | undefined;
  /** Re-runs the analysis with these answers; without it the answers stay in the page. */
  onSubmit?: ((answers: Record<string, number>) => void) | undefined;
}

/** The role's fit questions on a 1–5 scale, and what the analysis made of them. */
export function SelfCheck({ questions, result, onSubmit }: Props) {
  const initial = Object.fromEntries(
    (result?.items ?? []).filter((i) => i.answer !== undefined).map((i) => [i.id, i.answer as number]),
  );
  const [answers, setAnswers] = useState<Record<string, number>>(initial);
  const base = useId();
  const items = new Map((result?.items ?? []).map((i) => [i.id, i]));
  return (
    <form
      className="self-check"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.(answers);
      }}
    >
      {result ? <p>{result.summary}</p> : null}
      {questions.map((q) => {
        const item = items.get(q.id);
        return (
          <fieldset key={q.id}>
            <legend>
              <strong>{q.label}.</strong> {q.question}
            </legend>
            <div className="choices">
              {SCALE.map((label, k) => (
                <label key={label}>
                  <input
                    type="radio"
                    name={`${base}-${q.id}`}
                    value={k + 1}
                    checked={answers[q.id] === k + 1}
                    onChange={() => setAnswers({ ...answers, [q.id]: k + 1 })}
                  />{' '}
                  {label}
                </label>
              ))}
            </div>
            {item && item.verdict !== 'not-answered' ? (
              <p className="small">
                <strong>{VERDICT_TEXT[item.verdict] ?? item.verdict}.</strong> {item.advice}
              </p>
            ) : item ? (
              <p className="small muted">
                Your resume shows {item.resume === 'none' ? 'no' : item.resume} evidence of this.{' '}
                {item.advice}
              </p>
            ) : (
              <p className="small muted">Why it matters: {q.why}</p>
            )}
          </fieldset>
        );
      })}
      {onSubmit ? (
        <button type="submit" disabled={Object.keys(answers).length === 0}>
          Combine my answers with the analysis
        </button>
      ) : (
        <p className="small muted">
          Your answers stay in this page. Analyze your resume to combine them with what it shows.
        </p>
      )}
    </form>
  );
}
