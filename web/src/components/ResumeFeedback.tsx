import type { ResumeFeedback as Feedback } from '../../../src/core/guidance/resume-feedback.ts';
import { LineLink } from './Evidence.tsx';

/** Skills only claimed, and bullets that show a TPM skill in everyday words, with a rewording that adds no facts. */
export function ResumeFeedback({ feedback }: { feedback: Feedback }) {
  const { unsupportedSkills, bullets } = feedback;
  const relevant = unsupportedSkills.filter((u) => u.relevant);
  const other = unsupportedSkills.filter((u) => !u.relevant);
  if (unsupportedSkills.length === 0 && bullets.length === 0)
    return (
      <p>
        Nothing to flag: the skills you list are shown in your experience, and no bullet hides a TPM skill in
        everyday words.
      </p>
    );
  return (
    <>
      {unsupportedSkills.length > 0 ? (
        <>
          <h4>Skills you list but never show in use</h4>
          <p className="small">
            These appear only in a skills list or summary, never in your experience or projects. Could you
            defend each in an interview? Add a line where you used it, or leave it out.
          </p>
          {relevant.length > 0 ? <SkillList title="They count toward this role" skills={relevant} /> : null}
          {other.length > 0 ? <SkillList title="Other skills" skills={other} /> : null}
        </>
      ) : null}
      {bullets.length > 0 ? (
        <>
          <h4>Bullets that hide a TPM skill</h4>
          <p className="small">
            These lines likely show a skill of the role in words a recruiter or an applicant tracking system
            may miss. The suggestion only reorders your own words and leads with the term they look for; it
            adds nothing you did not write.
          </p>
          <ul className="rewrites">
            {bullets.map((b) => (
              <li key={`${b.line}-${b.shows.term}`}>
                <p className="small">
                  <LineLink line={b.line} /> shows <strong>{b.shows.term}</strong>
                </p>
                <div className="before-after">
                  <div className="before">
                    <span className="ba-label">As written</span>
                    <p>{b.original}</p>
                  </div>
                  <span className="ba-arrow" aria-hidden="true">
                    →
                  </span>
                  <div className="after">
                    <span className="ba-label">Suggested</span>
                    <p>{b.suggestion}</p>
                  </div>
                </div>
                {b.questions.length > 0 ? (
                  <>
                    <p className="small muted questions-intro">Make it stronger with your own facts:</p>
                    <ul className="small">
                      {b.questions.map((q) => (
                        <li key={q}>{q}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function SkillList({ title, skills }: { title: string; skills: Feedback['unsupportedSkills'] }) {
  return (
    <>
      <p className="small muted list-title">{title}:</p>
      <ul className="chip-list">
        {skills.map((u) => (
          <li key={u.skillId} className="skill-chip">
            {u.label} <LineLink line={u.line} />
          </li>
        ))}
      </ul>
    </>
  );
}
