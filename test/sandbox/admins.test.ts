// Admins: the tool reads them and manages only their away state, so the away rules are pinned here.
import { describe, expect, it } from 'vitest';
import { baseSeed, firstError, get, put, start } from './helpers.js';

describe('admins', () => {
  it('GET /me returns the token owner with the embedded app', async () => {
    const sb = await start({ seed: { ...baseSeed, me: '2' } });
    const r = await get(sb, '/me');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      type: 'admin',
      id: '2',
      email: 'bob@test.example',
      avatar: { type: 'avatar', image_url: null },
      app: {
        type: 'app',
        id_code: 'test1234',
        name: 'Test Co',
        region: 'US',
        identity_verification: false,
      },
    });
    expect(typeof r.body.app.created_at).toBe('number');
  });

  it('lists admins, with avatars only when asked for', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/admins');
    expect(r.body.type).toBe('admin.list');
    expect(r.body.admins.map((a: { id: string }) => a.id)).toEqual(['1', '2']);
    expect(r.body.admins[0]).not.toHaveProperty('avatar');
    expect((await get(sb, '/admins?display_avatar=true')).body.admins[0]).toHaveProperty(
      'avatar',
      null,
    );
  });

  it('GET /admins/{id} finds an admin or answers 404 admin_not_found', async () => {
    const sb = await start({ seed: baseSeed });
    expect((await get(sb, '/admins/2')).body).toMatchObject({
      id: '2',
      away_status_reason_id: null,
    });
    const r = await get(sb, '/admins/99');
    expect(r.status).toBe(404);
    expect(firstError(r)).toEqual({ code: 'admin_not_found', message: 'Admin not found' });
  });

  it('sets an admin away with a reason, returned as an integer, and back', async () => {
    const sb = await start({ seed: baseSeed });
    const away = await put(sb, '/admins/1/away', {
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 1,
    });
    expect(away.status).toBe(200);
    expect(away.body).toMatchObject({
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 1,
    });
    expect(sb.state.admins[0]?.away_mode_enabled).toBe(true);
    const back = await put(sb, '/admins/1/away', {
      away_mode_enabled: false,
      away_mode_reassign: false,
    });
    expect(back.body).toMatchObject({ away_mode_enabled: false, away_status_reason_id: null });
  });

  it('requires both away flags', async () => {
    const sb = await start({ seed: baseSeed });
    for (const body of [
      { away_mode_enabled: true },
      { away_mode_reassign: false },
      { away_mode_enabled: 'yes', away_mode_reassign: false },
    ]) {
      const r = await put(sb, '/admins/1/away', body);
      expect(r.status).toBe(400);
      expect(firstError(r).code).toBe('parameter_invalid');
    }
    expect(sb.state.admins[0]?.away_mode_enabled).toBe(false);
  });

  it('refuses deleted and unknown away reasons', async () => {
    const sb = await start({ seed: baseSeed });
    for (const id of [2, 77]) {
      const r = await put(sb, '/admins/1/away', {
        away_mode_enabled: true,
        away_mode_reassign: false,
        away_status_reason_id: id,
      });
      expect(r.status).toBe(400);
      expect(firstError(r)).toEqual({
        code: 'parameter_invalid',
        message: 'Away status reason is deleted',
      });
    }
  });

  it('answers 404 admin_not_found for an unknown admin and enforces a mandatory reason', async () => {
    const sb = await start({ seed: { ...baseSeed, app: { away_status_reason_required: true } } });
    const missing = await put(sb, '/admins/42/away', {
      away_mode_enabled: true,
      away_mode_reassign: false,
    });
    expect(firstError(missing)).toEqual({
      code: 'admin_not_found',
      message: 'Admin for admin_id not found',
    });
    const noReason = await put(sb, '/admins/1/away', {
      away_mode_enabled: true,
      away_mode_reassign: false,
    });
    expect(firstError(noReason).code).toBe('away_status_reason_mandatory');
  });

  it('lists away status reasons including deleted ones', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/away_status_reasons');
    expect(r.body.type).toBe('list');
    expect(r.body.data).toEqual([
      expect.objectContaining({
        type: 'away_status_reason',
        id: '1',
        label: 'On holiday',
        deleted: false,
      }),
      expect.objectContaining({ id: '2', label: 'Gone', deleted: true }),
    ]);
  });
});
