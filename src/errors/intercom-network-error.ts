import { UserError } from './user-error.js';

/** The request never got an HTTP answer: refused, dropped or timed out. */
export class IntercomNetworkError extends UserError {
  override name = 'IntercomNetworkError' as const;
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, options: { cause?: unknown; timedOut?: boolean } = {}) {
    super(`${method} ${path}: ${options.timedOut ? 'timed out' : 'no response from Intercom'}`, {
      hint: 'check the network and INTERCOM_API_URL / INTERCOM_REGION, then run again',
      cause: options.cause,
    });
    this.method = method;
    this.path = path;
  }
}
