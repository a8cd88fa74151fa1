import { UserError } from './user-error.js';

/** Why a saved plan file cannot be used; lets callers and tests tell the refusals apart. */
export type PlanFileProblem =
  | 'missing'
  | 'not-a-file'
  | 'too-large'
  | 'not-json'
  | 'corrupted'
  | 'unsupported-version'
  | 'unwritable';

/** A saved plan file (`plan --out`) that cannot be read, trusted or written. */
export class PlanFileError extends UserError {
  override name = 'PlanFileError' as const;
  readonly path: string;
  readonly problem: PlanFileProblem;

  constructor(
    path: string,
    problem: PlanFileProblem,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    this.path = path;
    this.problem = problem;
  }
}
