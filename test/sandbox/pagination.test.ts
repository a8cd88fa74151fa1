// page/per_page lists: ordering, page boundaries and the 150 cap that clients rely on.
import { describe, expect, it } from 'vitest';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { firstError, get, start } from './helpers.js';

function seedWith(articles: number, collections: number): SandboxSeed {
  return {
    admins: [{ id: '1', name: 'A', email: 'a@x.example' }],
    articles: Array.from({ length: articles }, (_, i) => ({
      id: String(i + 1),
      title: `A${i + 1}`,
      author_id: 1,
      updated_at: 1000 + i,
    })),
    collections: Array.from({ length: collections }, (_, i) => ({
      id: String(i + 1),
      name: `C${i + 1}`,
      updated_at: 1000 + i,
    })),
  };
}

describe('page/per_page lists', () => {
  it('walks GET /articles over 3 pages of the default 25, newest first, without overlap', async () => {
    const sb = await start({ seed: seedWith(60, 0) });
    const pages = await Promise.all([1, 2, 3].map((p) => get(sb, `/articles?page=${p}`)));
    expect(pages.map((p) => p.body.data.length)).toEqual([25, 25, 10]);
    expect(pages[1]!.body.pages).toEqual({ type: 'pages', page: 2, per_page: 25, total_pages: 3 });
    const all = pages.flatMap((p) => p.body.data.map((a: { id: string }) => a.id));
    expect(all[0]).toBe('60');
    expect(all.at(-1)).toBe('1');
    expect(new Set(all).size).toBe(60);
    expect((await get(sb, '/articles?page=4')).body.data).toEqual([]);
  });

  it('walks GET /help_center/collections over 3 pages of the default 20', async () => {
    const sb = await start({ seed: seedWith(0, 45) });
    const pages = await Promise.all(
      [1, 2, 3].map((p) => get(sb, `/help_center/collections?page=${p}`)),
    );
    expect(pages.map((p) => p.body.data.length)).toEqual([20, 20, 5]);
    expect(pages[2]!.body).toMatchObject({
      total_count: 45,
      pages: { page: 3, per_page: 20, total_pages: 3 },
    });
  });

  it('caps per_page at 150', async () => {
    const sb = await start({ seed: seedWith(160, 160) });
    for (const path of ['/articles?per_page=1000', '/help_center/collections?per_page=151']) {
      const r = await get(sb, path);
      expect(r.body.data).toHaveLength(150);
      expect(r.body.pages).toMatchObject({ per_page: 150, total_pages: 2 });
    }
    expect((await get(sb, '/articles?per_page=150&page=2')).body.data).toHaveLength(10);
  });

  it('rejects page and per_page values that are not positive integers', async () => {
    const sb = await start({ seed: seedWith(1, 0) });
    for (const q of ['page=0', 'page=abc', 'per_page=-1', 'per_page=2.5']) {
      const r = await get(sb, `/articles?${q}`);
      expect(r.status).toBe(400);
      expect(firstError(r).code).toBe('parameter_invalid');
    }
  });
});
