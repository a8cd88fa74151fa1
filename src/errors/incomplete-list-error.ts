// A list read twice came back shorter than the `total_count` Intercom itself reported. Returning
// it would make the planner believe the missing objects do not exist and create duplicates, so
// the read fails instead, naming the request and both counts.
import { UserError } from './user-error.js';

export class IncompleteListError extends UserError {
  override name = 'IncompleteListError' as const;
  /** `METHOD /path`, e.g. `GET /articles`. */
  readonly request: string;
  /** Distinct ids the last read collected. */
  readonly received: number;
  /** What the last read's `total_count` said. */
  readonly totalCount: number;

  constructor(request: string, received: number, totalCount: number) {
    super(
      `${request}: read ${received} of the ${totalCount} objects Intercom reported (total_count), ` +
        'twice; refusing a partial list, which would make the plan create duplicates',
      { hint: 'Intercom returned an incomplete list; run again in a few minutes' },
    );
    this.request = request;
    this.received = received;
    this.totalCount = totalCount;
  }
}
