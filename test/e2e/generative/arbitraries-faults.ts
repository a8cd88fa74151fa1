// Faults the sandbox injects during the first apply: 429s, 500s, dropped connections, and writes
// applied but answered 500. Rates are small enough that most applies get some way.
import fc from 'fast-check';
import type { FaultOptions } from '../../../src/sandbox/index.js';
import { KNOWN_GAPS } from './known-gaps.js';
import type { Spec } from './spec.js';

export interface FaultSpec {
  faults: FaultOptions;
  /** Finish with `apply --resume` (when a journal was kept) instead of a fresh apply. */
  resume: boolean;
  /** Before the resume, edit the config (declare one more tag), as a person fixing things might. */
  editBeforeResume: boolean;
}

const rate = (...rates: number[]) => fc.constantFrom(0, ...rates);

export const faultSpecArb: fc.Arbitrary<FaultSpec> = fc.record({
  faults: fc.record({
    rate429: rate(0.05, 0.15),
    rate500: rate(0.05, 0.15),
    dropRate: rate(0.05, 0.15),
    appliedButFailRate: rate(0.2, 0.5),
    randomSeed: fc.nat({ max: 1_000_000 }),
  }),
  resume: fc.boolean(),
  editBeforeResume: fc.boolean(),
});

/** The case generator's specs, narrowed where KNOWN_GAPS says faults meet a known bug. */
export function forFaults(spec: Spec): Spec {
  if (!KNOWN_GAPS.lostCompanyCreateSkipsTags) return spec;
  const companies = spec.companies.map((c) => {
    if (c.live || c.decl !== 'present') return c;
    const { tags: _tags, ...rest } = c;
    return rest;
  });
  return { ...spec, companies };
}
