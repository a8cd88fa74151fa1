// Tags: the four shapes of POST /tags, 2.16 skip-missing, and what blocks a delete.
import { describe, expect, it } from 'vitest';
import { baseSeed, del, firstError, get, post, start } from './helpers.js';

describe('tags', () => {
  it('lists all tags at once', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/tags');
    expect(r.body).toEqual({
      type: 'list',
      data: [
        { type: 'tag', id: '11', name: 'vip' },
        { type: 'tag', id: '12', name: 'seg-tag' },
      ],
    });
  });

  it('creates a tag, and returns the existing one for a name differing only in case', async () => {
    const sb = await start({ seed: baseSeed });
    const created = await post(sb, '/tags', { name: 'churn' });
    expect(created.body).toEqual({
      type: 'tag',
      id: '13',
      name: 'churn',
      users: [],
      companies: [],
    });
    const again = await post(sb, '/tags', { name: 'VIP' });
    expect(again.body).toMatchObject({ id: '11', name: 'vip' });
    expect(sb.state.tags).toHaveLength(3);
  });

  it('renames by id, refusing unknown ids and names taken by another tag', async () => {
    const sb = await start({ seed: baseSeed });
    expect((await post(sb, '/tags', { id: '11', name: 'very-important' })).body).toMatchObject({
      id: '11',
      name: 'very-important',
    });
    expect((await get(sb, '/tags/11')).body.name).toBe('very-important');
    const unknown = await post(sb, '/tags', { id: '999', name: 'x' });
    expect(unknown.status).toBe(404);
    expect(firstError(unknown).code).toBe('not_found');
    const clash = await post(sb, '/tags', { id: '11', name: 'SEG-TAG' });
    expect(clash.status).toBe(400);
  });

  it('tags companies by id or company_id, creating the tag, and skips missing ones', async () => {
    const sb = await start({ seed: baseSeed });
    const hidden = sb.state.companies.find((c) => c.company_id === 'hidden')!;
    const r = await post(sb, '/tags', {
      name: 'new-tag',
      companies: [{ company_id: 'visible-1' }, { id: hidden.id }, { company_id: 'ghost' }],
    });
    expect(r.status).toBe(200);
    expect(r.body.companies).toEqual([
      { id: 'visible-1', tagged: true },
      { id: hidden.id, tagged: true },
      { id: 'ghost', tagged: false },
    ]);
    const tagId = r.body.id as string;
    expect(hidden.tag_ids).toContain(tagId);
    const company = await get(sb, '/companies?company_id=visible-1');
    expect(company.body.tags.tags.map((t: { name: string }) => t.name)).toEqual(['vip', 'new-tag']);
  });

  it('changes nothing when one company entry is malformed', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/tags', {
      id: '11',
      name: 'renamed',
      companies: [{ company_id: 'visible-2' }, { name: 'no id' }],
    });
    expect(r.status).toBe(400);
    expect(sb.state.tags.find((t) => t.id === '11')?.name).toBe('vip');
    expect(sb.state.companies.find((c) => c.company_id === 'visible-2')?.tag_ids).toEqual(['12']);
  });

  it('untags companies', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/tags', {
      name: 'vip',
      companies: [{ company_id: 'visible-1', untag: true }],
    });
    expect(r.body.companies).toEqual([{ id: 'visible-1', tagged: false }]);
    expect(sb.state.companies.find((c) => c.company_id === 'visible-1')?.tag_ids).toEqual([]);
    expect(sb.state.companies.find((c) => c.company_id === 'hidden')?.tag_ids).toEqual(['11']);
  });

  it('accepts the users shape, reporting users it does not know as not tagged', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/tags', { name: 'people', users: [{ id: 'u1' }] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      name: 'people',
      users: [{ id: 'u1', tagged: false }],
      companies: [],
    });
  });

  it('answers 400 parameter_invalid for a body without a name', async () => {
    const sb = await start({ seed: baseSeed });
    for (const body of [
      { test: 'invalid' },
      { name: '' },
      { name: 'x', companies: 'all' },
      { name: 'x', companies: [{}] },
    ]) {
      const r = await post(sb, '/tags', body);
      expect(r.status).toBe(400);
      expect(firstError(r)).toEqual({
        code: 'parameter_invalid',
        message: 'invalid tag parameters',
      });
    }
  });

  it('GET /tags/{id} answers 404 not_found for an unknown tag', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await get(sb, '/tags/404');
    expect(r.status).toBe(404);
    expect(firstError(r)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
  });

  it('deletes a tag with an empty 200 and removes it from companies', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await del(sb, '/tags/11');
    expect(r.status).toBe(200);
    expect(r.body).toBeUndefined();
    expect(sb.state.tags.map((t) => t.id)).toEqual(['12']);
    expect(sb.state.companies.every((c) => !c.tag_ids.includes('11'))).toBe(true);
    expect((await del(sb, '/tags/11')).status).toBe(404);
  });

  it('refuses to delete a tag a segment uses', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await del(sb, '/tags/12');
    expect(r.status).toBe(400);
    expect(firstError(r)).toEqual({
      code: 'tag_has_dependent_objects',
      message: 'Unable to delete Tag with dependent objects. Segments: Seg 1.',
    });
    expect(sb.state.tags.some((t) => t.id === '12')).toBe(true);
  });
});
