import type { ApiError } from '../api.ts';

export function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div className="error" role="alert">
      <p>
        <strong>Could not finish:</strong> {error.message}
      </p>
      {error.hint ? <p>{error.hint}</p> : null}
      <p className="small muted">Code: {error.code}</p>
    </div>
  );
}
