// Collections on a multilingual help center: name and description per non-default locale.
import type { SandboxContext } from '../context.js';
import { invalid } from '../errors.js';
import type { CollectionRecord } from '../state.js';
import type { Body } from '../request-body.js';
import {
  defaultLocale,
  isMultilingual,
  localeText,
  readTranslatedContent,
} from '../translated-content.js';

export function saveCollectionTranslations(
  ctx: SandboxContext,
  c: CollectionRecord,
  body: Body,
): void {
  for (const content of readTranslatedContent(ctx.state, body)) {
    if (content.locale === defaultLocale(ctx.state)) continue;
    const text = localeText(content, 'name');
    const existing = c.translated_content?.[content.locale];
    const name = text.name ?? existing?.name;
    if (name === undefined) {
      throw invalid(`translated_content.${content.locale}.name is required`);
    }
    c.translated_content ??= {};
    c.translated_content[content.locale] = {
      name,
      description:
        text.description !== undefined ? (text.description ?? '') : (existing?.description ?? ''),
    };
  }
}

export function collectionTranslatedView(
  ctx: SandboxContext,
  c: CollectionRecord,
): Record<string, unknown> {
  if (!isMultilingual(ctx.state)) return {};
  const content: Record<string, unknown> = { type: 'group_translated_content' };
  for (const [locale, t] of Object.entries(c.translated_content ?? {})) {
    content[locale] = { type: 'group_content', name: t.name, description: t.description };
  }
  return { translated_content: content };
}
