import { useState } from 'react';
import type { AnalysisReport, RequirementResult } from '../../../src/core/analysis/report.ts';
import { describeMarketBasis } from '../../../src/core/market/market-basis.ts';
import { describeStanding } from '../../../src/core/market/render-market.ts';
import { gapOrder } from '../../../src/core/render/gap-order.ts';
import {
  evidenceVia,
  gapStake,
  ocrNote,
  renderReportMarkdown,
  shownInPartText,
  trackRecordStatus,
} from '../../../src/core/render/report-text.ts';
import type { AnalysisResult } from '../api.ts';
import type { RoleGuide } from '../role-guide.ts';
import { Background } from './Background.tsx';
import { type Bar, BarChart } from './Charts.tsx';
import { EvidenceLinks, GapBadge, QuoteLine, StatusBadge } from './Evidence.tsx';
import { LearningPlan } from './LearningPlan.tsx';
import { hasListings, Listings } from './Listings.tsx';
import { ResumeFeedback } from './ResumeFeedback.tsx';
import { type Highlight, ResumeView } from './ResumeView.tsx';
import { ScrollBox } from './ScrollBox.tsx';
import { SelfCheck } from './SelfCheck.tsx';
import { Transition } from './Transition.tsx';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One bar per category the role has requirements in (a role may have no soft skills). */
function coverageBars(requirements: readonly RequirementResult[]): Bar[] {
  const categories = (['technical', 'soft'] as const).filter((c) =>
    requirements.some((r) => r.skill.category === c),
  );
  return categories.map((category) => {
    const rs = requirements.filter((r) => r.skill.category === category);
    const points = rs.reduce((s, r) => s + r.points, 0);
    const weight = rs.reduce((s, r) => s + r.weight, 0);
    return {
      label: category === 'technical' ? 'Technical skills' : 'Soft skills',
      value: points,
      max: weight,
      caption: `${points.toFixed(1)} / ${weight.toFixed(1)}`,
      tone: weight > 0 && points / weight >= 0.6 ? 'good' : points > 0 ? 'partial' : 'missing',
    };
  });
}

/** Every line the report quotes, so each "line N" link lands on a highlighted line. */
function highlightsOf(report: AnalysisReport): Highlight[] {
  const out: Highlight[] = report.skills.flatMap((s) =>
    s.evidence.map((e) => ({ line: e.line, quote: e.quote, label: s.label, strength: e.strength })),
  );
  const background = report.background;
  for (const c of background?.candidates ?? [])
    for (const e of c.evidence)
      out.push({ line: e.line, quote: e.quote, label: `your background (${c.label})` });
  for (const b of report.feedback?.bullets ?? [])
    out.push({ line: b.line, quote: b.original, label: b.shows.term.toLowerCase() });
  return out;
}

function focusHeading(id: string): void {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}

interface ReportProps {
  result: AnalysisResult;
  mode: 'server' | 'local';
  guide: RoleGuide | undefined;
  onDelete?: () => Promise<void>;
  /** Re-runs the analysis with self-check answers. */
  onSelfCheck?: (answers: Record<string, number>) => void;
}

/** The whole analysis: score, breakdown, charts, guidance, self-check, plan, listings, what we read. */
export function Report({ result, mode, guide, onDelete, onSelfCheck }: ReportProps) {
  const { report, document: doc } = result;
  const [deleted, setDeleted] = useState(false);
  const counts = { shown: 0, partial: 0, missing: 0 };
  for (const r of report.requirements) counts[r.status]++;
  const highlights = highlightsOf(report);
  const market = report.market;
  const have = new Map(market?.strengths.map((s) => [s.skill.id, s.listedOnly === true]) ?? []);
  // A skill only listed counts half, as the standing sentence says.
  const demandBars: Bar[] =
    market?.demand.slice(0, 12).map((d) => ({
      label: d.skill.label,
      value: d.share,
      max: 1,
      caption: `${pct(d.share)} · ${!have.has(d.skill.id) ? 'not shown' : have.get(d.skill.id) ? 'only listed, counts half' : 'you have it'}`,
      tone: !have.has(d.skill.id) ? 'missing' : have.get(d.skill.id) ? 'partial' : 'good',
    })) ?? [];
  const labels = new Map(report.requirements.map((r) => [r.skill.id, r.skill.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const inPartOf = (id: string) => {
    const gap = report.gaps.find((g) => g.skill.id === id);
    return gap ? shownInPartText(gap) : undefined;
  };
  const { background, transition, selfCheck, learningPlan, feedback } = report;
  const sections = [
    background ? { id: 'background', title: 'Your background' } : undefined,
    transition ? { id: 'transition', title: 'Your transition' } : undefined,
    { id: 'breakdown', title: 'Score breakdown' },
    { id: 'selfcheck', title: 'Fit self-check' },
    { id: 'plan', title: 'Learning plan' },
    feedback ? { id: 'feedback', title: 'Resume feedback' } : undefined,
    hasListings(market) ? { id: 'listings', title: 'Best-fitting listings' } : undefined,
    { id: 'read', title: 'What we read' },
  ].filter((x) => x !== undefined);
  const base = `rolefit-${report.role.id}`;

  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-head">
        <h2 id="report-title" tabIndex={-1}>
          Your fit for {report.role.title}
        </h2>
        {report.document.warning ? (
          <p className="warning" role="alert" data-testid="not-a-resume">
            <strong>Not a resume.</strong> {report.document.warning}
          </p>
        ) : null}
        {report.score === null ? (
          <p className="score" data-testid="score">
            <span className="score-none">No score</span>
          </p>
        ) : (
          <p className="score" data-testid="score">
            <span className="score-number">{report.score}</span>
            <span className="score-of">/100</span>
          </p>
        )}
        {report.scoreBand ? (
          <p className="score-band" data-testid="score-band">
            <strong>{report.scoreBand.label}</strong> ({report.scoreBand.from}–{report.scoreBand.to} of 100):{' '}
            {report.scoreBand.meaning}
          </p>
        ) : null}
        <p>
          {counts.shown} of {report.requirements.length} requirements shown, {counts.partial} partly,{' '}
          {counts.missing} missing.{' '}
          <span className="mode-note">
            {mode === 'local'
              ? 'Analyzed in this browser: your resume did not leave this device.'
              : result.saved
                ? 'Analyzed on the rolefit server and saved at your request.'
                : 'Analyzed on the rolefit server; nothing was stored.'}
          </span>
        </p>
        {transition ? (
          <p className="story">
            Starting point: <strong>{transition.fromLabel}</strong>
            {transition.naturalness === 'already-there' ? '.' : `, ${transition.outlook}.`}
          </p>
        ) : null}
        {result.saved && onDelete && !deleted ? (
          <p>
            Saved until {new Date(result.saved.expiresAt).toLocaleString()}. Link:{' '}
            <code>{`${location.origin}${location.pathname}#/analysis/${result.saved.id}`}</code>{' '}
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await onDelete();
                setDeleted(true);
              }}
            >
              Delete saved analysis
            </button>
          </p>
        ) : null}
        {deleted ? (
          <p role="status">The saved analysis and its resume text were deleted from the server.</p>
        ) : null}
        <div className="actions no-print">
          <button
            type="button"
            onClick={() => download(`${base}.md`, 'text/markdown', renderReportMarkdown(report))}
          >
            Export Markdown
          </button>
          <button
            type="button"
            onClick={() =>
              download(`${base}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`)
            }
          >
            Export JSON
          </button>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <nav aria-label="Report sections" className="report-toc no-print">
          <ul>
            {sections.map((x) => (
              <li key={x.id}>
                {/* Buttons, not links: "#id" would be read as a route by the hash router. */}
                <button type="button" className="link" onClick={() => focusHeading(`${x.id}-title`)}>
                  {x.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section aria-labelledby="charts-title">
        <h3 id="charts-title">At a glance</h3>
        <div className="charts">
          <BarChart
            id="coverage"
            title="Coverage by category (points earned of points possible)"
            bars={coverageBars(report.requirements)}
          />
          {demandBars.length > 0 && market ? (
            <BarChart
              id="demand"
              title={`Your skills against market demand (share of ${market.listings.toLocaleString()} listings asking)`}
              bars={demandBars}
            />
          ) : null}
        </div>
        {market ? (
          <div className="small" data-testid="market-standing">
            {market.standing ? <p>{describeStanding(market.standing)}</p> : null}
            <p className="muted">Market figures: {describeMarketBasis(market.basis)}</p>
          </div>
        ) : null}
      </section>

      {background ? (
        <section aria-labelledby="background-title" className="guidance background">
          <h3 id="background-title" tabIndex={-1}>
            Your background
          </h3>
          <Background background={background} transition={transition} />
        </section>
      ) : null}

      {transition ? (
        <section aria-labelledby="transition-title" className="guidance transition">
          <h3 id="transition-title" tabIndex={-1}>
            Your transition
          </h3>
          <Transition transition={transition} />
        </section>
      ) : null}

      <section aria-labelledby="breakdown-title">
        <h3 id="breakdown-title" tabIndex={-1}>
          Score breakdown
        </h3>
        <ScrollBox label="Score breakdown">
          <table className="breakdown">
            <caption className="visually-hidden">
              Each requirement, its points and the evidence for it
            </caption>
            <thead>
              <tr>
                <th scope="col">Requirement</th>
                <th scope="col">Status</th>
                <th scope="col">Points</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {report.requirements.map((r) => (
                <tr key={r.skill.id} className={`status-${r.status}`} data-requirement={r.skill.id}>
                  <th scope="row">
                    {r.skill.label}
                    <span className="muted small"> {r.skill.category}</span>
                  </th>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="num">
                    {r.points.toFixed(1)} / {r.weight.toFixed(1)}
                  </td>
                  <td>
                    <p className="small">{r.explanation}</p>
                    <EvidenceLinks evidence={r.evidence} viaOf={(e) => evidenceVia(report, r.skill.id, e)} />
                  </td>
                </tr>
              ))}
              {report.trackRecord.weight > 0 ? (
                <tr
                  className={`status-${trackRecordStatus(report.trackRecord)}`}
                  data-requirement="track-record"
                >
                  <th scope="row">
                    Track record in the role
                    <span className="muted small"> title held</span>
                  </th>
                  <td>{report.trackRecord.background ? report.trackRecord.background.label : '—'}</td>
                  <td className="num">
                    {report.trackRecord.points.toFixed(1)} / {report.trackRecord.weight.toFixed(1)}
                  </td>
                  <td>
                    <p className="small">{report.trackRecord.explanation}</p>
                    {report.trackRecord.evidence ? (
                      <ul className="evidence-list">
                        <QuoteLine
                          line={report.trackRecord.evidence.line}
                          quote={report.trackRecord.evidence.quote}
                        />
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      {report.strengths.length > 0 ? (
        <section aria-labelledby="strengths-title">
          <h3 id="strengths-title">Strengths that give you leverage</h3>
          <ul>
            {report.strengths.map((s) => (
              <li key={s.skill.id}>{s.reason}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="selfcheck-title">
        <h3 id="selfcheck-title" tabIndex={-1}>
          Fit self-check: is the job for you?
        </h3>
        <SelfCheck
          key={JSON.stringify(selfCheck?.items.map((i) => i.answer) ?? [])}
          questions={selfCheck?.items ?? guide?.selfCheck ?? []}
          result={selfCheck}
          onSubmit={onSelfCheck}
        />
      </section>

      <section aria-labelledby="plan-title" className="guidance">
        <h3 id="plan-title" tabIndex={-1}>
          Learning plan
        </h3>
        {learningPlan !== undefined ? (
          <LearningPlan plan={learningPlan} labelOf={labelOf} inPartOf={inPartOf} order={gapOrder(report)} />
        ) : report.gaps.length === 0 ? (
          <p>No gaps against the role guide.</p>
        ) : (
          <>
            <p>Most important gap first. {gapOrder(report)}</p>
            <ol className="plan">
              {report.gaps.map((g) => (
                <li key={g.skill.id}>
                  <h4>
                    {g.skill.label} <GapBadge status={g.status} />
                  </h4>
                  <p className="small muted">
                    {gapStake(report, g)}
                    {shownInPartText(g) ? `. ${shownInPartText(g)}` : ''}
                  </p>
                  <ul className="steps">
                    {g.nextSteps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {feedback ? (
        <section aria-labelledby="feedback-title" className="guidance">
          <h3 id="feedback-title" tabIndex={-1}>
            Resume feedback
          </h3>
          <ResumeFeedback feedback={feedback} />
        </section>
      ) : null}

      {hasListings(market) ? (
        <section aria-labelledby="listings-title">
          <h3 id="listings-title" tabIndex={-1}>
            Best-fitting listings
          </h3>
          <Listings market={market} />
        </section>
      ) : null}

      {report.ignored.length > 0 ? (
        <section aria-labelledby="ignored-title">
          <h3 id="ignored-title">Not counted</h3>
          <ul>
            {report.ignored.map((i) => (
              <li key={`${i.line}-${i.skillId}-${i.reason}`}>
                {i.label} on line {i.line}: {i.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="read-title" className="what-we-read">
        <h3 id="read-title" tabIndex={-1}>
          What we read
        </h3>
        <p className="small">
          The text rolefit read from your {doc.format === 'text' ? 'file' : doc.format} (
          {report.document.lines} lines). Highlighted lines gave evidence; choose a "line N" link above to
          jump here.
        </p>
        {report.document.ocr ? <p className="small">{ocrNote(report)}</p> : null}
        {doc.warnings.length > 0 ? (
          <ul className="warnings">
            {doc.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        <ResumeView text={doc.text} highlights={highlights} />
      </section>
    </article>
  );
}
