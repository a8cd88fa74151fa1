// Admins are people: the API cannot create or delete them, only set their away state. Each
// PUT /admins/{id}/away must carry both booleans, so the declared values are always sent whole;
// the reason is sent by id, looked up from its label.
import type { ApiAdmin, ApiAdminList, ApiSetAwayRequest } from '../../intercom/api-types.js';
import type { Desired, DesiredAdmin } from '../../model/desired.js';
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import type { Problem } from '../../errors/problem.js';
import { UserError } from '../../errors/user-error.js';
import type { Provider } from '../provider.js';
import { diffFields } from '../diff-fields.js';
import { describeName, desiredObject, idString } from '../desired-base.js';
import { createAwayReasons, type AwayReasons } from './away-reasons.js';
import { readAdmin, reasonsLoader } from './admin-read.js';

export function createAdminProvider(): Provider<'admin'> {
  const reasons = createAwayReasons();
  const liveAdmin = (a: ApiAdmin): LiveObject => adminLive(a, reasons);
  const ensureReasons = reasonsLoader(reasons);
  return {
    kind: 'admin',
    dependsOn: [],
    fromConfig: (desired) => desired.admins.map(adminDesired),
    audit: auditAdmins,
    async list(client) {
      const [admins] = await Promise.all([
        client.get<ApiAdminList>('/admins'),
        reasons.load(client),
      ]);
      return (admins.admins ?? []).map(liveAdmin);
    },
    read: (client, id) => readAdmin(client, id, ensureReasons, liveAdmin),
    // Admins are never created through the API, so no create answer can have been lost.
    findCreated: async () => undefined,
    references: () => [],
    checkRefs: (d) => checkReason(d, reasons),
    diff: (d, live) => diffFields(d.fields, live?.fields),
    describe: (live) => describeName('email', live.name),
    // The reason is resolved to its id here, from the reasons read with the plan.
    requests(change) {
      if (change.action !== 'update') {
        throw new Error(`admins cannot be ${change.action}d through the Intercom API`);
      }
      const a = change.desired.data;
      const body: ApiSetAwayRequest = { away_mode_enabled: a.away, away_mode_reassign: a.reassign };
      if (a.away && typeof a.reason === 'string') {
        const reason = reasons.find(a.reason);
        if (!reason) throw unknownReason(a.reason, reasons);
        body.away_status_reason_id = Number(reason.id);
      }
      return [
        { method: 'PUT', path: `/admins/${encodeURIComponent(change.id)}/away`, body: { ...body } },
      ];
    },
  };
}

function adminLive(a: ApiAdmin, reasons: AwayReasons): LiveObject {
  const reasonId = idString(a.away_status_reason_id);
  const reason = reasonId === null ? null : (reasons.labelOf(reasonId) ?? `reason #${reasonId}`);
  const email = a.email.toLowerCase();
  return {
    kind: 'admin',
    id: String(a.id),
    name: email,
    fields: { away: a.away_mode_enabled, reassign: a.away_mode_reassign, reason },
    raw: a,
  };
}

function adminDesired(a: DesiredAdmin): DesiredObject<'admin'> {
  const email = a.email.toLowerCase();
  // A reason only means something while away; not managing it otherwise avoids a diff that no
  // request could ever settle.
  const reason = a.away ? a.reason : undefined;
  return desiredObject('admin', a, {
    key: email,
    name: email,
    fields: { away: a.away, reassign: a.reassign, reason },
  });
}

function auditAdmins(desired: Desired): Problem[] {
  return desired.admins
    .filter((a) => !a.away && typeof a.reason === 'string')
    .map((a) => ({
      pos: a.pos,
      severity: 'warning' as const,
      message: `admin ${a.email}: reason "${a.reason}" is ignored because away is false`,
      hint: 'remove the reason, or set away: true',
    }));
}

function checkReason(d: DesiredObject, reasons: AwayReasons): Problem[] {
  const label = d.fields.reason;
  if (typeof label !== 'string' || reasons.find(label)) return [];
  const error = unknownReason(label, reasons);
  return [{ pos: d.pos, message: `admin ${d.key}: ${error.message}`, hint: error.hint }];
}

function unknownReason(label: string, reasons: AwayReasons): UserError {
  const labels = reasons.labels();
  return new UserError(`away status reason "${label}" does not exist or is deleted`, {
    hint:
      labels.length > 0
        ? `use one of: ${labels.map((l) => `"${l}"`).join(', ')}`
        : 'this workspace has no away status reasons; create one in Intercom or remove `reason`',
  });
}
