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

/** Converts one schema position; open and closed-world conversion differ only in this. */
type Convert = (schema: unknown) => JsonSchema;

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
function convertRef(ref: string, id: string = COMPONENTS_ID): JsonObject {
  return { $ref: `${id}#/definitions/${componentName(ref)}` };
}

function componentName(ref: string): string {
  if (!ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported schema $ref ${ref}`);
  return ref.slice(COMPONENT_REF.length);
}

/**
 * `convertValue` converts the positions that describe a value of their own (properties, items,
 * additionalProperties); combinators are always converted open, since closed-world
 * conversion expands them before it gets here.
 */
function convertKeywords(schema: JsonObject, convertValue: Convert = convertSchema): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
        out[key] = mapValues(value, convertValue);
        break;
      case 'items':
        out[key] = Array.isArray(value) ? value.map(convertValue) : convertValue(value);
        break;
      case 'additionalProperties':
        out[key] = convertValue(value);
        break;
      case 'not':
        // Closing the inside of a `not` would widen what it accepts, so it stays open.
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

/*
 * Closed-world conversion, for request bodies.
 *
 * OpenAPI leaves `additionalProperties` open by default, so a field the spec never defines
 * (a typo, an invented `colour` on a tag) passes an ordinary check. Intercom ignores or
 * rejects such fields, so a request that sends one is a bug either way. Closed-world
 * conversion makes every object position accept only the properties its schema defines.
 *
 * Plain `additionalProperties: false` does not compose: under `allOf` each member would
 * reject the others' properties, and under `oneOf` the branches' property sets must not be
 * pooled. So every schema is first expanded into alternatives: each alternative is the
 * conjunction of the plain pieces (schemas without combinators) that one choice of
 * `oneOf`/`anyOf` branches leads to, through `allOf` and `$ref`. An alternative is closed
 * over the union of its pieces' properties, and the body must fit one alternative. An
 * alternative stays open when a piece says so (`additionalProperties` other than false,
 * `patternProperties`) or when nothing in it declares `properties` at all: that is
 * OpenAPI's free-form object (`type: object` alone), not an empty one.
 */

/** `$id` of the closed-world copy of `components.schemas`. */
export const CLOSED_COMPONENTS_ID = 'intercom-openapi-closed';

/** A body shape that would need more alternatives than this is left open rather than built. */
const MAX_ALTERNATIVES = 256;

interface Alternative {
  /** Plain schemas (no allOf/anyOf/oneOf/nullable), all of which must hold; none: anything. */
  pieces: JsonObject[];
  /** Only `null` (from `nullable`). */
  isNull?: boolean;
  /** Cannot be closed: it has a `$ref` cycle or a `true` schema, whose properties are unknown. */
  open?: boolean;
}

const NULL_ALTERNATIVE: Alternative = { pieces: [], isNull: true };

export class ClosedWorldConverter {
  constructor(private readonly schemas: Record<string, unknown>) {}

  /** The document every closed-world request validator refers into. */
  components(): JsonObject {
    const definitions: JsonObject = {};
    for (const [name, schema] of Object.entries(this.schemas)) {
      definitions[name] = this.convertAt(schema, [name]);
    }
    return { $id: CLOSED_COMPONENTS_ID, definitions };
  }

  /** Converts the schema of one value position (a body, a property, array items). */
  readonly convert = (schema: unknown): JsonSchema => this.convertAt(schema, []);

  private convertAt(schema: unknown, stack: readonly string[]): JsonSchema {
    if (typeof schema === 'boolean') return schema;
    if (!isObject(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
    // A `$ref` at a value position refers to the referenced component's closed form.
    if (typeof schema.$ref === 'string') {
      const out = convertRef(schema.$ref, CLOSED_COMPONENTS_ID);
      return schema.nullable === true ? allowNull(out) : out;
    }
    const alternatives = this.alternatives(schema, stack);
    if (alternatives === undefined) return convertSchema(schema);
    const shapes = alternatives.filter((a) => !a.isNull).map((a) => this.build(a));
    const nullable = alternatives.some((a) => a.isNull);
    const [only] = shapes;
    if (shapes.length === 1 && only !== undefined) return nullable ? allowNull(only) : only;
    return { anyOf: nullable ? [...shapes, { type: 'null' }] : shapes };
  }

  /** `undefined` when there would be too many alternatives to enumerate. */
  private alternatives(schema: unknown, stack: readonly string[]): Alternative[] | undefined {
    if (schema === true) return [{ pieces: [], open: true }];
    if (schema === false) return [{ pieces: [{ not: {} }] }];
    if (!isObject(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
    let result: Alternative[];
    if (typeof schema.$ref === 'string') {
      const name = componentName(schema.$ref);
      if (stack.includes(name)) {
        result = [{ pieces: [{ $ref: schema.$ref }], open: true }];
      } else {
        const found = this.alternatives(this.schemas[name], [...stack, name]);
        if (found === undefined) return undefined;
        result = found;
      }
    } else {
      const { allOf, anyOf, oneOf, nullable: _nullable, ...own } = schema;
      result = [{ pieces: Object.keys(own).length > 0 ? [own] : [] }];
      // Each allOf member is a factor of its own; each anyOf/oneOf picks one branch.
      const factors: unknown[][] = [
        ...asArray(allOf).map((member) => [member]),
        ...[anyOf, oneOf].filter((group) => group !== undefined).map(asArray),
      ];
      for (const branches of factors) {
        const choices: Alternative[] = [];
        for (const branch of branches) {
          const found = this.alternatives(branch, stack);
          if (found === undefined) return undefined;
          choices.push(...found);
        }
        result = product(result, choices);
        if (result.length > MAX_ALTERNATIVES) return undefined;
      }
    }
    return schema.nullable === true ? [...result, NULL_ALTERNATIVE] : result;
  }

  private build(alternative: Alternative): JsonObject {
    const pieces = alternative.pieces.map((piece) =>
      typeof piece.$ref === 'string'
        ? convertRef(piece.$ref, CLOSED_COMPONENTS_ID)
        : convertKeywords(piece, this.convert),
    );
    const closable =
      alternative.open !== true &&
      alternative.pieces.some((piece) => isObject(piece.properties)) &&
      !alternative.pieces.some(
        (piece) =>
          'patternProperties' in piece ||
          ('additionalProperties' in piece && piece.additionalProperties !== false),
      );
    const [only] = pieces;
    if (pieces.length === 1 && only !== undefined) {
      return closable ? { ...only, additionalProperties: false } : only;
    }
    const out: JsonObject = pieces.length === 0 ? {} : { allOf: pieces };
    if (closable) {
      const names = alternative.pieces.flatMap((piece) =>
        isObject(piece.properties) ? Object.keys(piece.properties) : [],
      );
      out.properties = Object.fromEntries(names.map((name) => [name, true]));
      out.additionalProperties = false;
    }
    return out;
  }
}

/**
 * Every way of picking one alternative from each side. An alternative with no pieces
 * constrains nothing, so `null` survives against it; against a real piece it does not
 * (a nullable member of an `allOf` cannot make the other members accept null).
 */
function product(left: Alternative[], right: Alternative[]): Alternative[] {
  const out: Alternative[] = [];
  const add = (alternative: Alternative): void => {
    if (alternative.isNull === true && out.some((a) => a.isNull === true)) return;
    out.push(alternative);
  };
  for (const a of left) {
    for (const b of right) {
      const aFree = a.isNull !== true && a.pieces.length === 0 && a.open !== true;
      const bFree = b.isNull !== true && b.pieces.length === 0 && b.open !== true;
      if (aFree) add(b);
      else if (bFree) add(a);
      else if (a.isNull === true && b.isNull === true) add(NULL_ALTERNATIVE);
      else if (a.isNull !== true && b.isNull !== true) {
        add({ pieces: [...a.pieces, ...b.pieces], open: a.open === true || b.open === true });
      }
    }
  }
  return out;
}
