import { FORMAT_REWRITES } from './openapi-formats.js';
import { isObject, type JsonObject } from './openapi-spec.js';

/**
 * Converts OpenAPI 3.0 Schema Objects into draft-07 JSON Schema for ajv.
 *
 * Only schema positions are walked: `properties` maps names to schemas, and `enum`,
 * `default` and `const` hold data, so a property called `example` or an enum value
 * that looks like a keyword is never touched.
 */

export type JsonSchema = JsonObject | boolean;

/** `$id` under which all `components.schemas` are registered (as `definitions`). */
export const COMPONENTS_ID = 'intercom-openapi';

const COMPONENT_REF = '#/components/schemas/';

/**
 * OpenAPI-only annotations; ajv would ignore most of them with `strict: false`, but
 * dropping them keeps the compiled schemas small and the intent explicit. `nullable`
 * is consumed by the conversion itself.
 */
const DROPPED_KEYWORDS: ReadonlySet<string> = new Set([
  'nullable',
  'example',
  'examples',
  'xml',
  'discriminator',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

const COMBINATORS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'] as const;

export function convertSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);

  const out = typeof schema.$ref === 'string' ? convertRef(schema.$ref) : convertKeywords(schema);
  return schema.nullable === true ? allowNull(out) : out;
}

/** Builds the single schema document that every per-operation validator refers into. */
export function convertComponents(schemas: Record<string, unknown>): JsonObject {
  const definitions: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) definitions[name] = convertSchema(schema);
  return { $id: COMPONENTS_ID, definitions };
}

/**
 * OpenAPI 3.0 ignores siblings of `$ref` (Intercom only puts `description`, `title`
 * and `nullable` there), so only `nullable` survives, via `allowNull`.
 */
function convertRef(ref: string): JsonObject {
  if (!ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported schema $ref ${ref}`);
  return { $ref: `${COMPONENTS_ID}#/definitions/${ref.slice(COMPONENT_REF.length)}` };
}

function convertKeywords(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
        out[key] = mapValues(value, convertSchema);
        break;
      case 'items':
        out[key] = Array.isArray(value) ? value.map(convertSchema) : convertSchema(value);
        break;
      case 'additionalProperties':
      case 'not':
        out[key] = convertSchema(value);
        break;
      case 'allOf':
      case 'anyOf':
        out[key] = [...asArray(out[key]), ...asArray(value).map(convertSchema)];
        break;
      case 'oneOf':
        // Treated as anyOf: Intercom's oneOf alternatives overlap (the POST /tags body
        // is oneOf four request shapes, and `{name, companies}` satisfies two of them),
        // so strict "exactly one" rejects the spec's own examples. Intercom's servers
        // pick a shape by the keys present, which anyOf models faithfully enough.
        // Alongside an existing anyOf both must hold, hence the allOf.
        if ('anyOf' in schema) {
          out.allOf = [...asArray(out.allOf), { anyOf: asArray(value).map(convertSchema) }];
        } else {
          out.anyOf = asArray(value).map(convertSchema);
        }
        break;
      case 'format':
        if (typeof value === 'string' && value in FORMAT_REWRITES) {
          const rewritten = FORMAT_REWRITES[value];
          if (rewritten !== undefined) out.format = rewritten;
        } else {
          out.format = value;
        }
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        convertExclusiveBound(schema, key, value, out);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

/** OpenAPI 3.0 (like draft-04) uses boolean exclusive bounds; draft-07 wants numbers. */
function convertExclusiveBound(
  schema: JsonObject,
  key: 'exclusiveMinimum' | 'exclusiveMaximum',
  value: unknown,
  out: JsonObject,
): void {
  if (typeof value === 'number') {
    out[key] = value;
    return;
  }
  const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
  if (value === true && typeof schema[bound] === 'number') out[key] = schema[bound];
}

/**
 * `nullable: true` means "null is also fine". When `type` is the only thing that would
 * reject null, widen it in place (keeps ajv's messages short: "must be integer,null");
 * an `enum` must list null too, or it would still reject it. With `$ref`/`allOf`/
 * `oneOf`/... the referenced or combined schemas reject null on their own, so wrap.
 */
function allowNull(schema: JsonSchema): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (COMBINATORS.some((k) => k in schema)) return { anyOf: [schema, { type: 'null' }] };

  const out: JsonObject = { ...schema };
  if (out.type !== undefined) {
    const types = asArray(out.type);
    if (!types.includes('null')) out.type = [...types, 'null'];
  }
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => JsonSchema): JsonObject {
  if (!isObject(value)) throw new Error(`expected a map of schemas, got ${JSON.stringify(value)}`);
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) out[k] = fn(v);
  return out;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
