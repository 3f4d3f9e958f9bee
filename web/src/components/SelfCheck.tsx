import { useId, useState } from 'react';
import type { ResumeSignal, SelfCheckItem, SelfCheckResult } from '../../../src/core/guidance/self-check.ts';
import { QuoteLine } from './Evidence.tsx';

export interface Question {
  id: string;
  label: string;
  question: string;
  why: string;
}

const SCALE = ['Not at all', 'Not really', 'Unsure', 'Mostly', 'Very much'] as const;
const VERDICT_TEXT: Record<SelfCheckItem['verdict'], string> = {
  aligned: 'Your answer and your resume agree',
  'hidden-strength': 'A strength you may underrate',
  unproven: 'You say yes; your resume does not show it yet',
  concern: 'Worth thinking over',
  unsure: 'Unsure',
  'not-answered': 'Not answered',
};
const SIGNAL: Record<ResumeSignal, { text: string; badge: string }> = {
  strong: { text: 'shows this clearly', badge: 'badge-shown' },
  some: { text: 'shows some of this', badge: 'badge-partial' },
  none: { text: 'does not show this yet', badge: 'badge-none' },
};

/** The core's summary speaks to the terminal (--self-check); the page says the same in its own words. */
function summary(result: SelfCheckResult): string {
  if (result.answered) return result.summary;
  const seen = result.items.filter((i) => i.resume !== 'none').map((i) => i.label.toLowerCase());
  return seen.length > 0
    ? `From your resume alone we see signs of ${seen.join(', ')}. Only you know whether you would enjoy the work: answer the questions below to complete the picture.`
    : 'Your resume shows little on these four points yet. Only you know whether you would enjoy the work: answer the questions below.';
}

interface Props {
  questions: readonly Question[];
  /** The report's self-check, when the analysis has one. */
  result?: SelfCheckResult | undefined;
  /** Re-runs the analysis with these answers; without it the answers stay in the page. */
  onSubmit?: ((answers: Record<string, number>) => void) | undefined;
}

/** The role's fit questions on a 1–5 scale, what the resume shows for each, and what the analysis made of them. */
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
      {result ? <p>{summary(result)}</p> : null}
      {questions.map((q) => {
        const item = items.get(q.id);
        return (
          <fieldset key={q.id} data-dimension={q.id}>
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
                  <span className="choice-number" aria-hidden="true">
                    {k + 1}
                  </span>{' '}
                  {label}
                </label>
              ))}
            </div>
            {item ? (
              <div className="resume-says">
                <p className="small">
                  Your resume{' '}
                  <span className={`badge ${SIGNAL[item.resume].badge}`}>{SIGNAL[item.resume].text}</span>
                </p>
                {item.evidence.length > 0 ? (
                  <ul className="evidence-list">
                    {item.evidence.map((e) => (
                      <QuoteLine key={`${e.line}-${e.label}`} line={e.line} quote={e.quote} span={e.match}>
                        <span className="tag">{e.label}</span>
                      </QuoteLine>
                    ))}
                  </ul>
                ) : null}
                {item.verdict !== 'not-answered' ? (
                  <p className="small verdict-note">
                    <strong className="verdict">{VERDICT_TEXT[item.verdict]}.</strong> {item.advice}
                  </p>
                ) : (
                  <p className="small muted">Why it matters: {q.why}</p>
                )}
              </div>
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
