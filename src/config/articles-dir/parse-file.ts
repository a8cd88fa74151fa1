// One file of `articles_dir`: read it, split off the front matter and parse that as YAML with
// positions in the file itself, `${NAME}` interpolation included, so a mistake in front matter is
// reported at its own file:line:column like any other config error. A file (or symlink) that
// resolves outside the repository is refused before a byte of it is read.
import type { Problem } from '../../errors/problem.js';
import { isRecord } from '../data-path.js';
import { splitFrontMatter } from '../front-matter.js';
import { interpolateDocument } from '../interpolate-document.js';
import { parseYaml } from '../parse-yaml.js';
import { readInside, type Root } from '../inside-root.js';
import type { SourceMap } from '../source-map.js';
import type { Lookup } from '../variables.js';

export interface ArticleFile {
  /** Path relative to articles_dir, `/`-separated. */
  rel: string;
  abs: string;
  /** Path as shown in messages. */
  display: string;
  /** Absent when the file has no front matter (or it could not be used). */
  front?: { data: Record<string, unknown>; map: SourceMap; body: string; bodyLine: number };
  /** True when the file starts without a `---` line at all. */
  noFrontMatter: boolean;
  problems: Problem[];
  warnings: Problem[];
}

export async function parseArticleFile(
  abs: string,
  rel: string,
  display: string,
  context: { lookup: Lookup; root: Root },
): Promise<ArticleFile> {
  const out: ArticleFile = { rel, abs, display, noFrontMatter: false, problems: [], warnings: [] };
  const top = { file: display, line: 1, col: 1 };
  const read = await readInside(abs, `article file \`${display}\``, context.root);
  if (!read.ok) {
    out.problems.push({ pos: top, message: read.message, hint: read.hint });
    return out;
  }
  const split = splitFrontMatter(read.text.replace(/\r\n?/g, '\n'));
  if (split.kind === 'none') {
    out.noFrontMatter = true;
    return out;
  }
  if (split.kind === 'unclosed') {
    out.problems.push({
      pos: top,
      message: 'the front matter is not closed',
      hint: 'end the front matter with a line of three dashes (---) before the body',
    });
    return out;
  }
  const parsed = parseYaml(split.yaml, display);
  out.problems.push(...parsed.problems);
  out.warnings.push(...parsed.warnings);
  if (parsed.fatal) return out;
  out.problems.push(...interpolateDocument(parsed.doc, context.lookup, parsed.map));
  let data: unknown;
  try {
    data = parsed.doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    out.problems.push({
      pos: top,
      message: `cannot read the front matter: ${(error as Error).message}`,
      hint: 'use fewer aliases (*name)',
    });
    return out;
  }
  if (!isRecord(data)) {
    out.problems.push({
      pos: { file: display, line: 2, col: 1 },
      message: 'the front matter must be a mapping of keys such as `title:` and `author:`',
      hint: 'write one `key: value` per line between the two --- lines',
    });
    return out;
  }
  out.front = { data, map: parsed.map, body: split.body, bodyLine: split.bodyLine };
  return out;
}
