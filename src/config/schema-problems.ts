// ajv's messages ("must NOT have additional properties") describe JSON, not the file a person
// wrote. Each error is rewritten here in the user's terms, placed on the offending YAML node (the
// key for unknown keys, the value otherwise) and given a hint; anything unforeseen falls back to
// ajv's own wording so no error is ever dropped.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Problem } from '../errors/problem.js';
import { closest } from './closest.js';
import { containerName, formatPath, fromPointer, isRecord, leafName } from './data-path.js';
import { anyOfProblem, isSummaryOrBranch, missingKeys } from './schema-alternatives.js';
import type { SourceMap } from './source-map.js';
import { describeValue, expectedTypes, typeHint } from './type-words.js';

export function schemaProblems(errors: ErrorObject[], root: unknown, map: SourceMap): Problem[] {
  // A value of the wrong type also fails every other keyword at its path; one message is enough.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'type' || !typed.has(e.instancePath))
    .filter((e) => !isSummaryOrBranch(e, errors))
    .filter((e) => !isMisspelled(e, errors))
    .map((e) => toProblem(e, root, map));
}

/** `titel:` makes `title` missing too; the unknown-key problem already says `did you mean title`. */
function isMisspelled(error: ErrorObject, errors: ErrorObject[]): boolean {
  const missing = missingKeys(error);
  if (missing.length === 0) return false;
  return errors.some(
    (e) =>
      e.keyword === 'additionalProperties' &&
      e.instancePath === error.instancePath &&
      missing.includes(
        closest(
          String((e.params as Record<string, unknown>)['additionalProperty']),
          validKeys(e.parentSchema),
        ) ?? '',
      ),
  );
}

function toProblem(error: ErrorObject, root: unknown, map: SourceMap): Problem {
  const path = fromPointer(error.instancePath, root);
  const name = `\`${leafName(path)}\``;
  const where = formatPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const valid = validKeys(error.parentSchema);
      const guess = closest(key, valid);
      return {
        pos: map.key([...path, key]),
        message: `unknown key \`${key}\` in ${containerName(path)}`,
        hint: guess ? `did you mean \`${guess}\`?` : `valid keys here: ${valid.join(', ')}`,
      };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return {
        pos: map.entry(path),
        message: `missing required key \`${key}\` in ${containerName(path)}`,
        hint: key === 'version' ? 'add `version: 1` at the top of the file' : `add \`${key}: ...\``,
      };
    }
    case 'type': {
      if (path.length === 0) {
        return {
          pos: map.value(path),
          message: 'the configuration must be a mapping of keys such as `version:` and `tags:`',
          hint: 'start the file with `version: 1`',
        };
      }
      return {
        pos: map.value(path),
        message: `${name} must be ${expectedTypes(params['type'])}`,
        hint: `${where} is ${describeValue(error.data)}; ${typeHint(params['type'], error.data)}`,
      };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        pos: map.value(path),
        message: `${name} must be one of ${allowed.join(', ')}`,
        hint: guess ? `did you mean \`${guess}\`?` : `${where} is ${describeValue(error.data)}`,
      };
    }
    case 'const':
      return {
        pos: map.value(path),
        message: `${name} must be ${JSON.stringify(params['allowedValue'])}`,
        hint: `this tool reads format version ${JSON.stringify(params['allowedValue'])}; ${where} is ${describeValue(error.data)}`,
      };
    case 'format':
      return {
        pos: map.value(path),
        message: `${name} must be ${params['format'] === 'email' ? 'an email address' : `a valid ${String(params['format'])}`}`,
        hint: `${where} is ${describeValue(error.data)}`,
      };
    case 'minLength':
      return {
        pos: map.value(path),
        message: `${name} must not be empty`,
        hint: 'give it a value or remove the key',
      };
    case 'minimum':
    case 'maximum':
      return {
        pos: map.value(path),
        message: `${name} must be at ${error.keyword === 'minimum' ? 'least' : 'most'} ${String(params['limit'])}`,
        hint: `${where} is ${describeValue(error.data)}`,
      };
    case 'not':
      return notProblem(error, path, map);
    case 'anyOf':
      return anyOfProblem(error, path, map);
    default:
      return {
        pos: map.value(path),
        message: `${name} ${error.message ?? 'is invalid'}`,
        hint: `${where} is ${describeValue(error.data)}; see this key's description in schema/workspace.schema.json`,
      };
  }
}

function notProblem(error: ErrorObject, path: (string | number)[], map: SourceMap): Problem {
  const schema: unknown = error.schema;
  const keys =
    isRecord(schema) && Array.isArray(schema['required']) ? schema['required'].map(String) : [];
  if (keys.length < 2)
    return {
      pos: map.value(path),
      message: `${containerName(path)} is invalid`,
      hint: 'see schema/workspace.schema.json for what this entry accepts',
    };
  const last = keys[keys.length - 1] ?? '';
  return {
    pos: map.key([...path, last]),
    message: `${keys.map((k) => `\`${k}\``).join(' and ')} cannot both be given in ${containerName(path)}`,
    hint: 'keep only one: `body` for inline HTML, or `body_file` for a .md or .html file',
  };
}

function validKeys(schema: unknown): string[] {
  return isRecord(schema) && isRecord(schema['properties'])
    ? Object.keys(schema['properties'])
    : [];
}
