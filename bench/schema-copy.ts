// WHY: src/config/schema.ts finds the JSON Schema two folders above itself, which is the repo
// root from src/ and dist/ but dist-bench/ once compiled here (tsconfig.bench.json keeps rootDir
// '.'). Copying the schema to where the compiled loader looks keeps src untouched.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_URL } from '../src/config/index.js';

/** The repo's schema, found from this file (bench/ or dist-bench/bench/). */
function repoSchema(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const compiled = /[\\/]dist-bench[\\/]bench[\\/]?$/.test(here);
  return fileURLToPath(
    new URL(`${compiled ? '../../' : '../'}schema/workspace.schema.json`, import.meta.url),
  );
}

export function ensureSchemaBesideLoader(): void {
  const target = fileURLToPath(SCHEMA_URL);
  const source = repoSchema();
  if (target === source) return;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}
