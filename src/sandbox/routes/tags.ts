// Tags: POST /tags is four operations in one (create-or-get, rename, tag/untag companies, tag
// users). 2.16's "skip-missing" behaviour is modelled: unknown companies are reported with
// tagged:false instead of failing the request, so the tool must read the per-entity flags.
import type { Route, SandboxContext } from '../context.js';
import { ApiError, invalid, notFound } from '../errors.js';
import { companyByCompanyId, companyById } from '../company-index.js';
import { objectBody, type Body } from '../request-body.js';
import { nextId, removeWhere, type CompanyRecord, type TagRecord } from '../state.js';

const INVALID_TAG = 'invalid tag parameters';

export const tagRoutes: Route[] = [
  {
    method: 'GET',
    template: '/tags',
    handler: (_req, ctx) => ({ body: { type: 'list', data: ctx.state.tags.map(tagView) } }),
  },
  { method: 'POST', template: '/tags', handler: (req, ctx) => ({ body: postTag(ctx, req.body) }) },
  {
    method: 'GET',
    template: '/tags/{id}',
    handler: (req, ctx) => ({ body: tagView(findTag(ctx, req.params.id)) }),
  },
  {
    method: 'DELETE',
    template: '/tags/{id}',
    handler: (req, ctx) => {
      deleteTag(ctx, findTag(ctx, req.params.id));
      return {};
    },
  },
];

export function tagView(t: TagRecord): { type: 'tag'; id: string; name: string } {
  return { type: 'tag', id: t.id, name: t.name };
}

export function findTagByName(ctx: SandboxContext, name: string): TagRecord | undefined {
  const lower = name.toLowerCase();
  return ctx.state.tags.find((t) => t.name.toLowerCase() === lower);
}

function findTag(ctx: SandboxContext, id: string | undefined): TagRecord {
  const tag = ctx.state.tags.find((t) => t.id === id);
  if (!tag) throw notFound();
  return tag;
}

interface CompanyRef {
  id?: unknown;
  company_id?: unknown;
  untag?: unknown;
}

function postTag(ctx: SandboxContext, raw: unknown): Record<string, unknown> {
  const body = objectBody(raw);
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '') throw invalid(INVALID_TAG);
  const companies = optionalList(body, 'companies');
  const users = optionalList(body, 'users');
  const tag =
    body.id !== undefined ? rename(ctx, String(body.id), name) : getOrCreate(ctx, name, companies);
  return {
    ...tagView(tag),
    users: (users ?? []).map((u) => ({
      id: String((u as { id?: unknown }).id ?? ''),
      tagged: false,
    })),
    companies: (companies ?? []).map((c) => tagCompany(ctx, tag, c as CompanyRef)),
  };
}

/** Checks the whole list before anything is written, so a bad entry leaves no partial change. */
function optionalList(body: Body, key: 'companies' | 'users'): unknown[] | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  const entryOk = (x: unknown): boolean =>
    typeof x === 'object' &&
    x !== null &&
    (key === 'users' ||
      typeof (x as CompanyRef).id === 'string' ||
      typeof (x as CompanyRef).company_id === 'string');
  if (!Array.isArray(v) || !v.every(entryOk)) throw invalid(INVALID_TAG);
  return v;
}

function rename(ctx: SandboxContext, id: string, name: string): TagRecord {
  const tag = findTag(ctx, id);
  const clash = findTagByName(ctx, name);
  if (clash && clash !== tag) throw invalid(`A tag named '${clash.name}' already exists`);
  tag.name = name;
  return tag;
}

function getOrCreate(ctx: SandboxContext, name: string, companies?: unknown[]): TagRecord {
  const existing = findTagByName(ctx, name);
  if (existing) return existing;
  // Untagging with a tag that does not exist has nothing to act on; do not create it as a side effect.
  if (companies?.length && companies.every((c) => (c as CompanyRef).untag === true)) {
    throw notFound();
  }
  const tag: TagRecord = { id: nextId(ctx.state, 'tag'), name };
  ctx.state.tags.push(tag);
  return tag;
}

/** Tags or untags one company; the echoed id is the identifier the caller sent. */
function tagCompany(
  ctx: SandboxContext,
  tag: TagRecord,
  ref: CompanyRef,
): { id: string; tagged: boolean } {
  const byId = typeof ref.id === 'string' ? ref.id : undefined;
  const byCompanyId = typeof ref.company_id === 'string' ? ref.company_id : undefined;
  const sent = byId ?? byCompanyId ?? '';
  const company: CompanyRecord | undefined =
    byId !== undefined
      ? companyById(ctx.state.companies, byId)
      : companyByCompanyId(ctx.state.companies, byCompanyId ?? '');
  if (!company) return { id: sent, tagged: false };
  company.tag_ids = company.tag_ids.filter((t) => t !== tag.id);
  if (ref.untag === true) return { id: sent, tagged: false };
  company.tag_ids.push(tag.id);
  return { id: sent, tagged: true };
}

function deleteTag(ctx: SandboxContext, tag: TagRecord): void {
  const segments = ctx.state.segments.filter((s) => s.tag_ids.includes(tag.id));
  if (segments.length > 0) {
    throw new ApiError(
      400,
      'tag_has_dependent_objects',
      `Unable to delete Tag with dependent objects. Segments: ${segments.map((s) => s.name).join(', ')}.`,
    );
  }
  for (const c of ctx.state.companies) c.tag_ids = c.tag_ids.filter((t) => t !== tag.id);
  removeWhere(ctx.state.tags, (t) => t === tag);
}
