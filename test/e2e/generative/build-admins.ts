// Admins (teammates) and away-status reasons. Admins are never created: the config only sets the
// away state of seeded ones. Emails are matched ignoring case.
import type { SeedAdmin, SeedAwayStatusReason } from '../../../src/sandbox/index.js';
import type { BuildContext, Yaml } from './build-context.js';
import type { DeclAdmin } from './model.js';
import { UniqueNames } from './text.js';

export const adminSeedId = (i: number): string => String(i + 1);

export function buildAdmins(ctx: BuildContext): void {
  const labels = new UniqueNames((s) => s.toLowerCase());
  const reasons: SeedAwayStatusReason[] = ctx.spec.reasons.map((r, i) => ({
    id: String(i + 1),
    label: labels.take(r.label),
    ...(r.deleted ? { deleted: true } : {}),
  }));
  const admins: SeedAdmin[] = ctx.spec.admins.map((a, i) => {
    const reason =
      a.live.away && a.live.reason !== null && reasons.length > 0
        ? Number(reasons[a.live.reason % reasons.length]!.id)
        : null;
    return {
      id: adminSeedId(i),
      name: `Admin ${i + 1}`,
      email: ctx.adminEmails[i]!,
      away_mode_enabled: a.live.away,
      away_mode_reassign: a.live.reassign,
      away_status_reason_id: reason,
    };
  });
  ctx.seed.admins = admins;
  if (reasons.length > 0) ctx.seed.away_status_reasons = reasons;

  const entries: Yaml[] = [];
  ctx.spec.admins.forEach((a, i) => {
    if (!a.decl) return;
    const email = ctx.adminEmails[i]!;
    const entry: Yaml = {
      email: a.emailUpperCase ? email.toUpperCase() : email,
      away: a.decl.away,
    };
    if (a.decl.reassign !== undefined) entry.reassign = a.decl.reassign;
    const decl: DeclAdmin = { email, away: a.decl.away, reassign: a.decl.reassign ?? false };
    const r = a.decl.reason;
    if (r === null) {
      entry.reason = null;
      if (a.decl.away) decl.reason = null;
    } else if (r !== undefined && a.decl.away && (r === 'missing' || reasons.length > 0)) {
      const reason = r === 'missing' ? undefined : reasons[r % Math.max(1, reasons.length)];
      const label = reason?.label ?? 'No such reason';
      entry.reason = label;
      decl.reason = label;
      if (!reason || reason.deleted)
        ctx.mustRefuse.push(`admin ${email}: away reason "${label}" does not exist`);
    }
    entries.push(entry);
    ctx.model.admins.push(decl);
  });
  ctx.config.admins = entries;
}
