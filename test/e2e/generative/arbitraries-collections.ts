import fc from 'fast-check';
import { declArb, howArb, indexArb, localeArb, seldom } from './arbitraries-common.js';
import { nameArb, textArb } from './arbitraries-names.js';
import type { CollectionSpec, CollectionTranslationSpec } from './spec.js';

const nullableText = fc.oneof({ weight: 4, arbitrary: textArb }, fc.constant(null));

const translationArb: fc.Arbitrary<CollectionTranslationSpec> = fc.record(
  { locale: localeArb, name: nameArb, description: nullableText },
  { requiredKeys: ['locale', 'name'] },
);

export const collectionSpecArb: fc.Arbitrary<CollectionSpec> = fc.record(
  {
    name: nameArb,
    newName: nameArb,
    twin: seldom,
    live: fc.record({
      parent: fc.option(indexArb, { nil: null }),
      description: nullableText,
      translations: fc.array(translationArb, { maxLength: 2 }),
    }),
    decl: declArb,
    how: howArb,
    protect: seldom,
    explicitKey: fc.boolean(),
    parent: fc.oneof(fc.constant<'omit'>('omit'), fc.constant(null), indexArb),
    description: nullableText,
    translations: fc.array(translationArb, { maxLength: 2 }),
  },
  {
    requiredKeys: ['name', 'newName', 'twin', 'decl', 'how', 'protect', 'explicitKey', 'parent'],
  },
);
