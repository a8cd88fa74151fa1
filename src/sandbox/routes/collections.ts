// Help-center collections, nested through parent_id. Deleting a collection deletes its child
// collections with it and detaches (does not delete) the articles that were in any of them:
// they become standalone articles (parent_ids []), as Intercom does with the articles of a
// deleted collection. The spec is silent; this keeps a delete from destroying content.
import type { Route, SandboxContext } from '../context.js';
import { nowSeconds } from '../context.js';
import { ApiError, invalid, notFound } from '../errors.js';
import { newestFirst, pageParams, paginate } from '../pagination.js';
import { isNumericId, objectBody, optNullableString, type Body } from '../request-body.js';
import { defaultHelpCenter, nextId, removeWhere, type CollectionRecord } from '../state.js';
import { helpCenterUrl } from '../urls.js';
import { collectionTranslatedView, saveCollectionTranslations } from './collection-translations.js';
import { defaultLocale, withDefaultLocale } from '../translated-content.js';

export const collectionRoutes: Route[] = [
  {
    method: 'GET',
    template: '/help_center/collections',
    handler: (req, ctx) => {
      const sorted = [...ctx.state.collections].sort(newestFirst);
      const page = paginate(sorted, pageParams(req.query, 20));
      return {
        body: { type: 'list', ...page, data: page.data.map((c) => collectionView(ctx, c)) },
      };
    },
  },
  {
    method: 'POST',
    template: '/help_center/collections',
    handler: (req, ctx) => ({
      body: collectionView(ctx, create(ctx, withDefaultLocale(ctx.state, objectBody(req.body)))),
    }),
  },
  {
    method: 'GET',
    template: '/help_center/collections/{id}',
    handler: (req, ctx) => ({ body: collectionView(ctx, findCollection(ctx, req.params.id)) }),
  },
  {
    method: 'PUT',
    template: '/help_center/collections/{id}',
    handler: (req, ctx) => {
      const c = findCollection(ctx, req.params.id);
      update(ctx, c, withDefaultLocale(ctx.state, objectBody(req.body)));
      return { body: collectionView(ctx, c) };
    },
  },
  {
    method: 'DELETE',
    template: '/help_center/collections/{id}',
    handler: (req, ctx) => {
      const c = findCollection(ctx, req.params.id);
      remove(ctx, c);
      return { body: { id: c.id, object: 'collection', deleted: true } };
    },
  },
];

export function findCollection(ctx: SandboxContext, id: string | undefined): CollectionRecord {
  const c = ctx.state.collections.find((x) => x.id === id);
  if (!c) throw notFound();
  return c;
}

function create(ctx: SandboxContext, body: Body): CollectionRecord {
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ApiError(400, 'parameter_not_found', 'Name is a required parameter.');
  }
  const description = optNullableString(body, 'description');
  const parent = parentFrom(ctx, body.parent_id, () =>
    invalid('parent_id does not match a collection'),
  );
  const helpCenterId = helpCenterFrom(ctx, body.help_center_id);
  const now = nowSeconds(ctx);
  const record: CollectionRecord = {
    id: nextId(ctx.state, 'collection'),
    name,
    // Intercom stores a missing description as an empty string, not null.
    description: description === undefined ? '' : description,
    parent_id: parent?.id ?? null,
    help_center_id: parent?.help_center_id ?? helpCenterId,
    icon: 'book-bookmark',
    order: siblingsOf(ctx, parent?.id ?? null).length,
    created_at: now,
    updated_at: now,
  };
  saveCollectionTranslations(ctx, record, body);
  ctx.state.collections.push(record);
  return record;
}

function update(ctx: SandboxContext, c: CollectionRecord, body: Body): void {
  const name = body.name;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw invalid('name must be a non-empty string');
  }
  const description = optNullableString(body, 'description');
  saveCollectionTranslations(ctx, c, body);
  if ('parent_id' in body) {
    const parent = parentFrom(ctx, body.parent_id, () => notFound());
    if (parent && descendantIds(ctx, c.id).has(parent.id)) {
      throw invalid('A collection cannot be moved inside itself');
    }
    const parentId = parent?.id ?? null;
    if (parentId !== c.parent_id) {
      c.order = siblingsOf(ctx, parentId).length;
      c.parent_id = parentId;
    }
  }
  if (typeof name === 'string') c.name = name;
  if (description !== undefined) c.description = description;
  c.updated_at = nowSeconds(ctx);
}

function parentFrom(
  ctx: SandboxContext,
  raw: unknown,
  unknownParent: () => ApiError,
): CollectionRecord | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isNumericId(raw)) throw invalid('parent_id must be a collection id');
  const parent = ctx.state.collections.find((x) => x.id === String(raw));
  if (!parent) throw unknownParent();
  return parent;
}

function helpCenterFrom(ctx: SandboxContext, raw: unknown): string {
  if (raw === undefined || raw === null) return defaultHelpCenter(ctx.state).id;
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    throw invalid('help_center_id must be an integer');
  }
  const hc = ctx.state.help_centers.find((h) => h.id === String(raw));
  if (!hc) throw invalid('help_center_id does not match a help center');
  return hc.id;
}

function siblingsOf(ctx: SandboxContext, parentId: string | null): CollectionRecord[] {
  return ctx.state.collections.filter((x) => x.parent_id === parentId);
}

/** The collection's own id and those of every collection nested under it. */
function descendantIds(ctx: SandboxContext, id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of ctx.state.collections) {
      if (c.parent_id !== null && ids.has(c.parent_id) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

function remove(ctx: SandboxContext, c: CollectionRecord): void {
  const ids = descendantIds(ctx, c.id);
  removeWhere(ctx.state.collections, (x) => ids.has(x.id));
  const now = nowSeconds(ctx);
  for (const a of ctx.state.articles) {
    if (a.parent_id !== null && ids.has(a.parent_id)) {
      a.parent_id = null;
      a.updated_at = now;
    }
  }
}

export function collectionView(ctx: SandboxContext, c: CollectionRecord): Record<string, unknown> {
  return {
    id: c.id,
    workspace_id: ctx.state.app.id_code,
    name: c.name,
    description: c.description,
    created_at: c.created_at,
    updated_at: c.updated_at,
    url: helpCenterUrl(ctx.state, 'collections', c.id, c.name),
    icon: c.icon,
    order: c.order,
    default_locale: defaultLocale(ctx.state),
    parent_id: c.parent_id,
    help_center_id: Number(c.help_center_id),
    ...collectionTranslatedView(ctx, c),
  };
}
