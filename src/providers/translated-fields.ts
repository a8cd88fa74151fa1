// Translations are compared as ordinary fields named `translations.<locale>.<field>`, so a plan
// shows `~ translations.fr.title` and the generic diff needs no special case. Only the locales a
// config declares become desired fields, so every other locale stays unmanaged. This file holds
// what articles and collections share: the field names and reading Intercom's locale maps.

export const translationField = (locale: string, field: string): string =>
  `translations.${locale}.${field}`;

const FIELD = /^translations\.([^.]+)\.([a-z_]+)$/;

/** `translations.fr.body` -> { locale: 'fr', field: 'body' }. */
export function parseTranslationField(name: string): { locale: string; field: string } | undefined {
  const m = FIELD.exec(name);
  return m ? { locale: m[1]!, field: m[2]! } : undefined;
}

/** Locales named by a list of changed fields, in first-seen order. */
export function changedLocales(fields: readonly { field: string }[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const parsed = parseTranslationField(f.field);
    if (parsed && !out.includes(parsed.locale)) out.push(parsed.locale);
  }
  return out;
}

/** The locale entries of Intercom's `translated_content` (its `type` key and nulls dropped). */
export function localeEntries<T extends object>(
  content: Record<string, T | string | null | undefined> | null | undefined,
): [string, T][] {
  return Object.entries(content ?? {}).flatMap(([locale, value]) =>
    locale !== 'type' && typeof value === 'object' && value !== null ? [[locale, value]] : [],
  );
}
