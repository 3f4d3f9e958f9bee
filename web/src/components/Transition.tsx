import type { Naturalness } from '../../../src/core/guidance/schema.ts';
import type { TransitionGuidance } from '../../../src/core/guidance/transition.ts';
import { QuoteLine, StatusBadge } from './Evidence.tsx';

/** From hardest to easiest, so the scale reads left to right like a progress bar. */
const SCALE: ReadonlyArray<{ id: Naturalness; label: string }> = [
  { id: 'stretch', label: 'Stretch' },
  { id: 'workable', label: 'Workable' },
  { id: 'natural', label: 'Natural' },
  { id: 'very-natural', label: 'Very natural' },
  { id: 'already-there', label: 'Already there' },
];

/** How natural the move is, what carries over in the person's own words, and the gaps the route usually leaves. */
export function Transition({ transition }: { transition: TransitionGuidance }) {
  const at = SCALE.findIndex((s) => s.id === transition.naturalness);
  return (
    <>
      {transition.naturalness === 'already-there' ? (
        <p className="lead">
          As far as your resume shows, you already do the job of a <strong>{transition.to.title}</strong>.
        </p>
      ) : (
        <p className="lead">
          From <strong>{transition.fromLabel}</strong> to <strong>{transition.to.title}</strong>:{' '}
          {transition.outlook}.
        </p>
      )}
      <ol className="route-scale" aria-label="How natural the switch is, from stretch to already there">
        {SCALE.map((s, k) => (
          <li
            key={s.id}
            className={k === at ? 'current' : k < at ? 'passed' : undefined}
            aria-current={k === at ? 'step' : undefined}
          >
            {s.label}
            {k === at ? <span className="visually-hidden"> (your route)</span> : null}
          </li>
        ))}
      </ol>
      <p>{transition.summary}</p>

      <h4>What carries over</h4>
      <ul className="cards">
        {transition.transfers.map((t) => (
          <li key={t.label}>
            <strong>{t.label}</strong>
            <p className="small">{t.note}</p>
            {t.evidence.length > 0 ? (
              <>
                <p className="small muted">In your own words:</p>
                <ul className="evidence-list">
                  {t.evidence.map((e) => (
                    <QuoteLine key={`${e.line}-${e.skillId}`} line={e.line} quote={e.quote} span={e.match} />
                  ))}
                </ul>
              </>
            ) : (
              <p className="small muted">Not shown in your resume yet: add a line where you did this.</p>
            )}
          </li>
        ))}
      </ul>

      {transition.gaps.length > 0 ? (
        <>
          <h4>What this route usually lacks, and where you stand</h4>
          <ul className="gap-list">
            {transition.gaps.map((g) => (
              <li key={g.label}>
                <StatusBadge status={g.status} /> <strong>{g.label}</strong>
                <p className="small">
                  {g.detail} <span className="muted">Counts toward: {g.requirement.label}.</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
