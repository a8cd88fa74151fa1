// Intercom answered 2xx with something that is not what the operation returns: an `error.list`
// body, a created object without an `id`, a body that is empty or not JSON, a list whose `data` is
// not a list or whose items have no id. Counting it as success would report a write that may not
// have happened ("created (id undefined)") or read a broken list as an empty workspace, so it is
// an error that names the request. It is a UserError so the CLI prints it without a stack trace:
// the fault is in the answer, not in this tool.
import { UserError } from './user-error.js';

const DEFAULT_HINT =
  'Intercom (or whatever answers at INTERCOM_API_URL) sent an answer this tool cannot use; run again, and quote the request if it persists';

export class MalformedAnswerError extends UserError {
  override name = 'MalformedAnswerError';
  /** `METHOD /path`, e.g. `GET /tags`. */
  readonly request: string;

  constructor(request: string, what: string, options: { hint?: string } = {}) {
    super(`${request} answered with ${what}`, { hint: options.hint ?? DEFAULT_HINT });
    this.request = request;
  }
}
