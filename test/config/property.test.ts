// Whatever a user (or a fuzzer) puts in workspace.yaml, loadConfig either accepts it or rejects it
// with a ConfigError whose every problem points at a line and column and says something; it never
// throws anything else. Documents are generated from the real sections and keys, mixing valid
// and invalid keys, values and types, then serialised, sometimes damaged; raw strings and byte
// soup cover what no structure produces. Seeds are fixed so a failure replays exactly.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/config-error.js';
import { tempDir } from './helpers.js';

const ENV = {
  INTERCOM_AS_CODE_VAR_TEAM: 'support',
  INTERCOM_AS_CODE_VAR_EMPTY: '',
  INTERCOM_AS_CODE_VAR_REGION: 'eu',
  GITHUB_TOKEN: 'ghs_not_for_the_config',
};

let dir = '';
beforeAll(async () => {
  dir = await tempDir({
    'help/ok.md': '# Hello\n\nSome *text*.\n',
    'help/ok.html': '<p>Hi</p>',
    'help/binary.md': new Uint8Array([0x23, 0x20, 0x00, 0xff, 0x0a]),
    'help/latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'help/deep.md': '###### Six\n\n<h3>three</h3>\n',
  });
});

// ---- values -------------------------------------------------------------------------------

const tricky = fc.constantFrom(
  '',
  ' ',
  'present',
  'absent',
  'maybe',
  'published',
  'draft',
  'us',
  'eu',
  'au',
  'mars',
  'ava@acme.example',
  'ben@acme.example',
  'not-an-email',
  '${INTERCOM_AS_CODE_VAR_TEAM}',
  '${INTERCOM_AS_CODE_VAR_UNSET}',
  '${INTERCOM_AS_CODE_VAR_UNSET:-fallback}',
  '${INTERCOM_AS_CODE_VAR_EMPTY}',
  '${GITHUB_TOKEN}',
  '${',
  '$${TEAM}',
  'help/ok.md',
  'help/ok.html',
  'help/binary.md',
  'help/latin1.md',
  'help/deep.md',
  'help/missing.md',
  '../outside.md',
  '/etc/passwd',
  '<h3>Title</h3><img src="x.png">',
  '<script>alert(1)</script>',
  'x'.repeat(300),
  'getting-started',
  'billing',
  'vip',
  '123',
  '0',
  '-1',
  'true',
  'null',
  '~',
  '*alias',
  '&anchor',
  '#comment',
  'key: value',
  '- item',
  '\t',
  'ünïcödé ✓',
  '\u0000',
  '\u202e',
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  tricky,
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.integer({ min: 0, max: 3 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((b) => Number(b)),
);

const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), tricky), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Usually a value of the intended shape, sometimes anything at all. */
const mostly = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anyValue });

const names = fc.oneof(tricky, fc.constantFrom('vip', 'beta', 'legacy', 'VIP', 'FAQ'));
const nameList = fc.array(mostly(names), { maxLength: 3 });

/**
 * An entry of a section: each known key is present or not, with a value of the right shape or
 * not; a few unknown keys (typos among them) are mixed in.
 */
function entry(fields: Record<string, fc.Arbitrary<unknown>>, typos: string[]) {
  const known = fc.record(
    Object.fromEntries(Object.entries(fields).map(([k, arb]) => [k, mostly(arb)])),
    { requiredKeys: [] },
  );
  const extra = fc.dictionary(
    fc.oneof(fc.constantFrom(...typos), fc.string({ maxLength: 6 })),
    anyValue,
    { maxKeys: 2 },
  );
  return fc
    .tuple(
      known,
      fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extra }),
    )
    .map(([a, b]) => ({ ...b, ...a }));
}

const common = {
  id: fc.oneof(fc.integer({ min: 1, max: 999 }), fc.constantFrom('12', '', 'abc')),
  ensure: fc.constantFrom('present', 'absent', 'gone'),
  protect: fc.boolean(),
  previous_names: nameList,
};

const translations = fc.dictionary(
  fc.constantFrom('fr', 'de', 'pt-BR', 'xx', 'en'),
  fc.record(
    { title: names, name: names, description: names, body: tricky, body_file: tricky },
    { requiredKeys: [] },
  ),
  { maxKeys: 2 },
);

const tag = entry({ name: names, ...common }, ['nmae', 'tags', 'Name']);
const collection = entry(
  {
    key: names,
    name: names,
    description: fc.oneof(names, fc.constant(null)),
    parent: fc.oneof(fc.constantFrom('getting-started', 'billing', 'nope'), fc.constant(null)),
    translations,
    ...common,
  },
  ['parnet', 'title'],
);
const article = entry(
  {
    key: names,
    title: names,
    description: fc.oneof(names, fc.constant(null)),
    author: fc.constantFrom('ava@acme.example', 'ben@acme.example', 'nobody', ''),
    state: fc.constantFrom('published', 'draft', 'live'),
    collection: fc.oneof(fc.constantFrom('getting-started', 'billing', 'nope'), fc.constant(null)),
    body: tricky,
    body_file: fc.constantFrom(
      'help/ok.md',
      'help/ok.html',
      'help/binary.md',
      'help/latin1.md',
      'help/deep.md',
      'help/missing.md',
      'help',
      '../x.md',
      'help/ok.txt',
    ),
    translations,
    ...common,
  },
  ['titel', 'body-file', 'collections'],
);
const company = entry(
  {
    company_id: names,
    name: names,
    plan: names,
    size: fc.integer({ min: -5, max: 10_000 }),
    website: fc.constantFrom('https://acme.example', 'acme', ''),
    industry: names,
    monthly_spend: fc.oneof(fc.integer(), fc.double()),
    remote_created_at: fc.oneof(fc.integer(), fc.constant('yesterday')),
    custom_attributes: fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
    tags: nameList,
    ...common,
  },
  ['companyId', 'monthlySpend'],
);
const admin = entry(
  {
    email: fc.constantFrom('ava@acme.example', 'ben@acme.example', 'AVA@acme.example', 'x'),
    id: common.id,
    away: fc.boolean(),
    reassign: fc.boolean(),
    reason: fc.constantFrom('On holiday', 'Lunch', '', 'Unknown reason'),
  },
  ['aways', 'emial'],
);

const list = (item: fc.Arbitrary<unknown>) => mostly(fc.array(item, { maxLength: 4 }));

const document = entry(
  {
    version: fc.constantFrom(1, 2, '1', 0),
    workspace: entry(
      {
        region: fc.constantFrom('us', 'eu', 'au', 'mars', '${INTERCOM_AS_CODE_VAR_REGION}'),
        id: common.id,
      },
      ['regoin'],
    ),
    prune: entry(
      {
        tags: fc.boolean(),
        collections: fc.boolean(),
        articles: fc.boolean(),
        companies: fc.boolean(),
      },
      ['admins', 'tag'],
    ),
    protected: nameList,
    tags: list(tag),
    collections: list(collection),
    articles: list(article),
    articles_dir: fc.constantFrom('help', 'missing', ''),
    companies: list(company),
    admins: list(admin),
  },
  ['Version', 'tagz', 'collection'],
);

// ---- sound documents ----------------------------------------------------------------------

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const title = fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,2}$/);
const EMAILS = ['ava@acme.example', 'ben@acme.example', 'cy@acme.example'];

/** A document every rule accepts: unique names, references only to what is declared. */
const sound = fc
  .record({
    tags: fc.uniqueArray(slug, { maxLength: 5 }),
    collections: fc.uniqueArray(title, { maxLength: 4 }),
    articles: fc.uniqueArray(title, { maxLength: 4 }),
    companies: fc.uniqueArray(slug, { maxLength: 3 }),
    admins: fc.shuffledSubarray(EMAILS),
    region: fc.constantFrom('us', 'eu', 'au'),
    prune: fc.record({
      tags: fc.boolean(),
      collections: fc.boolean(),
      articles: fc.boolean(),
      companies: fc.boolean(),
    }),
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ tags, collections, articles, companies, admins, region, prune, picks }) => {
    let n = 0;
    const pick = (k: number): number => (k <= 0 ? 0 : (picks[n++ % picks.length] ?? 0) % k);
    const keys = collections.map((_, i) => `c${i}`);
    return {
      version: 1,
      workspace: { region },
      prune,
      tags: tags.map((name) => ({ name })),
      collections: collections.map((name, i) => ({
        key: keys[i],
        name,
        ...(i > 0 && pick(2) === 0 ? { parent: keys[pick(i)] } : {}),
      })),
      articles: articles.map((t, i) => ({
        key: `a${i}`,
        title: t,
        author: EMAILS[pick(EMAILS.length)],
        state: pick(2) === 0 ? 'published' : 'draft',
        ...(keys.length > 0 && pick(2) === 0 ? { collection: keys[pick(keys.length)] } : {}),
        ...(pick(3) === 0 ? { body_file: 'help/ok.md' } : { body: `<p>${t}</p>` }),
      })),
      companies: companies.map((id) => ({
        company_id: id,
        name: id.toUpperCase(),
        size: pick(500),
        tags: tags.filter(() => pick(2) === 0),
      })),
      admins: admins.map((email) =>
        pick(2) === 0
          ? { email, away: true, reassign: true, reason: 'On holiday' }
          : { email, away: false },
      ),
    };
  });

type Json = unknown;

/** Every path into a JSON value, the root excluded. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...pathsOf(v, [...at, i])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...pathsOf(v, [...at, k])]);
  }
  return [];
}

/** One edit at one path: a new value of any type, the key removed, or an unknown key added. */
const mutated = sound.chain((doc) => {
  const paths = pathsOf(doc);
  return fc
    .tuple(
      fc.nat(),
      fc.constantFrom('replace', 'remove', 'add'),
      anyValue,
      fc.string({ maxLength: 6 }),
    )
    .map(([i, op, value, key]) => {
      const copy = structuredClone(doc) as Record<string | number, Json>;
      const path = paths[i % Math.max(1, paths.length)] ?? ['extra'];
      let parent = copy as Record<string | number, Json>;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
      const last = path.at(-1)!;
      if (op === 'replace') parent[last] = value;
      else if (op === 'remove' && Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (op === 'remove') delete parent[last];
      else if (
        typeof parent[last] === 'object' &&
        parent[last] !== null &&
        !Array.isArray(parent[last])
      )
        (parent[last] as Record<string, Json>)[key || 'x'] = value;
      else parent[last] = { [key || 'x']: value };
      return copy;
    });
});

// ---- damage -------------------------------------------------------------------------------

/** Cuts, inserts and swaps that turn a sound document into the kind of mess editors make. */
const damaged = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(text) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.nat(),
          fc.constantFrom(
            ':',
            '-',
            ' ',
            '\t',
            '"',
            "'",
            '[',
            '{',
            '}',
            '&a',
            '*a',
            '\n  ',
            '---\n',
            '? ',
            '|',
            '>',
            '%',
            '@',
            '`',
          ),
        )
        .map(([at, s]) => {
          const i = text.length === 0 ? 0 : at % text.length;
          return text.slice(0, i) + s + text.slice(i);
        }),
    },
    {
      weight: 1,
      arbitrary: fc.nat().map((at) => text.slice(0, text.length === 0 ? 0 : at % text.length)),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
        const lines = text.split('\n');
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        return lines.join('\n');
      }),
    },
  );

// ---- the property -------------------------------------------------------------------------

/**
 * Resolves true when the config loaded, false when it was refused as it should be; throws
 * (failing the property) on anything else.
 */
async function loadsOrExplains(content: string | Uint8Array): Promise<boolean> {
  const path = join(dir, 'workspace.yaml');
  await writeFile(path, content);
  let error: unknown;
  try {
    await loadConfig(path, { env: ENV });
    return true;
  } catch (e) {
    error = e;
  }
  if (!(error instanceof ConfigError)) throw error;
  expect(error.problems.length).toBeGreaterThan(0);
  for (const p of error.problems) {
    const where = JSON.stringify(p);
    expect(p.message.trim(), where).not.toBe('');
    expect(p.pos, where).toBeDefined();
    expect(p.pos!.file, where).not.toBe('');
    expect(p.pos!.line, where).toBeGreaterThanOrEqual(1);
    expect(p.pos!.col, where).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(p.pos!.line) && Number.isInteger(p.pos!.col), where).toBe(true);
  }
  return false;
}

describe('loadConfig on generated input', () => {
  it('accepts every sound document (100 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(sound, async (doc) => {
        await writeFile(join(dir, 'workspace.yaml'), stringify(doc));
        const { desired } = await loadConfig(join(dir, 'workspace.yaml'), { env: ENV });
        expect(desired.tags.map((t) => t.name)).toEqual(doc.tags.map((t) => t.name));
        expect(desired.articles.map((a) => a.title)).toEqual(doc.articles.map((a) => a.title));
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it('accepts or explains a sound document with one edit anywhere (300 runs)', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (doc) => {
        (await loadsOrExplains(stringify(doc))) ? accepted++ : refused++;
      }),
      { seed: 11, numRuns: 300 },
    );
    // Both outcomes are reached, so neither half of the property is vacuous.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });

  it('accepts or explains structured documents (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        document.chain((doc) => damaged(stringify(doc))),
        async (text) => void (await loadsOrExplains(text)),
      ),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it('accepts or explains JSON-style documents, which are YAML too (100 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        document.map((doc) => JSON.stringify(doc)),
        async (text) => void (await loadsOrExplains(text)),
      ),
      { seed: 7, numRuns: 100 },
    );
  });

  it('accepts or explains random text (200 runs)', async () => {
    const yamlish = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom(
            'version: 1',
            'tags:',
            '  - name: a',
            '- ',
            ': ',
            '  ',
            '\t',
            '"',
            '#',
            '&x',
            '*x',
            '<<: *x',
            '${',
            '---',
            '...',
            '!!binary',
            '!tag',
            '%YAML 1.2',
          ),
        ),
        { maxLength: 12 },
      )
      .chain((parts) => fc.constantFrom('\n', ' ', '').map((sep) => parts.join(sep)));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), yamlish),
        async (text) => void (await loadsOrExplains(text)),
      ),
      { seed: 99, numRuns: 200 },
    );
  });

  it('accepts or explains byte soup (100 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        async (b) => void (await loadsOrExplains(b)),
      ),
      {
        seed: 5,
        numRuns: 100,
      },
    );
  });
});
