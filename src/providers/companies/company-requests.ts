// Company writes are split across endpoints: PUT /companies/{id} takes most fields but neither
// company_id nor remote_created_at, which only the POST /companies upsert can set; tags go
// through POST /tags. This file decides which change goes where.
import type {
  ApiCreateOrUpdateCompanyRequest,
  ApiCustomAttributes,
  ApiUpdateCompanyRequest,
} from '../../intercom/api-types.js';
import type { DesiredCompany } from '../../model/desired.js';
import type { FieldChange } from '../../model/change.js';
import type { FieldValue } from '../../model/objects.js';
import { CUSTOM } from './company-fields.js';

export function createCompanyBody(c: DesiredCompany): ApiCreateOrUpdateCompanyRequest {
  const body: ApiCreateOrUpdateCompanyRequest = { company_id: c.companyId };
  if (c.name !== undefined) body.name = c.name;
  if (c.plan !== undefined) body.plan = c.plan;
  if (c.size !== undefined) body.size = c.size;
  if (c.website !== undefined) body.website = c.website;
  if (c.industry !== undefined) body.industry = c.industry;
  if (c.monthlySpend !== undefined) body.monthly_spend = Math.trunc(c.monthlySpend);
  if (c.remoteCreatedAt !== undefined) body.remote_created_at = c.remoteCreatedAt;
  if (c.customAttributes !== undefined && Object.keys(c.customAttributes).length > 0) {
    body.custom_attributes = { ...c.customAttributes };
  }
  return body;
}

export interface CompanyUpdate {
  /** Body for PUT /companies/{id}; undefined when no field it carries changed. */
  put?: ApiUpdateCompanyRequest;
  /** Set through the POST /companies upsert. */
  remoteCreatedAt?: number;
  /** Lower-case tag names. */
  addTags: string[];
  removeTags: string[];
}

export function planCompanyUpdate(fields: FieldChange[]): CompanyUpdate {
  const put: ApiUpdateCompanyRequest = {};
  const custom: ApiCustomAttributes = {};
  const update: CompanyUpdate = { addTags: [], removeTags: [] };
  for (const { field, before, after } of fields) {
    if (field.startsWith(CUSTOM)) custom[field.slice(CUSTOM.length)] = scalar(after);
    else if (field === 'name' || field === 'plan' || field === 'website' || field === 'industry') {
      if (typeof after === 'string') put[field] = after;
    } else if (field === 'size' || field === 'monthly_spend') {
      if (typeof after === 'number') put[field] = after;
    } else if (field === 'remote_created_at' && typeof after === 'number') {
      update.remoteCreatedAt = after;
    } else if (field === 'tags') {
      const was = names(before);
      const now = names(after);
      update.addTags = now.filter((t) => !was.includes(t));
      update.removeTags = was.filter((t) => !now.includes(t));
    }
  }
  if (Object.keys(custom).length > 0) put.custom_attributes = custom;
  if (Object.keys(put).length > 0) update.put = put;
  return update;
}

function scalar(value: FieldValue | undefined): string | number | boolean | null {
  return value === undefined || (typeof value === 'object' && value !== null) ? null : value;
}

function names(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}
