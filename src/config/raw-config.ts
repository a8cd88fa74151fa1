// The cross-reference checks run even when the schema found errors, so that one run reports
// everything. They therefore read the data through this lenient view, which never assumes the
// schema held: a field of the wrong type simply reads as absent.
import { isRecord } from './data-path.js';
import { pinnedName } from './pinned-name.js';
import { slugify } from './slug.js';

export type Kind = 'tags' | 'collections' | 'articles' | 'companies' | 'admins';

export interface RawEntry {
  kind: Kind;
  index: number;
  fields: Record<string, unknown>;
}

export type RawConfig = Record<Kind, RawEntry[]>;

const KINDS: Kind[] = ['tags', 'collections', 'articles', 'companies', 'admins'];

export function rawConfig(root: unknown): RawConfig {
  const out = {} as RawConfig;
  for (const kind of KINDS) {
    const list = isRecord(root) ? root[kind] : undefined;
    out[kind] = [];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      if (isRecord(item)) out[kind].push({ kind, index, fields: item });
    });
  }
  return out;
}

/** A string field; ids written as integers read as their decimal text. */
export function text(entry: RawEntry, field: string): string | undefined {
  const value = entry.fields[field];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return undefined;
}

export function strings(entry: RawEntry, field: string): { value: string; index: number }[] {
  const value = entry.fields[field];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown, index) => (typeof v === 'string' ? [{ value: v, index }] : []));
}

export function isAbsent(entry: RawEntry): boolean {
  return entry.fields['ensure'] === 'absent';
}

/** The name, title or company_id; `#<id>` for an entry identified by its id pin alone. */
export function identityName(entry: RawEntry, field: string): string | undefined {
  const name = text(entry, field);
  if (name !== undefined) return name;
  const id = text(entry, 'id');
  return id !== undefined && isAbsent(entry) ? pinnedName(id) : undefined;
}

/** The local handle: `key`, else a slug of the name or title. Undefined if neither gives one. */
export function entryKey(entry: RawEntry): string | undefined {
  const explicit = text(entry, 'key');
  if (explicit !== undefined) return explicit;
  const field = nameField(entry);
  const source = text(entry, field);
  if (source === undefined) return identityName(entry, field);
  const slug = slugify(source);
  return slug === '' ? undefined : slug;
}

/** Which field a derived key came from, to point at it when the key is wrong. */
export function keySourceField(entry: RawEntry): string {
  if (text(entry, 'key') !== undefined) return 'key';
  const field = nameField(entry);
  return text(entry, field) === undefined && text(entry, 'id') !== undefined ? 'id' : field;
}

function nameField(entry: RawEntry): string {
  return entry.kind === 'articles' ? 'title' : 'name';
}
