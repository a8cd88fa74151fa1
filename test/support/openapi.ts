import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { PathMatcher, normalisePath } from './openapi-paths.js';
import { registerFormats } from './openapi-formats.js';
import {
  ClosedWorldConverter,
  convertComponents,
  convertSchema,
  type JsonSchema,
} from './openapi-schema.js';
import {
  HTTP_METHODS,
  deref,
  isObject,
  jsonMedia,
  loadSpec,
  type HttpMethod,
  type OperationObject,
  type ResponseObject,
} from './openapi-spec.js';

export interface OperationRef {
  operationId: string;
  template: string;
}

interface Resolved extends OperationRef {
  method: HttpMethod;
  operation: OperationObject;
}

interface State {
  ajv: Ajv;
  matcher: PathMatcher;
  validators: Map<string, ValidateFunction>;
  /** Built on the first request check: the closed-world copy of every component. */
  closed?: ClosedWorldConverter;
}

let state: State | undefined;

function getState(): State {
  if (state) return state;
  const spec = loadSpec();
  // strict: false because OpenAPI-derived schemas legitimately carry annotations
  // (title, description, default) ajv's strict mode would question.
  // verbose: errors carry their schema, so nullable wrappers can be recognised.
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
  registerFormats(ajv);
  // Registering every component up front lets refs resolve; ajv compiles only what a
  // given operation's schema actually reaches, and only when first asked.
  ajv.addSchema(convertComponents(spec.components.schemas));
  state = { ajv, matcher: new PathMatcher(Object.keys(spec.paths)), validators: new Map() };
  return state;
}

function resolve(method: string, rawPath: string): Resolved | undefined {
  const lower = method.toLowerCase();
  if (!(HTTP_METHODS as readonly string[]).includes(lower)) return undefined;
  const template = getState().matcher.match(rawPath);
  if (template === undefined) return undefined;
  const operation = loadSpec().paths[template]?.[lower as HttpMethod];
  if (!operation) return undefined;
  const operationId = operation.operationId ?? `${lower} ${template}`;
  return { method: lower as HttpMethod, template, operationId, operation };
}

export function findOperation(method: string, path: string): OperationRef | undefined {
  const found = resolve(method, path);
  return found && { operationId: found.operationId, template: found.template };
}

function label(method: string, rawPath: string): string {
  return `${method.toUpperCase()} ${normalisePath(rawPath)}`;
}

function unknownOperation(method: string, rawPath: string): string[] {
  const template = getState().matcher.match(rawPath);
  const item = template === undefined ? undefined : loadSpec().paths[template];
  const methods = item ? HTTP_METHODS.filter((m) => item[m]).map((m) => m.toUpperCase()) : [];
  const hint = methods.length > 0 ? ` (${template} only allows ${methods.join(', ')})` : '';
  return [`${label(method, rawPath)}: no such operation in the Intercom OpenAPI spec${hint}`];
}

/** No body at all: what a client sends for GET/DELETE and what `204`-style responses carry. */
function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === null || body === '';
}

export function validateRequest(method: string, path: string, body: unknown): string[] {
  const found = resolve(method, path);
  if (!found) return unknownOperation(method, path);
  const where = label(method, path);
  const requestBody = found.operation.requestBody && deref(loadSpec(), found.operation.requestBody);

  if (!requestBody) return isEmptyBody(body) ? [] : [`${where} takes no body`];
  if (isEmptyBody(body)) return requestBody.required ? [`${where} requires a body`] : [];
  const media = jsonMedia(requestBody.content);
  if (!media) return [`${where} does not take a JSON body`];
  if (!media.schema) return [];
  const closed = closedWorld();
  return run(
    `${found.method} ${found.template} request`,
    media.schema,
    body,
    where,
    closed.convert,
  );
}

/**
 * Request bodies are checked closed-world: a field the operation's schema does not define is
 * an error, not silently accepted (see ClosedWorldConverter). Responses stay open: Intercom
 * adds response fields without a new API version, and the sandbox may carry extra ones.
 */
function closedWorld(): ClosedWorldConverter {
  const current = getState();
  if (!current.closed) {
    current.closed = new ClosedWorldConverter(loadSpec().components.schemas);
    current.ajv.addSchema(current.closed.components());
  }
  return current.closed;
}

export function validateResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const found = resolve(method, path);
  if (!found) return unknownOperation(method, path);
  const responses = found.operation.responses ?? {};
  const key = [String(status), `${String(status).charAt(0)}XX`, 'default'].find(
    (k) => k in responses,
  );
  const where = `${label(method, path)} ${status}`;
  if (key === undefined) {
    return [
      `${where}: status not declared by the spec (declares ${Object.keys(responses).join(', ')})`,
    ];
  }
  const response = deref<ResponseObject>(loadSpec(), responses[key] ?? {});
  if (!response.content) return isEmptyBody(body) ? [] : [`${where}: the spec declares no body`];
  const media = jsonMedia(response.content);
  // A declared non-JSON body, or a JSON one without a schema, has nothing to check against.
  if (!media?.schema) return [];
  return run(`${found.method} ${found.template} ${key}`, media.schema, body, where);
}

function run(
  cacheKey: string,
  schema: object,
  body: unknown,
  where: string,
  convert: (schema: unknown) => JsonSchema = convertSchema,
): string[] {
  const { ajv, validators } = getState();
  let validate = validators.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(convert(schema));
    validators.set(cacheKey, validate);
  }
  if (validate(body)) return [];
  const lines = (validate.errors ?? []).filter((e) => !isNullableArtifact(e)).map(describe);
  return [...new Set(lines)].map((line) => `${where}: ${line}`);
}

/**
 * Nullable `$ref`s become `anyOf: [ref, {type: 'null'}]`; its "must be null" branch and
 * "matches none" summary say nothing useful next to the real branch's failure.
 */
function isNullableArtifact(error: ErrorObject): boolean {
  if (error.keyword === 'type') return error.params.type === 'null';
  if (error.keyword !== 'anyOf' || !Array.isArray(error.schema)) return false;
  const last: unknown = error.schema[error.schema.length - 1];
  return (
    error.schema.length === 2 &&
    isObject(last) &&
    last.type === 'null' &&
    Object.keys(last).length === 1
  );
}

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? '(body)' : error.instancePath;
  const params: Record<string, unknown> = isObject(error.params) ? error.params : {};
  switch (error.keyword) {
    case 'required':
      return `${error.instancePath}/${String(params.missingProperty)} is required`;
    case 'additionalProperties':
      return `${error.instancePath}/${String(params.additionalProperty)} is not allowed`;
    case 'type':
      return `${at} must be ${[params.type].flat().join(' or ')}`;
    case 'enum':
      return `${at} must be one of ${[params.allowedValues]
        .flat()
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'anyOf':
      return `${at} matches none of the allowed shapes`;
    default:
      return `${at} ${error.message ?? error.keyword}`;
  }
}
