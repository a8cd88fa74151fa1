import fc from 'fast-check';
import { declArb, howArb, seldom } from './arbitraries-common.js';
import { nameArb } from './arbitraries-names.js';
import type { TagSpec } from './spec.js';

export const tagSpecArb: fc.Arbitrary<TagSpec> = fc.record({
  name: nameArb,
  newName: nameArb,
  live: fc.boolean(),
  decl: declArb,
  how: howArb,
  protect: seldom,
});
