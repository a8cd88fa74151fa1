// The articles of `articles_dir` join those under `articles:` as one list, so the schema, the
// duplicate and reference checks and toDesired treat both alike. Positions follow: the source map
// sends `articles[i]` of a file-based article into that file's front matter, and messages say
// "the front matter" where they would have said `articles[57]`.
import type { Problem } from '../../errors/problem.js';
import { isRecord } from '../data-path.js';
import { entryKey, rawConfig } from '../raw-config.js';
import type { SourceMap } from '../source-map.js';
import type { Root } from '../inside-root.js';
import type { Lookup } from '../variables.js';
import { loadArticlesDir, type DirArticle } from './load-articles-dir.js';

export interface MergedArticles {
  data: unknown;
  /** Index of the first file-based article in the combined list. */
  first: number;
  articles: DirArticle[];
  problems: Problem[];
  warnings: Problem[];
}

export async function mergeArticlesDir(
  data: unknown,
  map: SourceMap,
  configPath: string,
  context: { lookup: Lookup; root: Root },
): Promise<MergedArticles> {
  const listed = isRecord(data) ? data['articles'] : undefined;
  const first = Array.isArray(listed) ? listed.length : 0;
  const none = { data, first, articles: [], problems: [], warnings: [] };
  const dir = isRecord(data) ? data['articles_dir'] : undefined;
  // A wrong type is the schema's to report; a list that is not a list cannot be extended.
  if (typeof dir !== 'string' || dir === '' || (listed !== undefined && !Array.isArray(listed))) {
    return none;
  }
  const collectionKeys = new Set(rawConfig(data).collections.flatMap((c) => entryKey(c) ?? []));
  const loaded = await loadArticlesDir({
    dir,
    pos: map.value(['articles_dir']),
    configPath,
    displayConfig: map.file,
    ...context,
    collectionKeys,
  });
  const articles = loaded.articles;
  map.setOverlay((path) => {
    const index = path[1];
    if (path[0] !== 'articles' || typeof index !== 'number' || index < first) return undefined;
    const article = articles[index - first];
    return article ? { map: article.map, path: path.slice(2) } : undefined;
  });
  const merged = { ...(data as Record<string, unknown>) };
  merged['articles'] = [
    ...((listed as unknown[] | undefined) ?? []),
    ...articles.map((a) => a.data),
  ];
  return { data: merged, first, articles, problems: loaded.problems, warnings: loaded.warnings };
}

/** `articles[57]` -> `the front matter` for file-based articles, in messages and hints. */
export function relabel(problems: Problem[], first: number): Problem[] {
  const fix = (text: string): string =>
    text.replace(/articles\[(\d+)\]/g, (m, i: string) =>
      Number(i) >= first ? 'the front matter' : m,
    );
  return problems.map((p) => ({
    ...p,
    message: fix(p.message),
    ...(p.hint !== undefined ? { hint: fix(p.hint) } : {}),
  }));
}
