// Errors the user can act on carry a hint and are printed without a stack; anything else that
// reaches the CLI is a bug and is printed with one (Shopify cli-kit's AbortError vs BugError).

export class UserError extends Error {
  override name: string = 'UserError';
  readonly hint?: string;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.hint = options.hint;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
