// The config pipeline in one readable sequence. Each stage returns problems instead of throwing,
// and every stage that can still run does run, so a single `validate` lists every mistake; only a
// file that cannot be read or parsed stops early, because later stages would be reading garbage.
import { resolve } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import type { Problem } from '../errors/problem.js';
import type { Desired } from '../model/desired.js';
import { loadBodies } from './body-files.js';
import { checkConfig } from './check-config.js';
import { interpolateDocument } from './interpolate-document.js';
import { parseYaml } from './parse-yaml.js';
import { rawConfig } from './raw-config.js';
import { readTextFile } from './read-text-file.js';
import { schemaProblems } from './schema-problems.js';
import { validateAgainstSchema } from './schema.js';
import { toDesired } from './to-desired.js';
import type { YamlConfig } from './yaml-shape.js';

export interface LoadConfigOptions {
  /** Variables for `${NAME}`; defaults to process.env. */
  env?: Record<string, string | undefined>;
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
  const env = options.env ?? process.env;
  const configPath = resolve(path);
  const read = await readTextFile(configPath, `config file \`${path}\``);
  if (!read.ok) throw new ConfigError([{ message: read.message, hint: read.hint }]);

  const parsed = parseYaml(read.text, path);
  if (parsed.fatal) throw new ConfigError(sortProblems(parsed.problems));
  const { doc, map } = parsed;
  const problems = [...parsed.problems, ...interpolateDocument(doc, env, map)];
  const warnings = [...parsed.warnings];

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new ConfigError([
      ...problems,
      {
        message: `cannot read the YAML: ${(error as Error).message}`,
        hint: 'use fewer aliases (*name)',
      },
    ]);
  }
  problems.push(...schemaProblems(await validateAgainstSchema(data), data, map));
  const raw = rawConfig(data);
  problems.push(...checkConfig(raw, map));
  const bodies = await loadBodies(raw, map, configPath);
  problems.push(...bodies.problems);
  warnings.push(...bodies.warnings);

  if (problems.length > 0) throw new ConfigError(sortProblems(problems));
  // Safe: the schema accepted `data`, and YamlConfig mirrors that schema.
  const desired = toDesired(data as YamlConfig, { configPath, map, bodies: bodies.bodies });
  return { desired, warnings: sortProblems(warnings) };
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
