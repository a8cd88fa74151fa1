import type { Ajv } from 'ajv';
import formatsModule from 'ajv-formats';

/**
 * OpenAPI `format` values that Intercom's own examples contradict, and what each
 * becomes. A relaxation is only here when the spec's examples (anywhere in it, since
 * schemas are shared) fail the strict format; `undefined` drops the format.
 */
export const FORMAT_REWRITES: Readonly<Record<string, string | undefined>> = {
  // Contact responses give `tags.url` etc. as relative paths ("/contacts/6762…/tags").
  uri: 'uri-reference',
  // The shared `error` schema marks `request_id` as uuid, but Intercom's examples of it
  // include "req_123", "test-uuid-replacement" and non-hex "c5b56f3d-8b9e-5g4f-…".
  uuid: undefined,
  // Visitors come back with `email: ""` when none is known.
  email: 'email-or-empty',
  // Intercom's marker for Unix-second integers; not a JSON Schema format, so ajv would
  // only warn "unknown format ignored" on every compile.
  timestamp: undefined,
};

export function registerFormats(ajv: Ajv): void {
  // ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
  const addFormats = formatsModule.default;
  addFormats(ajv);
  const email = addFormats.get('email');
  if (!(email instanceof RegExp))
    throw new Error('expected ajv-formats to define email as a RegExp');
  ajv.addFormat('email-or-empty', (value: string) => value === '' || email.test(value));
}
