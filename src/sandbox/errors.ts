// Intercom answers every failure with the same `error.list` body; routes throw ApiError and the
// server renders it, so no route builds an error body by hand and every one gets a request_id.

export type ErrorCode =
  | 'not_found'
  | 'parameter_invalid'
  | 'parameter_not_found'
  | 'bad_request'
  | 'company_not_found'
  | 'admin_not_found'
  | 'tag_has_dependent_objects'
  | 'away_status_reason_mandatory'
  | 'rate_limit_exceeded'
  | 'server_error'
  | 'unauthorized';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorListBody {
  type: 'error.list';
  request_id: string;
  errors: { code: string; message: string }[];
}

export function errorBody(code: ErrorCode, message: string, requestId: string): ErrorListBody {
  return { type: 'error.list', request_id: requestId, errors: [{ code, message }] };
}

export const notFound = (): ApiError => new ApiError(404, 'not_found', 'Resource Not Found');

export const invalid = (message: string): ApiError =>
  new ApiError(400, 'parameter_invalid', message);
