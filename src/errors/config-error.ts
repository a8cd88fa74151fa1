import type { Problem } from './problem.js';
import { UserError } from './user-error.js';

/** The configuration is invalid; `problems` lists every error found (exit code 3). */
export class ConfigError extends UserError {
  override name = 'ConfigError' as const;
  readonly problems: Problem[];

  constructor(problems: Problem[], options: { cause?: unknown } = {}) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the configuration`, {
      hint: 'fix each problem listed above, then run `intercom-as-code validate` again',
      cause: options.cause,
    });
    this.problems = problems;
  }
}
