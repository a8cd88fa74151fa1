// The JSON Schema file is the single contract shared with editors (yaml-language-server), so the
// validator reads that very file rather than a TypeScript copy that could drift from it. It is
// found relative to this module: src/config and dist/config are both two levels below the root.
// Compiled once per process: compiling costs far more than validating.
import { readFile } from 'node:fs/promises';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const SCHEMA_URL = new URL('../../schema/workspace.schema.json', import.meta.url);

let compiled: Promise<ValidateFunction> | undefined;

export function schemaValidator(): Promise<ValidateFunction> {
  compiled ??= compile();
  return compiled;
}

async function compile(): Promise<ValidateFunction> {
  const schema = JSON.parse(await readFile(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({
    allErrors: true,
    // verbose attaches the failing (parent) schema to each error: the source of "did you mean".
    verbose: true,
    // A mistake in the schema itself should fail loudly in tests, never print to the console.
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false,
  });
  addFormats.default(ajv, ['email']);
  return ajv.compile(schema);
}

export async function validateAgainstSchema(value: unknown): Promise<ErrorObject[]> {
  const validate = await schemaValidator();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
