// Companies: POST /companies is an upsert by company_id that rejects unknown keys; PUT takes the
// Intercom id and refuses company_id/remote_created_at; GET /companies is a single lookup (by
// company_id or name, which also finds user-less companies) or a paginated list that, like
// Intercom's, leaves out companies with no users.
import type { Route, SandboxContext } from '../context.js';
import { nowSeconds } from '../context.js';
import { ApiError, invalid } from '../errors.js';
import { newCompanyId } from '../ids.js';
import { pageParams, paginate } from '../pagination.js';
import {
  objectBody,
  optAttributes,
  optBoolean,
  optInteger,
  optString,
  rejectUnknown,
  type Body,
} from '../request-body.js';
import { removeWhere, type CompanyRecord } from '../state.js';
import { companyByCompanyId, companyById } from '../company-index.js';
import { byLastRequest, companyView, ensurePlan, isListed, segmentsOf } from './company-view.js';

const UPDATABLE = [
  'name',
  'plan',
  'size',
  'website',
  'industry',
  'custom_attributes',
  'monthly_spend',
];
const UPSERTABLE = [...UPDATABLE, 'company_id', 'remote_created_at', 'update_last_request_at'];
const MAX_SPEND = 2 ** 31 - 1;

export const companyRoutes: Route[] = [
  {
    method: 'POST',
    template: '/companies',
    handler: (req, ctx) => ({ body: companyView(ctx, upsert(ctx, objectBody(req.body))) }),
  },
  {
    method: 'GET',
    template: '/companies',
    handler: (req, ctx) => {
      const single = lookup(ctx, req.query);
      if (single) return { body: companyView(ctx, single) };
      const listed = filtered(ctx, req.query).sort(byLastRequest);
      const page = paginate(listed, pageParams(req.query, 15), true);
      return { body: { type: 'list', ...page, data: page.data.map((c) => companyView(ctx, c)) } };
    },
  },
  {
    method: 'GET',
    template: '/companies/{id}',
    handler: (req, ctx) => ({ body: companyView(ctx, findCompany(ctx, req.params.id)) }),
  },
  {
    method: 'PUT',
    template: '/companies/{id}',
    handler: (req, ctx) => {
      const c = findCompany(ctx, req.params.id);
      const body = objectBody(req.body);
      rejectUnknown(body, UPDATABLE);
      apply(ctx, c, body);
      return { body: companyView(ctx, c) };
    },
  },
  {
    method: 'DELETE',
    template: '/companies/{id}',
    handler: (req, ctx) => {
      const c = findCompany(ctx, req.params.id);
      removeWhere(ctx.state.companies, (x) => x === c);
      return { body: { id: c.id, object: 'company', deleted: true } };
    },
  },
];

const companyNotFound = (): ApiError => new ApiError(404, 'company_not_found', 'Company Not Found');

function findCompany(ctx: SandboxContext, id: string | undefined): CompanyRecord {
  const c = id === undefined ? undefined : companyById(ctx.state.companies, id);
  if (!c) throw companyNotFound();
  return c;
}

/** `company_id=` or `name=` asks for one company; anything else is a list. */
function lookup(ctx: SandboxContext, query: URLSearchParams): CompanyRecord | undefined {
  const companyId = query.get('company_id');
  const name = query.get('name');
  if (companyId === null && name === null) return undefined;
  const found =
    companyId !== null
      ? companyByCompanyId(ctx.state.companies, companyId)
      : ctx.state.companies.find((c) => c.name === name);
  if (!found) throw companyNotFound();
  return found;
}

function filtered(ctx: SandboxContext, query: URLSearchParams): CompanyRecord[] {
  const tagId = query.get('tag_id');
  const segmentId = query.get('segment_id');
  return ctx.state.companies.filter(
    (c) =>
      isListed(c) &&
      (tagId === null || c.tag_ids.includes(tagId)) &&
      (segmentId === null || segmentsOf(ctx.state, c).some((s) => s.id === segmentId)),
  );
}

function upsert(ctx: SandboxContext, body: Body): CompanyRecord {
  rejectUnknown(body, UPSERTABLE);
  const companyId = optString(body, 'company_id');
  if (companyId === undefined || companyId === '') {
    throw new ApiError(400, 'parameter_not_found', 'company_id is a required parameter');
  }
  const remoteCreatedAt = optInteger(body, 'remote_created_at');
  const touch = optBoolean(body, 'update_last_request_at');
  let c = companyByCompanyId(ctx.state.companies, companyId);
  const now = nowSeconds(ctx);
  const isNew = !c;
  c ??= {
    id: newCompanyId(ctx.now()),
    company_id: companyId,
    monthly_spend: 0,
    session_count: 0,
    // Created through the API, a company has no users, so lists will not show it.
    user_count: 0,
    custom_attributes: {},
    tag_ids: [],
    created_at: now,
    updated_at: now,
  };
  apply(ctx, c, body);
  if (remoteCreatedAt !== undefined) c.remote_created_at = remoteCreatedAt;
  if (touch === true) c.last_request_at = now;
  if (isNew) ctx.state.companies.push(c);
  return c;
}

/** Validates every field first, then writes, so a 400 leaves the company untouched. */
function apply(ctx: SandboxContext, c: CompanyRecord, body: Body): void {
  const name = optString(body, 'name');
  const plan = optString(body, 'plan');
  const size = optInteger(body, 'size');
  const website = optString(body, 'website');
  const industry = optString(body, 'industry');
  const attributes = optAttributes(body, 'custom_attributes');
  const spend = monthlySpend(body.monthly_spend);
  if (name !== undefined) c.name = name;
  if (plan !== undefined) {
    // An empty plan name clears the plan.
    if (plan === '') delete c.plan;
    else {
      ensurePlan(ctx.state, plan);
      c.plan = plan;
    }
  }
  if (size !== undefined) c.size = size;
  if (website !== undefined) c.website = website;
  if (industry !== undefined) c.industry = industry;
  // Custom attributes merge: keys not sent keep their values.
  if (attributes !== undefined) c.custom_attributes = { ...c.custom_attributes, ...attributes };
  if (spend !== undefined) c.monthly_spend = spend;
  c.updated_at = nowSeconds(ctx);
}

function monthlySpend(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw))
    throw invalid('monthly_spend must be a number');
  const spend = Math.trunc(raw);
  if (spend > MAX_SPEND) throw invalid(`monthly_spend must not exceed ${MAX_SPEND}`);
  return spend;
}
