// Writing a case out: the config as YAML (quoting left to the yaml library, so any name survives),
// front-matter files, and the whole case as one readable block for failure reports.
import { stringify } from 'yaml';
import type { SandboxSeed } from '../../../src/sandbox/index.js';

export const CONFIG_FILE = 'workspace.yaml';

export function toYaml(doc: unknown): string {
  return stringify(doc, { lineWidth: 0 });
}

export function frontMatterFile(front: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(front)}---\n${body}\n`;
}

/** Config file first, then every other file, then the seed: what a report shows. */
export function describeCase(files: Record<string, string>, seed: SandboxSeed): string {
  const names = Object.keys(files).sort((a, b) =>
    a === CONFIG_FILE ? -1 : b === CONFIG_FILE ? 1 : a.localeCompare(b),
  );
  const parts = names.map((n) => `--- file ${n} ---\n${files[n]!.trimEnd()}`);
  parts.push(`--- sandbox seed (JSON) ---\n${JSON.stringify(seed, null, 2)}`);
  return parts.join('\n');
}
