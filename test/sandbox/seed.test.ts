// Seeds: invalid ones fail with every problem named; the example seed is the workspace the
// example config is planned against, so its differences are pinned here.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { loadSeedFile } from '../../src/sandbox/index.js';
import { get, post, start } from './helpers.js';

const EXAMPLE = new URL('../../examples/sandbox-seed.json', import.meta.url).pathname;

describe('loadSeedFile', () => {
  it('reports every problem of an invalid seed in one UserError', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-seed-'));
    try {
      const path = join(dir, 'seed.json');
      await writeFile(
        path,
        JSON.stringify({
          admins: [{ id: 'x', name: 'A', email: 'a@x.example' }],
          tags: [{ name: 'a' }, { name: 'A' }],
          articles: [{ title: 't', author_id: 5, parent_id: '9' }],
          companies: [{ company_id: 'c', tags: ['nope'] }],
        }),
      );
      const error = await loadSeedFile(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      const message = (error as Error).message;
      for (const part of [
        'admins[0].id',
        'distinct names',
        'articles[0].author_id',
        'articles[0].parent_id',
        'companies[0].tags[0]',
      ]) {
        expect(message).toContain(part);
      }
      await expect(loadSeedFile(join(dir, 'missing.json'))).rejects.toThrow(
        /cannot read sandbox seed/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('examples/sandbox-seed.json', () => {
  it('loads, and describes the Acme workspace the example config is planned against', async () => {
    const sb = await start({ seed: EXAMPLE });
    const me = await get(sb, '/me');
    expect(me.body.app).toMatchObject({ id_code: 'acme1234', region: 'US' });

    const admins = (await get(sb, '/admins')).body.admins as {
      id: string;
      email: string;
      away_mode_enabled: boolean;
    }[];
    expect(admins.map((a) => [a.id, a.email, a.away_mode_enabled])).toEqual([
      ['101', 'ava@acme.example', true],
      ['102', 'ben@acme.example', false],
      ['103', 'carol@acme.example', false],
    ]);
    const reasons = (await get(sb, '/away_status_reasons')).body.data;
    expect(
      reasons.map((r: { id: string; label: string; deleted: boolean }) => [
        r.id,
        r.label,
        r.deleted,
      ]),
    ).toEqual([
      ['1', 'On holiday', false],
      ['2', 'Out sick', false],
      ['3', 'Old reason', true],
    ]);

    const tags = (await get(sb, '/tags')).body.data.map((t: { name: string }) => t.name);
    expect(tags).toEqual(['vip-customer', 'beta', 'legacy', 'newsletter', 'segment-tag']);
    const segmentTag = sb.state.tags.find((t) => t.name === 'segment-tag')!;
    expect((await call404(sb, `/tags/${segmentTag.id}`)).code).toBe('tag_has_dependent_objects');

    const collections = (await get(sb, '/help_center/collections')).body.data;
    const byName = Object.fromEntries(collections.map((c: { name: string }) => [c.name, c]));
    expect(byName['Getting Started']).toMatchObject({
      id: '10',
      description: 'Old first steps',
      parent_id: null,
    });
    expect(byName['Billing']).toMatchObject({ id: '11', parent_id: null });
    expect(byName['Archive']).toBeDefined();
    expect(byName['Integrations']).toBeUndefined();
    // English and French, so the example's translations are valid; Billing already has French.
    const helpCenters = (await get(sb, '/help_center/help_centers')).body.data;
    expect(helpCenters.map((h: { locales: string[] }) => h.locales)).toEqual([['en', 'fr']]);
    expect(sb.state.collections.find((c) => c.id === '11')?.translated_content?.fr).toEqual({
      name: 'Facturation',
      description: 'Factures et remboursements',
    });

    const articles = (await get(sb, '/articles')).body.data as {
      title: string;
      parent_ids: number[];
      body: string;
      author_id: number;
    }[];
    const titles = Object.fromEntries(articles.map((a) => [a.title, a]));
    expect(Object.keys(titles).sort()).toEqual([
      'Archived notes',
      'Finding your invoices',
      'Old pricing FAQ',
      'Paying by card',
      'System status',
      'Welcome to Acme',
    ]);
    expect(titles['Welcome to Acme']).toMatchObject({ parent_ids: [10], author_id: 101 });
    expect(sb.state.articles.find((a) => a.id === '301')?.translated_content?.fr?.title).toBe(
      'Bienvenue chez Acme',
    );
    expect(titles['Paying by card']!.parent_ids).toEqual([11]);
    expect(titles['System status']!.parent_ids).toEqual([]);
    expect(titles['Finding your invoices']!.parent_ids).toEqual([11]);
    expect(titles['Finding your invoices']!.body).toMatch(/<h2>Downloading a PDF<\/h2>/);
    expect(titles['Finding your invoices']!.body).toMatch(
      /downloads\.intercomcdn\.com\/i\/o\/\d+\/[0-9a-f]{24}\/invoices\.png\?expires=/,
    );

    const listed = (await post(sb, '/companies/list')).body.data.map(
      (c: { company_id: string }) => c.company_id,
    );
    expect(listed).toEqual(['acme-corp', 'old-co']);
    const globex = await get(sb, '/companies?company_id=globex');
    expect(globex.body).toMatchObject({ user_count: 0, name: 'Globex' });
    const acme = await get(sb, '/companies?company_id=acme-corp');
    expect(acme.body).toMatchObject({ user_count: 3, plan: { name: 'Pro' } });
    expect(acme.body.tags.tags.map((t: { name: string }) => t.name)).toEqual([
      'vip-customer',
      'newsletter',
    ]);
    expect((await get(sb, '/companies?company_id=initech')).status).toBe(404);
  });

  it('gives seeded companies the same ids on every start', async () => {
    const a = await start({ seed: EXAMPLE });
    const b = await start({ seed: EXAMPLE });
    expect(a.state.companies.map((c) => c.id)).toEqual(b.state.companies.map((c) => c.id));
  });
});

async function call404(
  sb: Awaited<ReturnType<typeof start>>,
  path: string,
): Promise<{ code: string }> {
  const res = await fetch(sb.url + path, {
    method: 'DELETE',
    headers: { Authorization: 'Bearer t' },
  });
  return ((await res.json()) as { errors: { code: string }[] }).errors[0]!;
}
