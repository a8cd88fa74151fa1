// Companies are keyed by the user's own company_id. Bulk reads go through the scroll API, but
// companies without users are missing from lists, so a declared company the scroll did not show
// is looked up by company_id before the plan decides to create it.
import type { ApiCompany, ApiCompanyList } from '../../intercom/api-types.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { DesiredCompany } from '../../model/desired.js';
import type { LiveObject } from '../../model/objects.js';
import { IntercomApiError } from '../../errors/intercom-api-error.js';
import type { Provider } from '../provider.js';
import { diffFields } from '../diff-fields.js';
import { describeName } from '../desired-base.js';
import { companyDesired, companyLive, declaredTagSpellings, tagSet } from './company-fields.js';
import { createCompanyBody, planCompanyUpdate } from './company-requests.js';
import { setCompanyTag } from './company-tags.js';
import { auditCompanies } from './company-checks.js';
import { readById } from '../read-by-id.js';

const path = (id: string): string => `/companies/${encodeURIComponent(id)}`;

export function createCompanyProvider(): Provider {
  return {
    kind: 'company',
    dependsOn: ['tag'],
    lifecycle: 'full',
    caseInsensitiveNames: false,
    fromConfig: (desired) => {
      const declared = declaredTagSpellings(desired);
      return desired.companies.map((c) => companyDesired(c, desired, declared));
    },
    audit: auditCompanies,
    async list(client) {
      return (await client.scrollCompanies<ApiCompany>()).map(companyLive);
    },
    findOne: (client, d) => findCompany(client, d.key),
    read: (client, id) => readById<ApiCompany>(client, path(id), companyLive),
    findCreated: (client, change) => findCompany(client, change.desired.key),
    references: (d) => ((d.data as DesiredCompany).tags ?? []).map((key) => ({ kind: 'tag', key })),
    diff(d, live, refs) {
      if (!live) return diffFields(d.fields, undefined);
      const declared = refs.declaredTagNames();
      // A tag renamed in this plan keeps its id: the company already has it under the new name.
      const rawTags = (live.raw as ApiCompany | undefined)?.tags?.tags;
      const tags = rawTags
        ? tagSet(rawTags.map((t) => refs.keyOfLive('tag', String(t.id)) ?? t.name))
        : live.fields.tags;
      const managedTags = Array.isArray(tags) ? tags.filter((t) => declared.has(t)) : [];
      return diffFields(d.fields, { ...live.fields, tags: managedTags });
    },
    describe: (live) =>
      describeName('name', typeof live.fields.name === 'string' ? live.fields.name : live.name),
    async create(client, change) {
      const c = change.desired.data as DesiredCompany;
      const created = await client.post<ApiCompany>('/companies', createCompanyBody(c));
      const ref = { id: String(created.id), companyId: c.companyId };
      for (const tag of c.tags ?? []) await setCompanyTag(client, tag, ref, true);
      return withTags(companyLive(created), c.tags ?? [], []);
    },
    async update(client, change) {
      const c = change.desired.data as DesiredCompany;
      const plan = planCompanyUpdate(change.fields);
      let live = change.live;
      if (plan.put) live = companyLive(await client.put<ApiCompany>(path(change.id), plan.put));
      if (plan.remoteCreatedAt !== undefined) {
        const body = { company_id: c.companyId, remote_created_at: plan.remoteCreatedAt };
        live = companyLive(await client.post<ApiCompany>('/companies', body));
      }
      const ref = { id: change.id, companyId: c.companyId };
      const spelled = (lower: string, names: string[]): string =>
        names.find((n) => n.toLowerCase() === lower) ?? lower;
      const liveNames = ((change.live.raw as ApiCompany | undefined)?.tags?.tags ?? []).map(
        (t) => t.name,
      );
      for (const t of plan.addTags)
        await setCompanyTag(client, spelled(t, c.tags ?? []), ref, true);
      for (const t of plan.removeTags)
        await setCompanyTag(client, spelled(t, liveNames), ref, false);
      return withTags(live, plan.addTags, plan.removeTags);
    },
    async delete(client, change) {
      await client.delete(path(change.id));
    },
  };
}

/** GET /companies?company_id= answers one company (not the documented list) or 404. */
async function findCompany(
  client: IntercomClient,
  companyId: string,
): Promise<LiveObject | undefined> {
  let found: ApiCompany | ApiCompanyList;
  try {
    found = await client.get<ApiCompany | ApiCompanyList>('/companies', { company_id: companyId });
  } catch (error) {
    if (error instanceof IntercomApiError && error.status === 404) return undefined;
    throw error;
  }
  const company =
    found.type === 'list' ? found.data.find((c) => c.company_id === companyId) : found;
  return company && company.company_id === companyId ? companyLive(company) : undefined;
}

/** The tags a write leaves on the company: responses do not reflect tagging done afterwards. */
function withTags(live: LiveObject, added: string[], removed: string[]): LiveObject {
  const current = Array.isArray(live.fields.tags) ? live.fields.tags : [];
  const gone = new Set(removed.map((t) => t.toLowerCase()));
  const tags = tagSet([...current, ...added]).filter((t) => !gone.has(t));
  return { ...live, fields: { ...live.fields, tags } };
}
