// Companies are keyed by the user's own company_id. Bulk reads go through the scroll API, but
// companies without users are missing from lists, so a declared company the scroll did not show
// is looked up by company_id before the plan decides to create it.
import type { ApiCompany, ApiCompanyList } from '../../intercom/api-types.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { LiveObject } from '../../model/objects.js';
import type { PlannedRequest } from '../../model/request.js';
import { IntercomApiError } from '../../errors/intercom-api-error.js';
import type { Provider } from '../provider.js';
import { diffFields } from '../diff-fields.js';
import { describeName } from '../desired-base.js';
import { companyDesired, companyLive, declaredTagSpellings, tagSet } from './company-fields.js';
import { createCompanyBody, planCompanyUpdate } from './company-requests.js';
import { checkCompanyTagAnswer, companyTagRequest } from './company-tags.js';
import { auditCompanies } from './company-checks.js';
import { readById } from '../read-by-id.js';

const path = (id: string): string => `/companies/${encodeURIComponent(id)}`;

export function createCompanyProvider(): Provider<'company'> {
  return {
    kind: 'company',
    dependsOn: ['tag'],
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
    references: (d) => (d.data.tags ?? []).map((key) => ({ kind: 'tag', key })),
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
    requests(change, refs): PlannedRequest[] {
      if (change.action === 'delete') return [{ method: 'DELETE', path: path(change.id) }];
      const c = change.desired.data;
      if (change.action === 'create') {
        const self = refs.ownId('string');
        return [
          { method: 'POST', path: '/companies', body: createCompanyBody(c) },
          ...(c.tags ?? []).map((tag) => companyTagRequest(tag, self, true)),
        ];
      }
      const plan = planCompanyUpdate(change.fields);
      const out: PlannedRequest[] = [];
      if (plan.put) out.push({ method: 'PUT', path: path(change.id), body: plan.put });
      if (plan.remoteCreatedAt !== undefined) {
        const body = { company_id: c.companyId, remote_created_at: plan.remoteCreatedAt };
        out.push({ method: 'POST', path: '/companies', body });
      }
      const spelled = (lower: string, names: string[]): string =>
        names.find((n) => n.toLowerCase() === lower) ?? lower;
      const liveNames = ((change.live.raw as ApiCompany | undefined)?.tags?.tags ?? []).map(
        (t) => t.name,
      );
      for (const t of plan.addTags)
        out.push(companyTagRequest(spelled(t, c.tags ?? []), change.id, true));
      for (const t of plan.removeTags)
        out.push(companyTagRequest(spelled(t, liveNames), change.id, false));
      return out;
    },
    checkAnswer: (change, sent, answer) =>
      checkCompanyTagAnswer(sent, answer, JSON.stringify(change.key)),
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
