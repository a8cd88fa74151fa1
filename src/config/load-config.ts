// The config pipeline in one readable sequence. Each stage returns problems instead of throwing,
// and every stage that can still run does run, so a single `validate` lists every mistake; only a
// file that cannot be read or parsed stops early, because later stages would be reading garbage.
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import type { Problem } from '../errors/problem.js';
import type { Desired } from '../model/desired.js';
import { mergeArticlesDir, relabel } from './articles-dir/merge.js';
import { loadBodies } from './body-files.js';
import { checkConfig } from './check-config.js';
import { findRoot } from './inside-root.js';
import { interpolateDocument } from './interpolate-document.js';
import { parseYaml } from './parse-yaml.js';
import { rawConfig } from './raw-config.js';
import { readTextFile } from './read-text-file.js';
import { schemaProblems } from './schema-problems.js';
import { validateAgainstSchema } from './schema.js';
import { toDesired } from './to-desired.js';
import { loadTranslations } from './translation-bodies.js';
import { variableLookup } from './variables.js';
import type { YamlConfig } from './yaml-shape.js';
import { isAlias, visit, type Document } from 'yaml';
import type { SourceMap } from './source-map.js';

export interface LoadConfigOptions {
  /**
   * The environment `${NAME}` reads from (only INTERCOM_AS_CODE_VAR_* names and those allowed).
   * @default process.env
   */
  env?: Record<string, string | undefined>;
  /**
   * More names `${NAME}` may read, besides those in INTERCOM_AS_CODE_ALLOW_VARS: the CLI's
   * repeatable `--allow-var`. Never the token.
   * @default []
   */
  allowVars?: readonly string[];
}

export interface LoadedConfig {
  desired: Desired;
  warnings: Problem[];
}

/** Reads and validates a workspace file. Throws ConfigError listing every error found. */
export async function loadConfig(
  path: string,
  options: LoadConfigOptions = {},
): Promise<LoadedConfig> {
  const lookup = variableLookup(options.env ?? process.env, options.allowVars);
  const configPath = resolve(path);
  const read = await readTextFile(configPath, `config file \`${path}\``);
  if (!read.ok) {
    // The file itself is the problem; its first line is the honest position when no byte is.
    const pos = { file: path, line: read.line ?? 1, col: read.col ?? 1 };
    throw new ConfigError([{ pos, message: read.message, hint: read.hint }]);
  }

  const parsed = parseYaml(read.text, path);
  if (parsed.fatal) throw new ConfigError(sortProblems(parsed.problems));
  const { doc, map } = parsed;
  const problems = [...parsed.problems, ...interpolateDocument(doc, lookup, map)];
  const warnings = [...parsed.warnings];

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new ConfigError([...problems, aliasProblem(doc, map, error)]);
  }
  // Files in `articles_dir` become entries of `articles`, checked below like any other.
  // Body files and articles_dir are read only inside the repository that holds the config.
  const root = await findRoot(configPath);
  const dir = await mergeArticlesDir(data, map, configPath, { lookup, root });
  data = dir.data;
  problems.push(...dir.problems);
  warnings.push(...dir.warnings);
  problems.push(...schemaProblems(await validateAgainstSchema(data), data, map));
  const raw = rawConfig(data);
  problems.push(...checkConfig(raw, map));
  const bodies = await loadBodies(raw, map, configPath, root);
  dir.articles.forEach((a, j) => bodies.bodies.set(dir.first + j, a.body));
  problems.push(...bodies.problems);
  warnings.push(...bodies.warnings);
  const configBase = { dir: dirname(configPath), displayDir: dirname(map.file) };
  const translated = await loadTranslations(raw, map, configBase.dir, root, (i) =>
    i < dir.first ? configBase : (dir.articles[i - dir.first] ?? configBase),
  );
  problems.push(...translated.problems);
  warnings.push(...translated.warnings);

  if (problems.length > 0) throw new ConfigError(sortProblems(relabel(problems, dir.first)));
  // Safe: the schema accepted `data`, and YamlConfig mirrors that schema.
  const desired = toDesired(data as YamlConfig, {
    configPath,
    map,
    bodies: bodies.bodies,
    translations: translated.translations,
  });
  return { desired, warnings: sortProblems(relabel(warnings, dir.first)) };
}

/** File order, then line and column: the order a user fixes things in. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.pos?.file ?? '').localeCompare(b.pos?.file ?? '') ||
      (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
      (a.pos?.col ?? 0) - (b.pos?.col ?? 0),
  );
}

/** toJS fails only on aliases: an unresolved one (pointed at), or too many (a billion laughs). */
function aliasProblem(doc: Document, map: SourceMap, error: unknown): Problem {
  let offset: number | undefined;
  const anchors = new Set<string>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (offset === undefined && !anchors.has(node.source)) offset = node.range?.[0];
    } else if (
      node &&
      typeof node === 'object' &&
      'anchor' in node &&
      typeof node.anchor === 'string'
    ) {
      anchors.add(node.anchor);
    }
  });
  const message = (error as Error).message;
  const unresolved = /unresolved alias/i.test(message);
  return {
    pos: offset !== undefined ? map.at(offset) : { file: map.file, line: 1, col: 1 },
    message: `cannot read the YAML: ${message}`,
    hint: unresolved
      ? 'define the anchor (&name) before the alias (*name) that uses it'
      : 'use fewer aliases (*name)',
  };
}
