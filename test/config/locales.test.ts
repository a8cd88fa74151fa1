// The locale list is written three times (the spec, src/model/locales.ts, the JSON Schema the
// editor reads); this keeps them the same, so a locale Intercom accepts is never refused offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP_CENTER_LOCALES } from '../../src/model/locales.js';
import { loadSpec } from '../support/openapi-spec.js';

const schema = JSON.parse(readFileSync('schema/workspace.schema.json', 'utf8')) as {
  $defs: Record<string, { properties: Record<string, unknown> }>;
};

const localesOf = (properties: Record<string, unknown>): string[] =>
  Object.keys(properties)
    .filter((k) => k !== 'type')
    .sort();

describe('help-center locales', () => {
  it('match the 2.16 spec for articles and collections, in the model and in the JSON Schema', () => {
    const specSchemas = loadSpec().components.schemas as Record<
      string,
      { properties: Record<string, unknown> }
    >;
    const spec = localesOf(specSchemas['article_translated_content']!.properties);
    expect(spec).toHaveLength(37);
    expect(localesOf(specSchemas['group_translated_content']!.properties)).toEqual(spec);
    expect(Object.keys(HELP_CENTER_LOCALES).sort()).toEqual(spec);
    expect(localesOf(schema.$defs['articleTranslations']!.properties)).toEqual(spec);
    expect(localesOf(schema.$defs['collectionTranslations']!.properties)).toEqual(spec);
  });
});
