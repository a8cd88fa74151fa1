import fc from 'fast-check';
import { indexArb, rarely, seldom } from './arbitraries-common.js';
import { nameArb } from './arbitraries-names.js';
import type { AdminSpec, ReasonSpec } from './spec.js';

export const adminSpecArb: fc.Arbitrary<AdminSpec> = fc.record(
  {
    live: fc.record({
      away: fc.boolean(),
      reassign: fc.boolean(),
      reason: fc.option(indexArb, { nil: null }),
    }),
    decl: fc.record(
      {
        away: fc.boolean(),
        reassign: fc.boolean(),
        reason: fc.oneof(
          { weight: 6, arbitrary: fc.constant(null) },
          { weight: 12, arbitrary: indexArb },
          { weight: 1, arbitrary: fc.constant<'missing'>('missing') },
        ),
      },
      { requiredKeys: ['away'] },
    ),
    emailUpperCase: rarely,
  },
  { requiredKeys: ['live', 'emailUpperCase'] },
);

export const reasonSpecArb: fc.Arbitrary<ReasonSpec> = fc.record({
  label: nameArb,
  deleted: seldom,
});
