import fc from 'fast-check';
import { declArb, howArb, indexArb, localeArb, seldom } from './arbitraries-common.js';
import { bodyArb, nameArb, textArb } from './arbitraries-names.js';
import type { ArticleSpec, ArticleTranslationSpec, BodyMode } from './spec.js';

const nullableText = fc.oneof({ weight: 4, arbitrary: textArb }, fc.constant(null));
const stateArb = fc.constantFrom<'published' | 'draft'>('published', 'draft');

const translationArb: fc.Arbitrary<ArticleTranslationSpec> = fc.record(
  { locale: localeArb, title: nameArb, description: nullableText, body: bodyArb },
  { requiredKeys: ['locale', 'title'] },
);

export const articleSpecArb: fc.Arbitrary<ArticleSpec> = fc.record(
  {
    title: nameArb,
    newTitle: nameArb,
    twin: seldom,
    live: fc.record({
      collection: fc.option(indexArb, { nil: null }),
      author: indexArb,
      state: stateArb,
      description: nullableText,
      body: bodyArb,
      translations: fc.array(translationArb, { maxLength: 2 }),
    }),
    decl: declArb,
    how: howArb,
    protect: seldom,
    explicitKey: fc.boolean(),
    inDir: fc.boolean(),
    collection: fc.oneof(
      { weight: 6, arbitrary: fc.constant<'omit'>('omit') },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 13, arbitrary: indexArb },
    ),
    author: fc.oneof(
      { weight: 40, arbitrary: indexArb },
      { weight: 1, arbitrary: fc.constant<'stranger'>('stranger') },
    ),
    authorUpperCase: fc.boolean(),
    state: stateArb,
    description: nullableText,
    body: fc.record({
      text: bodyArb,
      mode: fc.constantFrom<BodyMode>('inline', 'md', 'html'),
    }),
    translations: fc.array(translationArb, { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'title',
      'newTitle',
      'twin',
      'decl',
      'how',
      'protect',
      'explicitKey',
      'inDir',
      'collection',
      'author',
      'authorUpperCase',
    ],
  },
);
