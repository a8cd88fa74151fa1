// The JSON plan is a public contract: every document must validate against the published schema,
// keep `null` distinct from "absent", and never carry internal objects.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/planner/plan.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { createChange, deleteChange, makePlan, updateChange } from './fixtures.js';

const SCHEMA_PATH = new URL('../../schema/plan.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({
  strict: true,
  strictTypes: true,
  allowUnionTypes: true,
  allErrors: true,
});
addFormats.default(ajv);
const validate = ajv.compile(schema);

type Json = Record<string, unknown>;

function render(plan: Plan, kind?: 'plan' | 'drift'): Json {
  return JSON.parse(renderPlanJson(plan, kind ? { kind } : {})) as Json;
}

function changesOf(doc: Json): Json[] {
  return doc.changes as Json[];
}

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const renamed = updateChange('tag', 'beta-tester', '202', [
  { field: 'name', before: 'beta', after: 'beta-tester' },
]);
renamed.rename = { from: 'beta', to: 'beta-tester' };

const absent = { ...deleteChange('tag', 'legacy', '203'), reason: 'ensure-absent' as const };

const PLANS: Record<string, Plan> = {
  empty: makePlan(),
  create: makePlan({
    changes: [
      createChange('collection', 'integrations', [
        { field: 'name', after: 'Integrations' },
        { field: 'description', after: null },
      ]),
    ],
  }),
  update: makePlan({
    changes: [
      updateChange('article', 'welcome', '39', [
        { field: 'title', before: 'Welcome', after: 'Welcome to Acme' },
        { field: 'body', before: '<p>Hi</p>\n', after: '<p>Hello</p>\n', format: 'text' },
        { field: 'tags', before: [], after: ['vip', 'beta'] },
        { field: 'custom_attributes', before: { region: 'NA', size: 2 }, after: null },
      ]),
    ],
  }),
  rename: makePlan({ changes: [renamed] }),
  deletes: makePlan({
    changes: [
      { ...deleteChange('company', 'old-co', '5f1'), fields: [{ field: 'name', before: 'Old' }] },
      absent,
    ],
  }),
  unmanagedAndWarnings: makePlan({
    unmanaged: [{ kind: 'tag', id: '204', name: 'newsletter' }],
    warnings: [
      {
        pos: { file: 'help-center/welcome.md', line: 11, col: 1 },
        message: 'h3 heading will be turned into h2 by Intercom',
        hint: 'use # or ## headings',
        severity: 'warning',
      },
      { message: 'no position, no hint, no severity' },
    ],
  }),
};

describe('renderPlanJson: schema', () => {
  it.each(Object.entries(PLANS))(
    'the %s plan validates against schema/plan.schema.json',
    (_, plan) => {
      expectValid(render(plan));
      expectValid(render(plan, 'drift'));
    },
  );

  it('the schema rejects what the document must never contain', () => {
    const doc = render(PLANS.update!);
    expect(validate({ ...doc, extra: 1 })).toBe(false);
    expect(validate({ ...doc, format_version: '2.0' })).toBe(false);
    const create = changesOf(render(PLANS.create!))[0]!;
    const withBefore = { ...create, fields: [{ field: 'name', before: 'x', format: 'value' }] };
    expect(validate({ ...doc, changes: [withBefore] })).toBe(false);
    expect(validate({ ...doc, changes: [{ ...create, id: '1' }] })).toBe(false);
    const del = changesOf(render(PLANS.deletes!))[0]!;
    const { reason: _reason, ...withoutReason } = del;
    expect(validate({ ...doc, changes: [withoutReason] })).toBe(false);
    const withAfter = { ...del, fields: [{ field: 'name', after: 'x', format: 'value' }] };
    expect(validate({ ...doc, changes: [withAfter] })).toBe(false);
    expect(validate({ ...doc, changes: [{ ...changesOf(doc)[0], desired: {} }] })).toBe(false);
  });

  it('describes every property it declares', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'properties' || key === '$defs') && !path.includes('/allOf/')) {
          for (const [name, sub] of Object.entries(value as Json)) {
            if (typeof (sub as Json).description !== 'string')
              missing.push(`${path}/${key}/${name}`);
          }
        }
        walk(value, `${path}/${key}`);
      }
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });
});

describe('renderPlanJson: document', () => {
  it('is pretty-printed, ends with a newline, and starts with the version', () => {
    const text = renderPlanJson(PLANS.update!);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format_version": "1.0",\n  "kind": "plan",\n')).toBe(true);
  });

  it('keeps a fixed key order', () => {
    const doc = render(PLANS.deletes!);
    expect(Object.keys(doc)).toEqual([
      'format_version',
      'kind',
      'created_at',
      'config_path',
      'summary',
      'has_changes',
      'changes',
      'unmanaged',
      'warnings',
    ]);
    expect(Object.keys(doc.summary as Json)).toEqual(['create', 'update', 'delete', 'unmanaged']);
    expect(Object.keys(changesOf(doc)[0]!)).toEqual([
      'address',
      'action',
      'kind',
      'key',
      'id',
      'message',
      'reason',
      'depends_on',
      'ref',
      'fields',
      'requests',
      'refers_to',
    ]);
  });

  it('maps the plan header, summary and kind', () => {
    const doc = render(PLANS.deletes!, 'drift');
    expect(doc).toMatchObject({
      kind: 'drift',
      created_at: '2025-01-01T00:00:00.000Z',
      config_path: '/work/workspace.yaml',
      summary: { create: 0, update: 0, delete: 2, unmanaged: 0 },
      has_changes: true,
    });
    expect(render(PLANS.empty!)).toMatchObject({
      summary: { create: 0, update: 0, delete: 0, unmanaged: 0 },
      has_changes: false,
      changes: [],
    });
  });

  it('gives a create a null id, no reason, no before, and keeps an explicit null after', () => {
    const [change] = changesOf(render(PLANS.create!));
    expect(change).toEqual({
      address: 'collection "integrations"',
      action: 'create',
      kind: 'collection',
      key: 'integrations',
      id: null,
      message: 'collection "integrations" will be created',
      depends_on: [],
      ref: 'create:collection:integrations',
      fields: [
        { field: 'name', after: 'Integrations', format: 'value' },
        { field: 'description', after: null, format: 'value' },
      ],
      requests: [],
      refers_to: [],
    });
  });

  it('carries the exact requests, placeholders included, and what they refer to', () => {
    const plan = structuredClone(PLANS.create!);
    const change = plan.changes[0]!;
    change.requests = [
      {
        method: 'POST',
        path: '/help_center/collections',
        body: {
          name: 'Integrations',
          parent_id: { known_after_apply: 'create:collection:x', as: 'string' },
        },
      },
    ];
    change.refersTo = [{ kind: 'admin', id: '7' }];
    const [doc] = changesOf(render(plan));
    expect(doc!.requests).toEqual(change.requests);
    expect(doc!.refers_to).toEqual([{ kind: 'admin', id: '7' }]);
    expect(validate(JSON.parse(renderPlanJson(plan)))).toBe(true);
  });

  it('copies update values exactly, text format included', () => {
    const [change] = changesOf(render(PLANS.update!));
    expect(change!.id).toBe('39');
    expect(change).not.toHaveProperty('reason');
    expect(change).not.toHaveProperty('renamed_from');
    expect(change!.fields).toEqual([
      { field: 'title', before: 'Welcome', after: 'Welcome to Acme', format: 'value' },
      { field: 'body', before: '<p>Hi</p>\n', after: '<p>Hello</p>\n', format: 'text' },
      { field: 'tags', before: [], after: ['vip', 'beta'], format: 'value' },
      {
        field: 'custom_attributes',
        before: { region: 'NA', size: 2 },
        after: null,
        format: 'value',
      },
    ]);
  });

  it('omits before when an update sets a field for the first time', () => {
    const plan = makePlan({
      changes: [updateChange('tag', 't', '1', [{ field: 'description', after: 'new' }])],
    });
    const [field] = changesOf(render(plan))[0]!.fields as Json[];
    expect(field).toEqual({ field: 'description', after: 'new', format: 'value' });
  });

  it('reports a rename as renamed_from', () => {
    const [change] = changesOf(render(PLANS.rename!));
    expect(change!.renamed_from).toBe('beta');
    expect(change!.action).toBe('update');
  });

  it('gives deletes their reason and omits after', () => {
    const [pruned, ensured] = changesOf(render(PLANS.deletes!));
    expect(pruned).toMatchObject({ reason: 'prune', id: '5f1' });
    expect(pruned!.fields).toEqual([{ field: 'name', before: 'Old', format: 'value' }]);
    expect(ensured).toMatchObject({ reason: 'ensure-absent', id: '203' });
  });

  it('drops a before on create and an after on delete even from a hand-edited plan', () => {
    const plan = makePlan({
      changes: [
        { ...deleteChange('tag', 'a', '1'), fields: [{ field: 'name', before: 'a', after: 'b' }] },
        createChange('tag', 'b', [{ field: 'name', before: 'a', after: 'b' }]),
      ],
    });
    const doc = render(plan);
    expectValid(doc);
    expect(changesOf(doc).map((c) => c.fields)).toEqual([
      [{ field: 'name', before: 'a', format: 'value' }],
      [{ field: 'name', after: 'b', format: 'value' }],
    ]);
  });

  it('lists unmanaged objects and warnings with every key present', () => {
    const doc = render(PLANS.unmanagedAndWarnings!);
    expect(doc.unmanaged).toEqual([{ kind: 'tag', id: '204', name: 'newsletter' }]);
    expect(doc.summary).toMatchObject({ unmanaged: 1 });
    expect(doc.warnings).toEqual([
      {
        file: 'help-center/welcome.md',
        line: 11,
        column: 1,
        severity: 'warning',
        message: 'h3 heading will be turned into h2 by Intercom',
        hint: 'use # or ## headings',
      },
      {
        file: null,
        line: null,
        column: null,
        severity: 'error',
        message: 'no position, no hint, no severity',
        hint: null,
      },
    ]);
  });

  it('carries dependencies as refs', () => {
    const article = createChange('article', 'slack');
    article.dependsOn = ['create:collection:integrations'];
    const [change] = changesOf(render(makePlan({ changes: [article] })));
    expect(change!.depends_on).toEqual(['create:collection:integrations']);
  });

  it('contains no internal data: no desired, live, raw, data or ids', () => {
    const secretive = updateChange('company', 'acme', 'c1', [
      { field: 'plan', before: 'a', after: 'b' },
    ]);
    (secretive.desired as { data: unknown }).data = { secret: 'DESIRED-DATA-ONLY' };
    secretive.live.raw = { token: 'RAW-ONLY' };
    secretive.live.fields = { hidden: 'LIVE-FIELDS-ONLY' };
    const plan = makePlan({ changes: [secretive], ids: { company: { acme: 'IDS-MAP-ONLY' } } });
    const text = renderPlanJson(plan);
    for (const leak of ['DESIRED-DATA-ONLY', 'RAW-ONLY', 'LIVE-FIELDS-ONLY', 'IDS-MAP-ONLY']) {
      expect(text).not.toContain(leak);
    }
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) (keys.add(key), walk(value));
    };
    walk(JSON.parse(text));
    for (const internal of [
      'desired',
      'live',
      'raw',
      'data',
      'ids',
      'formatVersion',
      'dependsOn',
    ]) {
      expect(keys).not.toContain(internal);
    }
  });

  it('is deterministic', () => {
    expect(renderPlanJson(PLANS.update!)).toBe(renderPlanJson(PLANS.update!));
  });
});
