// Help centers and collections, including what a delete does to nested collections and articles.
import { describe, expect, it } from 'vitest';
import { baseSeed, del, firstError, get, post, put, start } from './helpers.js';

const T0 = 1_700_000_000_000;

describe('help centers and collections', () => {
  it('lists the one default help center', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/help_center/help_centers');
    expect(r.body.type).toBe('list');
    expect(r.body.data).toEqual([
      expect.objectContaining({
        id: '1',
        workspace_id: 'test1234',
        default: true,
        locales: ['en'],
        website_turned_on: true,
      }),
    ]);
    expect((await get(sb, '/help_center/help_centers/1')).status).toBe(200);
    expect((await get(sb, '/help_center/help_centers/9')).status).toBe(404);
  });

  it('honours page and per_page on the help center list, so a pager past the end stops', async () => {
    const sb = await start({ seed: baseSeed });
    sb.state.help_centers.push({ ...sb.state.help_centers[0]!, id: '2', default: false });
    const ids = async (query: string) =>
      (await get(sb, `/help_center/help_centers${query}`)).body.data.map(
        (h: { id: string }) => h.id,
      );
    expect(await ids('')).toEqual(['1', '2']);
    expect(await ids('?page=1')).toEqual(['1', '2']);
    expect(await ids('?page=2')).toEqual([]);
    expect(await ids('?per_page=1&page=2')).toEqual(['2']);
    expect(await ids('?per_page=1&page=3')).toEqual([]);
    const r = await get(sb, '/help_center/help_centers?page=2');
    expect(r.body).toEqual({ type: 'list', data: [] });
  });

  it('lists collections most recently updated first, with pages and total_count', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/help_center/collections');
    expect(r.body.data.map((c: { id: string }) => c.id)).toEqual(['22', '21']);
    expect(r.body.pages).toEqual({ type: 'pages', page: 1, per_page: 20, total_pages: 1 });
    expect(r.body.total_count).toBe(2);
    expect(r.body.data[0]).toMatchObject({
      parent_id: '21',
      help_center_id: 1,
      workspace_id: 'test1234',
    });
  });

  it('creates collections at the top level or under a parent', async () => {
    const sb = await start({ seed: baseSeed, now: () => T0 });
    const top = await post(sb, '/help_center/collections', { name: 'Integrations' });
    expect(top.status).toBe(200);
    expect(top.body).toMatchObject({
      id: '23',
      name: 'Integrations',
      description: '',
      parent_id: null,
      help_center_id: 1,
      created_at: T0 / 1000,
    });
    const child = await post(sb, '/help_center/collections', {
      name: 'Slack',
      description: null,
      parent_id: '23',
      help_center_id: 1,
    });
    expect(child.body).toMatchObject({ parent_id: '23', description: null, order: 0 });
    expect((await get(sb, `/help_center/collections/${child.body.id}`)).body.name).toBe('Slack');
  });

  it('requires a name and an existing parent on create', async () => {
    const sb = await start({ seed: baseSeed });
    const noName = await post(sb, '/help_center/collections', {
      description: 'Missing required parameter',
    });
    expect(noName.status).toBe(400);
    expect(firstError(noName)).toEqual({
      code: 'parameter_not_found',
      message: 'Name is a required parameter.',
    });
    const badParent = await post(sb, '/help_center/collections', { name: 'x', parent_id: '999' });
    expect(badParent.status).toBe(400);
    expect(firstError(badParent).code).toBe('parameter_invalid');
    const badHelpCenter = await post(sb, '/help_center/collections', {
      name: 'x',
      help_center_id: 5,
    });
    expect(badHelpCenter.status).toBe(400);
    expect(sb.state.collections).toHaveLength(2);
  });

  it('updates name, description and parent; null parent moves to the top level', async () => {
    let now = T0;
    const sb = await start({ seed: baseSeed, now: () => now });
    now += 5000;
    const r = await put(sb, '/help_center/collections/21', {
      name: 'Start here',
      description: 'First steps',
    });
    expect(r.body).toMatchObject({
      name: 'Start here',
      description: 'First steps',
      updated_at: (T0 + 5000) / 1000,
    });
    const moved = await put(sb, '/help_center/collections/22', { parent_id: null });
    expect(moved.body.parent_id).toBeNull();
    const back = await put(sb, '/help_center/collections/22', { parent_id: '21' });
    expect(back.body.parent_id).toBe('21');
  });

  it('answers 404 for unknown collections and parents, and refuses cycles', async () => {
    const sb = await start({ seed: baseSeed });
    for (const [method, body] of [['GET'], ['PUT', { name: 'x' }], ['DELETE']] as const) {
      const r =
        method === 'GET'
          ? await get(sb, '/help_center/collections/999')
          : method === 'PUT'
            ? await put(sb, '/help_center/collections/999', body)
            : await del(sb, '/help_center/collections/999');
      expect(r.status).toBe(404);
      expect(firstError(r)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
    }
    expect((await put(sb, '/help_center/collections/22', { parent_id: '999' })).status).toBe(404);
    const cycle = await put(sb, '/help_center/collections/21', { parent_id: '22' });
    expect(cycle.status).toBe(400);
    expect(sb.state.collections.find((c) => c.id === '21')?.parent_id).toBeNull();
  });

  it('deleting a collection deletes its children and detaches their articles', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await del(sb, '/help_center/collections/21');
    expect(r.body).toEqual({ id: '21', object: 'collection', deleted: true });
    expect(sb.state.collections).toEqual([]);
    const articles = await get(sb, '/articles');
    expect(articles.body.data.map((a: { parent_ids: number[] }) => a.parent_ids)).toEqual([[], []]);
    expect(articles.body.total_count).toBe(2);
  });
});
