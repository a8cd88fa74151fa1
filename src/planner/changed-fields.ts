// When a saved plan's object changed behind the tool's back, the user needs to know which of its
// fields did, to decide between re-planning and skipping. Values are compared as canonical JSON,
// and a field that is absent on one side and undefined on the other is no difference (a saved
// plan drops undefined members).
import type { LiveObject } from '../model/objects.js';
import { canonicalJson } from './canonical-json.js';

/** Names of the fields that differ, in the order the object lists them; `name` when the natural key changed. */
export function changedFields(before: LiveObject, after: LiveObject): string[] {
  const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])];
  const changed = keys.filter(
    (k) => canonicalJson(before.fields[k]) !== canonicalJson(after.fields[k]),
  );
  if (before.name !== after.name && !changed.includes('name')) changed.unshift('name');
  if ((before.scope ?? null) !== (after.scope ?? null) && changed.length === 0)
    changed.push('scope');
  return changed;
}
