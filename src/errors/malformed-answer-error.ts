// Intercom answered 2xx with something that is not what the operation returns: an `error.list`
// body, or a created object without an `id`. Counting it as success would report a write that
// may not have happened ("created (id undefined)"), so it is an error that names the request.
export class MalformedAnswerError extends Error {
  override name = 'MalformedAnswerError';
  readonly request: string;

  constructor(request: string, what: string) {
    super(`${request} answered with ${what}`);
    this.request = request;
  }
}
