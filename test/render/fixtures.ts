// Hand-built changes and plans, so each render test states only what it is about.
import type {
  CreateChange,
  DeleteChange,
  FieldChange,
  UpdateChange,
} from '../../src/model/change.js';
import type { DesiredObject, Kind, LiveObject } from '../../src/model/objects.js';
import type { Plan } from '../../src/planner/plan.js';

function desired(kind: Kind, key: string): DesiredObject {
  return {
    kind,
    key,
    name: key,
    previousNames: [],
    ensure: 'present',
    protect: false,
    fields: {},
    // Renderers never read a kind's typed entry.
    data: {} as DesiredObject['data'],
    pos: { file: 'workspace.yaml', line: 1, col: 1 },
  };
}

function live(kind: Kind, id: string, name: string): LiveObject {
  return { kind, id, name, fields: {}, raw: {} };
}

export function createChange(
  kind: Kind,
  key: string,
  fields: FieldChange[] = [],
  extra: Partial<CreateChange> = {},
): CreateChange {
  return {
    action: 'create',
    ref: `create:${kind}:${key}`,
    kind,
    key,
    message: `${kind} "${key}" will be created`,
    fields,
    dependsOn: [],
    requests: [],
    refersTo: [],
    desired: desired(kind, key),
    ...extra,
  };
}

export function updateChange(
  kind: Kind,
  key: string,
  id: string,
  fields: FieldChange[] = [],
  extra: Partial<UpdateChange> = {},
): UpdateChange {
  return {
    action: 'update',
    ref: `update:${kind}:${key}`,
    kind,
    key,
    id,
    message: `${kind} "${key}" (id ${id}) will be updated in place`,
    fields,
    dependsOn: [],
    requests: [],
    refersTo: [],
    desired: desired(kind, key),
    live: live(kind, id, key),
    ...extra,
  };
}

export function deleteChange(
  kind: Kind,
  key: string,
  id: string,
  extra: Partial<DeleteChange> = {},
): DeleteChange {
  return {
    action: 'delete',
    ref: `delete:${kind}:${key}`,
    kind,
    key,
    id,
    message: `${kind} "${key}" (id ${id}) will be deleted (prune.${kind === 'company' ? 'companies' : `${kind}s`} is on)`,
    fields: [],
    dependsOn: [],
    requests: [],
    refersTo: [],
    live: live(kind, id, key),
    reason: 'prune',
    ...extra,
  };
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    formatVersion: '1.0',
    createdAt: '2025-01-01T00:00:00.000Z',
    configPath: '/work/workspace.yaml',
    changes: [],
    unmanaged: [],
    summary: { create: 0, update: 0, delete: 0 },
    warnings: [],
    ids: {},
    liveCounts: {},
    ...overrides,
  };
}

/** Removes ANSI colour codes, to compare coloured output with its plain text. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

export const ESC = '\u001b[';
