// Every kind turns its typed config entry into the planner's generic DesiredObject the same way;
// only the key, name and fields differ, so the shared part is built once here.
import type { Ensure, SourcePos } from '../model/desired.js';
import type { FieldChange } from '../model/change.js';
import type { DesiredData, DesiredObject, Fields, Kind } from '../model/objects.js';

interface DeclaredEntry {
  id?: string;
  ensure?: Ensure;
  protect?: boolean;
  previousNames?: string[];
  pos: SourcePos;
}

export function desiredObject<K extends Kind>(
  kind: K,
  entry: DesiredData[K],
  identity: { key: string; name: string; fields: Fields; data?: DesiredData[K] },
): DesiredObject<K> {
  const declared: DeclaredEntry = entry;
  return {
    kind,
    key: identity.key,
    name: identity.name,
    previousNames: declared.previousNames ?? [],
    ...(declared.id !== undefined ? { id: declared.id } : {}),
    ensure: declared.ensure ?? 'present',
    protect: declared.protect ?? false,
    fields: identity.fields,
    data: identity.data ?? entry,
    pos: declared.pos,
  };
}

/** The name field shown when a live object is deleted. */
export function describeName(field: string, value: string | null | undefined): FieldChange[] {
  return [{ field, before: value ?? null }];
}

/** Intercom ids arrive as strings or numbers; the model always holds strings. */
export function idString(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Intercom answers '' or null for an unset description; both mean "none". */
export function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
