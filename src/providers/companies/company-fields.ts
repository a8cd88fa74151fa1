// One place that makes companies comparable. A live plan is an object (`{}` when unset) while a
// request sends its name; custom attributes are flattened to `custom_attributes.<key>` so each
// declared one diffs on its own line and undeclared ones are never touched; tags are compared by
// lower-case name because Intercom tag names ignore case.
import type { ApiCompany } from '../../intercom/api-types.js';
import type { Desired, DesiredCompany } from '../../model/desired.js';
import type { DesiredObject, Fields, LiveObject } from '../../model/objects.js';
import { desiredObject } from '../desired-base.js';

export const CUSTOM = 'custom_attributes.';

export function companyLive(c: ApiCompany): LiveObject {
  const fields: Fields = {
    name: c.name ?? null,
    plan: c.plan?.name ?? null,
    size: c.size ?? null,
    website: c.website ?? null,
    industry: c.industry ?? null,
    monthly_spend: c.monthly_spend ?? null,
    remote_created_at: c.remote_created_at ?? null,
  };
  for (const [k, v] of Object.entries(c.custom_attributes ?? {})) fields[CUSTOM + k] = v;
  fields.tags = tagSet((c.tags?.tags ?? []).map((t) => t.name));
  return { kind: 'company', id: String(c.id), name: c.company_id, fields, raw: c };
}

/** Lower-case name -> the name as declared under `tags:`. */
export function declaredTagSpellings(desired: Desired): Map<string, string> {
  return new Map(desired.tags.map((t) => [t.name.toLowerCase(), t.name]));
}

export function companyDesired(
  c: DesiredCompany,
  desired: Desired,
  // Built once per config by fromConfig: per company it made planning quadratic (#7).
  declared: Map<string, string> = declaredTagSpellings(desired),
): DesiredObject<'company'> {
  // Company tags are written as the tag is declared, so references find the tag's key.
  const tags = c.tags?.map((t) => declared.get(t.toLowerCase()) ?? t);
  const fields: Fields = {
    name: c.name,
    plan: c.plan,
    size: c.size,
    website: c.website,
    industry: c.industry,
    // Intercom truncates a fractional spend; comparing the truncated value avoids a perpetual diff.
    monthly_spend: c.monthlySpend === undefined ? undefined : Math.trunc(c.monthlySpend),
    remote_created_at: c.remoteCreatedAt,
  };
  for (const k of Object.keys(c.customAttributes ?? {}).sort()) {
    fields[CUSTOM + k] = c.customAttributes?.[k] ?? null;
  }
  fields.tags = tags === undefined ? undefined : tagSet(tags);
  const data: DesiredCompany = { ...c, ...(tags !== undefined ? { tags } : {}) };
  return desiredObject('company', c, { key: c.companyId, name: c.companyId, fields, data });
}

/** Sorted, de-duplicated, lower-case tag names. */
export function tagSet(names: string[]): string[] {
  return [...new Set(names.map((n) => n.toLowerCase()))].sort();
}
