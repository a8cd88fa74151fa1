// Small arbitraries shared by the per-kind generators.
import fc from 'fast-check';
import type { Decl, How, LocaleRef } from './spec.js';

export const declArb: fc.Arbitrary<Decl> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Decl>('present') },
  { weight: 2, arbitrary: fc.constant<Decl>('absent') },
  { weight: 2, arbitrary: fc.constant<Decl>('none') },
);

export const howArb: fc.Arbitrary<How> = fc.oneof(
  { weight: 30, arbitrary: fc.constant<How>('same') },
  { weight: 6, arbitrary: fc.constant<How>('case') },
  { weight: 10, arbitrary: fc.constant<How>('rename') },
  { weight: 10, arbitrary: fc.constant<How>('pin') },
  { weight: 1, arbitrary: fc.constant<How>('pinMissing') },
);

/** Mostly a locale the help center has; one time in 40 one it lacks. */
export const localeArb: fc.Arbitrary<LocaleRef> = fc.record({
  known: fc.oneof({ weight: 39, arbitrary: fc.constant(true) }, fc.constant(false)),
  index: fc.nat({ max: 9 }),
});

/** A small index, resolved modulo the length of the list it points into. */
export const indexArb = fc.nat({ max: 9 });

export const rarely = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true));

/** For choices that make a plan refuse (protect, a missing reason...): one time in 30. */
export const seldom = fc.oneof({ weight: 29, arbitrary: fc.constant(false) }, fc.constant(true));
