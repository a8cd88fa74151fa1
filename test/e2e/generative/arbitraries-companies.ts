import fc from 'fast-check';
import { declArb, indexArb, seldom } from './arbitraries-common.js';
import { companyIdArb, nameArb, textArb } from './arbitraries-names.js';
import { KNOWN_GAPS } from './known-gaps.js';
import type { CompanyFields, CompanySpec } from './spec.js';

const fieldsArb: fc.Arbitrary<CompanyFields> = fc.record(
  {
    name: nameArb,
    plan: fc.constantFrom('Starter', 'Pro', 'Enterprise', 'Über Plan'),
    size: fc.integer({ min: 0, max: 5000 }),
    website: fc.constantFrom('https://a.example', 'https://b.example/x?y=1&z=%20'),
    industry: textArb,
    monthly_spend: fc.integer({ min: 0, max: 2_147_483_647 }),
    custom_attributes: fc.dictionary(
      fc.constantFrom('region', 'tier', 'score', 'active'),
      KNOWN_GAPS.nonStringCustomAttributes
        ? textArb
        : fc.oneof(textArb, fc.integer({ min: -5, max: 1000 }), fc.boolean()),
      { maxKeys: 2 },
    ),
  },
  { requiredKeys: [] },
);

export const companySpecArb: fc.Arbitrary<CompanySpec> = fc.record(
  {
    companyId: companyIdArb,
    live: fc.record({
      hidden: fc.boolean(),
      fields: fieldsArb,
      tags: fc.array(indexArb, { maxLength: 2 }),
    }),
    decl: declArb,
    protect: seldom,
    pin: fc.oneof(
      { weight: 40, arbitrary: fc.constant<'none'>('none') },
      { weight: 12, arbitrary: fc.constant<'own'>('own') },
      { weight: 1, arbitrary: fc.constant<'missing'>('missing') },
    ),
    fields: fieldsArb,
    tags: fc.array(indexArb, { maxLength: 3 }),
  },
  { requiredKeys: ['companyId', 'decl', 'protect', 'pin', 'fields'] },
);
