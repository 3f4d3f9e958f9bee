/** What one evaluation reports: printed figures, and the floors that fail the run when missed. */
export interface EvalOutcome {
  name: string;
  /** Human-readable tables and notes, printed as they are. */
  report: string;
  figures: Record<string, number>;
  /**
   * A figure below its `min` (or above its `max`) fails `npm run eval`; floors are only ever
   * raised and ceilings only lowered.
   */
  floors: Array<{ figure: string; why: string } & ({ min: number; max?: number } | { max: number })>;
}

export interface EvalContext {
  /** The ../shared/data folder. */
  dataDir: string;
}

export type Evaluation = (ctx: EvalContext) => Promise<EvalOutcome>;
