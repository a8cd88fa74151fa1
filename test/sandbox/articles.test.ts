// Articles: the 2.16 request/response asymmetries (parent_id int on create, string on update,
// parent_ids in answers) and the body rewrite that causes perpetual diffs if a client ignores it.
import { describe, expect, it } from 'vitest';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { baseSeed, del, firstError, get, post, put, start } from './helpers.js';

const T0 = 1_700_000_000_000;
const SIGNED_IMG =
  /<img src="https:\/\/downloads\.intercomcdn\.com\/i\/o\/(\d+\/[0-9a-f]{24}\/[^?"]+)\?expires=(\d+)&signature=([0-9a-f]{64})&req=([^"&]+)"/;

describe('articles', () => {
  it('creates a draft in a collection; the response has parent_ids and no parent_id', async () => {
    const sb = await start({ seed: baseSeed, now: () => T0 });
    const r = await post(sb, '/articles', {
      title: 'Refund policy',
      author_id: 2,
      body: '<p>We refund within 30 days.</p>',
      parent_id: 21,
      parent_type: 'collection',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      type: 'article',
      id: '33',
      title: 'Refund policy',
      author_id: 2,
      state: 'draft',
      parent_ids: [21],
      url: null,
      created_at: T0 / 1000,
      body: '<p>We refund within 30 days.</p>',
      tags: { type: 'tag.list', tags: [] },
      statistics: expect.objectContaining({ type: 'article_statistics', views: 0 }),
    });
    expect(r.body).not.toHaveProperty('parent_id');
  });

  it('publishes with a public URL and stands alone without a parent', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/articles', {
      title: 'Hello World',
      author_id: 1,
      state: 'published',
    });
    expect(r.body.parent_ids).toEqual([]);
    expect(r.body.url).toBe(`https://intercom.help/test-co/en/articles/${r.body.id}-hello-world`);
  });

  it('requires an integer parent_id on create', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/articles', { title: 'x', author_id: 1, parent_id: '21' });
    expect(r.status).toBe(400);
    expect(firstError(r).code).toBe('parameter_invalid');
    expect(
      firstError(await post(sb, '/articles', { title: 'x', author_id: 1, parent_id: 999 })).code,
    ).toBe('parameter_invalid');
    expect(sb.state.articles).toHaveLength(2);
  });

  it('requires a title and an author who is an admin', async () => {
    const sb = await start({ seed: baseSeed });
    const noAuthor = await post(sb, '/articles', { title: 'x' });
    expect(firstError(noAuthor)).toEqual({
      code: 'parameter_not_found',
      message: 'author_id must be in the main body or default locale translated_content object',
    });
    expect(firstError(await post(sb, '/articles', { author_id: 1 })).code).toBe(
      'parameter_not_found',
    );
    const stranger = await post(sb, '/articles', { title: 'x', author_id: 77 });
    expect(stranger.status).toBe(400);
    expect(firstError(stranger).code).toBe('parameter_invalid');
    expect(
      firstError(await post(sb, '/articles', { title: 'x', author_id: 1, state: 'live' })).code,
    ).toBe('parameter_invalid');
  });

  it('updates with parent_id as a string or an integer, and null detaches', async () => {
    let now = T0;
    const sb = await start({ seed: baseSeed, now: () => now });
    now += 60_000;
    const s = await put(sb, '/articles/31', {
      parent_id: '21',
      parent_type: 'collection',
      title: 'Moved',
    });
    expect(s.body).toMatchObject({
      parent_ids: [21],
      title: 'Moved',
      updated_at: (T0 + 60_000) / 1000,
    });
    expect((await put(sb, '/articles/31', { parent_id: 22 })).body.parent_ids).toEqual([22]);
    expect((await put(sb, '/articles/31', { parent_id: null })).body.parent_ids).toEqual([]);
    expect((await put(sb, '/articles/31', { state: 'published' })).body.state).toBe('published');
    // Omitting state leaves it as it is.
    expect((await put(sb, '/articles/31', { description: 'd' })).body).toMatchObject({
      state: 'published',
      description: 'd',
    });
  });

  it('answers 404 not_found for unknown articles, and for an unknown parent on update', async () => {
    const sb = await start({ seed: baseSeed });
    for (const r of [
      await get(sb, '/articles/999'),
      await put(sb, '/articles/999', { title: 'x' }),
      await del(sb, '/articles/999'),
    ]) {
      expect(r.status).toBe(404);
      expect(firstError(r)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
    }
    expect((await put(sb, '/articles/31', { parent_id: '999' })).status).toBe(404);
    expect(sb.state.articles.find((a) => a.id === '31')?.parent_id).toBe('22');
  });

  it('deletes an article', async () => {
    const sb = await start({ seed: baseSeed });
    expect((await del(sb, '/articles/31')).body).toEqual({
      id: '31',
      object: 'article',
      deleted: true,
    });
    expect((await get(sb, '/articles/31')).status).toBe(404);
  });

  it('lists most recently updated first, breaking ties by id', async () => {
    const seed: SandboxSeed = {
      ...baseSeed,
      articles: [
        { id: '5', title: 'a', author_id: 1, updated_at: 100 },
        { id: '3', title: 'b', author_id: 1, updated_at: 300 },
        { id: '4', title: 'c', author_id: 1, updated_at: 100 },
      ],
    };
    const sb = await start({ seed });
    const r = await get(sb, '/articles');
    expect(r.body.data.map((a: { id: string }) => a.id)).toEqual(['3', '4', '5']);
    expect(r.body.pages).toEqual({ type: 'pages', page: 1, per_page: 25, total_pages: 1 });
  });
});

describe('article body rewrite', () => {
  it('turns h3-h6 into h2, closing tags included', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/articles', {
      title: 'Headings',
      author_id: 1,
      body: '<h1>A</h1><h3 class="x">B</h3><h4>C</h4><H6>D</H6><header>keep</header>',
    });
    expect(r.body.body).toBe(
      '<h1>A</h1><h2 class="x">B</h2><h2>C</h2><h2>D</h2><header>keep</header>',
    );
    expect((await get(sb, `/articles/${r.body.id}`)).body.body).toBe(r.body.body);
  });

  it('re-hosts images: the path stays, the signature changes on every read', async () => {
    const sb = await start({ seed: baseSeed });
    const created = await post(sb, '/articles', {
      title: 'Images',
      author_id: 1,
      body: '<p><img src="https://acme.example/images/invoices.png" alt="Invoices"></p>',
    });
    const first = SIGNED_IMG.exec((await get(sb, `/articles/${created.body.id}`)).body.body);
    const second = SIGNED_IMG.exec((await get(sb, `/articles/${created.body.id}`)).body.body);
    expect(first?.[1]).toMatch(/\/invoices\.png$/);
    expect(second?.[1]).toBe(first?.[1]);
    expect(second?.[3]).not.toBe(first?.[3]);
    expect(second?.[4]).not.toBe(first?.[4]);
    // The list signs too, and the original URL is gone.
    const listed = (await get(sb, '/articles')).body.data.find(
      (a: { id: string }) => a.id === created.body.id,
    );
    expect(SIGNED_IMG.exec(listed.body)?.[1]).toBe(first?.[1]);
    expect(listed.body).not.toContain('acme.example');
  });

  it('keeps the CDN path when the same image, or the CDN URL itself, is saved again', async () => {
    const sb = await start({ seed: baseSeed });
    const img = '<img src="https://acme.example/a/logo.png">';
    const created = await post(sb, '/articles', { title: 'Logo', author_id: 1, body: img });
    const path = SIGNED_IMG.exec(created.body.body)?.[1];
    const again = await put(sb, `/articles/${created.body.id}`, { body: `<p>new</p>${img}` });
    expect(SIGNED_IMG.exec(again.body.body)?.[1]).toBe(path);
    const roundTrip = await put(sb, `/articles/${created.body.id}`, { body: again.body.body });
    expect(SIGNED_IMG.exec(roundTrip.body.body)?.[1]).toBe(path);
    const other = await put(sb, `/articles/${created.body.id}`, {
      body: '<img src="https://acme.example/b/logo.png">',
    });
    expect(SIGNED_IMG.exec(other.body.body)?.[1]).not.toBe(path);
  });

  it('renders body_markdown to HTML and rewrites it the same way', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/articles', {
      title: 'MD',
      author_id: 1,
      body_markdown: '### Sub\n\nText',
    });
    expect(r.body.body).toContain('<h2>Sub</h2>');
    expect(r.body.body_markdown).toBe('### Sub\n\nText');
    const both = await post(sb, '/articles', {
      title: 'MD',
      author_id: 1,
      body: '<p/>',
      body_markdown: 'x',
    });
    expect(firstError(both).code).toBe('parameter_invalid');
  });

  it('rewrites seeded bodies as if they had been saved through the API', async () => {
    const sb = await start({
      seed: {
        ...baseSeed,
        articles: [
          {
            id: '1',
            title: 's',
            author_id: 1,
            body: '<h3>Old</h3><img src="https://x.example/p.png">',
          },
        ],
      },
    });
    const body = (await get(sb, '/articles/1')).body.body as string;
    expect(body).toMatch(/^<h2>Old<\/h2>/);
    expect(SIGNED_IMG.exec(body)?.[1]).toMatch(/^\d+\/[0-9a-f]{24}\/p\.png$/);
  });
});
