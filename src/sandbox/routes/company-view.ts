// A company as Intercom returns it. `plan` is a name on requests but an object here (`{}` when
// unset); optional attributes are left out rather than null, since the schema does not allow
// null for them; segments are derived from tags (a seeded segment is "has all these tags").
import type { SandboxContext } from '../context.js';
import type { CompanyRecord, SandboxState } from '../state.js';
import { nextId } from '../state.js';
import { tagView } from './tags.js';

export function companyView(ctx: SandboxContext, c: CompanyRecord): Record<string, unknown> {
  const { state } = ctx;
  const plan = c.plan === undefined ? undefined : state.plans.find((p) => p.name === c.plan);
  return {
    type: 'company',
    id: c.id,
    ...optional('name', c.name),
    app_id: state.app.id_code,
    company_id: c.company_id,
    plan: plan ? { type: 'plan', id: plan.id, name: plan.name } : {},
    ...optional('remote_created_at', c.remote_created_at),
    created_at: c.created_at,
    updated_at: c.updated_at,
    ...optional('last_request_at', c.last_request_at),
    ...optional('size', c.size),
    ...optional('website', c.website),
    ...optional('industry', c.industry),
    monthly_spend: c.monthly_spend,
    session_count: c.session_count,
    user_count: c.user_count,
    custom_attributes: c.custom_attributes,
    tags: {
      type: 'tag.list',
      tags: state.tags.filter((t) => c.tag_ids.includes(t.id)).map(tagView),
    },
    segments: {
      type: 'segment.list',
      segments: segmentsOf(state, c).map((s) => ({
        type: 'segment',
        id: s.id,
        name: s.name,
        created_at: s.created_at,
        updated_at: s.updated_at,
        person_type: 'user',
      })),
    },
    notes: { type: 'note.list', notes: [] },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export function segmentsOf(state: SandboxState, c: CompanyRecord): SandboxState['segments'] {
  return state.segments.filter(
    (s) => s.tag_ids.length > 0 && s.tag_ids.every((t) => c.tag_ids.includes(t)),
  );
}

/** Plans are workspace objects created on first use of a name, as Intercom does. */
export function ensurePlan(state: SandboxState, name: string): void {
  if (!state.plans.some((p) => p.name === name)) {
    state.plans.push({ id: nextId(state, 'plan'), name });
  }
}

/** Companies without users are missing from every list and scroll (an Intercom quirk). */
export function isListed(c: CompanyRecord): boolean {
  return c.user_count > 0;
}

/** The list order: last_request_at descending (never-seen last), then newest first. */
export function byLastRequest(a: CompanyRecord, b: CompanyRecord): number {
  return (
    (b.last_request_at ?? 0) - (a.last_request_at ?? 0) ||
    b.created_at - a.created_at ||
    a.id.localeCompare(b.id)
  );
}
