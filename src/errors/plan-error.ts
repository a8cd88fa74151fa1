import type { Problem } from './problem.js';
import { UserError } from './user-error.js';

/**
 * The config is valid on its own but cannot be planned against the live workspace: an ambiguous
 * match, a pinned id that does not exist, a reference to an admin who is not there.
 */
export class PlanError extends UserError {
  override name = 'PlanError' as const;
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} matching the configuration to the workspace`,
      {
        hint: 'fix each problem listed above; nothing was changed',
      },
    );
    this.problems = problems;
  }
}
