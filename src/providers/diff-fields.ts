// Every provider diffs the same way, so the rule "a desired field that is undefined is not
// managed" lives in one place: an unmanaged field never shows up in a plan and is never sent.
// Fields come out in the desired object's key order, which each provider builds in a fixed
// order, so plans read the same on every run.
import type { FieldChange } from '../model/change.js';
import type { FieldValue, Fields } from '../model/objects.js';

export interface DiffOptions {
  /** Fields shown as a unified line diff (article bodies). */
  textFields?: readonly string[];
}

/**
 * Field changes from `live` to `desired`. With `live` undefined (a create) every managed field
 * is listed with only `after`. A field missing on the live side compares as `null`.
 */
export function diffFields(
  desired: Fields,
  live: Fields | undefined,
  options: DiffOptions = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, after] of Object.entries(desired)) {
    if (after === undefined) continue;
    const format = options.textFields?.includes(field) ? { format: 'text' as const } : {};
    if (live === undefined) {
      changes.push({ field, after, ...format });
      continue;
    }
    const before = live[field] ?? null;
    if (!sameValue(before, after)) changes.push({ field, before, after, ...format });
  }
  return changes;
}

/** Structural equality for field values (arrays in order, flat objects by key). */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => v === b[i]);
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
