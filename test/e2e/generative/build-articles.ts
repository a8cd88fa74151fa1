// Articles: seeded in collections or standalone; declared inline under `articles:` (body inline or
// from a .md/.html file) or as Markdown/HTML files with front matter in articles_dir, whose folder
// is the collection. Authors are seeded admins, in any letter case, or now and then nobody's.
import type { SeedArticle } from '../../../src/sandbox/index.js';
import type { BodyText } from './arbitraries-names.js';
import { adminSeedId } from './build-admins.js';
import type { CollectionIndex } from './build-collections.js';
import { KNOWN_GAPS } from './known-gaps.js';
import {
  byLocale,
  isKnownLocale,
  put,
  resolveLocale,
  type BuildContext,
  type Yaml,
} from './build-context.js';
import type { DeclArticle } from './model.js';
import { frontMatterFile } from './render.js';
import type { ArticleSpec, ArticleTranslationSpec } from './spec.js';
import {
  bodyHtml,
  bodyMarkdown,
  bodyText,
  renameAbsentTwins,
  separateScopedNames,
  slug,
  specNames,
  swapCase,
  UniqueNames,
} from './text.js';

export const articleSeedId = (i: number): string => String(501 + i);
export const ARTICLES_DIR = 'help-center';
const STRANGER = 'someone.else@elsewhere.example';
const DEFAULT_BODY: BodyText = { paragraphs: ['hello'], image: false };

interface Built {
  spec: ArticleSpec;
  index: number;
  decl: DeclArticle;
  /** Body text per translated locale, for the files and inline bodies. */
  bodies: Record<string, BodyText>;
}

export function buildArticles(ctx: BuildContext, collections: CollectionIndex): void {
  const titles = specNames(
    ctx.spec.articles.map((a) => ({ ...a, name: a.title, newName: a.newTitle })),
  );
  seedArticles(ctx, collections, titles.names);
  const built = ctx.spec.articles.flatMap((a, i): Built[] =>
    a.decl === 'none' ? [] : [declare(ctx, a, i, collections, titles)],
  );
  separateScopedNames(
    built.map((b) => b.decl),
    (d) => d.collection,
    (d) => d.title,
    (d, title) => (d.title = title),
  );
  if (KNOWN_GAPS.absentTwinOfPresentEntry) {
    renameAbsentTwins(
      built.map((b) => b.decl),
      (d) => d.collection,
      (d) => d.title,
      (d, title) => (d.title = title),
    );
  }
  dropClashingPreviousTitles(built.map((b) => b.decl));
  const keys = new UniqueNames();
  const inline: Yaml[] = [];
  for (const b of built) {
    if (b.spec.inDir) writeInDir(ctx, b, keys, collections);
    else inline.push(inlineEntry(ctx, b, keys));
    ctx.model.articles.push(b.decl);
  }
  if (inline.length > 0) ctx.config.articles = inline;
  if (built.some((b) => b.spec.inDir)) ctx.config.articles_dir = ARTICLES_DIR;
}

function seedArticles(ctx: BuildContext, collections: CollectionIndex, titles: string[]): void {
  const nColl = ctx.spec.collections.length;
  const seeded = ctx.spec.articles.flatMap((a, i): SeedArticle[] => {
    if (!a.live) return [];
    let parent =
      a.live.collection !== null && nColl > 0
        ? collections.seedIds[a.live.collection % nColl]
        : undefined;
    if (KNOWN_GAPS.articleInDeletedCollection && parent && collections.doomedIds.has(parent)) {
      parent = undefined;
    }
    const translations = byLocale(
      a.live.translations.flatMap((t) => {
        const locale = resolveLocale(ctx, t.locale, 'seed');
        return locale ? [{ ...t, locale }] : [];
      }),
    );
    const content = Object.fromEntries(
      translations.map((t) => [
        t.locale,
        {
          title: t.title,
          description: t.description ?? null,
          ...(t.body ? { body: bodyHtml(t.body) } : {}),
        },
      ]),
    );
    return [
      {
        id: articleSeedId(i),
        title: titles[i]!,
        description: a.live.description,
        body: bodyHtml(a.live.body),
        author_id: Number(adminSeedId(a.live.author % ctx.spec.admins.length)),
        state: a.live.state,
        parent_id: parent ?? null,
        ...(translations.length > 0 ? { translated_content: content } : {}),
      },
    ];
  });
  if (seeded.length > 0) ctx.seed.articles = seeded;
}

function declare(
  ctx: BuildContext,
  a: ArticleSpec,
  i: number,
  collections: CollectionIndex,
  titles: { names: string[]; newNames: string[] },
): Built {
  const title = titles.names[i]!;
  const newTitle = titles.newNames[i]!;
  const how = a.how === 'pin' && !a.live ? 'same' : a.how;
  const nColl = ctx.spec.collections.length;
  const author =
    typeof a.author === 'number' ? ctx.adminEmails[a.author % ctx.spec.admins.length]! : STRANGER;
  const ensure = a.decl === 'absent' ? 'absent' : 'present';
  const decl: DeclArticle = { key: '', title, previous: [], ensure, author };
  if (how === 'case') decl.title = swapCase(title);
  if (how === 'rename' && a.decl === 'present') {
    decl.title = newTitle;
    decl.previous = [title];
  }
  if (how === 'pin') {
    decl.title = newTitle;
    decl.id = articleSeedId(i);
  }
  if (how === 'pinMissing') {
    decl.id = String(9901 + i);
    if (a.decl === 'present')
      ctx.mustRefuse.push(`article "${decl.title}" is pinned to a missing id`);
  }
  if (a.collection !== 'omit') {
    const target =
      a.collection === null || nColl === 0 ? undefined : collections.decls[a.collection % nColl];
    const usable = target && (a.decl === 'absent' || target.ensure === 'present');
    // No collection to point at: null when the spec says so, else the collection is not managed.
    if (usable) decl.collection = target.key;
    else if (a.collection === null) decl.collection = null;
  }
  const bodies: Record<string, BodyText> = {};
  if (a.decl === 'present') {
    if (a.author === 'stranger')
      ctx.mustRefuse.push(`article "${decl.title}": author ${author} is no teammate`);
    if (a.state !== undefined) decl.state = a.state;
    if (a.description !== undefined) decl.description = a.description;
    const body = a.inDir ? (a.body?.text ?? DEFAULT_BODY) : a.body?.text;
    if (body) decl.bodyText = bodyText(body);
    if (a.translations) decl.translations = translations(ctx, a.translations, decl, bodies);
  }
  return { spec: a, index: i, decl, bodies };
}

function translations(
  ctx: BuildContext,
  specs: ArticleTranslationSpec[],
  decl: DeclArticle,
  bodies: Record<string, BodyText>,
): DeclArticle['translations'] {
  const list = byLocale(
    specs.flatMap((t) => {
      const locale = resolveLocale(ctx, t.locale, 'config');
      return locale ? [{ ...t, locale }] : [];
    }),
  );
  const out: NonNullable<DeclArticle['translations']> = {};
  for (const t of list) {
    if (!isKnownLocale(ctx, t.locale)) {
      ctx.mustRefuse.push(`article "${decl.title}": locale ${t.locale} is not in the help center`);
    }
    out[t.locale] = {
      title: t.title,
      ...(t.description !== undefined ? { description: t.description } : {}),
      ...(t.body ? { bodyText: bodyText(t.body) } : {}),
    };
    if (t.body) bodies[t.locale] = t.body;
  }
  return out;
}

/** A previous title may not be another entry's title, nor claimed by two entries. */
function dropClashingPreviousTitles(decls: DeclArticle[]): void {
  const titles = new Set(decls.map((d) => d.title));
  const claimed = new Set<string>();
  for (const d of decls) {
    d.previous = d.previous.filter((p) => p !== d.title && !titles.has(p) && !claimed.has(p));
    d.previous.forEach((p) => claimed.add(p));
  }
}

function common(b: Built, entry: Yaml, withCollection: boolean): void {
  const { decl, spec } = b;
  entry.title = decl.title;
  put(entry, 'id', decl.id);
  entry.author = spec.authorUpperCase ? decl.author.toUpperCase() : decl.author;
  if (withCollection) put(entry, 'collection', decl.collection);
  if (decl.ensure === 'absent') entry.ensure = 'absent';
  put(entry, 'state', decl.state);
  put(entry, 'description', decl.description);
  if (decl.previous.length > 0) entry.previous_names = decl.previous;
  if (spec.protect) entry.protect = true;
}

function translationEntries(
  b: Built,
  bodyOf: (locale: string, body: BodyText) => Yaml,
): Yaml | undefined {
  if (!b.decl.translations) return undefined;
  return Object.fromEntries(
    Object.entries(b.decl.translations).map(([locale, t]) => {
      const out: Yaml = { title: t.title };
      put(out, 'description', t.description);
      const body = b.bodies[locale];
      return [locale, body ? { ...out, ...bodyOf(locale, body) } : out];
    }),
  );
}

function inlineEntry(ctx: BuildContext, b: Built, keys: UniqueNames): Yaml {
  const { decl, spec, index: i } = b;
  const entry: Yaml = {};
  const derived = slug(decl.title);
  const explicit = spec.explicitKey || derived === '' || keys.has(derived);
  decl.key = keys.take(explicit ? `art${i}` : derived);
  if (explicit) entry.key = decl.key;
  common(b, entry, true);
  if (decl.ensure === 'present' && spec.body) {
    const { text, mode } = spec.body;
    if (mode === 'inline') entry.body = bodyHtml(text);
    else {
      const file = `bodies/art${i}.${mode}`;
      ctx.files[file] = mode === 'md' ? bodyMarkdown(text) : bodyHtml(text);
      entry.body_file = file;
    }
  }
  put(
    entry,
    'translations',
    translationEntries(b, (locale, body) => {
      if (i % 2 === 0) return { body: bodyHtml(body) };
      const file = `bodies/art${i}.${locale}.md`;
      ctx.files[file] = bodyMarkdown(body);
      return { body_file: file };
    }),
  );
  return entry;
}

function writeInDir(
  ctx: BuildContext,
  b: Built,
  keys: UniqueNames,
  collections: CollectionIndex,
): void {
  const { decl, spec, index: i } = b;
  const entry: Yaml = {};
  const folder = typeof decl.collection === 'string' ? folderOf(decl.collection, collections) : [];
  const base = `${slug(decl.title) || 'article'}-${i}`;
  const html = spec.body?.mode === 'html';
  const derived = [...folder, base]
    .map(slug)
    .filter((s) => s !== '')
    .join('/');
  const explicit = spec.explicitKey || keys.has(derived);
  decl.key = keys.take(explicit ? `art${i}` : derived);
  if (explicit) entry.key = decl.key;
  // The folder names the collection; a file at the top names it in its front matter, or not at all.
  common(b, entry, folder.length === 0);
  put(
    entry,
    'translations',
    translationEntries(b, (locale, body) => {
      const file = `${base}.${locale}.md`;
      ctx.files[[ARTICLES_DIR, ...folder, file].join('/')] = bodyMarkdown(body);
      return { body_file: file };
    }),
  );
  const body = spec.body?.text ?? DEFAULT_BODY;
  const rel = [ARTICLES_DIR, ...folder, `${base}.${html ? 'html' : 'md'}`].join('/');
  ctx.files[rel] = frontMatterFile(entry, html ? bodyHtml(body) : bodyMarkdown(body));
}

/** A collection's folders: its ancestors' keys, then its own (the last one names it). */
function folderOf(key: string, collections: CollectionIndex): string[] {
  const byKey = new Map(collections.decls.flatMap((d) => (d ? [[d.key, d] as const] : [])));
  const out: string[] = [];
  let d = byKey.get(key);
  while (d && out.length < 4) {
    out.unshift(d.key);
    d = typeof d.parent === 'string' ? byKey.get(d.parent) : undefined;
  }
  return out;
}
