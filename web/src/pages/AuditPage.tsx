import { useState } from 'react';
import type { RaciDraft } from '../../../src/core/audit/advice.ts';
import { VERDICT_LABELS } from '../../../src/core/audit/verdict.ts';
import { type ApiError, ApiFailure, postJson, uploadForm } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { ScrollBox } from '../components/ScrollBox.tsx';

interface Audit {
  title: string | null;
  verdict: string;
  verdictReason: string;
  confidence: string;
  handsOnShare?: number;
  redFlags: Array<{ kind: string; title: string; quote: string; trigger: string; languages: string[] }>;
  missingEssentials: Array<{ id: string; label: string }>;
  presentEssentials?: Array<{ id: string; label: string; quote?: string }>;
  fixes: string[];
  raci: RaciDraft | null;
}

const RACI_KEY = 'R responsible (does the work), A accountable (owns the outcome), C consulted, I informed.';

/** The RACI draft as a table: activities down, roles across; rows the posting gives to the TPM are marked. */
function RaciTable({ raci }: { raci: RaciDraft }) {
  return (
    <ScrollBox label="RACI draft">
      <table className="raci">
        <caption className="small muted">{RACI_KEY}</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            {raci.roles.map((r) => (
              <th scope="col" key={r}>
                {r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {raci.rows.map((row) => (
            <tr key={row.activity}>
              <th scope="row">
                {row.activity}
                {row.note ? <span className="small muted"> ({row.note})</span> : null}
              </th>
              {raci.roles.map((r) => (
                <td key={r}>{row.assignments[r] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

const verdictText = (v: string) => {
  const label = (VERDICT_LABELS as Record<string, string>)[v] ?? v;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

export function AuditPage() {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [audit, setAudit] = useState<Audit | undefined>();

  async function run(action: () => Promise<Audit>) {
    setBusy(true);
    setError(undefined);
    try {
      setAudit(await action());
    } catch (e) {
      setAudit(undefined);
      setError(
        e instanceof ApiFailure
          ? e.error
          : { code: 'INTERNAL', message: 'something went wrong in this page.' },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <article aria-labelledby="audit-title">
      <h2 id="audit-title">Audit a job posting</h2>
      <p>
        Is this "Technical Project Manager" or "Program Manager" posting really technical delivery work, a
        hybrid, or a developer job in disguise? Paste it or upload it. Postings are sent to the server and not
        stored.
      </p>
      <form
        className="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => postJson<Audit>('/api/audits', { text, ...(title.trim() ? { title } : {}) }));
        }}
      >
        <label htmlFor="posting-title">Job title (optional)</label>
        <input id="posting-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="posting-text">Posting text</label>
        <textarea id="posting-text" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={busy || text.trim() === ''}>
            Audit pasted posting
          </button>
          <input
            id="posting-file"
            type="file"
            className="visually-hidden file-picker"
            accept=".txt,.md,.html,.htm,.pdf,.docx"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const form = new FormData();
              if (title.trim()) form.append('title', title);
              form.append('file', file, file.name);
              void run(() => uploadForm<Audit>('/api/audits', form, () => {}));
            }}
          />
          {/* The input is hidden and the label is its button; the label shows the input's keyboard focus. */}
          <label htmlFor="posting-file" className="button secondary">
            Upload a posting file
          </label>
        </div>
      </form>
      <div aria-live="polite">
        {busy ? <p>Auditing…</p> : null}
        {error ? <ErrorBox error={error} /> : null}
      </div>
      {audit ? (
        <section aria-labelledby="verdict-title" className="audit">
          <h3 id="verdict-title">
            {verdictText(audit.verdict)}
            {audit.title ? `: ${audit.title}` : ''}
          </h3>
          <p data-testid="audit-verdict">
            {audit.verdictReason} <span className="muted">(confidence: {audit.confidence})</span>
          </p>
          {audit.redFlags.length > 0 ? (
            <>
              <h4>Red flags</h4>
              <ul>
                {audit.redFlags.map((f) => (
                  <li key={`${f.kind}-${f.quote}`}>
                    <strong>
                      {f.title}
                      {f.languages.length > 0 ? ` (${f.languages.join(', ')})` : ''}
                    </strong>
                    : <q>{f.quote}</q> <span className="muted">(says “{f.trigger}”)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {audit.missingEssentials.length > 0 ? (
            <>
              <h4>What the posting does not say</h4>
              <ul>
                {audit.missingEssentials.map((m) => (
                  <li key={m.id}>{m.label}</li>
                ))}
              </ul>
            </>
          ) : null}
          {audit.fixes.length > 0 ? (
            <>
              <h4>How to fix the posting</h4>
              <ul>
                {audit.fixes.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          {audit.raci ? (
            <>
              <h4>Draft responsibilities (RACI)</h4>
              <RaciTable raci={audit.raci} />
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
