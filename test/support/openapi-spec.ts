import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The spec is vendored (vendor/intercom-openapi, MIT; SOURCE.md records the upstream commit),
// so a fresh clone needs nothing beside it. Found relative to the repo root rather than the
// current working directory.
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SPEC_PATH = path.resolve(REPO_ROOT, 'vendor/intercom-openapi/api.intercom.io.yaml');

export type JsonObject = { [key: string]: unknown };

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
];

export interface ExampleObject {
  value?: unknown;
  summary?: string;
}

export interface MediaTypeObject {
  schema?: JsonObject;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>;

export interface OpenApiSpec {
  openapi: string;
  info: { version: string };
  paths: Record<string, PathItemObject>;
  components: { schemas: Record<string, JsonObject> } & JsonObject;
}

let cached: OpenApiSpec | undefined;

/** Parses the 1.3 MB YAML once per process (about half a second). */
export function loadSpec(): OpenApiSpec {
  cached ??= parse(readFileSync(SPEC_PATH, 'utf8'), { maxAliasCount: -1 }) as OpenApiSpec;
  return cached;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows local `$ref`s on non-schema objects (responses, request bodies, examples);
 * schema refs are left to ajv so recursive schemas stay finite.
 */
export function deref<T>(spec: OpenApiSpec, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(spec, current.$ref);
  }
  return current as T;
}

function resolvePointer(spec: OpenApiSpec, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/** Picks the JSON media type; Intercom only uses `application/json`, but tolerate variants. */
export function jsonMedia(
  content: Record<string, MediaTypeObject> | undefined,
): MediaTypeObject | undefined {
  if (!content) return undefined;
  const key =
    'application/json' in content
      ? 'application/json'
      : Object.keys(content).find((k) => /[/+]json\b/.test(k));
  return key === undefined ? undefined : content[key];
}
