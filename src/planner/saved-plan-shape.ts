// A saved plan is run as written, so a file that only looks like one must be refused before any
// request is sent: a hand edit or a truncated copy could otherwise delete the wrong object. This
// checks the structure `apply` relies on and names the first thing that is wrong, as a path
// inside the file (e.g. `plan.changes[3].live.id`).
import { KIND_ORDER } from '../model/objects.js';

type Check = (value: unknown, at: string) => string | undefined;

/** `plan.changes[3]`: a member path inside the file; the root is ''. */
const member = (at: string, key: string): string => (at === '' ? key : `${at}.${key}`);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check = (v, at) => (typeof v === 'string' ? undefined : `${at} is not a string`);
const number: Check = (v, at) => (typeof v === 'number' ? undefined : `${at} is not a number`);
const record: Check = (v, at) => (isRecord(v) ? undefined : `${at} is not an object`);
const array: Check = (v, at) => (Array.isArray(v) ? undefined : `${at} is not a list`);
const oneOf =
  (allowed: readonly string[]): Check =>
  (v, at) =>
    typeof v === 'string' && allowed.includes(v)
      ? undefined
      : `${at} is not one of ${allowed.join(', ')}`;
const listOf =
  (item: Check): Check =>
  (v, at) =>
    array(v, at) ?? firstOf((v as unknown[]).map((x, i) => () => item(x, `${at}[${i}]`)));
const valuesOf =
  (item: Check): Check =>
  (v, at) =>
    record(v, at) ??
    firstOf(
      Object.entries(v as Record<string, unknown>).map(
        ([k, x]) =>
          () =>
            item(x, member(at, k)),
      ),
    );

/** An object with these members, each checked in turn; absent members are reported as missing. */
const shape =
  (members: Record<string, Check>): Check =>
  (v, at) =>
    record(v, at) ??
    firstOf(
      Object.entries(members).map(([k, check]) => () => {
        const value = (v as Record<string, unknown>)[k];
        const where = member(at, k);
        return value === undefined ? `${where} is missing` : check(value, where);
      }),
    );

function firstOf(checks: (() => string | undefined)[]): string | undefined {
  for (const c of checks) {
    const problem = c();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

const kind = oneOf(KIND_ORDER);
const live = shape({ kind, id: string, name: string, fields: record });
const desired = shape({ kind, key: string, name: string, fields: record });
const method = oneOf(['POST', 'PUT', 'DELETE']);
const request = shape({ method, path: string });
const base = {
  ref: string,
  kind,
  key: string,
  message: string,
  fields: listOf(record),
  dependsOn: listOf(string),
  requests: listOf(request),
  refersTo: listOf(shape({ kind, id: string })),
};

const change: Check = (v, at) => {
  const action = shape({ action: oneOf(['create', 'update', 'delete']) })(v, at);
  if (action !== undefined) return action;
  const a = (v as { action: string }).action;
  if (a === 'create') return shape({ ...base, desired })(v, at);
  if (a === 'update') return shape({ ...base, id: string, desired, live })(v, at);
  return shape({ ...base, id: string, live, reason: string })(v, at);
};

const plan = shape({
  formatVersion: string,
  createdAt: string,
  configPath: string,
  changes: listOf(change),
  unmanaged: listOf(shape({ kind, id: string, name: string })),
  summary: shape({ create: number, update: number, delete: number }),
  warnings: array,
  ids: valuesOf(valuesOf(string)),
});

const savedPlan = shape({
  created_at: string,
  config: shape({ path: string, sha256: string }),
  target: string,
  fingerprints: valuesOf(string),
  plan_sha256: string,
  plan,
});

/** The first structural problem of a saved plan (kind and version are checked before), if any. */
export function savedPlanProblem(value: unknown): string | undefined {
  return savedPlan(value, '');
}
