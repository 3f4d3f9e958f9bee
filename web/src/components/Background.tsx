import {
  type BackgroundEvidence,
  type BackgroundResult,
  LEADS_AS_TEXT,
  SIGNAL_MEANS,
  setAsideText,
  signalWords,
} from '../../../src/core/guidance/detect-background.ts';
import type { Naturalness } from '../../../src/core/guidance/schema.ts';
import type { TransitionGuidance } from '../../../src/core/guidance/transition.ts';
import { formatExperience } from '../../../src/core/resume/structure.ts';
import { QuoteLine, Tag } from './Evidence.tsx';

const KIND_TEXT: Record<BackgroundEvidence['kind'], string> = {
  title: 'Job title',
  duty: 'Duty',
  skill: 'Skill',
  duration: 'Experience',
};

export const ROUTE_TEXT: Record<Naturalness, string> = {
  'already-there': 'you already do this job',
  'very-natural': 'very natural route',
  natural: 'natural route',
  workable: 'workable route',
  stretch: 'a stretch',
};

function EvidenceList({ evidence }: { evidence: readonly BackgroundEvidence[] }) {
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <QuoteLine
          key={`${e.line}-${e.kind}-${e.matched}`}
          line={e.line}
          quote={e.quote}
          match={e.matched}
          span={e.match}
        >
          <Tag>{KIND_TEXT[e.kind]}</Tag>
        </QuoteLine>
      ))}
    </ul>
  );
}

/** Where the person starts from: the background the resume reads as, why, and the others it shows. */
export function Background({
  background,
  transition,
}: {
  background: BackgroundResult;
  transition?: TransitionGuidance | undefined;
}) {
  const [primary, ...others] = background.candidates;
  const routes = new Map(transition?.alsoFrom.map((a) => [a.from, a.naturalness]));
  const years =
    background.experienceYears !== undefined
      ? `, with ${formatExperience(background.experienceYears, background.presentCountedAs)}`
      : '';
  if (background.primary === 'other') {
    return (
      <>
        <p className="lead">
          Your resume does not clearly match one of the usual routes into the role{years}. That is not a
          verdict: the rest of this report still shows which requirements you meet and what to build.
        </p>
        {others.length > 0 ? <OtherBackgrounds others={others} routes={routes} /> : null}
      </>
    );
  }
  return (
    <>
      <p className="lead">
        Your resume reads as: <strong>{background.label}</strong>
        {years}.{' '}
        <Tag tone={background.confidence >= 0.6 ? 'good' : 'partial'}>
          {signalWords(background.confidence)}
        </Tag>
        {background.leadsAs ? <> {LEADS_AS_TEXT[background.leadsAs]}</> : null}
        {background.setAside ? <> {setAsideText(background)}</> : null}
      </p>
      <p className="muted">{SIGNAL_MEANS}</p>
      {primary && primary.evidence.length > 0 ? (
        <>
          <h4>What we based this on</h4>
          <EvidenceList evidence={primary.evidence} />
        </>
      ) : null}
      {others.length > 0 ? <OtherBackgrounds others={others} routes={routes} /> : null}
    </>
  );
}

function OtherBackgrounds({
  others,
  routes,
}: {
  others: BackgroundResult['candidates'];
  routes: Map<string, Naturalness>;
}) {
  return (
    <>
      <h4>Other backgrounds in your resume</h4>
      <ul className="cards">
        {others.map((c) => {
          const route = routes.get(c.id);
          return (
            <li key={c.id}>
              <strong>{c.label}</strong> <Tag>{signalWords(c.confidence)}</Tag>
              {route ? <Tag>{ROUTE_TEXT[route]}</Tag> : null}
              {c.evidence.length > 0 ? <EvidenceList evidence={c.evidence.slice(0, 2)} /> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
