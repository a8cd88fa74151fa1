// A multilingual help center: translated content is stored per locale, rewritten like the
// default body (h3 -> h2, images re-hosted and signed afresh on each read), returned in the 2.16
// shape, and refused for a locale the help center does not have.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { validateResponse } from '../support/openapi.js';
import { baseSeed, call, firstError, get, post, put, start } from './helpers.js';

const seed: SandboxSeed = {
  ...baseSeed,
  help_center: { locales: ['en', 'fr'] },
  collections: [
    { id: '21', name: 'Top', translated_content: { fr: { name: 'Haut', description: 'D' } } },
  ],
  articles: [
    {
      id: '31',
      title: 'Hello',
      author_id: 1,
      parent_id: '21',
      body: '<p>Hi</p>',
      translated_content: {
        fr: {
          title: 'Bonjour',
          body: '<h3>Étape</h3><p><img src="https://acme.example/a.png"></p>',
        },
      },
    },
  ],
};

// Parsing the spec and compiling these validators blocks the event loop for seconds on a busy
// machine. Done mid-test, that outlasts the sandbox's keep-alive timeout, and fetch then reuses
// a socket the server is closing (ECONNRESET), so it is done before any request.
beforeAll(() => {
  validateResponse('GET', '/articles/31', 200, {});
  validateResponse('GET', '/help_center/collections/21', 200, {});
});

describe('translated content', () => {
  it('returns seeded translations rewritten like the default body, re-signed on every read', async () => {
    const sb = await start({ seed });
    const first = await get(sb, '/articles/31');
    const second = await get(sb, '/articles/31');
    const fr = first.body.translated_content.fr;
    expect(first.body.default_locale).toBe('en');
    expect(fr).toMatchObject({ type: 'article_content', title: 'Bonjour', description: '' });
    expect(fr.body).toMatch(
      /^<h2>Étape<\/h2><p><img src="https:\/\/downloads\.intercomcdn\.com\/i\/o\/\d+\/[0-9a-f]{24}\/a\.png\?expires=\d+&signature=[0-9a-f]+&req=[\w-]+"><\/p>$/,
    );
    expect(second.body.translated_content.fr.body).not.toBe(fr.body);
    expect(validateResponse('GET', '/articles/31', 200, first.body)).toEqual([]);
    const collection = await get(sb, '/help_center/collections/21');
    expect(collection.body.translated_content).toEqual({
      type: 'group_translated_content',
      fr: { type: 'group_content', name: 'Haut', description: 'D' },
    });
    expect(validateResponse('GET', '/help_center/collections/21', 200, collection.body)).toEqual(
      [],
    );
  });

  it('stores translations sent on create and update, the default locale as the article itself', async () => {
    const sb = await start({ seed });
    const created = await post(sb, '/articles', {
      author_id: 1,
      translated_content: {
        en: { title: 'Refunds', body: '<p>Within 30 days</p>' },
        fr: { title: 'Remboursements', body: '<p>Sous 30 jours</p>', author_id: 1 },
      },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ title: 'Refunds', body: '<p>Within 30 days</p>' });
    expect(created.body.translated_content.fr.title).toBe('Remboursements');
    const id = created.body.id as string;
    const updated = await put(sb, `/articles/${id}`, {
      translated_content: { fr: { description: 'Politique' } },
    });
    expect(updated.body.translated_content.fr).toMatchObject({
      title: 'Remboursements',
      description: 'Politique',
      body: '<p>Sous 30 jours</p>',
    });
    const c = await put(sb, '/help_center/collections/21', {
      translated_content: { fr: { description: 'Nouveau' } },
    });
    expect(c.body.translated_content.fr).toEqual({
      type: 'group_content',
      name: 'Haut',
      description: 'Nouveau',
    });
  });

  it('refuses a locale the help center lacks, and a new locale without its title', async () => {
    const sb = await start({ seed });
    const unknown = await put(sb, '/articles/31', {
      translated_content: { de: { title: 'Hallo' } },
    });
    expect(unknown.status).toBe(400);
    expect(firstError(unknown)).toEqual({
      code: 'parameter_invalid',
      message: 'translated_content.de: de is not a locale of this help center',
    });
    const untitled = await post(sb, '/articles', {
      title: 'X',
      author_id: 1,
      translated_content: { fr: { body: '<p>x</p>' } },
    });
    expect(firstError(untitled).message).toBe('translated_content.fr.title is required');
    expect(sb.state.articles.map((a) => a.title)).toEqual(['Hello']);
  });

  it('leaves translated_content out on a one-language help center', async () => {
    const sb = await start({ seed: baseSeed });
    const list = await call(sb, 'GET', '/articles');
    expect(list.body.data.every((a: object) => !('translated_content' in a))).toBe(true);
  });

  it('refuses a seed that translates into a locale the help center lacks', async () => {
    await expect(start({ seed: { ...seed, help_center: { locales: ['en'] } } })).rejects.toThrow(
      /articles\[0\]\.translated_content\.fr: fr is not a non-default locale/,
    );
  });
});
