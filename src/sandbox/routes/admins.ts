// Admins are read-only except for their away state, which is all the tool manages about them.
// PUT .../away mirrors Intercom's validation: both flags required, a reason must exist and not be
// deleted, and the reason id comes back as an integer.
import type { Route, SandboxContext } from '../context.js';
import { ApiError, invalid } from '../errors.js';
import { objectBody } from '../request-body.js';
import type { AdminRecord, AwayStatusReasonRecord } from '../state.js';

export const adminRoutes: Route[] = [
  { method: 'GET', template: '/me', handler: (_req, ctx) => ({ body: me(ctx) }) },
  {
    method: 'GET',
    template: '/admins',
    handler: (req, ctx) => ({
      body: {
        type: 'admin.list',
        admins: ctx.state.admins.map((a) =>
          adminView(a, req.query.get('display_avatar') === 'true'),
        ),
      },
    }),
  },
  {
    method: 'GET',
    template: '/admins/{id}',
    handler: (req, ctx) => ({ body: adminView(findAdmin(ctx, req.params.id, 'Admin not found')) }),
  },
  {
    method: 'PUT',
    template: '/admins/{id}/away',
    handler: (req, ctx) => {
      const admin = findAdmin(ctx, req.params.id, 'Admin for admin_id not found');
      setAway(ctx, admin, objectBody(req.body));
      return { body: adminView(admin) };
    },
  },
  {
    method: 'GET',
    template: '/away_status_reasons',
    // Deleted reasons are listed too, as Intercom does, so a client must filter them itself.
    handler: (_req, ctx) => ({
      body: { type: 'list', data: ctx.state.away_status_reasons.map(reasonView) },
    }),
  },
];

function findAdmin(ctx: SandboxContext, id: string | undefined, message: string): AdminRecord {
  const admin = ctx.state.admins.find((a) => a.id === id);
  if (!admin) throw new ApiError(404, 'admin_not_found', message);
  return admin;
}

function setAway(ctx: SandboxContext, admin: AdminRecord, body: Record<string, unknown>): void {
  const enabled = body.away_mode_enabled;
  const reassign = body.away_mode_reassign;
  if (typeof enabled !== 'boolean' || typeof reassign !== 'boolean') {
    throw invalid('away_mode_enabled and away_mode_reassign are required booleans');
  }
  const rawReason = body.away_status_reason_id;
  let reasonId: number | null = null;
  if (rawReason !== undefined && rawReason !== null) {
    const reason = ctx.state.away_status_reasons.find((r) => r.id === String(rawReason));
    if (!reason || reason.deleted) throw invalid('Away status reason is deleted');
    reasonId = Number(reason.id);
  }
  if (enabled && reasonId === null && ctx.state.app.away_status_reason_required) {
    throw new ApiError(400, 'away_status_reason_mandatory', 'Away status reason is mandatory');
  }
  admin.away_mode_enabled = enabled;
  admin.away_mode_reassign = reassign;
  // Coming back from away clears the reason, as the Intercom inbox does.
  admin.away_status_reason_id = enabled ? reasonId : null;
}

export function adminView(a: AdminRecord, withAvatar = true): Record<string, unknown> {
  return {
    type: 'admin',
    id: a.id,
    name: a.name,
    email: a.email,
    ...(a.job_title !== undefined ? { job_title: a.job_title } : {}),
    away_mode_enabled: a.away_mode_enabled,
    away_mode_reassign: a.away_mode_reassign,
    away_status_reason_id: a.away_status_reason_id,
    has_inbox_seat: a.has_inbox_seat,
    team_ids: a.team_ids,
    ...(withAvatar ? { avatar: a.avatar } : {}),
  };
}

function me(ctx: SandboxContext): Record<string, unknown> {
  const a = ctx.state.admins.find((x) => x.id === ctx.state.me) ?? ctx.state.admins[0];
  if (!a) throw new ApiError(404, 'admin_not_found', 'Admin not found');
  const app = ctx.state.app;
  return {
    type: 'admin',
    id: a.id,
    name: a.name,
    email: a.email,
    ...(a.job_title !== undefined ? { job_title: a.job_title } : {}),
    away_mode_enabled: a.away_mode_enabled,
    away_mode_reassign: a.away_mode_reassign,
    has_inbox_seat: a.has_inbox_seat,
    team_ids: a.team_ids,
    avatar: { type: 'avatar', image_url: a.avatar },
    email_verified: true,
    app: {
      type: 'app',
      id_code: app.id_code,
      name: app.name,
      region: app.region,
      timezone: app.timezone,
      created_at: app.created_at,
      identity_verification: app.identity_verification,
    },
  };
}

function reasonView(r: AwayStatusReasonRecord): Record<string, unknown> {
  return {
    type: 'away_status_reason',
    id: r.id,
    label: r.label,
    emoji: r.emoji,
    order: r.order,
    deleted: r.deleted,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}
