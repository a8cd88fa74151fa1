// A provider that stores nothing and calls nothing, so planner and apply tests exercise the
// algorithm alone. Desired objects are built inline; `parent` (a same- or other-kind key named
// by `parentKind`) becomes the scope and a reference, as collections and articles do.
import { emptyDesired } from '../support/desired.js';
import type { Desired, SourcePos } from '../../src/model/desired.js';
import type { FieldChange } from '../../src/model/change.js';
import type { DesiredObject, Fields, Kind, LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import type { IntercomClient } from '../../src/intercom/client-types.js';

export const pos = (line: number): SourcePos => ({ file: 'workspace.yaml', line, col: 3 });

export function want(
  kind: Kind,
  key: string,
  fields: Fields = {},
  extra: Partial<DesiredObject> & { parent?: string } = {},
): DesiredObject {
  const { parent, ...rest } = extra;
  return {
    kind,
    key,
    name: (fields.name as string | undefined) ?? key,
    previousNames: [],
    ensure: 'present',
    protect: false,
    fields,
    data: { parent },
    pos: pos(1),
    ...rest,
  };
}

export function live(
  kind: Kind,
  id: string,
  name: string,
  fields: Fields = {},
  scope?: string | null,
): LiveObject {
  return { kind, id, name, scope, fields: { name, ...fields }, raw: {} };
}

export interface FakeOptions {
  kind: Kind;
  parentKind?: Kind;
  desired: DesiredObject[];
  live: LiveObject[];
  hidden?: LiveObject[];
  lifecycle?: 'full' | 'update-only';
  caseInsensitive?: boolean;
  calls?: string[];
  failOn?: Set<string>;
  /** Objects a lost create turned out to have made, for findCreated. */
  created?: LiveObject[];
}

export function fakeProvider(o: FakeOptions): Provider {
  const parentOf = (d: DesiredObject): string | undefined => (d.data as { parent?: string }).parent;
  let next = 1000;
  return {
    kind: o.kind,
    dependsOn: o.parentKind && o.parentKind !== o.kind ? [o.parentKind] : [],
    lifecycle: o.lifecycle ?? 'full',
    caseInsensitiveNames: o.caseInsensitive ?? false,
    fromConfig: () => o.desired,
    audit: () => [],
    list: async () => o.live,
    findOne: o.hidden ? async (_c, d) => o.hidden!.find((h) => h.name === d.name) : undefined,
    desiredScope(d, refs) {
      const p = parentOf(d);
      return p === undefined || !o.parentKind ? undefined : refs.liveIdOfKey(o.parentKind, p);
    },
    references: (d) => {
      const p = parentOf(d);
      return p && o.parentKind ? [{ kind: o.parentKind, key: p }] : [];
    },
    diff(d, l) {
      const out: FieldChange[] = [];
      for (const [field, after] of Object.entries(d.fields)) {
        if (after === undefined) continue;
        const before = l?.fields[field];
        if (l && JSON.stringify(before) === JSON.stringify(after)) continue;
        out.push(l ? { field, before, after } : { field, after });
      }
      return out;
    },
    describe: (l) => [{ field: 'name', before: l.name }],
    read: async (_c, id) => o.live.find((l) => l.id === id),
    findCreated: async (_c, change) => o.created?.find((l) => l.name === change.desired.name),
    async create(_c, change, refs) {
      const p = parentOf(change.desired);
      const parentId = p && o.parentKind ? refs.idOf(o.parentKind, p) : undefined;
      o.calls?.push(`create ${change.key}${p ? ` in ${parentId}` : ''}`);
      if (o.failOn?.has(change.ref)) throw new Error(`boom ${change.key}`);
      return live(o.kind, String(next++), change.desired.name);
    },
    async update(_c, change) {
      o.calls?.push(`update ${change.key}`);
      if (o.failOn?.has(change.ref)) throw new Error(`boom ${change.key}`);
      return change.live;
    },
    async delete(_c, change) {
      o.calls?.push(`delete ${change.id}`);
      if (o.failOn?.has(change.ref)) throw new Error(`boom ${change.key}`);
    },
  };
}

export const desiredWith = (overrides: Partial<Desired> = {}): Desired =>
  emptyDesired({ configPath: '/tmp/workspace.yaml', ...overrides });

export const nullClient = {} as IntercomClient;
