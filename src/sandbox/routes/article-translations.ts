// Articles on a multilingual help center: the non-default locales of `translated_content` are
// stored next to the article with their bodies rewritten on save, and returned with freshly
// signed image URLs on every read, just like the default body.
import type { SandboxContext } from '../context.js';
import { nowSeconds } from '../context.js';
import { invalid } from '../errors.js';
import { renderBody, rewriteBody } from '../html-rewrite.js';
import { nextId, type ArticleRecord } from '../state.js';
import type { Body } from '../request-body.js';
import {
  defaultLocale,
  isMultilingual,
  localeText,
  readTranslatedContent,
} from '../translated-content.js';
import { helpCenterUrl } from '../urls.js';

/** Stores every non-default locale of the request on the article. */
export function saveArticleTranslations(ctx: SandboxContext, a: ArticleRecord, body: Body): void {
  const now = nowSeconds(ctx);
  for (const c of readTranslatedContent(ctx.state, body)) {
    if (c.locale === defaultLocale(ctx.state)) continue;
    const text = localeText(c, 'title');
    const existing = a.translated_content?.[c.locale];
    const title = text.name ?? existing?.title;
    if (title === undefined) throw invalid(`translated_content.${c.locale}.title is required`);
    const state = c.fields.state;
    if (state !== undefined && state !== 'published' && state !== 'draft') {
      throw invalid("state must be 'published' or 'draft'");
    }
    a.translated_content ??= {};
    a.translated_content[c.locale] = {
      title,
      description:
        text.description !== undefined ? text.description : (existing?.description ?? null),
      body:
        text.body !== undefined
          ? rewriteBody(text.body, a.images, () => nextId(ctx.state, 'image'))
          : (existing?.body ?? ''),
      author_id: typeof c.fields.author_id === 'number' ? c.fields.author_id : a.author_id,
      state: state ?? existing?.state ?? a.state,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    };
  }
}

/** `translated_content` as an article read returns it, or nothing on a one-language help center. */
export function articleTranslatedView(
  ctx: SandboxContext,
  a: ArticleRecord,
): Record<string, unknown> {
  if (!isMultilingual(ctx.state)) return {};
  const content: Record<string, unknown> = { type: 'article_translated_content' };
  for (const [locale, t] of Object.entries(a.translated_content ?? {})) {
    content[locale] = {
      type: 'article_content',
      title: t.title,
      description: t.description ?? '',
      body: renderBody(t.body, ctx.now()),
      author_id: t.author_id,
      state: t.state,
      created_at: t.created_at,
      updated_at: t.updated_at,
      url: helpCenterUrl(ctx.state, 'articles', a.id, t.title).replace(
        `/${defaultLocale(ctx.state)}/`,
        `/${locale}/`,
      ),
    };
  }
  return { translated_content: content };
}
