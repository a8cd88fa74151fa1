import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createAdminProvider } from '../../src/providers/admins/admin-provider.js';
import type { DesiredAdmin } from '../../src/model/desired.js';
import type { LiveObject } from '../../src/model/objects.js';
import { UserError } from '../../src/errors/user-error.js';
import { FakeClient } from './fake-client.js';
import { applyRefs, desired, planRefs, pos } from './refs-fixture.js';
import { createChange, updateChange } from './changes.js';
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
  it('is update-only and cannot create or delete', async () => {
    const provider = createAdminProvider();
    expect(provider.lifecycle).toBe('update-only');
    await expect(
      provider.create(new FakeClient(), createChange(provider, fromConfig(), refs), applyRefs()),
    ).rejects.toThrow();
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
    const client = new FakeClient().on('PUT', '/admins/991267460/away', specAdminAway);
    const result = await provider.update(
      client,
      updateChange(provider, fromConfig({ reason: 'On holiday' }), live[1]!, refs),
      applyRefs(),
    );
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'PUT',
        '/admins/991267460/away',
        { away_mode_enabled: true, away_mode_reassign: true, away_status_reason_id: 12346 },
      ],
    ]);
    expect(result.fields).toEqual({ away: true, reassign: true, reason: 'On a break' });
  });

  it('sends no reason when not away, even if one is written', async () => {
    const { provider, live } = await listed();
    const client = new FakeClient().on('PUT', '/admins/991267460/away', specAdminAway);
    await provider.update(
      client,
      updateChange(
        provider,
        fromConfig({ away: false, reassign: false, reason: 'On holiday' }),
        live[1]!,
        refs,
      ),
      applyRefs(),
    );
    expect(client.requests[0]!.body).toEqual({
      away_mode_enabled: false,
      away_mode_reassign: false,
    });
  });

  it('loads the reasons itself when applying a saved plan', async () => {
    const { live } = await listed();
    const fresh = createAdminProvider();
    const client = workspace().on('PUT', '/admins/991267460/away', specAdminAway);
    await fresh.update(
      client,
      updateChange(fresh, fromConfig({ reason: 'on holiday' }), live[1]!, refs),
      applyRefs(),
    );
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /away_status_reasons',
      'PUT /admins/991267460/away',
    ]);
    expect(client.requests[1]!.body).toMatchObject({ away_status_reason_id: 12346 });
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
    await expect(
      provider.update(
        new FakeClient(),
        updateChange(provider, fromConfig({ reason: 'Old reason' }), live[1]!, refs),
        applyRefs(),
      ),
    ).rejects.toBeInstanceOf(UserError);
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
