import { type Bar, BarChart } from '../components/Charts.tsx';
import { ScrollBox } from '../components/ScrollBox.tsx';
import { SelfCheck } from '../components/SelfCheck.tsx';
import type { RoleGuide } from '../role-guide.ts';

export function RoleGuidePage({ guide }: { guide: RoleGuide | undefined }) {
  if (!guide) return <p>Loading the role guide…</p>;
  const bars = (category: 'technical' | 'soft'): Bar[] =>
    guide.requirements
      .filter((r) => r.skill.category === category)
      .map((r) => ({
        label: r.skill.label,
        value: r.points,
        max: 15,
        caption: `${r.points} pts`,
        tone: 'neutral',
      }));
  return (
    <article aria-labelledby="guide-title">
      <h2 id="guide-title">{guide.title}: the role guide</h2>
      <p className="lead">{guide.summary}</p>
      {guide.responsibilities.length > 0 ? (
        <section aria-labelledby="resp-title">
          <h3 id="resp-title">What you would do</h3>
          <ul>
            {guide.responsibilities.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="skills-title">
        <h3 id="skills-title">The skills it needs (points of 100)</h3>
        <div className="charts">
          <BarChart id="tech" title="Technical skills" bars={bars('technical')} />
          <BarChart id="soft" title="Soft skills" bars={bars('soft')} />
        </div>
        <dl className="requirements">
          {guide.requirements.map((r) => (
            <div key={r.skill.id}>
              <dt>
                {r.skill.label} <span className="muted small">{r.points} points</span>
              </dt>
              <dd>
                {r.why}
                {r.accepts.length > 0 ? (
                  <span className="small muted">
                    {' '}
                    Also counts:{' '}
                    {r.accepts.map((a) => `${a.skill.label} (${Math.round(a.credit * 100)}%)`).join(', ')}.
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
          {guide.trackRecord ? (
            <div key="track-record">
              <dt>
                Track record: a job title that names the role or a close one{' '}
                <span className="muted small">{guide.trackRecord.points} points</span>
              </dt>
              <dd>{guide.trackRecord.why}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {guide.typicalWeek.length > 0 ? (
        <section aria-labelledby="week-title">
          <h3 id="week-title">A typical week</h3>
          <ul>
            {guide.typicalWeek.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {guide.marketReality.length > 0 ? (
        <section aria-labelledby="reality-title">
          <h3 id="reality-title">What postings list versus what the job asks</h3>
          <ScrollBox label="What postings list versus what the job asks">
            <table>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Postings list</th>
                  <th scope="col">The job really asks</th>
                </tr>
              </thead>
              <tbody>
                {guide.marketReality.map((m) => (
                  <tr key={m.topic}>
                    <th scope="row">{m.topic}</th>
                    <td>{m.listed}</td>
                    <td>{m.real}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ) : null}
      <section aria-labelledby="guide-check-title">
        <h3 id="guide-check-title">Is it for you? A self-check</h3>
        <SelfCheck questions={guide.selfCheck} />
      </section>
      <p className="small muted">Also known as: {guide.titleAliases.slice(0, 12).join(', ')}.</p>
    </article>
  );
}
