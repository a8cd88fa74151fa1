// One arbitrary for a whole case: seed and config generated together from per-kind specs.
import fc from 'fast-check';
import { adminSpecArb, reasonSpecArb } from './arbitraries-admins.js';
import { articleSpecArb } from './arbitraries-articles.js';
import { collectionSpecArb } from './arbitraries-collections.js';
import { companySpecArb } from './arbitraries-companies.js';
import { tagSpecArb } from './arbitraries-tags.js';
import { LOCALE_POOL, type Spec } from './spec.js';

export const specArb: fc.Arbitrary<Spec> = fc.record({
  admins: fc.array(adminSpecArb, { minLength: 1, maxLength: 3 }),
  reasons: fc.array(reasonSpecArb, { maxLength: 3 }),
  locales: fc.array(fc.boolean(), { minLength: LOCALE_POOL.length, maxLength: LOCALE_POOL.length }),
  tags: fc.array(tagSpecArb, { maxLength: 6 }),
  collections: fc.array(collectionSpecArb, { maxLength: 6 }),
  articles: fc.array(articleSpecArb, { maxLength: 6 }),
  companies: fc.array(companySpecArb, { maxLength: 5 }),
  prune: fc.record({
    tags: fc.boolean(),
    collections: fc.boolean(),
    articles: fc.boolean(),
    companies: fc.boolean(),
  }),
  protectedNames: fc.oneof(
    { weight: 3, arbitrary: fc.constant<number[]>([]) },
    fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 2 }),
  ),
  workspaceGuard: fc.boolean(),
});
