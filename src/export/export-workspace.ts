// `export`: read the live workspace and write it as configuration: workspace.yaml plus one file
// per article under help-center/<collection folders>/. The result is meant to plan to zero
// changes at once, so everything is read through the providers and written in the form the
// config loader reads back; a body that Markdown cannot carry faithfully stays HTML.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiArticleListItem } from '../intercom/api-types.js';
import type { Kind, LiveObject } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';
import { SCHEMA_URL } from '../config/schema.js';
import { articleFiles, type OutputFile } from './article-files.js';
import { layoutCollections } from './collection-layout.js';
import { EXPORT_KINDS } from './kinds.js';
import { exportNotes } from './notes.js';
import { prepareOutDir, writeInside } from './out-dir.js';
import { readLive } from './read-live.js';
import type { ExportEvent, ExportOptions, ExportResult } from './types.js';
import { workspaceYaml } from './workspace-doc.js';

export async function exportWorkspace(options: ExportOptions): Promise<ExportResult> {
  const emit = (e: ExportEvent): void => options.onEvent?.(e);
  const outDir = resolve(options.outDir);
  const kinds = new Set<Kind>(options.kinds ?? EXPORT_KINDS);
  await prepareOutDir(outDir, options.force ?? false);
  const live = await readLive(options.client, kinds, emit);
  const pick = (kind: Kind): LiveObject[] | undefined =>
    kinds.has(kind) ? (live.objects[kind] ?? []) : undefined;
  const collections = kinds.has('collection')
    ? layoutCollections(live.objects.collection ?? [])
    : undefined;
  const warnings: Problem[] = [];
  const htmlBodies: string[] = [];
  const files: OutputFile[] = [];
  if (kinds.has('article')) {
    const folders = new Map((collections ?? []).map((c) => [c.live.id, c.folder]));
    const used = new Map<string, Set<string>>();
    const emails = new Map((live.objects.admin ?? []).map((a) => [a.id, a.name]));
    for (const article of sortedArticles(live.objects.article ?? [])) {
      const folder = (article.scope != null ? folders.get(article.scope) : undefined) ?? '';
      const author = authorOf(article, emails, warnings);
      if (!used.has(folder)) used.set(folder, new Set());
      const out = articleFiles(article, { folder, used: used.get(folder)!, author });
      if (out.html) htmlBodies.push(out.files[0]!.path);
      files.push(...out.files);
    }
  }
  const schemaPath = relative(outDir, fileURLToPath(SCHEMA_URL)).split('\\').join('/');
  const yaml = workspaceYaml({
    live,
    schemaPath,
    ...optional('tags', pick('tag')),
    ...optional('collections', collections),
    ...optional('companies', pick('company')),
    ...optional('admins', pick('admin')),
    // No folder is written without an article in it, and articles_dir must name one that exists.
    articles: kinds.has('article') && files.length > 0,
  });
  files.unshift({ path: 'workspace.yaml', content: yaml });
  emit({ type: 'writing', total: files.length });
  for (const file of files) {
    await writeInside(outDir, file.path, file.content);
    emit({ type: 'write', path: file.path });
  }
  emit({ type: 'done', files: files.length });
  const counts: Partial<Record<Kind, number>> = {};
  for (const kind of kinds) counts[kind] = live.objects[kind]?.length ?? 0;
  const notes = exportNotes(kinds);
  return { outDir, files: files.map((f) => f.path), counts, htmlBodies, warnings, notes };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Oldest first, so an article keeps its file name when newer ones with its title appear. */
function sortedArticles(list: LiveObject[]): LiveObject[] {
  return [...list].sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
}

function authorOf(article: LiveObject, emails: Map<string, string>, warnings: Problem[]): string {
  const raw = article.raw as ApiArticleListItem;
  const email = emails.get(String(raw.author_id));
  if (email) return email;
  warnings.push({
    message: `article "${raw.title}" (id ${article.id}): author ${String(raw.author_id)} is not a teammate any more`,
    hint: `set \`author:\` in its front matter to a current teammate's email before running plan`,
    severity: 'warning',
  });
  return `admin-${String(raw.author_id)}@unknown.invalid`;
}
