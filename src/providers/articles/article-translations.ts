// Article translations as comparable fields and as request bodies. Bodies are compared in the
// same canonical form as the article's own body and shown as line diffs; a locale's content is
// sent whole (title, description, body, plus the article's author and state, which a new locale
// needs) whenever any of its fields changed.
import type { ApiArticleTranslatedContent } from '../../intercom/api-types.js';
import type { ArticleTranslation, DesiredArticle } from '../../model/desired.js';
import type { Fields } from '../../model/objects.js';
import { textOrNull } from '../desired-base.js';
import { localeEntries, parseTranslationField, translationField } from '../translated-fields.js';
import { normalizeHtml } from './normalize-html.js';

export function desiredTranslationFields(
  translations: Record<string, ArticleTranslation> | undefined,
): Fields {
  const fields: Fields = {};
  for (const locale of Object.keys(translations ?? {}).sort()) {
    const t = translations![locale]!;
    fields[translationField(locale, 'title')] = t.title;
    fields[translationField(locale, 'description')] =
      t.description === undefined ? undefined : textOrNull(t.description);
    fields[translationField(locale, 'body')] =
      t.body === undefined ? undefined : normalizeHtml(t.body);
  }
  return fields;
}

export function liveTranslationFields(
  content: ApiArticleTranslatedContent | null | undefined,
): Fields {
  const fields: Fields = {};
  for (const [locale, c] of localeEntries(content)) {
    fields[translationField(locale, 'title')] = c.title ?? null;
    fields[translationField(locale, 'description')] = textOrNull(c.description);
    fields[translationField(locale, 'body')] = normalizeHtml(c.body ?? '');
  }
  return fields;
}

/** Fields shown as unified line diffs: the body and every translated body. */
export function articleTextFields(fields: Fields): string[] {
  return Object.keys(fields).filter(
    (f) => f === 'body' || parseTranslationField(f)?.field === 'body',
  );
}

/** `translated_content` for the given locales (all declared ones by default). */
export function translatedContent(
  a: DesiredArticle,
  authorId: number,
  locales: readonly string[] = Object.keys(a.translations ?? {}),
): ApiArticleTranslatedContent | undefined {
  const out: ApiArticleTranslatedContent = {};
  for (const locale of locales) {
    const t = a.translations?.[locale];
    if (!t) continue;
    out[locale] = {
      title: t.title,
      ...(t.description !== undefined ? { description: t.description ?? '' } : {}),
      ...(t.body !== undefined ? { body: t.body } : {}),
      author_id: authorId,
      ...(a.state !== undefined ? { state: a.state } : {}),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
