// Collections become keys and folders. A key is the slug of the name, made unique by prefixing
// the parent's key and then by a number; a collection's folder is its parents' keys and its own,
// so `help-center/getting-started/billing/` holds the articles of `billing`, which is what the
// config's folder rule (a folder's name is a collection key) reads back.
import type { ApiCollection } from '../intercom/api-types.js';
import type { LiveObject } from '../model/objects.js';
import { slugify } from '../config/slug.js';

export interface CollectionEntry {
  live: LiveObject;
  raw: ApiCollection;
  key: string;
  /** Parent key; null at the top level; undefined when the parent is not exported. */
  parent: string | null | undefined;
  /** Folder under help-center/, `/`-separated. */
  folder: string;
}

export function layoutCollections(live: LiveObject[]): CollectionEntry[] {
  const byParent = new Map<string | null, LiveObject[]>();
  const ids = new Set(live.map((l) => l.id));
  for (const l of live) {
    const parent = l.scope != null && ids.has(l.scope) ? l.scope : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), l]);
  }
  const used = new Set<string>();
  const out: CollectionEntry[] = [];
  const visit = (parent: CollectionEntry | undefined): void => {
    for (const l of sorted(byParent.get(parent?.live.id ?? null) ?? [])) {
      const key = uniqueKey(l, parent?.key, used);
      const entry: CollectionEntry = {
        live: l,
        raw: l.raw as ApiCollection,
        key,
        parent: parent ? parent.key : l.scope == null ? null : undefined,
        folder: parent ? `${parent.folder}/${key}` : key,
      };
      out.push(entry);
      visit(entry);
    }
  };
  visit(undefined);
  return out;
}

function uniqueKey(l: LiveObject, parentKey: string | undefined, used: Set<string>): string {
  const base = slugify(l.name) || `collection-${l.id}`;
  const candidates = [base, ...(parentKey ? [`${parentKey}-${base}`] : [])];
  let key = candidates.find((c) => !used.has(c));
  for (let n = 2; key === undefined; n++) {
    if (!used.has(`${candidates.at(-1)}-${n}`)) key = `${candidates.at(-1)}-${n}`;
  }
  used.add(key);
  return key;
}

/** Intercom's own order among siblings, then name, then id: stable across exports. */
function sorted(list: LiveObject[]): LiveObject[] {
  const order = (l: LiveObject): number => (l.raw as ApiCollection).order ?? 0;
  return [...list].sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      Number(a.id) - Number(b.id),
  );
}
