// Names users really type: plain words that collide across kinds and cases, accents and other
// scripts, emoji, and characters that are unsafe in URLs and YAML (spaces, slashes, ?#%&, quotes).
// Built from tokens, so cases shrink to short names and collisions happen often enough to matter.
import fc from 'fast-check';

const PLAIN = ['alpha', 'Beta', 'billing', 'FAQ', 'refunds', 'Setup', 'guide', 'news', 'vip'];
const UNICODE = [
  'Café',
  'Über uns',
  'naïve',
  '日本語',
  'Ωmega',
  '🚀',
  '🎉',
  'Ñandú',
  'Zoë',
  'İstanbul',
];
const UNSAFE = [
  'a/b',
  'Q&A',
  '50%',
  '#1',
  'what?',
  'x+y',
  'a=b',
  '"quoted"',
  "it's",
  '<b>',
  ': colon',
  '- dash',
  '[x]',
  '{y}',
  '*',
  '~home',
  'back\\slash',
  '%20',
  '..',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...UNSAFE) },
);

/** A display name or title: 1-3 tokens joined by one or two spaces, now and then padded. */
export const nameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(token, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(' ', ' ', ' ', '  ', ''),
    fc.constantFrom('', '', '', '', ' '),
  )
  .map(([tokens, sep, pad]) => `${tokens.join(sep)}${pad}`)
  .filter((s) => s.trim() !== '');

/** A company_id: your own system's id, often with characters that need URL encoding. */
export const companyIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => `c-${n}`),
  fc
    .tuple(fc.constantFrom(...PLAIN, ...UNICODE, ...UNSAFE), fc.integer({ min: 1, max: 9 }))
    .map(([t, n]) => `${t} ${n}`),
  fc.constantFrom('acme/eu', 'a b', 'x?y=1&z=2', '#frag', '100%', 'ünï', '🏢', 'a%2Fb'),
);

const WORDS = ['hello', 'world', 'Café', 'naïve', '日本語', '🚀', 'refunds', 'A&B', '50%', 'why?'];

/** Sentence-ish plain text for descriptions and bodies (no Markdown or HTML syntax in it). */
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
  .map((w) => w.join(' '));

/** An article body: paragraphs, maybe a level-3 heading and an image, which Intercom rewrites. */
export interface BodyText {
  paragraphs: string[];
  heading?: string;
  image: boolean;
}

export const bodyArb: fc.Arbitrary<BodyText> = fc.record(
  {
    paragraphs: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    heading: textArb,
    image: fc.boolean(),
  },
  { requiredKeys: ['paragraphs', 'image'] },
);
