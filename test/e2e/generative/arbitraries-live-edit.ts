// An edit someone makes in Intercom between `plan --out` and `apply plan.json`, to objects the
// plan does not touch: a new tag, company, collection or article, or an undeclared collection's
// description changed.
import fc from 'fast-check';
import { nameArb } from './arbitraries-names.js';

export type LiveEditKind = 'tag' | 'company' | 'collection' | 'article' | 'touch';

export interface LiveEdit {
  kind: LiveEditKind;
  name: string;
}

export const liveEditArb: fc.Arbitrary<LiveEdit> = fc.record({
  kind: fc.constantFrom<LiveEditKind>('tag', 'company', 'collection', 'article', 'touch'),
  name: nameArb,
});
