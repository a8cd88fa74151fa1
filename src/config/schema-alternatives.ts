// The schema says "this or that" in two ways: `if`/`then`/`else` (an entry marked `ensure: absent`
// needs only its identity) and `anyOf` (its name or its id). ajv reports each with a summary
// error besides the errors inside; the user needs one problem per entry, naming the alternatives.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Problem } from '../errors/problem.js';
import { containerName, isRecord } from './data-path.js';
import type { SourceMap } from './source-map.js';

/**
 * `if` only says its `then` or `else` failed, which reports itself; each branch of an `anyOf`
 * (`title` missing, `id` missing) is said once by the `anyOf` error as "`title` or `id`".
 */
export function isSummaryOrBranch(error: ErrorObject, errors: ErrorObject[]): boolean {
  if (error.keyword === 'if') return true;
  return errors.some(
    (e) =>
      e.keyword === 'anyOf' &&
      e.instancePath === error.instancePath &&
      error.schemaPath.startsWith(`${e.schemaPath}/`),
  );
}

/** The key a `required` error misses, or the alternatives of an `anyOf` of `required`s. */
export function missingKeys(error: ErrorObject): string[] {
  if (error.keyword === 'required') {
    return [String((error.params as Record<string, unknown>)['missingProperty'])];
  }
  if (error.keyword !== 'anyOf' || !Array.isArray(error.schema)) return [];
  return error.schema.flatMap((branch: unknown) =>
    isRecord(branch) && Array.isArray(branch['required']) ? branch['required'].map(String) : [],
  );
}

/** An `ensure: absent` entry without any of the keys that identify it. */
export function anyOfProblem(
  error: ErrorObject,
  path: (string | number)[],
  map: SourceMap,
): Problem {
  const keys = missingKeys(error);
  const absent = isRecord(error.data) && error.data['ensure'] === 'absent';
  return {
    pos: map.entry(path),
    message: `missing required key ${keys.map((k) => `\`${k}\``).join(' or ')} in ${containerName(path)}`,
    hint:
      `add ${keys.map((k) => `\`${k}: ...\``).join(' or ')}` +
      (absent ? '; an entry marked `ensure: absent` needs nothing else' : ''),
  };
}
