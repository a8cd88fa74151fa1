// A provider that stores nothing and calls nothing, so planner and apply tests exercise the
// algorithm alone. Desired objects are built inline; `parent` (a same- or other-kind key named
// by `parentKind`) becomes the scope and a reference, as collections and articles do, and its
// create request names the parent through the planner's RequestRefs (a live id, or a
// placeholder for a create in the same apply). FakeApi is the workspace those requests go to.
import { emptyDesired } from '../support/desired.js';
import type { Desired, SourcePos } from '../../src/model/desired.js';
import type { FieldChange } from '../../src/model/change.js';
import type { DesiredObject, Fields, Kind, LiveObject } from '../../src/model/objects.js';
import type { PlannedRequest, RequestValue } from '../../src/model/request.js';
import { KINDS } from '../../src/model/kinds.js';
import type { Provider } from '../../src/providers/provider.js';
import type { IntercomClient, RequestStats } from '../../src/intercom/client-types.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';

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
    // The fake reads only `parent`; the real kinds' typed entries do not matter here.
    data: { parent } as unknown as DesiredObject['data'],
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
  /** What `list` reads; share the array with a FakeApi's workspace to see its writes. */
  live: LiveObject[];
  hidden?: LiveObject[];
  /**
   * What the test relies on about the kind. The kind table (model/kinds.ts) decides, not the
   * provider, so these only assert that KINDS agrees.
   */
  lifecycle?: 'full' | 'update-only';
  caseInsensitive?: boolean;
  /** Objects a lost create turned out to have made, for findCreated (besides `live`). */
  created?: LiveObject[];
}

/** The path of the fake API's objects of one kind. */
export const fakePath = (kind: Kind, id?: string): string =>
  id === undefined ? `/fake/${kind}` : `/fake/${kind}/${id}`;

export function fakeProvider(o: FakeOptions): Provider {
  const facts = KINDS[o.kind];
  if (o.lifecycle !== undefined && o.lifecycle !== facts.lifecycle) {
    throw new Error(`KINDS says ${o.kind} is ${facts.lifecycle}, the test wants ${o.lifecycle}`);
  }
  if (o.caseInsensitive !== undefined && o.caseInsensitive !== facts.caseInsensitiveNames) {
    throw new Error(`KINDS disagrees about the case of ${o.kind} names`);
  }
  const parentOf = (d: DesiredObject): string | undefined => (d.data as { parent?: string }).parent;
  const norm = (s: string): string => (facts.caseInsensitiveNames ? s.toLowerCase() : s);
  const after = (fields: FieldChange[]): { [key: string]: RequestValue } =>
    Object.fromEntries(fields.flatMap((f) => (f.after === undefined ? [] : [[f.field, f.after]])));
  return {
    kind: o.kind,
    dependsOn: o.parentKind && o.parentKind !== o.kind ? [o.parentKind] : [],
    fromConfig: () => o.desired,
    audit: () => [],
    list: async () => [...o.live],
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
      for (const [field, value] of Object.entries(d.fields)) {
        if (value === undefined) continue;
        const before = l?.fields[field];
        if (l && JSON.stringify(before) === JSON.stringify(value)) continue;
        out.push(l ? { field, before, after: value } : { field, after: value });
      }
      return out;
    },
    describe: (l) => [{ field: 'name', before: l.name }],
    requests(change, refs): PlannedRequest[] {
      if (change.action === 'delete') {
        return [{ method: 'DELETE', path: fakePath(o.kind, change.id) }];
      }
      const body = { ...after(change.fields), name: change.desired.name };
      if (change.action === 'update') {
        return [{ method: 'PUT', path: fakePath(o.kind, change.id), body }];
      }
      const p = parentOf(change.desired);
      const parent = p && o.parentKind ? { parent_id: refs.idOf(o.parentKind, p, 'string') } : {};
      return [{ method: 'POST', path: fakePath(o.kind), body: { ...body, ...parent } }];
    },
    read: async (_c, id) => o.live.find((l) => l.id === id),
    // Scoped as the sent request was, like the real collections and articles.
    findCreated: async (_c, change, sent) => {
      const parent = sent.body?.parent_id;
      return [...(o.created ?? []), ...o.live].find(
        (l) =>
          norm(l.name) === norm(change.desired.name) &&
          (parent === undefined || String(l.scope) === String(parent)),
      );
    },
  };
}

export const desiredWith = (overrides: Partial<Desired> = {}): Desired =>
  emptyDesired({ configPath: '/tmp/workspace.yaml', ...overrides });

/** For planning only: the fake providers never use the client. */
export const nullClient = {} as IntercomClient;

/**
 * What one write meets: 'ok' is carried out; an Error is thrown with nothing done; `applied`
 * is carried out and then its answer is lost (the error is thrown instead); `answer` is a 2xx
 * answer with that body and nothing done.
 */
export type Step = 'ok' | Error | { applied: Error } | { answer: unknown };

export interface FakeApiOptions {
  /** The live objects per kind, shared with the fake providers' `live`: writes change them. */
  workspace?: Partial<Record<Kind, LiveObject[]>>;
  /** Every write, as `create NAME`, `create NAME in PARENT_ID`, `update NAME` or `delete ID`. */
  calls?: string[];
  /** Writes (as `calls` logs them) that fail with `boom <write>`, nothing done. */
  failOn?: Iterable<string>;
  /** The outcome of each create, update and delete in turn; an exhausted list answers 'ok'. */
  script?: Partial<Record<'create' | 'update' | 'delete', Step[]>>;
  /** Awaited by every write before it is carried out. */
  pause?: () => Promise<void>;
}

/**
 * The workspace behind the fake providers' requests: POST /fake/KIND creates (ids numbered from
 * 1000 in creation order), PUT /fake/KIND/ID updates, DELETE /fake/KIND/ID deletes (404 when
 * gone). Reads are the providers' business and are refused.
 */
export class FakeApi implements IntercomClient {
  readonly calls: string[];
  private next = 1000;
  private readonly failOn: Set<string>;

  constructor(private readonly o: FakeApiOptions = {}) {
    this.calls = o.calls ?? [];
    this.failOn = new Set(o.failOn ?? []);
  }

  private store(kind: Kind): LiveObject[] | undefined {
    return this.o.workspace?.[kind];
  }

  private async write(
    op: 'create' | 'update' | 'delete',
    call: string,
    carryOut: () => unknown,
  ): Promise<unknown> {
    await this.o.pause?.();
    this.calls.push(call);
    if (this.failOn.has(call)) throw new Error(`boom ${call}`);
    const step = this.o.script?.[op]?.shift() ?? 'ok';
    if (step instanceof Error) throw step;
    if (step !== 'ok' && 'answer' in step) return step.answer;
    const answer = carryOut();
    if (step !== 'ok') throw step.applied;
    return answer;
  }

  async post<T>(path: string, body?: unknown): Promise<T> {
    const kind = kindOf(path);
    const {
      parent_id: parent,
      name,
      ...fields
    } = body as {
      name: string;
      parent_id?: string;
    } & Fields;
    const call = `create ${name}${parent !== undefined ? ` in ${parent}` : ''}`;
    return (await this.write('create', call, () => {
      const id = String(this.next++);
      this.store(kind)?.push(live(kind, id, name, fields, parent ?? null));
      return { type: kind, id, name };
    })) as T;
  }

  async put<T>(path: string, body: unknown): Promise<T> {
    const [kind, id] = [kindOf(path), path.split('/')[3]!];
    const { name, ...fields } = body as { name: string } & Fields;
    return (await this.write('update', `update ${name}`, () => {
      const store = this.store(kind);
      const i = store?.findIndex((l) => l.id === id) ?? -1;
      if (store && i >= 0) {
        const old = store[i]!;
        store[i] = { ...old, name, fields: { ...old.fields, ...fields, name } };
      }
      return { type: kind, id, name };
    })) as T;
  }

  async delete<T>(path: string): Promise<T | undefined> {
    const [kind, id] = [kindOf(path), path.split('/')[3]!];
    return (await this.write('delete', `delete ${id}`, () => {
      const store = this.store(kind);
      const i = store?.findIndex((l) => l.id === id) ?? -1;
      if (store && i < 0) {
        throw new IntercomApiError({ status: 404, method: 'DELETE', path, code: 'not_found' });
      }
      if (store) store.splice(i, 1);
      return { id, deleted: true };
    })) as T;
  }

  get<T>(path: string): Promise<T> {
    return Promise.reject(new Error(`FakeApi: GET ${path} is not part of the fake`));
  }
  listPages<T>(path: string): Promise<T[]> {
    return Promise.reject(new Error(`FakeApi: GET ${path} is not part of the fake`));
  }
  scrollCompanies<T>(): Promise<T[]> {
    return Promise.reject(new Error('FakeApi: the company scroll is not part of the fake'));
  }
  stats(): RequestStats {
    return { requests: this.calls.length, retries: 0, byRoute: {} };
  }
}

function kindOf(path: string): Kind {
  const [, fake, kind] = path.split('/');
  if (fake !== 'fake' || kind === undefined || !(kind in KINDS)) {
    throw new Error(`FakeApi: ${path} is not a fake path`);
  }
  return kind as Kind;
}
