// Collection translations (name and description per locale) as comparable fields and as the
// `translated_content` of a request; a locale is sent whole whenever any of its fields changed.
import type { ApiGroupTranslatedContent } from '../../intercom/api-types.js';
import type { CollectionTranslation } from '../../model/desired.js';
import type { Fields } from '../../model/objects.js';
import { textOrNull } from '../desired-base.js';
import { localeEntries, translationField } from '../translated-fields.js';

export function desiredCollectionTranslationFields(
  translations: Record<string, CollectionTranslation> | undefined,
): Fields {
  const fields: Fields = {};
  for (const locale of Object.keys(translations ?? {}).sort()) {
    const t = translations![locale]!;
    fields[translationField(locale, 'name')] = t.name;
    fields[translationField(locale, 'description')] =
      t.description === undefined ? undefined : textOrNull(t.description);
  }
  return fields;
}

export function liveCollectionTranslationFields(
  content: ApiGroupTranslatedContent | null | undefined,
): Fields {
  const fields: Fields = {};
  for (const [locale, c] of localeEntries(content)) {
    fields[translationField(locale, 'name')] = c.name ?? null;
    fields[translationField(locale, 'description')] = textOrNull(c.description);
  }
  return fields;
}

/** `translated_content` for the given locales (all declared ones by default). */
export function collectionTranslatedContent(
  translations: Record<string, CollectionTranslation> | undefined,
  locales: readonly string[] = Object.keys(translations ?? {}),
): ApiGroupTranslatedContent | undefined {
  const out: ApiGroupTranslatedContent = {};
  for (const locale of locales) {
    const t = translations?.[locale];
    if (!t) continue;
    out[locale] = {
      name: t.name,
      ...(t.description !== undefined ? { description: t.description ?? '' } : {}),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
