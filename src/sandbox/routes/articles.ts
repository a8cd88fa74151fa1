// Articles. The request types differ between create and update exactly as in 2.16: parent_id is
// an integer on create (a string is refused) but a string on update (integers are also taken,
// as Intercom does). Bodies are rewritten on save (see html-rewrite.ts).
import { marked } from 'marked';
import type { Route, SandboxContext } from '../context.js';
import { nowSeconds } from '../context.js';
import { ApiError, invalid, notFound } from '../errors.js';
import { rewriteBody } from '../html-rewrite.js';
import { newestFirst, pageParams, paginate } from '../pagination.js';
import {
  isNumericId,
  objectBody,
  optBoolean,
  optNullableString,
  optString,
  type Body,
} from '../request-body.js';
import { nextId, removeWhere, type ArticleRecord } from '../state.js';
import { articleListItem, articleView } from './article-view.js';
import { saveArticleTranslations } from './article-translations.js';
import { withDefaultLocale } from '../translated-content.js';

export const articleRoutes: Route[] = [
  {
    method: 'GET',
    template: '/articles',
    handler: (req, ctx) => {
      const sorted = [...ctx.state.articles].sort(newestFirst);
      const page = paginate(sorted, pageParams(req.query, 25));
      return {
        body: { type: 'list', ...page, data: page.data.map((a) => articleListItem(ctx, a)) },
      };
    },
  },
  {
    method: 'POST',
    template: '/articles',
    handler: (req, ctx) => ({
      body: articleView(ctx, create(ctx, withDefaultLocale(ctx.state, objectBody(req.body)))),
    }),
  },
  {
    method: 'GET',
    template: '/articles/{id}',
    handler: (req, ctx) => ({ body: articleView(ctx, findArticle(ctx, req.params.id)) }),
  },
  {
    method: 'PUT',
    template: '/articles/{id}',
    handler: (req, ctx) => {
      const a = findArticle(ctx, req.params.id);
      update(ctx, a, withDefaultLocale(ctx.state, objectBody(req.body)));
      return { body: articleView(ctx, a) };
    },
  },
  {
    method: 'DELETE',
    template: '/articles/{id}',
    handler: (req, ctx) => {
      const a = findArticle(ctx, req.params.id);
      removeWhere(ctx.state.articles, (x) => x === a);
      return { body: { id: a.id, object: 'article', deleted: true } };
    },
  },
];

function findArticle(ctx: SandboxContext, id: string | undefined): ArticleRecord {
  const a = ctx.state.articles.find((x) => x.id === id);
  if (!a) throw notFound();
  return a;
}

const missing = (field: string): ApiError =>
  new ApiError(
    400,
    'parameter_not_found',
    `${field} must be in the main body or default locale translated_content object`,
  );

function create(ctx: SandboxContext, body: Body): ArticleRecord {
  if (typeof body.title !== 'string' || body.title.trim() === '') throw missing('title');
  if (body.author_id === undefined || body.author_id === null) throw missing('author_id');
  const authorId = author(ctx, body.author_id);
  if (
    body.parent_id !== undefined &&
    body.parent_id !== null &&
    typeof body.parent_id !== 'number'
  ) {
    throw invalid('parent_id must be an integer');
  }
  const parentId = parent(ctx, body, () => invalid('parent_id does not match a collection'));
  const content = readBody(body);
  const now = nowSeconds(ctx);
  const me = Number(ctx.state.me);
  const a: ArticleRecord = {
    id: nextId(ctx.state, 'article'),
    title: body.title,
    description: optNullableString(body, 'description') ?? null,
    body: '',
    body_markdown: null,
    author_id: authorId,
    state: state(body) ?? 'draft',
    parent_id: parentId ?? null,
    created_at: now,
    updated_at: now,
    created_by_id: me,
    updated_by_id: me,
    ai_chatbot_availability: optBoolean(body, 'ai_chatbot_availability') ?? true,
    ai_copilot_availability: optBoolean(body, 'ai_copilot_availability') ?? true,
    ai_sales_agent_availability: optBoolean(body, 'ai_sales_agent_availability') ?? false,
    images: {},
  };
  setBody(ctx, a, content);
  saveArticleTranslations(ctx, a, body);
  ctx.state.articles.push(a);
  return a;
}

function update(ctx: SandboxContext, a: ArticleRecord, body: Body): void {
  if (body.title !== undefined && (typeof body.title !== 'string' || body.title.trim() === '')) {
    throw invalid('title must be a non-empty string');
  }
  const authorId = body.author_id === undefined ? undefined : author(ctx, body.author_id);
  const description = optNullableString(body, 'description');
  const newState = state(body);
  // An unknown parent on update is answered like an unknown article: 404.
  const parentId = parent(ctx, body, () => notFound());
  const flags = (
    ['ai_chatbot_availability', 'ai_copilot_availability', 'ai_sales_agent_availability'] as const
  ).map((k) => [k, optBoolean(body, k)] as const);
  const content = readBody(body);
  saveArticleTranslations(ctx, a, body);
  setBody(ctx, a, content);
  if (typeof body.title === 'string') a.title = body.title;
  if (authorId !== undefined) a.author_id = authorId;
  if (description !== undefined) a.description = description;
  if (newState !== undefined) a.state = newState;
  if (parentId !== undefined) a.parent_id = parentId;
  for (const [k, v] of flags) if (v !== undefined) a[k] = v;
  a.updated_at = nowSeconds(ctx);
  a.updated_by_id = Number(ctx.state.me);
}

function author(ctx: SandboxContext, raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw))
    throw invalid('author_id must be an integer');
  if (!ctx.state.admins.some((x) => x.id === String(raw))) {
    throw invalid("author_id must be a teammate on the help center's workspace");
  }
  return raw;
}

function state(body: Body): 'published' | 'draft' | undefined {
  const s = optString(body, 'state');
  if (s === undefined || s === 'published' || s === 'draft') return s;
  throw invalid("state must be 'published' or 'draft'");
}

/** undefined: not sent; null: standalone; otherwise the collection id. */
function parent(
  ctx: SandboxContext,
  body: Body,
  unknown: () => ApiError,
): string | null | undefined {
  const type = body.parent_type;
  if (type !== undefined && type !== null && type !== 'collection' && type !== 'section') {
    throw invalid("parent_type must be 'collection' or 'section'");
  }
  const raw = body.parent_id;
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  if (!isNumericId(raw)) throw invalid('parent_id must be a collection id');
  if (!ctx.state.collections.some((c) => c.id === String(raw))) throw unknown();
  return String(raw);
}

interface Content {
  html?: string;
  markdown?: string;
}

function readBody(body: Body): Content | undefined {
  const html = optString(body, 'body');
  const markdown = optString(body, 'body_markdown');
  if (html !== undefined && markdown !== undefined) {
    throw invalid('body and body_markdown are mutually exclusive');
  }
  return html === undefined && markdown === undefined ? undefined : { html, markdown };
}

function setBody(ctx: SandboxContext, a: ArticleRecord, content: Content | undefined): void {
  if (!content) return;
  const source = content.html ?? (marked.parse(content.markdown ?? '', { async: false }) as string);
  a.body = rewriteBody(source, a.images, () => nextId(ctx.state, 'image'));
  a.body_markdown = content.markdown ?? null;
}
