// The schema file is read by editors as well as by ajv, so its documentation promises (a
// description everywhere, no unknown keys anywhere) are tested on the file itself.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_URL } from '../../src/config/index.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every subschema with its JSON path, found by walking properties, items, $defs and the like. */
function subschemas(schema: Json, path = '#'): [string, Json][] {
  const out: [string, Json][] = [[path, schema]];
  for (const key of ['properties', '$defs']) {
    const group = schema[key];
    if (isObject(group)) {
      for (const [name, sub] of Object.entries(group))
        if (isObject(sub)) out.push(...subschemas(sub, `${path}/${key}/${name}`));
    }
  }
  for (const key of ['items', 'additionalProperties', 'not']) {
    const sub = schema[key];
    if (isObject(sub)) out.push(...subschemas(sub, `${path}/${key}`));
  }
  return out;
}

describe('schema/workspace.schema.json', async () => {
  const schema = JSON.parse(await readFile(SCHEMA_URL, 'utf8')) as Json;
  const all = subschemas(schema);

  it('is JSON Schema 2020-12', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes every property', () => {
    const properties = all.filter(([path]) => /\/properties\/[^/]+$/.test(path));
    expect(properties.length).toBeGreaterThan(50);
    const undocumented = properties.filter(
      ([, s]) => typeof s['description'] !== 'string' || s['description'] === '',
    );
    expect(undocumented.map(([path]) => path)).toEqual([]);
  });

  it('closes every object that lists its properties', () => {
    const open = all.filter(
      ([, s]) => isObject(s['properties']) && s['additionalProperties'] !== false,
    );
    expect(open.map(([path]) => path)).toEqual([]);
  });
});
