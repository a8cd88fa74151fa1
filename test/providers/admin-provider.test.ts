import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createAdminProvider } from '../../src/providers/admins/admin-provider.js';
import type { DesiredAdmin } from '../../src/model/desired.js';
import type { LiveObject } from '../../src/model/objects.js';
import { UserError } from '../../src/errors/user-error.js';
import { KINDS } from '../../src/model/kinds.js';
import { FakeClient } from './fake-client.js';
import { desired, planRefs, pos, requestRefs } from './refs-fixture.js';
import { createDraft, deleteDraft, send, updateChange, updateDraft } from './changes.js';
import { specAdminAway, specAdmins, specReasons } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const refs = planRefs();
const workspace = () =>
  new FakeClient()
    .on('GET', '/admins', { type: 'admin.list', admins: [...specAdmins, specAdminAway] })
    .on('GET', '/away_status_reasons', { type: 'list', data: specReasons });
const admin = (a: Partial<DesiredAdmin> = {}) => ({
  email: 'Admin2@Email.com',
  away: true,
  reassign: true,
  pos,
  ...a,
});
const fromConfig = (a: Partial<DesiredAdmin> = {}) =>
  createAdminProvider().fromConfig(desired({ admins: [admin(a)] }))[0]!;

async function listed(): Promise<{
  provider: ReturnType<typeof createAdminProvider>;
  live: LiveObject[];
  client: FakeClient;
}> {
  const provider = createAdminProvider();
  const client = workspace();
  return { provider, live: await provider.list(client), client };
}

describe('admin provider', () => {
  it('is update-only and has no request to create or delete', async () => {
    const provider = createAdminProvider();
    expect(KINDS.admin.lifecycle).toBe('update-only');
    const create = createDraft(provider, fromConfig(), refs);
    expect(() => provider.requests(create, requestRefs(create.ref))).toThrow(/cannot be created/);
    const { live } = await listed();
    const remove = deleteDraft(provider, live[0]!, refs);
    expect(() => provider.requests(remove, requestRefs(remove.ref))).toThrow(/cannot be deleted/);
  });

  it('lists admins with the reason label, whether its id came as a string or an integer', async () => {
    const { live, client } = await listed();
    expect(client.requests.map((r) => r.path).sort()).toEqual(['/admins', '/away_status_reasons']);
    expect(live.map(({ raw: _raw, ...rest }) => rest)).toEqual([
      {
        kind: 'admin',
        id: '991267466',
        name: 'admin7@email.com',
        fields: { away: false, reassign: false, reason: null },
      },
      {
        kind: 'admin',
        id: '991267460',
        name: 'admin2@email.com',
        fields: { away: true, reassign: true, reason: 'On a break' },
      },
    ]);
    const provider = createAdminProvider();
    const numeric = workspace().on('GET', '/admins', {
      type: 'admin.list',
      admins: [{ ...specAdminAway, away_status_reason_id: 12346 }],
    });
    expect((await provider.list(numeric))[0]!.fields.reason).toBe('On holiday');
    const unknown = workspace().on('GET', '/admins', {
      type: 'admin.list',
      admins: [{ ...specAdminAway, away_status_reason_id: 1 }],
    });
    expect((await createAdminProvider().list(unknown))[0]!.fields.reason).toBe('reason #1');
  });

  it('keys admins by lower-case email; reason unmanaged when undefined or when not away', () => {
    expect(fromConfig()).toMatchObject({
      key: 'admin2@email.com',
      name: 'admin2@email.com',
      fields: { away: true, reassign: true, reason: undefined },
    });
    expect(fromConfig({ reason: null }).fields.reason).toBeNull();
    expect(fromConfig({ away: false, reason: 'On a break' }).fields.reason).toBeUndefined();
  });

  it.each([
    ['no change', { reason: 'On a break' }, []],
    ['reason unmanaged', {}, []],
    ['away off', { away: false, reassign: true }, [{ field: 'away', before: true, after: false }]],
    [
      'reassign off (a declared default)',
      { reassign: false },
      [{ field: 'reassign', before: true, after: false }],
    ],
    [
      'another reason',
      { reason: 'On holiday' },
      [{ field: 'reason', before: 'On a break', after: 'On holiday' }],
    ],
    ['no reason', { reason: null }, [{ field: 'reason', before: 'On a break', after: null }]],
  ])('diffs %s', async (_what, want, fields) => {
    const { provider, live } = await listed();
    expect(provider.diff(fromConfig(want), live[1], refs)).toEqual(fields);
  });

  it('sends both booleans every time and the reason id as an integer', async () => {
    const { provider, live } = await listed();
    const change = updateChange(provider, fromConfig({ reason: 'On holiday' }), live[1]!, refs);
    const body = {
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 12346,
    };
    expect(change.requests).toEqual([{ method: 'PUT', path: '/admins/991267460/away', body }]);
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('PUT', '/admins/991267460/away', specAdminAway);
    expect(await send(provider, client, change)).toEqual({ id: '991267460', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/admins/991267460/away', body],
    ]);
  });

  it('sends no reason when not away, even if one is written', async () => {
    const { provider, live } = await listed();
    const change = updateChange(
      provider,
      fromConfig({ away: false, reassign: false, reason: 'On holiday' }),
      live[1]!,
      refs,
    );
    expect(change.requests[0]!.body).toEqual({
      away_mode_enabled: false,
      away_mode_reassign: false,
    });
    const client = new FakeClient().on('PUT', '/admins/991267460/away', specAdminAway);
    await send(provider, client, change);
    expect(client.requests[0]!.body).toEqual({
      away_mode_enabled: false,
      away_mode_reassign: false,
    });
  });

  it('resolves the reason at plan time, so a saved plan applies without reading the reasons', async () => {
    const { provider, live } = await listed();
    const planned = updateChange(provider, fromConfig({ reason: 'on holiday' }), live[1]!, refs);
    // Through JSON, as `apply FILE` gets it, and with a fresh provider, as in a new process.
    const saved = JSON.parse(JSON.stringify(planned)) as typeof planned;
    const client = new FakeClient().on('PUT', '/admins/991267460/away', specAdminAway);
    await send(createAdminProvider(), client, saved);
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /admins/991267460/away',
    ]);
    expect(client.requests[0]!.body).toMatchObject({ away_status_reason_id: 12346 });
  });

  it('reports an unknown or deleted reason in checkRefs, listing the labels that exist', async () => {
    const { provider } = await listed();
    for (const label of ['Gone fishing', 'Old reason']) {
      expect(provider.checkRefs!(fromConfig({ reason: label }), refs)).toEqual([
        {
          pos,
          message: `admin admin2@email.com: away status reason "${label}" does not exist or is deleted`,
          hint: 'use one of: "On a break", "On holiday"',
        },
      ]);
    }
    expect(provider.checkRefs!(fromConfig({ reason: 'On a break' }), refs)).toEqual([]);
    expect(provider.checkRefs!(fromConfig({ reason: null }), refs)).toEqual([]);
    const { live } = await listed();
    const draft = updateDraft(provider, fromConfig({ reason: 'Old reason' }), live[1]!, refs);
    expect(() => provider.requests(draft, requestRefs(draft.ref))).toThrow(UserError);
  });

  it('warns offline about a reason written while away is false', () => {
    const problems = createAdminProvider().audit(
      desired({ admins: [admin({ away: false, reason: 'On holiday' }), admin()] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        pos,
        message: expect.stringContaining('ignored because away is false'),
      }),
    ]);
  });

  it('describes an admin by email', async () => {
    const { provider, live } = await listed();
    expect(provider.describe(live[0]!, refs)).toEqual([
      { field: 'email', before: 'admin7@email.com' },
    ]);
  });
});
