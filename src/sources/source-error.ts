import type { Issue } from '../core/result.ts';

/** A whole input is unusable (a wrong `--map`, a file that is not JSON): thrown by sources, caught at the edge. */
export class SourceError extends Error {
  readonly code: string;
  readonly issue: Issue;
  constructor(issue: Issue) {
    super(issue.message);
    this.name = 'SourceError';
    this.code = issue.code;
    this.issue = issue;
  }
}
