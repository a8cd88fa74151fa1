// A plan that would touch more of the workspace than a person is likely to mean (octoDNS's bulk
// thresholds) is refused before any write; the message carries the numbers so the reviewer can
// judge, and the hint names the one way past it.
import type { Problem } from './problem.js';
import { UserError } from './user-error.js';

export const FORCE_HINT = 'review the plan; pass --force to apply it anyway';

/** The plan exceeds a bulk safety threshold; nothing was changed (exit code 1). */
export class UnsafePlanError extends UserError {
  override name = 'UnsafePlanError' as const;
  /** One problem per kind over its threshold, each with the numbers. */
  readonly problems: Problem[];

  constructor(problems: Problem[], options: { cause?: unknown } = {}) {
    super(
      problems.length === 0
        ? 'the plan exceeds a safety threshold'
        : problems.map((p) => p.message).join('; '),
      { hint: FORCE_HINT, cause: options.cause },
    );
    this.problems = problems;
  }
}
