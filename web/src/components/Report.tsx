import { useState } from 'react';
import type { RequirementResult } from '../../../src/core/analysis/report.ts';
import { renderReportMarkdown } from '../../../src/core/render/report-text.ts';
import type { AnalysisResult } from '../api.ts';
import type { RoleGuide } from '../role-guide.ts';
import { type Bar, BarChart } from './Charts.tsx';
import { Generic } from './Generic.tsx';
import { type Highlight, ResumeView, showLine } from './ResumeView.tsx';
import { SelfCheck } from './SelfCheck.tsx';

const STATUS_TEXT = { shown: 'Shown', partial: 'Partly shown', missing: 'Missing' } as const;
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

function coverageBars(requirements: readonly RequirementResult[]): Bar[] {
  return (['technical', 'soft'] as const).map((category) => {
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

function EvidenceLinks({ evidence }: { evidence: RequirementResult['evidence'] }) {
  if (evidence.length === 0) return <span className="muted">no evidence found</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <li key={`${e.line}-${e.skillId}`}>
          <button type="button" className="link" onClick={() => showLine(e.line)}>
            line {e.line}
          </button>{' '}
          <q>{e.quote.length > 140 ? `${e.quote.slice(0, 139)}…` : e.quote}</q>{' '}
          <span className="tag">
            {e.strength}
            {e.hedged ? ', hedged' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
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
  const highlights: Highlight[] = report.skills.flatMap((s) =>
    s.evidence.map((e) => ({ line: e.line, quote: e.quote, label: s.label, strength: e.strength })),
  );
  const market = report.market;
  const have = new Set(market?.strengths.map((s) => s.skill.id) ?? []);
  const demandBars: Bar[] =
    market?.demand.slice(0, 12).map((d) => ({
      label: d.skill.label,
      value: d.share,
      max: 1,
      caption: `${market.source === 'listings' ? pct(d.share) : d.share.toFixed(1)} · ${have.has(d.skill.id) ? 'you have it' : 'not shown'}`,
      tone: have.has(d.skill.id) ? 'good' : 'missing',
    })) ?? [];
  const guidance = (['background', 'transition', 'feedback'] as const).filter((k) => report[k] !== undefined);
  const base = `rolefit-${report.role.id}`;

  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-head">
        <h2 id="report-title" tabIndex={-1}>
          Your fit for {report.role.title}
        </h2>
        <p className="score" data-testid="score">
          <span className="score-number">{report.score}</span>
          <span className="score-of">/100</span>
        </p>
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
      </header>

      <section aria-labelledby="charts-title">
        <h3 id="charts-title">At a glance</h3>
        <div className="charts">
          <BarChart
            id="coverage"
            title="Coverage by category (points earned of points possible)"
            bars={coverageBars(report.requirements)}
          />
          {demandBars.length > 0 ? (
            <BarChart
              id="demand"
              title={
                market?.source === 'listings'
                  ? `Your skills against market demand (share of ${market.listings} listings asking)`
                  : 'Your skills against market demand (O*NET: 1 = In Demand, 0.5 = Hot Technology)'
              }
              bars={demandBars}
            />
          ) : null}
        </div>
      </section>

      <section aria-labelledby="breakdown-title">
        <h3 id="breakdown-title">Score breakdown</h3>
        <div className="table-wrap">
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
                    <span className={`badge badge-${r.status}`}>{STATUS_TEXT[r.status]}</span>
                  </td>
                  <td className="num">
                    {r.points.toFixed(1)} / {r.weight.toFixed(1)}
                  </td>
                  <td>
                    <p className="small">{r.explanation}</p>
                    <EvidenceLinks evidence={r.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

      {guidance.map((key) => (
        <section key={key} aria-labelledby={`${key}-title`}>
          <h3 id={`${key}-title`}>
            {
              {
                background: 'Your background',
                transition: 'Your path into the role',
                feedback: 'Feedback on your resume',
              }[key]
            }
          </h3>
          <Generic value={report[key]} />
        </section>
      ))}

      <section aria-labelledby="plan-title">
        <h3 id="plan-title">Learning plan</h3>
        {report.learningPlan !== undefined ? (
          <Generic value={report.learningPlan} />
        ) : report.gaps.length === 0 ? (
          <p>No gaps against the role guide.</p>
        ) : (
          <ol className="plan">
            {report.gaps.map((g) => (
              <li key={g.skill.id}>
                <strong>{g.skill.label}</strong>{' '}
                <span className="muted">
                  ({g.status === 'missing' ? 'missing' : 'partly shown'}, {g.importance.toFixed(1)} points at
                  stake)
                </span>
                <ul>
                  {g.nextSteps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="selfcheck-title">
        <h3 id="selfcheck-title">Self-check: is the job for you?</h3>
        <SelfCheck
          key={JSON.stringify(report.selfCheck?.items.map((i) => i.answer) ?? [])}
          questions={report.selfCheck?.items ?? guide?.selfCheck ?? []}
          result={report.selfCheck}
          onSubmit={onSelfCheck}
        />
      </section>

      {market && market.topMatches.length > 0 ? (
        <section aria-labelledby="listings-title">
          <h3 id="listings-title">Listings you fit best</h3>
          <ul className="listings">
            {market.topMatches.map((m) => {
              const flags = m as typeof m & { verdict?: string; disguised?: boolean; flags?: string[] };
              const disguised = flags.disguised === true || flags.verdict === 'disguised-developer';
              return (
                <li key={m.id}>
                  <strong>{m.title}</strong>
                  {m.company ? ` · ${m.company}` : ''} · fit {pct(m.fit)}
                  {disguised ? <span className="badge badge-missing">Developer job in disguise</span> : null}
                  {flags.verdict && !disguised ? <span className="badge">{flags.verdict}</span> : null}
                  <div className="small">
                    You show: {m.matched.map((s) => s.label).join(', ') || 'none'}. Missing:{' '}
                    {m.missing.map((s) => s.label).join(', ') || 'none'}.
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {report.ignored.length > 0 ? (
        <section aria-labelledby="ignored-title">
          <h3 id="ignored-title">Not counted</h3>
          <ul>
            {report.ignored.map((i) => (
              <li key={`${i.line}-${i.skillId}`}>
                {i.label} on line {i.line}: {i.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="read-title" className="what-we-read">
        <h3 id="read-title">What we read</h3>
        <p className="small">
          The text rolefit read from your {doc.format === 'text' ? 'file' : doc.format} (
          {report.document.lines} lines). Highlighted lines gave evidence; choose a "line N" link above to
          jump here.
        </p>
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
