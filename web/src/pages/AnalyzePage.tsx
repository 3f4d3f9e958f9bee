import { type DragEvent, useEffect, useState } from 'react';
import { type AnalysisResult, ApiFailure, deleteSaved, getJson, postJson, uploadForm } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Report } from '../components/Report.tsx';
import type { RoleGuide } from '../role-guide.ts';

export type Mode = 'server' | 'local';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; step: string; progress?: number }
  | { kind: 'error'; error: ApiFailure['error'] }
  | { kind: 'done'; result: AnalysisResult; mode: Mode };

const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,.html,.htm,.json,.zip,text/plain,text/markdown,application/pdf';

const failure = (e: unknown) =>
  e instanceof ApiFailure
    ? e.error
    : {
        code: 'INTERNAL',
        message: 'something went wrong in this page.',
        hint: 'Reload the page and try again.',
      };

interface Props {
  mode: Mode;
  setMode: (m: Mode) => void;
  guide: RoleGuide | undefined;
  savedId?: string | undefined;
}

export function AnalyzePage({ mode, setMode, guide, savedId }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [text, setText] = useState('');
  const [save, setSave] = useState(false);
  // Saved analyses live in the server's store; a server without one cannot keep them.
  const [canSave, setCanSave] = useState(true);
  const [dragging, setDragging] = useState(false);
  const role = guide?.id ?? 'technical-project-manager';

  useEffect(() => {
    if (!savedId) return;
    setStatus({ kind: 'working', step: 'Loading the saved analysis…' });
    getJson<AnalysisResult>(`/api/analyses/${encodeURIComponent(savedId)}`)
      .then((result) => setStatus({ kind: 'done', result, mode: 'server' }))
      .catch((e) => setStatus({ kind: 'error', error: failure(e) }));
  }, [savedId]);

  useEffect(() => {
    getJson<{ saving?: boolean }>('/api/health')
      .then((health) => {
        if (health.saving === false) {
          setCanSave(false);
          setSave(false);
        }
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (status.kind === 'done') document.getElementById('report-title')?.focus();
  }, [status.kind]);

  async function analyzeFile(file: File) {
    try {
      if (mode === 'local') {
        setStatus({ kind: 'working', step: `Reading ${file.name} in this browser…` });
        const local = await import('../local.ts');
        const input = await local.readLocalFile(file);
        setStatus({ kind: 'working', step: 'Analyzing in this browser…' });
        setStatus({ kind: 'done', result: local.analyzeLocally(input, role), mode });
        return;
      }
      const form = new FormData();
      form.append('role', role);
      form.append('save', String(save));
      form.append('file', file, file.name);
      setStatus({ kind: 'working', step: `Uploading ${file.name}…`, progress: 0 });
      const result = await uploadForm<AnalysisResult>('/api/analyses', form, (share) =>
        setStatus(
          share < 1
            ? { kind: 'working', step: `Uploading ${file.name}…`, progress: share }
            : { kind: 'working', step: 'Reading and analyzing on the server…', progress: 1 },
        ),
      );
      setStatus({ kind: 'done', result, mode });
    } catch (e) {
      setStatus({ kind: 'error', error: failure(e) });
    }
  }

  async function analyzeText() {
    try {
      if (mode === 'local') {
        const local = await import('../local.ts');
        setStatus({
          kind: 'done',
          result: local.analyzeLocally({ format: 'text', text }, role),
          mode,
        });
        return;
      }
      setStatus({ kind: 'working', step: 'Analyzing on the server…' });
      const result = await postJson<AnalysisResult>('/api/analyses', { text, role, save });
      setStatus({ kind: 'done', result, mode });
    } catch (e) {
      setStatus({ kind: 'error', error: failure(e) });
    }
  }

  /** Same resume text, now with self-check answers. Server mode sends the text it read back; local mode stays local. */
  async function rerunWithAnswers(done: AnalysisResult, runMode: Mode, answers: Record<string, number>) {
    const format = done.document.format === 'markdown' ? ('markdown' as const) : ('text' as const);
    const input = { format, text: done.document.text };
    try {
      if (runMode === 'local') {
        const local = await import('../local.ts');
        setStatus({
          kind: 'done',
          result: local.analyzeLocally(input, role, answers),
          mode: runMode,
        });
        return;
      }
      setStatus({ kind: 'working', step: 'Combining your answers with the analysis…' });
      const result = await postJson<AnalysisResult>('/api/analyses', { ...input, role, selfCheck: answers });
      setStatus({ kind: 'done', result, mode: runMode });
    } catch (e) {
      setStatus({ kind: 'error', error: failure(e) });
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void analyzeFile(file);
  }

  return (
    <>
      <section aria-labelledby="upload-title" className="no-print">
        <h2 id="upload-title">Analyze your resume</h2>
        <fieldset className="mode">
          <legend>Where should the analysis run?</legend>
          <label>
            <input
              type="radio"
              name="mode"
              value="server"
              checked={mode === 'server'}
              onChange={() => setMode('server')}
            />{' '}
            On the rolefit server (reads PDF, Word and text files)
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="local"
              checked={mode === 'local'}
              onChange={() => setMode('local')}
            />{' '}
            Local-only: in this browser, nothing is uploaded (the same files, read in this page)
          </label>
        </fieldset>
        <p className={`mode-banner mode-${mode}`} role="status" data-testid="mode-banner">
          {mode === 'local'
            ? 'Local-only mode: your resume stays on this device. The analysis runs in this page and no request carries your resume.'
            : save
              ? 'Server mode: your resume is sent to this rolefit server and saved until you delete it.'
              : 'Server mode: your resume is sent to this rolefit server, analyzed, and not stored.'}
        </p>
        {mode === 'server' ? (
          <label className="inline">
            <input
              type="checkbox"
              checked={save}
              disabled={!canSave}
              onChange={(e) => setSave(e.target.checked)}
            />{' '}
            {canSave
              ? 'Save this analysis so I can come back to it (you can delete it at any time)'
              : 'Saving is off: this server has no database to keep analyses in'}
          </label>
        ) : null}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the keyboard path */}
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <p>Drop your resume here, or choose it:</p>
          <label htmlFor="resume-file">Resume file</label>
          <input
            id="resume-file"
            type="file"
            accept={ACCEPT}
            className="file-input"
            aria-describedby="file-help"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void analyzeFile(file);
              e.target.value = '';
            }}
          />
          <p id="file-help" className="small">
            {mode === 'local'
              ? 'PDF, Word (.docx), text or Markdown, up to 10 MB, read in this browser.'
              : 'PDF, Word (.docx), text or Markdown, up to 10 MB.'}
          </p>
        </div>
        <details>
          <summary>Or paste the text of your resume</summary>
          <label htmlFor="resume-text">Resume text</label>
          <textarea id="resume-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" onClick={() => void analyzeText()} disabled={text.trim() === ''}>
            Analyze pasted text
          </button>
        </details>
        <div aria-live="polite">
          {status.kind === 'working' ? (
            <p className="working">
              {status.step}{' '}
              {status.progress !== undefined ? (
                <progress max={1} value={status.progress} aria-label="Upload progress">
                  {Math.round(status.progress * 100)}%
                </progress>
              ) : null}
            </p>
          ) : null}
          {status.kind === 'error' ? <ErrorBox error={status.error} /> : null}
        </div>
      </section>
      {status.kind === 'done' ? (
        <Report
          result={status.result}
          mode={status.mode}
          guide={guide}
          onSelfCheck={(answers) => void rerunWithAnswers(status.result, status.mode, answers)}
          {...(status.result.saved ? { onDelete: () => deleteSaved(status.result.saved!.url) } : {})}
        />
      ) : null}
    </>
  );
}
