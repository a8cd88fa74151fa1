// One article becomes one file under help-center/: its collection's folder, a slug of its title
// made unique in that folder, `.md` (or `.html` when Markdown would not round-trip), with front
// matter pinning its id. Translations go in `<slug>.<locale>.md` next to it, named from the
// article's front matter; the article's collection is left to the folder (moving the file moves
// the article).
import { stringify } from 'yaml';
import type { ApiArticleListItem } from '../intercom/api-types.js';
import type { LiveObject } from '../model/objects.js';
import { slugify } from '../config/slug.js';
import { localeEntries } from '../providers/translated-fields.js';
import { textOrNull } from '../providers/desired-base.js';
import { exportBody } from './article-body.js';

export interface OutputFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  content: string;
}

export interface ArticleFiles {
  files: OutputFile[];
  /** True when the body is kept as HTML. */
  html: boolean;
}

export interface ArticleContext {
  /** Folder under help-center/ ('' at the top). */
  folder: string;
  /** Names already used in that folder (lower case), extended in place. */
  used: Set<string>;
  author: string;
}

export function articleFiles(live: LiveObject, ctx: ArticleContext): ArticleFiles {
  const raw = live.raw as ApiArticleListItem;
  const slug = uniqueSlug(slugify(raw.title) || `article-${live.id}`, ctx.used);
  const dir = ctx.folder === '' ? 'help-center' : `help-center/${ctx.folder}`;
  const body = exportBody(raw.body ?? '');
  const files: OutputFile[] = [];
  const translations: Record<string, Record<string, string | null>> = {};
  for (const [locale, c] of localeEntries(raw.translated_content)) {
    if (locale === raw.default_locale || typeof c.title !== 'string') continue;
    const t: Record<string, string | null> = {
      title: c.title,
      description: textOrNull(c.description),
    };
    if (c.body) {
      const tb = exportBody(c.body);
      t['body_file'] = `${slug}.${locale}.${tb.ext}`;
      files.push({ path: `${dir}/${t['body_file']}`, content: tb.text });
    }
    translations[locale] = t;
  }
  const front = {
    id: live.id,
    title: raw.title,
    description: textOrNull(raw.description),
    author: ctx.author,
    state: raw.state,
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
  const content = `---\n${stringify(front, { lineWidth: 0 })}---\n${body.text === '' ? '' : `\n${body.text}`}`;
  files.unshift({ path: `${dir}/${slug}.${body.ext}`, content });
  return { files, html: body.ext === 'html' };
}

function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
  used.add(slug.toLowerCase());
  return slug;
}
