/** A value or an expected failure; the core returns these instead of throwing. */
export type Result<T, E = Issue> = { ok: true; value: T } | { ok: false; error: E };

/** An expected problem, as data: a stable code plus the details a message needs. */
export interface Issue {
  code: string;
  message: string;
  /** What the person can do about it. */
  hint?: string;
  path?: string;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E = Issue>(error: E): { ok: false; error: E } => ({ ok: false, error });
