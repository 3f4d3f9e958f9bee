import type {
  CertificationAdvice,
  LearningPlan as Plan,
  StepKind,
} from '../../../src/core/guidance/learning-plan.ts';
import { GapBadge, LineLink, Tag } from './Evidence.tsx';

const KIND_TEXT: Record<StepKind, string> = {
  describe: 'Reword your resume',
  practice: 'Practice',
  'on-the-job': 'On the job',
  course: 'Course',
  certification: 'Certification',
};
const LEVEL = ['', 'Low', 'Medium', 'High'] as const;
const level = (n: number) => LEVEL[Math.min(3, Math.max(1, Math.round(n)))] ?? 'Medium';

/** The gaps, most important first, each with concrete steps; then the certifications worth knowing about. */
export function LearningPlan({
  plan,
  labelOf,
  inPartOf,
  order,
}: {
  plan: Plan;
  labelOf: (requirementId: string) => string;
  /** Why a requirement shown is still a gap (shownInPartText), by its id. */
  inPartOf?: (requirementId: string) => string | undefined;
  /** How the gaps are ordered (gapOrder), as the text and Markdown reports say it. */
  order: string;
}) {
  const held = plan.certifications.filter((c) => c.held);
  const suggested = plan.certifications.filter((c) => !c.held && c.suitsYou);
  const others = plan.certifications.filter((c) => !c.held && !c.suitsYou);
  return (
    <>
      {plan.items.length === 0 ? (
        <p>No gaps against the role guide: nothing to learn before you apply.</p>
      ) : (
        <>
          <p>
            Most important gap first. {order} Within each, the steps that do the most for the least effort
            come first.
          </p>
          <ol className="plan">
            {plan.items.map((item) => (
              <li key={item.requirement.id}>
                <h4>
                  {item.requirement.label} <GapBadge status={item.status} />
                </h4>
                <p className="small muted">
                  {item.pointsAtStake.toFixed(1)} points to gain
                  {inPartOf?.(item.requirement.id) ? `. ${inPartOf(item.requirement.id)}` : ''}
                </p>
                {item.steps.length > 0 ? (
                  <ul className="steps">
                    {item.steps.map((s) => (
                      <li key={`${s.kind}-${s.line ?? s.text}`}>
                        <span className="step-tags">
                          <Tag tone={s.kind === 'describe' ? 'good' : undefined}>{KIND_TEXT[s.kind]}</Tag>
                          <Tag>{level(s.effort)} effort</Tag>
                          <Tag>{level(s.impact)} impact</Tag>
                        </span>
                        <span className="step-text">
                          {s.text}
                          {s.line !== undefined ? (
                            <>
                              {' '}
                              (<LineLink line={s.line} />)
                            </>
                          ) : null}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="small">No specific step yet: see the requirement in the score breakdown.</p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}

      {plan.certifications.length > 0 ? (
        <>
          <h4>Certifications</h4>
          <p className="callout small">{plan.note}</p>
          {held.length > 0 ? (
            <p>
              You already list:{' '}
              {held.map((c, k) => (
                <span key={c.id}>
                  {k > 0 ? ', ' : ''}
                  {c.name}
                  {c.heldLine !== undefined ? (
                    <>
                      {' '}
                      (<LineLink line={c.heldLine} />)
                    </>
                  ) : null}
                </span>
              ))}
              .
            </p>
          ) : null}
          {suggested.length > 0 ? (
            <>
              <p>Suited to your background:</p>
              <Certifications list={suggested} labelOf={labelOf} />
            </>
          ) : null}
          {others.length > 0 ? (
            <details>
              <summary>Other certifications ({others.length})</summary>
              <Certifications list={others} labelOf={labelOf} />
            </details>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function Certifications({
  list,
  labelOf,
}: {
  list: readonly CertificationAdvice[];
  labelOf: (requirementId: string) => string;
}) {
  return (
    <ul className="cards">
      {list.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong> <span className="muted small">{c.issuer}</span>
          <p className="small">{c.demonstrates}</p>
          {c.closes.length > 0 ? (
            <p className="small">
              <strong>Helps with your gaps:</strong> {c.closes.map(labelOf).join(', ')}
            </p>
          ) : null}
          <p className="small muted">
            <Tag>{level(c.effort)} effort</Tag> Prerequisites: {c.prerequisites}
          </p>
        </li>
      ))}
    </ul>
  );
}
