// Fixtures are written to a fresh temp dir per test so body_file paths resolve exactly as they do
// for a real workspace.yaml, with no network and no shared state between tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/config-error.js';
import type { Problem } from '../../src/errors/problem.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

export type Files = Record<string, string | Uint8Array>;

/** Joins lines so a test can count them: line N of the YAML is element N-1. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

export async function tempDir(files: Files = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iac-config-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

export interface LoadOptions {
  files?: Files;
  env?: Record<string, string | undefined>;
}

export async function load(
  text: string,
  options: LoadOptions = {},
): Promise<LoadedConfig & { path: string }> {
  const dir = await tempDir({ ...options.files, 'workspace.yaml': text });
  const path = join(dir, 'workspace.yaml');
  return { ...(await loadConfig(path, { env: options.env ?? {} })), path };
}

/** Loads a config that must fail and returns every problem reported. */
export async function problemsOf(text: string, options: LoadOptions = {}): Promise<Problem[]> {
  const dir = await tempDir({ ...options.files, 'workspace.yaml': text });
  return failures(join(dir, 'workspace.yaml'), options.env ?? {});
}

export async function failures(
  path: string,
  env: Record<string, string | undefined> = {},
): Promise<Problem[]> {
  const error = await loadConfig(path, { env }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
}

/** The one problem reported, failing the test with all of them listed if there is not exactly one. */
export async function onlyProblem(text: string, options: LoadOptions = {}): Promise<Problem> {
  const problems = await problemsOf(text, options);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  return problems[0] as Problem;
}
