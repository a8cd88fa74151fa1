// `translated_content` on a multilingual help center, as Intercom handles it: each key is a
// locale of the help center; the default locale's content is the object's own title/name,
// description and body, the others are stored per locale with the same body rewrite (h3-h6 to
// h2, images re-hosted). A locale the help center does not have is refused, like Intercom does.
import { invalid } from './errors.js';
import { optNullableString, optString, type Body } from './request-body.js';
import { defaultHelpCenter, type SandboxState } from './state.js';

/** The help center's locales; the first is the default. */
export function locales(state: SandboxState): string[] {
  const list = defaultHelpCenter(state).locales;
  return list.length > 0 ? list : ['en'];
}

export function defaultLocale(state: SandboxState): string {
  return locales(state)[0] ?? 'en';
}

export function isMultilingual(state: SandboxState): boolean {
  return locales(state).length > 1;
}

export interface LocaleContent {
  locale: string;
  fields: Body;
}

/**
 * The per-locale objects of a request's `translated_content` (its `type` key skipped), checked:
 * every key must be one of the help center's locales and every value an object.
 */
export function readTranslatedContent(state: SandboxState, body: Body): LocaleContent[] {
  const raw = body.translated_content;
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalid('translated_content must be an object');
  }
  const known = locales(state);
  const out: LocaleContent[] = [];
  for (const [locale, value] of Object.entries(raw as Body)) {
    if (locale === 'type') continue;
    if (!known.includes(locale)) {
      throw invalid(`translated_content.${locale}: ${locale} is not a locale of this help center`);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw invalid(`translated_content.${locale} must be an object`);
    }
    out.push({ locale, fields: value as Body });
  }
  return out;
}

/** The default locale's content merged under the top-level fields (top-level wins). */
export function withDefaultLocale(state: SandboxState, body: Body): Body {
  const main = readTranslatedContent(state, body).find((c) => c.locale === defaultLocale(state));
  return main ? { ...main.fields, ...body } : body;
}

/** A locale's text fields, type-checked; `what` names the title field (title or name). */
export function localeText(
  c: LocaleContent,
  what: 'title' | 'name',
): { name?: string; description?: string | null; body?: string } {
  const prefix = (key: string): string => `translated_content.${c.locale}.${key}`;
  const check = <T>(read: () => T, key: string): T => {
    try {
      return read();
    } catch {
      throw invalid(`${prefix(key)} must be a string`);
    }
  };
  const name = check(() => optString(c.fields, what), what);
  if (name !== undefined && name.trim() === '') throw invalid(`${prefix(what)} must not be empty`);
  return {
    ...(name !== undefined ? { name } : {}),
    ...(c.fields.description !== undefined
      ? { description: check(() => optNullableString(c.fields, 'description'), 'description') }
      : {}),
    ...(c.fields.body !== undefined
      ? { body: check(() => optString(c.fields, 'body'), 'body') }
      : {}),
  };
}
