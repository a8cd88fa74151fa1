// Seeded translations become state exactly as if they had been saved through the API: bodies are
// rewritten per locale (h3-h6 to h2, images re-hosted) with the article's own image map, so a
// seeded multilingual help center reads back like a real one.
import { rewriteBody } from './html-rewrite.js';
import type { SeedArticle, SeedCollection } from './seed-types.js';
import {
  nextId,
  type ArticleLocaleRecord,
  type CollectionLocaleRecord,
  type SandboxState,
} from './state.js';

export function seedArticleContent(
  state: SandboxState,
  article: SeedArticle,
  images: Record<string, string>,
  now: number,
): Record<string, ArticleLocaleRecord> {
  const out: Record<string, ArticleLocaleRecord> = {};
  for (const [locale, c] of Object.entries(article.translated_content ?? {})) {
    out[locale] = {
      title: c.title,
      description: c.description ?? null,
      body: rewriteBody(c.body ?? '', images, () => nextId(state, 'image')),
      author_id: article.author_id,
      state: c.state ?? article.state ?? 'draft',
      created_at: article.created_at ?? now,
      updated_at: article.updated_at ?? article.created_at ?? now,
    };
  }
  return out;
}

export function seedGroupContent(
  content: NonNullable<SeedCollection['translated_content']>,
): Record<string, CollectionLocaleRecord> {
  return Object.fromEntries(
    Object.entries(content).map(([locale, c]) => [
      locale,
      { name: c.name, description: c.description ?? '' },
    ]),
  );
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Translations must use the help center's other locales and name the article or collection. */
export function checkSeedTranslations(seed: Obj): string[] {
  const hc = isObj(seed.help_center) ? seed.help_center : {};
  const locales = Array.isArray(hc.locales) && hc.locales.length > 0 ? hc.locales : ['en'];
  if (!locales.every((l) => typeof l === 'string' && l !== '')) {
    return ['help_center.locales must be a list of locale codes'];
  }
  const problems: string[] = [];
  const check = (kind: string, nameField: string): void => {
    const list = Array.isArray(seed[kind]) ? (seed[kind] as unknown[]) : [];
    list.forEach((item, i) => {
      const tc = isObj(item) ? item.translated_content : undefined;
      if (tc === undefined) return;
      if (!isObj(tc))
        return void problems.push(`${kind}[${i}].translated_content must be an object`);
      for (const [locale, c] of Object.entries(tc)) {
        const where = `${kind}[${i}].translated_content.${locale}`;
        if (!locales.includes(locale) || locale === locales[0]) {
          problems.push(`${where}: ${locale} is not a non-default locale of help_center.locales`);
        }
        if (!isObj(c) || typeof c[nameField] !== 'string' || c[nameField] === '') {
          problems.push(`${where}.${nameField} is required`);
        }
      }
    });
  };
  check('articles', 'title');
  check('collections', 'name');
  return problems;
}
